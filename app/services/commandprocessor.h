#pragma once

#include "domain/auditentry.h"
#include "domain/command.h"

#include <functional>

class Database;

/// @short Applies a command exactly once, in one transaction with its audit entry.
///
/// Runs on the database worker thread. The handler performs the change and
/// fills the audit entry's details; the processor opens the transaction,
/// answers a repeated command id with the first outcome, appends the
/// hash-chained audit entry, records the command, and commits all or nothing.
class CommandProcessor
{
public:
    using Handler = std::function<CommandResult(Database &db, const Command &command, QJsonObject *auditDetails)>;

    explicit CommandProcessor(Database &database);

    CommandResult apply(const Command &command, const Handler &handler);

private:
    Database &m_database;
};

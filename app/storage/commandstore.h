#pragma once

#include "domain/command.h"

#include <QString>

#include <optional>

class Database;

/// @short The commands table: what was asked, once, and what became of it.
///
/// Local mode records applied and rejected commands here, in the same
/// transaction as their effect; remote mode will keep its outbox here
/// (state 'pending' until the server has it).
class CommandStore
{
public:
    explicit CommandStore(Database &database);

    /// The earlier outcome of a command with this id, if it was seen before.
    std::optional<CommandResult> previousResult(const QUuid &id, QString *error);

    bool record(const Command &command, const CommandResult &result, QString *error);

private:
    Database &m_database;
};

#pragma once

#include "domain/auditentry.h"
#include "domain/command.h"

#include <QString>

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

    /// Remote mode: called for every Applied command inside its transaction,
    /// after the handler's optimistic effect; false with *error rolls it all back.
    using OutboxSink = std::function<bool(Database &db, const Command &command, QString *error)>;

    explicit CommandProcessor(Database &database);

    CommandResult apply(const Command &command, const Handler &handler);

    /// Sets (or, with an empty sink, clears) the outbox sink of @p database:
    /// every processor on that database then queues its applied commands
    /// there. Local mode sets none.
    static void setOutboxSink(const Database *database, OutboxSink sink);

    /// Remote mode: a screen may still hold a provisional id (negative) that
    /// the server has replaced since (SyncState::serverIdFor). Makes each of
    /// @p ids the server's, and @p command (when given) name it. Nothing for
    /// other ids; run on the worker, before the command is applied.
    static void resolveProvisional(Database &db, const QString &kind, QList<qint64> *ids, Command *command);
    static void resolveProvisional(Database &db, const QString &kind, qint64 *id, Command *command);

private:
    Database &m_database;
};

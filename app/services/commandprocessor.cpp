#include "commandprocessor.h"

#include "storage/syncstate.h"

#include "storage/auditlog.h"
#include "storage/commandstore.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace {

CommandResult storageFailure(const Command &command, const QString &detail)
{
    qWarning("CommandProcessor: %s failed: %s", qUtf8Printable(command.type), qUtf8Printable(detail));
    CommandResult result;
    result.commandId = command.id;
    result.status = CommandResult::Failed;
    result.message = QCoreApplication::translate(
        "CommandProcessor",
        "The change could not be saved, and nothing was changed. Try again; if it keeps "
        "failing, tell your supervisor.");
    return result;
}

QMutex sinkMutex;
QHash<const Database *, CommandProcessor::OutboxSink> sinks;

CommandProcessor::OutboxSink sinkOf(const Database *database)
{
    QMutexLocker locker(&sinkMutex);
    return sinks.value(database);
}

} // namespace

void CommandProcessor::setOutboxSink(const Database *database, OutboxSink sink)
{
    QMutexLocker locker(&sinkMutex);
    if (sink)
        sinks.insert(database, std::move(sink));
    else
        sinks.remove(database);
}

CommandProcessor::CommandProcessor(Database &database)
    : m_database(database)
{
}

CommandResult CommandProcessor::apply(const Command &command, const Handler &handler)
{
    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return storageFailure(command, transaction.lastError());

    CommandStore commands(m_database);
    QString error;
    if (const std::optional<CommandResult> previous = commands.previousResult(command.id, &error))
        return *previous;
    if (!error.isEmpty())
        return storageFailure(command, error);

    QJsonObject auditDetails;
    CommandResult result = handler(m_database, command, &auditDetails);
    result.commandId = command.id;
    if (result.status == CommandResult::Failed || result.status == CommandResult::Conflict)
        return result;   // the guard rolls back; a retry after reloading is a new command

    if (result.status == CommandResult::Applied) {
        AuditEntry entry;
        entry.commandId = command.id;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.agent = command.agent;
        entry.action = command.type;
        entry.subject = command.subject;
        entry.details = auditDetails;
        AuditLog audit(m_database);
        if (!audit.append(entry, &error))
            return storageFailure(command, error);
        // Remote mode: the command goes to the outbox with its optimistic effect.
        if (const OutboxSink sink = sinkOf(&m_database); sink && !sink(m_database, command, &error))
            return storageFailure(command, error);
    } else {
        // A refusal changes nothing; only the answer is kept, so a retry of
        // the same command gets the same answer.
        transaction.rollback();
        SqlTransaction record(m_database.connection());
        if (!record.isActive() || !commands.record(command, result, &error) || !record.commit())
            qWarning("CommandProcessor: could not record rejected command: %s", qUtf8Printable(error));
        return result;
    }

    if (!commands.record(command, result, &error))
        return storageFailure(command, error);
    if (!transaction.commit())
        return storageFailure(command, transaction.lastError());
    return result;
}

void CommandProcessor::resolveProvisional(Database &db, const QString &kind, QList<qint64> *ids, Command *command)
{
    for (qint64 &id : *ids) {
        if (id >= 0)
            continue;
        QString error;
        const qint64 serverId = SyncState(db).serverIdFor(kind, id, &error);
        if (serverId <= 0)
            continue;   // not adopted yet: the provisional row is still there
        if (command)
            command->renameId(kind, id, serverId);
        id = serverId;
    }
}

void CommandProcessor::resolveProvisional(Database &db, const QString &kind, qint64 *id, Command *command)
{
    QList<qint64> ids{*id};
    resolveProvisional(db, kind, &ids, command);
    *id = ids.constFirst();
}

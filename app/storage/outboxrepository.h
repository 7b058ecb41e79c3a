#pragma once

#include "domain/command.h"
#include "outboxentry.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/// @short The outbox of remote mode: commands waiting for the server (worker thread only).
///
/// enqueue() writes into the caller's open transaction, so that a command and
/// its optimistic local effect are committed together or not at all. The
/// sender takes the rows in seq order (claimNext), one at a time, and records
/// each answer. Nothing is ever deleted here except applied rows that have
/// aged out (purgeApplied); a rejected row stays until the agent has seen it.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &database);

    /// Adds @p command as a pending row with the request it becomes. Runs in
    /// the caller's transaction (it opens none). Fails on a command id
    /// already queued.
    bool enqueue(const Command &command, const OutboxRequest &request, QString *error);

    /// The oldest pending row, or nullopt when there is none (or on error:
    /// then *error is set).
    std::optional<OutboxEntry> nextPending(QString *error);
    /// nextPending(), marked 'sending' in the same step.
    std::optional<OutboxEntry> claimNext(QString *error);
    std::optional<OutboxEntry> entry(const QUuid &commandId, QString *error);

    bool markSending(const QUuid &commandId, QString *error);
    /// Back to 'pending' after a failed attempt: counts the attempt and what
    /// went wrong; @p nextAttemptAt is when the sender means to try again.
    bool markRetry(const QUuid &commandId, int httpStatus, const QString &errorCode, const QString &errorDetail,
                   const QDateTime &nextAttemptAt, QString *error);
    /// Back to 'pending' without counting an attempt (the sender stopped, or
    /// waits for a new token).
    bool markPending(const QUuid &commandId, QString *error);
    /// The server took it; @p response is kept unless it is empty.
    bool markApplied(const QUuid &commandId, int httpStatus, const QJsonObject &response, QString *error);
    /// The server refused it; @p problem is the problem details as received.
    bool markRejected(const QUuid &commandId, int httpStatus, const QString &code, const QString &detail,
                      const QJsonObject &problem, QString *error);

    /// Rows still to send ('pending' or 'sending'); -1 on error.
    int pendingCount(QString *error);
    /// Every rejected row, oldest first, for the agent to see.
    QList<OutboxEntry> rejected(QString *error);
    /// The agent has seen a rejected row and dismissed it: it is deleted.
    bool dismissRejected(const QUuid &commandId, QString *error);

    /// At start: rows left in 'sending' by a client that stopped mid-send go
    /// back to 'pending' (the server's idempotency makes the resend safe).
    /// Returns how many; -1 on error.
    int requeueInterrupted(QString *error);

    /// Deletes applied rows finished before @p before; how many, -1 on error.
    int purgeApplied(const QDateTime &before, QString *error);

    static QString stateName(OutboxEntry::State state);

private:
    std::optional<OutboxEntry> first(const QString &sql, const QVariant &bound, QString *error);
    bool update(const QString &sql, const QVariantList &values, QString *error);

    Database &m_database;
};

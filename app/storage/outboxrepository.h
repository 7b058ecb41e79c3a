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

    /// A provisional id (negative, made by this console) became the server's
    /// @p serverId: every row still to send that names @p kind @p provisional
    /// (subject "conversation:-3", path "/v1/conversations/-3/…", payload and
    /// body ids) names @p serverId instead.
    ///
    /// The rows about it were made against the console's versions of it.
    /// Each of them changed it once, here as on the server, so the version
    /// it had when the server created it was @p localVersion (its version
    /// now) less their number; with @p serverVersion (the server's version
    /// of it now) every If-Match moves by the difference. How many rows
    /// changed; -1 on error.
    int adoptId(const QString &kind, qint64 provisional, qint64 serverId, std::optional<int> localVersion,
                std::optional<int> serverVersion, QString *error);

    /// Whether @p path still names a provisional id (a negative path segment):
    /// such a request must never reach the server.
    static bool namesProvisionalId(const QString &path);

    static QString stateName(OutboxEntry::State state);

private:
    std::optional<OutboxEntry> first(const QString &sql, const QVariant &bound, QString *error);
    bool update(const QString &sql, const QVariantList &values, QString *error);

    Database &m_database;
};

#pragma once

#include "agentrecord.h"
#include "sqldialect.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// @short Agents, their sessions and failed logins.
///
/// Runs on a worker thread's connection; the caller owns the transaction.
class AgentStore
{
public:
    struct Credentials
    {
        AgentRecord record;
        QByteArray passwordHash;
        bool active = false;
    };

    AgentStore(QSqlDatabase db, SqlDialect dialect);

    /// Creates the agent, or updates name, role and password of an existing one.
    bool upsertAgent(const QString &username, const QString &displayName, Agent::Role role,
                     const QByteArray &passwordHash, const QString &language, qint64 *id, QString *error);

    /// nullopt with an empty *error: no such user.
    std::optional<Credentials> credentials(const QString &username, QString *error);

    bool createSession(qint64 agentId, const QByteArray &tokenHash, const QDateTime &now, const QDateTime &expiresAt,
                       QString *error);
    /// The agent of a live session (not expired, agent active); nullopt with an empty *error: none.
    std::optional<AgentRecord> agentForToken(const QByteArray &tokenHash, const QDateTime &now,
                                             QDateTime *expiresAt, QString *error);
    bool deleteSession(const QByteArray &tokenHash, QString *error);
    int purgeExpiredSessions(const QDateTime &now, QString *error);

    /// When @p username is locked out, until when; invalid when it is not.
    QDateTime lockedUntil(const QString &username, const QDateTime &now, QString *error);
    /// Counts a failure; locks the name for @p lockSeconds after @p maxFailures
    /// within @p windowSeconds. *lockedUntil is set when this failure locked it.
    bool recordFailure(const QString &username, const QDateTime &now, int maxFailures, int windowSeconds,
                       int lockSeconds, QDateTime *lockedUntil, QString *error);
    bool clearFailures(const QString &username, QString *error);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

#include "agentstore.h"

#include "sqlvalues.h"

#include "domain/jsoncodec.h"

#include <QSqlQuery>
#include <QVariant>

AgentStore::AgentStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

bool AgentStore::upsertAgent(const QString &username, const QString &displayName, Agent::Role role,
                             const QByteArray &passwordHash, const QString &language, qint64 *id, QString *error)
{
    QSqlQuery query(m_db);
    if (!SqlValues::exec(query,
                         QStringLiteral("INSERT INTO agents (username, display_name, role, password_hash, active, "
                                        "language) VALUES (?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, "
                                        "role = excluded.role, password_hash = excluded.password_hash, "
                                        "active = excluded.active, language = excluded.language "
                                        "RETURNING id"),
                         {username, displayName, JsonCodec::roleName(role), QString::fromLatin1(passwordHash), true,
                          language.isEmpty() ? QStringLiteral("en") : language},
                         error))
        return false;
    if (!query.next()) {
        *error = QStringLiteral("the agent row was not returned");
        return false;
    }
    if (id)
        *id = query.value(0).toLongLong();
    return true;
}

std::optional<AgentStore::Credentials> AgentStore::credentials(const QString &username, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT id, username, display_name, role, password_hash, active, language "
                                        "FROM agents WHERE username = ?"),
                         {username}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    Credentials credentials;
    credentials.record.id = query.value(0).toLongLong();
    credentials.record.agent.username = query.value(1).toString();
    credentials.record.agent.displayName = query.value(2).toString();
    credentials.record.agent.role =
        JsonCodec::roleFromName(query.value(3).toString()).value_or(Agent::RoleAgent);
    credentials.passwordHash = query.value(4).toString().toLatin1();
    credentials.active = query.value(5).toBool();
    credentials.record.language = query.value(6).toString();
    return credentials;
}

bool AgentStore::createSession(qint64 agentId, const QByteArray &tokenHash, const QDateTime &now,
                               const QDateTime &expiresAt, QString *error)
{
    QSqlQuery query(m_db);
    return SqlValues::exec(query,
                           QStringLiteral("INSERT INTO sessions (token_hash, agent_id, created_at, expires_at) "
                                          "VALUES (?, ?, ?, ?)"),
                           {QString::fromLatin1(tokenHash), agentId, SqlValues::time(now), SqlValues::time(expiresAt)},
                           error);
}

std::optional<AgentRecord> AgentStore::agentForToken(const QByteArray &tokenHash, const QDateTime &now,
                                                     QDateTime *expiresAt, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT a.id, a.username, a.display_name, a.role, s.expires_at, a.language "
                                        "FROM sessions s JOIN agents a ON a.id = s.agent_id "
                                        "WHERE s.token_hash = ? AND s.expires_at > ? AND a.active"),
                         {QString::fromLatin1(tokenHash), SqlValues::time(now)}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    AgentRecord record;
    record.id = query.value(0).toLongLong();
    record.agent.username = query.value(1).toString();
    record.agent.displayName = query.value(2).toString();
    record.agent.role = JsonCodec::roleFromName(query.value(3).toString()).value_or(Agent::RoleAgent);
    record.language = query.value(5).toString();
    if (expiresAt)
        *expiresAt = SqlValues::toTime(query.value(4));
    return record;
}

bool AgentStore::deleteSession(const QByteArray &tokenHash, QString *error)
{
    QSqlQuery query(m_db);
    return SqlValues::exec(query, QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"),
                           {QString::fromLatin1(tokenHash)}, error);
}

int AgentStore::purgeExpiredSessions(const QDateTime &now, QString *error)
{
    QSqlQuery query(m_db);
    if (!SqlValues::exec(query, QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"), {SqlValues::time(now)},
                         error))
        return -1;
    return query.numRowsAffected();
}

QDateTime AgentStore::lockedUntil(const QString &username, const QDateTime &now, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT locked_until FROM login_failures "
                                        "WHERE username = ? AND locked_until > ?"),
                         {username, SqlValues::time(now)}, error))
        return QDateTime();
    return query.next() ? SqlValues::toTime(query.value(0)) : QDateTime();
}

bool AgentStore::recordFailure(const QString &username, const QDateTime &now, int maxFailures, int windowSeconds,
                               int lockSeconds, QDateTime *lockedUntil, QString *error)
{
    // A failure outside the window (or after a lock ran out) starts a new count.
    QSqlQuery query(m_db);
    if (!SqlValues::exec(query,
                         QStringLiteral("INSERT INTO login_failures (username, failures, window_start, locked_until) "
                                        "VALUES (?, 1, ?, NULL) "
                                        "ON CONFLICT (username) DO UPDATE SET "
                                        "failures = CASE WHEN login_failures.window_start < ? "
                                        "  OR login_failures.locked_until IS NOT NULL "
                                        "  THEN 1 ELSE login_failures.failures + 1 END, "
                                        "window_start = CASE WHEN login_failures.window_start < ? "
                                        "  OR login_failures.locked_until IS NOT NULL "
                                        "  THEN excluded.window_start ELSE login_failures.window_start END, "
                                        "locked_until = NULL "
                                        "RETURNING failures"),
                         {username, SqlValues::time(now), SqlValues::time(now.addSecs(-windowSeconds)),
                          SqlValues::time(now.addSecs(-windowSeconds))},
                         error))
        return false;
    const int failures = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    if (failures < maxFailures)
        return true;
    const QDateTime until = now.addSecs(lockSeconds);
    QSqlQuery lock(m_db);
    if (!SqlValues::exec(lock, QStringLiteral("UPDATE login_failures SET locked_until = ? WHERE username = ?"),
                         {SqlValues::time(until), username}, error))
        return false;
    if (lockedUntil)
        *lockedUntil = until;
    return true;
}

bool AgentStore::clearFailures(const QString &username, QString *error)
{
    QSqlQuery query(m_db);
    return SqlValues::exec(query, QStringLiteral("DELETE FROM login_failures WHERE username = ?"), {username}, error);
}

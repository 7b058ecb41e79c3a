#include "sessionapi.h"

#include "agentdirectory.h"
#include "agentstore.h"
#include "changefeed.h"
#include "dbtransaction.h"
#include "passwordhasher.h"
#include "requestbody.h"
#include "requestlog.h"
#include "router.h"
#include "serverauditlog.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QByteArray WwwAuthenticate = QByteArrayLiteral("Bearer realm=\"carddesk\"");

/// The agent as GET /v1/agents shows them: queues and presence included.
std::optional<JsonCodec::AgentProfile> profileOf(RequestContext &context, const AgentRecord &record, QString *error)
{
    std::optional<JsonCodec::AgentProfile> profile = AgentDirectory(context.db, context.dialect).profile(record.id, error);
    if (!profile && error->isEmpty())
        *error = QStringLiteral("agent %1 vanished").arg(record.id);
    return profile;
}

bool appendAudit(RequestContext &context, const QString &action, const QString &agent, const QString &subject,
                 const QJsonObject &details, QString *error)
{
    AuditEntry entry;
    entry.at = SqlValues::now();
    entry.agent = JsonCodec::safeText(agent);
    entry.action = action;
    entry.subject = JsonCodec::safeText(subject);
    entry.details = details;
    ServerAuditLog audit(context.db, context.dialect);
    return audit.append(entry, 0, 0, error);
}

/// Signing in makes an offline agent available; signing out makes them
/// offline. The same change as the presence command's
/// (AgentDirectory::changePresence): presenceSince, and the change feed's
/// "agent" entry (*lastSeq: the caller tells the live clients after its
/// commit). Runs in the caller's transaction; when the presence changed,
/// *audit gets "presence": {from, to} for the session's audit entry.
bool followSession(RequestContext &context, qint64 agentId, const QString &presence, const QDateTime &at,
                   JsonCodec::AgentProfile *after, QJsonObject *audit, qint64 *lastSeq, QString *error)
{
    const std::optional<AgentDirectory::PresenceChange> change =
        AgentDirectory(context.db, context.dialect).changePresence(agentId, presence, at, error);
    if (!change)
        return false;
    if (after)
        *after = change->after;
    if (change->before.presence == change->after.presence)
        return true;
    *lastSeq = ChangeFeed(context.db, context.dialect).appendAll({change->change}, at, error);
    if (*lastSeq < 0)
        return false;
    audit->insert(QStringLiteral("presence"), QJsonObject{{QStringLiteral("from"), change->before.presence},
                                                          {QStringLiteral("to"), change->after.presence}});
    return true;
}

ServerResponse health(RequestContext &context)
{
    QSqlQuery query(context.db);
    if (!query.exec(QStringLiteral("SELECT 1")) || !query.next()) {
        ServerResponse response = ServerResponse::problem(503, QStringLiteral("unavailable"),
                                                    QStringLiteral("The database does not answer."));
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
        return response;
    }
    ServerResponse response = ServerResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                                   {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                                                   {QStringLiteral("time"),
                                                    JsonCodec::timestamp(QDateTime::currentDateTimeUtc())}});
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

ServerResponse login(RequestContext &context)
{
    RequestBody body(context.request, {QStringLiteral("username"), QStringLiteral("password")});
    if (const std::optional<ServerResponse> problem = body.formatProblem())
        return *problem;
    const QString username = body.text(QStringLiteral("username"), true, 64);
    const QString password = body.text(QStringLiteral("password"), true, 256);
    static const QRegularExpression usernamePattern(QStringLiteral("^[A-Za-z0-9._@-]+$"));
    if (!username.isEmpty() && !usernamePattern.match(username).hasMatch())
        body.addError(QStringLiteral("username"), QStringLiteral("may hold letters, digits and . _ @ - only"));
    if (body.hasErrors())
        return body.problem();

    const QString limitKey = username.toLower();
    const QDateTime now = SqlValues::now();
    AgentStore agents(context.db, context.dialect);
    QString error;
    const QDateTime lockedUntil = agents.lockedUntil(limitKey, now, &error);
    if (!error.isEmpty())
        return context.storageFailure(error);
    if (lockedUntil.isValid()) {
        const qint64 wait = qMax<qint64>(1, now.secsTo(lockedUntil) + 1);
        {
            DbTransaction transaction(context.db, context.dialect);
            if (!appendAudit(context, QStringLiteral("session.login_failed"), username,
                             QStringLiteral("agent:") + username,
                             {{QStringLiteral("reason"), QStringLiteral("rate_limited")}}, &error)
                || !transaction.commit())
                return context.storageFailure(error.isEmpty() ? transaction.lastError() : error);
        }
        ServerResponse response = ServerResponse::problem(
            429, QStringLiteral("rate_limited"),
            QStringLiteral("Too many failed sign-ins for this user name; try again in %1 seconds.").arg(wait));
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return response;
    }

    const std::optional<AgentStore::Credentials> credentials = agents.credentials(username, &error);
    if (!error.isEmpty())
        return context.storageFailure(error);
    // The slow part, outside any transaction; an unknown user costs the same.
    bool ok = false;
    if (credentials && credentials->active)
        ok = PasswordHasher::verify(credentials->passwordHash, password.toUtf8());
    else
        PasswordHasher::verifyAgainstDummy(password.toUtf8());

    DbTransaction transaction(context.db, context.dialect);
    if (!transaction.isActive())
        return context.storageFailure(transaction.lastError());
    if (!ok) {
        QDateTime lockedNow;
        if (!agents.recordFailure(limitKey, now, context.options.maxLoginFailures,
                                  context.options.loginFailureWindowSeconds, context.options.loginLockSeconds,
                                  &lockedNow, &error)
            || !appendAudit(context, QStringLiteral("session.login_failed"), username,
                            QStringLiteral("agent:") + username,
                            {{QStringLiteral("reason"), QStringLiteral("invalid_credentials")}}, &error)
            || !transaction.commit())
            return context.storageFailure(error.isEmpty() ? transaction.lastError() : error);
        ServerResponse response = ServerResponse::problem(401, QStringLiteral("invalid_credentials"),
                                                    QStringLiteral("The user name or the password is wrong."));
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), WwwAuthenticate);
        return response;
    }

    std::optional<JsonCodec::AgentProfile> profile = profileOf(context, credentials->record, &error);
    if (!profile)
        return context.storageFailure(error);
    const QString token = PasswordHasher::newToken();
    const QDateTime expiresAt = now.addSecs(context.options.tokenTtlSeconds);
    QJsonObject audit{{QStringLiteral("expiresAt"), JsonCodec::timestamp(expiresAt)}};
    qint64 lastSeq = 0;
    // An agent who was offline is available now; busy or away stays as it was.
    if (!agents.clearFailures(limitKey, &error)
        || !agents.createSession(credentials->record.id, PasswordHasher::tokenHash(token), now, expiresAt, &error)
        || (profile->presence == QLatin1String("offline")
            && !followSession(context, credentials->record.id, QStringLiteral("available"), now, &*profile, &audit,
                              &lastSeq, &error))
        || !appendAudit(context, QStringLiteral("session.login"), credentials->record.agent.username,
                        QStringLiteral("agent:") + credentials->record.agent.username, audit, &error)
        || !transaction.commit())
        return context.storageFailure(error.isEmpty() ? transaction.lastError() : error);
    if (lastSeq > 0 && context.changesCommitted)
        context.changesCommitted(lastSeq);

    JsonCodec::Session session;
    session.token = token;
    session.expiresAt = expiresAt;
    session.agent = *profile;
    ServerResponse response = ServerResponse::json(201, JsonCodec::toJson(session));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.agent = credentials->record.agent.username;
    return response;
}

ServerResponse logout(RequestContext &context)
{
    const QString token = PasswordHasher::bearerToken(context.request.header(QByteArrayLiteral("authorization")));
    AgentStore agents(context.db, context.dialect);
    QString error;
    DbTransaction transaction(context.db, context.dialect);
    QJsonObject audit;
    qint64 lastSeq = 0;
    if (!agents.deleteSession(PasswordHasher::tokenHash(token), &error)
        || !followSession(context, context.agent.id, QStringLiteral("offline"), SqlValues::now(), nullptr, &audit,
                          &lastSeq, &error)
        || !appendAudit(context, QStringLiteral("session.logout"), context.agent.agent.username,
                        QStringLiteral("agent:") + context.agent.agent.username, audit, &error)
        || !transaction.commit())
        return context.storageFailure(error.isEmpty() ? transaction.lastError() : error);
    if (lastSeq > 0 && context.changesCommitted)
        context.changesCommitted(lastSeq);
    return ServerResponse::noContent();
}

ServerResponse me(RequestContext &context)
{
    QString error;
    const std::optional<JsonCodec::AgentProfile> profile = profileOf(context, context.agent, &error);
    if (!profile)
        return context.storageFailure(error);
    return ServerResponse::json(200, JsonCodec::toJson(*profile));
}

ServerResponse eventsWithoutUpgrade(RequestContext &)
{
    ServerResponse response = ServerResponse::problem(426, QStringLiteral("upgrade_required"),
                                                QStringLiteral("Open /v1/events as a WebSocket (Upgrade: websocket)."));
    response.setHeader(QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket"));
    return response;
}

} // namespace

void SessionApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/health"), Router::Access::Public, &health);
    router.add("POST", QStringLiteral("/v1/sessions"), Router::Access::Public, &login);
    router.add("DELETE", QStringLiteral("/v1/sessions/current"), Router::Access::Agent, &logout);
    router.add("GET", QStringLiteral("/v1/me"), Router::Access::Agent, &me);
    // A WebSocket handshake never reaches a route (ApiServer hands it over);
    // a plain GET does.
    router.add("GET", QStringLiteral("/v1/events"), Router::Access::Agent, &eventsWithoutUpgrade);
}

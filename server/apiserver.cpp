#include "apiserver.h"

#include "agentstore.h"
#include "connectionpool.h"
#include "eventhub.h"
#include "passwordhasher.h"
#include "requestlog.h"
#include "sqlvalues.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUuid>

#include <exception>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

QString requestIdFor(const QHttpServerRequest &request)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{8,64}$"));
    const QString given = QString::fromLatin1(request.value(QByteArrayLiteral("x-request-id")));
    if (pattern.match(given).hasMatch())
        return given;
    // 64 random bits as 16 letters a to p (hex, shifted): never a run of
    // digits, so that no request id in an answer or a log can ever read as a
    // card number to a scanner (a hex id is all digits about once in 2,000).
    QString id = QUuid::createUuid().toString(QUuid::Id128).left(16);
    for (QChar &c : id)
        c = QLatin1Char(char('a' + (c.isDigit() ? c.unicode() - '0' : c.unicode() - 'a' + 10)));
    return id;
}

ServerRequest copyOf(const QHttpServerRequest &request)
{
    ServerRequest copy;
    copy.requestId = requestIdFor(request);
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    for (const auto &header : headers)
        copy.headers.insert(header.first.toLower(), header.second);
    copy.body = request.body();
    return copy;
}

ServerResponse unauthenticated(bool tokenSent)
{
    ServerResponse response = ServerResponse::problem(
        401, QStringLiteral("unauthenticated"),
        tokenSent ? QStringLiteral("The token is unknown, expired or revoked. Sign in again.")
                  : QStringLiteral("Send Authorization: Bearer <token> from POST /v1/sessions."));
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                       tokenSent ? QByteArrayLiteral("Bearer realm=\"carddesk\", error=\"invalid_token\"")
                                 : QByteArrayLiteral("Bearer realm=\"carddesk\""));
    return response;
}

} // namespace

ApiServer::ApiServer(ConnectionPool *pool, const ServerOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_pool(pool)
    , m_options(options)
{
}

bool ApiServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();

    if (!httpRequest.value(QByteArrayLiteral("upgrade")).isEmpty()) {
        // A WebSocket handshake: accepted (true, no reply) only for
        // /v1/events with a live token; QWebSocketServer answers 101.
        ServerRequest request = copyOf(httpRequest);
        request.routeTemplate = QStringLiteral("/v1/events");
        ServerResponse refusal;
        if (request.path != QLatin1StringView("/v1/events")) {
            refusal = ServerResponse::problem(404, QStringLiteral("not_found"),
                                           QStringLiteral("Only /v1/events takes a WebSocket."));
        } else if (!m_events) {
            refusal = ServerResponse::problem(503, QStringLiteral("unavailable"),
                                           QStringLiteral("Live updates are not available on this instance."));
        } else {
            const QByteArray authorization = request.header(QByteArrayLiteral("authorization"));
            QString error;
            if (const std::optional<AgentRecord> agent = m_events->authenticate(authorization, nullptr, nullptr, &error)) {
                ServerResponse upgraded;
                upgraded.status = 101;
                upgraded.agent = agent->agent.username;
                RequestLog::request(request, upgraded, timer.elapsed());
                return true;
            }
            refusal = error.isEmpty() ? unauthenticated(!authorization.isEmpty())
                                      : ServerResponse::problem(503, QStringLiteral("unavailable"),
                                                             QStringLiteral("The database does not answer."));
        }
        RequestLog::request(request, refusal, timer.elapsed());
        m_refusedUpgrades.insert(socket, refusal);
        return false;   // missingHandler() writes the refusal
    }

    ServerRequest request = copyOf(httpRequest);
    if (request.body.size() > m_options.maxBodyBytes) {
        respond(socket, httpRequest, request,
                ServerResponse::problem(413, QStringLiteral("payload_too_large"),
                                     QStringLiteral("Request bodies are limited to 1 MiB (%1 bytes).")
                                         .arg(m_options.maxBodyBytes)),
                timer.elapsed());
        return true;
    }
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            ServerResponse response = ServerResponse::problem(
                405, QStringLiteral("method_not_allowed"),
                QStringLiteral("%1 does not take %2.").arg(request.path, QString::fromLatin1(request.method)));
            QByteArrayList allowed(match.allowedMethods.begin(), match.allowedMethods.end());
            response.setHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
            respond(socket, httpRequest, request, response, timer.elapsed());
        } else {
            respond(socket, httpRequest, request,
                    ServerResponse::problem(404, QStringLiteral("not_found"),
                                         QStringLiteral("There is no %1.").arg(request.path.left(200))),
                    timer.elapsed());
        }
        return true;
    }
    request.routeTemplate = match.route->pattern;
    request.params = match.params;

    const Router::Route *route = match.route;
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *http = &httpRequest;   // lives as long as its socket
    m_pool->run([this, route, request] { return execute(route, request); })
        .then(this, [this, guard, http, request, timer](ServerResponse response) {
            if (!guard) {
                RequestLog::request(request, response, timer.elapsed());   // the client left first
                return;
            }
            respond(guard, *http, request, std::move(response), timer.elapsed());
        });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const ServerResponse refusal = m_refusedUpgrades.take(socket);
    ServerRequest request = copyOf(httpRequest);
    QHttpServerResponse response(refusal.contentType, refusal.body,
                                 QHttpServerResponder::StatusCode(refusal.status ? refusal.status : 404));
    for (const auto &header : refusal.headers)
        response.setHeader(header.first, header.second);
    response.setHeader(QByteArrayLiteral("X-Request-Id"), request.requestId.toLatin1());
    response.write(makeResponder(httpRequest, socket));
}

ServerResponse ApiServer::execute(const Router::Route *route, const ServerRequest &request)
{
    QString error;
    QSqlDatabase db = m_pool->connection(&error);
    if (!db.isValid()) {
        RequestLog::event(QStringLiteral("database_unavailable"), {{QStringLiteral("error"), error}},
                          QStringLiteral("error"));
        ServerResponse response = ServerResponse::problem(503, QStringLiteral("unavailable"),
                                                    QStringLiteral("The database does not answer."));
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
        return response;
    }
    RequestContext context{request, db, m_pool->dialect(), m_options, {}, m_changesCommitted};
    ServerResponse response;
    try {
        if (route->access != Router::Access::Public) {
            const QByteArray authorization = request.header(QByteArrayLiteral("authorization"));
            const QString token = PasswordHasher::bearerToken(authorization);
            if (token.isEmpty())
                return unauthenticated(!authorization.isEmpty());
            AgentStore agents(db, context.dialect);
            const std::optional<AgentRecord> agent =
                agents.agentForToken(PasswordHasher::tokenHash(token), SqlValues::now(), nullptr, &error);
            if (!agent) {
                if (error.isEmpty())
                    return unauthenticated(true);
                throw std::runtime_error(error.toStdString());
            }
            context.agent = *agent;
            if (route->access == Router::Access::Supervisor && !agent->isSupervisor()) {
                ServerResponse forbidden = ServerResponse::problem(
                    403, QStringLiteral("forbidden"),
                    QStringLiteral("Only supervisors may use %1.").arg(route->pattern));
                forbidden.agent = agent->agent.username;
                return forbidden;
            }
        }
        response = route->handler(context);
    } catch (const std::exception &e) {
        RequestLog::event(QStringLiteral("handler_failed"),
                          {{QStringLiteral("requestId"), request.requestId},
                           {QStringLiteral("route"), request.routeTemplate},
                           {QStringLiteral("error"), QString::fromUtf8(e.what())}},
                          QStringLiteral("error"));
        response = ServerResponse::problem(500, QStringLiteral("internal_error"),
                                        QStringLiteral("The server could not complete the request (reference %1). "
                                                       "Nothing was changed.")
                                            .arg(request.requestId));
    }
    if (response.status >= 500) {
        // A lost connection shows as failing queries: open a fresh one next time.
        QSqlQuery ping(db);
        if (!ping.exec(QStringLiteral("SELECT 1")))
            m_pool->dropConnection();
    }
    if (response.agent.isEmpty())
        response.agent = context.agent.agent.username;
    return response;
}

void ApiServer::respond(QTcpSocket *socket, const QHttpServerRequest &httpRequest, const ServerRequest &request,
                        ServerResponse response, qint64 elapsedMs)
{
    if (response.contentType == "application/problem+json") {
        QJsonObject problem = QJsonDocument::fromJson(response.body).object();
        if (!problem.contains(QStringLiteral("instance"))) {
            problem.insert(QStringLiteral("instance"), QStringLiteral("urn:carddesk:request:") + request.requestId);
            response.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
        }
    }
    RequestLog::request(request, response, elapsedMs);

    const auto status = QHttpServerResponder::StatusCode(response.status);
    QHttpServerResponse out = response.body.isEmpty() && response.contentType.isEmpty()
        ? QHttpServerResponse(status)
        : QHttpServerResponse(response.contentType, response.body, status);
    for (const auto &header : std::as_const(response.headers))
        out.setHeader(header.first, header.second);
    out.setHeader(QByteArrayLiteral("X-Request-Id"), request.requestId.toLatin1());
    if (response.header(QByteArrayLiteral("Cache-Control")).isEmpty())
        out.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    out.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    out.write(makeResponder(httpRequest, socket));
}

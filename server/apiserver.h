#pragma once

#include "serverresponse.h"
#include "router.h"
#include "serveroptions.h"

#include <QAbstractHttpServer>

#include <functional>

class ConnectionPool;
class EventHub;

/// @short The HTTP front of carddesk-server on Qt HttpServer 6.4.
///
/// QHttpServer 6.4 runs its handlers one at a time on this thread, and its
/// QFuture responses keep a raw pointer to the connection (a client that
/// hangs up early would leave it dangling). So this subclasses
/// QAbstractHttpServer: handleRequest() copies the request, refuses bodies
/// over the limit (413), routes it, and hands the work to the
/// ConnectionPool's worker threads; the answer comes back to this thread and
/// is written only if the connection still exists (QPointer). A WebSocket
/// handshake for /v1/events with a valid token is accepted without a reply
/// (6.4 then passes the socket to QWebSocketServer, see EventHub); any other
/// upgrade is answered 401/404.
///
/// Every response gets the request's id (X-Request-Id, and "instance" in a
/// problem), Cache-Control: no-store, and one line in the request log.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ApiServer(ConnectionPool *pool, const ServerOptions &options, QObject *parent = nullptr);

    Router &router() { return m_router; }
    void setEventHub(EventHub *hub) { m_events = hub; }
    /// Called (on a worker thread) after a commit that grew the change feed.
    void setChangesCommitted(std::function<void(qint64)> callback) { m_changesCommitted = std::move(callback); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ServerResponse execute(const Router::Route *route, const ServerRequest &request);
    void respond(QTcpSocket *socket, const QHttpServerRequest &httpRequest, const ServerRequest &request,
                 ServerResponse response, qint64 elapsedMs);

    ConnectionPool *m_pool;
    ServerOptions m_options;
    Router m_router;
    EventHub *m_events = nullptr;
    std::function<void(qint64)> m_changesCommitted;
    QHash<QTcpSocket *, ServerResponse> m_refusedUpgrades;
};

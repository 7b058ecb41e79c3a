#pragma once

#include "agentrecord.h"
#include "databaseurl.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>
#include <optional>

class QAbstractHttpServer;
class QWebSocket;

/// @short Live updates: the /v1/events WebSockets of this instance, fed by PostgreSQL NOTIFY.
///
/// Every commit that grows the change feed ends in "NOTIFY carddesk_changes,
/// '<seq>'" (delivered at commit). Each instance LISTENs on a connection of
/// its own, on this (the HTTP) thread, and tells its clients
/// {"type":"changes","cursor":"<seq>"}; so an agent connected to any
/// instance hears of a change made through any other. With SQLite (one
/// instance) the commit tells the hub directly.
///
/// Sockets: a token is checked at the handshake (ApiServer) and again here
/// to learn whose socket it is. The hub pings every 30 s and drops a socket
/// that missed two pongs, says {"type":"session_expiring"} five minutes
/// before the token runs out, closes with 4401 when it expired or was
/// revoked, and with 1012 when the server shuts down.
class EventHub : public QObject
{
    Q_OBJECT

public:
    EventHub(const DatabaseUrl &url, QObject *parent = nullptr);
    ~EventHub() override;

    void attach(QAbstractHttpServer *server);

    /// Opens the hub's connection (and LISTENs on PostgreSQL).
    bool start(QString *error);

    /// The agent of a "Bearer <token>" header, on the hub's connection
    /// (this thread). nullopt with an empty *error: no such live session.
    std::optional<AgentRecord> authenticate(const QByteArray &authorization, QDateTime *expiresAt,
                                            QByteArray *tokenHash, QString *error);

    /// Tells every client the feed grew to @p cursor (ignored unless it is new).
    void publish(qint64 cursor);

    /// Closes every socket with 1012 (service restart).
    void shutdown();

    int clientCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        qint64 agentId = 0;
        QByteArray tokenHash;
        QDateTime expiresAt;
        QDateTime lastPong;
        bool warned = false;
    };

    void acceptPending(QAbstractHttpServer *server);
    void sweep();
    void checkListener();
    bool listen(QString *error);
    qint64 head();
    void send(QWebSocket *socket, const QJsonObject &message);

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QWebSocket *, Client> m_clients;
    qint64 m_lastCursor = 0;
    QTimer m_sweep;
    QTimer m_listenerCheck;
};

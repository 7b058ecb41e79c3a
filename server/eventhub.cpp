#include "eventhub.h"

#include "agentstore.h"
#include "changefeed.h"
#include "passwordhasher.h"
#include "requestlog.h"
#include "sqlvalues.h"

#include "domain/jsoncodec.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QWebSocket>

namespace {

constexpr int SweepMs = 30 * 1000;
constexpr int MissedPongsSeconds = 2 * 30 + 15;
constexpr int WarnBeforeExpirySeconds = 5 * 60;
constexpr auto CloseTokenInvalid = QWebSocketProtocol::CloseCode(4401);
constexpr auto CloseServiceRestart = QWebSocketProtocol::CloseCode(1012);

} // namespace

EventHub::EventHub(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_connectionName(QStringLiteral("carddesk-events-%1").arg(quintptr(this), 0, 16))
{
    m_sweep.setInterval(SweepMs);
    connect(&m_sweep, &QTimer::timeout, this, &EventHub::sweep);
    m_listenerCheck.setInterval(10 * 1000);
    connect(&m_listenerCheck, &QTimer::timeout, this, &EventHub::checkListener);
}

EventHub::~EventHub()
{
    shutdown();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void EventHub::attach(QAbstractHttpServer *server)
{
    connect(server, &QAbstractHttpServer::newWebSocketConnection, this, [this, server] { acceptPending(server); });
}

bool EventHub::start(QString *error)
{
    m_db = m_url.open(m_connectionName, error);
    if (!m_db.isValid())
        return false;
    m_lastCursor = head();
    if (m_url.dialect() == SqlDialect::PostgreSql && !listen(error))
        return false;
    m_sweep.start();
    if (m_url.dialect() == SqlDialect::PostgreSql)
        m_listenerCheck.start();
    return true;
}

bool EventHub::listen(QString *error)
{
    QSqlDriver *driver = m_db.driver();
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == QLatin1StringView(ChangeFeed::NotifyChannel))
                    publish(payload.toString().toLongLong());
            });
    if (!driver->subscribeToNotification(QString::fromLatin1(ChangeFeed::NotifyChannel))) {
        *error = QStringLiteral("LISTEN %1 failed on %2")
                     .arg(QString::fromLatin1(ChangeFeed::NotifyChannel), m_url.redacted());
        return false;
    }
    return true;
}

void EventHub::checkListener()
{
    QSqlQuery ping(m_db);
    if (ping.exec(QStringLiteral("SELECT 1")))
        return;
    // The connection dropped (a database restart): listen again, and tell
    // the clients where the feed is, in case a notification was missed.
    RequestLog::event(QStringLiteral("listener_reconnecting"), {{QStringLiteral("database"), m_url.redacted()}},
                      QStringLiteral("warning"));
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    QString error;
    m_db = m_url.open(m_connectionName, &error);
    if (!m_db.isValid() || !listen(&error)) {
        RequestLog::event(QStringLiteral("listener_down"), {{QStringLiteral("error"), error}},
                          QStringLiteral("error"));
        return;
    }
    publish(head());
}

qint64 EventHub::head()
{
    ChangeFeed feed(m_db, m_url.dialect());
    QString error;
    const qint64 cursor = feed.head(&error);
    return cursor < 0 ? m_lastCursor : cursor;
}

std::optional<AgentRecord> EventHub::authenticate(const QByteArray &authorization, QDateTime *expiresAt,
                                                  QByteArray *tokenHash, QString *error)
{
    const QString token = PasswordHasher::bearerToken(authorization);
    if (token.isEmpty())
        return std::nullopt;
    if (!m_db.isValid() || !m_db.isOpen()) {
        *error = QStringLiteral("the live-update connection is closed");
        return std::nullopt;
    }
    const QByteArray hash = PasswordHasher::tokenHash(token);
    if (tokenHash)
        *tokenHash = hash;
    AgentStore agents(m_db, m_url.dialect());
    return agents.agentForToken(hash, SqlValues::now(), expiresAt, error);
}

void EventHub::acceptPending(QAbstractHttpServer *server)
{
    while (server->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> owned = server->nextPendingWebSocketConnection();
        QWebSocket *socket = owned.release();
        socket->setParent(this);
        Client client;
        QString error;
        const std::optional<AgentRecord> agent = authenticate(socket->request().rawHeader("Authorization"),
                                                              &client.expiresAt, &client.tokenHash, &error);
        if (!agent) {
            socket->close(CloseTokenInvalid, QStringLiteral("unauthenticated"));
            socket->deleteLater();
            continue;
        }
        client.agentId = agent->id;
        client.lastPong = QDateTime::currentDateTimeUtc();
        m_clients.insert(socket, client);
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            auto it = m_clients.find(socket);
            if (it != m_clients.end())
                it->lastPong = QDateTime::currentDateTimeUtc();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        });
        RequestLog::event(QStringLiteral("websocket_open"), {{QStringLiteral("agent"), agent->agent.username},
                                                             {QStringLiteral("clients"), clientCount()}});
        // Where the feed is now: the client catches up from its own cursor.
        send(socket, {{QStringLiteral("type"), QStringLiteral("changes")},
                      {QStringLiteral("cursor"), QString::number(qMax(m_lastCursor, head()))}});
    }
}

void EventHub::send(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void EventHub::publish(qint64 cursor)
{
    if (cursor <= m_lastCursor)
        return;
    m_lastCursor = cursor;
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("changes")},
                              {QStringLiteral("cursor"), QString::number(cursor)}};
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        send(it.key(), message);
}

void EventHub::sweep()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QWebSocket *> expired;
    QStringList hashes;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        Client &client = it.value();
        if (client.lastPong.secsTo(now) > MissedPongsSeconds || client.expiresAt <= now) {
            expired << it.key();
            continue;
        }
        if (!client.warned && now.secsTo(client.expiresAt) <= WarnBeforeExpirySeconds) {
            client.warned = true;
            send(it.key(), {{QStringLiteral("type"), QStringLiteral("session_expiring")},
                            {QStringLiteral("expiresAt"), JsonCodec::timestamp(client.expiresAt)}});
        }
        hashes << QString::fromLatin1(client.tokenHash);
        it.key()->ping();
    }
    // Revoked tokens (signed out): the sessions that are gone.
    if (!hashes.isEmpty() && m_db.isOpen()) {
        QSqlQuery query(m_db);
        QString placeholders = QStringLiteral("?");
        for (qsizetype i = 1; i < hashes.size(); ++i)
            placeholders += QStringLiteral(", ?");
        QVariantList values;
        for (const QString &hash : std::as_const(hashes))
            values << hash;
        values << SqlValues::time(SqlValues::now());
        QString error;
        if (SqlValues::exec(query,
                            QStringLiteral("SELECT token_hash FROM sessions WHERE token_hash IN (") + placeholders
                                + QStringLiteral(") AND expires_at > ?"),
                            values, &error)) {
            QSet<QByteArray> live;
            while (query.next())
                live.insert(query.value(0).toString().toLatin1());
            for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
                if (!live.contains(it->tokenHash) && !expired.contains(it.key()))
                    expired << it.key();
            }
        }
    }
    for (QWebSocket *socket : std::as_const(expired)) {
        const bool tokenGone = m_clients.value(socket).expiresAt <= now
                               || m_clients.value(socket).lastPong.secsTo(now) <= MissedPongsSeconds;
        m_clients.remove(socket);
        socket->close(tokenGone ? CloseTokenInvalid : QWebSocketProtocol::CloseCodeGoingAway,
                      tokenGone ? QStringLiteral("token expired or revoked") : QStringLiteral("missed pongs"));
        socket->deleteLater();
    }
}

void EventHub::shutdown()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *socket : sockets) {
        socket->close(CloseServiceRestart, QStringLiteral("server shutting down"));
        socket->deleteLater();
    }
}

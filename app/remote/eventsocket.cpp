#include "eventsocket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>

EventSocket::EventSocket(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    , m_reconnect(new QTimer(this))
{
    m_reconnect->setSingleShot(true);
    m_reconnect->setInterval(ReconnectDelayMs);
    connect(m_reconnect, &QTimer::timeout, this, &EventSocket::connectNow);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_connected = true;
        Q_EMIT connectedChanged(true);
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_connected) {
            m_connected = false;
            Q_EMIT connectedChanged(false);
        }
        if (m_wanted)
            m_reconnect->start();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(QStringLiteral("type")).toString() == QLatin1String("changes"))
            Q_EMIT changesAnnounced(message.value(QStringLiteral("cursor")).toString());
    });
}

EventSocket::~EventSocket()
{
    m_wanted = false;
    m_socket->abort();
}

void EventSocket::open(const QUrl &apiBase, const QString &token)
{
    m_url = apiBase;
    m_url.setScheme(apiBase.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString path = apiBase.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_url.setPath(path + QStringLiteral("/v1/events"));
    setToken(token);
    m_wanted = true;
    connectNow();
}

#if QT_CONFIG(ssl)
void EventSocket::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
    m_haveSsl = true;
}
#endif

void EventSocket::setToken(const QString &token)
{
    m_authorization = "Bearer " + token.toUtf8();
}

void EventSocket::close()
{
    m_wanted = false;
    m_reconnect->stop();
    m_socket->close();
}

bool EventSocket::isConnected() const
{
    return m_connected;
}

void EventSocket::connectNow()
{
    if (!m_wanted)
        return;
    m_socket->abort();
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", m_authorization);
#if QT_CONFIG(ssl)
    if (m_haveSsl && m_url.scheme() == QLatin1String("wss"))
        request.setSslConfiguration(m_ssl);
#endif
    m_socket->open(request);
}

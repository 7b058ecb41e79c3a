#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

class QTimer;
class QWebSocket;

/// @short The server's live notifications (GET /v1/events, a WebSocket), reconnected when it drops.
///
/// Sends the bearer token in the Authorization header of the upgrade (never
/// in the URL, so it stays out of logs). Each {"type":"changes","cursor":…}
/// message becomes changesAnnounced(); the client then reads the feed.
class EventSocket : public QObject
{
    Q_OBJECT

public:
    static constexpr int ReconnectDelayMs = 3000;

    explicit EventSocket(QObject *parent = nullptr);
    ~EventSocket() override;

    /// @p apiBase is the API's base URL (http[s]://host:port); the socket goes to ws[s]://…/v1/events.
    void open(const QUrl &apiBase, const QString &token);
#if QT_CONFIG(ssl)
    void setSslConfiguration(const QSslConfiguration &configuration);
#endif
    void setToken(const QString &token);
    void close();
    bool isConnected() const;

Q_SIGNALS:
    void changesAnnounced(const QString &cursor);
    void connectedChanged(bool connected);

private:
    void connectNow();

    QWebSocket *m_socket = nullptr;
    QTimer *m_reconnect = nullptr;
    QUrl m_url;
    QByteArray m_authorization;
    bool m_wanted = false;
    bool m_connected = false;
#if QT_CONFIG(ssl)
    QSslConfiguration m_ssl;
    bool m_haveSsl = false;
#endif
};

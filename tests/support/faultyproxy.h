#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

/// @short An HTTP/1.1 proxy on loopback that breaks the link between a real client and a real server on purpose.
///
/// The client is pointed at port(); every request goes on to the upstream
/// server on its own connection, and the answer comes back, unless a rule
/// matches the request. A rule applies a fault to the next `times` matching
/// requests:
///  - ErrorBeforeServer: 500 without asking the server (nothing applied);
///  - ErrorAfterServer: the server applies it, the client gets a 500 (the
///    answer is lost: a retry must not apply it twice);
///  - HoldAfterServer: the server applies it, the client never hears back
///    (its timeout must fire);
///  - Blackhole: the request is swallowed, nothing is answered;
///  - MalformedJson: the server's answer with its body cut in half;
///  - Slow: the server's answer, held for delayMs and then trickled out;
///  - ResetAfterServer: the server applies it, the connection is closed.
/// setLinkUp(false) closes every connection and stops listening, as a
/// pulled cable does (connection refused); setLinkUp(true) listens on the
/// same port again. A WebSocket upgrade is tunnelled byte for byte, and cut
/// when the link goes down.
///
/// Runs on the thread that creates it, in that thread's event loop (a
/// test's QTest::qWaitFor).
class FaultyProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        ErrorBeforeServer,
        ErrorAfterServer,
        HoldAfterServer,
        Blackhole,
        MalformedJson,
        Slow,
        ResetAfterServer
    };
    Q_ENUM(Fault)

    struct Rule
    {
        QByteArray method;          ///< "POST"; empty: any
        QRegularExpression path;    ///< matched against the path without the query
        Fault fault = Fault::ErrorBeforeServer;
        int times = 1;              ///< how many matching requests it applies to; -1: all
        int skip = 0;               ///< matching requests passed on untouched before it applies
        int delayMs = 0;            ///< Slow: how long the answer takes
    };

    /// One request as the proxy saw it.
    struct Seen
    {
        QByteArray method;
        QString path;
        int upstreamStatus = 0;     ///< the server's status; 0 if it was not asked or did not answer
        bool faulted = false;
        Fault fault = Fault::ErrorBeforeServer;
    };

    explicit FaultyProxy(QObject *parent = nullptr);
    ~FaultyProxy() override;

    /// Listens on 127.0.0.1 (any free port) in front of 127.0.0.1:@p upstreamPort.
    bool start(quint16 upstreamPort, QString *error);
    quint16 port() const;

    void addRule(const Rule &rule);
    void clearRules();

    void setLinkUp(bool up);
    bool isLinkUp() const;

    const QList<Seen> &seen() const;
    /// How many requests matching @p method and @p path came in (any outcome).
    int count(const QByteArray &method, const QRegularExpression &path) const;
    /// How many of those the server answered with 2xx.
    int countApplied(const QByteArray &method, const QRegularExpression &path) const;

Q_SIGNALS:
    /// The server answered a request (before any fault is applied to the answer).
    void upstreamAnswered(const QByteArray &method, const QString &path, int status);

private:
    class Connection;
    friend class Connection;

    void onNewConnection();
    /// The rule for the request, used up by one; nullptr: pass it on.
    const Rule *takeRule(const QByteArray &method, const QString &path);
    void connectionGone(Connection *connection);

    QTcpServer m_server;
    quint16 m_port = 0;
    quint16 m_upstreamPort = 0;
    bool m_up = true;
    QList<Rule> m_rules;
    Rule m_lastRule;                    ///< a copy of the rule takeRule() handed out
    QList<Seen> m_seen;
    QList<Connection *> m_connections;
};

#include "faultyproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace {

struct Header
{
    QByteArray name;
    QByteArray value;
};

/// A request or response head: the first line and the header fields.
struct Head
{
    QByteArray firstLine;
    QList<Header> headers;
    qsizetype size = 0;   ///< bytes including the blank line

    QByteArray value(const QByteArray &name) const
    {
        for (const Header &header : headers) {
            if (header.name.compare(name, Qt::CaseInsensitive) == 0)
                return header.value;
        }
        return {};
    }
    bool has(const QByteArray &name) const
    {
        for (const Header &header : headers) {
            if (header.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

std::optional<Head> parseHead(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Head head;
    head.size = end + 4;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    head.firstLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            head.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return head;
}

/// The head again, without the fields named in @p drop, with @p add appended.
QByteArray writeHead(const Head &head, const QList<QByteArray> &drop, const QList<Header> &add)
{
    QByteArray out = head.firstLine + "\r\n";
    for (const Header &header : head.headers) {
        bool dropped = false;
        for (const QByteArray &name : drop)
            dropped = dropped || header.name.compare(name, Qt::CaseInsensitive) == 0;
        if (!dropped)
            out += header.name + ": " + header.value + "\r\n";
    }
    for (const Header &header : add)
        out += header.name + ": " + header.value + "\r\n";
    return out + "\r\n";
}

/// A chunked body decoded; nullopt while incomplete.
std::optional<QByteArray> decodeChunked(const QByteArray &data)
{
    QByteArray body;
    qsizetype at = 0;
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0)
            return std::nullopt;
        bool ok = false;
        const qsizetype size = data.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok)
            return body;   // garbled: what came so far
        at = lineEnd + 2;
        if (size == 0)
            return body;
        if (data.size() < at + size + 2)
            return std::nullopt;
        body += data.mid(at, size);
        at += size + 2;
    }
}

const QList<QByteArray> HopByHop = {"Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding",
                                    "Content-Length"};

} // namespace

/// One client connection: its requests one after another, each on a fresh
/// upstream connection, or a byte tunnel after a WebSocket upgrade.
class FaultyProxy::Connection : public QObject
{
public:
    Connection(FaultyProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &Connection::onClientData);
        connect(client, &QTcpSocket::disconnected, this, &Connection::close);
    }

    /// Both sides cut; the proxy forgets this connection.
    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        if (m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->abort();
        }
        m_client->disconnect(this);
        m_client->abort();
        m_proxy->connectionGone(this);
        deleteLater();
    }

private:
    void onClientData()
    {
        m_in += m_client->readAll();
        if (m_tunnel) {
            if (m_upstream)
                m_upstream->write(m_in);
            m_in.clear();
            return;
        }
        processNext();
    }

    void processNext()
    {
        if (m_busy || m_closed)
            return;
        const std::optional<Head> head = parseHead(m_in);
        if (!head)
            return;
        const qsizetype length = head->value("Content-Length").toLongLong();
        if (m_in.size() < head->size + length)
            return;
        const QList<QByteArray> parts = head->firstLine.split(' ');
        m_method = parts.value(0);
        const QByteArray target = parts.value(1);
        m_path = QString::fromUtf8(target.left(target.indexOf('?') >= 0 ? target.indexOf('?') : target.size()));

        if (head->value("Upgrade").toLower() == "websocket") {
            // Tunnel the upgrade and everything after it, byte for byte.
            m_tunnel = true;
            m_proxy->m_seen.append({m_method, m_path, 0, false, Fault::ErrorBeforeServer});
            openUpstream();
            m_upstream->write(m_in);
            m_in.clear();
            return;
        }

        const QByteArray request = writeHead(*head, HopByHop,
                                             {{"Content-Length", QByteArray::number(length)},
                                              {"Connection", "close"}})
                                   + m_in.mid(head->size, length);
        m_in.remove(0, head->size + length);
        m_busy = true;
        const Rule *rule = m_proxy->takeRule(m_method, m_path);
        m_rule = rule ? std::optional<Rule>(*rule) : std::nullopt;
        m_seenIndex = m_proxy->m_seen.size();
        m_proxy->m_seen.append({m_method, m_path, 0, bool(m_rule), m_rule ? m_rule->fault : Fault::ErrorBeforeServer});

        if (m_rule && m_rule->fault == Fault::ErrorBeforeServer) {
            answer(errorResponse());
            return;
        }
        if (m_rule && m_rule->fault == Fault::Blackhole)
            return;   // never answered: the client's timeout must fire
        m_response.clear();
        openUpstream();
        m_upstream->write(request);
    }

    void openUpstream()
    {
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Connection::onUpstreamData);
        connect(m_upstream, &QTcpSocket::disconnected, this, &Connection::onUpstreamClosed);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                onUpstreamClosed();
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, m_proxy->m_upstreamPort);
    }

    void onUpstreamData()
    {
        const QByteArray data = m_upstream->readAll();
        if (m_tunnel) {
            if (m_client->state() == QAbstractSocket::ConnectedState)
                m_client->write(data);
            return;
        }
        m_response += data;
        const std::optional<Head> head = parseHead(m_response);
        if (!head)
            return;
        const QByteArray body = m_response.mid(head->size);
        if (head->value("Transfer-Encoding").toLower().contains("chunked")) {
            if (const std::optional<QByteArray> decoded = decodeChunked(body))
                upstreamAnswered(*head, *decoded);
        } else if (head->has("Content-Length")) {
            const qsizetype length = head->value("Content-Length").toLongLong();
            if (body.size() >= length)
                upstreamAnswered(*head, body.left(length));
        } else if (statusOf(*head) == 204 || statusOf(*head) == 304) {
            upstreamAnswered(*head, {});
        }
        // Else the body ends when the server closes.
    }

    void onUpstreamClosed()
    {
        if (m_closed)
            return;
        if (m_tunnel || !m_busy) {
            if (m_tunnel)
                close();
            return;
        }
        if (const std::optional<Head> head = parseHead(m_response)) {
            if (!head->has("Content-Length") && !head->value("Transfer-Encoding").toLower().contains("chunked")) {
                upstreamAnswered(*head, m_response.mid(head->size));
                return;
            }
        }
        // The server went away mid-answer: so does the client's connection.
        close();
    }

    static int statusOf(const Head &head) { return head.firstLine.split(' ').value(1).toInt(); }

    void upstreamAnswered(const Head &head, const QByteArray &body)
    {
        if (!m_busy || m_answered)
            return;
        m_answered = true;
        if (m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->abort();
            m_upstream->deleteLater();
            m_upstream = nullptr;
        }
        const int status = statusOf(head);
        if (m_seenIndex >= 0 && m_seenIndex < m_proxy->m_seen.size())
            m_proxy->m_seen[m_seenIndex].upstreamStatus = status;
        Q_EMIT m_proxy->upstreamAnswered(m_method, m_path, status);

        // No rule: passed on as it came.
        const Fault fault = m_rule ? m_rule->fault : Fault::ErrorBeforeServer;
        if (!m_rule) {
            answer(writeHead(head, HopByHop,
                             {{"Content-Length", QByteArray::number(body.size())}, {"Connection", "keep-alive"}})
                   + body);
            return;
        }
        if (fault == Fault::HoldAfterServer)
            return;   // applied, and the answer never comes
        if (fault == Fault::ResetAfterServer) {
            close();
            return;
        }
        if (fault == Fault::ErrorAfterServer) {
            answer(errorResponse());
            return;
        }
        QByteArray out = body;
        if (fault == Fault::MalformedJson)
            out = body.isEmpty() ? QByteArrayLiteral("{\"garbled\": ") : body.left(body.size() / 2);
        const QByteArray response = writeHead(head, HopByHop,
                                              {{"Content-Length", QByteArray::number(out.size())},
                                               {"Connection", "keep-alive"}})
                                    + out;
        if (fault == Fault::Slow)
            trickle(response, m_rule->delayMs);
        else
            answer(response);
    }

    /// Half the delay in silence, then the answer in ten pieces over the other half.
    void trickle(const QByteArray &response, int delayMs)
    {
        constexpr int Pieces = 10;
        const qsizetype pieceSize = qMax<qsizetype>(1, (response.size() + Pieces - 1) / Pieces);
        QPointer<Connection> self(this);
        for (int i = 0; i < Pieces; ++i) {
            const QByteArray piece = response.mid(i * pieceSize, pieceSize);
            const bool last = i == Pieces - 1;
            QTimer::singleShot(delayMs / 2 + i * delayMs / (2 * Pieces), this, [self, piece, last, response, pieceSize] {
                if (!self || self->m_closed || self->m_client->state() != QAbstractSocket::ConnectedState)
                    return;
                if (!piece.isEmpty())
                    self->m_client->write(piece);
                if (last) {
                    const QByteArray rest = response.mid(Pieces * pieceSize);
                    if (!rest.isEmpty())
                        self->m_client->write(rest);
                    self->finishRequest();
                }
            });
        }
    }

    static QByteArray errorResponse()
    {
        const QByteArray body = QByteArrayLiteral(
            "{\"type\":\"about:blank\",\"title\":\"Bad gateway\",\"status\":500,"
            "\"detail\":\"The proxy failed on purpose.\",\"code\":\"internal_error\"}");
        return "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/problem+json\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body;
    }

    void answer(const QByteArray &response)
    {
        if (m_client->state() == QAbstractSocket::ConnectedState)
            m_client->write(response);
        finishRequest();
    }

    void finishRequest()
    {
        m_busy = false;
        m_answered = false;
        m_rule.reset();
        m_seenIndex = -1;
        processNext();
    }

    FaultyProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in;
    QByteArray m_response;
    QByteArray m_method;
    QString m_path;
    std::optional<Rule> m_rule;
    qsizetype m_seenIndex = -1;
    bool m_busy = false;
    bool m_answered = false;
    bool m_tunnel = false;
    bool m_closed = false;
};

FaultyProxy::FaultyProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyProxy::onNewConnection);
}

FaultyProxy::~FaultyProxy()
{
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections)
        connection->close();
}

bool FaultyProxy::start(quint16 upstreamPort, QString *error)
{
    m_upstreamPort = upstreamPort;
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    m_port = m_server.serverPort();
    m_up = true;
    return true;
}

quint16 FaultyProxy::port() const
{
    return m_port;
}

void FaultyProxy::addRule(const Rule &rule)
{
    m_rules.append(rule);
}

void FaultyProxy::clearRules()
{
    m_rules.clear();
}

void FaultyProxy::setLinkUp(bool up)
{
    if (up == m_up)
        return;
    m_up = up;
    if (up) {
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            qWarning("FaultyProxy: cannot listen on port %d again: %s", m_port, qPrintable(m_server.errorString()));
        return;
    }
    m_server.close();
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections)
        connection->close();
}

bool FaultyProxy::isLinkUp() const
{
    return m_up;
}

const QList<FaultyProxy::Seen> &FaultyProxy::seen() const
{
    return m_seen;
}

int FaultyProxy::count(const QByteArray &method, const QRegularExpression &path) const
{
    int n = 0;
    for (const Seen &seen : m_seen)
        n += seen.method == method && path.match(seen.path).hasMatch() ? 1 : 0;
    return n;
}

int FaultyProxy::countApplied(const QByteArray &method, const QRegularExpression &path) const
{
    int n = 0;
    for (const Seen &seen : m_seen) {
        n += seen.method == method && path.match(seen.path).hasMatch() && seen.upstreamStatus >= 200
                     && seen.upstreamStatus < 300
                 ? 1
                 : 0;
    }
    return n;
}

void FaultyProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (!m_up) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.append(new Connection(this, socket));
    }
}

const FaultyProxy::Rule *FaultyProxy::takeRule(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule &rule = m_rules[i];
        if ((!rule.method.isEmpty() && rule.method != method) || !rule.path.match(path).hasMatch())
            continue;
        if (rule.skip > 0) {
            --rule.skip;
            return nullptr;
        }
        m_lastRule = rule;
        if (rule.times > 0 && --rule.times == 0)
            m_rules.removeAt(i);
        return &m_lastRule;
    }
    return nullptr;
}

void FaultyProxy::connectionGone(Connection *connection)
{
    m_connections.removeOne(connection);
}

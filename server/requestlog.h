#pragma once

#include <QJsonObject>
#include <QString>

struct ServerRequest;
struct ServerResponse;

/// @short Structured logs: one JSON object per line on stderr.
///
/// One line per request: ts, level, requestId, method, route (the template,
/// "/v1/cards/{cardId}", never the concrete path with its query), status,
/// ms, agent, code. Never a header value, a body, a token or a card number:
/// every text field passes through CardNumber masking on its way out, and
/// Qt's own warnings are routed through here too.
class RequestLog
{
public:
    /// Routes qDebug/qWarning/… into JSON lines.
    static void installMessageHandler();

    static void request(const ServerRequest &request, const ServerResponse &response, qint64 elapsedMs);

    /// A line {"ts", "level", "event", …fields}.
    static void event(const QString &event, const QJsonObject &fields = {},
                      const QString &level = QStringLiteral("info"));

private:
    static void write(QJsonObject line);
};

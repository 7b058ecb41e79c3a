#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/// @short One answer of carddesk-server to a test's request: status, body, JSON, headers.
struct ServerReply
{
    int status = 0;                          ///< 0: no answer (the link broke or timed out)
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;   ///< lower-case names

    QByteArray header(const char *name) const;
    QString code() const;                    ///< a problem's "code"
    QJsonArray items() const;                ///< a page's "items"
    QJsonObject current() const;             ///< a conflict's "current"
    qint64 id() const;
    int version() const;
};

namespace ServerTest {

/// "HTTP <status> <body>", the body cut at @p limit characters, for failure messages.
QString describe(const ServerReply &reply, int limit = 1500);
/// Whether @p reply is the problem @p status / @p code (application/problem+json with
/// type, title and detail), naming @p field in its errors when one is given.
bool isProblem(const ServerReply &reply, int status, const QString &code, const QString &field = QString());
/// A fresh Idempotency-Key.
QString newKey();
/// @p object as compact JSON.
QByteArray jsonBody(const QJsonObject &object);
/// Whether @p text holds a full card number once UUIDs (whose digit groups
/// may read as one by chance) are taken out.
bool holdsCardNumber(const QString &text);

} // namespace ServerTest

#include "serverreply.h"

#include "domain/cardnumber.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

QByteArray ServerReply::header(const char *name) const
{
    return headers.value(QByteArray(name).toLower());
}

QString ServerReply::code() const
{
    return json.value(QStringLiteral("code")).toString();
}

QJsonArray ServerReply::items() const
{
    return json.value(QStringLiteral("items")).toArray();
}

QJsonObject ServerReply::current() const
{
    return json.value(QStringLiteral("current")).toObject();
}

qint64 ServerReply::id() const
{
    return json.value(QStringLiteral("id")).toInteger();
}

int ServerReply::version() const
{
    return json.value(QStringLiteral("version")).toInt();
}

namespace ServerTest {

QString describe(const ServerReply &reply, int limit)
{
    return QStringLiteral("HTTP %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(limit)));
}

bool isProblem(const ServerReply &reply, int status, const QString &code, const QString &field)
{
    if (reply.status != status || reply.code() != code
        || !reply.header("Content-Type").startsWith("application/problem+json")
        || reply.json.value(QStringLiteral("type")).toString() != QStringLiteral("urn:carddesk:problem:") + code
        || reply.json.value(QStringLiteral("title")).toString().isEmpty()
        || reply.json.value(QStringLiteral("detail")).toString().isEmpty()
        || reply.json.value(QStringLiteral("status")).toInt() != status)
        return false;
    if (field.isEmpty())
        return true;
    for (const QJsonValue &error : reply.json.value(QStringLiteral("errors")).toArray()) {
        if (error.toObject().value(QStringLiteral("field")).toString() == field)
            return !error.toObject().value(QStringLiteral("message")).toString().isEmpty();
    }
    return false;
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool holdsCardNumber(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QString stripped = text;
    stripped.replace(uuid, QStringLiteral("uuid"));
    return CardNumber::containsCardNumber(stripped);
}

} // namespace ServerTest

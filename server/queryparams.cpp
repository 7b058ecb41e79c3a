#include "queryparams.h"

#include <QRegularExpression>

QueryParams::QueryParams(const ServerRequest &request)
    : m_request(request)
{
}

void QueryParams::addError(const QString &name, const QString &message)
{
    m_errors.append({name, message});
}

int QueryParams::limit(int fallback, int max)
{
    if (!m_request.hasQuery(QStringLiteral("limit")))
        return fallback;
    bool ok = false;
    const int value = m_request.queryValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || value < 1 || value > max) {
        addError(QStringLiteral("limit"), QStringLiteral("must be a whole number from 1 to %1").arg(max));
        return fallback;
    }
    return value;
}

QString QueryParams::cursor(const QString &name)
{
    if (!m_request.hasQuery(name))
        return QString();
    const QString value = m_request.queryValue(name);
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_=-]{1,512}$"));
    if (!pattern.match(value).hasMatch()) {
        addError(name, QStringLiteral("must be the cursor of a previous answer, unchanged"));
        return QString();
    }
    return value;
}

QDateTime QueryParams::time(const QString &name)
{
    if (!m_request.hasQuery(name))
        return QDateTime();
    const std::optional<QDateTime> parsed = JsonCodec::parseTimestamp(m_request.queryValue(name));
    if (!parsed) {
        addError(name, QStringLiteral("must be an RFC 3339 time such as 2026-11-22T09:15:00Z"));
        return QDateTime();
    }
    return *parsed;
}

qint64 QueryParams::id(const QString &name)
{
    if (!m_request.hasQuery(name))
        return 0;
    bool ok = false;
    const qint64 value = m_request.queryValue(name).toLongLong(&ok);
    if (!ok || value < 1) {
        addError(name, QStringLiteral("must be a positive id"));
        return 0;
    }
    return value;
}

QString QueryParams::text(const QString &name, bool required, int maxLength)
{
    const QString value = m_request.queryValue(name);
    if (!m_request.hasQuery(name) || value.isEmpty()) {
        if (required)
            addError(name, QStringLiteral("is required"));
        return QString();
    }
    if (value.size() > maxLength) {
        addError(name, QStringLiteral("must be at most %1 characters").arg(maxLength));
        return QString();
    }
    return value;
}

ServerResponse QueryParams::problem() const
{
    QStringList names;
    for (const auto &error : m_errors)
        names << error.field + QLatin1Char(' ') + error.message;
    return ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                QStringLiteral("Query parameter %1.").arg(names.join(QStringLiteral("; "))));
}

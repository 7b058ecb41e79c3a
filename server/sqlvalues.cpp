#include "sqlvalues.h"

#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

#include "domain/jsoncodec.h"

namespace SqlValues {

QVariant time(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    static const QString format = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");
    return QLocale::c().toString(time.toUTC(), format);
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    if (const std::optional<QDateTime> parsed = JsonCodec::parseTimestamp(text))
        return *parsed;
    // PostgreSQL text form "2026-11-22 09:15:00.123+00" (a cast to text).
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QVariant day(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return date.toString(Qt::ISODate);
}

QDate toDay(const QVariant &value)
{
    if (value.isNull())
        return QDate();
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant text(const QString &text)
{
    if (text.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return text;
}

QVariant nullableId(qint64 id)
{
    if (id <= 0)
        return QVariant(QMetaType(QMetaType::LongLong));
    return id;
}

QDateTime now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return t;
}

bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error)
{
    // PostgreSQL cannot PREPARE utility statements (DDL, ANALYZE); without
    // values there is nothing to bind, and one round trip instead of three.
    if (values.isEmpty()) {
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        return true;
    }
    if (!query.prepare(statement)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool isUniqueViolation(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString code = error.nativeErrorCode();
    // PostgreSQL SQLSTATE 23505; SQLite extended code 2067 (SQLITE_CONSTRAINT_UNIQUE) or 1555 (primary key).
    return code == QLatin1StringView("23505") || code == QLatin1StringView("2067")
           || code == QLatin1StringView("1555")
           || error.databaseText().contains(QLatin1StringView("UNIQUE constraint failed"));
}

} // namespace SqlValues

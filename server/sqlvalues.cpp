#include "sqlvalues.h"

#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QTimeZone>

#include <atomic>
#include <unordered_map>

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

namespace {

/// The statements a PostgreSQL connection has prepared: the statement's
/// text -> its name. Kept per thread (a QSqlDatabase is used by the thread
/// that opened it: ConnectionPool gives each worker its own), per libpq
/// connection.
using PreparedStatements = std::unordered_map<QString, QString>;

constexpr std::size_t MaxPreparedPerConnection = 512;
std::atomic<quint64> preparedSerial{0};

/// The libpq connection (PGconn *, "pg_conn*" to the meta-type system) of a
/// PostgreSQL query; null for any other database.
const void *nativeConnection(const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    const QVariant handle = driver->handle();
    const QByteArray type = handle.isValid() ? QByteArray(handle.typeName()) : QByteArray();
    return type.endsWith('*') ? *static_cast<void *const *>(handle.constData()) : nullptr;
}

/// "?" placeholders as PostgreSQL's $1, $2 ..., outside quoted text and
/// identifiers (as Qt's own driver does for its PREPARE).
QString numberedPlaceholders(const QString &statement)
{
    QString out;
    out.reserve(statement.size() + 16);
    QChar quote;
    int n = 0;
    for (const QChar c : statement) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
            continue;
        }
        out += c;
    }
    return out;
}

/// The values as SQL literals, the way Qt's PostgreSQL driver sends the
/// values of its own prepared statements (EXECUTE name (literals)).
QString literals(const QVariantList &values, const QSqlDriver *driver)
{
    QString out;
    QSqlField field;
    for (const QVariant &value : values) {
        field.setMetaType(value.metaType());
        if (value.isNull())
            field.clear();
        else
            field.setValue(value);
        if (!out.isEmpty())
            out += QLatin1String(", ");
        out += driver->formatValue(field);
    }
    return out;
}

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

/// PostgreSQL: each statement is prepared once per connection and then only
/// executed (one round trip instead of Qt's PREPARE, EXECUTE and DEALLOCATE
/// for every call, and no parse). The connection plans every execution for
/// its values (plan_cache_mode = force_custom_plan), as a statement prepared
/// afresh each time was: a plan never goes generic behind the search's back.
bool execPrepared(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error,
                  bool *handled)
{
    *handled = false;
    const void *connection = nativeConnection(query);
    if (!connection)
        return false;
    static thread_local std::unordered_map<const void *, PreparedStatements> connections;
    PreparedStatements &prepared = connections[connection];
    const QString arguments = literals(values, query.driver());
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto it = prepared.find(statement);
        if (it == prepared.end()) {
            if (prepared.size() >= MaxPreparedPerConnection)
                return false;   // a connection with that many distinct statements prepares the rest each time
            const QString name = QStringLiteral("cd_%1").arg(preparedSerial.fetch_add(1));
            *handled = true;
            // Again with each new statement: a SET is undone if the
            // transaction it ran in rolls back (a PREPARE is not).
            if (!query.exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"))
                || !query.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, numberedPlaceholders(statement))))
                return fail(query, error);
            it = prepared.emplace(statement, name).first;
        }
        *handled = true;
        if (query.exec(QStringLiteral("EXECUTE %1 (%2)").arg(it->second, arguments)))
            return true;
        // 26000: no such prepared statement. A connection opened again where
        // an old one was (the same PGconn address) has none of them: forget
        // them and prepare again (once).
        if (query.lastError().nativeErrorCode() != QLatin1String("26000"))
            break;
        prepared.clear();
    }
    return fail(query, error);
}

} // namespace

bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error)
{
    // PostgreSQL cannot PREPARE utility statements (DDL, ANALYZE); without
    // values there is nothing to bind, and one round trip instead of three.
    if (values.isEmpty()) {
        if (!query.exec(statement))
            return fail(query, error);
        return true;
    }
    bool handled = false;
    const bool ok = execPrepared(query, statement, values, error, &handled);
    if (handled)
        return ok;
    if (!query.prepare(statement))
        return fail(query, error);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(query, error);
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

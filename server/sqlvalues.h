#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

/// @short Values as both dialects take and give them.
///
/// Times are bound as UTC text "yyyy-MM-ddTHH:mm:ss.zzzZ": PostgreSQL casts
/// it to timestamptz, SQLite stores it as it is (fixed width, so text order
/// is time order). Read back, PostgreSQL gives a QDateTime and SQLite the
/// text; both become a UTC QDateTime here. Dates are "yyyy-MM-dd" alike.
namespace SqlValues {

QVariant time(const QDateTime &time);          ///< null for an invalid time
QDateTime toTime(const QVariant &value);       ///< UTC; invalid for null
QVariant day(const QDate &date);               ///< null for an invalid date
QDate toDay(const QVariant &value);
QVariant text(const QString &text);            ///< null for an empty text
QVariant nullableId(qint64 id);                ///< null for 0

/// The current time, UTC, cut to milliseconds (what both dialects keep).
QDateTime now();

/// Prepares and runs @p query with @p values bound in order (without values
/// it runs the text as it is); on failure sets *error to the statement's error.
/// On PostgreSQL a statement is prepared once per connection (PREPARE) and
/// then only executed (EXECUTE with the values as literals, as Qt's driver
/// sends them), planned for its values each time (plan_cache_mode =
/// force_custom_plan); past 512 distinct statements on one connection the
/// rest are prepared for each call, as Qt does.
bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values, QString *error);

/// "duplicate key" / "UNIQUE constraint failed": whether the last error was a unique violation.
bool isUniqueViolation(const QSqlQuery &query);

} // namespace SqlValues

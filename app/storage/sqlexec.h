#pragma once

#include <QMetaType>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

/// @short Small helpers the repositories share for running prepared statements.
namespace SqlExec {

/// Runs @p query; on failure puts the driver's message in *error.
inline bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

/// Runs an UPDATE guarded by a version: false with *conflict when no row matched.
inline bool execChanging(QSqlQuery &update, bool *conflict, QString *error)
{
    if (conflict)
        *conflict = false;
    if (!exec(update, error))
        return false;
    if (update.numRowsAffected() == 1)
        return true;
    if (conflict)
        *conflict = true;
    return false;
}

/// Prepares and runs @p sql with @p values bound in order (a statement run once).
inline bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return exec(query, error);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return exec(query, error);
}

/// Foreign keys checked at the commit of the open transaction, not at each
/// statement: for renumbering a row and the rows that refer to it.
inline bool deferForeignKeys(const QSqlDatabase &db, QString *error)
{
    return run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}, error);
}

/// NULL for an empty text, the text otherwise.
inline QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace SqlExec

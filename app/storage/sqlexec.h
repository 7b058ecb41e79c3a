#pragma once

#include <QMetaType>
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

/// NULL for an empty text, the text otherwise.
inline QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace SqlExec

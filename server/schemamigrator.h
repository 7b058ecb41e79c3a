#pragma once

#include "sqldialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// @short Versioned schema migrations, per dialect, compiled in as resources.
///
/// The scripts are :/server/migrations/postgresql/NNNN_name.sql and
/// :/server/migrations/sqlite/NNNN_name.sql. Each runs in its own
/// transaction together with its row in schema_migrations (version, name,
/// applied_at), so a failed script leaves nothing behind and the next start
/// retries it. On PostgreSQL a session advisory lock keeps two server
/// instances starting at once from migrating twice. Running again when
/// everything is applied changes nothing.
class SchemaMigrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    SchemaMigrator(QSqlDatabase db, SqlDialect dialect);

    /// The scripts of @p dialect, by version.
    static QList<Migration> available(SqlDialect dialect);

    /// Applies what is missing; *applied lists "0002_name" for each script run now.
    bool migrate(QStringList *applied, QString *error);

    /// The highest applied version; 0 for an empty database, -1 on error.
    int currentVersion(QString *error);

    /// Splits a script into statements at top-level semicolons, respecting
    /// quotes, comments, PostgreSQL dollar quoting and the BEGIN … END body
    /// of an SQLite trigger.
    static QStringList splitStatements(const QString &script);

private:
    bool ensureTable(QString *error);
    bool apply(const Migration &migration, QString *error);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

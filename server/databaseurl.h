#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// @short Where the server's database is: postgresql://user@host:port/dbname or sqlite:/path/file.db.
///
/// A PostgreSQL password may be given in the URL, but PGPASSWORD or
/// ~/.pgpass (read by libpq) keep it out of the process list; redacted()
/// never shows it.
class DatabaseUrl
{
public:
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);

    SqlDialect dialect() const { return m_dialect; }
    QString driverName() const;
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }   ///< the file path for SQLite

    /// The URL without its password, for logs.
    QString redacted() const;

    /// Adds a connection named @p connectionName, opens it and sets the
    /// session up (UTC, statement timeout; WAL, foreign keys and a busy
    /// timeout on SQLite). Returns an invalid QSqlDatabase and sets *error
    /// on failure; the connection is removed again then.
    QSqlDatabase open(const QString &connectionName, QString *error) const;

private:
    SqlDialect m_dialect = SqlDialect::PostgreSql;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
};

#include "databaseurl.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1StringView("sqlite:"))) {
        url.m_dialect = SqlDialect::Sqlite;
        QString path = text.mid(7);
        if (path.startsWith(QLatin1StringView("//")))
            path = path.mid(2);   // sqlite:///abs/path
        if (path.isEmpty()) {
            *error = QStringLiteral("--database sqlite: needs a file path, e.g. sqlite:/var/lib/carddesk/server.db");
            return std::nullopt;
        }
        url.m_databaseName = path;
        return url;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid()
        || (parsed.scheme() != QLatin1StringView("postgresql") && parsed.scheme() != QLatin1StringView("postgres"))) {
        *error = QStringLiteral("--database must be postgresql://user@host:port/dbname or sqlite:/path/file.db");
        return std::nullopt;
    }
    url.m_dialect = SqlDialect::PostgreSql;
    url.m_host = parsed.host();
    url.m_port = parsed.port(5432);
    url.m_user = parsed.userName();
    url.m_password = parsed.password();
    url.m_databaseName = parsed.path().mid(1);
    if (url.m_host.isEmpty() || url.m_databaseName.isEmpty() || url.m_databaseName.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("--database %1 names no host or database: use postgresql://user@host:port/dbname")
                     .arg(url.redacted());
        return std::nullopt;
    }
    return url;
}

QString DatabaseUrl::driverName() const
{
    return m_dialect == SqlDialect::PostgreSql ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString DatabaseUrl::redacted() const
{
    if (m_dialect == SqlDialect::Sqlite)
        return QStringLiteral("sqlite:") + m_databaseName;
    QString out = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        out += m_user + QLatin1Char('@');
    return out + m_host + QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/') + m_databaseName;
}

QSqlDatabase DatabaseUrl::open(const QString &connectionName, QString *error) const
{
    if (!QSqlDatabase::isDriverAvailable(driverName())) {
        *error = QStringLiteral("the Qt SQL driver %1 is not installed (Debian: %2)")
                     .arg(driverName(), m_dialect == SqlDialect::PostgreSql ? QStringLiteral("libqt6sql6-psql")
                                                                            : QStringLiteral("libqt6sql6-sqlite"));
        return QSqlDatabase();
    }
    QStringList setup;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), connectionName);
        db.setDatabaseName(m_databaseName);
        if (m_dialect == SqlDialect::PostgreSql) {
            db.setHostName(m_host);
            db.setPort(m_port);
            db.setUserName(m_user);
            if (!m_password.isEmpty())
                db.setPassword(m_password);
            db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=carddesk-server"));
            setup = {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages = 'warning'"),
                     QStringLiteral("SET statement_timeout = '30s'"),
                     QStringLiteral("SET lock_timeout = '10s'")};
        } else {
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
            setup = {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
                     QStringLiteral("PRAGMA foreign_keys = ON")};
        }
        if (db.open()) {
            bool ok = true;
            for (const QString &statement : std::as_const(setup)) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    *error = QStringLiteral("%1 failed on %2: %3")
                                 .arg(statement, redacted(), query.lastError().text());
                    ok = false;
                    break;
                }
            }
            if (ok)
                return db;
        } else {
            *error = QStringLiteral("cannot open %1: %2").arg(redacted(), db.lastError().text().trimmed());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return QSqlDatabase();
}

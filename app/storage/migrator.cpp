#include "migrator.h"

#include <QScopeGuard>

#include "sqltransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {

sqlite3 *nativeHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(db)
    , m_migrations(available())
{
}

QList<Migrator::Migration> Migrator::available(const QString &resourceDir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(resourceDir);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2),
                           QString::fromUtf8(file.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

void Migrator::setStep(int version, Step step)
{
    m_steps.insert(version, std::move(step));
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master "
                                   "WHERE type = 'table' AND name = 'schema_migrations'"))
        || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"))
        || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrator::execScript(QSqlDatabase &db, const QString &sql, QString *error)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle) {
        if (error)
            *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Migrator::migrate(QString *error, int targetVersion)
{
    QString localError;
    const int current = currentVersion(&localError);
    if (current < 0) {
        if (error)
            *error = localError;
        return false;
    }
    if (current > latestVersion()) {
        if (error)
            *error = QStringLiteral("schema version %1 is newer than this CardDesk knows (%2)")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }

    {
        QSqlQuery create(m_db);
        if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                        " version INTEGER PRIMARY KEY,"
                                        " name TEXT NOT NULL,"
                                        " applied_at TEXT NOT NULL)"))) {
            if (error)
                *error = create.lastError().text();
            return false;
        }
    }

    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= current)
            continue;
        if (targetVersion >= 0 && migration.version > targetVersion)
            break;

        // A migration that rebuilds a table (SQLite cannot change a CHECK in
        // place) says so; it runs with foreign keys off, as SQLite's own
        // procedure asks, so that dropping the old table cascades nowhere,
        // and proves the references still hold before it commits.
        const bool rebuildsTables = migration.sql.contains(QLatin1String("-- migrator: foreign_keys off"));
        QSqlQuery pragma(m_db);
        if (rebuildsTables && !pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
            if (error)
                *error = pragma.lastError().text();
            return false;
        }
        const auto foreignKeysBack = qScopeGuard([&] {
            if (rebuildsTables)
                QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        });
        SqlTransaction transaction(m_db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.lastError();
            return false;
        }
        QString stepError;
        if (!execScript(m_db, migration.sql, &stepError)) {
            if (error)
                *error = QStringLiteral("migration %1 (%2): %3")
                             .arg(migration.version).arg(migration.name, stepError);
            return false;
        }
        if (rebuildsTables) {
            QSqlQuery check(m_db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next()) {
                if (error)
                    *error = QStringLiteral("migration %1 (%2): a reference no longer holds (table %3)")
                                 .arg(migration.version)
                                 .arg(migration.name, check.value(0).toString());
                return false;
            }
        }
        const auto step = m_steps.constFind(migration.version);
        if (step != m_steps.constEnd() && !(*step)(m_db, &stepError)) {
            if (error)
                *error = QStringLiteral("migration %1 (%2): %3")
                             .arg(migration.version).arg(migration.name, stepError);
            return false;
        }
        QSqlQuery record(m_db);
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                      "VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        QSqlQuery userVersion(m_db);
        if (!record.exec()
            || !userVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))
            || !transaction.commit()) {
            if (error)
                *error = QStringLiteral("migration %1 (%2): %3")
                             .arg(migration.version)
                             .arg(migration.name, record.lastError().text() + transaction.lastError());
            return false;
        }
    }
    return true;
}

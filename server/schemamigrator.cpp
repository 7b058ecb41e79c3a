#include "schemamigrator.h"

#include "dbtransaction.h"
#include "sqlvalues.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// pg_advisory_lock key for migrations ("CDMG").
constexpr qint64 MigrationLockKey = 0x43444d47;

QString dialectFolder(SqlDialect dialect)
{
    return dialect == SqlDialect::PostgreSql ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// The word at @p i in @p text, upper-cased, if a word starts there.
QString wordAt(const QString &text, qsizetype i)
{
    if (i > 0 && isWordChar(text.at(i - 1)))
        return QString();
    qsizetype end = i;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    return text.mid(i, end - i).toUpper();
}

} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QList<SchemaMigrator::Migration> SchemaMigrator::available(SqlDialect dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QString folder = QStringLiteral(":/server/migrations/") + dialectFolder(dialect);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        migrations.append({m.captured(1).toInt(), file.chopped(4), folder + QLatin1Char('/') + file});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

bool SchemaMigrator::ensureTable(QString *error)
{
    QSqlQuery query(m_db);
    const QString statement = m_dialect == SqlDialect::PostgreSql
        ? QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                         " version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)")
        : QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                         " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    if (!query.exec(statement)) {
        *error = QStringLiteral("cannot create schema_migrations: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

int SchemaMigrator::currentVersion(QString *error)
{
    QSqlQuery query(m_db);
    if (!ensureTable(error))
        return -1;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool SchemaMigrator::migrate(QStringList *applied, QString *error)
{
    const QList<Migration> migrations = available(m_dialect);
    if (migrations.isEmpty()) {
        *error = QStringLiteral("no migrations are compiled in for %1").arg(dialectFolder(m_dialect));
        return false;
    }
    if (m_dialect == SqlDialect::PostgreSql) {
        QSqlQuery lock(m_db);
        if (!SqlValues::exec(lock, QStringLiteral("SELECT pg_advisory_lock(?)"), {MigrationLockKey}, error))
            return false;
    }
    bool ok = true;
    const int current = currentVersion(error);
    if (current < 0)
        ok = false;
    for (const Migration &migration : migrations) {
        if (!ok)
            break;
        if (migration.version <= current)
            continue;
        if (!apply(migration, error)) {
            ok = false;
            break;
        }
        if (applied)
            applied->append(migration.name);
    }
    if (m_dialect == SqlDialect::PostgreSql) {
        QSqlQuery unlock(m_db);
        QString ignored;
        SqlValues::exec(unlock, QStringLiteral("SELECT pg_advisory_unlock(?)"), {MigrationLockKey}, &ignored);
    }
    return ok;
}

bool SchemaMigrator::apply(const Migration &migration, QString *error)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(migration.resourcePath);
        return false;
    }
    const QString script = QString::fromUtf8(file.readAll());
    DbTransaction transaction(m_db, m_dialect);
    if (!transaction.isActive()) {
        *error = QStringLiteral("migration %1: %2").arg(migration.name, transaction.lastError());
        return false;
    }
    const QStringList statements = splitStatements(script);
    for (const QString &statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            *error = QStringLiteral("migration %1 failed: %2\nin: %3")
                         .arg(migration.name, query.lastError().text(), statement.left(300));
            return false;
        }
    }
    QSqlQuery record(m_db);
    if (!SqlValues::exec(record,
                         QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                         {migration.version, migration.name, SqlValues::time(SqlValues::now())}, error)) {
        *error = QStringLiteral("migration %1: cannot record it: %2").arg(migration.name, *error);
        return false;
    }
    if (!transaction.commit()) {
        *error = QStringLiteral("migration %1: %2").arg(migration.name, transaction.lastError());
        return false;
    }
    return true;
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int triggerDepth = 0;       // BEGIN … END nesting inside CREATE TRIGGER
    bool inTrigger = false;
    const qsizetype n = script.size();
    qsizetype i = 0;

    auto flush = [&]() {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
        inTrigger = false;
        triggerDepth = 0;
    };

    while (i < n) {
        const QChar c = script.at(i);
        // -- comment to the end of the line
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        // /* block comment */
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1StringView("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += QLatin1Char(' ');
            continue;
        }
        // 'string' and "identifier", doubled quotes escaping themselves
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j + 1 - i);
            i = j + 1;
            continue;
        }
        // $tag$ … $tag$ (PostgreSQL dollar quoting)
        if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(QStringLiteral("\\G\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
            const QRegularExpressionMatch m = tag.match(script, i);
            if (m.hasMatch() && (i == 0 || !isWordChar(script.at(i - 1)))) {
                const QString delimiter = m.captured(0);
                const qsizetype end = script.indexOf(delimiter, i + delimiter.size());
                const qsizetype stop = end < 0 ? n : end + delimiter.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c.isLetter()) {
            const QString word = wordAt(script, i);
            if (!word.isEmpty()) {
                if (word == QLatin1StringView("TRIGGER")
                    && current.trimmed().startsWith(QLatin1StringView("CREATE"), Qt::CaseInsensitive))
                    inTrigger = true;
                else if (inTrigger && (word == QLatin1StringView("BEGIN") || word == QLatin1StringView("CASE")))
                    ++triggerDepth;
                else if (inTrigger && word == QLatin1StringView("END") && triggerDepth > 0)
                    --triggerDepth;
                current += script.mid(i, word.size());
                i += word.size();
                continue;
            }
        }
        if (c == QLatin1Char(';') && triggerDepth == 0) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

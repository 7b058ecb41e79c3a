#include "database.h"

#include "customerrepository.h"
#include "migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QVariant>

namespace {

// SQLite primary result codes, as the Qt driver reports them in nativeErrorCode().
constexpr int SqlitePerm = 3;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_statements.clear();
    if (m_db.isValid()) {
        if (m_db.isOpen()) {
            checkpoint();
            m_db.close();
        }
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

QString Database::path() const
{
    return m_path;
}

QSqlDatabase &Database::connection()
{
    return m_db;
}

OpenResult Database::fail(OpenResult::Status status, const QString &message)
{
    OpenResult result;
    result.status = status;
    result.path = m_path;
    result.message = message;
    close();
    return result;
}

OpenResult::Status Database::classify(const QString &nativeCode) const
{
    switch (nativeCode.toInt() & 0xff) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return OpenResult::Corrupt;
    case SqliteBusy:
    case SqliteLocked:
        return OpenResult::Locked;
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteIoErr:
    case SqliteFull:
    case SqliteCantOpen:
        return OpenResult::Unreadable;
    default:
        return OpenResult::Failed;
    }
}

OpenResult Database::open(const QString &path, int targetVersion)
{
    close();
    m_path = path;
    const bool inMemory = path == QLatin1String(":memory:");

    if (!inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(OpenResult::Unreadable,
                        tr("The folder %1 cannot be created. Check that the disk is "
                           "available and that you may write there, or choose another folder.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (info.exists() && (!info.isReadable() || !info.isWritable()))
            return fail(OpenResult::Unreadable,
                        tr("The database %1 cannot be read or written with your permissions. "
                           "Ask IT to restore access, or choose another folder.")
                            .arg(QDir::toNativeSeparators(path)));

        m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);   // a lock whose process is gone is stale at once
        if (!m_lock->tryLock(200)) {
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock->getLockInfo(&pid, &host, &application);
            const QLockFile::LockError lockError = m_lock->error();
            m_lock.reset();
            if (lockError == QLockFile::LockFailedError)
                return fail(OpenResult::Locked,
                            tr("Another CardDesk (process %1) is already working on this "
                               "database. Switch to that window, or choose another folder.")
                                .arg(pid));
            return fail(OpenResult::Unreadable,
                        tr("CardDesk cannot create its lock file beside %1. Check that you "
                           "may write in that folder, or choose another folder.")
                            .arg(QDir::toNativeSeparators(path)));
        }
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        return fail(classify(error.nativeErrorCode()),
                    tr("The database %1 cannot be opened: %2")
                        .arg(QDir::toNativeSeparators(path), error.databaseText()));
    }

    // The first read of the file tells a database from anything else.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const QSqlError error = probe.lastError();
        const OpenResult::Status status = classify(error.nativeErrorCode());
        if (status == OpenResult::Corrupt)
            return fail(status,
                        tr("The file %1 is not a CardDesk database or it is damaged (%2). "
                           "Nothing has been changed. You can move it aside and start "
                           "with a new database, or choose another folder.")
                            .arg(QDir::toNativeSeparators(path), error.databaseText()));
        return fail(status, tr("The database %1 cannot be read: %2")
                                .arg(QDir::toNativeSeparators(path), error.databaseText()));
    }
    probe.finish();

    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // The outbox and the audit log must survive a power cut.
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -16000"),      // 16 MB page cache
        QStringLiteral("PRAGMA wal_autocheckpoint = 1000"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(m_db);
        if (!query.exec(pragma)) {
            const QSqlError error = query.lastError();
            return fail(classify(error.nativeErrorCode()),
                        tr("The database %1 cannot be prepared for use: %2")
                            .arg(QDir::toNativeSeparators(path), error.databaseText()));
        }
    }

    // Scoped: the migrator holds a handle to the connection, which must be
    // gone before fail() closes it.
    OpenResult::Status migrationStatus = OpenResult::Ok;
    QString migrationMessage;
    {
        Migrator migrator(m_db);
        migrator.setStep(2, [](QSqlDatabase &db, QString *error) {
            return CustomerRepository::rebuildSearchIndex(db, error);
        });
        QString migrationError;
        const int current = migrator.currentVersion(&migrationError);
        if (current > migrator.latestVersion()) {
            migrationStatus = OpenResult::NewerSchema;
            migrationMessage = tr("The database %1 was written by a newer CardDesk (schema %2; this "
                                  "version knows up to %3). Update CardDesk, or choose another folder.")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(current)
                                   .arg(migrator.latestVersion());
        } else if (!migrator.migrate(&migrationError, targetVersion)) {
            migrationStatus = OpenResult::Failed;
            migrationMessage = tr("The database %1 could not be brought up to date; it was left as "
                                  "it was. Details: %2")
                                   .arg(QDir::toNativeSeparators(path), migrationError);
        }
    }
    if (migrationStatus != OpenResult::Ok)
        return fail(migrationStatus, migrationMessage);

    OpenResult result;
    result.status = OpenResult::Ok;
    result.path = path;
    result.customerCount = customerCount();
    return result;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            qWarning("Database: cannot prepare statement: %s",
                     qUtf8Printable(query->lastError().text()));
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    it->second->finish();
    return *it->second;
}

void Database::checkpoint()
{
    if (!isOpen() || m_path == QLatin1String(":memory:"))
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

QString Database::metaValue(const QString &key)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    QString value;
    if (query.exec() && query.next())
        value = query.value(0).toString();
    query.finish();
    return value;
}

QVariant Database::newRowId(const QString &table, QString *error)
{
    if (!m_provisionalIds)
        return QVariant(QMetaType::fromType<qint64>());
    Q_ASSERT(table == QLatin1String("conversations") || table == QLatin1String("cards")
             || table == QLatin1String("card_workflows"));
    QSqlQuery &q = prepared(QStringLiteral("SELECT min(0, coalesce(min(id), 0)) - 1 FROM %1").arg(table));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

qint64 Database::customerCount()
{
    QSqlQuery query(m_db);
    // Runs on the worker thread; about 20 ms over a million customers.
    if (query.exec(QStringLiteral("SELECT count(*) FROM customers")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

#pragma once

#include "openresult.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

class QLockFile;

/// @short The SQLite connection of one thread: open, pragmas, migrations, statements.
///
/// Lives on the DatabaseWorker thread; nothing else touches the connection.
/// A database file is used by one CardDesk at a time (a lock file beside it),
/// because the local backend is the single writer of its outbox and audit log.
class Database
{
public:
    explicit Database(const QString &connectionName);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens @p path (or ":memory:"), sets WAL and synchronous=FULL, applies
    /// migrations up to @p targetVersion (default all). Classifies failures
    /// so the UI can offer the right way out.
    OpenResult open(const QString &path, int targetVersion = -1);
    void close();

    bool isOpen() const;
    QString path() const;
    QSqlDatabase &connection();

    /// A prepared statement from the per-connection cache. Bind, exec, and
    /// finish() it (or let it go out of scope after reading every row).
    QSqlQuery &prepared(const QString &sql);

    /// Runs PRAGMA wal_checkpoint(PASSIVE); called when the worker is idle.
    void checkpoint();

    /// In a remote mode cache, rows the console creates before the server
    /// knows them (a logged call's conversation, a replacement card) take
    /// provisional ids: negative, so they never meet a server id. The row
    /// takes the server's id when the server answers (RemoteCache::adopt*).
    void setProvisionalIds(bool on) { m_provisionalIds = on; }
    bool provisionalIds() const { return m_provisionalIds; }
    /// The id for a new row of @p table (conversations, cards or card_workflows): the next
    /// provisional id, or a null QVariant (SQLite chooses) outside remote mode.
    QVariant newRowId(const QString &table, QString *error);

    qint64 customerCount();
    /// The meta table's value for @p key; empty when there is none.
    QString metaValue(const QString &key);

private:
    OpenResult fail(OpenResult::Status status, const QString &message);
    OpenResult::Status classify(const QString &nativeCode) const;

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QLockFile> m_lock;
    bool m_provisionalIds = false;
};

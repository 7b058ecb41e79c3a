#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

/// @short One database transaction, rolled back unless committed (RAII).
///
/// SQLite begins IMMEDIATE, taking the write lock at once: two writers never
/// deadlock upgrading a read lock. PostgreSQL runs READ COMMITTED; writers
/// that need an order take the lock for it (ChangeFeed::lockAppends).
class DbTransaction
{
public:
    DbTransaction(QSqlDatabase db, SqlDialect dialect);
    ~DbTransaction();

    DbTransaction(const DbTransaction &) = delete;
    DbTransaction &operator=(const DbTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString lastError() const { return m_error; }

private:
    bool exec(const QString &statement);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

#pragma once

#include <QSqlDatabase>

/// @short RAII transaction guard: rolls back unless commit() succeeded.
///
/// Uses BEGIN IMMEDIATE so that a writer takes the write lock up front and
/// never fails half-way with SQLITE_BUSY on its first write.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();

    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const;
    bool commit();
    void rollback();
    QString lastError() const;

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

#include "dbtransaction.h"

#include <QSqlError>
#include <QSqlQuery>

DbTransaction::DbTransaction(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
{
    m_active = exec(dialect == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

DbTransaction::~DbTransaction()
{
    rollback();
}

bool DbTransaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("no transaction to commit");
        return false;
    }
    m_active = false;
    if (exec(QStringLiteral("COMMIT")))
        return true;
    exec(QStringLiteral("ROLLBACK"));
    return false;
}

void DbTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    exec(QStringLiteral("ROLLBACK"));
}

bool DbTransaction::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
    return false;
}

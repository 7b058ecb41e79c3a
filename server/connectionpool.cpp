#include "connectionpool.h"

#include <QSqlDatabase>

ConnectionPool::ThreadConnection::~ThreadConnection()
{
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

ConnectionPool::ConnectionPool(const DatabaseUrl &url, int threads)
    : m_url(url)
{
    m_threads.setMaxThreadCount(qMax(1, threads));
    m_threads.setExpiryTimeout(-1);
    m_threads.setObjectName(QStringLiteral("carddesk-db"));
}

ConnectionPool::~ConnectionPool()
{
    m_threads.waitForDone();
}

int ConnectionPool::threadCount() const
{
    return m_threads.maxThreadCount();
}

QSqlDatabase ConnectionPool::connection(QString *error)
{
    if (!m_connections.hasLocalData()) {
        auto *local = new ThreadConnection;
        local->name = QStringLiteral("carddesk-worker-%1-%2")
                          .arg(quintptr(this), 0, 16)
                          .arg(m_serial.fetch_add(1));
        m_connections.setLocalData(local);
    }
    const QString name = m_connections.localData()->name;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    return m_url.open(name, error);
}

void ConnectionPool::dropConnection()
{
    if (!m_connections.hasLocalData())
        return;
    const QString name = m_connections.localData()->name;
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

#pragma once

#include "databaseurl.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>
#include <QThreadStorage>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

/// @short The worker threads that run all database work, one connection each.
///
/// Qt HttpServer 6.4 runs its handlers one at a time on its own thread, so
/// every request's database work runs here (QtConcurrent on this pool) and
/// the HTTP thread only parses and writes. A QSqlDatabase may only be used
/// by the thread that opened it: each worker opens its own on first use and
/// closes it when the thread ends. The threads never expire, so connections
/// are kept for the life of the server.
class ConnectionPool
{
public:
    ConnectionPool(const DatabaseUrl &url, int threads);
    ~ConnectionPool();

    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    SqlDialect dialect() const { return m_url.dialect(); }
    int threadCount() const;

    /// The calling worker thread's connection, opened (or reopened after
    /// it was dropped) on demand. Invalid with *error when the database
    /// cannot be reached.
    QSqlDatabase connection(QString *error);

    /// Drops the calling thread's connection, so that the next call opens
    /// a fresh one (after the server lost it).
    void dropConnection();

    /// Runs @p function on a worker thread.
    template <typename Function>
    auto run(Function &&function)
    {
        return QtConcurrent::run(&m_threads, std::forward<Function>(function));
    }

private:
    struct ThreadConnection
    {
        QString name;
        ~ThreadConnection();
    };

    DatabaseUrl m_url;
    QThreadStorage<ThreadConnection *> m_connections;
    std::atomic<int> m_serial{0};
    QThreadPool m_threads;   // declared last: its threads end (and close their connections) first
};

#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <type_traits>

class Database;

/// @short The thread that owns the SQLite connection; everything else posts work to it.
///
/// run(fn) queues fn(Database &) on the worker and returns a QFuture at
/// once; the GUI thread never runs a query or waits for one. Jobs run one at
/// a time in the order they were posted. When the queue has been idle for a
/// moment the worker checkpoints the WAL, so it cannot grow without bound.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWorker(const QString &connectionName = QStringLiteral("carddesk"),
                            QObject *parent = nullptr);
    ~DatabaseWorker() override;

    template <typename Fn>
    auto run(Fn &&fn) -> QFuture<std::invoke_result_t<Fn, Database &>>
    {
        using Result = std::invoke_result_t<Fn, Database &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        post([this, promise, fn = std::forward<Fn>(fn)]() mutable {
            if constexpr (std::is_void_v<Result>) {
                fn(database());
            } else {
                promise->addResult(fn(database()));
            }
            promise->finish();
        });
        return future;
    }

    /// Number of jobs posted and not yet finished (for tests and diagnostics).
    int pendingJobs() const;

private:
    void post(std::function<void()> job);
    Database &database();   // worker thread only

    QString m_connectionName;
    QThread m_thread;
    QObject *m_context = nullptr;       // lives on m_thread
    QTimer *m_idleTimer = nullptr;      // lives on m_thread
    std::unique_ptr<Database> m_database;
    QAtomicInt m_pending;
};

#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QLocale>
#include <QString>
#include <QTimer>

/// @short Small helpers every measurement of carddesk-bench shares (the bench's own thread only).
namespace BenchSupport {

/// Waits for @p future with the event loop running.
template <typename T>
T await(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

/// Lets the event loop run for @p ms. Not QTest::qWait: that sleeps up to 10 ms
/// at a time between rounds of events, which would show up as GUI stalls.
inline void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/// "1,000,000": figures in the report read the same on every machine.
inline QString number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

} // namespace BenchSupport

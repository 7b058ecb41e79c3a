#pragma once

#include <QFuture>
#include <QString>
#include <QTest>

namespace TestSupport {

/// Waits for @p future while spinning the event loop (continuations and
/// queued signals keep running), failing the test after @p timeoutMs.
template <typename T>
T await(QFuture<T> future, int timeoutMs = 20000)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs))
        qFatal("TestSupport::await: future did not finish in %d ms", timeoutMs);
    return future.result();
}

/// Pins locale and time zone so formatted output is reproducible.
void pinEnvironment();

} // namespace TestSupport

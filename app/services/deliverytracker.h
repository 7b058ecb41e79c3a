#pragma once

#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <functional>

class DatabaseWorker;
class QTimer;

/// @short Moves cards along their way: ordered -> shipped -> delivered -> pending activation.
///
/// The card system reports a card's journey; here the tracker plays that
/// part by the DeliverySchedule: each card moves once its order time plus
/// the schedule of its delivery method has passed. Every move is a command
/// with its audit entry on the system channel, with no agent, and is
/// announced by cardMoved(). The work runs on the database worker, when the
/// tracker starts and then periodically; the clock is the tracker's, so
/// tests can set it.
class DeliveryTracker : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /// The audit entries' agent for the tracker's moves.
    static QString systemAgent();

    explicit DeliveryTracker(DatabaseWorker *worker, QObject *parent = nullptr);

    /// The time the tracker judges by (UTC); the default is the wall clock.
    void setClock(const Clock &clock);
    /// Runs now, then every @p intervalMs.
    void start(int intervalMs = 60 * 1000);
    void stop();
    /// @short One round: every card whose next step is due moves on; the number of moves made.
    QFuture<int> runNow();

Q_SIGNALS:
    void cardMoved(qint64 cardId, qint64 customerId);

private:
    DatabaseWorker *m_worker;
    QTimer *m_timer;
    Clock m_clock;
};

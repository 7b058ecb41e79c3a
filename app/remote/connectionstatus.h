#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class OutboxSender;

/// @short The one connectivity state the status bar shows: online, offline since HH:MM with N pending, syncing.
///
/// Fed by the outbox sender (follow()) and by whatever else talks to the
/// server (setReachable()). text() is translated (context ConnectionStatus).
class ConnectionStatus : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Online,
        Offline,
        Syncing
    };
    Q_ENUM(State)

    explicit ConnectionStatus(QObject *parent = nullptr);

    State state() const;
    /// "Online", "Offline since 14:05 · 3 changes not yet sent", "Syncing: 12 of 40 sent", ...
    QString text() const;
    QDateTime offlineSince() const;   ///< invalid unless offline
    int pendingCount() const;
    int sent() const;                 ///< progress of the current sync
    int total() const;
    bool waitingForSignIn() const;

    /// Follows @p sender's reachability, pending count, progress and sign-in
    /// state (queued across threads).
    void follow(OutboxSender *sender);

public Q_SLOTS:
    void setReachable(bool reachable, const QDateTime &since = QDateTime::currentDateTimeUtc());
    void setPendingCount(int pending);
    void setProgress(int sent, int total);
    void setWaitingForSignIn(bool waiting);

Q_SIGNALS:
    void stateChanged(ConnectionStatus::State state);
    /// Anything shown changed: the text, the progress.
    void changed();

private:
    void update();

    bool m_reachable = true;
    QDateTime m_offlineSince;
    int m_pending = 0;
    int m_sent = 0;
    int m_total = 0;
    bool m_waitingForSignIn = false;
    State m_state = State::Online;
};

#include "connectionstatus.h"

#include "outboxsender.h"

#include <QLocale>

ConnectionStatus::ConnectionStatus(QObject *parent)
    : QObject(parent)
{
}

ConnectionStatus::State ConnectionStatus::state() const
{
    return m_state;
}

QDateTime ConnectionStatus::offlineSince() const
{
    return m_state == State::Offline ? m_offlineSince : QDateTime();
}

int ConnectionStatus::pendingCount() const
{
    return m_pending;
}

int ConnectionStatus::sent() const
{
    return m_sent;
}

int ConnectionStatus::total() const
{
    return m_total;
}

bool ConnectionStatus::waitingForSignIn() const
{
    return m_waitingForSignIn;
}

QString ConnectionStatus::text() const
{
    switch (m_state) {
    case State::Offline: {
        const QDateTime local = m_offlineSince.toLocalTime();
        const QLocale locale;
        const QString since = local.date() == QDate::currentDate()
                                  ? locale.toString(local.time(), QStringLiteral("HH:mm"))
                                  : locale.toString(local, QLocale::ShortFormat);
        if (m_pending == 0)
            return tr("Offline since %1").arg(since);
        return tr("Offline since %1 · %n change(s) not yet sent", nullptr, m_pending).arg(since);
    }
    case State::Syncing:
        return tr("Syncing: %1 of %2 sent").arg(m_sent).arg(m_total);
    case State::Online:
        break;
    }
    if (m_waitingForSignIn && m_pending > 0)
        return tr("Online · sign in again to send %n change(s)", nullptr, m_pending);
    if (m_pending > 0)
        return tr("Online · %n change(s) waiting to be sent", nullptr, m_pending);
    return tr("Online");
}

void ConnectionStatus::follow(OutboxSender *sender)
{
    connect(sender, &OutboxSender::reachabilityChanged, this, &ConnectionStatus::setReachable);
    connect(sender, &OutboxSender::pendingCountChanged, this, &ConnectionStatus::setPendingCount);
    connect(sender, &OutboxSender::progress, this, &ConnectionStatus::setProgress);
    connect(sender, &OutboxSender::stateChanged, this, [this](OutboxSender::State state) {
        setWaitingForSignIn(state == OutboxSender::State::WaitingForSignIn);
    });
}

void ConnectionStatus::setReachable(bool reachable, const QDateTime &since)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    m_offlineSince = reachable ? QDateTime() : (since.isValid() ? since : QDateTime::currentDateTimeUtc());
    update();
}

void ConnectionStatus::setPendingCount(int pending)
{
    if (pending == m_pending)
        return;
    m_pending = qMax(0, pending);
    update();
}

void ConnectionStatus::setProgress(int sent, int total)
{
    if (sent == m_sent && total == m_total)
        return;
    m_sent = qMax(0, sent);
    m_total = qMax(m_sent, total);
    update();
}

void ConnectionStatus::setWaitingForSignIn(bool waiting)
{
    if (waiting == m_waitingForSignIn)
        return;
    m_waitingForSignIn = waiting;
    update();
}

void ConnectionStatus::update()
{
    const State before = m_state;
    if (!m_reachable)
        m_state = State::Offline;
    else if (m_total > 0 && m_sent < m_total && !m_waitingForSignIn)
        m_state = State::Syncing;
    else
        m_state = State::Online;
    if (m_state != before)
        Q_EMIT stateChanged(m_state);
    Q_EMIT changed();
}

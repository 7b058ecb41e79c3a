#include "deliverytracker.h"

#include "commandprocessor.h"
#include "domain/deliveryschedule.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QPair>
#include <QTimer>

#include <optional>

using CardLifecycle::State;

namespace {

/// The step a card on its way takes at @p now, if one is due, and when it became due.
std::optional<QPair<State, QDateTime>> dueStep(const CardDelivery &delivery, const QDateTime &now)
{
    switch (delivery.status) {
    case State::Ordered:
        if (delivery.shippedAt() <= now)
            return qMakePair(State::Shipped, delivery.shippedAt());
        break;
    case State::Shipped:
        if (delivery.deliveredAt() <= now)
            return qMakePair(State::Delivered, delivery.deliveredAt());
        break;
    case State::Delivered:
        // Once it has arrived it waits for the customer to activate it.
        return qMakePair(State::PendingActivation, qMin(delivery.deliveredAt(), now));
    default:
        break;
    }
    return std::nullopt;
}

/// Applies one step as a command with its audit entry; true when the card moved.
bool moveOn(Database &db, CardDelivery *delivery, State to, const QDateTime &at)
{
    const Command command = Command::make(
        QStringLiteral("card.delivery.advance"), QStringLiteral("card:") + QString::number(delivery->cardId),
        {{QStringLiteral("expectedVersion"), delivery->version},
         {QStringLiteral("from"), CardLifecycle::stateName(delivery->status)},
         {QStringLiteral("to"), CardLifecycle::stateName(to)}},
        DeliveryTracker::systemAgent());
    CommandProcessor processor(db);
    const CommandResult result = processor.apply(command, [&](Database &db, const Command &cmd, QJsonObject *audit) {
        CommandResult outcome;
        const QString refusal = CardLifecycle::refusal(delivery->status, to, std::nullopt);
        if (!refusal.isEmpty()) {
            outcome.status = CommandResult::Rejected;
            outcome.message = refusal;
            return outcome;
        }
        CardEvent event;
        event.cardId = delivery->cardId;
        event.at = at;
        event.from = delivery->status;
        event.to = to;
        event.reasonCode = DeliverySchedule::methodName(delivery->method);
        event.channel = CardLifecycle::Channel::System;
        event.commandId = cmd.id.toString(QUuid::WithoutBraces);
        bool conflict = false;
        QString error;
        if (!CardRepository(db).transition(event, delivery->version, &conflict, &error)) {
            outcome.status = conflict ? CommandResult::Conflict : CommandResult::Failed;
            outcome.message = error;
            return outcome;
        }
        audit->insert(QStringLiteral("customerId"), delivery->customerId);
        audit->insert(QStringLiteral("last4"), delivery->last4);
        audit->insert(QStringLiteral("from"), CardLifecycle::stateName(delivery->status));
        audit->insert(QStringLiteral("to"), CardLifecycle::stateName(to));
        audit->insert(QStringLiteral("delivery"), DeliverySchedule::methodName(delivery->method));
        audit->insert(QStringLiteral("channel"), CardLifecycle::channelName(event.channel));
        outcome.status = CommandResult::Applied;
        return outcome;
    });
    if (result.status != CommandResult::Applied) {
        // A card changed by an agent meanwhile is looked at again next round.
        if (result.status != CommandResult::Conflict)
            qWarning("DeliveryTracker: card %lld not moved on: %s", delivery->cardId, qUtf8Printable(result.message));
        return false;
    }
    delivery->status = to;
    ++delivery->version;
    return true;
}

} // namespace

QString DeliveryTracker::systemAgent()
{
    return QStringLiteral("system");
}

DeliveryTracker::DeliveryTracker(DatabaseWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_timer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_timer, &QTimer::timeout, this, [this] { runNow(); });
}

void DeliveryTracker::setClock(const Clock &clock)
{
    m_clock = clock;
}

void DeliveryTracker::start(int intervalMs)
{
    m_timer->start(intervalMs);
    runNow();
}

void DeliveryTracker::stop()
{
    m_timer->stop();
}

QFuture<int> DeliveryTracker::runNow()
{
    const QDateTime now = m_clock().toUTC();
    return m_worker->run([this, now](Database &db) {
        QString error;
        QList<CardDelivery> cards = CardRepository(db).cardsOnTheirWay(&error);
        if (!error.isEmpty()) {
            qWarning("DeliveryTracker: %s", qUtf8Printable(error));
            return 0;
        }
        int moves = 0;
        for (CardDelivery &card : cards) {
            bool moved = false;
            // A card may take several steps in one round (the desk was closed for days).
            while (const std::optional<QPair<State, QDateTime>> step = dueStep(card, now)) {
                if (!moveOn(db, &card, step->first, step->second))
                    break;
                moved = true;
                ++moves;
            }
            if (moved) {
                const qint64 cardId = card.cardId;
                const qint64 customerId = card.customerId;
                QMetaObject::invokeMethod(this, [this, cardId, customerId] { Q_EMIT cardMoved(cardId, customerId); },
                                          Qt::QueuedConnection);
            }
        }
        return moves;
    });
}

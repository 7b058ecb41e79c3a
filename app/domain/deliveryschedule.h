#pragma once

#include "cardlifecycle.h"

#include <QDateTime>
#include <QString>

#include <optional>

/// @short When a card on its way ships and arrives: the times the delivery tracker moves it by.
///
/// A card is handed to the carrier one business day after it was ordered
/// (an expedited one the same day) and arrives two or three business days
/// later: by post in three, at a pickup point in two (delivered means it is
/// there to be collected), by courier the next business day. It awaits
/// activation as soon as it has arrived. Business days are Monday to Friday.
namespace DeliverySchedule {

enum class Method {
    Post,          ///< to the registered address
    PickupPoint,   ///< to a pickup point chosen with the customer
    Expedited      ///< by courier to the registered address
};

/// Storage names, as in card_orders.delivery: "post", "pickup_point", "expedited".
QString methodName(Method method);
std::optional<Method> methodFromName(const QString &name);

/// @p from moved on by @p days business days (Saturday and Sunday skipped), same time of day.
QDateTime addBusinessDays(const QDateTime &from, int days);

/// When a card ordered at @p orderedAt to travel by @p method is handed to the carrier.
QDateTime shippedAt(const QDateTime &orderedAt, Method method);
/// When it arrives (at the pickup point for Method::PickupPoint).
QDateTime deliveredAt(const QDateTime &orderedAt, Method method);

} // namespace DeliverySchedule

/// @short A card on its way to the customer (or awaiting activation), and how it travels.
struct CardDelivery
{
    qint64 cardId = 0;
    qint64 customerId = 0;
    QString last4;
    CardLifecycle::State status = CardLifecycle::State::Ordered;
    int version = 1;
    DeliverySchedule::Method method = DeliverySchedule::Method::Post;
    QString pickupPoint;     ///< for Method::PickupPoint
    QDateTime orderedAt;     ///< the replacement order, else when the card was issued (UTC)

    QDateTime shippedAt() const;
    QDateTime deliveredAt() const;
};

#include "deliveryschedule.h"

namespace DeliverySchedule {

namespace {

constexpr int ExpeditedHandlingHours = 4;

} // namespace

QString methodName(Method method)
{
    switch (method) {
    case Method::Post:
        return QStringLiteral("post");
    case Method::PickupPoint:
        return QStringLiteral("pickup_point");
    case Method::Expedited:
        return QStringLiteral("expedited");
    }
    return QString();
}

std::optional<Method> methodFromName(const QString &name)
{
    for (const Method method : {Method::Post, Method::PickupPoint, Method::Expedited}) {
        if (methodName(method) == name)
            return method;
    }
    return std::nullopt;
}

QDateTime addBusinessDays(const QDateTime &from, int days)
{
    QDateTime at = from;
    // An order placed at the weekend counts from Monday.
    while (at.date().dayOfWeek() > 5)
        at = at.addDays(1);
    while (days > 0) {
        at = at.addDays(1);
        if (at.date().dayOfWeek() <= 5)
            --days;
    }
    return at;
}

QDateTime shippedAt(const QDateTime &orderedAt, Method method)
{
    if (method == Method::Expedited)
        return orderedAt.addSecs(ExpeditedHandlingHours * 3600);
    return addBusinessDays(orderedAt, 1);
}

QDateTime deliveredAt(const QDateTime &orderedAt, Method method)
{
    const QDateTime shipped = shippedAt(orderedAt, method);
    switch (method) {
    case Method::Post:
        return addBusinessDays(shipped, 3);
    case Method::PickupPoint:
        return addBusinessDays(shipped, 2);
    case Method::Expedited:
        return addBusinessDays(shipped, 1);
    }
    return shipped;
}

} // namespace DeliverySchedule

QDateTime CardDelivery::shippedAt() const
{
    return DeliverySchedule::shippedAt(orderedAt, method);
}

QDateTime CardDelivery::deliveredAt() const
{
    return DeliverySchedule::deliveredAt(orderedAt, method);
}

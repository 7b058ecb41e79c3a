#include "cardorderstore.h"

#include "sqlvalues.h"

#include "domain/jsoncodec.h"

#include <QSqlQuery>

namespace {

/// card_orders.kind, in the order of CardOrderStore::Kind.
const char *const KindNames[] = {"replacement", "pin_letter", "pin_in_app"};

} // namespace

CardOrderStore::CardOrderStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

bool CardOrderStore::insert(const Order &order, QString *error, qint64 *orderId)
{
    QSqlQuery insert(m_db);
    insert.setForwardOnly(true);
    if (!SqlValues::exec(insert,
                         QStringLiteral("INSERT INTO card_orders (card_id, kind, delivery, pickup_point, address, "
                                        "pin_carries_over, requested_at, agent, command_id) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                         {order.cardId, QString::fromLatin1(KindNames[int(order.kind)]), order.delivery,
                          SqlValues::text(order.pickupPoint), order.address, order.pinCarriesOver,
                          SqlValues::time(order.requestedAt), order.agent,
                          order.commandId.isNull() ? QVariant(QMetaType::fromType<QString>())
                                                   : QVariant(order.commandId.toString(QUuid::WithoutBraces))},
                         error))
        return false;
    if (!insert.next()) {
        *error = QStringLiteral("the card_orders row was not returned");
        return false;
    }
    if (orderId)
        *orderId = insert.value(0).toLongLong();
    insert.finish();
    return true;
}

QList<CardDelivery> CardOrderStore::deliveries(const QString &where, const QVariantList &values, QString *error)
{
    QList<CardDelivery> out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT k.id, k.customer_id, k.last4, k.status, k.version, o.delivery, "
                                        "o.pickup_point, coalesce(o.requested_at, k.issued_at) "
                                        "FROM cards k LEFT JOIN card_orders o ON o.id = (SELECT max(id) FROM "
                                        "card_orders WHERE card_id = k.id AND kind = 'replacement') "
                                        "WHERE k.status IN ('ordered', 'shipped', 'delivered', 'pending_activation') "
                                        "AND ")
                             + where + QStringLiteral(" ORDER BY k.id"),
                         values, error))
        return out;
    while (query.next()) {
        const CardLifecycle::State status =
            CardLifecycle::stateFromName(query.value(3).toString()).value_or(CardLifecycle::State::Ordered);
        // No replacement order: it travels by post, from its issue.
        const DeliverySchedule::Method method =
            DeliverySchedule::methodFromName(query.value(5).toString()).value_or(DeliverySchedule::Method::Post);
        out.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(), status,
                    query.value(4).toInt(), method, query.value(6).toString(), SqlValues::toTime(query.value(7))});
    }
    return out;
}

std::optional<CardDelivery> CardOrderStore::delivery(qint64 cardId, QString *error)
{
    const QList<CardDelivery> found = deliveries(QStringLiteral("k.id = ?"), {cardId}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<CardDelivery> CardOrderStore::deliveriesOf(qint64 customerId, QString *error)
{
    return deliveries(QStringLiteral("k.customer_id = ?"), {customerId}, error);
}

QString CardOrderStore::registeredAddress(qint64 customerId, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT coalesce(street, ''), coalesce(postcode, ''), coalesce(city, '') "
                                        "FROM customers WHERE id = ?"),
                         {customerId}, error)
        || !query.next())
        return QString();
    return QStringLiteral("%1, %2 %3")
        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString())
        .trimmed();
}

bool CardOrderStore::flagAddress(qint64 customerId, const QString &flag, QString *error)
{
    QSqlQuery update(m_db);
    return SqlValues::exec(update, QStringLiteral("UPDATE customers SET address_flag = ? WHERE id = ?"),
                           {flag, customerId}, error);
}

QString CardOrderStore::addressFlag(qint64 customerId, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query, QStringLiteral("SELECT coalesce(address_flag, '') FROM customers WHERE id = ?"),
                         {customerId}, error)
        || !query.next())
        return QString();
    return query.value(0).toString();
}

QJsonObject CardOrderStore::toJson(const CardDelivery &delivery)
{
    const bool pickup = delivery.method == DeliverySchedule::Method::PickupPoint && !delivery.pickupPoint.isEmpty();
    return {{QStringLiteral("cardId"), delivery.cardId},
            {QStringLiteral("customerId"), delivery.customerId},
            {QStringLiteral("last4"), delivery.last4},
            {QStringLiteral("status"), CardLifecycle::stateName(delivery.status)},
            {QStringLiteral("version"), delivery.version},
            {QStringLiteral("method"), DeliverySchedule::methodName(delivery.method)},
            {QStringLiteral("pickupPoint"), pickup ? QJsonValue(delivery.pickupPoint) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("orderedAt"), JsonCodec::timestamp(delivery.orderedAt)},
            {QStringLiteral("shippedAt"), JsonCodec::timestamp(delivery.shippedAt())},
            {QStringLiteral("deliveredAt"), JsonCodec::timestamp(delivery.deliveredAt())}};
}

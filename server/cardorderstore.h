#pragma once

#include "sqldialect.h"

#include "domain/deliveryschedule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

/// @short What was ordered for cards (replacements, PIN letters), their deliveries, and the address flag.
///
/// A card's delivery is read from its latest replacement order (how it
/// travels, to which pickup point, when it was ordered); a card on its way
/// that was never ordered here travels by post from the time it was issued.
/// When it ships and arrives is DeliverySchedule's, as in the console.
class CardOrderStore
{
public:
    enum class Kind {
        Replacement,
        PinLetter,
        PinInApp
    };

    /// One order, as card_orders keeps it.
    struct Order
    {
        qint64 cardId = 0;             ///< the card ordered (the new card of a replacement)
        Kind kind = Kind::Replacement;
        QString delivery;              ///< "post", "pickup_point", "expedited", or "app" for a PIN in the app
        QString pickupPoint;           ///< for "pickup_point"
        QString address;               ///< where it goes, as confirmed with the customer
        bool pinCarriesOver = false;
        QDateTime requestedAt;
        QString agent;
        QUuid commandId;
    };

    CardOrderStore(QSqlDatabase db, SqlDialect dialect);

    /// Records @p order; its id in *orderId when given.
    bool insert(const Order &order, QString *error, qint64 *orderId = nullptr);

    /// The card's delivery while it is on its way or awaits activation;
    /// nullopt otherwise (with an empty *error), or on failure.
    std::optional<CardDelivery> delivery(qint64 cardId, QString *error);
    /// The customer's cards on their way or awaiting activation, by card id.
    QList<CardDelivery> deliveriesOf(qint64 customerId, QString *error);

    /// "Street 1, 00100 City": where a letter or a card by post goes.
    QString registeredAddress(qint64 customerId, QString *error);
    bool flagAddress(qint64 customerId, const QString &flag, QString *error);
    /// Why the registered address is flagged; empty when it is not.
    QString addressFlag(qint64 customerId, QString *error);

    /// The contract's CardDelivery (JsonCodec has no codec for it yet).
    static QJsonObject toJson(const CardDelivery &delivery);

private:
    QList<CardDelivery> deliveries(const QString &where, const QVariantList &values, QString *error);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

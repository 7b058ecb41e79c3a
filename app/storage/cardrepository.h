#pragma once

#include "domain/cardcontrols.h"
#include "domain/cardlifecycle.h"
#include "domain/customer.h"
#include "domain/deliveryschedule.h"
#include "domain/verification.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

/// @short A card with whose it is, for the card actions.
struct CardRecord
{
    Card card;
    qint64 customerId = 0;
    QString homeCountry;   ///< the holder's country (FI, SE, NO)
    QString currency;      ///< the account's currency (limits are in it)
};

/// @short Cards, their transitions and the verifications of their holders (worker thread only).
class CardRepository
{
public:
    explicit CardRepository(Database &database);

    std::optional<CardRecord> card(qint64 cardId, QString *error);

    /// Moves the card to @p event.to if it is still at @p expectedVersion and
    /// in @p event.from; bumps the version and records the event. Sets
    /// *conflict (and returns false) when someone changed the card first.
    /// The lifecycle rules are the caller's (the service checks them).
    bool transition(const CardEvent &event, int expectedVersion, bool *conflict, QString *error);

    /// Sets the card controls if the card is still at @p expectedVersion and
    /// not closed; bumps the version. *conflict as for transition().
    bool setControls(qint64 cardId, int expectedVersion, const CardControls &controls, bool *conflict,
                     QString *error);
    CardLimits limits(qint64 cardId, QString *error);
    bool setLimits(qint64 cardId, const CardLimits &limits, QString *error);
    /// Gives card @p to the limits of card @p from (a replacement keeps them).
    bool copyLimits(qint64 from, qint64 to, QString *error);

    /// The card's transactions since @p since, newest first.
    QList<Transaction> transactionsSince(qint64 cardId, const QDateTime &since, QString *error);

    /// The card that replaces @p cardId, or 0.
    qint64 replacementOf(qint64 cardId, QString *error);
    /// Adds a card (status, replacement_of, replacement_reason and controls
    /// from @p card; issued now, valid to @p expiry "yyyy-MM"); its id, or 0.
    qint64 insertCard(const Card &card, qint64 customerId, const QString &expiry, QString *error);
    /// Records an order for the card: "replacement" (how the new card
    /// travels), "pin_letter" or "pin_in_app".
    bool insertOrder(qint64 cardId, const QString &kind, const QString &delivery, const QString &pickupPoint,
                     const QString &address, bool pinCarriesOver, const QString &agent, const QString &commandId,
                     QString *error);
    /// Bumps the card's version if it is still at @p expectedVersion and not
    /// closed (a change outside its state, such as a new PIN).
    bool touch(qint64 cardId, int expectedVersion, bool *conflict, QString *error);
    /// Flags the customer's address (a card sent there never arrived).
    bool flagAddress(qint64 customerId, const QString &flag, QString *error);
    QString addressFlag(qint64 customerId, QString *error);
    /// "Street 1, 00100 City" as the customer is registered.
    QString registeredAddress(qint64 customerId, QString *error);

    /// Transitions of the card, oldest first.
    QList<CardEvent> events(qint64 cardId, QString *error);
    /// The newest transition of the card, if any.
    std::optional<CardEvent> lastEvent(qint64 cardId, QString *error);

    bool recordVerification(qint64 customerId, qint64 cardId, const Verification::Outcome &outcome,
                            const QString &agent, QString *error);
    /// The newest verification of the customer recorded by @p agent (verifications belong to a call).
    std::optional<Verification::Outcome> latestVerification(qint64 customerId, const QString &agent, QString *error);

    // --- Deliveries and the address flag (the card panel, the delivery tracker) ---
    /// The cards on their way (ordered, shipped, delivered), of every
    /// customer, oldest order first: what the delivery tracker moves on.
    QList<CardDelivery> cardsOnTheirWay(QString *error);
    /// The customer's cards on their way or awaiting activation.
    QList<CardDelivery> deliveriesOf(qint64 customerId, QString *error);
    /// Card id -> its account's currency, for the customer's cards.
    QHash<qint64, QString> cardCurrencies(qint64 customerId, QString *error);
    // --- Remote mode ----------------------------------------------------------
    /// The provisional card @p provisional (negative: this console ordered
    /// it, Database::newRowId) is the server's @p serverId: it and every row
    /// about it take that id. A copy of the server's card already in the
    /// cache (the feed was first) goes; the caller then stores the server's
    /// card over the adopted row. In the caller's transaction.
    bool adoptServerId(qint64 provisional, qint64 serverId, QString *error);
    /// The provisional replacement of @p cardId; 0 when it has none, nullopt on error.
    std::optional<qint64> provisionalReplacementOf(qint64 cardId, QString *error);

    /// Removes the customer's address flag; false (without *error) when there was none.
    bool clearAddressFlag(qint64 customerId, QString *error);

private:
    Database &m_database;
};

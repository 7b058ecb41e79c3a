#include "cardcommandapi.h"

#include "cardcommand.h"
#include "cardorderstore.h"
#include "cardrequestfields.h"
#include "router.h"

#include <QDate>
#include <QRandomGenerator>

using CardLifecycle::CloseReason;
using CardLifecycle::State;
using Refusal = CardCommand::Refusal;
using Record = CardStore::Record;

namespace {

constexpr int MaxTextLength = 2000;
constexpr int MaxPickupPointLength = 200;

/// Which reason a transition's body carries.
enum class ReasonKind {
    None,    ///< "" or absent
    Lock,    ///< a LockReason
    Close    ///< a CloseReason
};

/// The body's "reason" as @p kind wants it; *closeReason is set for a valid close reason.
QString readReason(RequestBody &body, ReasonKind kind, std::optional<CloseReason> *closeReason = nullptr)
{
    const bool takesOne = kind != ReasonKind::None;
    const QString reason = body.text(QStringLiteral("reason"), takesOne, 40, !takesOne);
    if (reason.isEmpty())
        return reason;
    switch (kind) {
    case ReasonKind::None:
        body.addError(QStringLiteral("reason"), QStringLiteral("must be empty: only locking and closing take one"));
        break;
    case ReasonKind::Lock:
        if (!CardLifecycle::lockReasonFromName(reason))
            body.addError(QStringLiteral("reason"), QStringLiteral("must be customer_request, misplaced, lost, stolen, "
                                                                   "suspected_fraud or damaged"));
        break;
    case ReasonKind::Close:
        *closeReason = CardLifecycle::closeReasonFromName(reason);
        if (!*closeReason)
            body.addError(QStringLiteral("reason"), QStringLiteral("must be lost, stolen, damaged, expired, fraud, "
                                                                   "customer_request or undeliverable"));
        break;
    }
    return reason;
}

/// A check that refuses a closed card, saying @p why.
std::function<Refusal(const Record &)> refuseClosed(const QString &why)
{
    return [why](const Record &record) -> Refusal {
        if (record.card.status != State::Closed)
            return std::nullopt;
        return CardCommand::conflict(QStringLiteral("transition_not_allowed"), CardCommand::stateDetail(record.card, why));
    };
}

/// Lock, unlock and close: one lifecycle transition with its reason.
struct TransitionRule
{
    QString type;
    State to = State::Locked;
    ReasonKind reason = ReasonKind::None;
    Verification::Action action = Verification::Action::ProtectiveLock;
};

ServerResponse transition(RequestContext &context, const TransitionRule &rule)
{
    CardCommand command(context);
    QString reason;
    QString text;
    std::optional<CloseReason> closeReason;
    CardCommand::Spec spec;
    spec.type = rule.type;
    spec.fields = {QStringLiteral("reason"), QStringLiteral("text")};
    spec.read = [&](RequestBody &body) {
        reason = readReason(body, rule.reason, &closeReason);
        text = body.freeText(QStringLiteral("text"), true, MaxTextLength);
    };
    // Closing at the customer's wish is for good: strong verification. Any
    // other reason protects the customer, like a lock.
    spec.action = [&](const Record &) {
        return closeReason == CloseReason::CustomerRequest ? Verification::Action::CloseAtRequest : rule.action;
    };
    spec.apply = [&](const Record &card) { return command.transition(card, rule.to, closeReason, reason, text); };
    return command.run(spec);
}

ServerResponse lockCard(RequestContext &context)
{
    return transition(context, {QStringLiteral("card.lock"), State::Locked, ReasonKind::Lock,
                                Verification::Action::ProtectiveLock});
}

ServerResponse unlockCard(RequestContext &context)
{
    return transition(context, {QStringLiteral("card.unlock"), State::Active, ReasonKind::None,
                                Verification::Action::Unlock});
}

ServerResponse closeCard(RequestContext &context)
{
    return transition(context, {QStringLiteral("card.close"), State::Closed, ReasonKind::Close,
                                Verification::Action::ProtectiveLock});
}

/// A replacement for a damaged or expired card: the old one kept working
/// until now, and closes with the new one's activation.
Refusal closePredecessor(CardCommand &command, const Record &record)
{
    const Card &card = record.card;
    if (!card.replacementOf)
        return std::nullopt;
    QString error;
    const std::optional<Record> old = command.cards().card(card.replacementOf, &error);
    if (!old)
        return error.isEmpty() ? Refusal() : command.context().storageFailure(error);
    const std::optional<CloseReason> reason = CardLifecycle::closeReasonFromName(card.replacementReason);
    if (old->card.status == State::Closed || !reason
        || !CardLifecycle::refusal(old->card.status, State::Closed, reason).isEmpty())
        return std::nullopt;
    if (const Refusal refused = command.transition(
            *old, State::Closed, reason, CardLifecycle::closeReasonName(*reason),
            QStringLiteral("replaced by the card ending %1, now active").arg(card.last4)))
        return refused;
    command.audit().insert(QStringLiteral("closedPredecessor"), old->card.id);
    return std::nullopt;
}

ServerResponse activateCard(RequestContext &context)
{
    CardCommand command(context);
    QString text;
    CardCommand::Spec spec;
    spec.type = QStringLiteral("card.activate");
    spec.fields = {QStringLiteral("customerConfirmedReceipt"), QStringLiteral("reason"), QStringLiteral("text")};
    spec.read = [&](RequestBody &body) {
        if (body.boolean(QStringLiteral("customerConfirmedReceipt"), true) == false)
            body.addError(QStringLiteral("customerConfirmedReceipt"),
                          QStringLiteral("must be true: activate a card only when the customer confirms they have it "
                                         "in hand"));
        readReason(body, ReasonKind::None);
        text = body.freeText(QStringLiteral("text"), false, MaxTextLength);
    };
    // Only a card awaiting activation: the lifecycle's locked -> active is an
    // unlock, which needs strong verification.
    spec.check = [](const Record &record) -> Refusal {
        if (record.card.status == State::PendingActivation)
            return std::nullopt;
        return CardCommand::conflict(
            QStringLiteral("transition_not_allowed"),
            CardCommand::stateDetail(record.card, record.card.status == State::Locked
                                                      ? QStringLiteral("unlock it instead (strong verification)")
                                                      : QStringLiteral("only a card awaiting activation can be "
                                                                       "activated")));
    };
    spec.action = [](const Record &) { return Verification::Action::ActivateReplacement; };
    spec.apply = [&](const Record &card) -> Refusal {
        if (const Refusal refused = command.transition(card, State::Active, std::nullopt, QString(), text))
            return refused;
        return closePredecessor(command, card);
    };
    return command.run(spec);
}

/// A setting of the card beside its status (its controls, its limits):
/// restricting it protects, like a lock; relaxing it (switching something
/// on, raising or removing a limit) opens the card up and needs strong
/// verification. A closed card has none.
template <typename Setting>
struct SettingRule
{
    QString type;
    QStringList fields;
    Setting (*read)(RequestBody &body);
    Setting (*current)(const Record &card);
    bool (CardStore::*write)(qint64 cardId, const Setting &setting, QString *error);
    QJsonObject (*toJson)(const Setting &setting, const Record &card);   ///< for the audit entry
    QString closedWhy;
};

template <typename Setting>
ServerResponse setSetting(RequestContext &context, const SettingRule<Setting> &rule)
{
    CardCommand command(context);
    Setting setting;
    CardCommand::Spec spec;
    spec.type = rule.type;
    spec.fields = rule.fields;
    spec.read = [&](RequestBody &body) { setting = rule.read(body); };
    spec.check = refuseClosed(rule.closedWhy);
    spec.action = [&](const Record &card) {
        return setting.relaxes(rule.current(card)) ? Verification::Action::RelaxControls
                                                   : Verification::Action::RestrictControls;
    };
    spec.apply = [&](const Record &card) -> Refusal {
        if (const Refusal refused = command.touch(card))
            return refused;
        QString error;
        if (!(command.cards().*rule.write)(card.card.id, setting, &error))
            return command.context().storageFailure(error);
        command.audit().insert(QStringLiteral("before"), rule.toJson(rule.current(card), card));
        command.audit().insert(QStringLiteral("after"), rule.toJson(setting, card));
        return std::nullopt;
    };
    return command.run(spec);
}

ServerResponse setControls(RequestContext &context)
{
    return setSetting<CardControls>(
        context, {QStringLiteral("card.controls.set"), CardRequestFields::controlFields(),
                  &CardRequestFields::readControls, [](const Record &card) { return CardControls::of(card.card); },
                  &CardStore::setControls,
                  [](const CardControls &controls, const Record &) { return JsonCodec::toJson(controls); },
                  QStringLiteral("a closed card has no controls to set")});
}

ServerResponse setLimits(RequestContext &context)
{
    return setSetting<CardLimits>(
        context, {QStringLiteral("card.limits.set"), CardRequestFields::limitFields(), &CardRequestFields::readLimits,
                  [](const Record &card) { return card.limits; }, &CardStore::setLimits,
                  [](const CardLimits &limits, const Record &card) {
                      return JsonCodec::limitsToJson(limits, card.currency);
                  },
                  QStringLiteral("a closed card has no limits to set")});
}

/// Records @p order as the command's: when, by whom, which command.
Refusal placeOrder(CardCommand &command, CardOrderStore &orders, CardOrderStore::Order order)
{
    order.requestedAt = command.command().issuedAt;
    order.agent = command.agent();
    order.commandId = command.command().id;
    QString error;
    qint64 orderId = 0;
    if (!orders.insert(order, &error, &orderId))
        return command.context().storageFailure(error);
    if (order.kind == CardOrderStore::Kind::Replacement)
        command.outcome(JsonCodec::CardOutcomeRecord::Replacement, orderId, order.cardId);
    return std::nullopt;
}

ServerResponse resetPin(RequestContext &context)
{
    CardCommand command(context);
    bool byLetter = false;
    CardCommand::Spec spec;
    spec.type = QStringLiteral("card.pin.reset");
    spec.fields = {QStringLiteral("byLetter")};
    spec.read = [&](RequestBody &body) { byLetter = body.boolean(QStringLiteral("byLetter"), true).value_or(false); };
    spec.check = refuseClosed(QStringLiteral("it has no PIN to reset"));
    spec.action = [](const Record &) { return Verification::Action::PinReset; };
    spec.apply = [&](const Record &card) -> Refusal {
        if (const Refusal refused = command.touch(card))
            return refused;
        CardOrderStore orders(command.context().db, command.context().dialect);
        QString error;
        CardOrderStore::Order order;
        order.cardId = card.card.id;
        order.kind = byLetter ? CardOrderStore::Kind::PinLetter : CardOrderStore::Kind::PinInApp;
        order.delivery = byLetter ? QStringLiteral("post") : QStringLiteral("app");
        order.address = byLetter ? orders.registeredAddress(card.customerId, &error) : QStringLiteral("app");
        if (!error.isEmpty())
            return command.context().storageFailure(error);
        command.audit().insert(QStringLiteral("byLetter"), byLetter);
        return placeOrder(command, orders, order);
    };
    return command.run(spec);
}

bool onItsWay(State state)
{
    return state == State::Ordered || state == State::Shipped;
}

ServerResponse reportNotReceived(RequestContext &context)
{
    CardCommand command(context);
    CardCommand::Spec spec;
    spec.type = QStringLiteral("card.not_received");
    spec.read = [](RequestBody &) {};
    spec.check = [](const Record &record) -> Refusal {
        const State state = record.card.status;
        if (onItsWay(state) || state == State::Delivered || state == State::PendingActivation)
            return std::nullopt;
        return CardCommand::conflict(
            QStringLiteral("transition_not_allowed"),
            CardCommand::stateDetail(record.card, state == State::Closed
                                                      ? QStringLiteral("it is closed already")
                                                      : QStringLiteral("it has reached the customer; lock or close "
                                                                       "it instead")));
    };
    spec.action = [](const Record &) { return Verification::Action::ProtectiveLock; };
    spec.apply = [&](const Record &card) -> Refusal {
        // On its way it never arrived; marked delivered, someone else may hold it.
        const CloseReason reason = onItsWay(card.card.status) ? CloseReason::Undeliverable : CloseReason::Lost;
        CardOrderStore orders(command.context().db, command.context().dialect);
        QString error;
        const std::optional<CardDelivery> delivery = orders.delivery(card.card.id, &error);
        const bool toPickupPoint = delivery && delivery->method == DeliverySchedule::Method::PickupPoint;
        const QString address = toPickupPoint ? QStringLiteral("pickup point ") + delivery->pickupPoint
                                              : orders.registeredAddress(card.customerId, &error);
        if (!error.isEmpty())
            return command.context().storageFailure(error);
        if (const Refusal refused = command.transition(card, State::Closed, reason,
                                                       CardLifecycle::closeReasonName(reason),
                                                       QStringLiteral("not received by the customer")))
            return refused;
        const QString flag = QStringLiteral("card ending %1 sent to %2 not received (%3)")
                                 .arg(card.card.last4, address, command.command().issuedAt.date().toString(Qt::ISODate));
        if (!orders.flagAddress(card.customerId, flag, &error))
            return command.context().storageFailure(error);
        command.audit().insert(QStringLiteral("addressFlagged"), true);
        return std::nullopt;
    };
    return command.run(spec);
}

/// The body of card.replacement.order, read.
struct ReplacementOrder
{
    std::optional<CloseReason> reason;
    std::optional<DeliverySchedule::Method> method;
    QString pickupPoint;
    bool pinCarriesOver = false;

    void read(RequestBody &body)
    {
        const QString reasonName = body.text(QStringLiteral("reason"), true, 40);
        reason = CardLifecycle::closeReasonFromName(reasonName);
        if (!reasonName.isEmpty() && (!reason || !CardLifecycle::replacementRule(*reason)))
            body.addError(QStringLiteral("reason"),
                          QStringLiteral("must be lost, stolen, damaged, expired, fraud or undeliverable (a card "
                                         "closed at the customer's request is not replaced)"));
        const QString delivery = body.text(QStringLiteral("delivery"), true, 40);
        method = DeliverySchedule::methodFromName(delivery);
        if (!delivery.isEmpty() && !method)
            body.addError(QStringLiteral("delivery"), QStringLiteral("must be post, pickup_point or expedited"));
        // The console sends what the pickup field holds whatever the delivery: only pickup_point reads it.
        pickupPoint = body.text(QStringLiteral("pickupPoint"), true, MaxPickupPointLength, true).trimmed();
        if (toPickupPoint() && pickupPoint.isEmpty())
            body.addError(QStringLiteral("pickupPoint"),
                          QStringLiteral("must name the pickup point (e.g. FI-HEL-01) for pickup_point delivery"));
        pinCarriesOver = body.boolean(QStringLiteral("pinCarriesOver"), true).value_or(false);
    }
    bool toPickupPoint() const { return method == DeliverySchedule::Method::PickupPoint; }
};

/// Why @p record cannot be replaced for @p reason now; nullopt when it can.
Refusal replacementRefusal(CardCommand &command, const Record &record, CloseReason reason)
{
    const Card &card = record.card;
    QString error;
    if (const qint64 existing = command.cards().replacedBy(card.id, &error)) {
        const std::optional<Record> other = command.cards().card(existing, &error);
        return CardCommand::conflict(
            QStringLiteral("already_exists"),
            QStringLiteral("The card ending %1 already has a replacement (card %2, ending %3). Nothing was ordered "
                           "again.")
                .arg(card.last4)
                .arg(existing)
                .arg(other ? other->card.last4 : QString()));
    }
    if (!error.isEmpty())
        return command.context().storageFailure(error);
    const QString name = CardLifecycle::closeReasonName(reason);
    if (card.status == State::Closed && card.statusReason != name) {
        const std::optional<CloseReason> closedFor = CardLifecycle::closeReasonFromName(card.statusReason);
        const QString why = closedFor && !CardLifecycle::replacementRule(*closedFor)
                                ? QStringLiteral("it was closed at the customer's request, which gives no replacement")
                                : QStringLiteral("it was closed as %1; replace it for that reason")
                                      .arg(card.statusReason);
        return CardCommand::conflict(QStringLiteral("transition_not_allowed"), CardCommand::stateDetail(card, why));
    }
    // An open card closes for the reason now (lost, stolen, ...) or when the
    // replacement is activated (damaged, expired): either way it must be able to.
    const QString refusal = CardLifecycle::refusal(card.status, State::Closed, reason);
    if (card.status != State::Closed && !refusal.isEmpty())
        return CardCommand::conflict(QStringLiteral("transition_not_allowed"), CardCommand::stateDetail(card, refusal));
    return std::nullopt;
}

/// The last four of a new number: anything but the old card's. Only the
/// last four are ever known here; the issuer's system holds the number.
QString newLast4(const QString &old)
{
    QString last4;
    do {
        last4 = QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(10000), 4, 10, QLatin1Char('0'));
    } while (last4 == old);
    return last4;
}

Refusal orderReplacementCard(CardCommand &command, const Record &card, const ReplacementOrder &order,
                             qint64 *newCardId)
{
    const CloseReason reason = *order.reason;
    const CardLifecycle::ReplacementRule rule = *CardLifecycle::replacementRule(reason);
    const QString reasonName = CardLifecycle::closeReasonName(reason);
    // A burnt number closes now; a kept one works until the new card is
    // activated. Either way the card moves on a version, so that two
    // replacements ordered at once cannot both pass.
    if (card.card.status != State::Closed) {
        const Refusal refused = rule.newNumber ? command.transition(card, State::Closed, reason, reasonName,
                                                                    QStringLiteral("closed for a replacement"))
                                               : command.touch(card);
        if (refused)
            return refused;
    }
    const QDate expiryMonth = command.command().issuedAt.date().addYears(4);
    const QDate expiry = QDate(expiryMonth.year(), expiryMonth.month(), 1).addMonths(1).addDays(-1);
    const QString last4 = rule.newNumber ? newLast4(card.card.last4) : card.card.last4;
    QString error;
    *newCardId = command.cards().insertReplacement(card, last4, reason, expiry, command.command().issuedAt,
                                                   command.agent(), &error);
    if (!*newCardId)
        return command.context().storageFailure(error);
    command.changed(*newCardId);

    CardOrderStore orders(command.context().db, command.context().dialect);
    CardOrderStore::Order placed;
    placed.cardId = *newCardId;
    placed.kind = CardOrderStore::Kind::Replacement;
    placed.delivery = DeliverySchedule::methodName(*order.method);
    placed.pickupPoint = order.toPickupPoint() ? order.pickupPoint : QString();
    placed.address = order.toPickupPoint() ? order.pickupPoint : orders.registeredAddress(card.customerId, &error);
    placed.pinCarriesOver = order.pinCarriesOver;
    if (!error.isEmpty())
        return command.context().storageFailure(error);
    if (const Refusal failed = placeOrder(command, orders, placed))
        return failed;
    command.audit().insert(QStringLiteral("reason"), reasonName);
    command.audit().insert(QStringLiteral("newCardId"), *newCardId);
    command.audit().insert(QStringLiteral("newLast4"), last4);
    command.audit().insert(QStringLiteral("newNumber"), rule.newNumber);
    command.audit().insert(QStringLiteral("delivery"), placed.delivery);
    command.audit().insert(QStringLiteral("pinCarriesOver"), order.pinCarriesOver);
    return std::nullopt;
}

ServerResponse orderReplacement(RequestContext &context)
{
    CardCommand command(context);
    ReplacementOrder order;
    qint64 newCardId = 0;
    CardCommand::Spec spec;
    spec.type = QStringLiteral("card.replacement.order");
    spec.fields = {QStringLiteral("reason"), QStringLiteral("delivery"), QStringLiteral("pickupPoint"),
                   QStringLiteral("pinCarriesOver")};
    spec.read = [&](RequestBody &body) { order.read(body); };
    spec.check = [&](const Record &card) { return replacementRefusal(command, card, *order.reason); };
    // To a pickup point is to another address than the one on record.
    spec.action = [&](const Record &) {
        return order.toPickupPoint() ? Verification::Action::ReplacementToOtherAddress
                                     : Verification::Action::ReplacementToRegisteredAddress;
    };
    spec.apply = [&](const Record &card) { return orderReplacementCard(command, card, order, &newCardId); };
    spec.respond = [&]() {
        ServerResponse response =
            ServerResponse::json(201, {{QStringLiteral("card"), command.cardJson(context.request.idParam(
                                                                   QStringLiteral("cardId")))},
                                       {QStringLiteral("replacement"), command.cardJson(newCardId)}});
        response.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/v1/cards/") + QByteArray::number(newCardId));
        return response;
    };
    return command.run(spec);
}

} // namespace

void CardCommandApi::addRoutes(Router &router)
{
    const struct
    {
        const char *path;
        Router::Handler handler;
    } commands[] = {
        {"lock", &lockCard},
        {"unlock", &unlockCard},
        {"close", &closeCard},
        {"activate", &activateCard},
        {"controls", &setControls},
        {"limits", &setLimits},
        {"pin-reset", &resetPin},
        {"not-received", &reportNotReceived},
        {"replacement", &orderReplacement},
    };
    for (const auto &command : commands)
        router.add("POST", QStringLiteral("/v1/cards/{cardId}/") + QLatin1String(command.path), Router::Access::Agent,
                   command.handler);
}

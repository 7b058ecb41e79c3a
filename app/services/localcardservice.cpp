#include "localcardservice.h"

#include "commandprocessor.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QLocale>
#include <QMetaObject>
#include <QSqlError>
#include <QSqlQuery>

using CardLifecycle::CloseReason;
using CardLifecycle::State;

namespace {

QString subjectFor(qint64 cardId)
{
    return QStringLiteral("card:") + QString::number(cardId);
}

} // namespace

LocalCardService::LocalCardService(DatabaseWorker *worker, QObject *parent)
    : CardService(parent)
    , m_worker(worker)
{
}

void LocalCardService::setAgent(const Agent &agent)
{
    m_agent = agent;
}

QString LocalCardService::stateText(State state)
{
    switch (state) {
    case State::Ordered:
        return tr("ordered");
    case State::Shipped:
        return tr("on its way");
    case State::Delivered:
        return tr("delivered");
    case State::PendingActivation:
        return tr("not activated");
    case State::Active:
        return tr("active");
    case State::Locked:
        return tr("locked");
    case State::Closed:
        return tr("closed");
    }
    return QString();
}

CardEvent LocalCardService::closingEvent(const Card &card, CloseReason reason, const QString &text,
                                         const QString &agent, const Command &command)
{
    CardEvent close;
    close.cardId = card.id;
    close.at = QDateTime::currentDateTimeUtc();
    close.from = card.status;
    close.to = State::Closed;
    close.reasonCode = CardLifecycle::closeReasonName(reason);
    close.reasonText = text;
    close.agent = agent;
    close.commandId = command.id.toString(QUuid::WithoutBraces);
    return close;
}

QString LocalCardService::verificationNeeded(Verification::Action action)
{
    return Verification::required(action) == Verification::Level::Strong
               ? tr("Verify the caller strongly first (bank ID or the app): this action needs it. Nothing was changed.")
               : tr("Identify the card with the caller first. Nothing was changed.");
}

QString LocalCardService::changedMeanwhile(const QString &last4, State now)
{
    return tr("The card %1 was changed while you were looking at it; it is now %2. "
              "Check the card again before you act.")
        .arg(last4, stateText(now));
}

QString LocalCardService::writeFailed(const QString &last4, bool conflict, const QString &error)
{
    return conflict ? tr("The card %1 was changed at the same moment. Check it again.").arg(last4)
                    : tr("The card could not be changed: %1").arg(error);
}

QFuture<CommandResult> LocalCardService::recordVerification(qint64 customerId, qint64 cardId,
                                                            Verification::Method method, bool passed)
{
    const Command command = Command::make(QStringLiteral("customer.verification.record"),
                                          QStringLiteral("customer:") + QString::number(customerId),
                                          {{QStringLiteral("method"), Verification::methodName(method)},
                                           {QStringLiteral("passed"), passed},
                                           {QStringLiteral("cardId"), cardId}},
                                          m_agent.username);
    const QString agent = m_agent.username;
    return m_worker->run([command, customerId, cardId, method, passed, agent](Database &db) {
        CommandProcessor processor(db);
        return processor.apply(command, [&](Database &db, const Command &, QJsonObject *audit) {
            CommandResult outcome;
            QString error;
            if (!CardRepository(db).recordVerification(customerId, cardId,
                                                       {method, passed, QDateTime::currentDateTimeUtc()}, agent,
                                                       &error)) {
                outcome.status = CommandResult::Failed;
                outcome.message = tr("The verification could not be recorded: %1").arg(error);
                return outcome;
            }
            audit->insert(QStringLiteral("method"), Verification::methodName(method));
            audit->insert(QStringLiteral("passed"), passed);
            outcome.status = CommandResult::Applied;
            outcome.message = passed ? tr("Verification recorded.") : tr("Failed verification recorded.");
            return outcome;
        });
    });
}

QFuture<CommandResult> LocalCardService::lock(qint64 cardId, int expectedVersion, CardLifecycle::LockReason reason,
                                              const QString &reasonText)
{
    return transition(QStringLiteral("card.lock"), cardId, expectedVersion, State::Locked, std::nullopt,
                      CardLifecycle::lockReasonName(reason), reasonText, Verification::Action::ProtectiveLock);
}

QFuture<CommandResult> LocalCardService::unlock(qint64 cardId, int expectedVersion, const QString &reasonText)
{
    return transition(QStringLiteral("card.unlock"), cardId, expectedVersion, State::Active, std::nullopt, QString(),
                      reasonText, Verification::Action::Unlock);
}

QFuture<CommandResult> LocalCardService::close(qint64 cardId, int expectedVersion, CloseReason reason,
                                               const QString &reasonText)
{
    return transition(QStringLiteral("card.close"), cardId, expectedVersion, State::Closed, reason,
                      CardLifecycle::closeReasonName(reason), reasonText,
                      reason == CloseReason::CustomerRequest ? Verification::Action::CloseAtRequest
                                                             : Verification::Action::ProtectiveLock);
}

QFuture<CommandResult> LocalCardService::activate(qint64 cardId, int expectedVersion, bool customerConfirmedReceipt)
{
    if (!customerConfirmedReceipt) {
        CommandResult refused;
        refused.status = CommandResult::Rejected;
        refused.message = tr("Activate a card only when the customer confirms they have it in hand. "
                             "Nothing was changed.");
        return QtFuture::makeReadyFuture(refused);
    }
    // A replacement for a damaged or expired card: the old one kept working
    // until now, and closes with the new one's activation.
    const AfterTransition closePredecessor = [](CardRepository &cards, const CardRecord &record,
                                                const CardEvent &activation, QJsonObject *audit, QString *error) {
        const Card &card = record.card;
        if (!card.replacementOf)
            return true;
        const std::optional<CardRecord> old = cards.card(card.replacementOf, error);
        if (!old)
            return error->isEmpty();
        const std::optional<CloseReason> reason = CardLifecycle::closeReasonFromName(card.replacementReason);
        if (old->card.status == State::Closed || !reason
            || !CardLifecycle::refusal(old->card.status, State::Closed, reason).isEmpty())
            return true;
        CardEvent close = activation;
        close.cardId = old->card.id;
        close.from = old->card.status;
        close.to = State::Closed;
        close.reasonCode = CardLifecycle::closeReasonName(*reason);
        close.reasonText = QStringLiteral("replaced by the card ending %1, now active").arg(card.last4);
        bool conflict = false;
        if (!cards.transition(close, old->card.version, &conflict, error))
            return false;
        audit->insert(QStringLiteral("closedPredecessor"), old->card.id);
        return true;
    };
    return transition(QStringLiteral("card.activate"), cardId, expectedVersion, State::Active, std::nullopt, QString(),
                      QStringLiteral("customer confirmed receipt"), Verification::Action::ActivateReplacement,
                      closePredecessor);
}

QFuture<CommandResult> LocalCardService::transition(const QString &type, qint64 cardId, int expectedVersion, State to,
                                                    std::optional<CloseReason> reason, const QString &reasonCode,
                                                    const QString &reasonText, Verification::Action action,
                                                    const AfterTransition &after)
{
    const QString text = reasonText.trimmed().left(2000);
    const Command command = Command::make(type, subjectFor(cardId),
                                          {{QStringLiteral("expectedVersion"), expectedVersion},
                                           {QStringLiteral("reason"), reasonCode},
                                           {QStringLiteral("text"), text}},
                                          m_agent.username);
    const QString agent = m_agent.username;
    return applyToCard(command, cardId, expectedVersion,
                       [=](CardRepository &cards, const CardRecord &record, const Command &cmd, QJsonObject *audit) {
        CommandResult outcome;
        QString error;
        const Card &card = record.card;
        const qint64 customerId = record.customerId;
        const QString last4 = QStringLiteral("•••• ") + card.last4;

        // The caller must be verified to the level the action needs.
        const std::optional<Verification::Outcome> verified =
            cards.latestVerification(customerId, agent, &error);
        if (!Verification::allows(verified, action, QDateTime::currentDateTimeUtc())) {
            outcome.status = CommandResult::Rejected;
            outcome.message = verificationNeeded(action);
            return outcome;
        }
        // The lifecycle decides what may follow what.
        const QString refusal = CardLifecycle::refusal(card.status, to, reason);
        if (!refusal.isEmpty()) {
            outcome.status = CommandResult::Rejected;
            outcome.message = tr("The card %1 is %2; it cannot become %3. Nothing was changed.")
                                  .arg(last4, stateText(card.status), stateText(to));
            audit->insert(QStringLiteral("refused"), refusal);
            return outcome;
        }
        CardEvent event;
        event.cardId = cardId;
        event.at = QDateTime::currentDateTimeUtc();
        event.from = card.status;
        event.to = to;
        event.reasonCode = reasonCode;
        event.reasonText = text;
        event.channel = CardLifecycle::Channel::AgentConsole;
        event.agent = agent;
        event.commandId = cmd.id.toString(QUuid::WithoutBraces);
        bool conflict = false;
        if (!cards.transition(event, expectedVersion, &conflict, &error)) {
            outcome.status = conflict ? CommandResult::Conflict : CommandResult::Failed;
            outcome.message = writeFailed(last4, conflict, error);
            return outcome;
        }
        if (after && !after(cards, record, event, audit, &error)) {
            outcome.status = CommandResult::Failed;
            outcome.message = tr("The card could not be changed: %1").arg(error);
            return outcome;
        }
        audit->insert(QStringLiteral("customerId"), customerId);
        audit->insert(QStringLiteral("last4"), card.last4);
        audit->insert(QStringLiteral("from"), CardLifecycle::stateName(card.status));
        audit->insert(QStringLiteral("to"), CardLifecycle::stateName(to));
        audit->insert(QStringLiteral("reason"), reasonCode);
        audit->insert(QStringLiteral("channel"), CardLifecycle::channelName(event.channel));
        outcome.status = CommandResult::Applied;
        outcome.message = tr("The card %1 is now %2.").arg(last4, stateText(to));
        return outcome;
    });
}

QFuture<QList<CardEvent>> LocalCardService::events(qint64 cardId)
{
    return m_worker->run([cardId](Database &db) {
        QString error;
        const QList<CardEvent> events = CardRepository(db).events(cardId, &error);
        if (!error.isEmpty())
            qWarning("LocalCardService: events of card %lld: %s", cardId, qUtf8Printable(error));
        return events;
    });
}

QFuture<CardLimits> LocalCardService::limits(qint64 cardId)
{
    return m_worker->run([cardId](Database &db) {
        QString error;
        const CardLimits limits = CardRepository(db).limits(cardId, &error);
        if (!error.isEmpty())
            qWarning("LocalCardService: limits of card %lld: %s", cardId, qUtf8Printable(error));
        return limits;
    });
}

QFuture<ControlsPreview> LocalCardService::previewControls(qint64 cardId, const CardControls &controls)
{
    return preview(cardId, [controls](const QList<Transaction> &recent, const CardRecord &record) {
        QStringList verdicts;
        for (const Transaction &t : recent)
            verdicts << controls.wouldDecline(t, record.homeCountry);
        return verdicts;
    });
}

QFuture<ControlsPreview> LocalCardService::preview(qint64 cardId, const Judge &judge)
{
    return m_worker->run([cardId, judge](Database &db) {
        ControlsPreview preview;
        CardRepository cards(db);
        QString error;
        const std::optional<CardRecord> record = cards.card(cardId, &error);
        if (!record) {
            preview.error = error.isEmpty() ? tr("There is no card %1.").arg(cardId) : error;
            return preview;
        }
        const QList<Transaction> recent =
            cards.transactionsSince(cardId, QDateTime::currentDateTimeUtc().addDays(-PreviewDays), &error);
        if (!error.isEmpty()) {
            preview.error = error;
            return preview;
        }
        preview.examined = int(recent.size());
        const QStringList verdicts = judge(recent, *record);
        for (int i = 0; i < recent.size() && i < verdicts.size(); ++i) {
            if (verdicts.at(i).isEmpty())
                continue;
            preview.declined << recent.at(i);
            preview.declinedBy << verdicts.at(i);
        }
        return preview;
    });
}

QFuture<CommandResult> LocalCardService::setControls(qint64 cardId, int expectedVersion, const CardControls &controls)
{
    const Command command = Command::make(QStringLiteral("card.controls.set"), subjectFor(cardId),
                                          {{QStringLiteral("expectedVersion"), expectedVersion},
                                           {QStringLiteral("online"), controls.online},
                                           {QStringLiteral("abroad"), controls.abroad},
                                           {QStringLiteral("contactless"), controls.contactless},
                                           {QStringLiteral("atm"), controls.atm}},
                                          m_agent.username);
    const QString agent = m_agent.username;
    return applyToCard(command, cardId, expectedVersion,
                       [=](CardRepository &cards, const CardRecord &card, const Command &, QJsonObject *audit) {
        CommandResult outcome;
        QString error;
        const qint64 customerId = card.customerId;
        const QString last4 = QStringLiteral("•••• ") + card.card.last4;
        if (card.card.status == State::Closed) {
            outcome.status = CommandResult::Rejected;
            outcome.message = tr("The card %1 is %2; it cannot become %3. Nothing was changed.")
                                  .arg(last4, stateText(State::Closed), stateText(State::Active));
            return outcome;
        }
        const CardControls before = CardControls::of(card.card);
        const Verification::Action action = controls.relaxes(before) ? Verification::Action::RelaxControls
                                                                     : Verification::Action::RestrictControls;
        if (!Verification::allows(cards.latestVerification(customerId, agent, &error), action,
                                  QDateTime::currentDateTimeUtc())) {
            outcome.status = CommandResult::Rejected;
            outcome.message = verificationNeeded(action);
            return outcome;
        }
        bool conflict = false;
        if (!cards.setControls(cardId, expectedVersion, controls, &conflict, &error)) {
            outcome.status = conflict ? CommandResult::Conflict : CommandResult::Failed;
            outcome.message = writeFailed(last4, conflict, error);
            return outcome;
        }
        const auto toJson = [](const CardControls &c) {
            return QJsonObject{{QStringLiteral("online"), c.online},
                               {QStringLiteral("abroad"), c.abroad},
                               {QStringLiteral("contactless"), c.contactless},
                               {QStringLiteral("atm"), c.atm}};
        };
        audit->insert(QStringLiteral("customerId"), customerId);
        audit->insert(QStringLiteral("last4"), card.card.last4);
        audit->insert(QStringLiteral("before"), toJson(before));
        audit->insert(QStringLiteral("after"), toJson(controls));
        outcome.status = CommandResult::Applied;
        outcome.message = tr("The card controls of %1 are saved.").arg(last4);
        return outcome;
    });
}

QFuture<CommandResult> LocalCardService::applyToCard(const Command &command, qint64 cardId, int expectedVersion,
                                                     const CardCommand &body)
{
    return m_worker->run([this, command, cardId, expectedVersion, body](Database &db) {
        qint64 customerId = 0;
        CommandProcessor processor(db);
        const CommandResult result = processor.apply(command, [&](Database &db, const Command &cmd,
                                                                  QJsonObject *audit) {
            CardRepository cards(db);
            QString error;
            const std::optional<CardRecord> record = cards.card(cardId, &error);
            if (!record) {
                CommandResult outcome;
                outcome.status = error.isEmpty() ? CommandResult::Rejected : CommandResult::Failed;
                outcome.message = tr("There is no card %1.").arg(cardId);
                return outcome;
            }
            customerId = record->customerId;
            // Someone changed the card since the agent looked: say what, by whom, when.
            if (record->card.version != expectedVersion) {
                CommandResult outcome;
                outcome.status = CommandResult::Conflict;
                const QString last4 = QStringLiteral("•••• ") + record->card.last4;
                const std::optional<CardEvent> last = cards.lastEvent(cardId, &error);
                outcome.message =
                    last ? tr("The card %1 was changed while you were looking at it: %2 made it %3 at %4. "
                              "Check the card again before you act.")
                               .arg(last4, last->agent.isEmpty() ? tr("the system") : last->agent,
                                    stateText(last->to),
                                    QLocale().toString(last->at.toLocalTime(), QLocale::ShortFormat))
                         : changedMeanwhile(last4, record->card.status);
                return outcome;
            }
            return body(cards, *record, cmd, audit);
        });
        if (result.status == CommandResult::Applied)
            QMetaObject::invokeMethod(this, [this, cardId, customerId] { Q_EMIT cardChanged(cardId, customerId); },
                                      Qt::QueuedConnection);
        return result;
    });
}

QFuture<CommandResult> LocalCardService::orderReplacement(qint64 cardId, int expectedVersion,
                                                          const ReplacementOrder &order)
{
    static const char *const deliveries[] = {"post", "pickup_point", "expedited"};
    const QString delivery = QString::fromLatin1(deliveries[int(order.delivery)]);
    const QString pickupPoint = order.pickupPoint.trimmed().left(200);
    const Command command = Command::make(QStringLiteral("card.replacement.order"), subjectFor(cardId),
                                          {{QStringLiteral("expectedVersion"), expectedVersion},
                                           {QStringLiteral("reason"), CardLifecycle::closeReasonName(order.reason)},
                                           {QStringLiteral("delivery"), delivery},
                                           {QStringLiteral("pickupPoint"), pickupPoint},
                                           {QStringLiteral("pinCarriesOver"), order.pinCarriesOver}},
                                          m_agent.username);
    const QString agent = m_agent.username;
    const CloseReason reason = order.reason;
    const bool pinCarriesOver = order.pinCarriesOver;
    const bool toPickupPoint = order.delivery == ReplacementOrder::Delivery::PickupPoint;
    return applyToCard(command, cardId, expectedVersion,
                       [=](CardRepository &cards, const CardRecord &record, const Command &cmd, QJsonObject *audit) {
        CommandResult outcome;
        outcome.status = CommandResult::Rejected;
        QString error;
        const Card &card = record.card;
        const QString last4 = QStringLiteral("•••• ") + card.last4;
        const std::optional<CardLifecycle::ReplacementRule> rule = CardLifecycle::replacementRule(reason);
        if (!rule) {
            outcome.message = tr("A card closed at the customer's request is not replaced. Nothing was ordered.");
            return outcome;
        }
        if (toPickupPoint && pickupPoint.isEmpty()) {
            outcome.message = tr("Choose the pickup point first. Nothing was ordered.");
            return outcome;
        }
        if (const qint64 existing = cards.replacementOf(cardId, &error)) {
            const std::optional<CardRecord> other = cards.card(existing, &error);
            outcome.message = tr("The card %1 already has a replacement (•••• %2). Nothing was ordered again.")
                                  .arg(last4, other ? other->card.last4 : QString());
            return outcome;
        }
        const Verification::Action action = toPickupPoint ? Verification::Action::ReplacementToOtherAddress
                                                          : Verification::Action::ReplacementToRegisteredAddress;
        if (!Verification::allows(cards.latestVerification(record.customerId, agent, &error), action,
                                  QDateTime::currentDateTimeUtc())) {
            outcome.message = verificationNeeded(action);
            return outcome;
        }
        // A closed card is replaced for the reason it was closed for; an open
        // one whose number is burnt closes now, in the same step.
        if (card.status == State::Closed && card.statusReason != CardLifecycle::closeReasonName(reason)) {
            outcome.message = tr("The card %1 was closed as %2; replace it for that reason.")
                                  .arg(last4, card.statusReason);
            return outcome;
        }
        if (card.status != State::Closed && !rule->oldCardWorksUntilActivated) {
            const QString refusal = CardLifecycle::refusal(card.status, State::Closed, reason);
            if (!refusal.isEmpty()) {
                outcome.message = tr("The card %1 is %2; it cannot become %3. Nothing was changed.")
                                      .arg(last4, stateText(card.status), stateText(State::Closed));
                return outcome;
            }
            const CardEvent close = closingEvent(card, reason, tr("closed for a replacement"), agent, cmd);
            bool conflict = false;
            if (!cards.transition(close, expectedVersion, &conflict, &error)) {
                outcome.status = conflict ? CommandResult::Conflict : CommandResult::Failed;
                outcome.message = writeFailed(last4, conflict, error);
                return outcome;
            }
        }
        Card replacement = card;
        replacement.status = State::Ordered;
        replacement.replacementOf = cardId;
        replacement.replacementReason = CardLifecycle::closeReasonName(reason);
        if (rule->newNumber) {
            // A new number: only its last four are ever known here.
            do {
                replacement.last4 = QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(10000), 4, 10,
                                                             QLatin1Char('0'));
            } while (replacement.last4 == card.last4);
        }
        const QString expiry = QDate::currentDate().addYears(4).toString(QStringLiteral("yyyy-MM"));
        const qint64 newId = cards.insertCard(replacement, record.customerId, expiry, &error);
        if (newId && !cards.copyLimits(cardId, newId, &error)) {
            outcome.status = CommandResult::Failed;
            outcome.message = tr("The replacement could not be ordered: %1").arg(error);
            return outcome;
        }
        const QString address = toPickupPoint ? pickupPoint : cards.registeredAddress(record.customerId, &error);
        if (!newId || !cards.insertOrder(newId, QStringLiteral("replacement"), delivery,
                                         toPickupPoint ? pickupPoint : QString(), address,
                                         pinCarriesOver, agent, cmd.id.toString(QUuid::WithoutBraces), &error)) {
            outcome.status = CommandResult::Failed;
            outcome.message = tr("The replacement could not be ordered: %1").arg(error);
            return outcome;
        }
        audit->insert(QStringLiteral("customerId"), record.customerId);
        audit->insert(QStringLiteral("last4"), card.last4);
        audit->insert(QStringLiteral("newCardId"), newId);
        audit->insert(QStringLiteral("newLast4"), replacement.last4);
        audit->insert(QStringLiteral("newNumber"), rule->newNumber);
        audit->insert(QStringLiteral("delivery"), delivery);
        audit->insert(QStringLiteral("pinCarriesOver"), pinCarriesOver);
        outcome.status = CommandResult::Applied;
        outcome.message = rule->newNumber
                              ? tr("A new card •••• %1 is ordered; %2 is closed.").arg(replacement.last4, last4)
                              : tr("A new card with the same number is ordered; %1 works until it is activated.")
                                    .arg(last4);
        return outcome;
    });
}

QFuture<CommandResult> LocalCardService::resetPin(qint64 cardId, int expectedVersion, bool byLetter)
{
    const Command command = Command::make(QStringLiteral("card.pin.reset"), subjectFor(cardId),
                                          {{QStringLiteral("expectedVersion"), expectedVersion},
                                           {QStringLiteral("byLetter"), byLetter}},
                                          m_agent.username);
    const QString agent = m_agent.username;
    return applyToCard(command, cardId, expectedVersion,
                       [=](CardRepository &cards, const CardRecord &record, const Command &cmd, QJsonObject *audit) {
        CommandResult outcome;
        outcome.status = CommandResult::Rejected;
        QString error;
        const QString last4 = QStringLiteral("•••• ") + record.card.last4;
        if (record.card.status == State::Closed) {
            outcome.message = tr("The card %1 is closed; it has no PIN to reset.").arg(last4);
            return outcome;
        }
        if (!Verification::allows(cards.latestVerification(record.customerId, agent, &error),
                                  Verification::Action::PinReset, QDateTime::currentDateTimeUtc())) {
            outcome.message = verificationNeeded(Verification::Action::PinReset);
            return outcome;
        }
        bool conflict = false;
        const QString address = byLetter ? cards.registeredAddress(record.customerId, &error) : QStringLiteral("app");
        if (!cards.touch(cardId, expectedVersion, &conflict, &error)
            || !cards.insertOrder(cardId, byLetter ? QStringLiteral("pin_letter") : QStringLiteral("pin_in_app"),
                                  byLetter ? QStringLiteral("post") : QStringLiteral("app"), QString(), address,
                                  false, agent, cmd.id.toString(QUuid::WithoutBraces), &error)) {
            outcome.status = conflict ? CommandResult::Conflict : CommandResult::Failed;
            outcome.message = writeFailed(last4, conflict, error);
            return outcome;
        }
        audit->insert(QStringLiteral("customerId"), record.customerId);
        audit->insert(QStringLiteral("last4"), record.card.last4);
        audit->insert(QStringLiteral("byLetter"), byLetter);
        outcome.status = CommandResult::Applied;
        outcome.message = byLetter ? tr("A PIN letter for %1 goes to the registered address.").arg(last4)
                                   : tr("The customer can see the new PIN of %1 in the app.").arg(last4);
        return outcome;
    });
}

QFuture<CommandResult> LocalCardService::reportNotReceived(qint64 cardId, int expectedVersion)
{
    const Command command = Command::make(QStringLiteral("card.not_received"), subjectFor(cardId),
                                          {{QStringLiteral("expectedVersion"), expectedVersion}}, m_agent.username);
    const QString agent = m_agent.username;
    return applyToCard(command, cardId, expectedVersion,
                       [=](CardRepository &cards, const CardRecord &record, const Command &cmd, QJsonObject *audit) {
        CommandResult outcome;
        outcome.status = CommandResult::Rejected;
        QString error;
        const Card &card = record.card;
        const QString last4 = QStringLiteral("•••• ") + card.last4;
        const bool onItsWay = card.status == State::Ordered || card.status == State::Shipped;
        if (!onItsWay && card.status != State::Delivered && card.status != State::PendingActivation) {
            outcome.message = tr("The card %1 is %2: it has reached the customer.").arg(last4, stateText(card.status));
            return outcome;
        }
        if (!Verification::allows(cards.latestVerification(record.customerId, agent, &error),
                                  Verification::Action::ProtectiveLock, QDateTime::currentDateTimeUtc())) {
            outcome.message = verificationNeeded(Verification::Action::ProtectiveLock);
            return outcome;
        }
        const CloseReason reason = onItsWay ? CloseReason::Undeliverable : CloseReason::Lost;
        const CardEvent close = closingEvent(card, reason, tr("not received by the customer"), agent, cmd);
        bool conflict = false;
        const QString address = cards.registeredAddress(record.customerId, &error);
        if (!cards.transition(close, expectedVersion, &conflict, &error)
            || !cards.flagAddress(record.customerId,
                                  QStringLiteral("card %1 sent to %2 not received (%3)")
                                      .arg(card.last4, address, QDate::currentDate().toString(Qt::ISODate)),
                                  &error)) {
            outcome.status = conflict ? CommandResult::Conflict : CommandResult::Failed;
            outcome.message = writeFailed(last4, conflict, error);
            return outcome;
        }
        audit->insert(QStringLiteral("customerId"), record.customerId);
        audit->insert(QStringLiteral("last4"), card.last4);
        audit->insert(QStringLiteral("reason"), CardLifecycle::closeReasonName(reason));
        audit->insert(QStringLiteral("addressFlagged"), true);
        outcome.status = CommandResult::Applied;
        outcome.message = tr("The card %1 is closed and the address is flagged. Confirm the address with the "
                             "customer, then order a replacement.")
                              .arg(last4);
        return outcome;
    });
}

QFuture<ControlsPreview> LocalCardService::previewLimits(qint64 cardId, const CardLimits &limits)
{
    return preview(cardId, [limits](const QList<Transaction> &recent, const CardRecord &record) {
        return limits.wouldDecline(recent, record.currency);
    });
}

QFuture<CommandResult> LocalCardService::setLimits(qint64 cardId, int expectedVersion, const CardLimits &limits)
{
    const auto json = [](const std::optional<qint64> &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); };
    const Command command = Command::make(QStringLiteral("card.limits.set"), subjectFor(cardId),
                                          {{QStringLiteral("expectedVersion"), expectedVersion},
                                           {QStringLiteral("perPurchase"), json(limits.perPurchaseMinor)},
                                           {QStringLiteral("daily"), json(limits.dailyMinor)},
                                           {QStringLiteral("dailyCash"), json(limits.dailyCashMinor)}},
                                          m_agent.username);
    const QString agent = m_agent.username;
    return applyToCard(command, cardId, expectedVersion,
                       [=](CardRepository &cards, const CardRecord &record, const Command &, QJsonObject *audit) {
        CommandResult outcome;
        outcome.status = CommandResult::Rejected;
        QString error;
        const QString last4 = QStringLiteral("•••• ") + record.card.last4;
        if (record.card.status == State::Closed) {
            outcome.message = tr("The card %1 is %2; it cannot become %3. Nothing was changed.")
                                  .arg(last4, stateText(State::Closed), stateText(State::Active));
            return outcome;
        }
        const CardLimits before = cards.limits(cardId, &error);
        const Verification::Action action = limits.relaxes(before) ? Verification::Action::RelaxControls
                                                                   : Verification::Action::RestrictControls;
        if (!Verification::allows(cards.latestVerification(record.customerId, agent, &error), action,
                                  QDateTime::currentDateTimeUtc())) {
            outcome.message = verificationNeeded(action);
            return outcome;
        }
        bool conflict = false;
        if (!cards.touch(cardId, expectedVersion, &conflict, &error) || !cards.setLimits(cardId, limits, &error)) {
            outcome.status = conflict ? CommandResult::Conflict : CommandResult::Failed;
            outcome.message = writeFailed(last4, conflict, error);
            return outcome;
        }
        audit->insert(QStringLiteral("customerId"), record.customerId);
        audit->insert(QStringLiteral("last4"), record.card.last4);
        audit->insert(QStringLiteral("currency"), record.currency);
        audit->insert(QStringLiteral("before"),
                      QJsonObject{{QStringLiteral("perPurchase"), json(before.perPurchaseMinor)},
                                  {QStringLiteral("daily"), json(before.dailyMinor)},
                                  {QStringLiteral("dailyCash"), json(before.dailyCashMinor)}});
        outcome.status = CommandResult::Applied;
        outcome.message = tr("The spending limits of %1 are saved.").arg(last4);
        return outcome;
    });
}

QFuture<CardHolderStatus> LocalCardService::holderStatus(qint64 customerId)
{
    const QString agent = m_agent.username;
    return m_worker->run([customerId, agent](Database &db) {
        CardHolderStatus status;
        status.customerId = customerId;
        CardRepository cards(db);
        QString error;
        status.addressFlag = cards.addressFlag(customerId, &error);
        if (error.isEmpty())
            status.verification = cards.latestVerification(customerId, agent, &error);
        if (error.isEmpty())
            status.deliveries = cards.deliveriesOf(customerId, &error);
        if (error.isEmpty())
            status.currencies = cards.cardCurrencies(customerId, &error);
        status.error = error;
        return status;
    });
}

QFuture<CommandResult> LocalCardService::clearAddressFlag(qint64 customerId, const QString &note)
{
    const QString text = note.trimmed().left(2000);
    const Command command = Command::make(QStringLiteral("customer.address_flag.clear"),
                                          QStringLiteral("customer:") + QString::number(customerId),
                                          {{QStringLiteral("note"), text}}, m_agent.username);
    const QString agent = m_agent.username;
    return m_worker->run([command, customerId, text, agent](Database &db) {
        CommandProcessor processor(db);
        return processor.apply(command, [&](Database &db, const Command &, QJsonObject *audit) {
            CommandResult outcome;
            outcome.status = CommandResult::Rejected;
            CardRepository cards(db);
            QString error;
            const QString flag = cards.addressFlag(customerId, &error);
            if (!error.isEmpty()) {
                outcome.status = CommandResult::Failed;
                outcome.message = tr("The address flag could not be cleared: %1").arg(error);
                return outcome;
            }
            if (flag.isEmpty()) {
                outcome.message = tr("The address is not flagged (any more). Nothing was changed.");
                return outcome;
            }
            // Vouching for an address is a contact change: strong verification.
            if (!Verification::allows(cards.latestVerification(customerId, agent, &error),
                                      Verification::Action::ContactChange, QDateTime::currentDateTimeUtc())) {
                outcome.message = verificationNeeded(Verification::Action::ContactChange);
                return outcome;
            }
            if (!cards.clearAddressFlag(customerId, &error)) {
                outcome.status = CommandResult::Failed;
                outcome.message = tr("The address flag could not be cleared: %1").arg(error);
                return outcome;
            }
            audit->insert(QStringLiteral("customerId"), customerId);
            audit->insert(QStringLiteral("flag"), flag);
            audit->insert(QStringLiteral("note"), text);
            outcome.status = CommandResult::Applied;
            outcome.message = tr("The address is confirmed and no longer flagged.");
            return outcome;
        });
    });
}

QFuture<QHash<qint64, QStringList>> LocalCardService::unsentActions(qint64 customerId)
{
    return m_worker->run([customerId](Database &db) {
        QHash<qint64, QStringList> actions;
        // The outbox is empty in local mode; in remote mode it holds what the server has not taken yet.
        QSqlQuery &q = db.prepared(QStringLiteral(
            "SELECT c.id, o.type FROM outbox o JOIN cards c ON o.subject = 'card:' || c.id"
            " WHERE c.customer_id = ? AND o.state IN ('pending', 'sending') ORDER BY o.seq"));
        q.bindValue(0, customerId);
        if (!q.exec()) {
            qWarning("LocalCardService: unsent actions: %s", qUtf8Printable(q.lastError().text()));
            return actions;
        }
        while (q.next())
            actions[q.value(0).toLongLong()] << q.value(1).toString();
        q.finish();
        return actions;
    });
}

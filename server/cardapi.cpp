#include "cardapi.h"

#include "cardstore.h"
#include "commandexecutor.h"
#include "queryparams.h"
#include "requestbody.h"
#include "requestlog.h"
#include "router.h"
#include "sqlvalues.h"

#include <QJsonArray>

#include <limits>

using CardLifecycle::State;

namespace {

constexpr int MaxTextLength = 2000;

ServerResponse notFound(qint64 cardId)
{
    return ServerResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("There is no card %1.").arg(cardId));
}

QByteArray etagOf(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

ServerResponse cardDetails(RequestContext &context)
{
    const qint64 cardId = context.request.idParam(QStringLiteral("cardId"));
    CardStore cards(context.db, context.dialect);
    QString error;
    const std::optional<CardStore::Record> record = cards.card(cardId, &error);
    if (!record)
        return error.isEmpty() ? notFound(cardId) : context.storageFailure(error);
    QJsonArray events;
    const QList<CardEvent> history = cards.events(cardId, &error);
    if (!error.isEmpty())
        return context.storageFailure(error);
    for (const CardEvent &event : history)
        events.append(JsonCodec::toJson(event));
    // Deliveries and workflows come with their tables (a later increment).
    ServerResponse response = ServerResponse::json(200, {{QStringLiteral("card"), JsonCodec::toJson(record->view())},
                                                   {QStringLiteral("events"), events},
                                                   {QStringLiteral("delivery"), QJsonValue(QJsonValue::Null)},
                                                   {QStringLiteral("openWorkflow"), QJsonValue(QJsonValue::Null)}});
    response.setHeader(QByteArrayLiteral("ETag"), etagOf(record->card.version));
    return response;
}

ServerResponse transactions(RequestContext &context)
{
    const qint64 cardId = context.request.idParam(QStringLiteral("cardId"));
    QueryParams params(context.request);
    const QDateTime since = params.time(QStringLiteral("since"));
    const int limit = params.limit(50, 200);
    const QString after = params.cursor(QStringLiteral("after"));
    if (params.hasErrors())
        return params.problem();
    CardStore cards(context.db, context.dialect);
    QString error;
    if (!cards.card(cardId, &error))
        return error.isEmpty() ? notFound(cardId) : context.storageFailure(error);
    bool badCursor = false;
    const std::optional<CardStore::TransactionPage> page =
        cards.transactions(cardId, since, limit, after, &badCursor, &error);
    if (badCursor) {
        return ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                    QStringLiteral("Query parameter after is not a cursor of this list."));
    }
    if (!page)
        return context.storageFailure(error);
    QJsonArray items;
    for (const Transaction &transaction : page->transactions)
        items.append(JsonCodec::toJson(transaction));
    return ServerResponse::json(200, {{QStringLiteral("items"), items},
                                   {QStringLiteral("next"), page->next.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(page->next)}});
}

/// What distinguishes one card transition command from another.
struct TransitionSpec
{
    QString type;                  ///< "card.lock"
    State to = State::Locked;
    bool takesLockReason = false;  ///< the body's reason is a LockReason (else it must be empty)
    Verification::Action action = Verification::Action::ProtectiveLock;
};

QString verificationDetail(Verification::Action action)
{
    if (Verification::required(action) == Verification::Level::Strong)
        return QStringLiteral("This action needs the caller strongly verified (bank ID or app confirmation) by you "
                              "within the last 30 minutes. Record the verification, then send the command again "
                              "with a new Idempotency-Key.");
    return QStringLiteral("Identify the card with the caller first (record the verification), then send the command "
                          "again with a new Idempotency-Key.");
}

ServerResponse transition(RequestContext &context, const TransitionSpec &spec)
{
    const qint64 cardId = context.request.idParam(QStringLiteral("cardId"));
    CommandExecutor executor(context);
    return executor.execute(spec.type, QStringLiteral("card:") + QString::number(cardId), [&](const Command &command) {
        CommandExecutor::Effect effect;
        RequestBody body(context.request,
                         {QStringLiteral("expectedVersion"), QStringLiteral("reason"), QStringLiteral("text")});
        if (const std::optional<ServerResponse> problem = body.formatProblem()) {
            effect.response = *problem;
            return effect;
        }
        const std::optional<qint64> expectedVersion =
            body.integer(QStringLiteral("expectedVersion"), true, 1, std::numeric_limits<int>::max());
        const QString reason = body.text(QStringLiteral("reason"), spec.takesLockReason, 40, !spec.takesLockReason);
        const QString text = body.freeText(QStringLiteral("text"), true, MaxTextLength);
        if (spec.takesLockReason && !reason.isEmpty() && !CardLifecycle::lockReasonFromName(reason))
            body.addError(QStringLiteral("reason"),
                          QStringLiteral("must be customer_request, misplaced, lost, stolen, suspected_fraud or "
                                         "damaged"));
        if (!spec.takesLockReason && !reason.isEmpty())
            body.addError(QStringLiteral("reason"), QStringLiteral("must be empty: only locking and closing take one"));
        bool malformed = false;
        const std::optional<int> ifMatch = CommandExecutor::ifMatchVersion(context.request, &malformed);
        if (malformed) {
            effect.response = ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                                   QStringLiteral("If-Match must be the card's ETag, e.g. \"7\"."));
            return effect;
        }
        if (!ifMatch) {
            effect.response = ServerResponse::problem(428, QStringLiteral("precondition_required"),
                                                   QStringLiteral("Send If-Match with the card's version (its ETag)."));
            return effect;
        }
        if (expectedVersion && *expectedVersion != *ifMatch)
            body.addError(QStringLiteral("expectedVersion"),
                          QStringLiteral("must be the version in If-Match (%1)").arg(*ifMatch));
        if (body.hasErrors()) {
            effect.response = body.problem();
            return effect;
        }

        CardStore cards(context.db, context.dialect);
        QString error;
        const std::optional<CardStore::Record> record = cards.card(cardId, &error);
        if (!record) {
            effect.response = error.isEmpty() ? notFound(cardId) : context.storageFailure(error);
            return effect;
        }
        const Card &card = record->card;
        if (card.version != *ifMatch) {
            effect.response = ServerResponse::problem(
                412, QStringLiteral("version_conflict"),
                QStringLiteral("The card ending %1 changed since version %2: it is now %3 at version %4 (by %5). "
                               "Look at it again before you act.")
                    .arg(card.last4)
                    .arg(*ifMatch)
                    .arg(CardLifecycle::stateName(card.status))
                    .arg(card.version)
                    .arg(record->changedBy()),
                {},
                {{QStringLiteral("current"), JsonCodec::toJson(record->view())},
                 {QStringLiteral("changedBy"), record->changedBy()},
                 {QStringLiteral("changedAt"), JsonCodec::timestamp(record->changedAt())}});
            return effect;
        }
        const QString agent = context.agent.agent.username;
        const std::optional<JsonCodec::VerificationRecord> verified =
            cards.latestVerification(record->customerId, agent, &error);
        if (!error.isEmpty()) {
            effect.response = context.storageFailure(error);
            return effect;
        }
        if (!Verification::allows(verified ? std::optional(verified->outcome) : std::nullopt, spec.action,
                                  command.issuedAt)) {
            effect.response = ServerResponse::problem(409, QStringLiteral("verification_required"),
                                                   verificationDetail(spec.action));
            return effect;
        }
        const QString refusal = CardLifecycle::refusal(card.status, spec.to, std::nullopt);
        if (!refusal.isEmpty()) {
            effect.response = ServerResponse::problem(
                409, QStringLiteral("transition_not_allowed"),
                QStringLiteral("The card ending %1 is %2: %3.")
                    .arg(card.last4, CardLifecycle::stateName(card.status), refusal));
            return effect;
        }

        CardEvent event;
        event.cardId = cardId;
        event.at = command.issuedAt;
        event.from = card.status;
        event.to = spec.to;
        event.reasonCode = reason;
        event.reasonText = text.trimmed();
        event.channel = CardLifecycle::Channel::AgentConsole;
        event.agent = agent;
        event.commandId = command.id.toString(QUuid::WithoutBraces);
        bool conflict = false;
        if (!cards.transition(event, card.version, spec.to == State::Locked ? reason : QString(), &conflict, &error)) {
            if (!conflict) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            // A concurrent command won between our read and our write (the
            // update waited for it): answer with the card as that one left it.
            error.clear();
            const std::optional<CardStore::Record> now = cards.card(cardId, &error);
            if (!now) {
                effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the card vanished") : error);
                return effect;
            }
            effect.response = ServerResponse::problem(
                412, QStringLiteral("version_conflict"),
                QStringLiteral("The card ending %1 was changed at the same moment by %2: it is now %3 at version %4. "
                               "Look at it again before you act.")
                    .arg(card.last4, now->changedBy(), CardLifecycle::stateName(now->card.status))
                    .arg(now->card.version),
                {},
                {{QStringLiteral("current"), JsonCodec::toJson(now->view())},
                 {QStringLiteral("changedBy"), now->changedBy()},
                 {QStringLiteral("changedAt"), JsonCodec::timestamp(now->changedAt())}});
            return effect;
        }
        const std::optional<CardStore::Record> after = cards.card(cardId, &error);
        if (!after) {
            effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the card vanished") : error);
            return effect;
        }
        const QJsonObject cardJson = JsonCodec::toJson(after->view());
        effect.applied = true;
        effect.customerId = record->customerId;
        effect.cardId = cardId;
        effect.auditDetails = {{QStringLiteral("customerId"), record->customerId},
                               {QStringLiteral("cardId"), cardId},
                               {QStringLiteral("last4"), card.last4},
                               {QStringLiteral("from"), CardLifecycle::stateName(card.status)},
                               {QStringLiteral("to"), CardLifecycle::stateName(spec.to)},
                               {QStringLiteral("reason"), reason},
                               {QStringLiteral("channel"), CardLifecycle::channelName(event.channel)}};
        JsonCodec::Change change;
        change.entity = QStringLiteral("card");
        change.entityId = cardId;
        change.op = QStringLiteral("upsert");
        change.version = after->card.version;
        change.data = cardJson;
        effect.changes.append(change);
        effect.response = ServerResponse::json(200, cardJson);
        effect.response.setHeader(QByteArrayLiteral("ETag"), etagOf(after->card.version));
        return effect;
    });
}

ServerResponse lock(RequestContext &context)
{
    return transition(context, {QStringLiteral("card.lock"), State::Locked, true,
                                Verification::Action::ProtectiveLock});
}

ServerResponse unlock(RequestContext &context)
{
    return transition(context, {QStringLiteral("card.unlock"), State::Active, false, Verification::Action::Unlock});
}

} // namespace

void CardApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/cards/{cardId}"), Router::Access::Agent, &cardDetails);
    router.add("GET", QStringLiteral("/v1/cards/{cardId}/transactions"), Router::Access::Agent, &transactions);
    router.add("POST", QStringLiteral("/v1/cards/{cardId}/lock"), Router::Access::Agent, &lock);
    router.add("POST", QStringLiteral("/v1/cards/{cardId}/unlock"), Router::Access::Agent, &unlock);
}

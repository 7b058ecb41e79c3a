#include "cardcommand.h"

#include "supervisionhistorystore.h"

#include <limits>

using CardLifecycle::State;

namespace {

QString verificationDetail(Verification::Action action)
{
    if (Verification::required(action) == Verification::Level::Strong)
        return QStringLiteral("This action needs the caller strongly verified (bank ID or app confirmation) by you "
                              "within the last 30 minutes. Record the verification, then send the command again "
                              "with a new Idempotency-Key.");
    return QStringLiteral("Identify the card with the caller first (record the verification), then send the command "
                          "again with a new Idempotency-Key.");
}

} // namespace

CardCommand::CardCommand(RequestContext &context)
    : m_context(context)
    , m_cards(context.db, context.dialect)
{
}

ServerResponse CardCommand::notFound(qint64 cardId)
{
    return ServerResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("There is no card %1.").arg(cardId));
}

QByteArray CardCommand::etag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

ServerResponse CardCommand::conflict(const QString &code, const QString &detail)
{
    return ServerResponse::problem(409, code, detail);
}

QString CardCommand::stateDetail(const Card &card, const QString &why)
{
    return QStringLiteral("The card ending %1 is %2: %3.").arg(card.last4, CardLifecycle::stateName(card.status), why);
}

QString CardCommand::agent() const
{
    return m_context.agent.agent.username;
}

ServerResponse CardCommand::run(const Spec &spec)
{
    m_cardId = m_context.request.idParam(QStringLiteral("cardId"));
    CommandExecutor executor(m_context);
    return executor.execute(spec.type, QStringLiteral("card:") + QString::number(m_cardId),
                            [this, &spec](const Command &command) {
                                m_command = command;
                                return execute(spec);
                            });
}

CardCommand::Refusal CardCommand::readBody(const Spec &spec, int *ifMatch)
{
    RequestBody body(m_context.request, QStringList{QStringLiteral("expectedVersion")} + spec.fields);
    if (const std::optional<ServerResponse> problem = body.formatProblem())
        return problem;
    const std::optional<qint64> expectedVersion =
        body.integer(QStringLiteral("expectedVersion"), true, 1, std::numeric_limits<int>::max());
    spec.read(body);
    bool malformed = false;
    const std::optional<int> version = CommandExecutor::ifMatchVersion(m_context.request, &malformed);
    if (malformed) {
        return ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                       QStringLiteral("If-Match must be the card's ETag, e.g. \"7\"."));
    }
    if (!version) {
        return ServerResponse::problem(428, QStringLiteral("precondition_required"),
                                       QStringLiteral("Send If-Match with the card's version (its ETag)."));
    }
    if (expectedVersion && *expectedVersion != *version)
        body.addError(QStringLiteral("expectedVersion"),
                      QStringLiteral("must be the version in If-Match (%1)").arg(*version));
    if (body.hasErrors())
        return body.problem();
    *ifMatch = *version;
    return std::nullopt;
}

ServerResponse CardCommand::versionConflict(const CardStore::Record &now, const QString &detail)
{
    return ServerResponse::problem(412, QStringLiteral("version_conflict"), detail, {},
                                   {{QStringLiteral("current"), JsonCodec::toJson(now.view())},
                                    {QStringLiteral("changedBy"), now.changedBy()},
                                    {QStringLiteral("changedAt"), JsonCodec::timestamp(now.changedAt())}});
}

CardCommand::Refusal CardCommand::lostRace(const Card &card)
{
    // A concurrent command won between our read and our write (the update
    // waited for it): answer with the card as that one left it.
    QString error;
    const std::optional<CardStore::Record> now = m_cards.card(card.id, &error);
    if (!now)
        return m_context.storageFailure(error.isEmpty() ? QStringLiteral("the card vanished") : error);
    return versionConflict(
        *now, QStringLiteral("The card ending %1 was changed at the same moment by %2: it is now %3 at version %4. "
                             "Look at it again before you act.")
                  .arg(card.last4, now->changedBy(), CardLifecycle::stateName(now->card.status))
                  .arg(now->card.version));
}

CardCommand::Refusal CardCommand::verified(const CardStore::Record &card, Verification::Action action)
{
    QString error;
    const std::optional<JsonCodec::VerificationRecord> verification =
        m_cards.latestVerification(card.customerId, agent(), &error);
    if (!error.isEmpty())
        return m_context.storageFailure(error);
    if (Verification::allows(verification ? std::optional(verification->outcome) : std::nullopt, action,
                             m_command.issuedAt))
        return std::nullopt;
    return conflict(QStringLiteral("verification_required"), verificationDetail(action));
}

CommandExecutor::Effect CardCommand::execute(const Spec &spec)
{
    CommandExecutor::Effect effect;
    int ifMatch = 0;
    if (const Refusal problem = readBody(spec, &ifMatch)) {
        effect.response = *problem;
        return effect;
    }
    QString error;
    const std::optional<CardStore::Record> record = m_cards.card(m_cardId, &error);
    if (!record) {
        effect.response = error.isEmpty() ? notFound(m_cardId) : m_context.storageFailure(error);
        return effect;
    }
    const Card &card = record->card;
    if (card.version != ifMatch) {
        effect.response = versionConflict(
            *record, QStringLiteral("The card ending %1 changed since version %2: it is now %3 at version %4 (by %5). "
                                    "Look at it again before you act.")
                         .arg(card.last4)
                         .arg(ifMatch)
                         .arg(CardLifecycle::stateName(card.status))
                         .arg(card.version)
                         .arg(record->changedBy()));
        return effect;
    }
    Refusal refusal = spec.check ? spec.check(*record) : Refusal();
    if (!refusal)
        refusal = verified(*record, spec.action(*record));
    if (!refusal)
        refusal = spec.apply(*record);
    if (refusal) {
        effect.response = *refusal;
        return effect;
    }

    // The command's card first, then the others it changed or made, as they are now.
    m_changed.removeAll(m_cardId);
    m_changed.prepend(m_cardId);
    for (const qint64 id : std::as_const(m_changed)) {
        const std::optional<CardStore::Record> after = m_cards.card(id, &error);
        if (!after) {
            effect.response = m_context.storageFailure(error.isEmpty() ? QStringLiteral("a card vanished") : error);
            return effect;
        }
        const QJsonObject json = JsonCodec::toJson(after->view());
        m_after.insert(id, json);
        // seq and at are the executor's to fill in.
        effect.changes.append({0, QStringLiteral("card"), id, QStringLiteral("upsert"), after->card.version, json, {}});
    }
    for (const JsonCodec::CardOutcomeRecord &outcome : std::as_const(m_outcomes))
        effect.changes.append(SupervisionHistoryStore::change(outcome));
    effect.applied = true;
    effect.customerId = record->customerId;
    effect.cardId = m_cardId;
    effect.auditDetails = m_audit;
    effect.auditDetails.insert(QStringLiteral("customerId"), record->customerId);
    effect.auditDetails.insert(QStringLiteral("cardId"), m_cardId);
    effect.auditDetails.insert(QStringLiteral("last4"), card.last4);
    if (spec.respond) {
        effect.response = spec.respond();
    } else {
        const QJsonObject json = m_after.value(m_cardId);
        effect.response = ServerResponse::json(200, json);
        effect.response.setHeader(QByteArrayLiteral("ETag"), etag(json.value(QStringLiteral("version")).toInt()));
    }
    return effect;
}

CardCommand::Refusal CardCommand::transition(const CardStore::Record &record, State to,
                                             std::optional<CardLifecycle::CloseReason> closeReason,
                                             const QString &reasonCode, const QString &text)
{
    const Card &card = record.card;
    const QString refusal = CardLifecycle::refusal(card.status, to, closeReason);
    if (!refusal.isEmpty())
        return conflict(QStringLiteral("transition_not_allowed"), stateDetail(card, refusal));
    CardEvent event;
    event.cardId = card.id;
    event.at = m_command.issuedAt;
    event.from = card.status;
    event.to = to;
    event.reasonCode = reasonCode;
    event.reasonText = text.trimmed();
    event.channel = CardLifecycle::Channel::AgentConsole;
    event.agent = agent();
    event.commandId = m_command.id.toString(QUuid::WithoutBraces);
    // A locked card keeps its lock reason, a closed one its close reason.
    const QString statusReason = to == State::Locked || to == State::Closed ? reasonCode : QString();
    bool lost = false;
    QString error;
    qint64 eventId = 0;
    if (!m_cards.transition(event, card.version, statusReason, &lost, &error, &eventId))
        return lost ? lostRace(card) : m_context.storageFailure(error);
    if (to == State::Locked)
        outcome(JsonCodec::CardOutcomeRecord::Lock, eventId, card.id);
    if (card.id == m_cardId) {
        m_audit.insert(QStringLiteral("from"), CardLifecycle::stateName(card.status));
        m_audit.insert(QStringLiteral("to"), CardLifecycle::stateName(to));
        m_audit.insert(QStringLiteral("reason"), reasonCode);
        m_audit.insert(QStringLiteral("channel"), CardLifecycle::channelName(event.channel));
    } else {
        changed(card.id);
    }
    return std::nullopt;
}

CardCommand::Refusal CardCommand::touch(const CardStore::Record &record)
{
    bool lost = false;
    QString error;
    if (!m_cards.touch(record.card.id, record.card.version, m_command.issuedAt, agent(), &lost, &error))
        return lost ? lostRace(record.card) : m_context.storageFailure(error);
    if (record.card.id != m_cardId)
        changed(record.card.id);
    return std::nullopt;
}

void CardCommand::changed(qint64 cardId)
{
    if (!m_changed.contains(cardId))
        m_changed.append(cardId);
}

void CardCommand::outcome(JsonCodec::CardOutcomeRecord::Kind kind, qint64 rowId, qint64 cardId)
{
    m_outcomes.append({kind, rowId, cardId, m_command.issuedAt});
}

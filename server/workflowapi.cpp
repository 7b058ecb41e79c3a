#include "workflowapi.h"

#include "cardcommand.h"
#include "cardstore.h"
#include "commandexecutor.h"
#include "requestbody.h"
#include "router.h"
#include "sqlvalues.h"
#include "supervisionhistorystore.h"
#include "workflowstore.h"

#include "domain/cardnumber.h"
#include "domain/cardworkflow.h"
#include "domain/jsoncodec.h"
#include "domain/transactionstatusnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>
#include <limits>

using CardLifecycle::State;
using CardWorkflow::Situation;
using CardWorkflow::Step;

namespace {

constexpr qint64 MaxId = Q_INT64_C(9007199254740991);
/// The wizard's answers, as compact JSON (LocalCardService's MaxWorkflowDataBytes, the contract's WorkflowData).
constexpr int MaxDataBytes = 256 * 1024;
constexpr int MaxDataProperties = 100;
/// The contract's FileDisputeCommand.policeReference (CardWorkflow::isPlausiblePoliceReference's upper bound).
constexpr int MaxPoliceReferenceLength = 40;

const QString Open = QStringLiteral("open");

ServerResponse workflowNotFound(qint64 workflowId)
{
    return ServerResponse::problem(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no workflow %1.").arg(workflowId));
}

/// A workflow as the answer: the Workflow with its version as ETag.
ServerResponse workflowAnswer(int status, const WorkflowRecord &workflow)
{
    ServerResponse response = ServerResponse::json(status, WorkflowStore::toJson(workflow));
    response.setHeader(QByteArrayLiteral("ETag"), CardCommand::etag(workflow.version));
    return response;
}

JsonCodec::Change workflowChange(const WorkflowRecord &workflow)
{
    // seq and at are the executor's to fill in.
    return {0, QStringLiteral("workflow"), workflow.id, QStringLiteral("upsert"), workflow.version,
            WorkflowStore::toJson(workflow), {}};
}

QString situationNames()
{
    QStringList names;
    for (const Situation situation : CardWorkflow::AllSituations)
        names << CardWorkflow::situationName(situation);
    return names.join(QStringLiteral(", "));
}

QString stepNames()
{
    QStringList names;
    for (const Step step : CardWorkflow::AllSteps)
        names << CardWorkflow::stepName(step);
    return names.join(QStringLiteral(", "));
}

QString reasonNames()
{
    QStringList names;
    for (const DisputeReasons::Reason reason : DisputeReasons::AllReasons)
        names << DisputeReasons::reasonName(reason);
    return names.join(QStringLiteral(", "));
}

/// Whether @p number, a JSON number, is a whole number whose digits are a card number.
bool isCardNumber(double number)
{
    if (std::floor(number) != number || std::fabs(number) < 1e12 || std::fabs(number) >= 1e19)
        return false;
    return CardNumber::containsCardNumber(QString::number(qint64(std::fabs(number))));
}

/// The fields of @p value (dotted under @p path) whose strings, keys or
/// numbers hold a card number.
void findCardNumbers(const QJsonValue &value, const QString &path, QStringList *fields)
{
    if (value.isString()) {
        if (CardNumber::containsCardNumber(value.toString()))
            fields->append(path);
    } else if (value.isDouble()) {
        if (isCardNumber(value.toDouble()))
            fields->append(path);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            findCardNumbers(array.at(i), path + QLatin1Char('.') + QString::number(i), fields);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            // A key with a card number is named by where it is, not by itself.
            if (CardNumber::containsCardNumber(it.key()))
                fields->append(path);
            else
                findCardNumbers(it.value(), path + QLatin1Char('.') + it.key(), fields);
        }
    }
}

/// 422 card_number_in_text naming @p fields, as RequestBody answers for a top-level text.
ServerResponse cardNumberProblem(const QStringList &fields)
{
    QList<JsonCodec::Problem::FieldError> errors;
    for (const QString &field : fields)
        errors.append({field, QStringLiteral("Contains a full card number.")});
    return ServerResponse::problem(
        422, QStringLiteral("card_number_in_text"),
        QStringLiteral("The text holds a full card number. Mask it (first six and last four digits at most; the last "
                       "four are enough to name a card) and send again; nothing was stored."),
        errors);
}

/// The card the workflow or dispute is about, by the path's cardId; a refusal when it cannot be read.
std::optional<CardStore::Record> pathCard(RequestContext &context, qint64 cardId, ServerResponse *refusal)
{
    QString error;
    std::optional<CardStore::Record> card = CardStore(context.db, context.dialect).card(cardId, &error);
    if (!card)
        *refusal = error.isEmpty() ? CardCommand::notFound(cardId) : context.storageFailure(error);
    return card;
}

/// "aino.laine started a workflow for the card ending 0123 at ..., now at step review (workflow 310)."
ServerResponse workflowOpen(const WorkflowRecord &open, const QString &last4)
{
    return ServerResponse::problem(
        409, QStringLiteral("workflow_open"),
        QStringLiteral("%1 started a workflow for the card ending %2 at %3; it is at the step %4 (workflow %5, "
                       "version %6). Resume it instead of starting another.")
            .arg(open.startedBy, last4, JsonCodec::timestamp(open.startedAt), CardWorkflow::stepName(open.step))
            .arg(open.id)
            .arg(open.version),
        {}, {{QStringLiteral("current"), WorkflowStore::toJson(open)}});
}

/// card.workflow.start, as LocalCardService::startWorkflow: for a card of
/// this customer that is active or locked and has no open workflow.
ServerResponse startWorkflow(RequestContext &context)
{
    const qint64 cardId = context.request.idParam(QStringLiteral("cardId"));
    CommandExecutor executor(context);
    return executor.execute(
        QStringLiteral("card.workflow.start"), QStringLiteral("card:") + QString::number(cardId),
        [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request, {QStringLiteral("customerId"), QStringLiteral("situation"),
                                               QStringLiteral("conversationId")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const std::optional<qint64> customerId = body.integer(QStringLiteral("customerId"), true, 1, MaxId);
            const QString situationName = body.text(QStringLiteral("situation"), true, 40);
            const std::optional<Situation> situation = CardWorkflow::situationFromName(situationName);
            if (!situationName.isEmpty() && !situation)
                body.addError(QStringLiteral("situation"), QStringLiteral("must be %1").arg(situationNames()));
            const std::optional<qint64> conversationId =
                body.integer(QStringLiteral("conversationId"), true, 0, MaxId);
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }

            const std::optional<CardStore::Record> card = pathCard(context, cardId, &effect.response);
            if (!card)
                return effect;
            if (card->customerId != *customerId) {
                body.addError(QStringLiteral("customerId"),
                              QStringLiteral("must be the holder of card %1 (the card in the path)").arg(cardId));
                effect.response = body.problem();
                return effect;
            }
            QString error;
            if (*conversationId > 0) {
                QSqlQuery exists(context.db);
                if (!SqlValues::exec(exists, QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"),
                                     {*conversationId}, &error)) {
                    effect.response = context.storageFailure(error);
                    return effect;
                }
                if (!exists.next()) {
                    body.addError(QStringLiteral("conversationId"),
                                  QStringLiteral("must be a conversation of the desk, or 0 for none: there is no "
                                                 "conversation %1")
                                      .arg(*conversationId));
                    effect.response = body.problem();
                    return effect;
                }
            }
            WorkflowStore workflows(context.db, context.dialect);
            if (const std::optional<WorkflowRecord> open = workflows.openWorkflowOfCard(cardId, &error)) {
                effect.response = workflowOpen(*open, card->card.last4);
                return effect;
            }
            if (!error.isEmpty()) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            // The contract's only 409 here is workflow_open: a card in another
            // state is the request's card failing the rule, 422 naming it.
            const State status = card->card.status;
            if (status != State::Active && status != State::Locked) {
                body.addError(QStringLiteral("cardId"),
                              CardCommand::stateDetail(card->card, QStringLiteral("the workflow is for a card the "
                                                                                  "customer has had in use (active "
                                                                                  "or locked); for a card on its "
                                                                                  "way, report it not received")));
                effect.response = body.problem();
                return effect;
            }

            WorkflowRecord workflow;
            workflow.customerId = *customerId;
            workflow.cardId = cardId;
            workflow.situation = *situation;
            workflow.conversationId = *conversationId;
            workflow.step = Step::Situation;
            workflow.startedAt = command.issuedAt;
            workflow.startedBy = command.agent;
            const qint64 id = workflows.insertWorkflow(workflow, command.id, &error);
            if (!id) {
                if (!error.isEmpty()) {
                    effect.response = context.storageFailure(error);
                    return effect;
                }
                // Another start for this card won meanwhile: theirs is the one to resume.
                const std::optional<WorkflowRecord> open = workflows.openWorkflowOfCard(cardId, &error);
                effect.response = open ? workflowOpen(*open, card->card.last4)
                                       : context.storageFailure(error.isEmpty() ? QStringLiteral(
                                                                                      "the open workflow vanished")
                                                                                : error);
                return effect;
            }
            const std::optional<WorkflowRecord> started = workflows.workflow(id, &error);
            if (!started) {
                effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the workflow vanished")
                                                                         : error);
                return effect;
            }
            effect.applied = true;
            effect.customerId = *customerId;
            effect.cardId = cardId;
            effect.auditDetails = {{QStringLiteral("customerId"), *customerId},
                                   {QStringLiteral("cardId"), cardId},
                                   {QStringLiteral("last4"), card->card.last4},
                                   {QStringLiteral("workflowId"), id},
                                   {QStringLiteral("situation"), situationName},
                                   {QStringLiteral("conversationId"), *conversationId}};
            effect.changes.append(workflowChange(*started));
            effect.response = workflowAnswer(201, *started);
            effect.response.setHeader(QByteArrayLiteral("Location"),
                                      QByteArrayLiteral("/v1/workflows/") + QByteArray::number(id));
            return effect;
        });
}

ServerResponse getWorkflow(RequestContext &context)
{
    const qint64 workflowId = context.request.idParam(QStringLiteral("workflowId"));
    QString error;
    const std::optional<WorkflowRecord> workflow =
        WorkflowStore(context.db, context.dialect).workflow(workflowId, &error);
    if (!workflow)
        return error.isEmpty() ? workflowNotFound(workflowId) : context.storageFailure(error);
    return workflowAnswer(200, *workflow);
}

/// 409 for a workflow that was completed or abandoned: nothing more is saved in it.
ServerResponse workflowEnded(const WorkflowRecord &workflow)
{
    return ServerResponse::problem(
        409, QStringLiteral("transition_not_allowed"),
        QStringLiteral("Workflow %1 was %2 by %3 at %4; nothing more can be saved in it.")
            .arg(workflow.id)
            .arg(workflow.state, workflow.updatedBy, JsonCodec::timestamp(workflow.updatedAt)));
}

/// 412 with the workflow as a colleague left it.
ServerResponse workflowMovedOn(const WorkflowRecord &now, int seen)
{
    return ServerResponse::problem(
        412, QStringLiteral("version_conflict"),
        QStringLiteral("%1 continued workflow %2 at %3 while you had version %4 open: it is now at the step %5, "
                       "version %6. Read it again and resume from there.")
            .arg(now.updatedBy)
            .arg(now.id)
            .arg(JsonCodec::timestamp(now.updatedAt))
            .arg(seen)
            .arg(CardWorkflow::stepName(now.step))
            .arg(now.version),
        {},
        {{QStringLiteral("current"), WorkflowStore::toJson(now)},
         {QStringLiteral("changedBy"), now.updatedBy},
         {QStringLiteral("changedAt"), JsonCodec::timestamp(now.updatedAt)}});
}

/// card.workflow.save, .complete and .abandon, as LocalCardService::storeWorkflow:
/// the step reached and the answers, on an open workflow at the version in
/// If-Match; @p state ends it (completed, abandoned) or keeps it open.
ServerResponse storeWorkflow(RequestContext &context, const QString &type, const QString &state)
{
    const qint64 workflowId = context.request.idParam(QStringLiteral("workflowId"));
    CommandExecutor executor(context);
    const QString subject = QStringLiteral("workflow:") + QString::number(workflowId);
    return executor.execute(type, subject, [&](const Command &command) {
        CommandExecutor::Effect effect;
        RequestBody body(context.request,
                         {QStringLiteral("expectedVersion"), QStringLiteral("step"), QStringLiteral("data")});
        if (const std::optional<ServerResponse> problem = body.formatProblem()) {
            effect.response = *problem;
            return effect;
        }
        const std::optional<qint64> expectedVersion =
            body.integer(QStringLiteral("expectedVersion"), true, 1, std::numeric_limits<int>::max());
        const QString stepName = body.text(QStringLiteral("step"), true, 40);
        const std::optional<Step> step = CardWorkflow::stepFromName(stepName);
        if (!stepName.isEmpty() && !step)
            body.addError(QStringLiteral("step"), QStringLiteral("must be %1").arg(stepNames()));
        const QJsonValue dataValue = command.payload.value(QLatin1String("data"));
        const QJsonObject data = dataValue.toObject();
        QStringList cardNumbersIn;
        if (!body.has(QStringLiteral("data"))) {
            body.addError(QStringLiteral("data"), QStringLiteral("is required (the answers so far, {} for none)"));
        } else if (!dataValue.isObject()) {
            body.addError(QStringLiteral("data"), QStringLiteral("must be a JSON object"));
        } else {
            if (data.size() > MaxDataProperties)
                body.addError(QStringLiteral("data"),
                              QStringLiteral("must have at most %1 properties").arg(MaxDataProperties));
            if (QJsonDocument(data).toJson(QJsonDocument::Compact).size() > MaxDataBytes)
                body.addError(QStringLiteral("data"),
                              QStringLiteral("must be at most %1 KiB as compact JSON: shorten the notes")
                                  .arg(MaxDataBytes / 1024));
            findCardNumbers(data, QStringLiteral("data"), &cardNumbersIn);
        }
        bool malformed = false;
        const std::optional<int> ifMatch = CommandExecutor::ifMatchVersion(context.request, &malformed);
        if (malformed) {
            effect.response = ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                                      QStringLiteral("If-Match must be the workflow's ETag, e.g. "
                                                                     "\"7\"."));
            return effect;
        }
        if (!ifMatch) {
            effect.response = ServerResponse::problem(
                428, QStringLiteral("precondition_required"),
                QStringLiteral("Send If-Match with the workflow's version (its ETag, as GET /v1/workflows/%1 gives "
                               "it).")
                    .arg(workflowId));
            return effect;
        }
        if (expectedVersion && *expectedVersion != *ifMatch)
            body.addError(QStringLiteral("expectedVersion"),
                          QStringLiteral("must be the version in If-Match (%1)").arg(*ifMatch));
        if (!cardNumbersIn.isEmpty()) {
            effect.response = cardNumberProblem(cardNumbersIn);
            return effect;
        }
        if (body.hasErrors()) {
            effect.response = body.problem();
            return effect;
        }

        WorkflowStore workflows(context.db, context.dialect);
        QString error;
        const std::optional<WorkflowRecord> current = workflows.workflow(workflowId, &error);
        if (!current) {
            effect.response = error.isEmpty() ? workflowNotFound(workflowId) : context.storageFailure(error);
            return effect;
        }
        if (current->state != Open) {
            effect.response = workflowEnded(*current);
            return effect;
        }
        if (current->version != *ifMatch) {
            effect.response = workflowMovedOn(*current, *ifMatch);
            return effect;
        }
        bool conflict = false;
        if (!workflows.saveWorkflow(workflowId, *ifMatch, *step, data, state, command.agent, command.issuedAt,
                                    &conflict, &error)) {
            if (!conflict) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            // A colleague's save or end won between our read and our write.
            const std::optional<WorkflowRecord> now = workflows.workflow(workflowId, &error);
            if (!now)
                effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the workflow vanished")
                                                                         : error);
            else
                effect.response = now->state != Open ? workflowEnded(*now) : workflowMovedOn(*now, *ifMatch);
            return effect;
        }
        const std::optional<WorkflowRecord> saved = workflows.workflow(workflowId, &error);
        if (!saved) {
            effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the workflow vanished") : error);
            return effect;
        }
        effect.applied = true;
        effect.customerId = saved->customerId;
        effect.cardId = saved->cardId;
        effect.auditDetails = {{QStringLiteral("customerId"), saved->customerId},
                               {QStringLiteral("cardId"), saved->cardId},
                               {QStringLiteral("workflowId"), workflowId},
                               {QStringLiteral("step"), stepName},
                               {QStringLiteral("state"), state},
                               {QStringLiteral("version"), saved->version}};
        effect.changes.append(workflowChange(*saved));
        effect.response = workflowAnswer(200, *saved);
        return effect;
    });
}

ServerResponse saveWorkflow(RequestContext &context)
{
    return storeWorkflow(context, QStringLiteral("card.workflow.save"), Open);
}

ServerResponse completeWorkflow(RequestContext &context)
{
    return storeWorkflow(context, QStringLiteral("card.workflow.complete"), QStringLiteral("completed"));
}

ServerResponse abandonWorkflow(RequestContext &context)
{
    return storeWorkflow(context, QStringLiteral("card.workflow.abandon"), QStringLiteral("abandoned"));
}

/// The body's evidence checked against the contract's DisputeEvidence (names
/// and types); the reason's own needs are DisputeReasons::evidenceProblem's.
QJsonObject readEvidence(RequestBody &body, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull()) {
        body.addError(QStringLiteral("evidence"), QStringLiteral("is required (what the reason needs, {} for none)"));
        return {};
    }
    if (!value.isObject()) {
        body.addError(QStringLiteral("evidence"), QStringLiteral("must be a JSON object"));
        return {};
    }
    const QJsonObject evidence = value.toObject();
    const QStringList known = WorkflowStore::evidenceKeys();
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        const QString field = QStringLiteral("evidence.") + it.key().left(64);
        const QJsonValue v = it.value();
        if (!known.contains(it.key())) {
            body.addError(field,
                          QStringLiteral("is not evidence of a dispute (%1)").arg(known.join(QStringLiteral(", "))));
        } else if (it.key() == QLatin1String("declaration") || it.key() == QLatin1String("merchantContacted")) {
            if (!v.isBool())
                body.addError(field, QStringLiteral("must be true or false"));
        } else if (it.key() == QLatin1String("duplicateOf") || it.key() == QLatin1String("receiptAmountMinor")) {
            const double d = v.toDouble(-1);
            const qint64 minimum = it.key() == QLatin1String("duplicateOf") ? 1 : 0;
            if (!v.isDouble() || std::floor(d) != d || d < double(minimum) || d > double(MaxId))
                body.addError(field, QStringLiteral("must be an integer of at least %1").arg(minimum));
        } else if (!v.isString() || !JsonCodec::parseDate(v.toString())) {
            body.addError(field, QStringLiteral("must be a date, YYYY-MM-DD"));
        }
    }
    return evidence;
}

/// card.dispute.file, as LocalCardService::fileDispute: a transaction of
/// this card, from a workflow of this card or from none (workflowId absent or
/// null: the agent disputes a purchase outside the lost-card workflow),
/// disputed once, not declined or reversed, with the evidence its reason
/// needs and, from the workflow of a stolen card, a plausible police report
/// reference. The transaction's dispute status becomes open.
ServerResponse fileDispute(RequestContext &context)
{
    const qint64 cardId = context.request.idParam(QStringLiteral("cardId"));
    // The console's subject is the transaction (CommandRoute adds it to the body).
    const QJsonValue named =
        QJsonDocument::fromJson(context.request.body).object().value(QLatin1String("transactionId"));
    const qint64 namedId = named.isDouble() ? qint64(named.toDouble()) : 0;
    const QString subject = namedId > 0 ? QStringLiteral("transaction:") + QString::number(namedId)
                                        : QStringLiteral("card:") + QString::number(cardId);
    CommandExecutor executor(context);
    return executor.execute(QStringLiteral("card.dispute.file"), subject, [&](const Command &command) {
        CommandExecutor::Effect effect;
        RequestBody body(context.request, {QStringLiteral("transactionId"), QStringLiteral("workflowId"),
                                           QStringLiteral("reason"), QStringLiteral("evidence"),
                                           QStringLiteral("policeReference")});
        if (const std::optional<ServerResponse> problem = body.formatProblem()) {
            effect.response = *problem;
            return effect;
        }
        const std::optional<qint64> transactionId = body.integer(QStringLiteral("transactionId"), true, 1, MaxId);
        const std::optional<qint64> workflowId = body.integer(QStringLiteral("workflowId"), false, 1, MaxId);
        const QString reasonName = body.text(QStringLiteral("reason"), true, 40);
        const std::optional<DisputeReasons::Reason> reason = DisputeReasons::reasonFromName(reasonName);
        if (!reasonName.isEmpty() && !reason)
            body.addError(QStringLiteral("reason"), QStringLiteral("must be %1").arg(reasonNames()));
        const QJsonObject evidence = readEvidence(body, command.payload.value(QLatin1String("evidence")));
        const QString reference =
            body.freeText(QStringLiteral("policeReference"), true, MaxPoliceReferenceLength, true).trimmed();
        if (body.hasErrors()) {
            effect.response = body.problem();
            return effect;
        }

        const std::optional<CardStore::Record> card = pathCard(context, cardId, &effect.response);
        if (!card)
            return effect;
        WorkflowStore workflows(context.db, context.dialect);
        QString error;
        const std::optional<Transaction> charged = workflows.transaction(*transactionId, &error);
        if (!error.isEmpty()) {
            effect.response = context.storageFailure(error);
            return effect;
        }
        if (!charged || charged->cardId != cardId) {
            body.addError(QStringLiteral("transactionId"),
                          QStringLiteral("must be a transaction of card %1 (the card in the path)").arg(cardId));
            effect.response = body.problem();
            return effect;
        }
        std::optional<WorkflowRecord> workflow;
        if (workflowId)
            workflow = workflows.workflow(*workflowId, &error);
        if (!error.isEmpty()) {
            effect.response = context.storageFailure(error);
            return effect;
        }
        if (workflowId && (!workflow || workflow->cardId != cardId)) {
            body.addError(QStringLiteral("workflowId"),
                          QStringLiteral("must be a workflow of card %1: the transaction was not made with the "
                                         "workflow's card")
                              .arg(cardId));
            effect.response = body.problem();
            return effect;
        }
        if (const std::optional<Dispute> existing = workflows.disputeOfTransaction(*transactionId, &error)) {
            effect.response = CardCommand::conflict(
                QStringLiteral("already_exists"),
                QStringLiteral("%1 disputed transaction %2 already at %3 (dispute %4, %5). Nothing was filed again.")
                    .arg(existing->agent)
                    .arg(*transactionId)
                    .arg(JsonCodec::timestamp(existing->openedAt))
                    .arg(existing->id)
                    .arg(existing->status));
            return effect;
        }
        if (!error.isEmpty()) {
            effect.response = context.storageFailure(error);
            return effect;
        }
        if (charged->status == TransactionStatus::Declined || charged->status == TransactionStatus::Reversed) {
            effect.response = CardCommand::conflict(
                QStringLiteral("transition_not_allowed"),
                QStringLiteral("Transaction %1 was %2: the customer was not charged, so there is nothing to dispute.")
                    .arg(*transactionId)
                    .arg(TransactionStatusNames::name(charged->status)));
            return effect;
        }
        QString problem =
            DisputeReasons::evidenceProblem(*reason, evidence, charged->amount.minor, charged->occurredAt);
        if (problem.isEmpty() && *reason == DisputeReasons::Reason::Duplicate) {
            // The other purchase: another transaction of the same card.
            const qint64 other = evidence.value(QLatin1String("duplicateOf")).toInteger();
            const std::optional<Transaction> original = workflows.transaction(other, &error);
            if (!error.isEmpty()) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            if (!original || original->cardId != cardId || other == *transactionId)
                problem = QStringLiteral("duplicateOf");
        }
        if (!problem.isEmpty()) {
            body.addError(QStringLiteral("evidence.") + problem, DisputeReasons::evidenceMessage(problem));
            effect.response = body.problem();
            return effect;
        }
        if (workflow && CardWorkflow::policeReferenceRequired(workflow->situation, 1)
            && !CardWorkflow::isPlausiblePoliceReference(reference)) {
            body.addError(QStringLiteral("policeReference"),
                          reference.isEmpty()
                              ? QStringLiteral("is required: the card was stolen; enter the police report reference "
                                               "before filing disputes")
                              : QStringLiteral("does not look like a police report reference (4 to 40 letters, "
                                               "digits, spaces, '/', '-' or '.', with a digit); check it with the "
                                               "customer"));
            effect.response = body.problem();
            return effect;
        }

        Dispute dispute;
        dispute.transactionId = *transactionId;
        dispute.cardId = cardId;
        dispute.reason = *reason;
        dispute.evidence = evidence;
        dispute.policeReference = reference;
        dispute.status = Open;
        dispute.workflowId = workflowId.value_or(0);
        dispute.openedAt = command.issuedAt;
        dispute.agent = command.agent;
        dispute.id = workflows.insertDispute(dispute, command.id, &error);
        if (!dispute.id) {
            if (!error.isEmpty()) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            // Filed by another command at the same moment.
            const std::optional<Dispute> existing = workflows.disputeOfTransaction(*transactionId, &error);
            effect.response = CardCommand::conflict(
                QStringLiteral("already_exists"),
                QStringLiteral("Transaction %1 was disputed at the same moment by %2. Nothing was filed again.")
                    .arg(*transactionId)
                    .arg(existing ? existing->agent : QStringLiteral("another agent")));
            return effect;
        }
        const std::optional<Transaction> disputed = workflows.transaction(*transactionId, &error);
        if (!disputed) {
            effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the transaction vanished")
                                                                     : error);
            return effect;
        }
        const QJsonObject json = WorkflowStore::toJson(dispute);
        effect.applied = true;
        effect.customerId = card->customerId;
        effect.cardId = cardId;
        effect.auditDetails = {{QStringLiteral("customerId"), card->customerId},
                               {QStringLiteral("cardId"), cardId},
                               {QStringLiteral("last4"), card->card.last4},
                               {QStringLiteral("disputeId"), dispute.id},
                               {QStringLiteral("transactionId"), *transactionId},
                               {QStringLiteral("amountMinor"), charged->amount.minor},
                               {QStringLiteral("currency"), charged->amount.currency},
                               {QStringLiteral("merchant"), JsonCodec::safeText(charged->merchant)},
                               {QStringLiteral("reason"), reasonName}};
        if (workflowId)
            effect.auditDetails.insert(QStringLiteral("workflowId"), *workflowId);
        if (!reference.isEmpty())
            effect.auditDetails.insert(QStringLiteral("policeReference"), reference);
        effect.changes.append(
            {0, QStringLiteral("dispute"), dispute.id, QStringLiteral("upsert"), std::nullopt, json, {}});
        effect.changes.append({0, QStringLiteral("transaction"), *transactionId, QStringLiteral("upsert"), std::nullopt,
                               JsonCodec::toJson(*disputed), {}});
        // The supervisors' consoles count it from the feed.
        effect.changes.append(SupervisionHistoryStore::change(
            JsonCodec::CardOutcomeRecord{JsonCodec::CardOutcomeRecord::Dispute, dispute.id, cardId, dispute.openedAt}));
        effect.response = ServerResponse::json(201, json);
        // No dispute of its own to GET: the card's transactions show it (disputeStatus).
        effect.response.setHeader(QByteArrayLiteral("Location"),
                                  QByteArrayLiteral("/v1/cards/") + QByteArray::number(cardId)
                                      + QByteArrayLiteral("/transactions"));
        return effect;
    });
}

} // namespace

void WorkflowApi::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/v1/cards/{cardId}/workflows"), Router::Access::Agent, &startWorkflow);
    router.add("POST", QStringLiteral("/v1/cards/{cardId}/disputes"), Router::Access::Agent, &fileDispute);
    router.add("GET", QStringLiteral("/v1/workflows/{workflowId}"), Router::Access::Agent, &getWorkflow);
    router.add("POST", QStringLiteral("/v1/workflows/{workflowId}/save"), Router::Access::Agent, &saveWorkflow);
    router.add("POST", QStringLiteral("/v1/workflows/{workflowId}/complete"), Router::Access::Agent,
               &completeWorkflow);
    router.add("POST", QStringLiteral("/v1/workflows/{workflowId}/abandon"), Router::Access::Agent, &abandonWorkflow);
}

#include "alertapi.h"

#include "alertstore.h"
#include "commandexecutor.h"
#include "conversationstore.h"
#include "queryparams.h"
#include "requestbody.h"
#include "router.h"

#include "domain/conversation.h"
#include "domain/jsoncodec.h"

#include <QJsonArray>

namespace {

constexpr qint64 MaxId = Q_INT64_C(9007199254740991);
/// Longest decision note, in characters (LocalAlertService::MaxNoteLength, the contract's maxLength).
constexpr int MaxNoteLength = 4000;

ServerResponse notFound(qint64 alertId)
{
    return ServerResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("There is no alert %1.").arg(alertId));
}

ServerResponse listAlerts(RequestContext &context)
{
    QueryParams params(context.request);
    AlertStore::Filter filter;
    const QString status = params.text(QStringLiteral("status"), false, 20);
    if (!status.isEmpty()) {
        filter.status = Alert::statusFromName(status);
        if (!filter.status)
            params.addError(QStringLiteral("status"), QStringLiteral("must be open, genuine or fraud"));
    }
    filter.conversationId = params.id(QStringLiteral("conversationId"));
    filter.customerId = params.id(QStringLiteral("customerId"));
    const int limit = params.limit(50, 200);
    const QString after = params.cursor(QStringLiteral("after"));
    if (params.hasErrors())
        return params.problem();
    AlertStore alerts(context.db, context.dialect);
    bool badCursor = false;
    QString error;
    const std::optional<AlertStore::Page> page = alerts.list(filter, limit, after, &badCursor, &error);
    if (badCursor) {
        return ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                       QStringLiteral("Query parameter after is not a cursor of this list; start "
                                                      "again without it."));
    }
    if (!page)
        return context.storageFailure(error);
    QJsonArray items;
    for (const Alert &alert : page->alerts)
        items.append(AlertStore::toJson(alert));
    return ServerResponse::json(200, {{QStringLiteral("items"), items},
                                      {QStringLiteral("next"), page->next.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                    : QJsonValue(page->next)}});
}

ServerResponse alertDetails(RequestContext &context)
{
    const qint64 alertId = context.request.idParam(QStringLiteral("alertId"));
    AlertStore alerts(context.db, context.dialect);
    QString error;
    const std::optional<Alert> alert = alerts.alert(alertId, false, &error);
    if (!alert)
        return error.isEmpty() ? notFound(alertId) : context.storageFailure(error);
    const QList<Transaction> evidence = alerts.evidence(*alert, &error);
    if (!error.isEmpty())
        return context.storageFailure(error);
    const QString last4 = alerts.cardLast4(alert->cardId, &error);
    if (last4.isEmpty())
        return context.storageFailure(error.isEmpty() ? QStringLiteral("the alert's card vanished") : error);
    QJsonArray transactions;
    for (const Transaction &transaction : evidence)
        transactions.append(JsonCodec::toJson(transaction));
    return ServerResponse::json(200, {{QStringLiteral("alert"), AlertStore::toJson(*alert)},
                                      {QStringLiteral("evidence"), transactions},
                                      {QStringLiteral("cardLast4"), last4}});
}

/// "Alert 17 was decided already: genuine by aino.laine at 2026-11-22T09:15:00.000Z."
ServerResponse alreadyDecided(const Alert &alert)
{
    return ServerResponse::problem(
        409, QStringLiteral("transition_not_allowed"),
        QStringLiteral("Alert %1 was decided already: %2 by %3 at %4. An alert is decided once; reload it to see the "
                       "decision.")
            .arg(alert.id)
            .arg(Alert::statusName(alert.status), alert.decidedBy, JsonCodec::timestamp(alert.decidedAt)));
}

/// alert.genuine and alert.fraud, as LocalAlertService::decide: the decision
/// on the open alert; the note on its conversation, which counts as answered;
/// genuine resolves the conversation, fraud takes it on (the deciding agent,
/// queue fraud, open) and answers FraudDecision.
ServerResponse decide(RequestContext &context, Alert::Status status)
{
    const bool genuine = status == Alert::Status::Genuine;
    const qint64 alertId = context.request.idParam(QStringLiteral("alertId"));
    CommandExecutor executor(context);
    return executor.execute(
        genuine ? QStringLiteral("alert.genuine") : QStringLiteral("alert.fraud"),
        QStringLiteral("alert:") + QString::number(alertId), [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request, {QStringLiteral("alertId"), QStringLiteral("note")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const std::optional<qint64> named = body.integer(QStringLiteral("alertId"), false, 1, MaxId);
            if (named && *named != alertId)
                body.addError(QStringLiteral("alertId"),
                              QStringLiteral("must be %1, the alert in the path, when given").arg(alertId));
            const QString note = body.freeText(QStringLiteral("note"), true, MaxNoteLength, false).trimmed();
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }

            AlertStore alerts(context.db, context.dialect);
            QString error;
            const std::optional<Alert> alert = alerts.alert(alertId, true, &error);
            if (!alert) {
                effect.response = error.isEmpty() ? notFound(alertId) : context.storageFailure(error);
                return effect;
            }
            if (alert->status != Alert::Status::Open) {
                effect.response = alreadyDecided(*alert);
                return effect;
            }
            const QDateTime now = command.issuedAt;
            bool conflict = false;
            if (!alerts.decide(alertId, status, note, command.agent, now, command.id, &conflict, &error)) {
                if (!conflict) {
                    effect.response = context.storageFailure(error);
                    return effect;
                }
                // Decided at the same moment by another command (the row lock makes this rare).
                error.clear();
                const std::optional<Alert> latest = alerts.alert(alertId, false, &error);
                effect.response = latest ? alreadyDecided(*latest)
                                      : context.storageFailure(error.isEmpty() ? QStringLiteral("the alert vanished")
                                                                               : error);
                return effect;
            }

            // The decision on the conversation: an internal note, then
            // resolved (genuine) or taken on (fraud), as the console does.
            ConversationStore conversations(context.db, context.dialect);
            Message message;
            message.commandId = command.id;
            message.conversationId = alert->conversationId;
            message.direction = MessageDirection::Note;
            message.author = command.agent;
            message.at = now;
            message.bodyText = (genuine ? QStringLiteral("Genuine: the customer confirmed the transactions. %1")
                                        : QStringLiteral("Fraud: the customer does not recognise the transactions; "
                                                         "the compromised-card workflow follows. %1"))
                                   .arg(note)
                                   .trimmed();
            message.delivery = DeliveryState::Received;
            message.id = conversations.appendMessage(message, command.agent, &error);
            if (!message.id || !conversations.markResponded(alert->conversationId, now, &error)) {
                effect.response = context.storageFailure(
                    error.isEmpty() ? QStringLiteral("the alert's conversation vanished") : error);
                return effect;
            }
            // appendMessage locked the conversation's row (PostgreSQL; SQLite
            // holds the database): nobody changes it between these steps.
            const auto current = [&]() { return conversations.conversation(alert->conversationId, &error); };
            std::optional<ConversationStore::Record> record = current();
            bool ok = record.has_value();
            if (ok && genuine) {
                ok = conversations.setStatus(*record, ConversationStatus::Resolved, command.agent, now, &conflict,
                                             &error);
            } else if (ok) {
                ok = conversations.assign(*record, command.agent, QStringLiteral("fraud"), command.agent, now,
                                          &conflict, &error)
                     && (record = current()).has_value()
                     && conversations.setStatus(*record, ConversationStatus::Open, command.agent, now, &conflict,
                                                &error);
            }
            const std::optional<ConversationStore::Record> after = ok ? current() : std::nullopt;
            const std::optional<Alert> decided = after ? alerts.alert(alertId, false, &error) : std::nullopt;
            const QList<Transaction> evidence = decided ? alerts.evidence(*decided, &error) : QList<Transaction>();
            if (!decided || !error.isEmpty()) {
                effect.response = context.storageFailure(
                    error.isEmpty() ? QStringLiteral("the alert or its conversation vanished") : error);
                return effect;
            }

            const QJsonObject alertJson = AlertStore::toJson(*decided);
            const QJsonObject messageJson = JsonCodec::toJson(message);
            JsonCodec::Change conversationChange;
            conversationChange.entity = QStringLiteral("conversation");
            conversationChange.entityId = alert->conversationId;
            conversationChange.op = QStringLiteral("upsert");
            conversationChange.version = after->conversation.version;
            conversationChange.data = JsonCodec::toJson(after->conversation);
            JsonCodec::Change messageChange;
            messageChange.entity = QStringLiteral("message");
            messageChange.entityId = message.id;
            messageChange.op = QStringLiteral("upsert");
            messageChange.data = messageJson;
            JsonCodec::Change alertChange;
            alertChange.entity = QStringLiteral("alert");
            alertChange.entityId = alertId;
            alertChange.op = QStringLiteral("upsert");
            alertChange.data = alertJson;
            // What the alert names is on the feed before it: its conversation, then the note.
            effect.changes << conversationChange << messageChange << alertChange;
            effect.applied = true;
            effect.customerId = alert->customerId;
            effect.cardId = alert->cardId;
            effect.auditDetails = {{QStringLiteral("alertId"), alertId},
                                   {QStringLiteral("conversationId"), alert->conversationId},
                                   {QStringLiteral("customerId"), alert->customerId},
                                   {QStringLiteral("cardId"), alert->cardId},
                                   {QStringLiteral("rules"), alert->ruleNames()},
                                   {QStringLiteral("decision"), Alert::statusName(status)},
                                   {QStringLiteral("messageId"), message.id}};
            if (genuine) {
                effect.response = ServerResponse::json(200, alertJson);
            } else {
                effect.response = ServerResponse::json(
                    200, {{QStringLiteral("alert"), alertJson},
                          {QStringLiteral("customerId"), decided->customerId},
                          {QStringLiteral("cardId"), decided->cardId},
                          {QStringLiteral("conversationId"), decided->conversationId},
                          {QStringLiteral("reasonText"),
                           JsonCodec::safeText(Alert::fraudReasonText(*decided, evidence))}});
            }
            return effect;
        });
}

ServerResponse markGenuine(RequestContext &context)
{
    return decide(context, Alert::Status::Genuine);
}

ServerResponse markFraud(RequestContext &context)
{
    return decide(context, Alert::Status::Fraud);
}

} // namespace

void AlertApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/alerts"), Router::Access::Agent, &listAlerts);
    router.add("GET", QStringLiteral("/v1/alerts/{alertId}"), Router::Access::Agent, &alertDetails);
    router.add("POST", QStringLiteral("/v1/alerts/{alertId}/genuine"), Router::Access::Agent, &markGenuine);
    router.add("POST", QStringLiteral("/v1/alerts/{alertId}/fraud"), Router::Access::Agent, &markFraud);
}

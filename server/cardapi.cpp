#include "cardapi.h"

#include "cardcommand.h"
#include "cardorderstore.h"
#include "cardrequestfields.h"
#include "cardstore.h"
#include "queryparams.h"
#include "requestbody.h"
#include "router.h"
#include "sqlvalues.h"
#include "workflowstore.h"

#include <QJsonArray>

#include <functional>

namespace {

/// How far back the previews of controls and limits look (the contract's DeclinePreview.days).
constexpr int PreviewDays = 90;

ServerResponse cardDetails(RequestContext &context)
{
    const qint64 cardId = context.request.idParam(QStringLiteral("cardId"));
    CardStore cards(context.db, context.dialect);
    QString error;
    const std::optional<CardStore::Record> record = cards.card(cardId, &error);
    if (!record)
        return error.isEmpty() ? CardCommand::notFound(cardId) : context.storageFailure(error);
    QJsonArray events;
    const QList<CardEvent> history = cards.events(cardId, &error);
    if (!error.isEmpty())
        return context.storageFailure(error);
    for (const CardEvent &event : history)
        events.append(JsonCodec::toJson(event));
    const std::optional<CardDelivery> delivery =
        CardOrderStore(context.db, context.dialect).delivery(cardId, &error);
    if (!error.isEmpty())
        return context.storageFailure(error);
    const std::optional<WorkflowRecord> open =
        WorkflowStore(context.db, context.dialect).openWorkflowOfCard(cardId, &error);
    if (!error.isEmpty())
        return context.storageFailure(error);
    ServerResponse response = ServerResponse::json(
        200, {{QStringLiteral("card"), JsonCodec::toJson(record->view())},
              {QStringLiteral("events"), events},
              {QStringLiteral("delivery"),
               delivery ? QJsonValue(CardOrderStore::toJson(*delivery)) : QJsonValue(QJsonValue::Null)},
              {QStringLiteral("openWorkflow"),
               open ? QJsonValue(WorkflowStore::toJson(*open)) : QJsonValue(QJsonValue::Null)}});
    response.setHeader(QByteArrayLiteral("ETag"), CardCommand::etag(record->card.version));
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
        return error.isEmpty() ? CardCommand::notFound(cardId) : context.storageFailure(error);
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

/// For each transaction (newest first), what would have declined it ("" for nothing).
using Judge = std::function<QStringList(const QList<Transaction> &recent, const CardStore::Record &card)>;
/// Reads the settings to preview from the body (collecting its errors) and judges by them.
using JudgeReader = std::function<Judge(RequestBody &body)>;

/// What new settings would have declined of the card's last PreviewDays days.
ServerResponse preview(RequestContext &context, const QStringList &fields, const JudgeReader &read)
{
    const qint64 cardId = context.request.idParam(QStringLiteral("cardId"));
    RequestBody body(context.request, fields);
    if (const std::optional<ServerResponse> problem = body.formatProblem())
        return *problem;
    const Judge judge = read(body);
    if (body.hasErrors())
        return body.problem();
    CardStore cards(context.db, context.dialect);
    QString error;
    const std::optional<CardStore::Record> record = cards.card(cardId, &error);
    if (!record)
        return error.isEmpty() ? CardCommand::notFound(cardId) : context.storageFailure(error);
    const QList<Transaction> recent =
        cards.transactionsSince(cardId, SqlValues::now().addDays(-PreviewDays), &error);
    if (!error.isEmpty())
        return context.storageFailure(error);
    const QStringList verdicts = judge(recent, *record);
    QJsonArray declined;
    for (qsizetype i = 0; i < recent.size() && i < verdicts.size(); ++i) {
        if (!verdicts.at(i).isEmpty())
            declined.append(QJsonObject{{QStringLiteral("transaction"), JsonCodec::toJson(recent.at(i))},
                                        {QStringLiteral("declinedBy"), verdicts.at(i)}});
    }
    return ServerResponse::json(200, {{QStringLiteral("days"), PreviewDays},
                                      {QStringLiteral("examined"), int(recent.size())},
                                      {QStringLiteral("declined"), declined}});
}

/// Controls judge each transaction alone; abroad is away from the holder's country.
Judge controlsJudge(RequestBody &body)
{
    const CardControls controls = CardRequestFields::readControls(body);
    return [controls](const QList<Transaction> &recent, const CardStore::Record &card) {
        QStringList verdicts;
        for (const Transaction &transaction : recent)
            verdicts << controls.wouldDecline(transaction, card.homeCountry);
        return verdicts;
    };
}

/// Limits judge the days in time order, in the card account's currency.
Judge limitsJudge(RequestBody &body)
{
    const CardLimits limits = CardRequestFields::readLimits(body);
    return [limits](const QList<Transaction> &recent, const CardStore::Record &card) {
        return limits.wouldDecline(recent, card.currency);
    };
}

ServerResponse previewControls(RequestContext &context)
{
    return preview(context, CardRequestFields::controlFields(), &controlsJudge);
}

ServerResponse previewLimits(RequestContext &context)
{
    return preview(context, CardRequestFields::limitFields(), &limitsJudge);
}

} // namespace

void CardApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/cards/{cardId}"), Router::Access::Agent, &cardDetails);
    router.add("GET", QStringLiteral("/v1/cards/{cardId}/transactions"), Router::Access::Agent, &transactions);
    router.add("POST", QStringLiteral("/v1/cards/{cardId}/controls/preview"), Router::Access::Agent, &previewControls);
    router.add("POST", QStringLiteral("/v1/cards/{cardId}/limits/preview"), Router::Access::Agent, &previewLimits);
}

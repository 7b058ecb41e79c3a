#include "customerapi.h"

#include "cardstore.h"
#include "commandexecutor.h"
#include "customerstore.h"
#include "queryparams.h"
#include "requestbody.h"
#include "requestlog.h"
#include "router.h"
#include "sqlvalues.h"

#include <QJsonArray>

namespace {

constexpr int RecentTransactions = 50;

ServerResponse notFound(qint64 customerId)
{
    return ServerResponse::problem(404, QStringLiteral("not_found"),
                                QStringLiteral("There is no customer %1.").arg(customerId));
}

ServerResponse search(RequestContext &context)
{
    QueryParams params(context.request);
    const QString text = params.text(QStringLiteral("q"), true, 200);
    const int limit = params.limit(50, 200);
    const QString after = params.cursor(QStringLiteral("after"));
    if (params.hasErrors())
        return params.problem();
    CustomerStore customers(context.db, context.dialect);
    bool badCursor = false;
    QString error;
    const std::optional<CustomerStore::Page> page = customers.search(text, limit, after, &badCursor, &error);
    if (badCursor) {
        return ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                    QStringLiteral("Query parameter after is not a cursor of this search; start "
                                                   "again without it."));
    }
    if (!page)
        return context.storageFailure(error);
    QJsonArray items;
    for (const CustomerSummary &row : page->rows)
        items.append(JsonCodec::toJson(row));
    return ServerResponse::json(200, {{QStringLiteral("items"), items},
                                   {QStringLiteral("next"), page->next.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(page->next)}});
}

ServerResponse customer(RequestContext &context)
{
    const qint64 customerId = context.request.idParam(QStringLiteral("customerId"));
    CustomerStore customers(context.db, context.dialect);
    QString error;
    const std::optional<JsonCodec::CustomerView> view =
        customers.view(customerId, context.agent.agent.username, RecentTransactions, &error);
    if (!view)
        return error.isEmpty() ? notFound(customerId) : context.storageFailure(error);
    ServerResponse response = ServerResponse::json(200, JsonCodec::toJson(*view));
    response.setHeader(QByteArrayLiteral("ETag"), '"' + QByteArray::number(view->customer.version) + '"');
    return response;
}

ServerResponse recordVerification(RequestContext &context)
{
    const qint64 customerId = context.request.idParam(QStringLiteral("customerId"));
    CommandExecutor executor(context);
    return executor.execute(
        QStringLiteral("customer.verification.record"), QStringLiteral("customer:") + QString::number(customerId),
        [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request,
                             {QStringLiteral("method"), QStringLiteral("passed"), QStringLiteral("cardId")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const QString methodName = body.text(QStringLiteral("method"), true, 40);
            const std::optional<Verification::Method> method = Verification::methodFromName(methodName);
            if (!methodName.isEmpty() && !method)
                body.addError(QStringLiteral("method"),
                              QStringLiteral("must be strong_eid, app_confirmation, knowledge_questions or "
                                             "card_identified"));
            const std::optional<bool> passed = body.boolean(QStringLiteral("passed"), true);
            const std::optional<qint64> cardId = body.integer(QStringLiteral("cardId"), true, 0, Q_INT64_C(1) << 53);
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }
            QString error;
            CardStore cards(context.db, context.dialect);
            CustomerStore customers(context.db, context.dialect);
            {
                QSqlQuery exists(context.db);
                if (!SqlValues::exec(exists, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId},
                                     &error)) {
                    effect.response = context.storageFailure(error);
                    return effect;
                }
                if (!exists.next()) {
                    effect.response = notFound(customerId);
                    return effect;
                }
            }
            if (*cardId > 0) {
                const std::optional<CardStore::Record> card = cards.card(*cardId, &error);
                if (!error.isEmpty()) {
                    effect.response = context.storageFailure(error);
                    return effect;
                }
                if (!card || card->customerId != customerId) {
                    body.addError(QStringLiteral("cardId"),
                                  QStringLiteral("must be one of the customer's cards, or 0 for none"));
                    effect.response = body.problem();
                    return effect;
                }
            }
            JsonCodec::VerificationRecord record;
            record.customerId = customerId;
            record.cardId = *cardId;
            record.agent = context.agent.agent.username;
            record.outcome = {*method, *passed, command.issuedAt};
            if (!cards.recordVerification(customerId, *cardId, record.outcome, record.agent, command.id, &error)) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            effect.applied = true;
            effect.customerId = customerId;
            effect.cardId = *cardId;
            effect.auditDetails = {{QStringLiteral("customerId"), customerId},
                                   {QStringLiteral("cardId"), *cardId},
                                   {QStringLiteral("method"), methodName},
                                   {QStringLiteral("passed"), *passed}};
            effect.response = ServerResponse::json(201, JsonCodec::toJson(record));
            return effect;
        });
}

} // namespace

void CustomerApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/customers"), Router::Access::Agent, &search);
    router.add("GET", QStringLiteral("/v1/customers/{customerId}"), Router::Access::Agent, &customer);
    router.add("POST", QStringLiteral("/v1/customers/{customerId}/verifications"), Router::Access::Agent,
               &recordVerification);
}

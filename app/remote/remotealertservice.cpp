#include "remotealertservice.h"

#include "apiclient.h"
#include "apireply.h"
#include "remotecache.h"

#include "domain/jsoncodec.h"
#include "services/customerservice.h"
#include "services/localalertservice.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

#include <memory>


RemoteAlertService::RemoteAlertService(DatabaseWorker *worker, ApiClient *api, LocalAlertService *local,
                                       CustomerService *customers, QObject *parent)
    : AlertService(parent)
    , m_worker(worker)
    , m_api(api)
    , m_local(local)
    , m_customers(customers)
{
    connect(m_local, &AlertService::alertChanged, this, &AlertService::alertChanged);
}

QFuture<ScreeningResult> RemoteAlertService::screenIncoming(qint64 cardId, const QList<Transaction> &incoming)
{
    // The server screens what reaches it; the console's command for it is
    // not sent (CommandRoute::serverSideTypes), so this answers with that refusal.
    return m_local->screenIncoming(cardId, incoming);
}

QFuture<AlertDetails> RemoteAlertService::alertOfConversation(qint64 conversationId)
{
    auto promise = std::make_shared<QPromise<AlertDetails>>();
    promise->start();
    QFuture<AlertDetails> future = promise->future();
    if (conversationId <= 0) {
        answerFromCache(conversationId, promise);
        return future;
    }
    ApiRequest list;
    list.path = QStringLiteral("/v1/alerts");
    list.query.addQueryItem(QStringLiteral("conversationId"), QString::number(conversationId));
    list.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    ApiReply *reply = m_api->send(list);
    connect(reply, &ApiReply::finished, this, [this, conversationId, promise](const ApiResult &result) {
        const QJsonArray items = result.ok() ? result.json.object().value(QStringLiteral("items")).toArray() : QJsonArray();
        const qint64 alertId = items.isEmpty() ? 0 : items.first().toObject().value(QStringLiteral("id")).toInteger();
        if (alertId <= 0) {
            answerFromCache(conversationId, promise);   // offline, or no alert on the server: the cache's copy
            return;
        }
        ApiRequest one;
        one.path = QStringLiteral("/v1/alerts/%1").arg(alertId);
        ApiReply *details = m_api->send(one);
        connect(details, &ApiReply::finished, this, [this, conversationId, promise](const ApiResult &result) {
            const QJsonObject body = result.ok() ? result.json.object() : QJsonObject();
            const std::optional<Alert> alert = RemoteCache::alertFromJson(body.value(QStringLiteral("alert")).toObject());
            if (!alert) {
                answerFromCache(conversationId, promise);
                return;
            }
            QList<Transaction> evidence;
            for (const QJsonValue &item : body.value(QStringLiteral("evidence")).toArray()) {
                if (const std::optional<Transaction> t = JsonCodec::transactionFromJson(item))
                    evidence << *t;
            }
            // The card and its holder first: the cache holds what the agent opened.
            m_customers->customer(alert->customerId).then(this, [this, conversationId, alert = *alert, evidence,
                                                                 promise](const CustomerResult &) {
                storeAndAnswer(conversationId, alert, evidence, promise);
            });
        });
    });
    return future;
}

void RemoteAlertService::storeAndAnswer(qint64 conversationId, const Alert &alert, const QList<Transaction> &evidence,
                                        const std::shared_ptr<QPromise<AlertDetails>> &promise)
{
    m_worker
        ->run([alert, evidence](Database &db) {
            SqlTransaction transaction(db.connection());
            if (!transaction.isActive())
                return transaction.lastError();
            QString error;
            bool stored = false;
            if (!RemoteCache(db).storeAlert(alert, evidence, &stored, &error))
                return error;
            return transaction.commit() ? QString() : transaction.lastError();
        })
        .then(this, [this, conversationId, promise](const QString &error) {
            if (!error.isEmpty())
                qWarning("RemoteAlertService: the cache could not take the server's alert: %s", qUtf8Printable(error));
            answerFromCache(conversationId, promise);
        });
}

void RemoteAlertService::answerFromCache(qint64 conversationId, const std::shared_ptr<QPromise<AlertDetails>> &promise)
{
    m_local->alertOfConversation(conversationId).then(this, [promise](const AlertDetails &details) {
        promise->addResult(details);
        promise->finish();
    });
}

QFuture<CommandResult> RemoteAlertService::markGenuine(qint64 alertId, const QString &note)
{
    return m_local->markGenuine(alertId, note);
}

QFuture<FraudDecision> RemoteAlertService::markFraud(qint64 alertId, const QString &note)
{
    return m_local->markFraud(alertId, note);
}

#include "remotecardservice.h"

#include "apiclient.h"
#include "apireply.h"
#include "remotecache.h"

#include "domain/jsoncodec.h"
#include "services/localcardservice.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqlexec.h"
#include "storage/sqltransaction.h"

#include <QJsonArray>
#include <QPromise>
#include <QSqlQuery>

RemoteCardService::RemoteCardService(DatabaseWorker *worker, ApiClient *api, LocalCardService *local, QObject *parent)
    : CardService(parent)
    , m_worker(worker)
    , m_api(api)
    , m_local(local)
{
    connect(m_local, &CardService::cardChanged, this, &CardService::cardChanged);
}

// --- Reviews of a period: the server's transactions first ---

QFuture<TransactionList> RemoteCardService::transactionsSince(qint64 cardId, const QDateTime &since)
{
    auto promise = std::make_shared<QPromise<TransactionList>>();
    promise->start();
    QFuture<TransactionList> future = promise->future();
    fetchTransactions(cardId, since, [this, promise, cardId, since](Fetch outcome) {
        m_local->transactionsSince(cardId, since).then(this, [promise, outcome](TransactionList list) {
            if (outcome == Fetch::Incomplete && list.error.isEmpty())
                list.notice = tr("The server could not be asked for all of this card's transactions: these are "
                                 "the ones this computer has, and some may be missing. Look again when the status "
                                 "bar says online.");
            promise->addResult(list);
            promise->finish();
        });
    });
    return future;
}

QFuture<ControlsPreview> RemoteCardService::previewControls(qint64 cardId, const CardControls &controls)
{
    return afterRecentTransactions(cardId, [this, cardId, controls] { return m_local->previewControls(cardId, controls); });
}

QFuture<ControlsPreview> RemoteCardService::previewLimits(qint64 cardId, const CardLimits &limits)
{
    return afterRecentTransactions(cardId, [this, cardId, limits] { return m_local->previewLimits(cardId, limits); });
}

QFuture<ControlsPreview> RemoteCardService::afterRecentTransactions(
    qint64 cardId, const std::function<QFuture<ControlsPreview>()> &preview)
{
    auto promise = std::make_shared<QPromise<ControlsPreview>>();
    promise->start();
    QFuture<ControlsPreview> future = promise->future();
    fetchTransactions(cardId, QDateTime::currentDateTimeUtc().addDays(-PreviewDays), [this, promise, preview](Fetch) {
        preview().then(this, [promise](const ControlsPreview &answer) {
            promise->addResult(answer);
            promise->finish();
        });
    });
    return future;
}

void RemoteCardService::fetchTransactions(qint64 cardId, const QDateTime &since, const std::function<void(Fetch)> &done)
{
    auto read = std::make_shared<TransactionRead>();
    read->cardId = cardId;
    read->since = since.toUTC();
    read->done = done;
    readTransactionPage(read, QString());
}

void RemoteCardService::readTransactionPage(const std::shared_ptr<TransactionRead> &read, const QString &after)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/cards/%1/transactions").arg(read->cardId);
    if (read->since.isValid())
        request.query.addQueryItem(QStringLiteral("since"), JsonCodec::timestamp(read->since));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!after.isEmpty())
        request.query.addQueryItem(QStringLiteral("after"), after);
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, this, [this, read](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (!result.ok()) {
            if (result.status == 404 && read->pages == 0) {
                read->done(Fetch::NotOnServer);
                return;
            }
            qWarning("RemoteCardService: the transactions of card %lld could not be read: %s (HTTP %d)",
                     static_cast<long long>(read->cardId), qUtf8Printable(ApiResult::outcomeName(result.outcome)),
                     result.status);
            storeTransactions(read, Fetch::Incomplete);   // what came before the failure is worth keeping
            return;
        }
        ++read->pages;
        const QJsonObject body = result.json.object();
        for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray()) {
            QString error;
            if (const std::optional<Transaction> t = JsonCodec::transactionFromJson(item, &error))
                read->transactions << *t;
            else
                qWarning("RemoteCardService: a transaction the client cannot read: %s", qUtf8Printable(error));
        }
        const QJsonValue next = body.value(QStringLiteral("next"));
        if (!next.isString() || next.toString().isEmpty()) {
            storeTransactions(read, Fetch::Complete);
            return;
        }
        if (read->pages >= MaxPages) {
            qWarning("RemoteCardService: card %lld has more than %d transactions in the period; the rest is not read",
                     static_cast<long long>(read->cardId), MaxPages * PageSize);
            storeTransactions(read, Fetch::Incomplete);
            return;
        }
        readTransactionPage(read, next.toString());
    });
}

void RemoteCardService::storeTransactions(const std::shared_ptr<TransactionRead> &read, Fetch outcome)
{
    if (read->transactions.isEmpty()) {
        read->done(outcome);
        return;
    }
    m_worker
        ->run([cardId = read->cardId, transactions = read->transactions](Database &db) {
            SqlTransaction transaction(db.connection());
            if (!transaction.isActive())
                return transaction.lastError();
            QString error;
            // The cache holds the cards of the customers this agent opened; no card, nothing to keep.
            QSqlQuery &known = db.prepared(QStringLiteral("SELECT count(*) FROM cards WHERE id = ?"));
            known.bindValue(0, cardId);
            if (!SqlExec::exec(known, &error) || !known.next())
                return error;
            const bool cached = known.value(0).toInt() > 0;
            known.finish();
            if (!cached)
                return QString();
            RemoteCache cache(db);
            for (const Transaction &t : transactions) {
                if (!cache.storeTransaction(t, cardId, &error))
                    return error;
            }
            return transaction.commit() ? QString() : transaction.lastError();
        })
        .then(this, [read, outcome](const QString &error) {
            if (!error.isEmpty())
                qWarning("RemoteCardService: the cache could not take the server's transactions: %s",
                         qUtf8Printable(error));
            read->done(error.isEmpty() ? outcome : Fetch::Incomplete);
        });
}

// --- Everything else: the local service over the cache (its commands go through the outbox) ---

QFuture<CommandResult> RemoteCardService::recordVerification(qint64 customerId, qint64 cardId,
                                                             Verification::Method method, bool passed)
{
    return m_local->recordVerification(customerId, cardId, method, passed);
}

QFuture<CommandResult> RemoteCardService::lock(qint64 cardId, int expectedVersion, CardLifecycle::LockReason reason,
                                               const QString &reasonText)
{
    return m_local->lock(cardId, expectedVersion, reason, reasonText);
}

QFuture<CommandResult> RemoteCardService::unlock(qint64 cardId, int expectedVersion, const QString &reasonText)
{
    return m_local->unlock(cardId, expectedVersion, reasonText);
}

QFuture<CommandResult> RemoteCardService::close(qint64 cardId, int expectedVersion, CardLifecycle::CloseReason reason,
                                                const QString &reasonText)
{
    return m_local->close(cardId, expectedVersion, reason, reasonText);
}

QFuture<CommandResult> RemoteCardService::activate(qint64 cardId, int expectedVersion, bool customerConfirmedReceipt)
{
    return m_local->activate(cardId, expectedVersion, customerConfirmedReceipt);
}

QFuture<CommandResult> RemoteCardService::orderReplacement(qint64 cardId, int expectedVersion,
                                                           const ReplacementOrder &order)
{
    return m_local->orderReplacement(cardId, expectedVersion, order);
}

QFuture<CommandResult> RemoteCardService::resetPin(qint64 cardId, int expectedVersion, bool byLetter)
{
    return m_local->resetPin(cardId, expectedVersion, byLetter);
}

QFuture<CommandResult> RemoteCardService::reportNotReceived(qint64 cardId, int expectedVersion)
{
    return m_local->reportNotReceived(cardId, expectedVersion);
}

QFuture<CommandResult> RemoteCardService::setControls(qint64 cardId, int expectedVersion, const CardControls &controls)
{
    return m_local->setControls(cardId, expectedVersion, controls);
}

QFuture<CommandResult> RemoteCardService::setLimits(qint64 cardId, int expectedVersion, const CardLimits &limits)
{
    return m_local->setLimits(cardId, expectedVersion, limits);
}

QFuture<CardLimits> RemoteCardService::limits(qint64 cardId)
{
    return m_local->limits(cardId);
}

QFuture<QList<CardEvent>> RemoteCardService::events(qint64 cardId)
{
    return m_local->events(cardId);
}

QFuture<WorkflowResult> RemoteCardService::startWorkflow(qint64 customerId, qint64 cardId,
                                                         CardWorkflow::Situation situation, qint64 conversationId)
{
    return m_local->startWorkflow(customerId, cardId, situation, conversationId);
}

QFuture<WorkflowResult> RemoteCardService::workflow(qint64 workflowId)
{
    return m_local->workflow(workflowId);
}

QFuture<QList<WorkflowRecord>> RemoteCardService::openWorkflows(qint64 customerId)
{
    return m_local->openWorkflows(customerId);
}

QFuture<WorkflowResult> RemoteCardService::saveWorkflow(qint64 workflowId, int expectedVersion, CardWorkflow::Step step,
                                                        const QJsonObject &data)
{
    return m_local->saveWorkflow(workflowId, expectedVersion, step, data);
}

QFuture<WorkflowResult> RemoteCardService::finishWorkflow(qint64 workflowId, int expectedVersion, bool completed,
                                                          const QJsonObject &data)
{
    return m_local->finishWorkflow(workflowId, expectedVersion, completed, data);
}

QFuture<CommandResult> RemoteCardService::fileDispute(qint64 workflowId, qint64 transactionId,
                                                      DisputeReasons::Reason reason, const QJsonObject &evidence,
                                                      const QString &policeReference)
{
    return m_local->fileDispute(workflowId, transactionId, reason, evidence, policeReference);
}

QFuture<CardHolderStatus> RemoteCardService::holderStatus(qint64 customerId)
{
    return m_local->holderStatus(customerId);
}

QFuture<CommandResult> RemoteCardService::clearAddressFlag(qint64 customerId, const QString &note)
{
    return m_local->clearAddressFlag(customerId, note);
}

QFuture<QHash<qint64, QStringList>> RemoteCardService::unsentActions(qint64 customerId)
{
    return m_local->unsentActions(customerId);
}

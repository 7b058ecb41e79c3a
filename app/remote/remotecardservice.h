#pragma once

#include "services/cardservice.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>

class ApiClient;
class DatabaseWorker;
class LocalCardService;

/// @short Card actions in remote mode: the local service over the cache, with a card's transactions from the server.
///
/// Every action goes through the local service: applied to the cache and
/// queued in the outbox in one transaction (RemoteBackend). The cache holds
/// only the latest transactions that came with the customer, so a review of
/// a period (transactionsSince(), the previews of new controls and limits)
/// first reads the card's transactions of that period from the server
/// (GET /v1/cards/{id}/transactions, page by page), writes them into the
/// cache in one transaction, and then answers from the cache. When the
/// server cannot be reached, the cache answers alone and transactionsSince()
/// says that the list may be incomplete (TransactionList::notice).
class RemoteCardService : public CardService
{
    Q_OBJECT

public:
    RemoteCardService(DatabaseWorker *worker, ApiClient *api, LocalCardService *local, QObject *parent = nullptr);

    /// Transactions per request (the server's limit).
    static constexpr int PageSize = 200;
    /// At most this many pages are read for one period; more: the list says it may be incomplete.
    static constexpr int MaxPages = 50;

    QFuture<CommandResult> recordVerification(qint64 customerId, qint64 cardId, Verification::Method method,
                                              bool passed) override;
    QFuture<CommandResult> lock(qint64 cardId, int expectedVersion, CardLifecycle::LockReason reason,
                                const QString &reasonText) override;
    QFuture<CommandResult> unlock(qint64 cardId, int expectedVersion, const QString &reasonText) override;
    QFuture<CommandResult> close(qint64 cardId, int expectedVersion, CardLifecycle::CloseReason reason,
                                 const QString &reasonText) override;
    QFuture<CommandResult> activate(qint64 cardId, int expectedVersion, bool customerConfirmedReceipt) override;
    QFuture<CommandResult> orderReplacement(qint64 cardId, int expectedVersion, const ReplacementOrder &order) override;
    QFuture<CommandResult> resetPin(qint64 cardId, int expectedVersion, bool byLetter) override;
    QFuture<CommandResult> reportNotReceived(qint64 cardId, int expectedVersion) override;
    QFuture<ControlsPreview> previewControls(qint64 cardId, const CardControls &controls) override;
    QFuture<CommandResult> setControls(qint64 cardId, int expectedVersion, const CardControls &controls) override;
    QFuture<ControlsPreview> previewLimits(qint64 cardId, const CardLimits &limits) override;
    QFuture<CommandResult> setLimits(qint64 cardId, int expectedVersion, const CardLimits &limits) override;
    QFuture<CardLimits> limits(qint64 cardId) override;
    QFuture<QList<CardEvent>> events(qint64 cardId) override;

    QFuture<WorkflowResult> startWorkflow(qint64 customerId, qint64 cardId, CardWorkflow::Situation situation,
                                          qint64 conversationId) override;
    QFuture<WorkflowResult> workflow(qint64 workflowId) override;
    QFuture<QList<WorkflowRecord>> openWorkflows(qint64 customerId) override;
    QFuture<WorkflowResult> saveWorkflow(qint64 workflowId, int expectedVersion, CardWorkflow::Step step,
                                         const QJsonObject &data) override;
    QFuture<WorkflowResult> finishWorkflow(qint64 workflowId, int expectedVersion, bool completed,
                                           const QJsonObject &data) override;
    QFuture<TransactionList> transactionsSince(qint64 cardId, const QDateTime &since) override;
    QFuture<CommandResult> fileDispute(qint64 workflowId, qint64 transactionId, DisputeReasons::Reason reason,
                                       const QJsonObject &evidence, const QString &policeReference) override;

    QFuture<CardHolderStatus> holderStatus(qint64 customerId) override;
    QFuture<CommandResult> clearAddressFlag(qint64 customerId, const QString &note) override;
    QFuture<QHash<qint64, QStringList>> unsentActions(qint64 customerId) override;

Q_SIGNALS:
    /// Whether the last call reached the server.
    void reachabilityChanged(bool reachable);

private:
    /// How a read of the server's transactions ended.
    enum class Fetch {
        Complete,     ///< every transaction of the period is in the cache now
        Incomplete,   ///< the server could not be read (or not to the end): the cache may lack some
        NotOnServer   ///< the server has no such card (one this console made and has not sent): the cache is all
    };
    /// What fetchTransactions() has read so far.
    struct TransactionRead
    {
        qint64 cardId = 0;
        QDateTime since;
        QList<Transaction> transactions;
        int pages = 0;
        std::function<void(Fetch)> done;
    };

    /// Reads the card's transactions since @p since from the server into the cache; then @p done.
    void fetchTransactions(qint64 cardId, const QDateTime &since, const std::function<void(Fetch)> &done);
    void readTransactionPage(const std::shared_ptr<TransactionRead> &read, const QString &after);
    /// Writes what was read into the cache in one transaction, on the worker.
    void storeTransactions(const std::shared_ptr<TransactionRead> &read, Fetch outcome);
    /// The previews judge the last PreviewDays days: those are read first.
    QFuture<ControlsPreview> afterRecentTransactions(qint64 cardId,
                                                     const std::function<QFuture<ControlsPreview>()> &preview);

    DatabaseWorker *m_worker = nullptr;
    ApiClient *m_api = nullptr;
    LocalCardService *m_local = nullptr;
};

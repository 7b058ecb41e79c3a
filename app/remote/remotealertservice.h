#pragma once

#include "services/alertservice.h"

class ApiClient;
class CustomerService;
class DatabaseWorker;
class LocalAlertService;

/// @short Fraud alerts in remote mode: the server's alerts, decided through the outbox.
///
/// The server raises alerts (its screening); the console shows the one of a
/// conversation as the server has it: GET /v1/alerts?conversationId= and
/// GET /v1/alerts/{id}, evidence included, written into the cache
/// (RemoteCache::storeAlert, the customer first when the cache does not hold
/// them) and read back through the local service. Offline, the cache's last
/// copy is shown. A decision is the local service's command: applied to the
/// cache at once and sent by the outbox (alert.genuine, alert.fraud).
class RemoteAlertService : public AlertService
{
    Q_OBJECT

public:
    RemoteAlertService(DatabaseWorker *worker, ApiClient *api, LocalAlertService *local, CustomerService *customers,
                       QObject *parent = nullptr);

    QFuture<ScreeningResult> screenIncoming(qint64 cardId, const QList<Transaction> &incoming) override;
    QFuture<AlertDetails> alertOfConversation(qint64 conversationId) override;
    QFuture<CommandResult> markGenuine(qint64 alertId, const QString &note) override;
    QFuture<FraudDecision> markFraud(qint64 alertId, const QString &note) override;

private:
    /// Writes the server's alert into the cache, then answers from the cache.
    void storeAndAnswer(qint64 conversationId, const Alert &alert, const QList<Transaction> &evidence,
                        const std::shared_ptr<QPromise<AlertDetails>> &promise);
    void answerFromCache(qint64 conversationId, const std::shared_ptr<QPromise<AlertDetails>> &promise);

    DatabaseWorker *m_worker = nullptr;
    ApiClient *m_api = nullptr;
    LocalAlertService *m_local = nullptr;
    CustomerService *m_customers = nullptr;
};

#pragma once

#include "alertservice.h"

#include "domain/agent.h"

class DatabaseWorker;

/// @short AlertService on the local database (the worker thread).
///
/// Screening runs as the system's fraud monitoring ("fraud-monitoring" in
/// the audit log); the decisions run as the signed-in agent. Every one is a
/// command applied with its audit entry (CommandProcessor).
class LocalAlertService : public AlertService
{
    Q_OBJECT

public:
    /// Most incoming transactions judged in one call.
    static constexpr int MaxIncoming = 500;
    /// Longest decision note, in characters.
    static constexpr int MaxNoteLength = 4000;

    explicit LocalAlertService(DatabaseWorker *worker, QObject *parent = nullptr);

    void setAgent(const Agent &agent);

    QFuture<ScreeningResult> screenIncoming(qint64 cardId, const QList<Transaction> &incoming) override;
    QFuture<AlertDetails> alertOfConversation(qint64 conversationId) override;
    QFuture<CommandResult> markGenuine(qint64 alertId, const QString &note) override;
    QFuture<FraudDecision> markFraud(qint64 alertId, const QString &note) override;

    /// The audit log's name for the rules when they raise an alert.
    static QString monitoringAgent();

private:
    /// What is wrong with an incoming transaction, for the caller; empty when it can be judged.
    static QString problemOf(const Transaction &transaction);
    QFuture<FraudDecision> decide(qint64 alertId, Alert::Status status, const QString &note);

    DatabaseWorker *m_worker;
    Agent m_agent;
};

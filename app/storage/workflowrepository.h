#pragma once

#include "domain/cardworkflow.h"
#include "domain/customer.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/// @short Saved card workflows and the disputes they file, in SQLite.
///
/// Runs on the database worker, inside the caller's command transaction.
class WorkflowRepository
{
public:
    explicit WorkflowRepository(Database &database);

    /// Inserts @p workflow (state "open", version 1); returns its id, 0 with *error.
    qint64 insertWorkflow(const WorkflowRecord &workflow, QString *error);
    std::optional<WorkflowRecord> workflow(qint64 workflowId, QString *error);
    /// Remote mode: the oldest provisional workflow of @p cardId (the one the
    /// server's next answer about a start is for); 0 when none, nullopt on error.
    std::optional<qint64> provisionalWorkflowOf(qint64 cardId, QString *error);
    /// Remote mode: the provisional workflow @p provisional is the server's
    /// @p serverId; it and its disputes take that id. In the caller's transaction.
    bool adoptServerId(qint64 provisional, qint64 serverId, QString *error);
    /// The customer's open workflows, newest first.
    QList<WorkflowRecord> openWorkflows(qint64 customerId, QString *error);
    /// The open workflow of a card, if any (a card has at most one).
    std::optional<WorkflowRecord> openWorkflowOfCard(qint64 cardId, QString *error);
    /// Saves step, answers and state when the workflow is still at
    /// @p expectedVersion; false with *conflict when someone saved it since.
    bool saveWorkflow(qint64 workflowId, int expectedVersion, CardWorkflow::Step step, const QJsonObject &data,
                      const QString &state, const QString &agent, bool *conflict, QString *error);

    /// Files @p dispute and marks its transaction's dispute status "open"; returns the id.
    qint64 insertDispute(const Dispute &dispute, QString *error);
    std::optional<Dispute> disputeOfTransaction(qint64 transactionId, QString *error);
    QList<Dispute> disputesOfWorkflow(qint64 workflowId, QString *error);

    /// One transaction with the card it was made with (the card's last four).
    std::optional<Transaction> transaction(qint64 transactionId, QString *error);

private:
    Database &m_database;
};

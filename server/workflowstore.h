#pragma once

#include "sqldialect.h"

#include "domain/cardworkflow.h"
#include "domain/customer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

/// @short Card workflows and the disputes they file (migration 0010), as the console keeps them.
///
/// The rows are the console's (app/storage/workflowrepository.cpp) and so
/// are the values (app/domain/cardworkflow.h: WorkflowRecord, Dispute). A
/// card has at most one open workflow and a transaction at most one dispute;
/// the database holds both rules (unique indexes), so that two commands at
/// once on two server instances cannot both pass. Everything runs in the
/// caller's transaction.
class WorkflowStore
{
public:
    WorkflowStore(QSqlDatabase db, SqlDialect dialect);

    /// nullopt with an empty *error: no such workflow.
    std::optional<WorkflowRecord> workflow(qint64 workflowId, QString *error);
    /// The card's open workflow; nullopt with an empty *error: none.
    std::optional<WorkflowRecord> openWorkflowOfCard(qint64 cardId, QString *error);
    /// The customer's open workflows, newest first.
    QList<WorkflowRecord> openWorkflowsOfCustomer(qint64 customerId, QString *error);

    /// Inserts @p workflow as open at version 1, started and last changed by
    /// its startedBy at its startedAt; its id. 0 with an empty *error when the
    /// card has an open workflow already (another command won the race).
    qint64 insertWorkflow(const WorkflowRecord &workflow, const QUuid &commandId, QString *error);

    /// Saves step, answers and state of an open workflow still at @p
    /// expectedVersion (version + 1, changed by @p agent at @p at; a state
    /// other than open ends it). False with *conflict when it moved on or ended meanwhile.
    bool saveWorkflow(qint64 workflowId, int expectedVersion, CardWorkflow::Step step, const QJsonObject &data,
                      const QString &state, const QString &agent, const QDateTime &at, bool *conflict,
                      QString *error);

    /// One transaction with its card's last four; nullopt with an empty *error: none.
    std::optional<Transaction> transaction(qint64 transactionId, QString *error);
    /// The dispute of @p transactionId; nullopt with an empty *error: none.
    std::optional<Dispute> disputeOfTransaction(qint64 transactionId, QString *error);

    /// Files @p dispute (status open, opened by its agent at its openedAt) and
    /// marks its transaction's dispute status open; its id. 0 with an empty
    /// *error when the transaction has a dispute already.
    qint64 insertDispute(const Dispute &dispute, const QUuid &commandId, QString *error);

    /// The contract's Workflow: every string of its answers leaves with card numbers masked.
    static QJsonObject toJson(const WorkflowRecord &workflow);
    /// The contract's Dispute (its evidence: the contract's keys only).
    static QJsonObject toJson(const Dispute &dispute);
    /// The evidence keys the contract's DisputeEvidence names.
    static QStringList evidenceKeys();

private:
    std::optional<QList<WorkflowRecord>> workflows(const QString &where, const QVariantList &values, QString *error);
    QString jsonColumn(const QString &column) const;   ///< read as text
    QString jsonValue() const;                         ///< a bound JSON text, as the column takes it

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

#include "workflowrepository.h"

#include "conversationrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "sqlexec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using SqlExec::exec;
using SqlExec::execChanging;
using SqlExec::optionalText;

namespace {

const QString WorkflowColumns = QStringLiteral(
    "id, customer_id, card_id, situation, conversation_id, state, step, data, version, started_at, started_by,"
    " updated_at, updated_by");

const QString DisputeColumns = QStringLiteral(
    "id, transaction_id, card_id, reason, evidence, police_reference, status, workflow_id, opened_at, agent");

QString now()
{
    return ConversationRepository::isoTime(QDateTime::currentDateTimeUtc());
}

QDateTime timeOf(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

WorkflowRecord workflowFromRow(const QSqlQuery &q)
{
    WorkflowRecord w;
    w.id = q.value(0).toLongLong();
    w.customerId = q.value(1).toLongLong();
    w.cardId = q.value(2).toLongLong();
    w.situation = CardWorkflow::situationFromName(q.value(3).toString()).value_or(CardWorkflow::Situation::Lost);
    w.conversationId = q.value(4).toLongLong();
    w.state = q.value(5).toString();
    w.step = CardWorkflow::stepFromName(q.value(6).toString()).value_or(CardWorkflow::Step::Situation);
    w.data = objectOf(q.value(7));
    w.version = q.value(8).toInt();
    w.startedAt = timeOf(q.value(9));
    w.startedBy = q.value(10).toString();
    w.updatedAt = timeOf(q.value(11));
    w.updatedBy = q.value(12).toString();
    return w;
}

Dispute disputeFromRow(const QSqlQuery &q)
{
    Dispute d;
    d.id = q.value(0).toLongLong();
    d.transactionId = q.value(1).toLongLong();
    d.cardId = q.value(2).toLongLong();
    d.reason = DisputeReasons::reasonFromName(q.value(3).toString()).value_or(DisputeReasons::Reason::NotAuthorised);
    d.evidence = objectOf(q.value(4));
    d.policeReference = q.value(5).toString();
    d.status = q.value(6).toString();
    d.workflowId = q.value(7).toLongLong();
    d.openedAt = timeOf(q.value(8));
    d.agent = q.value(9).toString();
    return d;
}

template <typename T, typename FromRow>
QList<T> all(QSqlQuery &q, QString *error, FromRow fromRow)
{
    QList<T> out;
    if (!exec(q, error))
        return out;
    while (q.next())
        out << fromRow(q);
    q.finish();
    return out;
}

template <typename T, typename FromRow>
std::optional<T> first(QSqlQuery &q, QString *error, FromRow fromRow)
{
    const QList<T> rows = all<T>(q, error, fromRow);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

} // namespace

WorkflowRepository::WorkflowRepository(Database &database)
    : m_database(database)
{
}

qint64 WorkflowRepository::insertWorkflow(const WorkflowRecord &workflow, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO card_workflows (customer_id, card_id, situation, conversation_id, state, step, data, version,"
        " started_at, started_by, updated_at, updated_by, id) VALUES (?, ?, ?, ?, 'open', ?, ?, 1, ?, ?, ?, ?, ?)"));
    const QString at = now();
    q.bindValue(0, workflow.customerId);
    q.bindValue(1, workflow.cardId);
    q.bindValue(2, CardWorkflow::situationName(workflow.situation));
    q.bindValue(3, workflow.conversationId != 0 ? QVariant(workflow.conversationId) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(4, CardWorkflow::stepName(workflow.step));
    q.bindValue(5, json(workflow.data));
    q.bindValue(6, at);
    q.bindValue(7, workflow.startedBy);
    q.bindValue(8, at);
    q.bindValue(9, workflow.startedBy);
    const QVariant newId = m_database.newRowId(QStringLiteral("card_workflows"), error);   // provisional in a remote cache
    if (!newId.isValid())
        return 0;
    q.bindValue(10, newId);
    if (!exec(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

std::optional<qint64> WorkflowRepository::provisionalWorkflowOf(qint64 cardId, QString *error)
{
    // The oldest first: ids go down as they are made, and the server answers in order.
    QSqlQuery &q = m_database.prepared(
        QStringLiteral("SELECT max(id) FROM card_workflows WHERE card_id = ? AND id < 0"));
    q.bindValue(0, cardId);
    if (!exec(q, error))
        return std::nullopt;
    const qint64 id = q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool WorkflowRepository::adoptServerId(qint64 provisional, qint64 serverId, QString *error)
{
    Q_ASSERT(provisional < 0 && serverId > 0);
    return SqlExec::deferForeignKeys(m_database.connection(), error)
           && SqlExec::run(m_database.connection(), QStringLiteral("DELETE FROM card_workflows WHERE id = ?"),
                           {serverId}, error)
           && SqlExec::run(m_database.connection(),
                           QStringLiteral("UPDATE disputes SET workflow_id = ? WHERE workflow_id = ?"),
                           {serverId, provisional}, error)
           && SqlExec::run(m_database.connection(), QStringLiteral("UPDATE card_workflows SET id = ? WHERE id = ?"),
                           {serverId, provisional}, error);
}

std::optional<WorkflowRecord> WorkflowRepository::workflow(qint64 workflowId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + WorkflowColumns
                                       + QStringLiteral(" FROM card_workflows WHERE id = ?"));
    q.bindValue(0, workflowId);
    return first<WorkflowRecord>(q, error, workflowFromRow);
}

QList<WorkflowRecord> WorkflowRepository::openWorkflows(qint64 customerId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + WorkflowColumns
                                       + QStringLiteral(" FROM card_workflows WHERE customer_id = ? AND state = 'open'"
                                                        " ORDER BY id DESC"));
    q.bindValue(0, customerId);
    return all<WorkflowRecord>(q, error, workflowFromRow);
}

std::optional<WorkflowRecord> WorkflowRepository::openWorkflowOfCard(qint64 cardId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + WorkflowColumns
                                       + QStringLiteral(" FROM card_workflows WHERE card_id = ? AND state = 'open'"
                                                        " ORDER BY id DESC LIMIT 1"));
    q.bindValue(0, cardId);
    return first<WorkflowRecord>(q, error, workflowFromRow);
}

bool WorkflowRepository::saveWorkflow(qint64 workflowId, int expectedVersion, CardWorkflow::Step step,
                                      const QJsonObject &data, const QString &state, const QString &agent,
                                      bool *conflict, QString *error)
{
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE card_workflows SET step = ?, data = ?, state = ?, version = version + 1, updated_at = ?,"
        " updated_by = ?, completed_at = CASE WHEN ? = 'open' THEN NULL ELSE ? END"
        " WHERE id = ? AND version = ? AND state = 'open'"));
    const QString at = now();
    u.bindValue(0, CardWorkflow::stepName(step));
    u.bindValue(1, json(data));
    u.bindValue(2, state);
    u.bindValue(3, at);
    u.bindValue(4, agent);
    u.bindValue(5, state);
    u.bindValue(6, at);
    u.bindValue(7, workflowId);
    u.bindValue(8, expectedVersion);
    return execChanging(u, conflict, error);
}

qint64 WorkflowRepository::insertDispute(const Dispute &dispute, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO disputes (transaction_id, card_id, reason, evidence, police_reference, status, workflow_id,"
        " opened_at, agent) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)"));
    q.bindValue(0, dispute.transactionId);
    q.bindValue(1, dispute.cardId);
    q.bindValue(2, DisputeReasons::reasonName(dispute.reason));
    q.bindValue(3, json(dispute.evidence));
    q.bindValue(4, optionalText(dispute.policeReference));
    q.bindValue(5, dispute.workflowId > 0 ? QVariant(dispute.workflowId) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(6, now());
    q.bindValue(7, dispute.agent);
    if (!exec(q, error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery &u = m_database.prepared(QStringLiteral("UPDATE transactions SET dispute_status = 'open' WHERE id = ?"));
    u.bindValue(0, dispute.transactionId);
    return exec(u, error) ? id : 0;
}

std::optional<Dispute> WorkflowRepository::disputeOfTransaction(qint64 transactionId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + DisputeColumns
                                       + QStringLiteral(" FROM disputes WHERE transaction_id = ?"));
    q.bindValue(0, transactionId);
    return first<Dispute>(q, error, disputeFromRow);
}

QList<Dispute> WorkflowRepository::disputesOfWorkflow(qint64 workflowId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + DisputeColumns
                                       + QStringLiteral(" FROM disputes WHERE workflow_id = ? ORDER BY id"));
    q.bindValue(0, workflowId);
    return all<Dispute>(q, error, disputeFromRow);
}

std::optional<Transaction> WorkflowRepository::transaction(qint64 transactionId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ")
                                       + QString::fromLatin1(CustomerRepository::TransactionColumns)
                                       + QStringLiteral(" FROM cards AS k JOIN transactions AS t ON t.card_id = k.id"
                                                        " WHERE t.id = ?"));
    q.bindValue(0, transactionId);
    return first<Transaction>(q, error, &CustomerRepository::transactionFromRow);
}

#include "workflowstore.h"

#include "cardstore.h"
#include "sqlvalues.h"

#include "domain/jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

/// Every string in @p value as it may leave the server: card numbers masked.
QJsonValue masked(const QJsonValue &value)
{
    if (value.isString())
        return JsonCodec::safeText(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(masked(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(JsonCodec::safeText(it.key()), masked(it.value()));
        return out;
    }
    return value;
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

WorkflowStore::WorkflowStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QString WorkflowStore::jsonColumn(const QString &column) const
{
    return m_dialect == SqlDialect::PostgreSql ? QStringLiteral("CAST(%1 AS text)").arg(column) : column;
}

QString WorkflowStore::jsonValue() const
{
    return m_dialect == SqlDialect::PostgreSql ? QStringLiteral("CAST(? AS jsonb)") : QStringLiteral("?");
}

std::optional<QList<WorkflowRecord>> WorkflowStore::workflows(const QString &where, const QVariantList &values,
                                                              QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT id, customer_id, card_id, situation, "
                                             "coalesce(conversation_id, 0), state, step, ")
                              + jsonColumn(QStringLiteral("data"))
                              + QStringLiteral(", version, started_at, started_by, updated_at, updated_by "
                                               "FROM card_workflows ")
                              + where;
    if (!SqlValues::exec(q, statement, values, error))
        return std::nullopt;
    QList<WorkflowRecord> out;
    while (q.next()) {
        WorkflowRecord w;
        w.id = q.value(0).toLongLong();
        w.customerId = q.value(1).toLongLong();
        w.cardId = q.value(2).toLongLong();
        const std::optional<CardWorkflow::Situation> situation = CardWorkflow::situationFromName(q.value(3).toString());
        const std::optional<CardWorkflow::Step> step = CardWorkflow::stepFromName(q.value(6).toString());
        if (!situation || !step) {
            *error = QStringLiteral("workflow %1 has an unknown situation or step").arg(w.id);
            return std::nullopt;
        }
        w.situation = *situation;
        w.conversationId = q.value(4).toLongLong();
        w.state = q.value(5).toString();
        w.step = *step;
        w.data = objectOf(q.value(7));
        w.version = q.value(8).toInt();
        w.startedAt = SqlValues::toTime(q.value(9));
        w.startedBy = q.value(10).toString();
        w.updatedAt = SqlValues::toTime(q.value(11));
        w.updatedBy = q.value(12).toString();
        out.append(w);
    }
    return out;
}

std::optional<WorkflowRecord> WorkflowStore::workflow(qint64 workflowId, QString *error)
{
    error->clear();
    const std::optional<QList<WorkflowRecord>> rows = workflows(QStringLiteral("WHERE id = ?"), {workflowId}, error);
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->constFirst();
}

std::optional<WorkflowRecord> WorkflowStore::openWorkflowOfCard(qint64 cardId, QString *error)
{
    error->clear();
    const std::optional<QList<WorkflowRecord>> rows =
        workflows(QStringLiteral("WHERE card_id = ? AND state = 'open' ORDER BY id DESC LIMIT 1"), {cardId}, error);
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->constFirst();
}

QList<WorkflowRecord> WorkflowStore::openWorkflowsOfCustomer(qint64 customerId, QString *error)
{
    error->clear();
    return workflows(QStringLiteral("WHERE customer_id = ? AND state = 'open' ORDER BY id DESC"), {customerId}, error)
        .value_or(QList<WorkflowRecord>());
}

qint64 WorkflowStore::insertWorkflow(const WorkflowRecord &workflow, const QUuid &commandId, QString *error)
{
    error->clear();
    // The card's one open workflow is the unique index's to keep: a second
    // start inserts nothing, whichever instance it reached.
    QSqlQuery q(m_db);
    const QVariant at = SqlValues::time(workflow.startedAt);
    if (!SqlValues::exec(q,
                         QStringLiteral("INSERT INTO card_workflows (customer_id, card_id, situation, conversation_id, "
                                        "state, step, data, version, started_at, started_by, updated_at, updated_by, "
                                        "command_id) VALUES (?, ?, ?, ?, 'open', ?, ")
                             + jsonValue()
                             + QStringLiteral(", 1, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
                         {workflow.customerId, workflow.cardId, CardWorkflow::situationName(workflow.situation),
                          SqlValues::nullableId(workflow.conversationId), CardWorkflow::stepName(workflow.step),
                          jsonText(workflow.data), at, workflow.startedBy, at, workflow.startedBy,
                          commandId.toString(QUuid::WithoutBraces)},
                         error))
        return 0;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool WorkflowStore::saveWorkflow(qint64 workflowId, int expectedVersion, CardWorkflow::Step step,
                                 const QJsonObject &data, const QString &state, const QString &agent,
                                 const QDateTime &at, bool *conflict, QString *error)
{
    *conflict = false;
    error->clear();
    const bool ends = state != QLatin1String("open");
    QSqlQuery q(m_db);
    if (!SqlValues::exec(q,
                         QStringLiteral("UPDATE card_workflows SET step = ?, data = ")
                             + jsonValue()
                             + QStringLiteral(", state = ?, version = version + 1, updated_at = ?, updated_by = ?, "
                                              "completed_at = ? WHERE id = ? AND version = ? AND state = 'open'"),
                         {CardWorkflow::stepName(step), jsonText(data), state, SqlValues::time(at), agent,
                          ends ? SqlValues::time(at) : SqlValues::time(QDateTime()), workflowId, expectedVersion},
                         error))
        return false;
    if (q.numRowsAffected() != 1) {
        *conflict = true;
        *error = QStringLiteral("workflow %1 is no longer open at version %2").arg(workflowId).arg(expectedVersion);
        return false;
    }
    return true;
}

std::optional<Transaction> WorkflowStore::transaction(qint64 transactionId, QString *error)
{
    error->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q,
                         QStringLiteral("SELECT ") + CardStore::transactionColumns()
                             + QStringLiteral(" FROM transactions t JOIN cards k ON k.id = t.card_id WHERE t.id = ?"),
                         {transactionId}, error)
        || !q.next())
        return std::nullopt;
    return CardStore::transactionFrom(q);
}

std::optional<Dispute> WorkflowStore::disputeOfTransaction(qint64 transactionId, QString *error)
{
    error->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q,
                         QStringLiteral("SELECT id, transaction_id, card_id, reason, ")
                             + jsonColumn(QStringLiteral("evidence"))
                             + QStringLiteral(", police_reference, status, coalesce(workflow_id, 0), opened_at, agent "
                                              "FROM disputes WHERE transaction_id = ?"),
                         {transactionId}, error)
        || !q.next())
        return std::nullopt;
    Dispute d;
    d.id = q.value(0).toLongLong();
    d.transactionId = q.value(1).toLongLong();
    d.cardId = q.value(2).toLongLong();
    const std::optional<DisputeReasons::Reason> reason = DisputeReasons::reasonFromName(q.value(3).toString());
    if (!reason) {
        *error = QStringLiteral("dispute %1 has an unknown reason").arg(d.id);
        return std::nullopt;
    }
    d.reason = *reason;
    d.evidence = objectOf(q.value(4));
    d.policeReference = q.value(5).toString();
    d.status = q.value(6).toString();
    d.workflowId = q.value(7).toLongLong();
    d.openedAt = SqlValues::toTime(q.value(8));
    d.agent = q.value(9).toString();
    return d;
}

qint64 WorkflowStore::insertDispute(const Dispute &dispute, const QUuid &commandId, QString *error)
{
    error->clear();
    // A transaction is disputed once: the unique transaction_id keeps it so.
    QSqlQuery q(m_db);
    if (!SqlValues::exec(q,
                         QStringLiteral("INSERT INTO disputes (transaction_id, card_id, reason, evidence, "
                                        "police_reference, status, workflow_id, opened_at, agent, command_id) "
                                        "VALUES (?, ?, ?, ")
                             + jsonValue()
                             + QStringLiteral(", ?, 'open', ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
                         {dispute.transactionId, dispute.cardId, DisputeReasons::reasonName(dispute.reason),
                          jsonText(dispute.evidence), SqlValues::text(dispute.policeReference),
                          SqlValues::nullableId(dispute.workflowId), SqlValues::time(dispute.openedAt), dispute.agent,
                          commandId.toString(QUuid::WithoutBraces)},
                         error))
        return 0;
    if (!q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery mark(m_db);
    if (!SqlValues::exec(mark, QStringLiteral("UPDATE transactions SET dispute_status = 'open' WHERE id = ?"),
                         {dispute.transactionId}, error))
        return 0;
    return id;
}

QJsonObject WorkflowStore::toJson(const WorkflowRecord &workflow)
{
    return {{QStringLiteral("id"), workflow.id},
            {QStringLiteral("customerId"), workflow.customerId},
            {QStringLiteral("cardId"), workflow.cardId},
            {QStringLiteral("situation"), CardWorkflow::situationName(workflow.situation)},
            {QStringLiteral("conversationId"), idOrNull(workflow.conversationId)},
            {QStringLiteral("state"), workflow.state},
            {QStringLiteral("step"), CardWorkflow::stepName(workflow.step)},
            {QStringLiteral("data"), masked(workflow.data)},
            {QStringLiteral("version"), workflow.version},
            {QStringLiteral("startedAt"), JsonCodec::timestamp(workflow.startedAt)},
            {QStringLiteral("startedBy"), workflow.startedBy},
            {QStringLiteral("updatedAt"), JsonCodec::timestamp(workflow.updatedAt)},
            {QStringLiteral("updatedBy"), workflow.updatedBy}};
}

QStringList WorkflowStore::evidenceKeys()
{
    return {QStringLiteral("declaration"), QStringLiteral("duplicateOf"), QStringLiteral("receiptAmountMinor"),
            QStringLiteral("expectedBy"), QStringLiteral("merchantContacted"), QStringLiteral("cancelledOn")};
}

QJsonObject WorkflowStore::toJson(const Dispute &dispute)
{
    QJsonObject evidence;
    for (const QString &key : evidenceKeys()) {
        if (dispute.evidence.contains(key))
            evidence.insert(key, masked(dispute.evidence.value(key)));
    }
    const QString reference = dispute.policeReference.trimmed();
    return {{QStringLiteral("id"), dispute.id},
            {QStringLiteral("transactionId"), dispute.transactionId},
            {QStringLiteral("cardId"), dispute.cardId},
            {QStringLiteral("reason"), DisputeReasons::reasonName(dispute.reason)},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("policeReference"),
             reference.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(JsonCodec::safeText(reference))},
            {QStringLiteral("status"), dispute.status},
            {QStringLiteral("workflowId"), idOrNull(dispute.workflowId)},
            {QStringLiteral("openedAt"), JsonCodec::timestamp(dispute.openedAt)},
            {QStringLiteral("agent"), dispute.agent}};
}

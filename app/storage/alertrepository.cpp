#include "alertrepository.h"

#include "conversationrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "sqlexec.h"

#include "domain/transactionstatusnames.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

using SqlExec::exec;
using SqlExec::optionalText;

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

bool earlier(const Transaction &a, const Transaction &b)
{
    return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
}

/// Binds what identifies an authorisation, at positions 0-5: card, time, amount, currency, merchant, category.
void bindIdentity(QSqlQuery &q, qint64 cardId, const Transaction &t)
{
    q.bindValue(0, cardId);
    q.bindValue(1, ConversationRepository::isoTime(t.occurredAt));
    q.bindValue(2, t.amount.minor);
    q.bindValue(3, t.amount.currency);
    q.bindValue(4, t.merchant);
    q.bindValue(5, t.mcc);
}

constexpr const char *AlertColumns =
    "id, conversation_id, customer_id, card_id, findings, status, raised_at, decision_note, decided_by, decided_at";

} // namespace

AlertRepository::AlertRepository(Database &database)
    : m_database(database)
{
}

std::optional<AlertRepository::CardOwner> AlertRepository::ownerOfCard(qint64 cardId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT k.customer_id, c.country, c.language, k.last4"
                                                      " FROM cards AS k JOIN customers AS c ON c.id = k.customer_id"
                                                      " WHERE k.id = ?"));
    q.bindValue(0, cardId);
    if (!exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    CardOwner owner{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.finish();
    return owner;
}

qint64 AlertRepository::insertTransaction(qint64 cardId, const Transaction &t, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO transactions (card_id, occurred_at, amount_minor, currency, merchant, mcc, country, status,"
        " entry_mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindIdentity(q, cardId, t);
    q.bindValue(6, t.country);
    q.bindValue(7, TransactionStatusNames::name(t.status));
    q.bindValue(8, t.entryMode);
    if (!exec(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

qint64 AlertRepository::sameTransaction(qint64 cardId, const Transaction &t, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT id FROM transactions WHERE card_id = ? AND occurred_at = ? AND amount_minor = ? AND currency = ?"
        " AND merchant = ? AND mcc = ? ORDER BY id LIMIT 1"));
    bindIdentity(q, cardId, t);
    if (!exec(q, error) || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QList<Transaction> AlertRepository::transactions(const QList<qint64> &ids, QString *error)
{
    QList<Transaction> out;
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + QString::fromLatin1(CustomerRepository::TransactionColumns)
                                       + QStringLiteral(" FROM transactions AS t JOIN cards AS k ON k.id = t.card_id"
                                                        " WHERE t.id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (!exec(q, error))
            return {};
        if (q.next())
            out << CustomerRepository::transactionFromRow(q);
        q.finish();
    }
    std::stable_sort(out.begin(), out.end(), earlier);
    return out;
}

QList<Transaction> AlertRepository::customerTransactions(qint64 customerId, const QDateTime &since, QString *error)
{
    QList<Transaction> out;
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + QString::fromLatin1(CustomerRepository::TransactionColumns)
                                       + QStringLiteral(" FROM cards AS k JOIN transactions AS t ON t.card_id = k.id"
                                                        " WHERE k.customer_id = ? AND t.occurred_at >= ?"
                                                        " ORDER BY t.occurred_at, t.id"));
    q.bindValue(0, customerId);
    q.bindValue(1, ConversationRepository::isoTime(since));
    if (!exec(q, error))
        return out;
    while (q.next())
        out << CustomerRepository::transactionFromRow(q);
    q.finish();
    return out;
}

QSet<qint64> AlertRepository::alreadyAlerted(const QList<qint64> &ids, QString *error)
{
    QSet<qint64> alerted;
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT 1 FROM alert_transactions WHERE transaction_id = ? LIMIT 1"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (!exec(q, error))
            return {};
        if (q.next())
            alerted.insert(id);
        q.finish();
    }
    return alerted;
}

qint64 AlertRepository::insert(const Alert &alert, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO alerts (conversation_id, customer_id, card_id, rules, findings, status, raised_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, alert.conversationId);
    q.bindValue(1, alert.customerId);
    q.bindValue(2, alert.cardId);
    q.bindValue(3, alert.ruleNames());
    q.bindValue(4, QString::fromUtf8(QJsonDocument(Alert::findingsToJson(alert.findings)).toJson(QJsonDocument::Compact)));
    q.bindValue(5, Alert::statusName(alert.status));
    q.bindValue(6, ConversationRepository::isoTime(alert.raisedAt));
    if (!exec(q, error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery &link = m_database.prepared(
        QStringLiteral("INSERT OR IGNORE INTO alert_transactions (transaction_id, alert_id) VALUES (?, ?)"));
    for (qint64 transactionId : alert.transactionIds()) {
        link.bindValue(0, transactionId);
        link.bindValue(1, id);
        if (!exec(link, error))
            return 0;
    }
    return id;
}

std::optional<Alert> AlertRepository::alert(qint64 alertId, QString *error)
{
    return alertWhere(QStringLiteral("id"), alertId, error);
}

std::optional<Alert> AlertRepository::alertOfConversation(qint64 conversationId, QString *error)
{
    return alertWhere(QStringLiteral("conversation_id"), conversationId, error);
}

std::optional<Alert> AlertRepository::alertWhere(const QString &column, qint64 value, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + QString::fromLatin1(AlertColumns)
                                       + QStringLiteral(" FROM alerts WHERE ") + column + QStringLiteral(" = ?"));
    q.bindValue(0, value);
    if (!exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    Alert alert;
    alert.id = q.value(0).toLongLong();
    alert.conversationId = q.value(1).toLongLong();
    alert.customerId = q.value(2).toLongLong();
    alert.cardId = q.value(3).toLongLong();
    const std::optional<QList<AlertFinding>> findings = Alert::findingsFromJson(q.value(4).toString().toUtf8());
    const std::optional<Alert::Status> status = Alert::statusFromName(q.value(5).toString());
    alert.raisedAt = timeFrom(q.value(6));
    alert.decisionNote = q.value(7).toString();
    alert.decidedBy = q.value(8).toString();
    alert.decidedAt = timeFrom(q.value(9));
    q.finish();
    if (!findings || !status) {
        if (error)
            *error = QStringLiteral("alert %1 has unreadable findings or status").arg(alert.id);
        return std::nullopt;
    }
    alert.findings = *findings;
    alert.status = *status;
    return alert;
}

qint64 AlertRepository::alertOfTransaction(qint64 transactionId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT alert_id FROM alert_transactions WHERE transaction_id = ?"
                                                      " ORDER BY alert_id LIMIT 1"));
    q.bindValue(0, transactionId);
    if (!exec(q, error) || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool AlertRepository::decide(qint64 alertId, Alert::Status status, const QString &note, const QString &agent,
                             const QDateTime &at, const QString &commandId, bool *conflict, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "UPDATE alerts SET status = ?, decision_note = ?, decided_by = ?, decided_at = ?, command_id = ?"
        " WHERE id = ? AND status = 'open'"));
    q.bindValue(0, Alert::statusName(status));
    q.bindValue(1, optionalText(note));
    q.bindValue(2, agent);
    q.bindValue(3, ConversationRepository::isoTime(at));
    q.bindValue(4, commandId);
    q.bindValue(5, alertId);
    return SqlExec::execChanging(q, conflict, error);
}

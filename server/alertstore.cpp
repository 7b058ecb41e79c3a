#include "alertstore.h"

#include "cardstore.h"
#include "sqlvalues.h"

#include "domain/jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString Columns = QStringLiteral("id, conversation_id, customer_id, card_id, findings, status, raised_at, "
                                       "decision_note, decided_by, decided_at");

/// The cursor of this list: the last row's time and id, and "a" so that another list's cursor is refused.
QString encodeCursor(const QDateTime &at, qint64 id)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("k"), QStringLiteral("a")},
                                                      {QStringLiteral("t"), SqlValues::time(at).toString()},
                                                      {QStringLiteral("i"), id}})
                                .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, QDateTime *at, qint64 *id)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                                               | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    if (object.value(QStringLiteral("k")).toString() != QLatin1String("a"))
        return false;
    *at = SqlValues::toTime(object.value(QStringLiteral("t")).toString());
    *id = object.value(QStringLiteral("i")).toInteger();
    return at->isValid() && *id > 0;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(JsonCodec::safeText(text));
}

} // namespace

AlertStore::AlertStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

std::optional<QList<Alert>> AlertStore::select(const QString &where, const QVariantList &values, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM alerts") + where, values,
                         error))
        return std::nullopt;
    QList<Alert> alerts;
    while (q.next()) {
        Alert alert;
        alert.id = q.value(0).toLongLong();
        alert.conversationId = q.value(1).toLongLong();
        alert.customerId = q.value(2).toLongLong();
        alert.cardId = q.value(3).toLongLong();
        const std::optional<QList<AlertFinding>> findings = Alert::findingsFromJson(q.value(4).toString().toUtf8());
        const std::optional<Alert::Status> status = Alert::statusFromName(q.value(5).toString());
        if (!findings || !status) {
            *error = QStringLiteral("alert %1 has unreadable findings or status").arg(alert.id);
            return std::nullopt;
        }
        alert.findings = *findings;
        alert.status = *status;
        alert.raisedAt = SqlValues::toTime(q.value(6));
        alert.decisionNote = q.value(7).toString();
        alert.decidedBy = q.value(8).toString();
        alert.decidedAt = SqlValues::toTime(q.value(9));
        alerts.append(alert);
    }
    return alerts;
}

std::optional<AlertStore::Page> AlertStore::list(const Filter &filter, int limit, const QString &after,
                                                 bool *badCursor, QString *error)
{
    *badCursor = false;
    QStringList conditions;
    QVariantList values;
    if (filter.status) {
        conditions << QStringLiteral("status = ?");
        values << Alert::statusName(*filter.status);
    }
    if (filter.conversationId) {
        conditions << QStringLiteral("conversation_id = ?");
        values << filter.conversationId;
    }
    if (filter.customerId) {
        conditions << QStringLiteral("customer_id = ?");
        values << filter.customerId;
    }
    if (!after.isEmpty()) {
        QDateTime at;
        qint64 id = 0;
        if (!decodeCursor(after, &at, &id)) {
            *badCursor = true;
            return std::nullopt;
        }
        conditions << QStringLiteral("(raised_at < ? OR (raised_at = ? AND id < ?))");
        values << SqlValues::time(at) << SqlValues::time(at) << id;
    }
    QString where = conditions.isEmpty() ? QString()
                                         : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    where += QStringLiteral(" ORDER BY raised_at DESC, id DESC LIMIT ?");
    values << limit + 1;
    std::optional<QList<Alert>> alerts = select(where, values, error);
    if (!alerts)
        return std::nullopt;
    Page page;
    if (alerts->size() > limit) {
        alerts->resize(limit);
        page.next = encodeCursor(alerts->constLast().raisedAt, alerts->constLast().id);
    }
    page.alerts = std::move(*alerts);
    return page;
}

std::optional<Alert> AlertStore::alert(qint64 alertId, bool forUpdate, QString *error)
{
    const bool lock = forUpdate && m_dialect == SqlDialect::PostgreSql;
    const std::optional<QList<Alert>> alerts =
        select(QStringLiteral(" WHERE id = ?") + (lock ? QStringLiteral(" FOR UPDATE") : QString()), {alertId}, error);
    if (!alerts)
        return std::nullopt;
    if (alerts->isEmpty()) {
        error->clear();
        return std::nullopt;
    }
    return alerts->constFirst();
}

QList<Transaction> AlertStore::evidence(const Alert &alert, QString *error)
{
    const QList<qint64> ids = alert.transactionIds();
    QList<Transaction> transactions;
    if (ids.isEmpty())
        return transactions;
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q,
                         QStringLiteral("SELECT ") + CardStore::transactionColumns()
                             + QStringLiteral(" FROM transactions t JOIN cards k ON k.id = t.card_id WHERE t.id IN (")
                             + marks.join(QStringLiteral(", "))
                             + QStringLiteral(") ORDER BY t.occurred_at, t.id"),
                         values, error))
        return {};
    while (q.next())
        transactions.append(CardStore::transactionFrom(q));
    return transactions;
}

QString AlertStore::cardLast4(qint64 cardId, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q, QStringLiteral("SELECT last4 FROM cards WHERE id = ?"), {cardId}, error))
        return QString();
    error->clear();
    return q.next() ? q.value(0).toString() : QString();
}

bool AlertStore::decide(qint64 alertId, Alert::Status status, const QString &note, const QString &agent,
                        const QDateTime &at, const QUuid &commandId, bool *conflict, QString *error)
{
    *conflict = false;
    QSqlQuery u(m_db);
    if (!SqlValues::exec(u,
                         QStringLiteral("UPDATE alerts SET status = ?, decision_note = ?, decided_by = ?, "
                                        "decided_at = ?, command_id = ? WHERE id = ? AND status = 'open'"),
                         {Alert::statusName(status), SqlValues::text(note), agent, SqlValues::time(at),
                          commandId.toString(QUuid::WithoutBraces), alertId},
                         error))
        return false;
    if (u.numRowsAffected() != 1) {
        *conflict = true;
        *error = QStringLiteral("alert %1 is no longer open").arg(alertId);
        return false;
    }
    return true;
}

QJsonObject AlertStore::toJson(const Alert &alert)
{
    QJsonArray findings;
    for (const AlertFinding &finding : alert.findings) {
        QJsonObject json = finding.toJson();
        // The figures are the rules' own lines; masked all the same, as any text that leaves.
        QJsonArray figures;
        for (const QString &figure : finding.figures)
            figures.append(JsonCodec::safeText(figure));
        json.insert(QStringLiteral("figures"), figures);
        findings.append(json);
    }
    const bool decided = alert.status != Alert::Status::Open;
    return {{QStringLiteral("id"), alert.id},
            {QStringLiteral("conversationId"), alert.conversationId},
            {QStringLiteral("customerId"), alert.customerId},
            {QStringLiteral("cardId"), alert.cardId},
            {QStringLiteral("status"), Alert::statusName(alert.status)},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("raisedAt"), JsonCodec::timestamp(alert.raisedAt)},
            {QStringLiteral("decisionNote"), decided ? textOrNull(alert.decisionNote) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("decidedBy"), decided ? textOrNull(alert.decidedBy) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("decidedAt"), decided && alert.decidedAt.isValid()
                                              ? QJsonValue(JsonCodec::timestamp(alert.decidedAt))
                                              : QJsonValue(QJsonValue::Null)}};
}

#include "serverauditlog.h"

#include "changefeed.h"
#include "sqlvalues.h"

#include "domain/auditchain.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

const QString Columns = QStringLiteral("seq, command_id, at, agent, action, subject, details, prev_hash, hash");

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.commandId = QUuid::fromString(query.value(1).toString());
    entry.at = SqlValues::toTime(query.value(2));
    entry.agent = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.subject = query.value(5).toString();
    entry.details = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    entry.prevHash = query.value(7).toString().toLatin1();
    entry.hash = query.value(8).toString().toLatin1();
    return entry;
}

} // namespace

ServerAuditLog::ServerAuditLog(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

bool ServerAuditLog::append(AuditEntry &entry, qint64 customerId, qint64 cardId, QString *error)
{
    if (!ChangeFeed::lockAppends(m_db, m_dialect, error))
        return false;
    QSqlQuery last(m_db);
    last.setForwardOnly(true);
    if (!SqlValues::exec(last, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {}, error))
        return false;
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toString().toLatin1();
    } else {
        entry.seq = 1;
        entry.prevHash = AuditChain::genesisHash();
    }
    last.finish();
    // Both dialects keep milliseconds: hash exactly what is stored.
    entry.at = entry.at.isValid() ? entry.at.toUTC() : SqlValues::now();
    entry.hash = AuditChain::computeHash(entry);

    QSqlQuery insert(m_db);
    return SqlValues::exec(
        insert,
        QStringLiteral("INSERT INTO audit_log (seq, command_id, at, agent, action, subject, details, prev_hash, hash, "
                       "customer_id, card_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.seq,
         entry.commandId.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                  : QVariant(entry.commandId.toString(QUuid::WithoutBraces)),
         SqlValues::time(entry.at), entry.agent, entry.action, entry.subject,
         QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
         QString::fromLatin1(entry.prevHash), QString::fromLatin1(entry.hash), SqlValues::nullableId(customerId),
         SqlValues::nullableId(cardId)},
        error);
}

std::optional<ServerAuditLog::Page> ServerAuditLog::query(const Query &filter, QString *error)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.agent.isEmpty()) {
        conditions << QStringLiteral("agent = ?");
        values << filter.agent;
    }
    if (filter.customerId > 0) {
        conditions << QStringLiteral("customer_id = ?");
        values << filter.customerId;
    }
    if (filter.cardId > 0) {
        conditions << QStringLiteral("card_id = ?");
        values << filter.cardId;
    }
    if (filter.action.endsWith(QLatin1Char('.'))) {
        // Actions are [a-z0-9_.] (checked by the caller): no LIKE wildcards to escape but "_".
        QString prefix = filter.action;
        prefix.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        conditions << QStringLiteral("action LIKE ? ESCAPE '\\'");
        values << prefix + QLatin1Char('%');
    } else if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << SqlValues::time(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << SqlValues::time(filter.to);
    }
    if (filter.beforeSeq > 0) {
        conditions << QStringLiteral("seq < ?");
        values << filter.beforeSeq;
    }
    QString statement = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM audit_log");
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << filter.limit + 1;

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query, statement, values, error))
        return std::nullopt;
    Page page;
    while (query.next()) {
        if (page.entries.size() == filter.limit) {
            page.nextBeforeSeq = page.entries.last().seq;
            break;
        }
        page.entries.append(entryFrom(query));
    }
    return page;
}

std::optional<QList<AuditEntry>> ServerAuditLog::range(qint64 fromSeq, int limit, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT ") + Columns
                             + QStringLiteral(" FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?"),
                         {fromSeq, limit}, error))
        return std::nullopt;
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

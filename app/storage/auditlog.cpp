#include "auditlog.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString EntryColumns = QStringLiteral(
    "seq, command_id, at, agent, action, subject, details, prev_hash, hash");

AuditEntry entryFromRow(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.commandId = QUuid::fromString(query.value(1).toString());
    entry.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    entry.at.setTimeSpec(Qt::UTC);
    entry.agent = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.subject = query.value(5).toString();
    entry.details = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    entry.prevHash = query.value(7).toByteArray();
    entry.hash = query.value(8).toByteArray();
    return entry;
}

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{
}

bool AuditLog::append(AuditEntry &entry, QString *error)
{
    QSqlQuery &last = m_database.prepared(
        QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last.exec()) {
        *error = last.lastError().text();
        return false;
    }
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toByteArray();
    } else {
        entry.seq = 1;
        entry.prevHash = AuditChain::genesisHash();
    }
    last.finish();

    // Millisecond precision is what the canonical form and the column hold.
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    entry.at = entry.at.toUTC();
    entry.at.setTime(QTime::fromMSecsSinceStartOfDay(entry.at.time().msecsSinceStartOfDay()));
    entry.hash = AuditChain::computeHash(entry);

    QSqlQuery &insert = m_database.prepared(QStringLiteral(
        "INSERT INTO audit_log (seq, command_id, at, agent, action, subject, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, entry.seq);
    insert.bindValue(1, entry.commandId.isNull() ? QVariant() : QVariant(entry.commandId.toString(QUuid::WithoutBraces)));
    insert.bindValue(2, entry.at.toString(Qt::ISODateWithMs));
    insert.bindValue(3, entry.agent);
    insert.bindValue(4, entry.action);
    insert.bindValue(5, entry.subject);
    insert.bindValue(6, QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    insert.bindValue(7, QString::fromLatin1(entry.prevHash));
    insert.bindValue(8, QString::fromLatin1(entry.hash));
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    insert.finish();
    return true;
}

namespace {

QList<AuditEntry> readEntries(QSqlQuery &query, QString *error)
{
    QList<AuditEntry> result;
    if (!query.exec()) {
        *error = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(entryFromRow(query));
    query.finish();
    return result;
}

} // namespace

QList<AuditEntry> AuditLog::entries(qint64 fromSeq, int limit, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT ") + EntryColumns
                                           + QStringLiteral(" FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?"));
    query.bindValue(0, fromSeq);
    query.bindValue(1, limit);
    return readEntries(query, error);
}

QList<AuditEntry> AuditLog::entriesFor(const QString &subject, int limit, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT ") + EntryColumns
                                           + QStringLiteral(" FROM audit_log WHERE subject = ? ORDER BY seq DESC LIMIT ?"));
    query.bindValue(0, subject);
    query.bindValue(1, limit);
    return readEntries(query, error);
}

AuditChain::Verification AuditLog::verify(QString *error)
{
    constexpr int PageSize = 5000;
    QByteArray expectedPrev = AuditChain::genesisHash();
    qint64 next = 1;
    for (;;) {
        const QList<AuditEntry> page = entries(next, PageSize, error);
        if (page.isEmpty())
            return {};
        if (page.constFirst().seq != next) {
            AuditChain::Verification gap;
            gap.ok = false;
            gap.firstBadSeq = next;
            gap.reason = QStringLiteral("entry %1 is missing").arg(next);
            return gap;
        }
        const AuditChain::Verification result = AuditChain::verify(page, expectedPrev);
        if (!result.ok)
            return result;
        expectedPrev = page.constLast().hash;
        next = page.constLast().seq + 1;
    }
}

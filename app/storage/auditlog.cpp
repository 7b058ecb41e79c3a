#include "auditlog.h"

#include "database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace {

const QString EntryColumns = QStringLiteral(
    "l.seq, l.command_id, l.at, l.agent, l.action, l.subject, l.details, l.prev_hash, l.hash");

/// audit_refs.kind
enum RefKind {
    RefCustomer = 1,
    RefCard = 2,
    RefConversation = 3
};

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

/// The form the at column holds: UTC, milliseconds, "Z". Ordered as text.
QString storedTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

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

qint64 positiveId(const QJsonValue &value)
{
    // Ids are written as JSON integers; anything else names nothing.
    const double number = value.toDouble(-1);
    if (number < 1 || number > double(std::numeric_limits<qint64>::max()) || number != qint64(number))
        return 0;
    return qint64(number);
}

/// The successor of @p prefix in text order: [prefix, successor) holds
/// exactly the strings that start with prefix.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    while (!end.isEmpty()) {
        const QChar last = end.back();
        if (last.unicode() < 0xFFFF) {
            end.back() = QChar(last.unicode() + 1);
            return end;
        }
        end.chop(1);
    }
    return QString();   // no upper bound
}

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{
}

bool AuditLog::append(AuditEntry &entry, QString *error)
{
    QSqlQuery &last = m_database.prepared(
        QStringLiteral("SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last.exec()) {
        *error = last.lastError().text();
        return false;
    }
    QDateTime previousAt;
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toByteArray();
        previousAt = QDateTime::fromString(last.value(2).toString(), Qt::ISODateWithMs);
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
    // Time never runs backwards along the chain (a clock set back keeps the
    // previous time), so a time range is a range of sequence numbers.
    if (previousAt.isValid() && entry.at < previousAt)
        entry.at = previousAt.toUTC();
    entry.hash = AuditChain::computeHash(entry);

    QSqlQuery &insert = m_database.prepared(QStringLiteral(
        "INSERT INTO audit_log (seq, command_id, at, agent, action, subject, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, entry.seq);
    insert.bindValue(1, entry.commandId.isNull() ? QVariant() : QVariant(entry.commandId.toString(QUuid::WithoutBraces)));
    insert.bindValue(2, storedTime(entry.at));
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
    return recordReferences(entry, error);
}

bool AuditLog::recordReferences(const AuditEntry &entry, QString *error)
{
    // The same rules as migration 14 applied to the entries before it.
    QSet<qint64> customers;
    QSet<qint64> cards;
    QSet<qint64> conversations;

    const qsizetype colon = entry.subject.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QStringView kind = QStringView(entry.subject).left(colon);
        QSet<qint64> *target = kind == u"customer" ? &customers
                               : kind == u"card" ? &cards
                               : kind == u"conversation" ? &conversations
                                                         : nullptr;
        if (target) {
            for (const QStringView part : QStringView(entry.subject).mid(colon + 1).split(QLatin1Char(','))) {
                bool ok = false;
                const qint64 id = part.toLongLong(&ok);
                if (ok && id > 0)
                    target->insert(id);
            }
        }
    }
    if (const qint64 id = positiveId(entry.details.value(QLatin1StringView("customerId"))))
        customers.insert(id);
    for (const QLatin1StringView key : {QLatin1StringView("cardId"), QLatin1StringView("newCardId"),
                                        QLatin1StringView("closedPredecessor")}) {
        if (const qint64 id = positiveId(entry.details.value(key)))
            cards.insert(id);
    }
    if (const qint64 id = positiveId(entry.details.value(QLatin1StringView("conversationId"))))
        conversations.insert(id);
    for (const QJsonValue value : entry.details.value(QLatin1StringView("conversationIds")).toArray()) {
        if (const qint64 id = positiveId(value))
            conversations.insert(id);
    }

    // The customer who holds each card and conversation.
    const auto holders = [&](const QSet<qint64> &ids, const QString &sql) {
        QSqlQuery &owner = m_database.prepared(sql);
        for (const qint64 id : ids) {
            owner.bindValue(0, id);
            if (!owner.exec()) {
                *error = owner.lastError().text();
                return false;
            }
            if (owner.next() && !owner.value(0).isNull())
                customers.insert(owner.value(0).toLongLong());
            owner.finish();
        }
        return true;
    };
    if (!holders(cards, QStringLiteral("SELECT customer_id FROM cards WHERE id = ?"))
        || !holders(conversations, QStringLiteral("SELECT customer_id FROM conversations WHERE id = ?")))
        return false;

    QSqlQuery &insert = m_database.prepared(
        QStringLiteral("INSERT OR IGNORE INTO audit_refs (kind, ref, seq) VALUES (?, ?, ?)"));
    const auto record = [&](RefKind kind, const QSet<qint64> &ids) {
        for (const qint64 id : ids) {
            insert.bindValue(0, int(kind));
            insert.bindValue(1, id);
            insert.bindValue(2, entry.seq);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        insert.finish();
        return true;
    };
    return record(RefCustomer, customers) && record(RefCard, cards) && record(RefConversation, conversations);
}

QList<AuditEntry> AuditLog::entries(qint64 fromSeq, int limit, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT ") + EntryColumns
                                           + QStringLiteral(" FROM audit_log AS l WHERE l.seq >= ? ORDER BY l.seq LIMIT ?"));
    query.bindValue(0, fromSeq);
    query.bindValue(1, limit);
    return readEntries(query, error);
}

QList<AuditEntry> AuditLog::entriesFor(const QString &subject, int limit, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT ") + EntryColumns
                                           + QStringLiteral(" FROM audit_log AS l WHERE l.subject = ? ORDER BY l.seq DESC LIMIT ?"));
    query.bindValue(0, subject);
    query.bindValue(1, limit);
    return readEntries(query, error);
}

bool AuditLog::seqRange(const QDateTime &from, const QDateTime &to, qint64 *low, qint64 *high, QString *error)
{
    if (from.isValid()) {
        QSqlQuery &first = m_database.prepared(
            QStringLiteral("SELECT seq FROM audit_log WHERE at >= ? ORDER BY at, seq LIMIT 1"));
        first.bindValue(0, storedTime(from));
        if (!first.exec()) {
            *error = first.lastError().text();
            return false;
        }
        const bool found = first.next();
        *low = found ? first.value(0).toLongLong() : 0;
        first.finish();
        if (!found)
            return false;
    }
    if (to.isValid()) {
        QSqlQuery &lastBefore = m_database.prepared(
            QStringLiteral("SELECT seq FROM audit_log WHERE at < ? ORDER BY at DESC, seq DESC LIMIT 1"));
        lastBefore.bindValue(0, storedTime(to));
        if (!lastBefore.exec()) {
            *error = lastBefore.lastError().text();
            return false;
        }
        const bool found = lastBefore.next();
        *high = found ? lastBefore.value(0).toLongLong() : 0;
        lastBefore.finish();
        if (!found)
            return false;
    }
    return *low <= *high;
}

AuditLog::Page AuditLog::query(const AuditQuery &request, QString *error)
{
    Page page;
    const int limit = qBound(1, request.limit, 1000);
    qint64 low = 0;
    qint64 high = std::numeric_limits<qint64>::max();
    if (request.from.isValid() || request.to.isValid()) {
        if (!seqRange(request.from, request.to, &low, &high, error))
            return page;   // nothing in the range (or *error)
    }
    if (request.beforeSeq > 0)
        high = qMin(high, request.beforeSeq - 1);

    if (request.actionPrefix.isEmpty() || request.customerId > 0 || !request.cardIds.isEmpty()) {
        // A customer's or a card's entries are few: any prefix is a plain condition.
        page.entries = select(request, low, high, limit + 1, error);
    } else {
        // A prefix over the whole log would walk it entry by entry when the
        // actions are rare. Instead: each action under the prefix through its
        // own index, newest first, merged.
        const QStringList all = actions(error);
        for (const QString &action : all) {
            if (!action.startsWith(request.actionPrefix) || !error->isEmpty())
                continue;
            AuditQuery exact = request;
            exact.actionPrefix.clear();
            exact.action = action;
            page.entries += select(exact, low, high, limit + 1, error);
        }
        std::sort(page.entries.begin(), page.entries.end(),
                  [](const AuditEntry &a, const AuditEntry &b) { return a.seq > b.seq; });
    }
    if (!error->isEmpty())
        page.entries.clear();
    if (page.entries.size() > limit) {
        page.entries.resize(limit);
        page.nextBeforeSeq = page.entries.constLast().seq;
    }
    return page;
}

QList<AuditEntry> AuditLog::select(const AuditQuery &request, qint64 low, qint64 high, int limit, QString *error)
{
    // One statement per combination of conditions, each prepared once.
    // A customer's entries are walked through audit_refs, newest first
    // (CROSS JOIN keeps that order of the loops); everything else through
    // the index SQLite finds best for the remaining conditions: (agent, seq)
    // or (action, seq), both already in sequence order.
    QString sql = QStringLiteral("SELECT ") + EntryColumns;
    QVariantList binds;
    if (request.customerId > 0) {
        sql += QStringLiteral(" FROM audit_refs AS r CROSS JOIN audit_log AS l ON l.seq = r.seq"
                              " WHERE r.kind = 1 AND r.ref = ? AND r.seq BETWEEN ? AND ?");
        binds << request.customerId << low << high;
    } else {
        sql += QStringLiteral(" FROM audit_log AS l WHERE l.seq BETWEEN ? AND ?");
        binds << low << high;
    }
    if (!request.cardIds.isEmpty()) {
        QJsonArray ids;
        for (const qint64 id : request.cardIds)
            ids.append(id);
        sql += QStringLiteral(" AND l.seq IN (SELECT c.seq FROM audit_refs AS c"
                              " WHERE c.kind = 2 AND c.ref IN (SELECT value FROM json_each(?)))");
        binds << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    if (!request.agent.isEmpty()) {
        sql += QStringLiteral(" AND l.agent = ?");
        binds << request.agent;
    }
    if (!request.action.isEmpty()) {
        sql += QStringLiteral(" AND l.action = ?");
        binds << request.action;
    }
    if (!request.actionPrefix.isEmpty()) {
        sql += QStringLiteral(" AND l.action >= ?");
        binds << request.actionPrefix;
        const QString end = prefixEnd(request.actionPrefix);
        if (!end.isEmpty()) {
            sql += QStringLiteral(" AND l.action < ?");
            binds << end;
        }
    }
    // The seq range came from the time index; the times themselves are the condition.
    if (request.from.isValid()) {
        sql += QStringLiteral(" AND l.at >= ?");
        binds << storedTime(request.from);
    }
    if (request.to.isValid()) {
        sql += QStringLiteral(" AND l.at < ?");
        binds << storedTime(request.to);
    }
    sql += request.customerId > 0 ? QStringLiteral(" ORDER BY r.seq DESC LIMIT ?")
                                  : QStringLiteral(" ORDER BY l.seq DESC LIMIT ?");
    binds << limit;

    QSqlQuery &query = m_database.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    return readEntries(query, error);
}

QStringList AuditLog::distinctValues(const QString &column, QString *error)
{
    // A loose index scan: one index probe per distinct value, however long the log.
    QSqlQuery &next = m_database.prepared(QStringLiteral("SELECT min(%1) FROM audit_log WHERE %1 > ?").arg(column));
    QStringList values;
    QString after = QStringLiteral("");
    for (;;) {
        next.bindValue(0, after);
        if (!next.exec()) {
            *error = next.lastError().text();
            return {};
        }
        const bool found = next.next() && !next.value(0).isNull();
        if (found)
            after = next.value(0).toString();
        next.finish();
        if (!found)
            return values;
        values << after;
    }
}

QStringList AuditLog::agents(QString *error)
{
    return distinctValues(QStringLiteral("agent"), error);
}

QStringList AuditLog::actions(QString *error)
{
    return distinctValues(QStringLiteral("action"), error);
}

qint64 AuditLog::customerIdForNumber(const QString &customerNumber, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT id FROM customers WHERE customer_number = ?"));
    query.bindValue(0, customerNumber);
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

QList<qint64> AuditLog::cardIdsEndingIn(const QString &last4, qint64 customerId, QString *error)
{
    QSqlQuery &query = m_database.prepared(
        customerId > 0 ? QStringLiteral("SELECT id FROM cards WHERE customer_id = ? AND last4 = ? ORDER BY id")
                       : QStringLiteral("SELECT id FROM cards WHERE last4 = ? ORDER BY id"));
    int index = 0;
    if (customerId > 0)
        query.bindValue(index++, customerId);
    query.bindValue(index, last4);
    QList<qint64> ids;
    if (!query.exec()) {
        *error = query.lastError().text();
        return ids;
    }
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    return ids;
}

bool AuditLog::cardExists(qint64 cardId, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT 1 FROM cards WHERE id = ?"));
    query.bindValue(0, cardId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    const bool found = query.next();
    query.finish();
    return found;
}

QHash<QString, QString> AuditLog::agentDisplayNames(QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT username, display_name FROM agents"));
    QHash<QString, QString> names;
    if (!query.exec()) {
        *error = query.lastError().text();
        return names;
    }
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    query.finish();
    return names;
}

qint64 AuditLog::lastSeq(QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT max(seq) FROM audit_log"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    const qint64 seq = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return seq;
}

qint64 AuditLog::nextSeqAfter(qint64 seq, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT min(seq) FROM audit_log WHERE seq > ?"));
    query.bindValue(0, seq);
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    const qint64 next = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return next;
}

AuditLog::ChainStep AuditLog::verifyStep(qint64 fromSeq, const QByteArray &expectedPrev, int limit, QString *error)
{
    ChainStep step;
    step.nextSeq = fromSeq;
    step.lastHash = expectedPrev;
    const QList<AuditEntry> page = entries(fromSeq, limit, error);
    if (page.isEmpty()) {
        step.atEnd = error->isEmpty();
        return step;
    }
    if (page.constFirst().seq != fromSeq) {
        step.verification.ok = false;
        step.verification.firstBadSeq = fromSeq;
        step.verification.problem = AuditChain::Verification::Missing;
        step.verification.reason = QCoreApplication::translate("AuditChain", "entry %1 is missing").arg(fromSeq);
        return step;
    }
    step.verification = AuditChain::verify(page, expectedPrev);
    if (!step.verification.ok) {
        step.checked = int(qMax<qint64>(0, step.verification.firstBadSeq - fromSeq));
        return step;
    }
    step.checked = int(page.size());
    step.nextSeq = page.constLast().seq + 1;
    step.lastHash = page.constLast().hash;
    step.atEnd = page.size() < limit;
    return step;
}

AuditChain::Verification AuditLog::verify(QString *error)
{
    constexpr int PageSize = 5000;
    qint64 next = 1;
    QByteArray expectedPrev = AuditChain::genesisHash();
    for (;;) {
        const ChainStep step = verifyStep(next, expectedPrev, PageSize, error);
        if (!step.verification.ok || step.atEnd || !error->isEmpty())
            return step.verification;
        next = step.nextSeq;
        expectedPrev = step.lastHash;
    }
}

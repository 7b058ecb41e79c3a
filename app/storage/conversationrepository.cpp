#include "conversationrepository.h"

#include "database.h"
#include "directstatement.h"
#include "sqlexec.h"

#include "domain/searchtext.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace {

using namespace ConversationNames;

// Columns of a summary row; c = conversations, cu = customers.
const QString SummaryColumns = QStringLiteral(
    "c.id, coalesce(c.customer_id, c.customer_ref), coalesce(cu.first_name || ' ' || cu.last_name, c.contact, ''), c.channel,"
    " c.status, c.priority, c.queue, c.assignee, c.topics, c.language, c.subject,"
    " c.last_message_preview, c.created_at, c.updated_at, c.first_response_due,"
    " c.first_responded_at, c.resolution_due, c.message_count, c.has_attachments, c.version,"
    " c.sla_due, c.priority_order");

enum SummaryColumn {
    ColId,
    ColCustomer,
    ColName,
    ColChannel,
    ColStatus,
    ColPriority,
    ColQueue,
    ColAssignee,
    ColTopics,
    ColLanguage,
    ColSubject,
    ColPreview,
    ColCreated,
    ColUpdated,
    ColFirstDue,
    ColFirstResponded,
    ColResolutionDue,
    ColMessageCount,
    ColAttachments,
    ColVersion,
    ColSlaDue,
    ColPriorityOrder
};

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(ConversationRepository::isoTime(time)) : QVariant();
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

ConversationSummary summaryFromRow(const QSqlQuery &q)
{
    ConversationSummary s;
    s.id = q.value(ColId).toLongLong();
    s.customerId = q.value(ColCustomer).toLongLong();
    s.customerName = q.value(ColName).toString();
    s.channel = channelFromName(q.value(ColChannel).toString());
    s.status = statusFromName(q.value(ColStatus).toString());
    s.priority = priorityFromName(q.value(ColPriority).toString());
    s.queue = q.value(ColQueue).toString();
    s.assignee = q.value(ColAssignee).toString();
    s.topics = q.value(ColTopics).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    s.language = q.value(ColLanguage).toString();
    s.subject = q.value(ColSubject).toString();
    s.preview = q.value(ColPreview).toString();
    s.createdAt = timeFrom(q.value(ColCreated));
    s.updatedAt = timeFrom(q.value(ColUpdated));
    // Null once answered, as ConversationSummary documents.
    s.firstResponseDue = q.value(ColFirstResponded).isNull() ? timeFrom(q.value(ColFirstDue)) : QDateTime();
    s.resolutionDue = timeFrom(q.value(ColResolutionDue));
    s.messageCount = q.value(ColMessageCount).toInt();
    s.hasAttachments = q.value(ColAttachments).toBool();
    s.version = q.value(ColVersion).toInt();
    return s;
}

QString readError()
{
    return QCoreApplication::translate("ConversationRepository",
                                       "The conversations could not be read. Try again; if it keeps "
                                       "failing, restart CardDesk.");
}

/// One line of at most 140 characters.
QString previewOf(const QString &text)
{
    QString preview = text.simplified();
    if (preview.size() > 140) {
        preview.truncate(139);
        preview += QChar(0x2026);
    }
    return preview;
}

bool isOpenStatus(const QString &status)
{
    return status != QLatin1String("resolved") && status != QLatin1String("closed");
}

// Cursor fields are separated by U+001F, which sanitised text never holds.
QStringList cursorFields(const QString &cursor, QChar kind, int count)
{
    if (cursor.size() < 2 || cursor.at(0) != kind || cursor.at(1) != QLatin1Char(':'))
        return {};
    const QStringList fields = cursor.mid(2).split(QChar(0x1f));
    return fields.size() == count ? fields : QStringList();
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

ConversationRepository::ConversationRepository(Database &database)
    : m_database(database)
{
}

QString ConversationRepository::isoTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate day = utc.date();
    const QTime clock = utc.time();
    if (!utc.isValid() || day.year() < 0 || day.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    // As the format above writes it, without parsing the format each time
    // (several times for every change a catch-up applies).
    char text[21];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", day.year(), day.month(), day.day(),
                  clock.hour(), clock.minute(), clock.second());
    return QString::fromLatin1(text, 20);
}

const char *ConversationRepository::rebuildCountsSql()
{
    return "DELETE FROM inbox_counts;"
           "INSERT INTO inbox_counts (key, n) SELECT 'open', count(*) FROM conversations WHERE is_open = 1;"
           "INSERT INTO inbox_counts (key, n) SELECT 'channel:' || channel, count(*) FROM conversations"
           " WHERE is_open = 1 GROUP BY channel;"
           "INSERT INTO inbox_counts (key, n) SELECT coalesce('assignee:' || assignee, 'unassigned'), count(*)"
           " FROM conversations WHERE is_open = 1 GROUP BY assignee;";
}

QStringList ConversationRepository::searchWords(const QString &text)
{
    // Words as the unicode61 tokenizer sees them: runs of letters and digits.
    const QString input = SearchText::sanitizeInput(text, MaxQueryLength);
    QStringList words;
    QString word;
    auto flush = [&] {
        if (word.size() >= 2 && words.size() < MaxQueryTerms)
            words << word;
        word.clear();
    };
    for (const QChar c : input) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    return words;
}

QString ConversationRepository::expandedMatchExpression(const QString &text, QString *error)
{
    // Up to this many words of the vocabulary stand for a prefix; beyond, the
    // prefix itself (two- and three-letter prefixes have their own index).
    constexpr int MaxExpansions = 64;
    constexpr int MinExpandedLength = 4;
    QStringList terms;
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT term FROM search_vocabulary WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"));
    for (const QString &word : searchWords(text)) {
        // Each word quoted (no FTS5 operator survives) and matched as a prefix,
        // so that inflected Finnish ("korttini", "kortin") is found by its stem.
        const QString prefix = QLatin1Char('"') + word + QStringLiteral("\"*");
        const QStringList folded = indexTerms(word);
        if (folded.size() != 1 || folded.constFirst().size() < MinExpandedLength) {
            terms << prefix;
            continue;
        }
        const QString stem = folded.constFirst();
        q.bindValue(0, stem);
        q.bindValue(1, stem + QString::fromUcs4(U"\U0010FFFF", 1));
        q.bindValue(2, MaxExpansions + 1);
        if (!exec(q, error))
            return QString();
        QStringList words;
        while (q.next())
            words << QLatin1Char('"') + q.value(0).toString() + QLatin1Char('"');
        q.finish();
        if (words.isEmpty() || words.size() > MaxExpansions) {
            terms << prefix;   // nothing known (then it is cheap), or too many
            continue;
        }
        // The word as typed, too: the index's own tokenizer reads it.
        words << QLatin1Char('"') + word + QLatin1Char('"');
        terms << QLatin1Char('(') + words.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    // FTS5 ANDs phrases side by side, but a parenthesised group needs the word.
    return terms.join(QStringLiteral(" AND "));
}

QStringList ConversationRepository::indexTerms(const QString &text) const
{
    // The index's own tokenizer (unicode61, remove_diacritics 2) through the
    // FTS5 C API, so that the vocabulary holds exactly the words of the index,
    // whatever the script: Latin letters lose their diacritics, Greek keeps
    // its accents, kana keep their marks.
    QStringList terms;
    const QVariant handle = m_database.connection().driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3 *const *>(handle.constData())
                      : nullptr;
    if (!db)
        return terms;
    // The API pointer through the connection's own prepared statement
    // (prepared once, not for every text indexed).
    fts5_api *api = nullptr;
    const QVariant statementHandle = m_database.prepared(QStringLiteral("SELECT fts5(?1)")).result()->handle();
    sqlite3_stmt *statement = statementHandle.isValid() && qstrcmp(statementHandle.typeName(), "sqlite3_stmt*") == 0
                                  ? *static_cast<sqlite3_stmt *const *>(statementHandle.constData())
                                  : nullptr;
    if (statement) {
        sqlite3_reset(statement);
        if (sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr) == SQLITE_OK)
            sqlite3_step(statement);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    }
    void *context = nullptr;
    fts5_tokenizer tokenizer;
    if (!api || api->xFindTokenizer(api, "unicode61", &context, &tokenizer) != SQLITE_OK)
        return terms;
    const char *arguments[] = {"remove_diacritics", "2"};
    Fts5Tokenizer *instance = nullptr;
    if (tokenizer.xCreate(context, arguments, 2, &instance) != SQLITE_OK)
        return terms;
    const QByteArray utf8 = text.toUtf8();
    tokenizer.xTokenize(instance, &terms, FTS5_TOKENIZE_DOCUMENT, utf8.constData(), int(utf8.size()),
                        [](void *out, int, const char *token, int size, int, int) {
                            static_cast<QStringList *>(out)->append(QString::fromUtf8(token, size));
                            return SQLITE_OK;
                        });
    tokenizer.xDelete(instance);
    return terms;
}

const char *ConversationRepository::rebuildVocabularySql()
{
    return "DELETE FROM search_vocabulary;"
           "CREATE VIRTUAL TABLE IF NOT EXISTS temp.conversation_search_terms"
           " USING fts5vocab(main, conversation_search, 'row');"
           "INSERT INTO search_vocabulary (term) SELECT term FROM temp.conversation_search_terms;"
           "DROP TABLE temp.conversation_search_terms;";
}

bool ConversationRepository::indexText(qint64 rowid, const QString &text, QString *error)
{
    {
        DirectStatement s(m_database.prepared(QStringLiteral("INSERT INTO conversation_search (rowid, text) VALUES (?, ?)")));
        s.bind(0, rowid);
        s.bind(1, text);
        if (!s.step(error))
            return false;
    }
    const QStringList terms = indexTerms(text);
    const QSet<QString> distinct(terms.cbegin(), terms.cend());
    QSqlQuery &vocabulary = m_database.prepared(QStringLiteral("INSERT OR IGNORE INTO search_vocabulary (term) VALUES (?)"));
    for (const QString &term : distinct) {
        if (m_vocabulary && m_vocabulary->contains(term))
            continue;   // written earlier in this transaction
        DirectStatement v(vocabulary);
        v.bind(0, term);
        if (!v.step(error))
            return false;
        if (m_vocabulary)
            m_vocabulary->insert(term);
    }
    return true;
}

void ConversationRepository::rememberVocabulary(QSet<QString> *terms)
{
    m_vocabulary = terms;
}

ConversationPage ConversationRepository::list(const InboxQuery &query, const QString &agent,
                                              const QDateTime &now)
{
    return listOrPlan(query, agent, now, nullptr);
}

QString ConversationRepository::queryPlan(const InboxQuery &query, const QString &agent, const QDateTime &now)
{
    QString plan;
    listOrPlan(query, agent, now, &plan);
    return plan;
}

QString ConversationRepository::explain(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return q.lastError().text();
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec())
        return q.lastError().text();
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QLatin1String("; "));
}

ConversationPage ConversationRepository::listOrPlan(const InboxQuery &query, const QString &agent,
                                                    const QDateTime &now, QString *plan)
{
    ConversationPage page;
    const int limit = qBound(1, query.limit, 500);

    // The view picks the index family and its equality prefix; every other
    // filter is checked on the rows the range scan yields.
    enum Family { OpenFamily, AssigneeFamily, ChannelFamily } family = OpenFamily;
    QStringList where;
    QVariantList bindings;
    const int openFlag = query.view == InboxView::Resolved ? 0 : 1;
    bool hasChannel = query.channel.has_value() || query.view == InboxView::Alerts;
    const Channel channel = query.view == InboxView::Alerts ? Channel::Alert : query.channel.value_or(Channel::Email);
    QString assignee = query.assignee;

    if (query.view == InboxView::MyOpen) {
        family = AssigneeFamily;
        where << QStringLiteral("c.assignee = ?");
        bindings << (agent.isEmpty() ? QStringLiteral("") : agent);
        assignee.clear();
    } else if (query.view == InboxView::Unassigned) {
        family = AssigneeFamily;
        where << QStringLiteral("c.assignee IS NULL");
        assignee.clear();
    } else if (hasChannel) {
        family = ChannelFamily;
        where << QStringLiteral("c.channel = ?");
        bindings << channelName(channel);
        hasChannel = false;
    } else if (!assignee.isEmpty()) {
        family = AssigneeFamily;
        where << QStringLiteral("c.assignee = ?");
        bindings << assignee;
        assignee.clear();
    }
    where << QStringLiteral("c.is_open = ?");
    bindings << openFlag;
    if (query.view == InboxView::DueSoon) {
        where << QStringLiteral("c.sla_due < ?");
        bindings << isoTime(now.addSecs(DueSoonSeconds));
    }
    if (hasChannel) {
        where << QStringLiteral("c.channel = ?");
        bindings << channelName(channel);
    }
    if (!assignee.isEmpty()) {
        where << QStringLiteral("c.assignee = ?");
        bindings << assignee;
    }
    if (query.status) {
        where << QStringLiteral("c.status = ?");
        bindings << statusName(*query.status);
    }
    if (query.priority) {
        where << QStringLiteral("c.priority = ?");
        bindings << priorityName(*query.priority);
    }
    if (!query.queue.isEmpty()) {
        where << QStringLiteral("c.queue = ?");
        bindings << query.queue;
    }
    if (!query.topic.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM conversation_topics AS t"
                                " WHERE t.topic = ? AND t.conversation_id = c.id)");
        bindings << query.topic;
    }

    if (!SearchText::sanitizeInput(query.text, MaxQueryLength).trimmed().isEmpty()) {
        QString error;
        const QString match = expandedMatchExpression(query.text, &error);
        if (!error.isEmpty()) {
            page.error = readError();
            return page;
        }
        if (match.isEmpty())
            return page;   // nothing searchable (punctuation, one letter): no rows, no error
        return searchPage(query, where.join(QLatin1String(" AND ")), bindings, match, plan);
    }

    // Resolved conversations have nothing due: their SLA order is their last update.
    InboxSort sort = query.sort;
    if (query.view == InboxView::Resolved && sort == InboxSort::SlaDue)
        sort = InboxSort::LastUpdate;

    static const char *const familyNames[] = {"open", "assignee", "channel"};
    static const char *const sortNames[] = {"due", "updated", "priority"};
    const QString index = QStringLiteral("conversations_%1_%2")
                              .arg(QLatin1String(familyNames[family]), QLatin1String(sortNames[int(sort)]));
    return this->page(index, where, bindings, sort, query.cursor, limit, plan);
}

ConversationPage ConversationRepository::page(const QString &index, QStringList where, QVariantList bindings,
                                              InboxSort sort, const QString &cursor, int limit, QString *plan)
{
    ConversationPage page;
    limit = qBound(1, limit, 500);
    QString order;
    switch (sort) {
    case InboxSort::SlaDue: {
        const QStringList c = cursorFields(cursor, QLatin1Char('d'), 2);
        where << QStringLiteral("(c.sla_due, c.id) > (?, ?)");
        bindings << (c.isEmpty() ? QStringLiteral("") : c.at(0)) << (c.isEmpty() ? 0 : c.at(1).toLongLong());
        order = QStringLiteral("c.sla_due, c.id");
        break;
    }
    case InboxSort::LastUpdate: {
        const QStringList c = cursorFields(cursor, QLatin1Char('u'), 2);
        where << QStringLiteral("(c.updated_at, c.id) < (?, ?)");
        bindings << (c.isEmpty() ? QStringLiteral("~") : c.at(0))
                 << (c.isEmpty() ? std::numeric_limits<qint64>::max() : c.at(1).toLongLong());
        order = QStringLiteral("c.updated_at DESC, c.id DESC");
        break;
    }
    case InboxSort::Priority: {
        const QStringList c = cursorFields(cursor, QLatin1Char('p'), 3);
        where << QStringLiteral("(c.priority_order, c.sla_due, c.id) > (?, ?, ?)");
        bindings << (c.isEmpty() ? -1 : c.at(0).toInt()) << (c.isEmpty() ? QStringLiteral("") : c.at(1))
                 << (c.isEmpty() ? 0 : c.at(2).toLongLong());
        order = QStringLiteral("c.priority_order, c.sla_due, c.id");
        break;
    }
    }

    const QString sql = QStringLiteral("SELECT ") + SummaryColumns + QStringLiteral(" FROM conversations AS c INDEXED BY ")
                        + index + QStringLiteral(" LEFT JOIN customers AS cu ON cu.id = c.customer_id WHERE ")
                        + where.join(QLatin1String(" AND ")) + QStringLiteral(" ORDER BY ") + order
                        + QStringLiteral(" LIMIT ?");
    if (plan) {
        *plan = explain(sql, bindings + QVariantList{limit + 1});
        return page;
    }
    QSqlQuery &q = m_database.prepared(sql);
    int position = 0;
    for (const QVariant &value : std::as_const(bindings))
        q.bindValue(position++, value);
    q.bindValue(position, limit + 1);
    if (!q.exec()) {
        qWarning("ConversationRepository: list failed: %s", qUtf8Printable(q.lastError().text()));
        page.error = readError();
        return page;
    }
    QString lastSlaDue;
    int lastPriorityOrder = 0;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.rows.append(summaryFromRow(q));
        lastSlaDue = q.value(ColSlaDue).toString();
        lastPriorityOrder = q.value(ColPriorityOrder).toInt();
    }
    q.finish();
    if (page.hasMore) {
        const ConversationSummary &last = page.rows.constLast();
        const QString id = QString::number(last.id);
        const QChar sep(0x1f);
        switch (sort) {
        case InboxSort::SlaDue:
            page.nextCursor = QStringLiteral("d:") + lastSlaDue + sep + id;
            break;
        case InboxSort::LastUpdate:
            page.nextCursor = QStringLiteral("u:") + isoTime(last.updatedAt) + sep + id;
            break;
        case InboxSort::Priority:
            page.nextCursor = QStringLiteral("p:") + QString::number(lastPriorityOrder) + sep + lastSlaDue
                              + sep + id;
            break;
        }
    }
    return page;
}

ConversationPage ConversationRepository::searchPage(const InboxQuery &query, const QString &where,
                                                    const QVariantList &bindings, const QString &match,
                                                    QString *plan)
{
    ConversationPage page;
    const int limit = qBound(1, query.limit, 500);
    // Newest conversation first: the full-text rowids of one conversation are
    // adjacent and ordered by conversation id, so the index itself yields the
    // order and the page stops as soon as it is full.
    const QStringList c = cursorFields(query.cursor, QLatin1Char('s'), 1);
    const qint64 before = c.isEmpty() ? std::numeric_limits<qint64>::max()
                                      : (c.at(0).toLongLong() << SearchRowShift);
    const QString sql = QStringLiteral("SELECT ") + SummaryColumns
                        + QStringLiteral(" FROM conversation_search AS s"
                                         " CROSS JOIN conversations AS c ON c.id = (s.rowid >> %1)"
                                         " LEFT JOIN customers AS cu ON cu.id = c.customer_id"
                                         " WHERE s.text MATCH ? AND s.rowid < ? AND ")
                              .arg(SearchRowShift)
                        + where + QStringLiteral(" ORDER BY s.rowid DESC");
    if (plan) {
        *plan = explain(sql, QVariantList{match, before} + bindings);
        return page;
    }
    QSqlQuery &q = m_database.prepared(sql);
    int position = 0;
    q.bindValue(position++, match);
    q.bindValue(position++, before);
    for (const QVariant &value : bindings)
        q.bindValue(position++, value);
    if (!q.exec()) {
        qWarning("ConversationRepository: search failed: %s", qUtf8Printable(q.lastError().text()));
        page.error = readError();
        return page;
    }
    qint64 previous = 0;
    while (q.next()) {
        const qint64 id = q.value(ColId).toLongLong();
        if (id == previous)
            continue;
        previous = id;
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.rows.append(summaryFromRow(q));
    }
    q.finish();
    if (page.hasMore)
        page.nextCursor = QStringLiteral("s:") + QString::number(page.rows.constLast().id);
    return page;
}

InboxCounts ConversationRepository::counts(const QString &agent, const QDateTime &now, QString *error)
{
    InboxCounts counts;
    QHash<QString, int> stored;
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT key, n FROM inbox_counts"));
    if (!exec(q, error))
        return counts;
    while (q.next())
        stored.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    counts.allOpen = stored.value(QStringLiteral("open"));
    counts.unassigned = stored.value(QStringLiteral("unassigned"));
    counts.myOpen = agent.isEmpty() ? 0 : stored.value(QStringLiteral("assignee:") + agent);
    counts.alerts = stored.value(QStringLiteral("channel:alert"));
    for (const Channel channel : allChannels())
        counts.openByChannel.append({channel, stored.value(QStringLiteral("channel:") + channelName(channel))});

    // The clock-dependent counts: ranges of covering indexes (no table rows read).
    auto countOf = [&](const QString &sql, const QString &bound) {
        QSqlQuery &c = m_database.prepared(sql);
        c.bindValue(0, bound);
        int n = 0;
        if (exec(c, error) && c.next())
            n = c.value(0).toInt();
        c.finish();
        return n;
    };
    const QString dueSql = QStringLiteral(
        "SELECT count(*) FROM conversations INDEXED BY conversations_open_due WHERE is_open = 1 AND sla_due < ?");
    counts.breached = countOf(dueSql, isoTime(now));
    counts.dueSoon = countOf(dueSql, isoTime(now.addSecs(DueSoonSeconds)));
    counts.resolved = countOf(QStringLiteral("SELECT count(*) FROM conversations INDEXED BY conversations_open_updated"
                                             " WHERE is_open = 0 AND updated_at >= ?"),
                              isoTime(now.addDays(-7)));
    return counts;
}

std::optional<ConversationSummary> ConversationRepository::summary(qint64 conversationId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + SummaryColumns
                                       + QStringLiteral(" FROM conversations AS c LEFT JOIN customers AS cu"
                                                        " ON cu.id = c.customer_id WHERE c.id = ?"));
    q.bindValue(0, conversationId);
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    ConversationSummary s = summaryFromRow(q);
    q.finish();
    return s;
}

std::optional<ConversationThread> ConversationRepository::thread(qint64 conversationId, QString *error)
{
    const std::optional<ConversationSummary> s = summary(conversationId, error);
    if (!s)
        return std::nullopt;
    ConversationThread thread;
    thread.conversation = *s;

    QSqlQuery &m = m_database.prepared(QStringLiteral(
        "SELECT id, direction, author, at, body_text, body_html, delivery, external_id"
        " FROM messages WHERE conversation_id = ? ORDER BY seq"));
    m.bindValue(0, conversationId);
    if (!exec(m, error))
        return std::nullopt;
    QHash<qint64, qsizetype> indexOf;
    while (m.next()) {
        Message message;
        message.id = m.value(0).toLongLong();
        message.conversationId = conversationId;
        const QString direction = m.value(1).toString();
        message.direction = direction == QLatin1String("outbound") ? MessageDirection::Outbound
                            : direction == QLatin1String("note")   ? MessageDirection::Note
                                                                   : MessageDirection::Inbound;
        message.author = m.value(2).toString();
        message.at = timeFrom(m.value(3));
        message.bodyText = m.value(4).toString();
        message.bodyHtml = m.value(5).toString();
        const QString delivery = m.value(6).toString();
        message.delivery = delivery == QLatin1String("queued")      ? DeliveryState::Queued
                           : delivery == QLatin1String("sent")      ? DeliveryState::Sent
                           : delivery == QLatin1String("delivered") ? DeliveryState::Delivered
                           : delivery == QLatin1String("failed")    ? DeliveryState::Failed
                                                                    : DeliveryState::Received;
        message.externalId = m.value(7).toString();
        indexOf.insert(message.id, thread.messages.size());
        thread.messages.append(message);
    }
    m.finish();

    QSqlQuery &a = m_database.prepared(QStringLiteral(
        "SELECT a.id, a.message_id, a.file_name, a.mime_type, a.size, a.sha256, a.content_id"
        " FROM messages AS m JOIN attachments AS a ON a.message_id = m.id"
        " WHERE m.conversation_id = ? ORDER BY a.id"));
    a.bindValue(0, conversationId);
    if (!exec(a, error))
        return std::nullopt;
    while (a.next()) {
        const auto it = indexOf.constFind(a.value(1).toLongLong());
        if (it == indexOf.constEnd())
            continue;
        Attachment attachment;
        attachment.id = a.value(0).toLongLong();
        attachment.fileName = a.value(2).toString();
        attachment.mimeType = a.value(3).toString();
        attachment.size = a.value(4).toLongLong();
        attachment.sha256 = a.value(5).toString().toLatin1();
        attachment.contentId = a.value(6).toString();
        thread.messages[*it].attachments.append(attachment);
    }
    a.finish();
    return thread;
}

QList<ConversationSummary> ConversationRepository::conversationsOfCustomer(qint64 customerId, int limit,
                                                                          QString *error)
{
    QList<ConversationSummary> rows;
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + SummaryColumns
                                       + QStringLiteral(" FROM conversations AS c INDEXED BY conversations_by_customer"
                                                        " LEFT JOIN customers AS cu ON cu.id = c.customer_id"
                                                        " WHERE c.customer_id = ? ORDER BY c.updated_at DESC LIMIT ?"));
    q.bindValue(0, customerId);
    q.bindValue(1, qBound(1, limit, 1000));
    if (!exec(q, error))
        return rows;
    while (q.next())
        rows.append(summaryFromRow(q));
    q.finish();
    return rows;
}

bool ConversationRepository::bump(const QString &key, int delta, QString *error)
{
    DirectStatement q(m_database.prepared(QStringLiteral(
        "INSERT INTO inbox_counts (key, n) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET n = n + excluded.n")));
    q.bind(0, key);
    q.bind(1, qint64(delta));
    return q.step(error);
}

bool ConversationRepository::adjustCounts(bool wasOpen, const QString &oldChannel, const QString &oldAssignee,
                                          bool isOpen, const QString &newChannel, const QString &newAssignee,
                                          QString *error)
{
    auto keys = [](bool open, const QString &channel, const QString &assignee) {
        QStringList k;
        if (!open)
            return k;
        k << QStringLiteral("open") << QStringLiteral("channel:") + channel
          << (assignee.isEmpty() ? QStringLiteral("unassigned") : QStringLiteral("assignee:") + assignee);
        return k;
    };
    const QStringList before = keys(wasOpen, oldChannel, oldAssignee);
    const QStringList after = keys(isOpen, newChannel, newAssignee);
    for (const QString &key : before) {
        if (!after.contains(key) && !bump(key, -1, error))
            return false;
    }
    for (const QString &key : after) {
        if (!before.contains(key) && !bump(key, 1, error))
            return false;
    }
    return true;
}

qint64 ConversationRepository::insertConversation(const NewConversation &n, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO conversations (customer_id, contact, channel, queue, status, priority, assignee, language,"
        " subject, topics, created_at, updated_at, first_response_due, resolution_due, sla_due, id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString created = isoTime(n.createdAt.isValid() ? n.createdAt : QDateTime::currentDateTimeUtc());
    QStringList topics;
    for (const QString &topic : n.topics) {
        bool ok = false;
        topicFromName(topic, &ok);
        if (ok && !topics.contains(topic))
            topics << topic;
    }
    QString language = n.language;
    if (language.isEmpty() && n.customerId > 0) {
        QSqlQuery &l = m_database.prepared(QStringLiteral("SELECT language FROM customers WHERE id = ?"));
        l.bindValue(0, n.customerId);
        if (!exec(l, error))
            return 0;
        if (!l.next()) {
            if (error)
                error->clear();   // no such customer
            return 0;
        }
        language = l.value(0).toString();
        l.finish();
    }
    const QDateTime firstDue = n.firstResponseDue;
    const QDateTime slaDue = firstDue.isValid() ? firstDue : n.resolutionDue;
    q.bindValue(0, n.customerId > 0 ? QVariant(n.customerId) : QVariant());
    q.bindValue(1, optionalText(n.contact));
    q.bindValue(2, channelName(n.channel));
    q.bindValue(3, n.queue.isEmpty() ? QStringLiteral("general") : n.queue);
    q.bindValue(4, statusName(n.status));
    q.bindValue(5, priorityName(n.priority));
    q.bindValue(6, optionalText(n.assignee));
    q.bindValue(7, language.isEmpty() ? QStringLiteral("en") : language);
    q.bindValue(8, SearchText::sanitizeInput(n.subject, 500));
    q.bindValue(9, topics.isEmpty() ? QStringLiteral("") : topics.join(QLatin1Char(' ')));
    q.bindValue(10, created);
    q.bindValue(11, created);
    q.bindValue(12, optionalTime(firstDue));
    q.bindValue(13, optionalTime(n.resolutionDue));
    // Nothing due is "due at the end of time" (sorts last).
    q.bindValue(14, slaDue.isValid() ? isoTime(slaDue) : QStringLiteral("9999-12-31T23:59:59Z"));
    const QVariant newId = m_database.newRowId(QStringLiteral("conversations"), error);   // provisional in a remote cache
    if (!newId.isValid())
        return 0;
    q.bindValue(15, newId);
    if (!exec(q, error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();

    QSqlQuery &t = m_database.prepared(QStringLiteral(
        "INSERT OR IGNORE INTO conversation_topics (conversation_id, topic) VALUES (?, ?)"));
    for (const QString &topic : std::as_const(topics)) {
        t.bindValue(0, id);
        t.bindValue(1, topic);
        if (!exec(t, error))
            return 0;
    }
    if (!n.subject.trimmed().isEmpty()) {
        if (!indexText(id << SearchRowShift, n.subject, error))
            return 0;
    }
    if (!adjustCounts(false, {}, {}, isOpenStatus(statusName(n.status)), channelName(n.channel), n.assignee, error))
        return 0;
    return id;
}

qint64 ConversationRepository::insertMessage(const Message &message, const QList<NewAttachment> &attachments,
                                             const QString &inReplyTo, QString *error, InboundEffect inbound)
{
    QSqlQuery &c = m_database.prepared(QStringLiteral(
        "SELECT message_count, status, channel, assignee, first_responded_at"
        " FROM conversations WHERE id = ?"));
    c.bindValue(0, message.conversationId);
    if (!exec(c, error))
        return 0;
    if (!c.next()) {
        if (error)
            error->clear();
        return 0;
    }
    const int seq = c.value(0).toInt() + 1;
    const QString status = c.value(1).toString();
    const QString channel = c.value(2).toString();
    const QString assignee = c.value(3).toString();
    const bool responded = !c.value(4).isNull();
    c.finish();

    const QString at = isoTime(message.at.isValid() ? message.at : QDateTime::currentDateTimeUtc());
    static const char *const directions[] = {"inbound", "outbound", "note"};
    static const char *const deliveries[] = {"received", "queued", "sent", "delivered", "failed"};

    QSqlQuery &m = m_database.prepared(QStringLiteral(
        "INSERT INTO messages (conversation_id, seq, direction, author, at, body_text, body_html, delivery,"
        " external_id, in_reply_to, command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m.bindValue(0, message.conversationId);
    m.bindValue(1, seq);
    m.bindValue(2, QLatin1String(directions[int(message.direction)]));
    m.bindValue(3, message.author);
    m.bindValue(4, at);
    m.bindValue(5, message.bodyText.isNull() ? QStringLiteral("") : message.bodyText);
    m.bindValue(6, optionalText(message.bodyHtml));
    m.bindValue(7, QLatin1String(deliveries[int(message.delivery)]));
    m.bindValue(8, optionalText(message.externalId));
    m.bindValue(9, optionalText(inReplyTo));
    m.bindValue(10, message.commandId.isNull() ? QVariant() : QVariant(message.commandId.toString(QUuid::WithoutBraces)));
    if (!exec(m, error))
        return 0;
    const qint64 messageId = m.lastInsertId().toLongLong();
    m.finish();

    QSqlQuery &a = m_database.prepared(QStringLiteral(
        "INSERT INTO attachments (message_id, file_name, mime_type, size, sha256, content_id, inline)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const NewAttachment &attachment : attachments) {
        a.bindValue(0, messageId);
        a.bindValue(1, attachment.fileName);
        a.bindValue(2, attachment.mimeType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                     : attachment.mimeType);
        a.bindValue(3, attachment.size);
        a.bindValue(4, QString::fromLatin1(attachment.sha256));
        a.bindValue(5, optionalText(attachment.contentId));
        a.bindValue(6, attachment.inlinePart ? 1 : 0);
        if (!exec(a, error))
            return 0;
    }

    if (seq <= MaxIndexedMessages && !message.bodyText.trimmed().isEmpty()) {
        if (!indexText((message.conversationId << SearchRowShift) | seq, message.bodyText, error))
            return 0;
    }

    // The conversation: count, preview, activity; an agent's first answer
    // stops the first-response clock; a customer's answer reopens.
    QString newStatus = status;
    bool firstResponse = false;
    if (message.direction == MessageDirection::Inbound) {
        if (inbound == InboundEffect::Reopen && (!isOpenStatus(status) || status == QLatin1String("pending")))
            newStatus = QStringLiteral("open");
    } else if (message.direction == MessageDirection::Outbound) {
        firstResponse = !responded;
        if (status == QLatin1String("new"))
            newStatus = QStringLiteral("open");
    }
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE conversations SET message_count = message_count + 1, updated_at = max(updated_at, ?),"
        " last_message_preview = CASE WHEN ? THEN last_message_preview ELSE ? END,"
        " has_attachments = has_attachments OR ?, status = ?,"
        " resolved_at = CASE WHEN ? THEN NULL ELSE resolved_at END,"
        " first_responded_at = CASE WHEN ? THEN ? ELSE first_responded_at END,"
        " sla_due = CASE WHEN ? THEN coalesce(resolution_due, '9999-12-31T23:59:59Z') ELSE sla_due END,"
        " version = version + 1 WHERE id = ?"));
    u.bindValue(0, at);
    u.bindValue(1, message.direction == MessageDirection::Note ? 1 : 0);   // notes are not the customer's view
    u.bindValue(2, previewOf(message.bodyText));
    u.bindValue(3, attachments.isEmpty() ? 0 : 1);
    u.bindValue(4, newStatus);
    u.bindValue(5, isOpenStatus(newStatus) ? 1 : 0);
    u.bindValue(6, firstResponse ? 1 : 0);
    u.bindValue(7, at);
    u.bindValue(8, firstResponse ? 1 : 0);
    u.bindValue(9, message.conversationId);
    if (!exec(u, error))
        return 0;
    if (newStatus != status
        && !adjustCounts(isOpenStatus(status), channel, assignee, isOpenStatus(newStatus), channel, assignee, error))
        return 0;
    return messageId;
}

bool ConversationRepository::setStatus(qint64 conversationId, ConversationStatus status, const QDateTime &now,
                                       QString *error)
{
    QSqlQuery &c = m_database.prepared(QStringLiteral("SELECT status, channel, assignee FROM conversations WHERE id = ?"));
    c.bindValue(0, conversationId);
    if (!exec(c, error))
        return false;
    if (!c.next()) {
        if (error)
            error->clear();
        return false;
    }
    const QString oldStatus = c.value(0).toString();
    const QString channel = c.value(1).toString();
    const QString assignee = c.value(2).toString();
    c.finish();
    const QString newStatus = statusName(status);
    const bool open = isOpenStatus(newStatus);
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE conversations SET status = ?, updated_at = ?,"
        " resolved_at = CASE WHEN ? THEN NULL ELSE coalesce(resolved_at, ?) END, version = version + 1"
        " WHERE id = ?"));
    u.bindValue(0, newStatus);
    u.bindValue(1, isoTime(now));
    u.bindValue(2, open ? 1 : 0);
    u.bindValue(3, isoTime(now));
    u.bindValue(4, conversationId);
    if (!exec(u, error))
        return false;
    return adjustCounts(isOpenStatus(oldStatus), channel, assignee, open, channel, assignee, error);
}

bool ConversationRepository::assign(qint64 conversationId, const QString &assignee, const QString &queue,
                                    const QDateTime &now, QString *error)
{
    QSqlQuery &c = m_database.prepared(QStringLiteral("SELECT status, channel, assignee FROM conversations WHERE id = ?"));
    c.bindValue(0, conversationId);
    if (!exec(c, error))
        return false;
    if (!c.next()) {
        if (error)
            error->clear();
        return false;
    }
    const bool open = isOpenStatus(c.value(0).toString());
    const QString channel = c.value(1).toString();
    const QString oldAssignee = c.value(2).toString();
    c.finish();
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE conversations SET assignee = ?, queue = coalesce(?, queue), updated_at = ?, version = version + 1"
        " WHERE id = ?"));
    u.bindValue(0, optionalText(assignee));
    u.bindValue(1, optionalText(queue));
    u.bindValue(2, isoTime(now));
    u.bindValue(3, conversationId);
    if (!exec(u, error))
        return false;
    return adjustCounts(open, channel, oldAssignee, open, channel, assignee, error);
}

bool ConversationRepository::setPriority(qint64 conversationId, Priority priority, const QDateTime &now,
                                         QString *error)
{
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE conversations SET priority = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    u.bindValue(0, priorityName(priority));
    u.bindValue(1, isoTime(now));
    u.bindValue(2, conversationId);
    if (!exec(u, error))
        return false;
    if (u.numRowsAffected() != 1) {
        if (error)
            error->clear();
        return false;
    }
    return true;
}

bool ConversationRepository::addTopics(qint64 conversationId, const QStringList &topics, const QDateTime &now,
                                       QString *error)
{
    QSqlQuery &c = m_database.prepared(QStringLiteral("SELECT topics FROM conversations WHERE id = ?"));
    c.bindValue(0, conversationId);
    if (!exec(c, error))
        return false;
    if (!c.next()) {
        if (error)
            error->clear();
        return false;
    }
    QStringList current = c.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.finish();
    QSqlQuery &t = m_database.prepared(QStringLiteral(
        "INSERT OR IGNORE INTO conversation_topics (conversation_id, topic) VALUES (?, ?)"));
    for (const QString &topic : topics) {
        bool ok = false;
        topicFromName(topic, &ok);
        if (!ok || current.contains(topic))
            continue;
        current << topic;
        t.bindValue(0, conversationId);
        t.bindValue(1, topic);
        if (!exec(t, error))
            return false;
    }
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE conversations SET topics = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    u.bindValue(0, current.join(QLatin1Char(' ')));
    u.bindValue(1, isoTime(now));
    u.bindValue(2, conversationId);
    return exec(u, error);
}

bool ConversationRepository::markResponded(qint64 conversationId, const QDateTime &at, QString *error)
{
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE conversations SET first_responded_at = coalesce(first_responded_at, ?),"
        " sla_due = CASE WHEN first_responded_at IS NULL THEN coalesce(resolution_due, '9999-12-31T23:59:59Z')"
        " ELSE sla_due END WHERE id = ?"));
    u.bindValue(0, isoTime(at));
    u.bindValue(1, conversationId);
    return exec(u, error);
}

qint64 ConversationRepository::conversationByExternalIds(const QStringList &externalIds, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT conversation_id FROM messages WHERE external_id = ?"));
    for (const QString &id : externalIds) {
        if (id.isEmpty())
            continue;
        q.bindValue(0, id);
        if (!exec(q, error))
            return 0;
        if (q.next()) {
            const qint64 conversation = q.value(0).toLongLong();
            q.finish();
            return conversation;
        }
        q.finish();
    }
    return 0;
}

bool ConversationRepository::hasExternalId(const QString &externalId, QString *error)
{
    return !externalId.isEmpty() && conversationByExternalIds({externalId}, error) != 0;
}

bool ConversationRepository::agentExists(const QString &username, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT 1 FROM agents WHERE username = ?"));
    q.bindValue(0, username);
    if (!exec(q, error))
        return false;
    const bool found = q.next();
    q.finish();
    return found;
}

qint64 ConversationRepository::customerByEmail(const QString &address, QString *error)
{
    if (address.trimmed().isEmpty())
        return 0;
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT id FROM customers WHERE lower(email) = lower(?) AND email IS NOT NULL ORDER BY id LIMIT 1"));
    q.bindValue(0, address.trimmed());
    if (!exec(q, error) || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Attachment ConversationRepository::attachment(qint64 attachmentId, QString *error)
{
    Attachment attachment;
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT id, file_name, mime_type, size, sha256, content_id FROM attachments WHERE id = ?"));
    q.bindValue(0, attachmentId);
    if (!exec(q, error) || !q.next())
        return attachment;
    attachment.id = q.value(0).toLongLong();
    attachment.fileName = q.value(1).toString();
    attachment.mimeType = q.value(2).toString();
    attachment.size = q.value(3).toLongLong();
    attachment.sha256 = q.value(4).toString().toLatin1();
    attachment.contentId = q.value(5).toString();
    q.finish();
    return attachment;
}

// --- remote mode -------------------------------------------------------------

bool ConversationRepository::unindexText(qint64 rowid, const QString &text, QString *error)
{
    QSqlQuery &s = m_database.prepared(QStringLiteral(
        "INSERT INTO conversation_search (conversation_search, rowid, text) VALUES ('delete', ?, ?)"));
    s.bindValue(0, rowid);
    s.bindValue(1, text);
    return exec(s, error);
}

bool ConversationRepository::storeServerConversation(const ConversationSummary &c, bool force, QString *error)
{
    // The row as the cache has it, column for column as written below.
    static const QStringList columns{
        QStringLiteral("customer_id"),     QStringLiteral("customer_ref"),   QStringLiteral("contact"),
        QStringLiteral("channel"),         QStringLiteral("queue"),          QStringLiteral("status"),
        QStringLiteral("priority"),        QStringLiteral("assignee"),       QStringLiteral("language"),
        QStringLiteral("subject"),         QStringLiteral("topics"),         QStringLiteral("created_at"),
        QStringLiteral("updated_at"),      QStringLiteral("first_response_due"),
        QStringLiteral("first_responded_at"), QStringLiteral("resolution_due"), QStringLiteral("resolved_at"),
        QStringLiteral("sla_due"),         QStringLiteral("message_count"),  QStringLiteral("last_message_preview"),
        QStringLiteral("has_attachments"), QStringLiteral("version")};
    enum Column {
        CustomerId, CustomerRef, Contact, ChannelColumn, Queue, Status, PriorityColumn, Assignee, Language, Subject,
        Topics, CreatedAt, UpdatedAt, FirstResponseDue, FirstRespondedAt, ResolutionDue, ResolvedAt, SlaDue,
        MessageCount, Preview, HasAttachments, Version, ColumnCount
    };
    static const QString selectOld = QStringLiteral("SELECT %1 FROM conversations WHERE id = ?")
                                         .arg(columns.join(QStringLiteral(", ")));
    bool exists = false;
    QVariantList was;
    {
        DirectStatement old(m_database.prepared(selectOld));
        old.bind(0, c.id);
        if (!old.step(error))
            return false;
        exists = old.hasRow();
        if (exists) {
            was.reserve(ColumnCount);
            for (int i = 0; i < ColumnCount; ++i)
                was << old.value(i);
        }
    }
    const QString oldStatus = exists ? was.at(Status).toString() : QString();
    const QString oldChannel = exists ? was.at(ChannelColumn).toString() : QString();
    const QString oldAssignee = exists ? was.at(Assignee).toString() : QString();
    const QString oldSubject = exists ? was.at(Subject).toString() : QString();
    const int oldVersion = exists ? was.at(Version).toInt() : 0;
    if (exists && !force && c.version < oldVersion)
        return true;   // an older copy (a feed page read before a newer answer)

    bool customerCached = false;
    if (c.customerId > 0) {
        DirectStatement k(m_database.prepared(QStringLiteral("SELECT 1 FROM customers WHERE id = ?")));
        k.bind(0, c.customerId);
        if (!k.step(error))
            return false;
        customerCached = k.hasRow();
    }
    QStringList topics;
    for (const QString &topic : c.topics) {
        bool known = false;
        topicFromName(topic, &known);
        if (known && !topics.contains(topic))
            topics << topic;
    }
    const QString status = statusName(c.status);
    const QDateTime slaDue = c.firstResponseDue.isValid() ? c.firstResponseDue : c.resolutionDue;
    const QString subject = SearchText::sanitizeInput(c.subject, 500);
    const QString updated = isoTime(c.updatedAt.isValid() ? c.updatedAt : c.createdAt);
    // Never NULL for the NOT NULL text columns: a null QString binds as NULL.
    const auto text = [](const QString &value) { return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value); };
    const QString topicsText = topics.join(QLatin1Char(' '));

    QVariantList now(ColumnCount);
    now[CustomerId] = customerCached ? QVariant(c.customerId) : QVariant();
    now[CustomerRef] = c.customerId > 0 ? QVariant(c.customerId) : QVariant();
    now[Contact] = optionalText(c.customerName);
    now[ChannelColumn] = channelName(c.channel);
    now[Queue] = c.queue.isEmpty() ? QStringLiteral("general") : c.queue;
    now[Status] = status;
    now[PriorityColumn] = priorityName(c.priority);
    now[Assignee] = optionalText(c.assignee);
    now[Language] = c.language.isEmpty() ? QStringLiteral("en") : c.language;
    now[Subject] = text(subject);
    now[Topics] = text(topicsText);
    now[CreatedAt] = isoTime(c.createdAt);
    now[UpdatedAt] = updated;
    now[FirstResponseDue] = optionalTime(c.firstResponseDue);
    // Answered (no first-response due): when, as near as the summary says.
    now[FirstRespondedAt] = c.firstResponseDue.isValid() ? QVariant(QMetaType::fromType<QString>()) : QVariant(updated);
    now[ResolutionDue] = optionalTime(c.resolutionDue);
    now[ResolvedAt] = isOpenStatus(status) ? QVariant(QMetaType::fromType<QString>()) : QVariant(updated);
    now[SlaDue] = slaDue.isValid() ? isoTime(slaDue) : QStringLiteral("9999-12-31T23:59:59Z");
    now[MessageCount] = c.messageCount;
    now[Preview] = text(c.preview);
    now[HasAttachments] = c.hasAttachments ? 1 : 0;
    now[Version] = c.version;

    if (c.slaTimes) {
        // The server's stored times (since 2026-11-23): exact, as local mode
        // has them, for the supervisors' figures.
        now[FirstResponseDue] = optionalTime(c.slaTimes->firstResponseDue);
        now[FirstRespondedAt] = optionalTime(c.slaTimes->firstRespondedAt);
        now[ResolutionDue] = optionalTime(c.slaTimes->resolutionDue);
        now[ResolvedAt] = isOpenStatus(status) ? QVariant(QMetaType::fromType<QString>())
                                               : optionalTime(c.slaTimes->resolvedAt.isValid()
                                                                  ? c.slaTimes->resolvedAt
                                                                  : (c.updatedAt.isValid() ? c.updatedAt : c.createdAt));
    }

    if (!exists) {
        static const QString insert = QStringLiteral("INSERT INTO conversations (id, %1) VALUES (?%2)")
                                          .arg(columns.join(QStringLiteral(", ")),
                                               QStringLiteral(", ?").repeated(ColumnCount));
        DirectStatement w(m_database.prepared(insert));
        w.bind(0, c.id);
        for (int i = 0; i < ColumnCount; ++i)
            w.bind(i + 1, now.at(i));
        if (!w.step(error))
            return false;
    } else {
        if (!c.slaTimes) {
            // What a known conversation keeps, from an older server: a due
            // time the summary no longer carries, when it was first answered
            // and when it was resolved (estimated by the version that showed it).
            if (now.at(FirstResponseDue).isNull())
                now[FirstResponseDue] = was.at(FirstResponseDue);
            now[FirstRespondedAt] = c.firstResponseDue.isValid() ? QVariant(QMetaType::fromType<QString>())
                                    : was.at(FirstRespondedAt).isNull() ? QVariant(updated)
                                                                         : was.at(FirstRespondedAt);
            now[ResolvedAt] = isOpenStatus(status) ? QVariant(QMetaType::fromType<QString>())
                              : was.at(ResolvedAt).isNull() ? QVariant(updated)
                                                            : was.at(ResolvedAt);
        }
        // Only the columns that changed: SQLite rewrites the entries of every
        // index that holds a column named in SET, and the inbox has ten
        // (a new version usually moves updated_at, not the rest).
        QStringList set;
        QVariantList values;
        for (int i = 0; i < ColumnCount; ++i) {
            const QVariant &before = was.at(i);
            const QVariant &after = now.at(i);
            const bool same = before.isNull() == after.isNull()
                              && (before.isNull() || before.toString() == after.toString());
            if (!same) {
                set << columns.at(i) + QStringLiteral(" = ?");
                values << after;
            }
        }
        if (!set.isEmpty()) {
            DirectStatement u(m_database.prepared(QStringLiteral("UPDATE conversations SET %1 WHERE id = ?")
                                                      .arg(set.join(QStringLiteral(", ")))));
            for (int i = 0; i < values.size(); ++i)
                u.bind(i, values.at(i));
            u.bind(int(values.size()), c.id);
            if (!u.step(error))
                return false;
        }
    }

    // The topic rows only when the topics changed (most changes are of
    // something else). conversation_topics is keyed (topic, conversation_id)
    // and has no index by conversation: the delete names every topic there
    // is, one key seek each, instead of scanning every conversation's rows.
    if (!exists || topicsText != was.at(Topics).toString()) {
        if (exists) {
            static const QString clearSql = [] {
                QStringList names;
                for (const Topic topic : allTopics())
                    names << QLatin1Char('\'') + topicName(topic) + QLatin1Char('\'');
                return QStringLiteral("DELETE FROM conversation_topics WHERE topic IN (%1) AND conversation_id = ?")
                    .arg(names.join(QStringLiteral(", ")));
            }();
            QSqlQuery &clear = m_database.prepared(clearSql);
            clear.bindValue(0, c.id);
            if (!exec(clear, error))
                return false;
        }
        QSqlQuery &t = m_database.prepared(QStringLiteral(
            "INSERT OR IGNORE INTO conversation_topics (conversation_id, topic) VALUES (?, ?)"));
        for (const QString &topic : std::as_const(topics)) {
            t.bindValue(0, c.id);
            t.bindValue(1, topic);
            if (!exec(t, error))
                return false;
        }
    }
    if (!exists || oldSubject != subject) {
        if (exists && !oldSubject.trimmed().isEmpty() && !unindexText(c.id << SearchRowShift, oldSubject, error))
            return false;
        if (!subject.trimmed().isEmpty() && !indexText(c.id << SearchRowShift, subject, error))
            return false;
    }
    return adjustCounts(exists && isOpenStatus(oldStatus), oldChannel, oldAssignee, isOpenStatus(status),
                        channelName(c.channel), c.assignee, error);
}

bool ConversationRepository::insertServerMessage(const Message &message, int seq, QString *error)
{
    {
        DirectStatement m(m_database.prepared(QStringLiteral(
            "INSERT INTO messages (id, conversation_id, seq, direction, author, at, body_text, body_html, delivery,"
            " external_id, command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        m.bind(0, message.id);
        m.bind(1, message.conversationId);
        m.bind(2, seq);
        m.bind(3, directionName(message.direction));
        m.bind(4, message.author);
        m.bind(5, isoTime(message.at));
        m.bind(6, message.bodyText.isNull() ? QStringLiteral("") : message.bodyText);
        m.bind(7, message.bodyHtml.isEmpty() ? QString() : message.bodyHtml);   // optionalText()
        m.bind(8, deliveryName(message.delivery));
        m.bind(9, message.externalId.isEmpty() ? QString() : message.externalId);
        m.bind(10, message.commandId.isNull() ? QString() : message.commandId.toString(QUuid::WithoutBraces));
        if (!m.step(error))
            return false;
    }
    QSqlQuery &a = m_database.prepared(QStringLiteral(
        "INSERT OR REPLACE INTO attachments (id, message_id, file_name, mime_type, size, sha256, content_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Attachment &attachment : message.attachments) {
        a.bindValue(0, attachment.id);
        a.bindValue(1, message.id);
        a.bindValue(2, attachment.fileName);
        a.bindValue(3, attachment.mimeType);
        a.bindValue(4, attachment.size);
        a.bindValue(5, QString::fromLatin1(attachment.sha256));
        a.bindValue(6, optionalText(attachment.contentId));
        if (!exec(a, error))
            return false;
    }
    if (seq <= MaxIndexedMessages && !message.bodyText.trimmed().isEmpty())
        return indexText((message.conversationId << SearchRowShift) | seq, message.bodyText, error);
    return true;
}

bool ConversationRepository::storeServerMessage(const Message &message, bool *stored, QString *error)
{
    *stored = false;
    const QString command = message.commandId.isNull() ? QString() : message.commandId.toString(QUuid::WithoutBraces);
    // The conversation's last seq; the agent's own copy of this message (same
    // command); and whether a row holds the server's id already, with its command.
    int lastSeq = 0;
    qint64 ownCopy = 0;
    bool idTaken = false;
    QString holder;
    {
        DirectStatement c(m_database.prepared(QStringLiteral(
            "SELECT (SELECT coalesce(max(seq), 0) FROM messages WHERE conversation_id = ?),"
            " (SELECT id FROM messages WHERE command_id = ?),"
            " EXISTS (SELECT 1 FROM messages WHERE id = ?),"
            " (SELECT command_id FROM messages WHERE id = ?)"
            " FROM conversations WHERE id = ?")));
        c.bind(0, message.conversationId);
        c.bind(1, command.isEmpty() ? QString() : command);
        c.bind(2, message.id);
        c.bind(3, message.id);
        c.bind(4, message.conversationId);
        if (!c.step(error))
            return false;
        if (!c.hasRow())
            return true;   // the conversation is not in the cache
        lastSeq = int(c.int64(0));
        ownCopy = c.isNull(1) ? 0 : c.int64(1);
        idTaken = c.int64(2) != 0;
        holder = c.text(3);
    }

    // An optimistic row of another of this computer's commands took the server's id: moved aside.
    const bool heldByOther = idTaken && ownCopy != message.id && !holder.isEmpty() && holder != command;
    if (heldByOther) {
        QSqlQuery &move = m_database.prepared(QStringLiteral(
            "UPDATE messages SET id = (SELECT max(id) + 1 FROM messages) WHERE id = ?"));
        move.bindValue(0, message.id);
        if (!exec(move, error))
            return false;
    }
    if (ownCopy > 0 || (idTaken && !heldByOther)) {
        // The agent's own copy, or the same message again (a repeated feed
        // page): it takes the server's id and state, and keeps its place.
        QSqlQuery &u = m_database.prepared(QStringLiteral(
            "UPDATE messages SET id = ?, author = ?, at = ?, delivery = ?, external_id = ?, command_id = ?"
            " WHERE id = ?"));
        u.bindValue(0, message.id);
        u.bindValue(1, message.author);
        u.bindValue(2, isoTime(message.at));
        u.bindValue(3, deliveryName(message.delivery));
        u.bindValue(4, optionalText(message.externalId));
        u.bindValue(5, command.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(command));
        u.bindValue(6, ownCopy > 0 ? ownCopy : message.id);
        if (!exec(u, error))
            return false;
        *stored = true;
        return true;
    }
    if (!insertServerMessage(message, lastSeq + 1, error))
        return false;
    *stored = true;
    return true;
}

bool ConversationRepository::replaceServerThread(qint64 conversationId, const QList<Message> &messages,
                                                 const QSet<QString> &unsentCommands, QString *error)
{
    QSet<qint64> serverIds;
    QSet<QString> serverCommands;
    for (const Message &message : messages) {
        serverIds.insert(message.id);
        if (!message.commandId.isNull())
            serverCommands.insert(message.commandId.toString(QUuid::WithoutBraces));
    }
    // What is there now: every row's index entry goes; the agent's own rows
    // the server does not have yet are kept to be put back after the server's.
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT id, seq, direction, author, at, body_text, body_html, delivery, command_id"
        " FROM messages WHERE conversation_id = ? ORDER BY seq"));
    q.bindValue(0, conversationId);
    if (!exec(q, error))
        return false;
    struct Row
    {
        qint64 rowid;
        QString text;
    };
    QList<Row> indexed;
    QList<Message> unsent;
    while (q.next()) {
        const int seq = q.value(1).toInt();
        const QString text = q.value(5).toString();
        if (seq <= MaxIndexedMessages && !text.trimmed().isEmpty())
            indexed.append({(conversationId << SearchRowShift) | seq, text});
        const QString command = q.value(8).toString();
        if (!command.isEmpty() && !serverCommands.contains(command) && unsentCommands.contains(command)) {
            Message own;
            own.id = q.value(0).toLongLong();
            own.conversationId = conversationId;
            own.direction = directionFromName(q.value(2).toString());
            own.author = q.value(3).toString();
            own.at = timeFrom(q.value(4));
            own.bodyText = text;
            own.bodyHtml = q.value(6).toString();
            own.delivery = deliveryFromName(q.value(7).toString());
            own.commandId = QUuid::fromString(command);
            unsent.append(own);
        }
    }
    q.finish();
    for (const Row &row : std::as_const(indexed)) {
        if (!unindexText(row.rowid, row.text, error))
            return false;
    }
    QSqlQuery &d = m_database.prepared(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"));
    d.bindValue(0, conversationId);
    if (!exec(d, error))
        return false;
    int seq = 0;
    for (const Message &message : messages) {
        Message copy = message;
        copy.conversationId = conversationId;
        if (!insertServerMessage(copy, ++seq, error))
            return false;
    }
    QSqlQuery &maxId = m_database.prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages"));
    if (!exec(maxId, error) || !maxId.next())
        return false;
    qint64 nextId = maxId.value(0).toLongLong();
    maxId.finish();
    for (Message own : std::as_const(unsent)) {
        if (serverIds.contains(own.id))
            own.id = ++nextId;
        if (!insertServerMessage(own, ++seq, error))
            return false;
    }
    return true;
}

std::optional<qint64> ConversationRepository::provisionalConversationOf(const QUuid &commandId, QString *error)
{
    QSqlQuery &q = m_database.prepared(
        QStringLiteral("SELECT conversation_id FROM messages WHERE command_id = ? AND conversation_id < 0"));
    q.bindValue(0, commandId.toString(QUuid::WithoutBraces));
    if (!exec(q, error))
        return std::nullopt;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool ConversationRepository::adoptServerId(qint64 provisional, qint64 serverId, QString *error)
{
    Q_ASSERT(provisional < 0 && serverId > 0);
    if (!SqlExec::deferForeignKeys(m_database.connection(), error))   // until this transaction commits
        return false;
    const auto one = [this, error](const QString &sql, const QVariantList &values) {
        return SqlExec::run(m_database.connection(), sql, values, error);
    };

    QSqlQuery &c = m_database.prepared(QStringLiteral(
        "SELECT p.subject, p.is_open, p.channel, p.assignee,"
        " (SELECT count(*) FROM conversations WHERE id = ?), (SELECT coalesce(max(seq), 0) FROM messages"
        " WHERE conversation_id = ?) FROM conversations AS p WHERE p.id = ?"));
    c.bindValue(0, serverId);
    c.bindValue(1, serverId);
    c.bindValue(2, provisional);
    if (!exec(c, error))
        return false;
    if (!c.next()) {
        if (error)
            error->clear();
        return true;   // adopted before (the answer and the feed both bring it)
    }
    const QString subject = c.value(0).toString();
    const bool wasOpen = c.value(1).toBool();
    const QString channel = c.value(2).toString();
    const QString assignee = c.value(3).toString();
    const bool serverCopyHere = c.value(4).toInt() > 0;
    const int seqOffset = serverCopyHere ? c.value(5).toInt() : 0;
    c.finish();

    // The search entries move with the rows: out under the old rowids, in under the new.
    struct Indexed
    {
        int seq;
        QString text;
    };
    QList<Indexed> indexed;
    QSqlQuery &m = m_database.prepared(QStringLiteral(
        "SELECT seq, body_text FROM messages WHERE conversation_id = ? AND seq <= ? ORDER BY seq"));
    m.bindValue(0, provisional);
    m.bindValue(1, MaxIndexedMessages);
    if (!exec(m, error))
        return false;
    while (m.next()) {
        if (!m.value(1).toString().trimmed().isEmpty())
            indexed.append({m.value(0).toInt(), m.value(1).toString()});
    }
    m.finish();
    for (const Indexed &row : std::as_const(indexed)) {
        if (!unindexText((provisional << SearchRowShift) | row.seq, row.text, error))
            return false;
    }
    if (!subject.trimmed().isEmpty() && !unindexText(provisional << SearchRowShift, subject, error))
        return false;

    if (!one(QStringLiteral("UPDATE messages SET conversation_id = ?, seq = seq + ? WHERE conversation_id = ?"),
             {serverId, seqOffset, provisional}))
        return false;
    if (serverCopyHere) {
        // The server's row stands; the provisional one goes, with its counts.
        if (!one(QStringLiteral("DELETE FROM conversation_topics WHERE conversation_id = ?"), {provisional})
            || !one(QStringLiteral("DELETE FROM conversations WHERE id = ?"), {provisional})
            || !adjustCounts(wasOpen, channel, assignee, false, {}, {}, error))
            return false;
    } else {
        if (!one(QStringLiteral("UPDATE conversations SET id = ? WHERE id = ?"), {serverId, provisional})
            || !one(QStringLiteral("UPDATE conversation_topics SET conversation_id = ? WHERE conversation_id = ?"),
                    {serverId, provisional}))
            return false;
        if (!subject.trimmed().isEmpty() && !indexText(serverId << SearchRowShift, subject, error))
            return false;
    }
    for (const Indexed &row : std::as_const(indexed)) {
        const int seq = row.seq + seqOffset;
        if (seq <= MaxIndexedMessages && !indexText((serverId << SearchRowShift) | seq, row.text, error))
            return false;
    }
    return one(QStringLiteral("UPDATE card_workflows SET conversation_id = ? WHERE conversation_id = ?"),
               {serverId, provisional})
           && one(QStringLiteral("UPDATE alerts SET conversation_id = ? WHERE conversation_id = ?"),
                  {serverId, provisional});
}

bool ConversationRepository::linkCustomer(qint64 customerId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "UPDATE conversations SET customer_id = customer_ref WHERE customer_ref = ? AND customer_id IS NULL"
        " AND EXISTS (SELECT 1 FROM customers WHERE id = ?)"));
    q.bindValue(0, customerId);
    q.bindValue(1, customerId);
    return exec(q, error);
}

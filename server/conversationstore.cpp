#include "conversationstore.h"

#include "sqlvalues.h"

#include "domain/jsoncodec.h"
#include "domain/searchtext.h"
#include "domain/slapolicy.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace {

using namespace ConversationNames;

// Columns of a summary row; c = conversations, cu = customers.
const QString SummaryColumns = QStringLiteral(
    "c.id, c.customer_id, coalesce(cu.first_name || ' ' || cu.last_name, c.contact, ''), c.channel, c.status, "
    "c.priority, c.queue, c.assignee, c.topics, c.language, c.subject, c.last_message_preview, c.created_at, "
    "c.updated_at, c.first_response_due, c.first_responded_at, c.resolution_due, c.resolved_at, c.message_count, "
    "c.has_attachments, c.version, c.sla_due, c.priority_order, c.updated_by");

const QString FromConversations =
    QStringLiteral(" FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id");

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
    ColResolved,
    ColMessageCount,
    ColAttachments,
    ColVersion,
    ColSlaDue,
    ColPriorityOrder,
    ColUpdatedBy
};

bool isOpenStatus(ConversationStatus status)
{
    return status != ConversationStatus::Resolved && status != ConversationStatus::Closed;
}

/// The topic names of the stored list that CardDesk knows, each once.
QStringList knownTopics(const QString &stored)
{
    QStringList topics;
    for (const QString &topic : stored.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        topicFromName(topic, &ok);
        if (ok && !topics.contains(topic))
            topics << topic;
    }
    return topics;
}

ConversationStore::Record recordFrom(const QSqlQuery &q)
{
    ConversationStore::Record record;
    ConversationSummary &s = record.conversation;
    s.id = q.value(ColId).toLongLong();
    s.customerId = q.value(ColCustomer).toLongLong();
    s.customerName = q.value(ColName).toString();
    s.channel = channelFromName(q.value(ColChannel).toString());
    s.status = statusFromName(q.value(ColStatus).toString());
    s.priority = priorityFromName(q.value(ColPriority).toString());
    s.queue = q.value(ColQueue).toString();
    s.assignee = q.value(ColAssignee).toString();
    s.topics = knownTopics(q.value(ColTopics).toString());
    s.language = q.value(ColLanguage).toString();
    s.subject = q.value(ColSubject).toString();
    s.preview = q.value(ColPreview).toString();
    s.createdAt = SqlValues::toTime(q.value(ColCreated));
    s.updatedAt = SqlValues::toTime(q.value(ColUpdated));
    record.firstResponseDue = SqlValues::toTime(q.value(ColFirstDue));
    record.firstRespondedAt = SqlValues::toTime(q.value(ColFirstResponded));
    record.resolutionDue = SqlValues::toTime(q.value(ColResolutionDue));
    record.resolvedAt = SqlValues::toTime(q.value(ColResolved));
    // As the contract has them: null once met (answered; resolved or closed).
    s.firstResponseDue = record.firstRespondedAt.isValid() ? QDateTime() : record.firstResponseDue;
    s.resolutionDue = isOpenStatus(s.status) ? record.resolutionDue : QDateTime();
    s.messageCount = q.value(ColMessageCount).toInt();
    s.hasAttachments = q.value(ColAttachments).toBool();
    s.version = q.value(ColVersion).toInt();
    s.slaTimes = ConversationSlaTimes{record.firstResponseDue, record.firstRespondedAt, record.resolutionDue,
                                      isOpenStatus(s.status) ? QDateTime() : record.resolvedAt};
    record.updatedBy = q.value(ColUpdatedBy).toString();
    return record;
}

QString placeholders(qsizetype count)
{
    QString out;
    for (qsizetype i = 0; i < count; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

/// Conversations a search tests newest first before it turns to the trigram indexes.
constexpr int SearchWalk = 5000;

/// The words of a search as the console's full text sees them: runs of
/// letters and digits, two characters or more, at most MaxSearchWords.
QStringList searchWords(const QString &text)
{
    const QString input = SearchText::sanitizeInput(text, 200);
    QStringList words;
    QString word;
    auto flush = [&] {
        if (word.size() >= 2 && words.size() < ConversationStore::MaxSearchWords && !words.contains(word))
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

// --- cursors: base64url of {"k": order, ...the last row's key} --------------------

QString encodeCursor(const QJsonObject &key)
{
    return QString::fromLatin1(QJsonDocument(key).toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The cursor's key when it is one of order @p kind; nullopt otherwise.
std::optional<QJsonObject> decodeCursor(const QString &cursor, const QString &kind)
{
    const auto bytes = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*bytes).object();
    if (object.value(QStringLiteral("k")).toString() != kind || object.value(QStringLiteral("i")).toInteger() <= 0)
        return std::nullopt;
    return object;
}

QString sortKind(InboxSort sort)
{
    switch (sort) {
    case InboxSort::SlaDue: return QStringLiteral("d");
    case InboxSort::LastUpdate: return QStringLiteral("u");
    case InboxSort::Priority: return QStringLiteral("p");
    }
    return QString();
}

/// A time from a cursor, as bound to a statement; null when unreadable.
QVariant cursorTime(const QJsonObject &key)
{
    const std::optional<QDateTime> time = JsonCodec::parseTimestamp(key.value(QStringLiteral("t")).toString());
    return time ? SqlValues::time(*time) : QVariant();
}

} // namespace

ConversationStore::ConversationStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QString ConversationStore::summaryColumns()
{
    return SummaryColumns;
}

QString ConversationStore::fromConversations()
{
    return FromConversations;
}

ConversationStore::Record ConversationStore::readRecord(const QSqlQuery &query)
{
    return recordFrom(query);
}

QDateTime ConversationStore::nothingDue()
{
    return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
}

QString ConversationStore::previewOf(const QString &text)
{
    QString preview = text.simplified();
    if (preview.size() > 140) {
        preview.truncate(139);
        preview += QChar(0x2026);
    }
    return preview;
}

std::optional<ConversationStore::Page> ConversationStore::list(const InboxQuery &query, qint64 customerId,
                                                               const QString &agent, const QDateTime &now,
                                                               bool *badCursor, QString *error)
{
    *badCursor = false;
    // The view picks the index (family and sort) and its equality prefix;
    // every other filter is checked on the rows its range scan yields.
    QStringList where;
    QVariantList values;
    bool channelPending = query.channel.has_value() || query.view == InboxView::Alerts;
    const Channel channel = query.view == InboxView::Alerts ? Channel::Alert : query.channel.value_or(Channel::Email);
    QString assignee = query.assignee;
    InboxSort sort = query.sort;

    if (customerId > 0) {
        // The customer's conversations, any status, newest first.
        where << QStringLiteral("c.customer_id = ?");
        values << customerId;
        sort = InboxSort::LastUpdate;
    } else {
        if (query.view == InboxView::MyOpen) {
            where << QStringLiteral("c.assignee = ?");
            values << agent;
            assignee.clear();
        } else if (query.view == InboxView::Unassigned) {
            where << QStringLiteral("c.assignee IS NULL");
            assignee.clear();
        } else if (channelPending) {
            where << QStringLiteral("c.channel = ?");
            values << channelName(channel);
            channelPending = false;
        } else if (!assignee.isEmpty()) {
            where << QStringLiteral("c.assignee = ?");
            values << assignee;
            assignee.clear();
        }
        where << QStringLiteral("c.is_open = ?");
        values << (query.view != InboxView::Resolved);
        if (query.view == InboxView::DueSoon) {
            where << QStringLiteral("c.sla_due < ?");
            values << SqlValues::time(now.addSecs(DueSoonSeconds));
        }
        // Resolved conversations have nothing due: their SLA order is their last update.
        if (query.view == InboxView::Resolved && sort == InboxSort::SlaDue)
            sort = InboxSort::LastUpdate;
    }
    if (channelPending) {
        where << QStringLiteral("c.channel = ?");
        values << channelName(channel);
    }
    if (!assignee.isEmpty()) {
        where << QStringLiteral("c.assignee = ?");
        values << assignee;
    }
    if (query.status) {
        where << QStringLiteral("c.status = ?");
        values << statusName(*query.status);
    }
    if (query.priority) {
        where << QStringLiteral("c.priority = ?");
        values << priorityName(*query.priority);
    }
    if (!query.queue.isEmpty()) {
        where << QStringLiteral("c.queue = ?");
        values << query.queue;
    }
    if (!query.topic.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM conversation_topics t WHERE t.topic = ? "
                                "AND t.conversation_id = c.id)");
        values << query.topic;
    }

    if (!query.text.trimmed().isEmpty())
        return search(query, where, values, badCursor, error);

    const QString kind = sortKind(sort);
    std::optional<QJsonObject> key;
    if (!query.cursor.isEmpty()) {
        key = decodeCursor(query.cursor, kind);
        if (!key || !cursorTime(*key).isValid()) {
            *badCursor = true;
            return std::nullopt;
        }
    }
    QString order;
    switch (sort) {
    case InboxSort::SlaDue:
        order = QStringLiteral("c.sla_due, c.id");
        if (key) {
            where << QStringLiteral("(c.sla_due, c.id) > (?, ?)");
            values << cursorTime(*key) << key->value(QStringLiteral("i")).toInteger();
        }
        break;
    case InboxSort::LastUpdate:
        order = QStringLiteral("c.updated_at DESC, c.id DESC");
        if (key) {
            where << QStringLiteral("(c.updated_at, c.id) < (?, ?)");
            values << cursorTime(*key) << key->value(QStringLiteral("i")).toInteger();
        }
        break;
    case InboxSort::Priority:
        order = QStringLiteral("c.priority_order, c.sla_due, c.id");
        if (key) {
            where << QStringLiteral("(c.priority_order, c.sla_due, c.id) > (?, ?, ?)");
            values << key->value(QStringLiteral("o")).toInt() << cursorTime(*key)
                   << key->value(QStringLiteral("i")).toInteger();
        }
        break;
    }
    const int limit = qBound(1, query.limit, 500);
    values << limit + 1;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q,
                         QStringLiteral("SELECT ") + SummaryColumns + FromConversations + QStringLiteral(" WHERE ")
                             + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ") + order
                             + QStringLiteral(" LIMIT ?"),
                         values, error))
        return std::nullopt;
    Page page;
    QJsonObject last;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = encodeCursor(last);
            break;
        }
        const Record record = recordFrom(q);
        page.rows.append(record.conversation);
        last = {{QStringLiteral("k"), kind}, {QStringLiteral("i"), record.conversation.id}};
        switch (sort) {
        case InboxSort::SlaDue:
            last.insert(QStringLiteral("t"), JsonCodec::timestamp(SqlValues::toTime(q.value(ColSlaDue))));
            break;
        case InboxSort::LastUpdate:
            last.insert(QStringLiteral("t"), JsonCodec::timestamp(record.conversation.updatedAt));
            break;
        case InboxSort::Priority:
            last.insert(QStringLiteral("o"), q.value(ColPriorityOrder).toInt());
            last.insert(QStringLiteral("t"), JsonCodec::timestamp(SqlValues::toTime(q.value(ColSlaDue))));
            break;
        }
    }
    q.finish();
    return page;
}

std::optional<ConversationStore::Page> ConversationStore::search(const InboxQuery &query, const QStringList &filters,
                                                                 const QVariantList &filterValues, bool *badCursor,
                                                                 QString *error)
{
    Page page;
    const QStringList words = searchWords(query.text);
    if (words.isEmpty())
        return page;   // nothing searchable (punctuation, one letter): no rows, no error
    std::optional<QJsonObject> key;
    if (!query.cursor.isEmpty()) {
        key = decodeCursor(query.cursor, QStringLiteral("s"));
        if (!key) {
            *badCursor = true;
            return std::nullopt;
        }
    }
    // Every word in one message or in the subject, as the console's full
    // text has it (one index row each); case-insensitive, anywhere in a word.
    const QString like = m_dialect == SqlDialect::PostgreSql ? QStringLiteral(" ILIKE ? ESCAPE '\\'")
                                                             : QStringLiteral(" LIKE ? ESCAPE '\\'");
    QStringList inMessage;
    QStringList inSubject;
    QVariantList patterns;
    for (const QString &word : words) {
        inMessage << QStringLiteral("m.body_text") + like;
        inSubject << QStringLiteral("c.subject") + like;
        patterns << QStringLiteral("%") + likeEscaped(word) + QStringLiteral("%");
    }
    QStringList where = filters;
    QVariantList values = filterValues;
    if (key) {
        where << QStringLiteral("c.id < ?");
        values << key->value(QStringLiteral("i")).toInteger();
    }
    const int limit = qBound(1, query.limit, 500);
    auto run = [&](const QString &statement, const QVariantList &bound) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!SqlValues::exec(q, statement, bound, error))
            return false;
        page.rows.clear();
        while (q.next())
            page.rows.append(recordFrom(q).conversation);
        q.finish();
        return true;
    };
    // A word many messages share ("kortti") is found at once among the newest
    // conversations: walk them newest first, a bounded number, testing each.
    // Fewer matches than a page there: the rarer words are found through the
    // trigram indexes (PostgreSQL), every match, then ordered. The rows and
    // their order are the same whichever way.
    const QString matches = QStringLiteral("((") + inSubject.join(QStringLiteral(" AND "))
                            + QStringLiteral(") OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND ")
                            + inMessage.join(QStringLiteral(" AND ")) + QStringLiteral("))");
    if (!run(QStringLiteral("SELECT ") + SummaryColumns
                 + QStringLiteral(" FROM (SELECT c.id FROM conversations c WHERE ") + where.join(QStringLiteral(" AND "))
                 + QStringLiteral(" ORDER BY c.id DESC LIMIT ?) w JOIN conversations c ON c.id = w.id "
                                  "LEFT JOIN customers cu ON cu.id = c.customer_id WHERE ")
                 + matches + QStringLiteral(" ORDER BY c.id DESC LIMIT ?"),
             QVariantList(values) << SearchWalk << patterns << patterns << limit + 1))
        return std::nullopt;
    if (page.rows.size() <= limit) {
        QStringList inSubjectOf;
        for (QString condition : std::as_const(inSubject))
            inSubjectOf << condition.replace(QStringLiteral("c.subject"), QStringLiteral("s.subject"));
        if (!run(QStringLiteral("SELECT ") + SummaryColumns + FromConversations
                     + QStringLiteral(" WHERE c.id IN (SELECT m.conversation_id FROM messages m WHERE ")
                     + inMessage.join(QStringLiteral(" AND "))
                     + QStringLiteral(" UNION SELECT s.id FROM conversations s WHERE ")
                     + inSubjectOf.join(QStringLiteral(" AND ")) + QStringLiteral(") AND ")
                     + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY c.id DESC LIMIT ?"),
                 patterns + patterns + values << limit + 1))
            return std::nullopt;
    }
    if (page.rows.size() > limit) {
        page.rows.resize(limit);
        page.next = encodeCursor({{QStringLiteral("k"), QStringLiteral("s")},
                                  {QStringLiteral("i"), page.rows.constLast().id}});
    }
    return page;
}

std::optional<ConversationStore::Record> ConversationStore::conversation(qint64 conversationId, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q, QStringLiteral("SELECT ") + SummaryColumns + FromConversations
                                + QStringLiteral(" WHERE c.id = ?"),
                         {conversationId}, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    Record record = recordFrom(q);
    q.finish();
    return record;
}

std::optional<ConversationStore::MessagePage> ConversationStore::messages(qint64 conversationId, int limit,
                                                                         const QString &after, bool *badCursor,
                                                                         QString *error)
{
    *badCursor = false;
    qint64 afterSeq = 0;
    if (!after.isEmpty()) {
        const std::optional<QJsonObject> key = decodeCursor(after, QStringLiteral("m"));
        if (!key) {
            *badCursor = true;
            return std::nullopt;
        }
        afterSeq = key->value(QStringLiteral("q")).toInteger();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q,
                         QStringLiteral("SELECT id, seq, direction, author, at, body_text, body_html, delivery, "
                                        "external_id, command_id FROM messages WHERE conversation_id = ? AND seq > ? "
                                        "ORDER BY seq LIMIT ?"),
                         {conversationId, afterSeq, limit + 1}, error))
        return std::nullopt;
    MessagePage page;
    QHash<qint64, qsizetype> indexOf;
    qint64 lastSeq = 0;
    while (q.next()) {
        if (page.messages.size() == limit) {
            page.next = encodeCursor({{QStringLiteral("k"), QStringLiteral("m")},
                                      {QStringLiteral("i"), page.messages.constLast().id},
                                      {QStringLiteral("q"), lastSeq}});
            break;
        }
        Message message;
        message.id = q.value(0).toLongLong();
        message.conversationId = conversationId;
        lastSeq = q.value(1).toLongLong();
        message.direction = directionFromName(q.value(2).toString());
        message.author = q.value(3).toString();
        message.at = SqlValues::toTime(q.value(4));
        message.bodyText = q.value(5).toString();
        message.bodyHtml = q.value(6).toString();
        message.delivery = deliveryFromName(q.value(7).toString());
        message.externalId = q.value(8).toString();
        if (!q.value(9).isNull())
            message.commandId = QUuid::fromString(q.value(9).toString());
        indexOf.insert(message.id, page.messages.size());
        page.messages.append(message);
    }
    q.finish();
    if (page.messages.isEmpty())
        return page;

    QVariantList ids;
    for (const Message &message : std::as_const(page.messages))
        ids << message.id;
    QSqlQuery a(m_db);
    a.setForwardOnly(true);
    if (!SqlValues::exec(a,
                         QStringLiteral("SELECT id, message_id, file_name, mime_type, size, sha256, content_id "
                                        "FROM attachments WHERE message_id IN (")
                             + placeholders(ids.size()) + QStringLiteral(") ORDER BY id"),
                         ids, error))
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
        page.messages[*it].attachments.append(attachment);
    }
    a.finish();
    return page;
}

std::optional<ConversationStore::StoredAttachment> ConversationStore::attachment(qint64 attachmentId, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q,
                         QStringLiteral("SELECT a.id, a.file_name, a.mime_type, a.size, a.sha256, a.content_id, "
                                        "b.bytes FROM attachments a LEFT JOIN attachment_blobs b "
                                        "ON b.sha256 = a.sha256 WHERE a.id = ?"),
                         {attachmentId}, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    StoredAttachment stored;
    stored.attachment.id = q.value(0).toLongLong();
    stored.attachment.fileName = q.value(1).toString();
    stored.attachment.mimeType = q.value(2).toString();
    stored.attachment.size = q.value(3).toLongLong();
    stored.attachment.sha256 = q.value(4).toString().toLatin1();
    stored.attachment.contentId = q.value(5).toString();
    stored.hasBytes = !q.value(6).isNull();
    stored.bytes = q.value(6).toByteArray();
    q.finish();
    return stored;
}

qint64 ConversationStore::appendMessage(const Message &message, const QString &agent, QString *error)
{
    // The conversation's row first, locked (PostgreSQL; SQLite's transaction
    // holds the write lock already): two messages at once get seq n and n + 1.
    QSqlQuery c(m_db);
    c.setForwardOnly(true);
    if (!SqlValues::exec(c,
                         QStringLiteral("SELECT status, first_responded_at, resolution_due, resolved_at, "
                                        "last_message_preview FROM conversations WHERE id = ?")
                             + (m_dialect == SqlDialect::PostgreSql ? QStringLiteral(" FOR UPDATE") : QString()),
                         {message.conversationId}, error))
        return 0;
    if (!c.next()) {
        error->clear();
        return 0;
    }
    const ConversationStatus status = statusFromName(c.value(0).toString());
    const bool responded = !c.value(1).isNull();
    const QDateTime resolutionDue = SqlValues::toTime(c.value(2));
    const QDateTime resolvedAt = SqlValues::toTime(c.value(3));
    const QString preview = c.value(4).toString();
    c.finish();

    QSqlQuery m(m_db);
    m.setForwardOnly(true);
    if (!SqlValues::exec(m,
                         QStringLiteral("INSERT INTO messages (conversation_id, seq, direction, author, at, body_text, "
                                        "body_html, delivery, external_id, command_id) "
                                        "SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? FROM messages "
                                        "WHERE conversation_id = ? RETURNING id"),
                         {message.conversationId, directionName(message.direction), message.author,
                          SqlValues::time(message.at), message.bodyText, SqlValues::text(message.bodyHtml),
                          deliveryName(message.delivery), SqlValues::text(message.externalId),
                          message.commandId.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                     : QVariant(message.commandId.toString(QUuid::WithoutBraces)),
                          message.conversationId},
                         error))
        return 0;
    if (!m.next()) {
        *error = QStringLiteral("the message row was not returned");
        return 0;
    }
    const qint64 messageId = m.value(0).toLongLong();
    m.finish();

    // An agent's first answer stops the first-response clock and takes a new
    // conversation to open; a customer's message reopens a resolved or
    // pending one. Notes are not the customer's view: the preview stays.
    ConversationStatus newStatus = status;
    bool firstResponse = false;
    if (message.direction == MessageDirection::Inbound) {
        if (!isOpenStatus(status) || status == ConversationStatus::PendingCustomer)
            newStatus = ConversationStatus::Open;
    } else if (message.direction == MessageDirection::Outbound) {
        firstResponse = !responded;
        if (status == ConversationStatus::New)
            newStatus = ConversationStatus::Open;
    }
    QStringList assignments{QStringLiteral("message_count = message_count + 1"),
                            m_dialect == SqlDialect::PostgreSql ? QStringLiteral("updated_at = greatest(updated_at, ?)")
                                                                : QStringLiteral("updated_at = max(updated_at, ?)"),
                            QStringLiteral("last_message_preview = ?"), QStringLiteral("status = ?"),
                            QStringLiteral("resolved_at = ?"), QStringLiteral("version = version + 1"),
                            QStringLiteral("updated_by = ?")};
    QVariantList values{SqlValues::time(message.at),
                        message.direction == MessageDirection::Note ? preview : previewOf(message.bodyText),
                        statusName(newStatus), SqlValues::time(isOpenStatus(newStatus) ? QDateTime() : resolvedAt),
                        agent};
    if (firstResponse) {
        assignments << QStringLiteral("first_responded_at = ?") << QStringLiteral("sla_due = ?");
        values << SqlValues::time(message.at)
               << SqlValues::time(resolutionDue.isValid() ? resolutionDue : nothingDue());
    }
    values << message.conversationId;
    QSqlQuery u(m_db);
    if (!SqlValues::exec(u, QStringLiteral("UPDATE conversations SET ") + assignments.join(QStringLiteral(", "))
                                + QStringLiteral(" WHERE id = ?"),
                         values, error))
        return 0;
    return messageId;
}

qint64 ConversationStore::insertConversation(const NewConversation &n, const QString &agent, QString *error)
{
    QSqlQuery l(m_db);
    l.setForwardOnly(true);
    if (!SqlValues::exec(l, QStringLiteral("SELECT language FROM customers WHERE id = ?"), {n.customerId}, error))
        return 0;
    if (!l.next()) {
        error->clear();   // no such customer
        return 0;
    }
    const QString language = l.value(0).toString();
    l.finish();
    const QDateTime created = n.createdAt.isValid() ? n.createdAt : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q,
                         QStringLiteral("INSERT INTO conversations (customer_id, channel, queue, status, priority, "
                                        "assignee, language, subject, topics, created_at, updated_at, "
                                        "resolution_due, resolved_at, sla_due, updated_by) "
                                        "VALUES (?, ?, 'general', ?, 'normal', ?, ?, ?, '', ?, ?, ?, ?, ?, ?) "
                                        "RETURNING id"),
                         {n.customerId, channelName(n.channel), statusName(n.status), SqlValues::text(n.assignee),
                          language.isEmpty() ? QStringLiteral("en") : language,
                          SearchText::sanitizeInput(n.subject, 500), SqlValues::time(created), SqlValues::time(created),
                          SqlValues::time(n.resolutionDue),
                          SqlValues::time(isOpenStatus(n.status) ? QDateTime() : created),
                          SqlValues::time(n.resolutionDue.isValid() ? n.resolutionDue : nothingDue()), agent},
                         error))
        return 0;
    if (!q.next()) {
        *error = QStringLiteral("the conversation row was not returned");
        return 0;
    }
    return q.value(0).toLongLong();
}

bool ConversationStore::markResponded(qint64 conversationId, const QDateTime &at, QString *error)
{
    QSqlQuery u(m_db);
    return SqlValues::exec(u,
                           QStringLiteral("UPDATE conversations SET sla_due = CASE WHEN first_responded_at IS NULL "
                                          "THEN coalesce(resolution_due, ?) ELSE sla_due END, "
                                          "first_responded_at = coalesce(first_responded_at, ?) WHERE id = ?"),
                           {SqlValues::time(nothingDue()), SqlValues::time(at), conversationId}, error);
}

bool ConversationStore::update(const Record &current, const QStringList &assignments, const QVariantList &values,
                               const QString &agent, const QDateTime &now, bool *conflict, QString *error)
{
    *conflict = false;
    QSqlQuery u(m_db);
    if (!SqlValues::exec(u,
                         QStringLiteral("UPDATE conversations SET ") + assignments.join(QStringLiteral(", "))
                             + QStringLiteral(", updated_at = ?, updated_by = ?, version = version + 1 "
                                              "WHERE id = ? AND version = ?"),
                         QVariantList(values) << SqlValues::time(now) << agent << current.conversation.id
                                              << current.conversation.version,
                         error))
        return false;
    if (u.numRowsAffected() != 1) {
        // A concurrent command won between our read and our write (on
        // PostgreSQL the update waited for it, then found another version).
        *conflict = true;
        *error = QStringLiteral("conversation %1 is no longer at version %2")
                     .arg(current.conversation.id)
                     .arg(current.conversation.version);
        return false;
    }
    return true;
}

bool ConversationStore::assign(const Record &current, const QString &assignee, const QString &queue,
                               const QString &agent, const QDateTime &now, bool *conflict, QString *error)
{
    return update(current, {QStringLiteral("assignee = ?"), QStringLiteral("queue = ?")},
                  {SqlValues::text(assignee), queue.isEmpty() ? current.conversation.queue : queue}, agent, now,
                  conflict, error);
}

bool ConversationStore::setStatus(const Record &current, ConversationStatus status, const QString &agent,
                                  const QDateTime &now, bool *conflict, QString *error)
{
    const QDateTime resolvedAt = isOpenStatus(status) ? QDateTime()
                                 : current.resolvedAt.isValid() ? current.resolvedAt
                                                                : now;
    return update(current, {QStringLiteral("status = ?"), QStringLiteral("resolved_at = ?")},
                  {statusName(status), SqlValues::time(resolvedAt)}, agent, now, conflict, error);
}

bool ConversationStore::setPriority(const Record &current, Priority priority, const SlaPolicy &policy,
                                    const QString &agent, const QDateTime &now, bool *conflict, QString *error)
{
    const ConversationSummary &c = current.conversation;
    // Due times the conversation has are counted again from when it came in.
    const QDateTime firstDue = current.firstResponseDue.isValid()
                                   ? policy.firstResponseDue(c.createdAt, c.channel, priority).toUTC()
                                   : QDateTime();
    const QDateTime resolutionDue = current.resolutionDue.isValid()
                                        ? policy.resolutionDue(c.createdAt, c.channel, priority).toUTC()
                                        : QDateTime();
    const QDateTime slaDue = firstDue.isValid() && !current.firstRespondedAt.isValid() ? firstDue
                             : resolutionDue.isValid()                                ? resolutionDue
                                                                                      : nothingDue();
    return update(current,
                  {QStringLiteral("priority = ?"), QStringLiteral("first_response_due = ?"),
                   QStringLiteral("resolution_due = ?"), QStringLiteral("sla_due = ?")},
                  {priorityName(priority), SqlValues::time(firstDue), SqlValues::time(resolutionDue),
                   SqlValues::time(slaDue)},
                  agent, now, conflict, error);
}

bool ConversationStore::addTopics(const Record &current, const QStringList &topics, const QString &agent,
                                  const QDateTime &now, bool *conflict, QString *error)
{
    QStringList all = current.conversation.topics;
    QStringList added;
    for (const QString &topic : topics) {
        bool ok = false;
        topicFromName(topic, &ok);
        if (ok && !all.contains(topic)) {
            all << topic;
            added << topic;
        }
    }
    if (!update(current, {QStringLiteral("topics = ?")}, {all.join(QLatin1Char(' '))}, agent, now, conflict, error))
        return false;
    for (const QString &topic : std::as_const(added)) {
        QSqlQuery t(m_db);
        if (!SqlValues::exec(t,
                             QStringLiteral("INSERT INTO conversation_topics (conversation_id, topic) VALUES (?, ?) "
                                            "ON CONFLICT DO NOTHING"),
                             {current.conversation.id, topic}, error))
            return false;
    }
    return true;
}

bool ConversationStore::agentExists(const QString &username, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q, QStringLiteral("SELECT 1 FROM agents WHERE username = ? AND active = ?"), {username, true},
                         error))
        return false;
    error->clear();
    return q.next();
}

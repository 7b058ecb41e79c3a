#pragma once

#include "sqldialect.h"

#include "domain/conversation.h"
#include "domain/inboxquery.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;
class SlaPolicy;

/// @short Conversations, their messages and attachments: the inbox views and the inbox commands' writes.
///
/// The semantics are the console's (ConversationRepository): each view and
/// sort is a range scan of one index (migration 0005) stopped by LIMIT, with
/// the other filters checked on the rows it yields; sla_due is the deadline
/// that applies now (first response until the first reply, then resolution);
/// every change raises the version by one. The server adds who changed a
/// conversation last, and the writes that a command makes on a version check
/// (*conflict when someone changed the conversation since the version the
/// agent saw). Cursors are opaque (base64url JSON of the last row's sort key
/// and which order it belongs to).
class ConversationStore
{
public:
    /// "Due soon" means due within this many seconds (or already breached).
    static constexpr int DueSoonSeconds = 3600;
    /// At most this many words of a search are used.
    static constexpr int MaxSearchWords = 8;

    /// A conversation with what the commands need around it.
    struct Record
    {
        ConversationSummary conversation;   ///< as the API shows it (due times null once met)
        QDateTime firstResponseDue;         ///< as stored, met or not
        QDateTime firstRespondedAt;
        QDateTime resolutionDue;            ///< as stored
        QDateTime resolvedAt;
        QString updatedBy;

        /// Who changed it last and when, for a 412 answer ("system" for a
        /// conversation nobody changed through the API).
        QString changedBy() const { return updatedBy.isEmpty() ? QStringLiteral("system") : updatedBy; }
        QDateTime changedAt() const { return conversation.updatedAt; }
    };

    struct Page
    {
        QList<ConversationSummary> rows;
        QString next;   ///< opaque cursor; empty when this was the last page
    };

    struct MessagePage
    {
        QList<Message> messages;   ///< oldest first, with their attachments' metadata
        QString next;
    };

    /// One attachment's metadata and, when the server holds them, its bytes.
    struct StoredAttachment
    {
        Attachment attachment;
        bool hasBytes = false;
        QByteArray bytes;
    };

    /// A conversation an agent opens (a call, a message to the customer).
    struct NewConversation
    {
        qint64 customerId = 0;
        Channel channel = Channel::Phone;
        ConversationStatus status = ConversationStatus::Open;
        QString assignee;
        QString subject;
        QDateTime createdAt;
        QDateTime resolutionDue;   ///< invalid: nothing due
    };

    ConversationStore(QSqlDatabase db, SqlDialect dialect);

    /// One page of @p query's view (InboxQuery::cursor and ::limit page it)
    /// for @p agent (my_open), as of @p now (due_soon). With @p customerId the
    /// view is that customer's conversations, any status, newest first (the
    /// other filters still apply). InboxQuery::text searches subjects and
    /// message text (every word, case-insensitively, in one message or the
    /// subject), newest conversation first. nullopt: *error, or *badCursor
    /// when the cursor is not one of this order's.
    std::optional<Page> list(const InboxQuery &query, qint64 customerId, const QString &agent, const QDateTime &now,
                             bool *badCursor, QString *error);

    /// nullopt with an empty *error: no such conversation.
    std::optional<Record> conversation(qint64 conversationId, QString *error);

    /// The conversation's messages and notes oldest first, one page after @p after.
    std::optional<MessagePage> messages(qint64 conversationId, int limit, const QString &after, bool *badCursor,
                                        QString *error);

    /// nullopt with an empty *error: no such attachment.
    std::optional<StoredAttachment> attachment(qint64 attachmentId, QString *error);

    /// Appends @p message (its conversationId, direction, author, at, text,
    /// delivery, commandId) as the conversation's next message and updates the
    /// conversation as the console does: count, activity, the preview (not
    /// for a note), an agent's first reply stops the first-response clock and
    /// moves a new conversation to open, a customer's message reopens it;
    /// version + 1, changed by @p agent. Returns the message's id; 0 with an
    /// empty *error when the conversation does not exist.
    qint64 appendMessage(const Message &message, const QString &agent, QString *error);

    /// Inserts @p conversation as the console's ConversationRepository does:
    /// in the customer's language, the general queue, normal priority, no
    /// message yet, version 1, changed by @p agent (resolved at its creation
    /// when it starts resolved). Returns its id; 0 with an empty *error when
    /// the customer does not exist.
    qint64 insertConversation(const NewConversation &conversation, const QString &agent, QString *error);

    /// The first response at @p at, once (an agent talked to the customer
    /// live): the first-response clock stops and sla_due moves on to the
    /// resolution. The version is not raised (the message that came with it did).
    bool markResponded(qint64 conversationId, const QDateTime &at, QString *error);

    /// The versioned commands: each applies only to @p expectedVersion
    /// (*conflict otherwise), raises the version and records @p agent and
    /// @p now as the last change.
    /// Empty @p assignee: unassigned; empty @p queue: the queue stays.
    bool assign(const Record &current, const QString &assignee, const QString &queue, const QString &agent,
                const QDateTime &now, bool *conflict, QString *error);
    /// Resolving or closing records when (once); reopening clears it.
    bool setStatus(const Record &current, ConversationStatus status, const QString &agent, const QDateTime &now,
                   bool *conflict, QString *error);
    /// The SLA due times follow the priority: computed again by @p policy from
    /// when the conversation came in (those it has; a met one stays met).
    bool setPriority(const Record &current, Priority priority, const SlaPolicy &policy, const QString &agent,
                     const QDateTime &now, bool *conflict, QString *error);
    /// Adds the topics it does not have yet, after those it has.
    bool addTopics(const Record &current, const QStringList &topics, const QString &agent, const QDateTime &now,
                   bool *conflict, QString *error);

    /// Whether @p username is an active agent (false with an empty *error when not).
    bool agentExists(const QString &username, QString *error);

    /// The columns readRecord() reads, the conversation aliased as c and its
    /// customer as cu, and the FROM clause that names them so.
    static QString summaryColumns();
    static QString fromConversations();
    /// A row of summaryColumns(), as conversation() gives it.
    static Record readRecord(const QSqlQuery &query);

    /// What sla_due holds when nothing is due: sorts after every real deadline.
    static QDateTime nothingDue();
    /// The preview of @p text: one line of at most 140 characters.
    static QString previewOf(const QString &text);

private:
    bool update(const Record &current, const QStringList &assignments, const QVariantList &values,
                const QString &agent, const QDateTime &now, bool *conflict, QString *error);
    std::optional<Page> search(const InboxQuery &query, const QStringList &where, const QVariantList &values,
                               bool *badCursor, QString *error);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

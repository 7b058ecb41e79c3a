#pragma once

#include "domain/conversation.h"
#include "domain/inboxquery.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

/// @short Conversations, messages and attachments in SQLite: inbox views, counts, threads, search.
///
/// Runs on the database worker thread only. Every write keeps the full-text
/// index (conversation_search) and the navigation counts (inbox_counts) in
/// step; the caller owns the transaction (CommandProcessor, or the demo
/// generator), so a change and its index entries commit together.
///
/// Each view and sort is one range scan of a dedicated index, stopped by
/// LIMIT (see migration 0005): a page costs the same at 100 and at a
/// million conversations. Cursors are opaque strings holding the sort key
/// of the last row.
class ConversationRepository
{
public:
    explicit ConversationRepository(Database &database);

    /// Longest search text looked at; at most MaxQueryTerms words are used.
    static constexpr int MaxQueryLength = 200;
    static constexpr int MaxQueryTerms = 8;
    /// Full-text rowid = conversation id << SearchRowShift | message seq.
    static constexpr int SearchRowShift = 20;
    /// Messages after this many in one conversation are stored but not indexed.
    static constexpr int MaxIndexedMessages = (1 << SearchRowShift) - 1;
    /// "Due soon" means due within this many seconds (or already breached).
    static constexpr int DueSoonSeconds = 3600;

    struct NewConversation
    {
        qint64 customerId = 0;          ///< 0: not matched to a customer
        QString contact;                ///< sender address / number when unmatched
        Channel channel = Channel::Email;
        QString queue = QStringLiteral("general");
        ConversationStatus status = ConversationStatus::New;
        Priority priority = Priority::Normal;
        QString assignee;
        QString language = QStringLiteral("en");
        QString subject;
        QStringList topics;
        QDateTime createdAt;
        QDateTime firstResponseDue;
        QDateTime resolutionDue;
    };

    struct NewAttachment
    {
        QString fileName;
        QString mimeType;
        qint64 size = 0;
        QByteArray sha256;              ///< hex
        QString contentId;
        bool inlinePart = false;
    };

    /// One page of @p query's view for @p agent (My open), as of @p now (Due soon).
    ConversationPage list(const InboxQuery &query, const QString &agent, const QDateTime &now);
    InboxCounts counts(const QString &agent, const QDateTime &now, QString *error);
    /// @short One page of the conversations @p where selects, walking @p index in @p sort order.
    ///
    /// @p where is SQL over the alias c with @p bindings in order; @p index is
    /// one of migration 5's list indexes whose leading columns @p where fixes
    /// (for SlaDue: conversations_open_due, conversations_assignee_due or
    /// conversations_channel_due). Rows, order and cursors are list()'s own:
    /// for filters the inbox's views do not have, such as the supervisor's
    /// drill-downs (SupervisionRepository). @p plan: EXPLAIN QUERY PLAN instead of rows.
    ConversationPage page(const QString &index, QStringList where, QVariantList bindings, InboxSort sort,
                          const QString &cursor, int limit, QString *plan = nullptr);
    /// SQLite's plan for list() with the same arguments, steps joined by "; " (for tests).
    QString queryPlan(const InboxQuery &query, const QString &agent, const QDateTime &now);

    std::optional<ConversationSummary> summary(qint64 conversationId, QString *error);
    std::optional<ConversationThread> thread(qint64 conversationId, QString *error);
    /// Newest first.
    QList<ConversationSummary> conversationsOfCustomer(qint64 customerId, int limit, QString *error);

    /// Returns the new id, or 0 with *error. With an empty language the
    /// customer's is used; 0 with an empty *error when that customer does not exist.
    qint64 insertConversation(const NewConversation &conversation, QString *error);
    /// Appends @p message (its conversationId) with its attachments; updates the
    /// conversation (count, preview, update time, first response, reopening on
    /// a customer's answer) and the search index. Returns the message id or 0.
    /// With KeepStatus an inbound message leaves the status as it is (a
    /// survey answer to a resolved conversation does not reopen it).
    enum class InboundEffect { Reopen, KeepStatus };
    qint64 insertMessage(const Message &message, const QList<NewAttachment> &attachments,
                         const QString &inReplyTo, QString *error,
                         InboundEffect inbound = InboundEffect::Reopen);

    /// Each returns false with *error (empty error: no such conversation).
    bool setStatus(qint64 conversationId, ConversationStatus status, const QDateTime &now, QString *error);
    bool assign(qint64 conversationId, const QString &assignee, const QString &queue, const QDateTime &now,
                QString *error);
    bool setPriority(qint64 conversationId, Priority priority, const QDateTime &now, QString *error);
    bool addTopics(qint64 conversationId, const QStringList &topics, const QDateTime &now, QString *error);
    /// Records the first response (a call answered live) if there was none yet.
    bool markResponded(qint64 conversationId, const QDateTime &at, QString *error);

    /// The conversation holding a message with one of these external ids
    /// (Message-ID threading), or 0.
    qint64 conversationByExternalIds(const QStringList &externalIds, QString *error);
    bool hasExternalId(const QString &externalId, QString *error);
    /// Whether @p username is an agent on record (false with an empty *error when not).
    bool agentExists(const QString &username, QString *error);
    /// The customer whose email is @p address (case-insensitive), or 0.
    qint64 customerByEmail(const QString &address, QString *error);
    /// One attachment's row (for the store lookup); id 0 when there is none.
    Attachment attachment(qint64 attachmentId, QString *error);

    /// The FTS5 MATCH expression for @p text, or empty when nothing searchable
    /// is left: every word a prefix ("kortti" finds "korttini"). Words of four
    /// letters or more are expanded through the search_vocabulary table into an
    /// OR of the index's own words (read lazily by FTS5, newest first, unlike a
    /// prefix, whose posting lists are merged whole first).
    QString expandedMatchExpression(const QString &text, QString *error);
    /// The words of @p text as the full-text index stores them: its own
    /// tokenizer's output (unicode61 with remove_diacritics 2).
    QStringList indexTerms(const QString &text) const;
    /// SQL that fills search_vocabulary from the index (after a bulk load).
    static const char *rebuildVocabularySql();

    /// Recounts inbox_counts from the rows (after a bulk load, or as a repair).
    static const char *rebuildCountsSql();

    // --- remote mode: the server's copies, with the server's ids -------------

    /// Inserts or updates the conversation as the server has it (counts, topics
    /// and the subject's search entry kept in step). A customer that is not in
    /// the cache is remembered as customer_ref and linked by linkCustomer().
    /// An older version than the cached one is ignored unless @p force (after
    /// a refusal the cache's optimistic version is ahead of the server's).
    bool storeServerConversation(const ConversationSummary &conversation, bool force, QString *error);
    /// Inserts or updates one message as the server has it. The agent's own
    /// optimistic copy (same commandId) takes the server's id and state. *stored
    /// is false when the conversation is not in the cache (nothing to add it to).
    bool storeServerMessage(const Message &message, bool *stored, QString *error);
    /// Replaces the conversation's messages with the server's, oldest first,
    /// keeping after them the agent's own messages whose command is in
    /// @p unsentCommands (UUIDs without braces): the server has not taken them yet.
    bool replaceServerThread(qint64 conversationId, const QList<Message> &messages,
                             const QSet<QString> &unsentCommands, QString *error);
    /// The provisional conversation @p provisional (negative: this console
    /// made it, Database::newRowId) is the server's @p serverId: its row,
    /// messages, topics and search entries take that id. When the server's
    /// copy is already in the cache (the feed was first), the messages move
    /// into it after its own and the provisional row goes. Runs in the
    /// caller's transaction, with foreign keys checked at its commit.
    bool adoptServerId(qint64 provisional, qint64 serverId, QString *error);
    /// The provisional conversation holding the message of command @p commandId;
    /// 0 when none, nullopt on error.
    std::optional<qint64> provisionalConversationOf(const QUuid &commandId, QString *error);
    /// The customer is now in the cache: their conversations point at them.
    bool linkCustomer(qint64 customerId, QString *error);
    /// Remembers in @p terms the search words this repository has put in the
    /// vocabulary, and skips writing them again: for a caller that indexes
    /// many texts in one transaction and drops @p terms with it (a page of
    /// the change feed). Null (the default): every word is written.
    void rememberVocabulary(QSet<QString> *terms);

    /// "yyyy-MM-ddTHH:mm:ssZ", as every time is stored.
    static QString isoTime(const QDateTime &time);

private:
    bool adjustCounts(bool wasOpen, const QString &oldChannel, const QString &oldAssignee, bool isOpen,
                      const QString &newChannel, const QString &newAssignee, QString *error);
    bool bump(const QString &key, int delta, QString *error);
    /// Adds @p text to the full-text index under @p rowid, and its words to the vocabulary.
    bool indexText(qint64 rowid, const QString &text, QString *error);
    /// Removes @p text's entry @p rowid from the (contentless) full-text index.
    bool unindexText(qint64 rowid, const QString &text, QString *error);
    /// Inserts a server message at @p seq with its id and attachments, and indexes it.
    bool insertServerMessage(const Message &message, int seq, QString *error);
    static QStringList searchWords(const QString &text);
    ConversationPage listOrPlan(const InboxQuery &query, const QString &agent, const QDateTime &now,
                                QString *plan);
    ConversationPage searchPage(const InboxQuery &query, const QString &where,
                                const QVariantList &bindings, const QString &matchExpression, QString *plan);
    /// Runs EXPLAIN QUERY PLAN for @p sql with @p bindings.
    QString explain(const QString &sql, const QVariantList &bindings);

    Database &m_database;
    QSet<QString> *m_vocabulary = nullptr;   ///< rememberVocabulary()
};

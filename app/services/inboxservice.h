#pragma once

#include "domain/command.h"
#include "domain/conversation.h"
#include "domain/inboxquery.h"
#include "domain/macro.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

struct ThreadResult
{
    bool found = false;
    ConversationThread thread;
    QString error;
};

struct LogCallResult
{
    CommandResult result;
    qint64 conversationId = 0;   ///< the phone conversation opened or continued
};

/// @short A message the agent starts a conversation with (not an answer to one).
struct OutboundResult
{
    CommandResult result;
    qint64 conversationId = 0;   ///< the conversation opened for it
};

struct ImportResult
{
    int imported = 0;            ///< messages stored
    int duplicates = 0;          ///< already there (same Message-ID): nothing done twice
    int matchedCustomers = 0;    ///< messages whose sender matched a customer
    QStringList refused;         ///< "file.eml: what was wrong", one per file not imported
};

/// @short The unified inbox: every conversation on every channel.
///
/// Asynchronous like CustomerService: each call returns a QFuture at once.
/// Every change is a command applied with its audit entry; role checks are
/// made here. Replies containing a card number are refused.
class InboxService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~InboxService() override = default;

    /// @short One page of a view, keyset-paged (InboxQuery::cursor).
    virtual QFuture<ConversationPage> conversations(const InboxQuery &query) = 0;
    /// @short Counts for every view.
    virtual QFuture<InboxCounts> counts() = 0;
    /// @short A conversation and all its messages, oldest first.
    virtual QFuture<ThreadResult> thread(qint64 conversationId) = 0;
    /// @short The customer's conversations, newest first.
    virtual QFuture<QList<ConversationSummary>> conversationsOfCustomer(qint64 customerId, int limit) = 0;

    /// @short Reply on the conversation's own channel; refused if it holds a card number.
    virtual QFuture<CommandResult> sendReply(qint64 conversationId, const QString &body) = 0;
    /// @short Writes to the customer on a new conversation of @p channel (email, app, …),
    /// e.g. a written confirmation after a phone call; refused if it holds a card number.
    virtual QFuture<OutboundResult> writeToCustomer(qint64 customerId, Channel channel, const QString &subject,
                                                    const QString &body) = 0;
    /// @short An internal note, never shown to the customer.
    virtual QFuture<CommandResult> addNote(qint64 conversationId, const QString &body) = 0;
    /// @short Assign to an agent (username) and/or a queue; empty assignee unassigns.
    virtual QFuture<CommandResult> assign(const QList<qint64> &conversationIds, const QString &assignee,
                                          const QString &queue) = 0;
    virtual QFuture<CommandResult> setStatus(const QList<qint64> &conversationIds, ConversationStatus status) = 0;
    virtual QFuture<CommandResult> setPriority(const QList<qint64> &conversationIds, Priority priority) = 0;
    virtual QFuture<CommandResult> addTopics(const QList<qint64> &conversationIds, const QStringList &topics) = 0;

    /// @short Log a phone call: continue @p conversationId, or open a phone conversation when 0.
    virtual QFuture<LogCallResult> logCall(qint64 customerId, qint64 conversationId, const QString &reason,
                                           const QString &notes, int durationSeconds) = 0;

    /// @short Records the customer's answer to the satisfaction survey of @p conversationId.
    ///
    /// @p score is 1 (very dissatisfied) to 5 (very satisfied); a survey must
    /// have gone out for the conversation (SatisfactionSurvey), and it is
    /// answered once. The answer counts for the agent the survey named.
    virtual QFuture<CommandResult> recordSatisfaction(qint64 conversationId, int score) = 0;

    /// @short The canned replies, every language.
    virtual QFuture<QList<Macro>> macros() = 0;

    /// @short A read-only path to the attachment's bytes (content-addressed store), or empty.
    virtual QFuture<QString> attachmentPath(qint64 attachmentId) = 0;

    /// @short Parse and store .eml files (MIME), threading and matching senders to customers.
    virtual QFuture<ImportResult> importEmails(const QStringList &files) = 0;

Q_SIGNALS:
    void conversationChanged(qint64 conversationId);
    /// Remote mode: a conversation this console created while the server did
    /// not know it yet (a provisional, negative id) has the server's id now.
    void conversationIdAssigned(qint64 provisionalId, qint64 serverId);
    /// Something changed that moves the counts (status, assignment, a new conversation).
    void countsChanged();
};

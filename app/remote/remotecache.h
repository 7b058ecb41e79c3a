#pragma once

#include "domain/alert.h"
#include "domain/jsoncodec.h"

#include <QSet>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

class ConversationRepository;
class Database;

/// @short Writes what the server says into remote mode's SQLite cache (worker thread only).
///
/// The cache has the local schema, so the local services read it unchanged.
/// Rows keep the server's ids; a row is inserted or updated in place
/// (upsert), and the customer's search document is rebuilt with it. Every
/// call runs in the caller's transaction (it opens none).
class RemoteCache
{
public:
    explicit RemoteCache(Database &database);

    /// The customer, their accounts and their cards (GET /v1/customers/{id}).
    bool storeCustomerView(const JsonCodec::CustomerView &view, QString *error);
    /// One card (GET /v1/cards/{id}, or a change of the feed). A card whose
    /// customer or account is not in the cache is skipped (true, *stored false):
    /// the cache holds what this agent has opened.
    bool storeCard(const JsonCodec::CardView &view, bool *stored, QString *error);
    /// Whether the outbox still holds a command for @p subject ("card:12")
    /// that the server has not taken yet (pending or sending).
    bool hasUnsentCommand(const QString &subject, bool *unsent, QString *error);
    /// For a caller that writes many rows in one transaction and no command
    /// meanwhile (a page of the change feed), with one RemoteCache for that
    /// transaction: reads the subjects of every unsent command once, so that
    /// hasUnsentCommand() and storeConversation() answer from memory, and
    /// writes each search word to the vocabulary once, for the rest of this
    /// object's life.
    bool beginBatch(QString *error);
    /// The ids (UUID without braces) of the commands for @p subject the server has not taken yet.
    bool unsentCommands(const QString &subject, QSet<QString> *ids, QString *error);

    /// A conversation as the server has it (GET, a list page, or the feed). An
    /// older version than the cache's is ignored unless @p force. *stored is
    /// false when skipped because the agent's own command for it is still on
    /// its way (its optimistic state stays until the server answers).
    bool storeConversation(const ConversationSummary &conversation, bool force, bool *stored, QString *error);
    /// One message of the feed (see ConversationRepository::storeServerMessage).
    bool storeMessage(const Message &message, bool *stored, QString *error);
    /// The conversation's messages as the server has them, oldest first.
    bool storeThread(qint64 conversationId, const QList<Message> &messages, QString *error);

    /// A fraud alert as the server has it (GET /v1/alerts/{id}) with its
    /// evidence transactions, so that the local service shows and decides it.
    /// Skipped (true, *stored false) while its conversation or card is not
    /// in the cache. An alert this console decided and has not sent yet keeps
    /// its optimistic decision.
    bool storeAlert(const Alert &alert, const QList<Transaction> &evidence, bool *stored, QString *error);
    /// One transaction as the server has it, on card @p cardId when it names none.
    /// @short An agent as the server has them (GET /v1/agents, or the feed's "agent" change):
    /// name, role, language, queues and presence, by user name.
    bool storeAgent(const JsonCodec::AgentProfile &agent, QString *error);
    /// @short The desk's satisfaction surveys and answers and card outcomes
    /// (feed entities "csat_request", "csat_answer", "card_outcome", and the
    /// history a supervisor's console reads), kept by the server's ids.
    ///
    /// They never change once written: a copy already here is left as it is.
    /// A survey or answer of a conversation the cache does not hold is not
    /// kept (*stored false): its figures need the conversation.
    bool storeCsatRequest(const JsonCodec::CsatRequestRecord &request, bool *stored, QString *error);
    bool storeCsatAnswer(const JsonCodec::CsatAnswerRecord &answer, bool *stored, QString *error);
    bool storeCardOutcome(const JsonCodec::CardOutcomeRecord &outcome, QString *error);
    bool storeTransaction(const Transaction &transaction, qint64 cardId, QString *error);
    /// The contract's Alert; nullopt when @p json is not one.
    static std::optional<Alert> alertFromJson(const QJsonObject &json);
    /// A conversation this console created (a logged call, a message to the
    /// customer) is the server's @p serverId: the cache's rows take that id
    /// (ConversationRepository::adoptServerId) and so do the outbox's rows
    /// about it (OutboxRepository::adoptId), their If-Match moved onto
    /// @p serverVersion (the cache's copy of the server's when not given).
    bool adoptConversation(qint64 provisional, qint64 serverId, std::optional<int> serverVersion, QString *error);
    /// The same for a lost-card workflow this console started.
    bool adoptWorkflow(qint64 provisional, qint64 serverId, std::optional<int> serverVersion, QString *error);
    /// The same for a replacement card this console ordered.
    bool adoptCard(qint64 provisional, qint64 serverId, std::optional<int> serverVersion, qint64 customerId,
                   QString *error);
    /// What the server answered to a command of this console that created
    /// something (conversation.call, conversation.outbound, card.workflow.start,
    /// card.replacement.order): the provisional rows take the server's ids,
    /// and the server's copies are stored. Runs in the transaction that
    /// records the command as applied (OutboxSender::setAppliedHook).
    bool adoptAnswer(const QString &type, const QUuid &commandId, const QString &subject, const QJsonObject &response,
                     QString *error);

    /// A provisional id that became the server's, for the screens showing it.
    struct Adoption
    {
        QString kind;          ///< "conversation", "card" or "workflow"
        qint64 provisional = 0;
        qint64 serverId = 0;
        qint64 customerId = 0;   ///< a card's holder; 0 for a conversation
    };
    /// What this object adopted so far.
    QList<Adoption> adoptions() const { return m_adoptions; }

private:
    /// The version column of row @p id of @p table; nullopt when there is none (or on error: *error set).
    std::optional<int> versionOf(const QString &table, qint64 id, QString *error);
    /// What every adoption does around @p moveRows (the repository's part):
    /// the outbox's rows about it, the alias, the batch's unsent subjects.
    bool adopt(const QString &kind, const QString &table, qint64 provisional, qint64 serverId,
               std::optional<int> serverVersion, qint64 customerId, const std::function<bool(QString *)> &moveRows,
               QString *error);
    void renameUnsentSubject(const QString &kind, qint64 provisional, qint64 serverId);
    bool storeCustomer(const Customer &customer, QString *error);
    bool storeAccount(qint64 customerId, const Account &account, QString *error);

    ConversationRepository conversations();

    Database &m_database;
    std::optional<QSet<QString>> m_unsentSubjects;   ///< beginBatch(): set for a batch
    QSet<QString> m_vocabulary;                      ///< words written in this batch
    QList<Adoption> m_adoptions;
};

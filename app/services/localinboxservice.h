#pragma once

#include "inboxservice.h"

#include "domain/agent.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ConversationRepository;
class Database;
class DatabaseWorker;
class IntentClassifier;

/// @short InboxService over the local SQLite database.
///
/// Reads and commands are jobs on the database worker; every change is a
/// command applied with its audit entry (CommandProcessor). Mail is parsed
/// on the thread pool and stored on the worker. Local mode has no channel
/// gateway: a reply is stored as queued and stays so until a channel takes it.
///
/// A new email conversation gets the topic the classifier (IntentClassifier,
/// trained once on the worker from the shipped examples) is confident of.
///
/// Role policy, enforced here: an agent may assign conversations to
/// themselves or release them to a queue (no assignee); assigning to another
/// agent, or taking a conversation another agent holds, is for supervisors.
///
/// Satisfaction surveys (SatisfactionSurvey): resolving an open conversation
/// sends one on its channel, as its own command (conversation.csat_request)
/// applied right after the status change in the same worker job; an agent
/// records the answer (recordSatisfaction), or an imported reply that is just
/// a score 1 to 5 answers it. In remote mode the server sends the surveys and
/// validates the answers (setSendsSatisfactionSurveys(false)).
class LocalInboxService : public InboxService
{
    Q_OBJECT

public:
    /// Longest reply, note or call note accepted, in characters.
    static constexpr int MaxBodyLength = 100000;

    LocalInboxService(DatabaseWorker *worker, QObject *parent = nullptr);
    ~LocalInboxService() override;

    void setAgent(const Agent &agent);
    /// Where attachments live: <folder of @p databasePath>/attachments, or a
    /// fresh folder under the system's temporary folder for ":memory:" (made
    /// by the first write, removed off the GUI thread when the service goes).
    void setDatabasePath(const QString &databasePath);
    QString attachmentRoot() const;
    /// Whether resolving a conversation sends its satisfaction survey from
    /// here (local mode, the default). Remote mode: false, the server sends
    /// them; an answer is then checked by the server, not against the cache.
    void setSendsSatisfactionSurveys(bool on);

    QFuture<ConversationPage> conversations(const InboxQuery &query) override;
    QFuture<InboxCounts> counts() override;
    QFuture<ThreadResult> thread(qint64 conversationId) override;
    QFuture<QList<ConversationSummary>> conversationsOfCustomer(qint64 customerId, int limit) override;

    QFuture<CommandResult> sendReply(qint64 conversationId, const QString &body) override;
    QFuture<CommandResult> addNote(qint64 conversationId, const QString &body) override;
    QFuture<OutboundResult> writeToCustomer(qint64 customerId, Channel channel, const QString &subject,
                                            const QString &body) override;
    QFuture<CommandResult> assign(const QList<qint64> &conversationIds, const QString &assignee,
                                  const QString &queue) override;
    QFuture<CommandResult> setStatus(const QList<qint64> &conversationIds, ConversationStatus status) override;
    QFuture<CommandResult> setPriority(const QList<qint64> &conversationIds, Priority priority) override;
    QFuture<CommandResult> addTopics(const QList<qint64> &conversationIds, const QStringList &topics) override;

    QFuture<LogCallResult> logCall(qint64 customerId, qint64 conversationId, const QString &reason,
                                   const QString &notes, int durationSeconds) override;
    QFuture<CommandResult> recordSatisfaction(qint64 conversationId, int score) override;

    QFuture<QList<Macro>> macros() override;
    QFuture<QString> attachmentPath(qint64 attachmentId) override;
    QFuture<ImportResult> importEmails(const QStringList &files) override;

private:
    /// Changes one conversation of a bulk command; a result means "stop: refused or failed".
    using Change = std::function<std::optional<CommandResult>(ConversationRepository &, qint64)>;
    /// Checked once before the changes, in the same transaction; a result means "stop".
    using Check = std::function<std::optional<CommandResult>(ConversationRepository &)>;
    /// Runs in the same worker job once a bulk command was applied (after its
    /// commit); may amend the agent's result.
    using AfterApplied = std::function<void(Database &, const Command &, CommandResult *)>;

    /// A conversation resolved from an open status: a survey may go out for it.
    struct SurveyCandidate
    {
        qint64 conversationId = 0;
        qint64 customerId = 0;
        Channel channel = Channel::Email;
        QString agent;   ///< its assignee when resolved (or who resolved it, when unassigned)
    };

    QFuture<CommandResult> addMessage(qint64 conversationId, const QString &body, bool reply);
    /// Why @p text cannot be sent (@p reply) or noted: empty, too long, a card number; nullopt when it can.
    static std::optional<CommandResult> bodyRefusal(const QString &text, bool reply);
    QFuture<CommandResult> bulk(const QString &type, const QList<qint64> &conversationIds,
                                const QJsonObject &payload,
                                const Change &change,
                                const QString &doneMessage, bool movesCounts, const Check &check = {},
                                const AfterApplied &afterApplied = {});
    /// Sends the surveys of @p candidates that the rules allow, as one
    /// conversation.csat_request command following @p statusCommand; how many went out.
    static int sendSurveys(Database &db, const Command &statusCommand, const QList<SurveyCandidate> &candidates);
    /// The answer's checks and row (conversation.csat_answer's handler): a
    /// result that is not Applied means nothing was stored.
    static CommandResult storeAnswer(Database &db, qint64 conversationId, int score, bool surveysHere,
                                     const QDateTime &now, QJsonObject *audit);
    /// Records @p score, from a reply that @p importCommand stored, as the
    /// survey's answer: a conversation.csat_answer command of its own.
    static void recordReplyScore(Database &db, const Command &importCommand, qint64 conversationId, int score);
    void notifyChanged(const QList<qint64> &conversationIds, bool countsMoved);
    /// The topic classifier, trained on first use; worker thread only. Null when it could not be trained.
    const IntentClassifier *classifier();

    DatabaseWorker *m_worker;
    Agent m_agent;
    QString m_attachmentRoot;
    bool m_removeRootWhenDone = false;   ///< the temporary root of a ":memory:" database
    bool m_sendsSurveys = true;          ///< local mode; the server sends them in remote mode
    std::unique_ptr<IntentClassifier> m_classifier;   ///< worker thread only
    bool m_classifierTried = false;                   ///< worker thread only
};

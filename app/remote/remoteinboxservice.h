#pragma once

#include "services/inboxservice.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>

#include <functional>
#include <memory>

class ApiClient;
class DatabaseWorker;
class LocalInboxService;

/// @short The inbox in remote mode: the cache answers at once, the server keeps it true.
///
/// Views, counts and search read the cache (LocalInboxService over it); every
/// command goes through the local service, so it is applied to the cache and
/// queued in the outbox in one transaction. The cache is filled from the
/// server: the open conversations once (syncOpenConversations), then the change
/// feed (RemoteBackend), and a thread from GET .../messages when the agent
/// opens it: the cached copy is shown first, the server's replaces it a moment
/// later (conversationChanged). A thread not in the cache waits for the server.
///
/// Satisfaction surveys are the server's: resolving sends none from here
/// (LocalInboxService::setSendsSatisfactionSurveys), and an answer the agent
/// records is queued for the server, which checks it against its survey.
class RemoteInboxService : public InboxService
{
    Q_OBJECT

public:
    RemoteInboxService(DatabaseWorker *worker, ApiClient *api, LocalInboxService *local, QObject *parent = nullptr);

    /// Reads every open conversation's summary into the cache, one page of
    /// GET /v1/conversations?view=all_open at a time (only once per cache).
    void syncOpenConversations();
    /// Reads the conversation and its messages from the server into the cache;
    /// @p done(true) when the server answered and the cache took it.
    void refreshThread(qint64 conversationId, const std::function<void(bool)> &done = {});
    /// Reads one conversation's summary into the cache (after a command on it);
    /// @p force also when the cache's version is newer (after a refusal).
    void refreshConversation(qint64 conversationId, bool force);
    /// How long an opened thread is not read again from the server (the feed keeps it current).
    static constexpr int ThreadFreshMs = 30000;

    QFuture<ConversationPage> conversations(const InboxQuery &query) override;
    QFuture<InboxCounts> counts() override;
    QFuture<ThreadResult> thread(qint64 conversationId) override;
    QFuture<QList<ConversationSummary>> conversationsOfCustomer(qint64 customerId, int limit) override;
    QFuture<CommandResult> sendReply(qint64 conversationId, const QString &body) override;
    QFuture<OutboundResult> writeToCustomer(qint64 customerId, Channel channel, const QString &subject,
                                            const QString &body) override;
    QFuture<CommandResult> addNote(qint64 conversationId, const QString &body) override;
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

Q_SIGNALS:
    /// Whether the last call reached the server.
    void reachabilityChanged(bool reachable);
    /// The first fill of the open conversations finished (@p ok false: it will be tried at the next start).
    void openConversationsSynced(bool ok, int conversations);

private:
    /// What refreshThread() has read so far: the messages' pages, as they came.
    struct ThreadRead
    {
        qint64 conversationId = 0;
        QJsonArray messages;
        int pages = 0;
        std::function<void(bool)> done;
    };

    void syncPage(const QString &after, int stored);
    void readThreadPage(const std::shared_ptr<ThreadRead> &read, const QString &after);
    /// The conversation after its messages (so that its counts are not older than them), then the cache.
    void finishThread(const std::shared_ptr<ThreadRead> &read);
    /// Decodes and stores summaries in one transaction, on the worker; @p done gets an error text (empty: fine).
    void storeSummaries(const QJsonArray &items, bool force, const std::function<void(const QString &)> &done);

    DatabaseWorker *m_worker = nullptr;
    ApiClient *m_api = nullptr;
    LocalInboxService *m_local = nullptr;
    QHash<qint64, QDeadlineTimer> m_fresh;   ///< threads read from the server lately
    bool m_syncing = false;
};

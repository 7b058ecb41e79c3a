#pragma once

#include "services/backend.h"
#include "services/openresult.h"
#include "apiproblem.h"
#include "remotecache.h"
#include "domain/jsoncodec.h"

#include <QFuture>
#include <QJsonObject>
#include <QPromise>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>

class ApiClient;
class ChangeFeed;
class SupervisionHistory;
class ConnectionStatus;
class Database;
class DatabaseWorker;
class EventSocket;
class LocalAlertService;
class LocalCardService;
class LocalCustomerService;
class LocalInboxService;
class LocalSupervisionService;
class OutboxSender;
class RemoteAlertService;
class RemoteAuditService;
class RemoteCardService;
class RemoteCustomerService;
class RemoteInboxService;

/// @short The server is the truth; a SQLite cache with the local schema serves reads and holds the outbox.
///
/// The local services run unchanged over the cache. Every command they apply
/// is also queued in the outbox in the same transaction (CommandProcessor's
/// outbox sink), and the OutboxSender posts it. The ChangeFeed, woken by the
/// EventSocket and by a poll, brings the server's changes into the cache. A
/// command the server refuses is undone in the cache (the card is read
/// again) and reported by commandRejected().
class RemoteBackend : public Backend
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl serverUrl;           ///< http(s)://host:port
        QString username;
        QString password;         ///< used for the sign-in only, never kept
        /// A saved session token (TokenStore). Used instead of the password
        /// while the server accepts it; when the server cannot be reached, the
        /// console opens on its cache with it, as the agent who signed in last
        /// on this cache, and sends once the server is back.
        QString token;
        QString cachePath;        ///< the cache database file
        QString caFile;           ///< a PEM file of extra CAs (--ca-file); empty: the system's
        int pollIntervalMs = 15000;
    };

    explicit RemoteBackend(QObject *parent = nullptr);
    ~RemoteBackend() override;

    /// Opens the cache, signs in and starts sending and syncing.
    QFuture<OpenResult> open(const Options &options);

    CustomerService *customers() override;
    InboxService *inbox() override;
    CardService *cards() override;
    AuditService *audit() override;
    AlertService *alerts() override;
    /// For now the local service over the cache: the figures are those of the
    /// conversations this console has synced, and presence is a command that
    /// the outbox sends like any other.
    SupervisionService *supervision() override;
    Agent agent() const override;
    QString description() const override;
    /// Sends what waits in the outbox, if the server is reachable, for up to @p timeoutMs.
    QFuture<void> settle(int timeoutMs) override;

    ConnectionStatus *connectionStatus() const;
    OutboxSender *sender() const;
    ChangeFeed *changeFeed() const;
    EventSocket *events() const;
    ApiClient *api() const;
    RemoteInboxService *remoteInbox() const;
    DatabaseWorker *worker() const;
    /// The token of this session (for TokenStore); empty before open().
    QString token() const;

    /// Signs in again after the session expired (OutboxSender::authenticationRequired):
    /// a new token for the sender, the feed and the events, and what waited is sent.
    /// The future's text is empty on success, else why not (translated).
    QFuture<QString> renewSession(const QString &password);

    /// The cache file for @p server in @p dataDir: remote-<host>-<port>-<agent>.sqlite.
    static QString cachePathFor(const QString &dataDir, const QUrl &server, const QString &username);

Q_SIGNALS:
    /// The server refused a command; the cache has been corrected. @p message is for the agent (translated).
    void commandRejected(const QUuid &commandId, const QString &type, const QString &subject, const QString &message);
    /// After a refusal: the card was read again from the server and the cache overwritten.
    void cardCorrected(qint64 cardId);
    /// The session has a new token (renewSession()).
    void sessionRenewed(const QString &token);
    /// A command reached the server and was applied there.
    void commandAcknowledged(const QUuid &commandId, const QString &type, const QString &subject);

private:
    void signIn(const Options &options, const std::shared_ptr<QPromise<OpenResult>> &promise, OpenResult opened);
    /// Resumes the session of options.token (GET /v1/me); offline on the cache when the server is away.
    void resume(const Options &options, const std::shared_ptr<QPromise<OpenResult>> &promise, OpenResult opened);
    void openOffline(const Options &options, const std::shared_ptr<QPromise<OpenResult>> &promise, OpenResult opened,
                     const QString &why);
    /// Signed in (or resumed) as @p profile with @p token: the services learn the agent, the cache remembers it.
    void establish(const QString &token, const JsonCodec::AgentProfile &profile);
    void applyAgent();
    void startSync(const Options &options);
    /// A provisional id became the server's: the screens showing it follow.
    void onAdopted(const RemoteCache::Adoption &adoption);
    void onRejected(const QUuid &commandId, const QString &type, const QString &subject, const ApiProblem &problem);
    void refreshCard(qint64 cardId);
    /// Reads GET /v1/agents from @p after (empty: the first page) into the cache, page by page.
    void refreshAgents(const QString &after);
    /// A supervisor's console reads the desk's recent history once (SupervisionHistory).
    void syncHistory();
    /// The server's answer to a conversation command goes into the cache.
    void storeServerConversationAnswer(qint64 conversationId, const QJsonObject &response);
    /// Writes a card as the server sent it into the cache; with @p onlyIfSettled
    /// not while the outbox still holds a command for it.
    void storeServerCard(const QJsonObject &json, bool onlyIfSettled, const std::function<void()> &done = {});

    std::unique_ptr<DatabaseWorker> m_worker;
    ApiClient *m_api = nullptr;
    OutboxSender *m_sender = nullptr;
    ConnectionStatus *m_status = nullptr;
    ChangeFeed *m_feed = nullptr;
    SupervisionHistory *m_history = nullptr;   ///< supervisors: the desk's recent history, read once
    EventSocket *m_events = nullptr;
    LocalCustomerService *m_localCustomers = nullptr;
    RemoteCustomerService *m_customers = nullptr;
    LocalInboxService *m_inbox = nullptr;
    RemoteInboxService *m_remoteInbox = nullptr;
    LocalCardService *m_cards = nullptr;
    RemoteCardService *m_remoteCards = nullptr;
    RemoteAuditService *m_audit = nullptr;
    LocalAlertService *m_alerts = nullptr;
    RemoteAlertService *m_remoteAlerts = nullptr;
    LocalSupervisionService *m_supervision = nullptr;
    const Database *m_database = nullptr;   // the worker's Database, the key of the outbox sink
    Agent m_agent;
    QString m_token;
    QUrl m_serverUrl;
    bool m_openConversationsToSync = false;
    bool m_historyToSync = false;
};

#include "remotebackend.h"

#include "apiclient.h"
#include "apireply.h"
#include "changefeed.h"
#include "commandroute.h"
#include "connectionstatus.h"
#include "eventsocket.h"
#include "outboxsender.h"
#include "remotealertservice.h"
#include "remoteauditservice.h"
#include "remotecache.h"
#include "remotecardservice.h"
#include "remotecustomerservice.h"
#include "remoteinboxservice.h"
#include "supervisionhistory.h"

#include "domain/jsoncodec.h"
#include "services/commandprocessor.h"
#include "services/localalertservice.h"
#include "services/localcardservice.h"
#include "services/localcustomerservice.h"
#include "services/localinboxservice.h"
#include "services/localsupervisionservice.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/outboxrepository.h"
#include "storage/sqlexec.h"
#include "storage/sqltransaction.h"
#include "storage/syncstate.h"

#include <QAtomicInt>
#include <QDir>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("carddesk-remote-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// The version of the conversation @p subject names as the agent saw it: the
/// command's own optimistic effect has just moved the cache's one on by one.
std::optional<int> conversationVersionSeen(Database &db, const QString &subject, QString *error)
{
    if (!subject.startsWith(QLatin1String("conversation:")))
        return std::nullopt;
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT version FROM conversations WHERE id = ?"));
    q.bindValue(0, subject.mid(13).toLongLong());
    if (!SqlExec::exec(q, error) || !q.next())
        return std::nullopt;
    const int version = q.value(0).toInt();
    q.finish();
    return std::max(0, version - 1);
}

/// Queues an applied command for the server, in the command's own transaction.
bool enqueueForServer(Database &db, const Command &command, QString *error)
{
    if (CommandRoute::serverSideTypes().contains(command.type))
        return true;   // the server makes these itself in remote mode
    OutboxRepository outbox(db);
    for (const Command &part : CommandRoute::perConversation(command)) {
        CommandRoute::Context context;
        context.version = conversationVersionSeen(db, part.subject, error);
        const std::optional<CommandRoute> route = CommandRoute::of(part, error, context);
        if (!route)
            return false;
        if (!outbox.enqueue(part, route->outboxRequest(), error))
            return false;
    }
    return true;
}

} // namespace

RemoteBackend::RemoteBackend(QObject *parent)
    : Backend(parent)
    , m_worker(std::make_unique<DatabaseWorker>(nextConnectionName()))
    , m_api(new ApiClient(QUrl(), this))
    , m_sender(new OutboxSender(m_worker.get(), m_api, this))
    , m_status(new ConnectionStatus(this))
    , m_feed(new ChangeFeed(m_worker.get(), m_api, this))
    , m_history(new SupervisionHistory(m_worker.get(), m_api, this))
    , m_events(new EventSocket(this))
    , m_localCustomers(new LocalCustomerService(m_worker.get(), this))
    , m_customers(new RemoteCustomerService(m_worker.get(), m_api, m_localCustomers, this))
    , m_inbox(new LocalInboxService(m_worker.get(), this))
    , m_remoteInbox(new RemoteInboxService(m_worker.get(), m_api, m_inbox, this))
    , m_cards(new LocalCardService(m_worker.get(), this))
    , m_remoteCards(new RemoteCardService(m_worker.get(), m_api, m_cards, this))
    , m_audit(new RemoteAuditService(m_api, this))
    , m_alerts(new LocalAlertService(m_worker.get(), this))
    , m_remoteAlerts(new RemoteAlertService(m_worker.get(), m_api, m_alerts, m_customers, this))
    , m_supervision(new LocalSupervisionService(m_worker.get(), this))
{
    // The figures move with the agent's own changes and with the feed's.
    m_supervision->followChanges(m_inbox, m_cards);
    m_supervision->followChanges(m_remoteInbox, nullptr);
    m_status->follow(m_sender);
    connect(m_customers, &RemoteCustomerService::reachabilityChanged, m_status,
            [this](bool reachable) { m_status->setReachable(reachable); });
    connect(m_feed, &ChangeFeed::reachabilityChanged, m_status,
            [this](bool reachable) { m_status->setReachable(reachable); });
    connect(m_feed, &ChangeFeed::cardsChanged, this, [this](const QHash<qint64, qint64> &cards) {
        for (auto it = cards.cbegin(); it != cards.cend(); ++it)
            Q_EMIT m_cards->cardChanged(it.key(), it.value());
    });
    connect(m_remoteInbox, &RemoteInboxService::reachabilityChanged, m_status,
            [this](bool reachable) { m_status->setReachable(reachable); });
    connect(m_remoteCards, &RemoteCardService::reachabilityChanged, m_status,
            [this](bool reachable) { m_status->setReachable(reachable); });
    connect(m_audit, &RemoteAuditService::reachabilityChanged, m_status,
            [this](bool reachable) { m_status->setReachable(reachable); });
    connect(m_feed, &ChangeFeed::conversationsChanged, this, [this](const QList<qint64> &ids) {
        for (const qint64 id : ids)
            Q_EMIT m_remoteInbox->conversationChanged(id);
        Q_EMIT m_remoteInbox->countsChanged();
    });
    connect(m_feed, &ChangeFeed::adopted, this, &RemoteBackend::onAdopted);
    connect(m_feed, &ChangeFeed::agentsChanged, m_supervision, &LocalSupervisionService::noteChange);
    connect(m_feed, &ChangeFeed::deskFactsChanged, m_supervision, &LocalSupervisionService::noteChange);
    // Until the desk's history is in the cache, the analytics say their figures may be incomplete.
    connect(m_history, &SupervisionHistory::reading, this, [this] {
        m_supervision->setAnalyticsNotice(
            tr("The desk's history is being read from the server. Until it is in, figures from before this "
               "console's first sign-in may be incomplete; they fill in by themselves."));
    });
    connect(m_history, &SupervisionHistory::progressed, m_supervision, &LocalSupervisionService::noteChange);
    connect(m_history, &SupervisionHistory::finished, this, [this](bool complete, int) {
        m_historyToSync = !complete;
        m_supervision->setAnalyticsNotice(
            complete ? QString()
                     : tr("The desk's history could not be read from the server yet, so figures from before this "
                          "console's first sign-in may be incomplete. It is read again when the server can be "
                          "reached."));
    });
    // A command that created something: in the transaction that records its
    // answer, the provisional rows take the server's ids (and so do the
    // commands queued after it), before the next command is taken.
    m_sender->setAppliedHook([this](Database &db, const OutboxEntry &entry, const QJsonObject &response,
                                    QString *error) {
        RemoteCache cache(db);
        if (!cache.adoptAnswer(entry.type, entry.commandId, entry.subject, response, error))
            return false;
        for (const RemoteCache::Adoption &adoption : cache.adoptions())
            QMetaObject::invokeMethod(this, [this, adoption] { onAdopted(adoption); }, Qt::QueuedConnection);
        return true;
    });
    connect(m_feed, &ChangeFeed::failed, this,
            [](const QString &error) { qWarning("RemoteBackend: change feed: %s", qUtf8Printable(error)); });
    // The first read of the open conversations failed (opened offline, the
    // link dropped): tried again once the feed reaches the server.
    connect(m_remoteInbox, &RemoteInboxService::openConversationsSynced, this,
            [this](bool ok, int) { m_openConversationsToSync = !ok; });
    connect(m_feed, &ChangeFeed::caughtUp, this, [this] {
        if (m_openConversationsToSync) {
            m_openConversationsToSync = false;
            m_remoteInbox->syncOpenConversations();
        }
        if (m_historyToSync) {
            m_historyToSync = false;
            syncHistory();
        }
    });
    connect(m_events, &EventSocket::changesAnnounced, m_feed, &ChangeFeed::fetch);
    // Connected again: catch up on what was missed, and send what waited.
    connect(m_events, &EventSocket::connectedChanged, this, [this](bool connected) {
        if (connected) {
            m_feed->fetch();
            m_sender->retryNow();
        }
    });
    connect(m_sender, &OutboxSender::commandApplied, this,
            [this](const QUuid &id, const QString &type, const QString &subject, const QJsonObject &response) {
                // A card command answers with the card as the server now has it: the cache
                // takes it at once (unless more of the agent's commands for it are on their way),
                // so a feed page read before this answer cannot leave a stale version behind.
                if (subject.startsWith(QLatin1String("card:")) && response.contains(QStringLiteral("status")))
                    storeServerCard(response, true);
                // A conversation command: the server's copy replaces the optimistic one.
                if (subject.startsWith(QLatin1String("conversation:")))
                    storeServerConversationAnswer(subject.mid(13).toLongLong(), response);
                Q_EMIT commandAcknowledged(id, type, subject);
                m_feed->fetch();
            });
    connect(m_sender, &OutboxSender::commandRejected, this, &RemoteBackend::onRejected);
}

RemoteBackend::~RemoteBackend()
{
    if (m_database)
        CommandProcessor::setOutboxSink(m_database, {});
    m_events->close();
    m_feed->stop();
    m_sender->stop();
    // Jobs still queued on the worker refer to the services and the sender:
    // let the worker drain and stop first.
    m_worker.reset();
    delete m_sender;
    m_sender = nullptr;
    delete m_history;
    m_history = nullptr;
    delete m_feed;
    m_feed = nullptr;
    delete m_customers;
    m_customers = nullptr;
    delete m_localCustomers;
    m_localCustomers = nullptr;
    delete m_remoteInbox;
    m_remoteInbox = nullptr;
    delete m_inbox;
    m_inbox = nullptr;
    delete m_remoteCards;
    m_remoteCards = nullptr;
    delete m_cards;
    m_cards = nullptr;
    delete m_audit;
    m_audit = nullptr;
    delete m_remoteAlerts;
    m_remoteAlerts = nullptr;
    delete m_alerts;
    m_alerts = nullptr;
    delete m_supervision;
    m_supervision = nullptr;
}

QString RemoteBackend::cachePathFor(const QString &dataDir, const QUrl &server, const QString &username)
{
    QString host = server.host().isEmpty() ? QStringLiteral("server") : server.host();
    host.replace(QLatin1Char(':'), QLatin1Char('_'));
    const int port = server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
    return QDir(dataDir).filePath(QStringLiteral("remote-%1-%2-%3.sqlite").arg(host).arg(port).arg(username));
}

QFuture<OpenResult> RemoteBackend::open(const Options &options)
{
    m_serverUrl = options.serverUrl;
    m_api->setBaseUrl(options.serverUrl);
    m_inbox->setDatabasePath(options.cachePath);
    m_feed->setPollInterval(options.pollIntervalMs);

    auto promise = std::make_shared<QPromise<OpenResult>>();
    promise->start();
    QFuture<OpenResult> future = promise->future();

    if (!options.caFile.isEmpty()) {
        QString error;
        if (!m_api->addCaCertificates(options.caFile, &error)) {
            OpenResult failed;
            failed.message = tr("The certificate authorities in %1 could not be used: %2").arg(options.caFile, error);
            promise->addResult(failed);
            promise->finish();
            return future;
        }
    }

    struct Opened
    {
        OpenResult result;
        const Database *database = nullptr;
    };
    const QString server = options.serverUrl.toString(QUrl::RemoveUserInfo);
    m_worker->run([options, server](Database &db) {
        Opened opened;
        opened.result = db.open(options.cachePath);
        opened.database = &db;
        if (!opened.result.ok())
            return opened;
        db.setProvisionalIds(true);   // what this console creates has no server id yet
        // Commands the server took more than a week ago are history (the audit is the server's).
        QString purgeError;
        if (OutboxRepository(db).purgeApplied(QDateTime::currentDateTimeUtc().addDays(-7), &purgeError) < 0)
            qWarning("RemoteBackend: the outbox's applied rows could not be purged: %s", qUtf8Printable(purgeError));
        QString error;
        SyncState state(db);
        const QString cachedFor = state.value(SyncState::ServerUrl, &error);
        if (!cachedFor.isEmpty() && cachedFor != server) {
            opened.result.status = OpenResult::Failed;
            opened.result.message = tr("The cache %1 belongs to the server %2, not %3. Start with another data "
                                       "folder, or delete the cache file.")
                                        .arg(options.cachePath, cachedFor, server);
            db.close();
            return opened;
        }
        if (cachedFor.isEmpty() && !state.setValue(SyncState::ServerUrl, server, &error)) {
            opened.result.status = OpenResult::Failed;
            opened.result.message = tr("The cache could not be prepared: %1").arg(error);
            db.close();
        }
        return opened;
    }).then(this, [this, options, promise](const Opened &opened) {
        if (!opened.result.ok()) {
            promise->addResult(opened.result);
            promise->finish();
            return;
        }
        m_database = opened.database;
        CommandProcessor::setOutboxSink(opened.database, [sender = QPointer<OutboxSender>(m_sender)](
                                                              Database &db, const Command &command, QString *error) {
            if (!enqueueForServer(db, command, error))
                return false;
            // Queued: runs after this transaction, and the sender's read comes after it on the worker.
            if (sender)
                QMetaObject::invokeMethod(sender.data(), &OutboxSender::wake, Qt::QueuedConnection);
            return true;
        });
        if (options.token.isEmpty())
            signIn(options, promise, opened.result);
        else
            resume(options, promise, opened.result);
    });
    return future;
}

void RemoteBackend::signIn(const Options &options, const std::shared_ptr<QPromise<OpenResult>> &promise,
                           OpenResult opened)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/sessions");
    request.authenticated = false;
    request.body = QJsonObject{{QStringLiteral("username"), options.username},
                               {QStringLiteral("password"), options.password}};
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, this, [this, options, promise, opened](const ApiResult &result) mutable {
        m_status->setReachable(result.reachedServer());
        if (!result.ok()) {
            opened.status = OpenResult::Failed;
            if (result.status == 401)
                opened.message = tr("The server did not accept the user name or password.");
            else if (!result.reachedServer())
                opened.message = tr("The server %1 cannot be reached (%2). Check the address and the network.")
                                     .arg(options.serverUrl.toDisplayString(), result.errorText);
            else
                opened.message = tr("Signing in failed: %1").arg(result.problem.detail.isEmpty()
                                                                      ? result.errorText
                                                                      : result.problem.detail);
            promise->addResult(opened);
            promise->finish();
            return;
        }
        QString error;
        const std::optional<JsonCodec::Session> session = JsonCodec::sessionFromJson(result.json.object(), &error);
        if (!session) {
            opened.status = OpenResult::Failed;
            opened.message = tr("The server's answer to the sign-in could not be read: %1").arg(error);
            promise->addResult(opened);
            promise->finish();
            return;
        }
        // The cache's customer count says nothing about the server's: not shown.
        opened.customerCount = -1;
        establish(session->token, session->agent);
        startSync(options);
        promise->addResult(opened);
        promise->finish();
    });
}

void RemoteBackend::resume(const Options &options, const std::shared_ptr<QPromise<OpenResult>> &promise,
                           OpenResult opened)
{
    m_api->setBearerToken(options.token);
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, this, [this, options, promise, opened](const ApiResult &result) mutable {
        opened.customerCount = -1;
        if (!result.reachedServer() || result.status >= 500) {
            openOffline(options, promise, opened,
                        result.reachedServer() ? QStringLiteral("HTTP %1").arg(result.status) : result.errorText);
            return;
        }
        m_status->setReachable(true);
        QString error;
        const std::optional<JsonCodec::AgentProfile> profile =
            result.ok() ? JsonCodec::agentProfileFromJson(result.json.object(), &error) : std::nullopt;
        if (profile && profile->agent.username == options.username) {
            establish(options.token, *profile);
            startSync(options);
            promise->addResult(opened);
            promise->finish();
            return;
        }
        // The saved session has ended (or is someone else's): the password, if there is one.
        m_api->setBearerToken(QString());
        if (!options.password.isEmpty()) {
            signIn(options, promise, opened);
            return;
        }
        opened.status = OpenResult::Failed;
        opened.needsPassword = true;
        opened.message = tr("Your session on %1 has ended. Sign in with your password.")
                             .arg(options.serverUrl.toDisplayString(QUrl::RemoveUserInfo));
        promise->addResult(opened);
        promise->finish();
    });
}

void RemoteBackend::openOffline(const Options &options, const std::shared_ptr<QPromise<OpenResult>> &promise,
                                OpenResult opened, const QString &why)
{
    m_worker->run([](Database &db) {
        QString error;
        return SyncState(db).value(SyncState::SignedInAgent, &error);
    }).then(this, [this, options, promise, opened, why](const QString &stored) mutable {
        m_status->setReachable(false);
        const std::optional<JsonCodec::AgentProfile> profile =
            stored.isEmpty() ? std::nullopt
                             : JsonCodec::agentProfileFromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
        if (!profile || profile->agent.username != options.username) {
            opened.status = OpenResult::Failed;
            opened.message = tr("The server %1 cannot be reached (%2), and %3 has not signed in on this computer "
                                "before, so there is nothing to work on offline. Check the network and start "
                                "again.")
                                 .arg(options.serverUrl.toDisplayString(QUrl::RemoveUserInfo), why, options.username);
            promise->addResult(opened);
            promise->finish();
            return;
        }
        // The saved token goes with what is sent once the server is back; a
        // 401 then asks for the password, and nothing waiting is lost.
        m_token = options.token;
        m_agent = profile->agent;
        m_api->setBearerToken(m_token);
        applyAgent();
        startSync(options);
        opened.offline = true;
        promise->addResult(opened);
        promise->finish();
    });
}

void RemoteBackend::establish(const QString &token, const JsonCodec::AgentProfile &profile)
{
    m_token = token;
    m_agent = profile.agent;
    m_api->setBearerToken(m_token);
    applyAgent();
    const QString json = QString::fromUtf8(QJsonDocument(JsonCodec::toJson(profile)).toJson(QJsonDocument::Compact));
    m_worker->run([json](Database &db) {
        QString error;
        SyncState(db).setValue(SyncState::SignedInAgent, json, &error);
        return error;
    }).then(this, [](const QString &error) {
        if (!error.isEmpty())
            qWarning("RemoteBackend: the cache could not remember the agent: %s", qUtf8Printable(error));
    });
}

void RemoteBackend::applyAgent()
{
    m_localCustomers->setAgent(m_agent);
    m_inbox->setAgent(m_agent);
    m_cards->setAgent(m_agent);
    m_audit->setAgent(m_agent);
    m_alerts->setAgent(m_agent);
    m_supervision->setAgent(m_agent);
}

QFuture<QString> RemoteBackend::renewSession(const QString &password)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QFuture<QString> future = promise->future();
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/sessions");
    request.authenticated = false;
    request.body = QJsonObject{{QStringLiteral("username"), m_agent.username},
                               {QStringLiteral("password"), password}};
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, this, [this, promise](const ApiResult &result) {
        m_status->setReachable(result.reachedServer());
        QString error;
        const std::optional<JsonCodec::Session> session =
            result.ok() ? JsonCodec::sessionFromJson(result.json.object(), &error) : std::nullopt;
        if (!session) {
            promise->addResult(result.status == 401 ? tr("The server did not accept the password.")
                               : !result.reachedServer()
                                   ? tr("The server cannot be reached (%1). Your work waits on this computer; "
                                        "sign in again when the connection is back.")
                                         .arg(result.errorText)
                                   : tr("Signing in failed: %1").arg(error.isEmpty() ? result.problem.detail : error));
            promise->finish();
            return;
        }
        establish(session->token, session->agent);
        m_sender->setToken(m_token);
        m_events->close();
        m_events->open(m_serverUrl, m_token);
        m_feed->fetch();
        Q_EMIT sessionRenewed(m_token);
        promise->addResult(QString());
        promise->finish();
    });
    return future;
}

void RemoteBackend::startSync(const Options &options)
{
    m_sender->setToken(m_token);
    m_sender->start();
#if QT_CONFIG(ssl)
    m_events->setSslConfiguration(m_api->sslConfiguration());
#endif
    m_events->open(options.serverUrl, m_token);
    m_feed->start();
    m_remoteInbox->syncOpenConversations();
    refreshAgents(QString());
    syncHistory();
}

void RemoteBackend::syncHistory()
{
    // Only a supervisor's figures need the desk's history (and only they may read it).
    if (m_agent.role == Agent::RoleSupervisor)
        m_history->sync();
}

QFuture<void> RemoteBackend::settle(int timeoutMs)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QFuture<void> future = promise->future();
    if (m_status->state() == ConnectionStatus::State::Offline || m_status->waitingForSignIn()) {
        promise->finish();   // it waits in the outbox, for the next start
        return future;
    }
    QObject *context = new QObject(this);
    const auto finish = [promise, context] {
        if (promise->future().isFinished())
            return;
        promise->finish();
        context->deleteLater();
    };
    connect(m_sender, &OutboxSender::pendingCountChanged, context, [finish](int pending) {
        if (pending == 0)
            finish();
    });
    QTimer::singleShot(timeoutMs, context, finish);
    m_worker->run([](Database &db) {
        QString error;
        return OutboxRepository(db).pendingCount(&error);
    }).then(context, [this, finish](int pending) {
        if (pending <= 0) {
            finish();
            return;
        }
        m_sender->retryNow();
    });
    return future;
}

void RemoteBackend::refreshAgents(const QString &after)
{
    // The desk's agents (names, queues, presence) for the assign lists and the
    // supervisor's figures; the feed's "agent" changes keep them current.
    ApiRequest request;
    request.path = QStringLiteral("/v1/agents");
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!after.isEmpty())
        request.query.addQueryItem(QStringLiteral("after"), after);
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, this, [this](const ApiResult &result) {
        if (!result.ok())
            return;   // offline: the cached agents stand; the next sign-in reads them again
        const QJsonObject page = result.json.object();
        QList<JsonCodec::AgentProfile> agents;
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray()) {
            if (std::optional<JsonCodec::AgentProfile> agent = JsonCodec::agentProfileFromJson(item))
                agents << *agent;
        }
        const QString next = page.value(QStringLiteral("next")).toString();
        m_worker->run([agents](Database &db) {
            SqlTransaction transaction(db.connection());
            if (!transaction.isActive())
                return transaction.lastError();
            RemoteCache cache(db);
            QString error;
            for (const JsonCodec::AgentProfile &agent : agents) {
                if (!cache.storeAgent(agent, &error))
                    return error;
            }
            return transaction.commit() ? QString() : transaction.lastError();
        }).then(this, [this, next](const QString &error) {
            if (!error.isEmpty()) {
                qWarning("RemoteBackend: the cache could not take the agents: %s", qUtf8Printable(error));
                return;
            }
            m_supervision->noteChange();
            if (!next.isEmpty())
                refreshAgents(next);
        });
    });
}

void RemoteBackend::storeServerConversationAnswer(qint64 conversationId, const QJsonObject &response)
{
    // POST .../messages answers with the Message; the others with the Conversation.
    if (response.contains(QStringLiteral("direction"))) {
        QString error;
        const std::optional<Message> message = JsonCodec::messageFromJson(response, &error);
        if (message) {
            m_worker->run([message = *message](Database &db) {
                SqlTransaction transaction(db.connection());
                if (!transaction.isActive())
                    return transaction.lastError();
                QString error;
                bool stored = false;
                if (!RemoteCache(db).storeMessage(message, &stored, &error))
                    return error;
                return transaction.commit() ? QString() : transaction.lastError();
            }).then(this, [](const QString &error) {
                if (!error.isEmpty())
                    qWarning("RemoteBackend: the cache could not take the server's message: %s", qUtf8Printable(error));
            });
        }
    }
    m_remoteInbox->refreshConversation(conversationId, false);
}

void RemoteBackend::onAdopted(const RemoteCache::Adoption &adoption)
{
    if (adoption.kind == QLatin1String("card")) {
        Q_EMIT m_cards->cardChanged(adoption.serverId, adoption.customerId);
        return;
    }
    if (adoption.kind != QLatin1String("conversation"))
        return;   // a workflow: the wizard's next step finds it under either id (SyncState::serverIdFor)
    Q_EMIT m_remoteInbox->conversationIdAssigned(adoption.provisional, adoption.serverId);
    Q_EMIT m_remoteInbox->conversationChanged(adoption.serverId);
    Q_EMIT m_remoteInbox->countsChanged();
}

void RemoteBackend::onRejected(const QUuid &commandId, const QString &type, const QString &subject,
                               const ApiProblem &problem)
{
    const QString reason = problem.detail.isEmpty() ? problem.title : problem.detail;
    if (subject.startsWith(QLatin1String("card:")))
        refreshCard(subject.mid(5).toLongLong());
    if (subject.startsWith(QLatin1String("conversation:"))) {
        // Undo the optimistic effect: the server's conversation and thread as they are.
        const qint64 conversationId = subject.mid(13).toLongLong();
        m_remoteInbox->refreshConversation(conversationId, true);
        m_remoteInbox->refreshThread(conversationId, [this, conversationId](bool) {
            Q_EMIT m_remoteInbox->conversationChanged(conversationId);
        });
    }
    Q_EMIT commandRejected(commandId, type, subject,
                           tr("The server refused %1: %2").arg(type, reason));
}

void RemoteBackend::refreshCard(qint64 cardId)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/cards/%1").arg(cardId);
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, this, [this, cardId](const ApiResult &result) {
        if (!result.ok()) {
            qWarning("RemoteBackend: card %lld could not be read again: %s", static_cast<long long>(cardId),
                     qUtf8Printable(ApiResult::outcomeName(result.outcome)));
            return;
        }
        // GET /v1/cards/{id}: {card, events, delivery, openWorkflow}
        storeServerCard(result.json.object().value(QStringLiteral("card")).toObject(), false,
                        [this, cardId] { Q_EMIT cardCorrected(cardId); });
    });
}

void RemoteBackend::storeServerCard(const QJsonObject &json, bool onlyIfSettled, const std::function<void()> &done)
{
    QString error;
    const std::optional<JsonCodec::CardView> view = JsonCodec::cardViewFromJson(json, &error);
    if (!view) {
        qWarning("RemoteBackend: a card the client cannot read: %s", qUtf8Printable(error));
        return;
    }
    m_worker->run([view = *view, onlyIfSettled](Database &db) {
        SqlTransaction transaction(db.connection());
        QString error;
        bool stored = false;
        if (!transaction.isActive())
            return transaction.lastError();
        RemoteCache cache(db);
        bool unsent = false;
        if (onlyIfSettled
            && !cache.hasUnsentCommand(QStringLiteral("card:") + QString::number(view.card.id), &unsent, &error))
            return error;
        if (unsent)
            return QString();
        if (!cache.storeCard(view, &stored, &error))
            return error;
        if (!transaction.commit())
            return transaction.lastError();
        return QString();
    }).then(this, [this, cardId = view->card.id, customerId = view->customerId, done](const QString &error) {
        if (!error.isEmpty())
            qWarning("RemoteBackend: the cache could not take the server's card: %s", qUtf8Printable(error));
        if (done)
            done();
        Q_EMIT m_cards->cardChanged(cardId, customerId);
    });
}

CustomerService *RemoteBackend::customers()
{
    return m_customers;
}

InboxService *RemoteBackend::inbox()
{
    return m_remoteInbox;
}

RemoteInboxService *RemoteBackend::remoteInbox() const
{
    return m_remoteInbox;
}

CardService *RemoteBackend::cards()
{
    return m_remoteCards;
}

AuditService *RemoteBackend::audit()
{
    return m_audit;
}

AlertService *RemoteBackend::alerts()
{
    return m_remoteAlerts;
}

SupervisionService *RemoteBackend::supervision()
{
    return m_supervision;
}

Agent RemoteBackend::agent() const
{
    return m_agent;
}

QString RemoteBackend::description() const
{
    return tr("Connected to %1").arg(m_serverUrl.toDisplayString(QUrl::RemoveUserInfo));
}

ConnectionStatus *RemoteBackend::connectionStatus() const
{
    return m_status;
}

OutboxSender *RemoteBackend::sender() const
{
    return m_sender;
}

ChangeFeed *RemoteBackend::changeFeed() const
{
    return m_feed;
}

EventSocket *RemoteBackend::events() const
{
    return m_events;
}

ApiClient *RemoteBackend::api() const
{
    return m_api;
}

DatabaseWorker *RemoteBackend::worker() const
{
    return m_worker.get();
}

QString RemoteBackend::token() const
{
    return m_token;
}

#include "remoteinboxservice.h"

#include "apiclient.h"
#include "apireply.h"
#include "remotecache.h"

#include "domain/jsoncodec.h"
#include "services/localinboxservice.h"
#include "mail/attachmentstore.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"
#include "storage/syncstate.h"

#include <QCryptographicHash>
#include <QFuture>
#include <QJsonObject>
#include <QPromise>
#include <QtConcurrent>

#include <memory>

namespace {

constexpr int PageSize = 200;
/// At most this many messages of one thread are read (the newest conversations have a handful).
constexpr int MaxThreadPages = 10;

} // namespace

RemoteInboxService::RemoteInboxService(DatabaseWorker *worker, ApiClient *api, LocalInboxService *local,
                                       QObject *parent)
    : InboxService(parent)
    , m_worker(worker)
    , m_api(api)
    , m_local(local)
{
    // The server sends the satisfaction surveys when a conversation is resolved.
    m_local->setSendsSatisfactionSurveys(false);
    connect(m_local, &InboxService::conversationChanged, this, &InboxService::conversationChanged);
    connect(m_local, &InboxService::countsChanged, this, &InboxService::countsChanged);
}

void RemoteInboxService::storeSummaries(const QJsonArray &items, bool force,
                                        const std::function<void(const QString &)> &done)
{
    m_worker->run([items, force](Database &db) {
        SqlTransaction transaction(db.connection());
        if (!transaction.isActive())
            return transaction.lastError();
        RemoteCache cache(db);
        QString error;
        for (const QJsonValue &item : items) {
            const std::optional<ConversationSummary> row = JsonCodec::conversationFromJson(item, &error);
            if (!row) {
                qWarning("RemoteInboxService: a conversation the client cannot read: %s", qUtf8Printable(error));
                continue;
            }
            bool stored = false;
            if (!cache.storeConversation(*row, force, &stored, &error))
                return error;
        }
        if (!transaction.commit())
            return transaction.lastError();
        return QString();
    }).then(this, done);
}

void RemoteInboxService::syncOpenConversations()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_worker->run([](Database &db) {
        QString error;
        return SyncState(db).value(SyncState::OpenConversationsSynced, &error);
    }).then(this, [this](const QString &syncedAt) {
        if (!syncedAt.isEmpty()) {
            m_syncing = false;   // the feed has kept the cache current since
            return;
        }
        syncPage(QString(), 0);
    });
}

void RemoteInboxService::syncPage(const QString &after, int stored)
{
    ApiRequest call;
    call.path = QStringLiteral("/v1/conversations");
    call.query.addQueryItem(QStringLiteral("view"), QStringLiteral("all_open"));
    call.query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!after.isEmpty())
        call.query.addQueryItem(QStringLiteral("after"), after);
    ApiReply *reply = m_api->send(call);
    connect(reply, &ApiReply::finished, this, [this, stored](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (!result.ok()) {
            qWarning("RemoteInboxService: the open conversations could not be read: %s %d",
                     qUtf8Printable(ApiResult::outcomeName(result.outcome)), result.status);
            m_syncing = false;
            Q_EMIT openConversationsSynced(false, stored);
            return;
        }
        const QJsonObject page = result.json.object();
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        const QJsonValue next = page.value(QStringLiteral("next"));
        const int total = stored + int(items.size());
        storeSummaries(items, false, [this, next, total](const QString &error) {
            if (!error.isEmpty()) {
                qWarning("RemoteInboxService: the cache could not take the conversations: %s", qUtf8Printable(error));
                m_syncing = false;
                Q_EMIT openConversationsSynced(false, total);
                return;
            }
            Q_EMIT countsChanged();   // the list shows what has arrived so far
            if (next.isString() && !next.toString().isEmpty()) {
                syncPage(next.toString(), total);
                return;
            }
            m_worker->run([](Database &db) {
                QString error;
                SyncState(db).setValue(SyncState::OpenConversationsSynced,
                                       JsonCodec::timestamp(QDateTime::currentDateTimeUtc()), &error);
                return error;
            }).then(this, [this, total](const QString &error) {
                if (!error.isEmpty())
                    qWarning("RemoteInboxService: %s", qUtf8Printable(error));
                m_syncing = false;
                Q_EMIT openConversationsSynced(true, total);
            });
        });
    });
}

void RemoteInboxService::refreshConversation(qint64 conversationId, bool force)
{
    if (conversationId <= 0)
        return;   // provisional: the server does not know it yet
    ApiRequest call;
    call.path = QStringLiteral("/v1/conversations/%1").arg(conversationId);
    ApiReply *reply = m_api->send(call);
    connect(reply, &ApiReply::finished, this, [this, conversationId, force](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (!result.ok())
            return;
        storeSummaries(QJsonArray{result.json.object()}, force, [this, conversationId](const QString &error) {
            if (!error.isEmpty()) {
                qWarning("RemoteInboxService: %s", qUtf8Printable(error));
                return;
            }
            Q_EMIT conversationChanged(conversationId);
            Q_EMIT countsChanged();
        });
    });
}

void RemoteInboxService::refreshThread(qint64 conversationId, const std::function<void(bool)> &done)
{
    if (conversationId <= 0) {   // provisional: the cache's copy is all there is
        if (done)
            done(true);
        return;
    }
    m_fresh.insert(conversationId, QDeadlineTimer(ThreadFreshMs));
    auto read = std::make_shared<ThreadRead>();
    read->conversationId = conversationId;
    read->done = done;
    readThreadPage(read, QString());
}

void RemoteInboxService::readThreadPage(const std::shared_ptr<ThreadRead> &read, const QString &after)
{
    ApiRequest call;
    call.path = QStringLiteral("/v1/conversations/%1/messages").arg(read->conversationId);
    call.query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!after.isEmpty())
        call.query.addQueryItem(QStringLiteral("after"), after);
    ApiReply *reply = m_api->send(call);
    connect(reply, &ApiReply::finished, this, [this, read](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (!result.ok()) {
            m_fresh.remove(read->conversationId);   // try again next time it is opened
            if (read->done)
                read->done(false);
            return;
        }
        const QJsonObject page = result.json.object();
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray())
            read->messages.append(item);
        const QJsonValue next = page.value(QStringLiteral("next"));
        if (next.isString() && !next.toString().isEmpty() && ++read->pages < MaxThreadPages)
            readThreadPage(read, next.toString());
        else
            finishThread(read);
    });
}

void RemoteInboxService::finishThread(const std::shared_ptr<ThreadRead> &read)
{
    ApiRequest call;
    call.path = QStringLiteral("/v1/conversations/%1").arg(read->conversationId);
    ApiReply *reply = m_api->send(call);
    connect(reply, &ApiReply::finished, this, [this, read](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (!result.ok()) {
            m_fresh.remove(read->conversationId);
            if (read->done)
                read->done(false);
            return;
        }
        m_worker->run([read, conversation = result.json.object()](Database &db) {
            QString error;
            const std::optional<ConversationSummary> summary = JsonCodec::conversationFromJson(conversation, &error);
            if (!summary)
                return QStringLiteral("a conversation the client cannot read: ") + error;
            QList<Message> messages;
            for (const QJsonValue &item : std::as_const(read->messages)) {
                if (const std::optional<Message> message = JsonCodec::messageFromJson(item, &error))
                    messages << *message;
                else
                    return QStringLiteral("a message the client cannot read: ") + error;
            }
            SqlTransaction transaction(db.connection());
            if (!transaction.isActive())
                return transaction.lastError();
            RemoteCache cache(db);
            bool stored = false;
            if (!cache.storeConversation(*summary, false, &stored, &error)
                || !cache.storeThread(summary->id, messages, &error))
                return error;
            if (!transaction.commit())
                return transaction.lastError();
            return QString();
        }).then(this, [read](const QString &error) {
            if (!error.isEmpty())
                qWarning("RemoteInboxService: the thread was not cached: %s", qUtf8Printable(error));
            if (read->done)
                read->done(error.isEmpty());
        });
    });
}

QFuture<ThreadResult> RemoteInboxService::thread(qint64 conversationId)
{
    const auto fresh = m_fresh.constFind(conversationId);
    if (fresh != m_fresh.constEnd() && !fresh->hasExpired())
        return m_local->thread(conversationId);

    auto promise = std::make_shared<QPromise<ThreadResult>>();
    promise->start();
    QFuture<ThreadResult> future = promise->future();
    m_local->thread(conversationId).then(this, [this, promise, conversationId](const ThreadResult &cached) {
        if (cached.found) {
            // Shown at once; the server's copy follows if it differs.
            promise->addResult(cached);
            promise->finish();
            refreshThread(conversationId, [this, conversationId](bool ok) {
                if (ok)
                    Q_EMIT conversationChanged(conversationId);
            });
            return;
        }
        refreshThread(conversationId, [this, promise, conversationId](bool) {
            m_local->thread(conversationId).then(this, [promise](ThreadResult result) {
                if (!result.found && result.error.isEmpty())
                    result.error = tr("This conversation is not on this computer and the server cannot be "
                                      "reached. Try again when the connection is back.");
                promise->addResult(result);
                promise->finish();
            });
        });
    });
    return future;
}

QFuture<QList<ConversationSummary>> RemoteInboxService::conversationsOfCustomer(qint64 customerId, int limit)
{
    auto promise = std::make_shared<QPromise<QList<ConversationSummary>>>();
    promise->start();
    QFuture<QList<ConversationSummary>> future = promise->future();
    ApiRequest call;
    call.path = QStringLiteral("/v1/conversations");
    call.query.addQueryItem(QStringLiteral("customerId"), QString::number(customerId));
    call.query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, PageSize)));
    ApiReply *reply = m_api->send(call);
    connect(reply, &ApiReply::finished, this, [this, promise, customerId, limit](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        auto readCache = [this, promise, customerId, limit](const QString &) {
            m_local->conversationsOfCustomer(customerId, limit).then(this, [promise](const QList<ConversationSummary> &rows) {
                promise->addResult(rows);
                promise->finish();
            });
        };
        if (!result.ok()) {
            readCache(QString());   // offline: the copy this computer has
            return;
        }
        storeSummaries(result.json.object().value(QStringLiteral("items")).toArray(), false, readCache);
    });
    return future;
}

QFuture<ConversationPage> RemoteInboxService::conversations(const InboxQuery &query)
{
    return m_local->conversations(query);
}

QFuture<InboxCounts> RemoteInboxService::counts()
{
    return m_local->counts();
}

QFuture<CommandResult> RemoteInboxService::sendReply(qint64 conversationId, const QString &body)
{
    return m_local->sendReply(conversationId, body);
}

QFuture<OutboundResult> RemoteInboxService::writeToCustomer(qint64 customerId, Channel channel,
                                                            const QString &subject, const QString &body)
{
    return m_local->writeToCustomer(customerId, channel, subject, body);
}

QFuture<CommandResult> RemoteInboxService::addNote(qint64 conversationId, const QString &body)
{
    return m_local->addNote(conversationId, body);
}

QFuture<CommandResult> RemoteInboxService::assign(const QList<qint64> &conversationIds, const QString &assignee,
                                                  const QString &queue)
{
    return m_local->assign(conversationIds, assignee, queue);
}

QFuture<CommandResult> RemoteInboxService::setStatus(const QList<qint64> &conversationIds, ConversationStatus status)
{
    return m_local->setStatus(conversationIds, status);
}

QFuture<CommandResult> RemoteInboxService::setPriority(const QList<qint64> &conversationIds, Priority priority)
{
    return m_local->setPriority(conversationIds, priority);
}

QFuture<CommandResult> RemoteInboxService::addTopics(const QList<qint64> &conversationIds, const QStringList &topics)
{
    return m_local->addTopics(conversationIds, topics);
}

QFuture<LogCallResult> RemoteInboxService::logCall(qint64 customerId, qint64 conversationId, const QString &reason,
                                                   const QString &notes, int durationSeconds)
{
    return m_local->logCall(customerId, conversationId, reason, notes, durationSeconds);
}

QFuture<CommandResult> RemoteInboxService::recordSatisfaction(qint64 conversationId, int score)
{
    // Queued for POST /v1/conversations/{id}/satisfaction; the server checks it
    // against the survey it sent, and a refusal comes back through the outbox.
    return m_local->recordSatisfaction(conversationId, score);
}

QFuture<QList<Macro>> RemoteInboxService::macros()
{
    return m_local->macros();
}

QFuture<QString> RemoteInboxService::attachmentPath(qint64 attachmentId)
{
    // The cache's rows name the attachment; its bytes come from the server
    // the first time they are opened, checked against the SHA-256 the row
    // holds, and stay in this computer's attachment store.
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QFuture<QString> future = promise->future();
    const auto finish = [promise](const QString &path) {
        promise->addResult(path);
        promise->finish();
    };
    m_local->attachmentPath(attachmentId).then(this, [this, attachmentId, finish](const QString &cached) {
        if (!cached.isEmpty()) {
            finish(cached);
            return;
        }
        m_worker
            ->run([attachmentId](Database &db) {
                QString error;
                return db.isOpen() ? ConversationRepository(db).attachment(attachmentId, &error) : Attachment();
            })
            .then(this, [this, attachmentId, finish](const Attachment &attachment) {
                if (!attachment.id || attachment.sha256.isEmpty()) {
                    finish(QString());
                    return;
                }
                ApiRequest call;
                call.path = QStringLiteral("/v1/attachments/%1").arg(attachmentId);
                call.expectJson = false;
                ApiReply *reply = m_api->send(call);
                const QString root = m_local->attachmentRoot();
                connect(reply, &ApiReply::finished, this, [this, attachment, root, finish](const ApiResult &result) {
                    Q_EMIT reachabilityChanged(result.reachedServer());
                    if (!result.ok()) {
                        qWarning("RemoteInboxService: attachment %lld could not be read: %s %d %s",
                                 static_cast<long long>(attachment.id), qUtf8Printable(ApiResult::outcomeName(result.outcome)),
                                 result.status, qUtf8Printable(result.problem.detail));
                        finish(QString());
                        return;
                    }
                    // The file is written off the GUI thread.
                    QtConcurrent::run([bytes = result.body, expected = attachment.sha256, root] {
                        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != expected) {
                            qWarning("RemoteInboxService: the server's attachment bytes do not match their SHA-256");
                            return QString();
                        }
                        AttachmentStore store(root);
                        const AttachmentStore::Stored stored = store.storeBytes(bytes);
                        return stored.ok ? store.pathFor(stored.sha256) : QString();
                    }).then(this, finish);
                });
            });
    });
    return future;
}

QFuture<ImportResult> RemoteInboxService::importEmails(const QStringList &files)
{
    // Mail reaches the server's mailbox import in remote mode, not this computer's.
    ImportResult refused;
    for (const QString &file : files)
        refused.refused << tr("%1: in remote mode e-mail is imported on the server, not in the console.").arg(file);
    return QtFuture::makeReadyFuture(refused);
}

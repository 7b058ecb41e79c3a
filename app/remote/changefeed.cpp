#include "changefeed.h"

#include "apiclient.h"
#include "apireply.h"
#include "remotecache.h"

#include "domain/jsoncodec.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"
#include "storage/syncstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

ChangeFeed::ChangeFeed(DatabaseWorker *worker, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_api(api)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(DefaultPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ChangeFeed::fetch);
}

void ChangeFeed::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

bool ChangeFeed::isRunning() const
{
    return m_running;
}

void ChangeFeed::start()
{
    m_running = true;
    m_poll->start();
    fetch();
}

void ChangeFeed::stop()
{
    m_running = false;
    m_poll->stop();
}

void ChangeFeed::fetch()
{
    if (!m_running)
        return;
    if (m_busy) {
        m_again = true;   // a notification during a read: read once more after it
        return;
    }
    m_busy = true;
    m_again = false;
    if (m_cursorLoaded) {
        readPage();
        return;
    }
    m_worker->run([](Database &db) {
        QString error;
        return SyncState(db).value(SyncState::ChangesCursor, &error);
    }).then(this, [this](const QString &cursor) {
        m_cursor = cursor;
        m_cursorLoaded = true;
        readPage();
    });
}

void ChangeFeed::readPage()
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/changes");
    if (!m_cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("since"), m_cursor);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, this, [this](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (!result.ok()) {
            Q_EMIT failed(QStringLiteral("GET /v1/changes: %1 %2 %3")
                              .arg(ApiResult::outcomeName(result.outcome))
                              .arg(result.status)
                              .arg(result.problem.detail.isEmpty() ? result.errorText : result.problem.detail));
            finishRead(false);
            return;
        }
        const QJsonObject page = result.json.object();
        const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
        const QString cursor = page.value(QStringLiteral("cursor")).toString();
        const bool hasMore = page.value(QStringLiteral("hasMore")).toBool();
        m_worker->run([changes, cursor](Database &db) {
            Applied applied;
            SqlTransaction transaction(db.connection());
            if (!transaction.isActive()) {
                applied.error = transaction.lastError();
                return applied;
            }
            RemoteCache cache(db);
            for (const QJsonValue &value : changes) {
                QString error;
                const std::optional<JsonCodec::Change> change = JsonCodec::changeFromJson(value, &error);
                if (!change) {
                    applied.error = QStringLiteral("a change the client cannot read: ") + error;
                    return applied;
                }
                if (change->op != QLatin1String("upsert"))
                    continue;
                if (change->entity == QLatin1String("conversation")) {
                    const std::optional<ConversationSummary> conversation =
                        JsonCodec::conversationFromJson(change->data, &error);
                    if (!conversation) {
                        applied.error = QStringLiteral("a conversation change the client cannot read: ") + error;
                        return applied;
                    }
                    bool stored = false;
                    if (!cache.storeConversation(*conversation, false, &stored, &applied.error))
                        return applied;
                    if (stored && !applied.conversations.contains(conversation->id))
                        applied.conversations.append(conversation->id);
                    continue;
                }
                if (change->entity == QLatin1String("message")) {
                    const std::optional<Message> message = JsonCodec::messageFromJson(change->data, &error);
                    if (!message) {
                        applied.error = QStringLiteral("a message change the client cannot read: ") + error;
                        return applied;
                    }
                    bool stored = false;
                    if (!cache.storeMessage(*message, &stored, &applied.error))
                        return applied;
                    if (stored && !applied.conversations.contains(message->conversationId))
                        applied.conversations.append(message->conversationId);
                    continue;
                }
                if (change->entity != QLatin1String("card"))
                    continue;   // customers refresh when opened
                bool unsent = false;
                if (!cache.hasUnsentCommand(QStringLiteral("card:") + QString::number(change->entityId), &unsent,
                                            &applied.error))
                    return applied;
                if (unsent)
                    continue;   // the agent's own command is still on its way: keep its optimistic state
                const std::optional<JsonCodec::CardView> card = JsonCodec::cardViewFromJson(change->data, &error);
                if (!card) {
                    applied.error = QStringLiteral("a card change the client cannot read: ") + error;
                    return applied;
                }
                bool stored = false;
                if (!cache.storeCard(*card, &stored, &applied.error))
                    return applied;
                if (stored)
                    applied.cards.insert(card->card.id, card->customerId);
            }
            if (!SyncState(db).setValue(SyncState::ChangesCursor, cursor, &applied.error))
                return applied;
            if (!transaction.commit()) {
                applied.error = transaction.lastError();
                return applied;
            }
            applied.ok = true;
            applied.cursor = cursor;
            return applied;
        }).then(this, [this, hasMore](const Applied &applied) {
            if (!applied.ok) {
                Q_EMIT failed(QStringLiteral("applying the change feed: ") + applied.error);
                finishRead(false);
                return;
            }
            m_cursor = applied.cursor;
            if (!applied.cards.isEmpty())
                Q_EMIT cardsChanged(applied.cards);
            if (!applied.conversations.isEmpty())
                Q_EMIT conversationsChanged(applied.conversations);
            if (!hasMore)
                Q_EMIT caughtUp(m_cursor);
            finishRead(hasMore);
        });
    });
}

void ChangeFeed::finishRead(bool again)
{
    m_busy = false;
    if (again || m_again)
        fetch();
}

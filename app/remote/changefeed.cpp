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
#include <QSet>
#include <QSqlQuery>
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
    m_readHasMore = true;
    if (m_cursorLoaded) {
        m_readCursor = m_cursor;
        readPage();
        return;
    }
    const int generation = m_generation;
    m_worker->run([](Database &db) {
        QString error;
        return SyncState(db).value(SyncState::ChangesCursor, &error);
    }).then(this, [this, generation](const QString &cursor) {
        if (generation != m_generation)
            return;
        m_cursor = cursor;
        m_readCursor = cursor;
        m_cursorLoaded = true;
        readPage();
    });
}

void ChangeFeed::readPage()
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/changes");
    if (!m_readCursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("since"), m_readCursor);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    const int generation = m_generation;
    const QString since = m_readCursor;
    m_reading = true;
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, this, [this, generation, since](const ApiResult &result) {
        if (generation != m_generation)
            return;   // the read cycle it belonged to has ended
        m_reading = false;
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (!result.ok()) {
            Q_EMIT failed(QStringLiteral("GET /v1/changes: %1 %2 %3")
                              .arg(ApiResult::outcomeName(result.outcome))
                              .arg(result.status)
                              .arg(result.problem.detail.isEmpty() ? result.errorText : result.problem.detail));
            // Pages read before may be applying, or waiting (they are dropped):
            // the next read starts from the cache's cursor.
            finishRead(false, m_applying || !m_waiting.isEmpty());
            return;
        }
        const QJsonObject page = result.json.object();
        const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
        const QString cursor = page.value(QStringLiteral("cursor")).toString();
        m_readHasMore = page.value(QStringLiteral("hasMore")).toBool();
        m_readCursor = cursor;
        if (m_waiting.isEmpty())
            m_waitingSince = since;
        m_waiting.append(changes);
        m_waitingCursor = cursor;
        m_waitingLast = !m_readHasMore;
        if (!m_applying)
            applyWaiting();
        // The next page is read while the worker applies.
        readAhead();
    });
}

void ChangeFeed::readAhead()
{
    if (!m_reading && m_readHasMore && m_running && m_waiting.size() < MaxPagesAhead)
        readPage();
}

void ChangeFeed::applyWaiting()
{
    const QList<QJsonArray> pages = m_waiting;
    const QString since = m_waitingSince;
    const QString cursor = m_waitingCursor;
    const bool last = m_waitingLast;
    m_applyingPages = int(pages.size());
    m_waiting.clear();
    m_applying = true;
    const int generation = m_generation;
    m_worker->run([pages, since, cursor](Database &db) {
        return applyPages(db, pages, since, cursor);
    }).then(this, [this, generation, last](const Applied &applied) {
        batchApplied(generation, last, applied);
    });
}

void ChangeFeed::batchApplied(int generation, bool last, const Applied &applied)
{
    // Pages that were applied are in the cache whatever became of their
    // read cycle: their cursor and their signals stand.
    if (applied.ok) {
        m_cursor = applied.cursor;
        if (!applied.cards.isEmpty())
            Q_EMIT cardsChanged(applied.cards);
        if (!applied.conversations.isEmpty())
            Q_EMIT conversationsChanged(applied.conversations);
        if (applied.agents)
            Q_EMIT agentsChanged();
        if (applied.deskFacts)
            Q_EMIT deskFactsChanged();
        for (const RemoteCache::Adoption &adoption : std::as_const(applied.adoptions))
            Q_EMIT adopted(adoption);
    }
    if (generation != m_generation)
        return;
    m_applying = false;
    m_applyingPages = 0;
    if (!applied.ok) {
        Q_EMIT failed(QStringLiteral("applying the change feed: ") + applied.error);
        finishRead(false, true);
        return;
    }
    if (last) {
        Q_EMIT caughtUp(m_cursor);
        finishRead(false, false);
        return;
    }
    if (!m_waiting.isEmpty()) {
        applyWaiting();   // everything read meanwhile, in one transaction
    } else if (!m_reading && !m_running) {
        finishRead(false, false);   // stopped: the rest waits for the next start
        return;
    }
    readAhead();
}

bool ChangeFeed::isDeskFact(const QString &entity)
{
    return entity == QLatin1String("csat_request") || entity == QLatin1String("csat_answer")
           || entity == QLatin1String("card_outcome");
}

bool ChangeFeed::storeDeskFact(RemoteCache &cache, const QString &entity, const QJsonObject &data, bool *stored,
                               QString *error)
{
    *stored = false;
    QString problem;
    if (entity == QLatin1String("csat_request")) {
        const std::optional<JsonCodec::CsatRequestRecord> request = JsonCodec::csatRequestFromJson(data, &problem);
        if (!request) {
            *error = QStringLiteral("a survey the client cannot read: ") + problem;
            return false;
        }
        return cache.storeCsatRequest(*request, stored, error);
    }
    if (entity == QLatin1String("csat_answer")) {
        const std::optional<JsonCodec::CsatAnswerRecord> answer = JsonCodec::csatAnswerFromJson(data, &problem);
        if (!answer) {
            *error = QStringLiteral("a survey answer the client cannot read: ") + problem;
            return false;
        }
        return cache.storeCsatAnswer(*answer, stored, error);
    }
    const std::optional<JsonCodec::CardOutcomeRecord> outcome = JsonCodec::cardOutcomeFromJson(data, &problem);
    if (!outcome) {
        *error = QStringLiteral("a card outcome the client cannot read: ") + problem;
        return false;
    }
    *stored = true;
    return cache.storeCardOutcome(*outcome, error);
}

ChangeFeed::Applied ChangeFeed::applyPage(Database &db, const QJsonArray &changes, const QString &since,
                                          const QString &cursor)
{
    return applyPages(db, {changes}, since, cursor);
}

ChangeFeed::Applied ChangeFeed::applyPages(Database &db, const QList<QJsonArray> &pages, const QString &since,
                                           const QString &cursor)
{
    Applied applied;
    // The envelopes first: a page the client cannot read is refused whole.
    QList<JsonCodec::Change> upserts;
    qsizetype count = 0;
    for (const QJsonArray &changes : pages)
        count += changes.size();
    upserts.reserve(count);
    QHash<qint64, qsizetype> newestConversation;   // id -> index of its last upsert in these pages
    QHash<qint64, qsizetype> newestCard;
    for (const QJsonArray &changes : pages) {
        for (const QJsonValue &value : changes) {
            QString error;
            std::optional<JsonCodec::Change> change = JsonCodec::changeFromJson(value, &error);
            if (!change) {
                applied.error = QStringLiteral("a change the client cannot read: ") + error;
                return applied;
            }
            if (change->op != QLatin1String("upsert"))
                continue;
            if (change->entity == QLatin1String("conversation"))
                newestConversation.insert(change->entityId, upserts.size());
            else if (change->entity == QLatin1String("card"))
                newestCard.insert(change->entityId, upserts.size());
            else if (change->entity != QLatin1String("message") && change->entity != QLatin1String("alert")
                     && change->entity != QLatin1String("agent") && !isDeskFact(change->entity))
                continue;   // customers refresh when opened
            upserts.append(std::move(*change));
        }
    }

    // The page is the server's, read again after a crash that takes it: no
    // wait for the disk at its commit (see applyPage()). Restored
    // after the transaction, whatever becomes of it.
    struct Durability
    {
        QSqlDatabase db;
        QString synchronous;
        QString checkpointPages;
        QString pragma(const QString &text)
        {
            QSqlQuery q(db);
            return q.exec(text) && q.next() ? q.value(0).toString() : QString();
        }
        explicit Durability(QSqlDatabase connection)
            : db(connection)
        {
            synchronous = pragma(QStringLiteral("PRAGMA synchronous"));
            checkpointPages = pragma(QStringLiteral("PRAGMA wal_autocheckpoint"));
            pragma(QStringLiteral("PRAGMA synchronous = NORMAL"));
            // A WAL checkpoint (and its fsync) when the WAL passes this many
            // pages, not after every page of a catch-up; the worker
            // checkpoints when idle anyway.
            pragma(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(CatchUpCheckpointPages));
        }
        ~Durability()
        {
            if (!synchronous.isEmpty())
                pragma(QStringLiteral("PRAGMA synchronous = %1").arg(synchronous));
            if (!checkpointPages.isEmpty())
                pragma(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(checkpointPages));
        }
    } durability(db.connection());

    SqlTransaction transaction(db.connection());
    if (!transaction.isActive()) {
        applied.error = transaction.lastError();
        return applied;
    }
    SyncState state(db);
    const QString stands = state.value(SyncState::ChangesCursor, &applied.error);
    if (!applied.error.isEmpty())
        return applied;
    if (stands != since) {
        applied.error = QStringLiteral("the page was read from cursor %1, but the cache stands at %2")
                            .arg(since.isEmpty() ? QStringLiteral("(none)") : since,
                                 stands.isEmpty() ? QStringLiteral("(none)") : stands);
        return applied;
    }
    RemoteCache cache(db);
    if (!cache.beginBatch(&applied.error))
        return applied;
    QSet<qint64> conversationsSeen;
    QSet<qint64> conversationsWritten;
    QSet<qint64> cardsWritten;
    auto touched = [&](qint64 conversationId) {
        if (!conversationsSeen.contains(conversationId)) {
            conversationsSeen.insert(conversationId);
            applied.conversations.append(conversationId);
        }
    };
    // Conversations before messages: a message is kept only for a
    // conversation the cache holds, and a page may carry a new conversation
    // after its first message (servers before 2026-11 wrote them in that order).
    // Cards before both: a card's upsert opens a statement savepoint, and at
    // every savepoint FTS5 (SQLite 3.40) writes out the terms it holds for
    // this transaction, so cards after the first indexed text would cut the
    // search index's batch into hundreds of small segments to merge.
    enum Pass { CardPass, ConversationPass, MessagePass };
    const auto passOf = [](const QString &entity) {
        if (entity == QLatin1String("card"))
            return CardPass;
        return entity == QLatin1String("conversation") ? ConversationPass : MessagePass;
    };
    for (const Pass pass : {CardPass, ConversationPass, MessagePass}) {
        for (const JsonCodec::Change &change : std::as_const(upserts)) {
            QString error;
            if (passOf(change.entity) != pass)
                continue;
            if (change.entity == QLatin1String("agent")) {
                // Presence, queues or name: the cache's agents follow (the supervisor's figures read them).
                const std::optional<JsonCodec::AgentProfile> agent =
                    JsonCodec::agentProfileFromJson(change.data, &error);
                if (!agent) {
                    applied.error = QStringLiteral("an agent change the client cannot read: ") + error;
                    return applied;
                }
                if (!cache.storeAgent(*agent, &applied.error))
                    return applied;
                applied.agents = true;
                continue;
            }
            if (isDeskFact(change.entity)) {
                // A survey, an answer or a card outcome, for the supervisors' figures.
                bool stored = false;
                if (!storeDeskFact(cache, change.entity, change.data, &stored, &applied.error))
                    return applied;
                applied.deskFacts = applied.deskFacts || stored;
                continue;
            }
            if (change.entity == QLatin1String("alert")) {
                // Another agent's decision: the cached copy follows (an alert not cached is read when opened).
                const std::optional<Alert> alert = RemoteCache::alertFromJson(change.data);
                if (!alert) {
                    applied.error = QStringLiteral("an alert change the client cannot read");
                    return applied;
                }
                bool stored = false;
                if (!cache.storeAlert(*alert, {}, &stored, &applied.error))
                    return applied;
                if (stored)
                    touched(alert->conversationId);
                continue;
            }
            if (change.entity == QLatin1String("message")) {
                const std::optional<Message> message = JsonCodec::messageFromJson(change.data, &error);
                if (!message) {
                    applied.error = QStringLiteral("a message change the client cannot read: ") + error;
                    return applied;
                }
                bool stored = false;
                if (!cache.storeMessage(*message, &stored, &applied.error))
                    return applied;
                if (stored)
                    touched(message->conversationId);
                continue;
            }
            if (change.entity == QLatin1String("conversation")) {
                // Written once, at its first change in the page, as the page's last change has it.
                if (conversationsWritten.contains(change.entityId))
                    continue;
                conversationsWritten.insert(change.entityId);
                const JsonCodec::Change &newest = upserts.at(newestConversation.value(change.entityId));
                const std::optional<ConversationSummary> conversation =
                    JsonCodec::conversationFromJson(newest.data, &error);
                if (!conversation) {
                    applied.error = QStringLiteral("a conversation change the client cannot read: ") + error;
                    return applied;
                }
                bool stored = false;
                if (!cache.storeConversation(*conversation, false, &stored, &applied.error))
                    return applied;
                if (stored)
                    touched(conversation->id);
                continue;
            }
            // A card: the page's last change of it.
            if (cardsWritten.contains(change.entityId))
                continue;
            cardsWritten.insert(change.entityId);
            bool unsent = false;
            if (!cache.hasUnsentCommand(QStringLiteral("card:") + QString::number(change.entityId), &unsent,
                                        &applied.error))
                return applied;
            if (unsent)
                continue;   // the agent's own command is still on its way: keep its optimistic state
            const JsonCodec::Change &newest = upserts.at(newestCard.value(change.entityId));
            const std::optional<JsonCodec::CardView> card = JsonCodec::cardViewFromJson(newest.data, &error);
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
    }
    applied.adoptions = cache.adoptions();
    if (!state.setValue(SyncState::ChangesCursor, cursor, &applied.error))
        return applied;
    if (!transaction.commit()) {
        applied.error = transaction.lastError();
        return applied;
    }
    applied.ok = true;
    applied.cursor = cursor;
    return applied;
}

void ChangeFeed::finishRead(bool again, bool reloadCursor)
{
    ++m_generation;
    m_busy = false;
    m_reading = false;
    m_applying = false;
    m_applyingPages = 0;
    m_waiting.clear();
    m_readHasMore = false;
    if (reloadCursor)
        m_cursorLoaded = false;   // read it from the cache, after the pages still applying
    if (again || m_again)
        fetch();
}

#include "supervisionhistory.h"

#include "apiclient.h"
#include "apireply.h"
#include "apirequest.h"
#include "apiresult.h"
#include "changefeed.h"
#include "remotecache.h"

#include "domain/jsoncodec.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"
#include "storage/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const QString SupervisionHistory::StateKey = QStringLiteral("supervision.history");

namespace {

/// In reading order: the conversations first, so that their surveys and answers find them.
const char *const Entities[] = {"conversation", "csat_request", "csat_answer", "card_outcome"};
constexpr int EntityCount = int(std::size(Entities));

/// Emit progressed() after this many pages (and at the end).
constexpr int PagesPerProgress = 20;

struct PageStored
{
    QString error;
    int stored = 0;
};

} // namespace

SupervisionHistory::SupervisionHistory(DatabaseWorker *worker, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_api(api)
{
}

QString SupervisionHistory::encode(const Position &position)
{
    const QJsonObject json{{QStringLiteral("from"), JsonCodec::timestamp(position.from)},
                           {QStringLiteral("to"), JsonCodec::timestamp(position.to)},
                           {QStringLiteral("entity"), QString::fromLatin1(Entities[qBound(0, position.entity,
                                                                                          EntityCount - 1)])},
                           {QStringLiteral("after"), position.after},
                           {QStringLiteral("done"), position.done}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

SupervisionHistory::Position SupervisionHistory::decode(const QString &text)
{
    Position position;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    position.from = JsonCodec::parseTimestamp(json.value(QStringLiteral("from")).toString()).value_or(QDateTime());
    position.to = JsonCodec::parseTimestamp(json.value(QStringLiteral("to")).toString()).value_or(QDateTime());
    const QString entity = json.value(QStringLiteral("entity")).toString();
    position.entity = 0;
    for (int i = 0; i < EntityCount; ++i) {
        if (entity == QLatin1String(Entities[i]))
            position.entity = i;
    }
    position.after = json.value(QStringLiteral("after")).toString();
    position.done = json.value(QStringLiteral("done")).toBool();
    return position;
}

void SupervisionHistory::sync(const QDateTime &now)
{
    if (m_running)
        return;
    m_running = true;
    m_stored = 0;
    m_pagesSinceProgress = 0;
    m_worker->run([](Database &db) {
        QString error;
        return SyncState(db).value(StateKey, &error);
    }).then(this, [this, now](const QString &saved) {
        Position position = saved.isEmpty() ? Position() : decode(saved);
        const QDateTime wanted = now.addDays(-WindowDays);
        if (position.from.isValid() && position.to.isValid() && position.from <= wanted.addDays(1)) {
            // The window is (being) read. Once read, the feed has kept it
            // current since: a later read would only repeat it.
            if (position.done) {
                m_running = false;
                Q_EMIT finished(true, 0);
                return;
            }
            Q_EMIT reading();
            readPage(position);
            return;
        }
        Position fresh;
        fresh.from = wanted;
        fresh.to = now;
        Q_EMIT reading();
        readPage(fresh);
    });
}

void SupervisionHistory::readPage(const Position &position)
{
    ApiRequest call;
    call.path = QStringLiteral("/v1/supervision/history");
    call.query.addQueryItem(QStringLiteral("entity"), QString::fromLatin1(Entities[position.entity]));
    call.query.addQueryItem(QStringLiteral("from"), JsonCodec::timestamp(position.from));
    call.query.addQueryItem(QStringLiteral("to"), JsonCodec::timestamp(position.to));
    call.query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!position.after.isEmpty())
        call.query.addQueryItem(QStringLiteral("after"), position.after);
    ApiReply *reply = m_api->send(call);
    connect(reply, &ApiReply::finished, this, [this, position](const ApiResult &result) {
        if (!result.ok()) {
            // Offline, or refused (403: not a supervisor on the server). What
            // was stored stays, with where the read stands; the next start goes on.
            qWarning("SupervisionHistory: the desk's history could not be read: %s %d",
                     qUtf8Printable(ApiResult::outcomeName(result.outcome)), result.status);
            end(false);
            return;
        }
        const QJsonObject page = result.json.object();
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        const QJsonValue nextValue = page.value(QStringLiteral("next"));
        Position next = position;
        if (nextValue.isString() && !nextValue.toString().isEmpty()) {
            next.after = nextValue.toString();
        } else if (position.entity + 1 < EntityCount) {
            next.entity = position.entity + 1;
            next.after.clear();
        } else {
            next.done = true;
        }
        const QString entity = QString::fromLatin1(Entities[position.entity]);
        const QString state = encode(next);
        m_worker->run([items, entity, state](Database &db) {
            PageStored outcome;
            SqlTransaction transaction(db.connection());
            if (!transaction.isActive()) {
                outcome.error = transaction.lastError();
                return outcome;
            }
            RemoteCache cache(db);
            if (!cache.beginBatch(&outcome.error))
                return outcome;
            for (const QJsonValue &item : items) {
                bool stored = false;
                if (entity == QLatin1String("conversation")) {
                    QString problem;
                    const std::optional<ConversationSummary> conversation =
                        JsonCodec::conversationFromJson(item, &problem);
                    if (!conversation) {
                        outcome.error = QStringLiteral("a conversation the client cannot read: ") + problem;
                        return outcome;
                    }
                    if (!cache.storeConversation(*conversation, false, &stored, &outcome.error))
                        return outcome;
                } else if (!ChangeFeed::storeDeskFact(cache, entity, item.toObject(), &stored, &outcome.error)) {
                    return outcome;
                }
                outcome.stored += stored ? 1 : 0;
            }
            if (!SyncState(db).setValue(StateKey, state, &outcome.error))
                return outcome;
            if (!transaction.commit())
                outcome.error = transaction.lastError();
            return outcome;
        }).then(this, [this, next](const PageStored &outcome) {
            if (!outcome.error.isEmpty()) {
                qWarning("SupervisionHistory: the cache could not take the history: %s",
                         qUtf8Printable(outcome.error));
                end(false);
                return;
            }
            m_stored += outcome.stored;
            if (++m_pagesSinceProgress >= PagesPerProgress) {
                m_pagesSinceProgress = 0;
                Q_EMIT progressed(m_stored);
            }
            if (next.done) {
                end(true);
                return;
            }
            readPage(next);
        });
    });
}

void SupervisionHistory::end(bool complete)
{
    m_running = false;
    if (m_stored > 0)
        Q_EMIT progressed(m_stored);
    Q_EMIT finished(complete, m_stored);
}

#include "syncbench.h"

#include "remote/apiclient.h"
#include "remote/apireply.h"
#include "remote/apirequest.h"
#include "remote/apiresult.h"
#include "remote/changefeed.h"
#include "remote/remotecache.h"

#include "domain/jsoncodec.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"
#include "storage/syncstate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

void progress(const QString &text)
{
    std::fprintf(stderr, "    sync: %s\n", qPrintable(text));
    std::fflush(stderr);
}

double rate(qint64 count, double seconds)
{
    return seconds > 0 ? double(count) / seconds : 0;
}

double round2(double value)
{
    return std::round(value * 100) / 100;
}

int connectionSerial = 0;

std::unique_ptr<DatabaseWorker> newWorker(const QString &what)
{
    return std::make_unique<DatabaseWorker>(QStringLiteral("sync-bench-%1-%2").arg(what).arg(++connectionSerial));
}

/// The cache files of @p path (database, WAL, shared memory), for copying and removing.
QStringList cacheFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

bool copyCache(const QString &from, const QString &to, QString *error)
{
    for (const QString &file : cacheFiles(to))
        QFile::remove(file);
    const QStringList sources = cacheFiles(from);
    const QStringList targets = cacheFiles(to);
    for (int i = 0; i < sources.size(); ++i) {
        if (QFileInfo::exists(sources.at(i)) && !QFile::copy(sources.at(i), targets.at(i))) {
            *error = QStringLiteral("could not copy %1 to %2").arg(sources.at(i), targets.at(i));
            return false;
        }
    }
    return true;
}

/// The naive baseline's applier: one change in a transaction of its own.
bool applyOne(Database &db, const QJsonValue &value, QString *error)
{
    SqlTransaction transaction(db.connection());
    if (!transaction.isActive()) {
        *error = transaction.lastError();
        return false;
    }
    const std::optional<JsonCodec::Change> change = JsonCodec::changeFromJson(value, error);
    if (!change)
        return false;
    RemoteCache cache(db);
    bool stored = false;
    if (change->op == QLatin1String("upsert") && change->entity == QLatin1String("conversation")) {
        const std::optional<ConversationSummary> conversation = JsonCodec::conversationFromJson(change->data, error);
        if (!conversation || !cache.storeConversation(*conversation, false, &stored, error))
            return false;
    } else if (change->op == QLatin1String("upsert") && change->entity == QLatin1String("message")) {
        const std::optional<Message> message = JsonCodec::messageFromJson(change->data, error);
        if (!message || !cache.storeMessage(*message, &stored, error))
            return false;
    } else if (change->op == QLatin1String("upsert") && change->entity == QLatin1String("card")) {
        bool unsent = false;
        if (!cache.hasUnsentCommand(QStringLiteral("card:") + QString::number(change->entityId), &unsent, error))
            return false;
        if (!unsent) {
            const std::optional<JsonCodec::CardView> card = JsonCodec::cardViewFromJson(change->data, error);
            if (!card || !cache.storeCard(*card, &stored, error))
                return false;
        }
    }
    if (!SyncState(db).setValue(SyncState::ChangesCursor, QString::number(change->seq), error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.lastError();
        return false;
    }
    return true;
}

} // namespace

SyncBench::SyncBench(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_api(new ApiClient(options.server, this))
{
    if (m_options.pageSize <= 0)
        m_options.pageSize = ChangeFeed::PageSize;
    m_api->setBearerToken(options.token);
    m_api->setTimeouts(60000);
}

SyncBench::~SyncBench() = default;

ApiResult SyncBench::call(const ApiRequest &request)
{
    ApiResult out;
    bool done = false;
    QEventLoop loop;
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, &loop, [&](const ApiResult &result) {
        out = result;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return out;
}

bool SyncBench::readFeed(Expected *expected, QString *error)
{
    QString cursor = m_options.since;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        ApiRequest request;
        request.path = QStringLiteral("/v1/changes");
        if (!cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("since"), cursor);
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
        const ApiResult result = call(request);
        if (!result.ok()) {
            *error = QStringLiteral("GET /v1/changes: HTTP %1 %2").arg(result.status).arg(
                result.problem.detail.isEmpty() ? result.errorText : result.problem.detail);
            return false;
        }
        const QJsonObject page = result.json.object();
        const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
        const QString since = cursor;
        for (const QJsonValue &value : changes) {
            QString problem;
            const std::optional<JsonCodec::Change> change = JsonCodec::changeFromJson(value, &problem);
            if (!change) {
                *error = QStringLiteral("a change the client cannot read: ") + problem;
                return false;
            }
            ++expected->changes;
            ++expected->byEntity[change->entity];
            if (change->op != QLatin1String("upsert"))
                continue;
            if (change->entity == QLatin1String("conversation")) {
                expected->conversations.insert(change->entityId);
            } else if (change->entity == QLatin1String("message")) {
                expected->messages.insert(change->entityId);
            } else if (change->entity == QLatin1String("card")) {
                expected->cardVersions.insert(change->entityId,
                                              change->data.value(QStringLiteral("version")).toInt());
                const qint64 customer = change->data.value(QStringLiteral("customerId")).toInteger();
                if (customer > 0)
                    expected->cardCustomers.insert(customer);
            }
        }
        cursor = page.value(QStringLiteral("cursor")).toString();
        expected->pages.append({changes, since, cursor});
        if (!page.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    expected->seconds = timer.nsecsElapsed() / 1e9;
    return true;
}

bool SyncBench::openCache(DatabaseWorker *worker, const QString &path, QString *error)
{
    const QString server = m_options.server.toString(QUrl::RemoveUserInfo);
    const QString since = m_options.since;
    QFuture<QString> opened = worker->run([path, server, since](Database &db) {
        const OpenResult result = db.open(path);
        if (!result.ok())
            return QStringLiteral("cannot open the cache %1: %2").arg(path, result.message);
        QString problem;
        SyncState state(db);
        if (state.value(SyncState::ServerUrl, &problem).isEmpty()) {
            if (!state.setValue(SyncState::ServerUrl, server, &problem)
                || (!since.isEmpty() && !state.setValue(SyncState::ChangesCursor, since, &problem)))
                return QStringLiteral("cannot prepare the cache: ") + problem;
        }
        return QString();
    });
    opened.waitForFinished();
    *error = opened.result();
    return error->isEmpty();
}

bool SyncBench::prime(const QString &path, const QSet<qint64> &customers, QJsonObject *report, QString *error)
{
    std::unique_ptr<DatabaseWorker> worker = newWorker(QStringLiteral("prime"));
    if (!openCache(worker.get(), path, error))
        return false;
    QList<qint64> queue(customers.begin(), customers.end());
    std::sort(queue.begin(), queue.end());
    const int total = int(queue.size());
    constexpr int InFlight = 6;   // QNetworkAccessManager's connections per host
    constexpr int Batch = 250;
    QList<JsonCodec::CustomerView> batch;
    QList<QFuture<QString>> stores;
    int next = 0;
    int running = 0;
    int done = 0;
    QString failure;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();

    auto flush = [&]() {
        if (batch.isEmpty())
            return;
        stores.append(worker->run([views = batch](Database &db) {
            SqlTransaction transaction(db.connection());
            if (!transaction.isActive())
                return transaction.lastError();
            RemoteCache cache(db);
            QString problem;
            for (const JsonCodec::CustomerView &view : views) {
                if (!cache.storeCustomerView(view, &problem))
                    return problem;
            }
            return transaction.commit() ? QString() : transaction.lastError();
        }));
        batch.clear();
    };
    std::function<void()> launch = [&]() {
        while (failure.isEmpty() && running < InFlight && next < total) {
            ApiRequest request;
            request.path = QStringLiteral("/v1/customers/%1").arg(queue.at(next++));
            ++running;
            ApiReply *reply = m_api->send(request);
            connect(reply, &ApiReply::finished, &loop, [&](const ApiResult &result) {
                --running;
                ++done;
                if (!result.ok()) {
                    failure = QStringLiteral("GET /v1/customers/{id}: HTTP %1 %2")
                                  .arg(result.status)
                                  .arg(result.problem.detail.isEmpty() ? result.errorText : result.problem.detail);
                } else {
                    QString problem;
                    const std::optional<JsonCodec::CustomerView> view =
                        JsonCodec::customerViewFromJson(result.json.object(), &problem);
                    if (!view)
                        failure = QStringLiteral("a customer the client cannot read: ") + problem;
                    else
                        batch.append(*view);
                }
                if (batch.size() >= Batch)
                    flush();
                if (done % 1000 == 0)
                    progress(QStringLiteral("primed %1 of %2 customers").arg(done).arg(total));
                if (!failure.isEmpty() || (done == total && running == 0)) {
                    loop.quit();
                    return;
                }
                launch();
            });
        }
    };
    if (total > 0) {
        launch();
        loop.exec();
    }
    flush();
    for (QFuture<QString> &store : stores) {
        store.waitForFinished();
        if (failure.isEmpty() && !store.result().isEmpty())
            failure = QStringLiteral("storing customers in the cache: ") + store.result();
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    report->insert(QStringLiteral("customers"), total);
    report->insert(QStringLiteral("seconds"), round2(timer.nsecsElapsed() / 1e9));
    return true;   // the worker closes the cache as it goes
}

bool SyncBench::check(DatabaseWorker *worker, const Expected &expected, QJsonObject *report, QString *error)
{
    struct Counts
    {
        QString error;
        qint64 conversations = -1;
        qint64 messages = -1;
        QHash<qint64, int> cards;
    };
    QFuture<Counts> counted = worker->run([](Database &db) {
        Counts counts;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM conversations), (SELECT count(*) FROM messages)"))
            || !q.next()) {
            counts.error = q.lastError().text();
            return counts;
        }
        counts.conversations = q.value(0).toLongLong();
        counts.messages = q.value(1).toLongLong();
        q.finish();
        if (!q.exec(QStringLiteral("SELECT id, version FROM cards"))) {
            counts.error = q.lastError().text();
            return counts;
        }
        while (q.next())
            counts.cards.insert(q.value(0).toLongLong(), q.value(1).toInt());
        return counts;
    });
    counted.waitForFinished();
    const Counts counts = counted.result();
    if (!counts.error.isEmpty()) {
        *error = QStringLiteral("reading the cache: ") + counts.error;
        return false;
    }
    int cardsRight = 0;
    int cardsWrong = 0;
    for (auto it = expected.cardVersions.begin(); it != expected.cardVersions.end(); ++it) {
        if (counts.cards.value(it.key(), -1) == it.value())
            ++cardsRight;
        else
            ++cardsWrong;
    }
    report->insert(QStringLiteral("conversations"), counts.conversations);
    report->insert(QStringLiteral("messages"), counts.messages);
    report->insert(QStringLiteral("cardsAtLastVersion"), cardsRight);
    report->insert(QStringLiteral("cardsNot"), cardsWrong);
    QStringList problems;
    if (counts.conversations != expected.conversations.size())
        problems << QStringLiteral("%1 conversations, the feed had %2").arg(counts.conversations).arg(
            expected.conversations.size());
    if (counts.messages != expected.messages.size())
        problems << QStringLiteral("%1 messages, the feed had %2").arg(counts.messages).arg(expected.messages.size());
    if (cardsWrong > 0)
        problems << QStringLiteral("%1 of %2 cards not at the feed's last version").arg(cardsWrong).arg(
            expected.cardVersions.size());
    if (!problems.isEmpty()) {
        *error = QStringLiteral("the cache does not hold what the feed said: ") + problems.join(QStringLiteral("; "));
        return false;
    }
    return true;
}

bool SyncBench::runApplier(const QString &path, const Expected &expected, QJsonObject *report, QString *error)
{
    std::unique_ptr<DatabaseWorker> worker = newWorker(QStringLiteral("applier"));
    if (!openCache(worker.get(), path, error))
        return false;
    // Every page queued at once: the worker applies them one after the other, as fast as it can.
    QList<QFuture<ChangeFeed::Applied>> applied;
    QElapsedTimer timer;
    timer.start();
    // As ChangeFeed applies them when the network keeps ahead: up to
    // MaxPagesAhead pages read meanwhile in one transaction.
    for (qsizetype i = 0; i < expected.pages.size(); i += ChangeFeed::MaxPagesAhead) {
        QList<QJsonArray> batch;
        for (qsizetype j = i; j < qMin(i + ChangeFeed::MaxPagesAhead, expected.pages.size()); ++j)
            batch.append(expected.pages.at(j).changes);
        const QString since = expected.pages.at(i).since;
        const QString cursor = expected.pages.at(qMin(i + ChangeFeed::MaxPagesAhead, expected.pages.size()) - 1).cursor;
        applied.append(worker->run([batch, since, cursor](Database &db) {
            return ChangeFeed::applyPages(db, batch, since, cursor);
        }));
    }
    for (QFuture<ChangeFeed::Applied> &one : applied) {
        one.waitForFinished();
        if (!one.result().ok) {
            *error = one.result().error;
            return false;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    report->insert(QStringLiteral("seconds"), seconds);
    return check(worker.get(), expected, report, error);
}

bool SyncBench::runChangeFeed(const QString &path, const Expected &expected, QJsonObject *report, QString *error)
{
    std::unique_ptr<DatabaseWorker> worker = newWorker(QStringLiteral("feed"));
    if (!openCache(worker.get(), path, error))
        return false;
    ChangeFeed feed(worker.get(), m_api);
    feed.setPollInterval(3600 * 1000);
    QEventLoop loop;
    QString failure;
    int cardSignals = 0;
    int conversationSignals = 0;
    connect(&feed, &ChangeFeed::caughtUp, &loop, [&loop]() { loop.quit(); });
    connect(&feed, &ChangeFeed::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    connect(&feed, &ChangeFeed::cardsChanged, &loop, [&]() { ++cardSignals; });
    connect(&feed, &ChangeFeed::conversationsChanged, &loop, [&]() { ++conversationSignals; });
    QElapsedTimer timer;
    timer.start();
    feed.start();
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    feed.stop();
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    report->insert(QStringLiteral("seconds"), seconds);
    report->insert(QStringLiteral("pageSignals"), qMax(cardSignals, conversationSignals));
    if (!check(worker.get(), expected, report, error))
        return false;
    worker.reset();
    report->insert(QStringLiteral("cacheBytes"), QFileInfo(path).size());
    return true;
}

bool SyncBench::runNaive(const QString &path, QJsonObject *report, QString *error)
{
    std::unique_ptr<DatabaseWorker> worker = newWorker(QStringLiteral("naive"));
    if (!openCache(worker.get(), path, error))
        return false;
    QString cursor = m_options.since;
    int applied = 0;
    QElapsedTimer timer;
    timer.start();
    while (applied < m_options.naiveLimit) {
        ApiRequest request;
        request.path = QStringLiteral("/v1/changes");
        if (!cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("since"), cursor);
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
        const ApiResult result = call(request);
        if (!result.ok()) {
            *error = QStringLiteral("GET /v1/changes: HTTP %1").arg(result.status);
            return false;
        }
        const QJsonObject page = result.json.object();
        const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
        const int room = m_options.naiveLimit - applied;
        // One transaction per change, each with its cursor, at the cache's
        // own durability (synchronous=FULL): the straightforward applier,
        // through the same RemoteCache and repositories as ChangeFeed.
        QFuture<std::pair<int, QString>> future = worker->run([changes, room](Database &db) {
            int count = 0;
            for (const QJsonValue &value : changes) {
                if (count >= room)
                    break;
                QString error;
                if (!applyOne(db, value, &error))
                    return std::make_pair(count, error);
                ++count;
            }
            return std::make_pair(count, QString());
        });
        future.waitForFinished();
        const auto [count, problem] = future.result();
        applied += count;
        if (!problem.isEmpty()) {
            *error = QStringLiteral("naive apply: ") + problem;
            return false;
        }
        cursor = page.value(QStringLiteral("cursor")).toString();
        if (!page.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    report->insert(QStringLiteral("changes"), applied);
    report->insert(QStringLiteral("seconds"), round2(seconds));
    report->insert(QStringLiteral("changesPerSecond"), std::round(rate(applied, seconds)));
    return true;
}

int SyncBench::run()
{
    QDir work(m_options.workDir);
    if (!work.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "carddesk-bench --sync-bench: cannot create %s\n", qPrintable(m_options.workDir));
        return 1;
    }
    const QString primed = work.filePath(QStringLiteral("primed.sqlite"));
    const QString fresh = work.filePath(QStringLiteral("cache.sqlite"));
    auto fail = [&](const QString &what, const QString &error) {
        std::fprintf(stderr, "carddesk-bench --sync-bench: %s: %s\n", qPrintable(what), qPrintable(error));
        for (const QString &path : {primed, fresh}) {
            for (const QString &file : cacheFiles(path))
                QFile::remove(file);
        }
        return 1;
    };
    for (const QString &path : {primed, fresh}) {
        for (const QString &file : cacheFiles(path))
            QFile::remove(file);
    }

    QJsonObject out;
    QString error;
    progress(QStringLiteral("reading the feed from cursor %1 (pages of %2), nothing applied")
                 .arg(m_options.since.isEmpty() ? QStringLiteral("0") : m_options.since)
                 .arg(m_options.pageSize));
    Expected expected;
    if (!readFeed(&expected, &error))
        return fail(QStringLiteral("reading the feed"), error);
    QJsonObject entities;
    for (auto it = expected.byEntity.begin(); it != expected.byEntity.end(); ++it)
        entities.insert(it.key(), it.value());
    out.insert(QStringLiteral("changes"), expected.changes);
    out.insert(QStringLiteral("pages"), expected.pages.size());
    out.insert(QStringLiteral("pageSize"), m_options.pageSize);
    out.insert(QStringLiteral("byEntity"), entities);
    out.insert(QStringLiteral("distinct"), QJsonObject{{QStringLiteral("conversations"), expected.conversations.size()},
                                                      {QStringLiteral("messages"), expected.messages.size()},
                                                      {QStringLiteral("cards"), expected.cardVersions.size()}});
    out.insert(QStringLiteral("feedOnly"),
               QJsonObject{{QStringLiteral("seconds"), round2(expected.seconds)},
                           {QStringLiteral("changesPerSecond"), std::round(rate(expected.changes, expected.seconds))}});
    progress(QStringLiteral("%1 changes in %2 pages, read in %3 s").arg(expected.changes).arg(expected.pages.size()).arg(
        expected.seconds, 0, 'f', 2));
    if (expected.changes == 0)
        return fail(QStringLiteral("reading the feed"), QStringLiteral("there are no changes after the cursor"));

    progress(QStringLiteral("priming a cache with the %1 customers whose cards change").arg(
        expected.cardCustomers.size()));
    QJsonObject primeReport;
    if (!prime(primed, expected.cardCustomers, &primeReport, &error))
        return fail(QStringLiteral("priming the cache"), error);
    out.insert(QStringLiteral("prime"), primeReport);

    // Each way of applying runs m_options.runs times on a fresh copy of the
    // primed cache; the report keeps the last run's details and the median time.
    using Runner = bool (SyncBench::*)(const QString &, const Expected &, QJsonObject *, QString *);
    auto measure = [&](const QString &name, const QString &label, Runner run) {
        QList<double> seconds;
        QJsonArray runs;
        QJsonObject last;
        for (int i = 0; i < qMax(1, m_options.runs); ++i) {
            if (!copyCache(primed, fresh, &error)) {
                error = QStringLiteral("copying the cache: ") + error;
                return false;
            }
            QJsonObject report;
            progress(QStringLiteral("%1, run %2").arg(label).arg(i + 1));
            if (!(this->*run)(fresh, expected, &report, &error))
                return false;
            const double s = report.value(QStringLiteral("seconds")).toDouble();
            progress(QStringLiteral("  %1 changes in %2 s: %3 changes/s")
                         .arg(expected.changes)
                         .arg(s, 0, 'f', 2)
                         .arg(rate(expected.changes, s), 0, 'f', 0));
            seconds << s;
            runs.append(round2(s));
            last = report;
        }
        std::sort(seconds.begin(), seconds.end());
        const double median = seconds.at(seconds.size() / 2);
        last.insert(QStringLiteral("seconds"), round2(median));
        last.insert(QStringLiteral("runs"), runs);
        last.insert(QStringLiteral("changesPerSecond"), std::round(rate(expected.changes, median)));
        out.insert(name, last);
        return true;
    };
    if (!measure(QStringLiteral("applier"),
                 QStringLiteral("the applier alone (ChangeFeed::applyPages, pages in memory)"), &SyncBench::runApplier))
        return fail(QStringLiteral("the applier alone"), error);
    if (!measure(QStringLiteral("changeFeed"), QStringLiteral("ChangeFeed"), &SyncBench::runChangeFeed))
        return fail(QStringLiteral("ChangeFeed"), error);

    if (m_options.naiveLimit > 0) {
        if (!copyCache(primed, fresh, &error))
            return fail(QStringLiteral("copying the cache"), error);
        progress(QStringLiteral("naive baseline: one transaction per change, at most %1 changes").arg(
            m_options.naiveLimit));
        QJsonObject naive;
        if (!runNaive(fresh, &naive, &error))
            return fail(QStringLiteral("naive baseline"), error);
        progress(QStringLiteral("  %1 changes in %2 s").arg(naive.value(QStringLiteral("changes")).toInt()).arg(
            naive.value(QStringLiteral("seconds")).toDouble()));
        out.insert(QStringLiteral("naive"), naive);
    }
    for (const QString &path : {primed, fresh}) {
        for (const QString &file : cacheFiles(path))
            QFile::remove(file);
    }
    std::printf("SYNC_RESULT %s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

#include "supervisionbench.h"

#include "benchsupport.h"
#include "guistallmonitor.h"
#include "systeminfo.h"

#include "domain/slapolicy.h"
#include "services/inboxservice.h"
#include "services/localbackend.h"
#include "services/localsupervisionservice.h"
#include "services/supervisionservice.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/supervisionrepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <thread>
#include <vector>

namespace {

using BenchSupport::await;
using BenchSupport::number;
using BenchSupport::runEventLoopFor;

// The supervision issue's budget, at 1M conversations, for a 90-day period.
constexpr double FigureTargetMs = 500.0;
constexpr int PeriodDays = 90;
const char *const NaiveConnection = "carddesk-bench-supervision-naive";

QString ms(double value)
{
    return BenchReport::ms(value);
}

double msOf(qint64 ns)
{
    return double(ns) / 1e6;
}

/// Nearest rank, as the repository computes it; -1 when empty.
qint64 nearestRank(std::vector<qint64> sorted, int percent)
{
    if (sorted.empty())
        return -1;
    std::sort(sorted.begin(), sorted.end());
    const size_t rank = std::max<size_t>(1, (sorted.size() * size_t(percent) + 99) / 100);
    return sorted[rank - 1];
}

QDateTime utcOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

/// A query on the naive connection, run and read to its end by @p row.
bool runNaive(QSqlDatabase &db, const QString &sql, const QVariantList &bindings,
              const std::function<void(const QSqlQuery &)> &row, qint64 *rows, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        row(q);
        ++*rows;
    }
    return true;
}

} // namespace

SupervisionBench::SupervisionBench(const QString &databasePath, const BenchOptions &options, Report progress,
                                   Report fail)
    : m_databasePath(databasePath)
    , m_options(options)
    , m_progress(std::move(progress))
    , m_fail(std::move(fail))
{
}

void SupervisionBench::setDatasetTimes(double customersSeconds, double inboxSeconds, const QString &when)
{
    m_customersSeconds = customersSeconds;
    m_inboxSeconds = inboxSeconds;
    m_generatedOn = when;
}

void SupervisionBench::run()
{
    measureDataset();
    if (!m_from.isValid())
        return;
    measureService();
    measureNaive();
}

// --- the dataset and the period -------------------------------------------------------------

void SupervisionBench::measureDataset()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QString::fromLatin1(NaiveConnection));
    db.setDatabaseName(m_databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_fail(QStringLiteral("supervision: cannot open %1: %2").arg(m_databasePath, db.lastError().text()));
        return;
    }
    QSqlQuery setup(db);
    setup.exec(QStringLiteral("PRAGMA cache_size = -16000"));   // the application's page cache
    auto scalar = [&](const QString &sql) -> qint64 {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QSqlQuery reference(db);
    QDate referenceDate;
    if (reference.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'demo_reference_date'")) && reference.next())
        referenceDate = QDate::fromString(reference.value(0).toString(), Qt::ISODate);
    reference.finish();
    if (!referenceDate.isValid())
        referenceDate = QDate::currentDate();
    // The 90 days that end on the dataset's reference date: its whole inbox.
    m_to = referenceDate;
    m_from = referenceDate.addDays(-(PeriodDays - 1));
    m_conversations = scalar(QStringLiteral("SELECT count(*) FROM conversations"));
    m_resolved = scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE resolved_at IS NOT NULL"));
    m_open = scalar(QStringLiteral("SELECT n FROM inbox_counts WHERE key = 'open'"));
    m_surveys = scalar(QStringLiteral("SELECT count(*) FROM csat_requests"));
    m_answers = scalar(QStringLiteral("SELECT count(*) FROM csat_answers"));
    m_progress(QStringLiteral("Supervision: %1 conversations (%2 open, %3 resolved), %4 surveys, %5 answers; "
                              "period %6 to %7")
                   .arg(number(m_conversations), number(m_open), number(m_resolved), number(m_surveys),
                        number(m_answers), m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate)));
    if (m_conversations <= 0)
        m_fail(QStringLiteral("supervision: the dataset has no conversations"));
}

// --- the service -------------------------------------------------------------------------------------

void SupervisionBench::measureService()
{
    QString supervisorName;
    {
        QSqlDatabase db = QSqlDatabase::database(QString::fromLatin1(NaiveConnection));
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT username FROM agents WHERE role = 'supervisor' ORDER BY id LIMIT 1")) && q.next())
            supervisorName = q.value(0).toString();
    }
    if (supervisorName.isEmpty()) {
        m_fail(QStringLiteral("supervision: the dataset has no supervisor"));
        return;
    }

    // The rollup from nothing, as after generating or migrating a dataset:
    // every hour marked stale before the supervisor signs in.
    int staleBefore = -1;
    {
        const QString name = QStringLiteral("carddesk-bench-supervision-mark");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_databasePath);
            QSqlQuery q(db);
            if (db.open()
                && q.exec(QStringLiteral("INSERT OR IGNORE INTO supervision_stale_hours (hour)"
                                         " SELECT hour FROM supervision_hours"))
                && q.exec(QStringLiteral("SELECT count(*) FROM supervision_stale_hours")) && q.next())
                staleBefore = q.value(0).toInt();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    LocalBackend backend;
    LocalBackend::Options options;
    options.databasePath = m_databasePath;
    options.seedDemoIfEmpty = false;
    options.agentUsername = supervisorName;
    QElapsedTimer signIn;
    signIn.start();
    const OpenResult opened = await(backend.open(options));
    if (!opened.ok()) {
        m_fail(QStringLiteral("supervision: opening as %1: %2").arg(supervisorName, opened.message));
        return;
    }
    SupervisionService *service = backend.supervision();
    DatabaseWorker *worker = backend.worker();

    // The rollup: the service starts computing what is stale when a supervisor signs in.
    auto staleHours = [worker] {
        return await(worker->run([](Database &db) {
            QString error;
            return SupervisionRepository(db).staleHourCount(&error);
        }));
    };
    while (staleHours() > 0)
        runEventLoopFor(100);
    m_catchUpSeconds = double(signIn.nsecsElapsed()) / 1e9;
    m_staleAtSignIn = staleBefore;
    m_progress(QStringLiteral("  rollup: %1 stale hours at sign-in, up to date %2 s after it")
                   .arg(staleBefore)
                   .arg(m_catchUpSeconds, 0, 'f', 1));

    // Computed again from nothing, in the service's own jobs, each timed.
    const int marked = await(worker->run([](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("INSERT OR IGNORE INTO supervision_stale_hours (hour) SELECT hour FROM supervision_hours"));
        return q.numRowsAffected();
    }));
    m_rebuiltHours = marked;
    qint64 rebuildNs = 0;
    qint64 longestNs = 0;
    for (;;) {
        QElapsedTimer job;
        job.start();
        const int left = await(worker->run([](Database &db) {
            QString error;
            return SupervisionRepository(db).refreshStaleHours(LocalSupervisionService::CatchUpHoursPerJob, &error);
        }));
        const qint64 ns = job.nsecsElapsed();
        rebuildNs += ns;
        longestNs = std::max(longestNs, ns);
        if (left <= 0) {
            if (left < 0)
                m_fail(QStringLiteral("supervision: the rollup could not be computed"));
            break;
        }
    }
    m_rebuildSeconds = double(rebuildNs) / 1e9;
    m_longestCatchUpJobMs = msOf(longestNs);
    {
        const auto [hours, bytes] = await(worker->run([](Database &db) {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT count(*), coalesce(sum(length(facts)), 0) FROM supervision_hours"));
            return q.next() ? std::pair<qint64, qint64>{q.value(0).toLongLong(), q.value(1).toLongLong()}
                            : std::pair<qint64, qint64>{-1, -1};
        }));
        m_rollupHours = hours;
        m_rollupBytes = bytes;
    }
    m_progress(QStringLiteral("  rollup computed again: %1 hours in %2 s (longest job %3), %4 rows, %5")
                   .arg(m_rebuiltHours)
                   .arg(m_rebuildSeconds, 0, 'f', 1)
                   .arg(ms(m_longestCatchUpJobMs))
                   .arg(number(m_rollupHours), SystemInfo::formatBytes(m_rollupBytes)));

    const AnalyticsPeriod period{m_from, m_to};
    {
        // The control: how long the GUI thread goes without a tick when it has nothing to do.
        GuiStallMonitor idle;
        idle.start();
        runEventLoopFor(m_options.quick ? 300 : 3000);
        idle.stop();
        m_idleStallMs = idle.worstGapMs();
        // And while another thread of this process keeps a core busy, as the
        // database worker does while it computes: the GUI thread shares the
        // machine's two cores with it and with everything else running.
        std::atomic<bool> spin{true};
        std::thread busy([&spin] {
            volatile quint64 n = 0;
            while (spin.load(std::memory_order_relaxed))
                n = n + 1;
        });
        GuiStallMonitor contended;
        contended.start();
        runEventLoopFor(m_options.quick ? 300 : 3000);
        contended.stop();
        spin = false;
        busy.join();
        m_busyStallMs = contended.worstGapMs();
    }
    GuiStallMonitor stalls;
    stalls.start();
    const int rounds = m_options.quick ? 1 : 7;
    for (int round = -1; round < rounds; ++round) {   // round -1 warms the caches up
        QElapsedTimer clock;

        stalls.setContext(QStringLiteral("queue board"));
        clock.start();
        const QueueBoard board = await(service->queueBoard());
        const qint64 boardNs = clock.nsecsElapsed();

        stalls.setContext(QStringLiteral("agents"));
        clock.start();
        const AgentBoard agents = await(service->agentBoard());
        const qint64 agentsNs = clock.nsecsElapsed();

        stalls.setContext(QStringLiteral("analytics, 90 days"));
        clock.start();
        const Analytics figures = await(service->analytics(period));
        const qint64 analyticsNs = clock.nsecsElapsed();

        stalls.setContext(QStringLiteral("drill-down"));
        clock.start();
        const ConversationPage breached = await(service->drillDown({QueueFigure::Breached, {}, {}, {}}, QString(), 100));
        const qint64 drillNs = clock.nsecsElapsed();

        if (board.refused || agents.refused || figures.refused || !breached.error.isEmpty()) {
            m_fail(QStringLiteral("supervision: refused: %1 %2 %3 %4")
                       .arg(board.message, agents.message, figures.message, breached.error));
            break;
        }
        if (round < 0)
            continue;
        m_board.add(boardNs, QStringLiteral("queue board"));
        m_agents.add(agentsNs, QStringLiteral("agents"));
        m_analytics.add(analyticsNs, QStringLiteral("analytics"));
        m_drillDown.add(drillNs, QStringLiteral("drill-down"));
        m_service.boardOpen = 0;
        m_service.boardBreached = 0;
        for (const QueueBoardRow &row : board.rows) {
            m_service.boardOpen += row.open();
            m_service.boardBreached += row.breached;
        }
    }
    m_progress(QStringLiteral("  service p50: board %1, agents %2, analytics %3, drill-down %4")
                   .arg(ms(m_board.percentileMs(0.5)), ms(m_agents.percentileMs(0.5)),
                        ms(m_analytics.percentileMs(0.5)), ms(m_drillDown.percentileMs(0.5))));

    // After a change: a resolved conversation of the period moves to another
    // agent (a command, as a supervisor does it); the next analytics compute
    // the hours it touched again.
    QList<std::pair<qint64, QString>> reassign;
    {
        QSqlDatabase db = QSqlDatabase::database(QString::fromLatin1(NaiveConnection));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, assignee FROM conversations INDEXED BY conversations_by_resolved"
                                 " WHERE resolved_at IS NOT NULL AND resolved_at >= ? AND assignee IS NOT NULL"
                                 " ORDER BY resolved_at LIMIT ?"));
        q.addBindValue(ConversationRepository::isoTime(m_from.addDays(30).startOfDay()));
        q.addBindValue(rounds);
        if (q.exec()) {
            while (q.next())
                reassign.append({q.value(0).toLongLong(), q.value(1).toString()});
        }
    }
    for (const auto &[id, assignee] : std::as_const(reassign)) {
        const QString other = assignee == QLatin1String("aino.lehtonen") ? QStringLiteral("jukka.salminen")
                                                                         : QStringLiteral("aino.lehtonen");
        const CommandResult moved = await(backend.inbox()->assign({id}, other, QString()));
        if (!moved.ok()) {
            m_fail(QStringLiteral("supervision: reassigning %1: %2").arg(id).arg(moved.message));
            break;
        }
        stalls.setContext(QStringLiteral("analytics after a change"));
        QElapsedTimer clock;
        clock.start();
        const Analytics figures = await(service->analytics(period));
        m_afterChange.add(clock.nsecsElapsed(), QStringLiteral("analytics after a change"));
        m_service.firstResponses = figures.firstResponseAll.count;
        m_service.firstResponseMedian = figures.firstResponseAll.medianSeconds;
        m_service.firstResponseP90 = figures.firstResponseAll.p90Seconds;
        m_service.resolutions = figures.resolutionAll.count;
        m_service.resolutionMedian = figures.resolutionAll.medianSeconds;
        m_service.resolutionP90 = figures.resolutionAll.p90Seconds;
        m_service.teamTotal = figures.slaTeam.total;
        m_service.teamMet = figures.slaTeam.met;
        m_service.csatResponses = figures.csatAll.responses;
        m_service.csatRequests = figures.csatAll.requests;
        m_service.volume = 0;
        for (const ChannelVolume &volume : figures.volumes)
            m_service.volume += volume.count;
    }
    stalls.stop();
    m_worstStallMs = stalls.worstGapMs();
    m_worstStallContext = stalls.worstGapContext();
    m_ticks = stalls.ticks();
    m_progress(QStringLiteral("  analytics after a change p50 %1; worst GUI stall %2 (%3), idle %4, "
                              "beside a spinning thread %5")
                   .arg(ms(m_afterChange.percentileMs(0.5)), ms(m_worstStallMs), m_worstStallContext,
                        ms(m_idleStallMs), ms(m_busyStallMs)));
}

// --- the naive way -------------------------------------------------------------------------------------

SupervisionBench::NaiveFigures SupervisionBench::naiveAnalytics(QString *error)
{
    // Every row of the period into C++, each time parsed, measured with the
    // SLA policy and put in its day, week, channel, agent and queue.
    NaiveFigures result;
    QSqlDatabase db = QSqlDatabase::database(QString::fromLatin1(NaiveConnection));
    const SlaPolicy policy = SlaPolicy::defaults();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime from = m_from.startOfDay(zone).toUTC();
    const QDateTime to = m_to.addDays(1).startOfDay(zone).toUTC();
    const QDate firstWeek = m_from.addDays(-(m_from.dayOfWeek() - 1) - 7);
    const QDateTime topicsFrom = firstWeek.startOfDay(zone).toUTC();
    auto inPeriod = [&](const QDateTime &t) { return t.isValid() && t >= from && t < to; };

    std::map<std::pair<QDate, QString>, int> volumes;
    std::map<QString, std::vector<qint64>> firstResponse;
    std::map<QString, std::vector<qint64>> resolution;
    std::map<QString, std::pair<int, int>> byAgent;
    std::map<QString, std::pair<int, int>> byQueue;
    std::map<std::pair<QString, QDate>, int> topics;
    std::vector<qint64> allFirst;
    std::vector<qint64> allResolved;
    const QString lo = ConversationRepository::isoTime(topicsFrom);
    const QString periodLo = ConversationRepository::isoTime(from);
    const QString hi = ConversationRepository::isoTime(to);
    const bool ok = runNaive(
        db,
        QStringLiteral("SELECT channel, priority, topics, created_at, first_responded_at, first_response_due,"
                       " resolved_at, resolution_due, assignee, queue FROM conversations"
                       " WHERE (created_at >= ? AND created_at < ?) OR (first_responded_at >= ? AND first_responded_at < ?)"
                       " OR (resolved_at >= ? AND resolved_at < ?)"),
        {lo, hi, periodLo, hi, periodLo, hi},
        [&](const QSqlQuery &q) {
            const QString channelText = q.value(0).toString();
            const Channel channel = ConversationNames::channelFromName(channelText);
            const Priority priority = ConversationNames::priorityFromName(q.value(1).toString());
            const QDateTime created = utcOf(q.value(3));
            const QDateTime responded = utcOf(q.value(4));
            const QDateTime firstDue = utcOf(q.value(5));
            const QDateTime resolved = utcOf(q.value(6));
            const QDateTime resolutionDue = utcOf(q.value(7));
            const QString assignee = q.value(8).toString();
            const QString queue = q.value(9).toString();
            const QDate createdDay = created.toTimeZone(zone).date();
            if (created >= topicsFrom && created < to) {
                const QDate week = createdDay.addDays(-(createdDay.dayOfWeek() - 1));
                for (const QString &topic : q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    ++topics[{topic, week}];
            }
            if (inPeriod(created)) {
                ++volumes[{createdDay, channelText}];
                ++result.volume;
            }
            auto measure = [&](const QDateTime &end, const QDateTime &due, std::vector<qint64> &values,
                               std::vector<qint64> &all) {
                const qint64 seconds = policy.slaSecondsBetween(created, end, channel, priority);
                const bool met = !due.isValid() || end <= due;
                values.push_back(seconds);
                all.push_back(seconds);
                ++result.teamTotal;
                result.teamMet += met ? 1 : 0;
                if (!assignee.isEmpty()) {
                    ++byAgent[assignee].first;
                    byAgent[assignee].second += met ? 1 : 0;
                }
                ++byQueue[queue].first;
                byQueue[queue].second += met ? 1 : 0;
            };
            if (inPeriod(responded))
                measure(responded, firstDue, firstResponse[channelText], allFirst);
            if (inPeriod(resolved))
                measure(resolved, resolutionDue, resolution[channelText], allResolved);
        },
        &result.rows, error);
    if (!ok)
        return result;
    for (auto &[channel, values] : firstResponse) {
        nearestRank(values, 50);
        nearestRank(values, 90);
    }
    for (auto &[channel, values] : resolution) {
        nearestRank(values, 50);
        nearestRank(values, 90);
    }
    result.firstResponses = int(allFirst.size());
    result.firstResponseMedian = nearestRank(allFirst, 50);
    result.firstResponseP90 = nearestRank(allFirst, 90);
    result.resolutions = int(allResolved.size());
    result.resolutionMedian = nearestRank(allResolved, 50);
    result.resolutionP90 = nearestRank(allResolved, 90);

    // Surveys and answers, row by row.
    std::map<QString, std::pair<int, int>> csat;
    if (!runNaive(db, QStringLiteral("SELECT channel, agent, score, answered_at FROM csat_answers"
                                     " WHERE answered_at >= ? AND answered_at < ?"),
                  {periodLo, hi},
                  [&](const QSqlQuery &q) {
                      const QDate day = utcOf(q.value(3)).toTimeZone(zone).date();
                      auto &cell = csat[q.value(0).toString() + QLatin1Char('/') + q.value(1).toString()
                                        + day.toString(Qt::ISODate)];
                      ++cell.first;
                      cell.second += q.value(2).toInt();
                      ++result.csatResponses;
                  },
                  &result.rows, error)
        || !runNaive(db, QStringLiteral("SELECT channel, agent, sent_at FROM csat_requests"
                                        " WHERE sent_at >= ? AND sent_at < ?"),
                     {periodLo, hi},
                     [&](const QSqlQuery &q) {
                         utcOf(q.value(2)).toTimeZone(zone).date();
                         ++result.csatRequests;
                     },
                     &result.rows, error))
        return result;
    // Card outcomes, by week.
    std::map<QDate, int> outcomes;
    for (const QString &sql : {QStringLiteral("SELECT at FROM card_events WHERE to_state = 'locked' AND at >= ? AND at < ?"),
                               QStringLiteral("SELECT requested_at FROM card_orders WHERE kind = 'replacement'"
                                              " AND requested_at >= ? AND requested_at < ?"),
                               QStringLiteral("SELECT opened_at FROM disputes WHERE opened_at >= ? AND opened_at < ?")}) {
        if (!runNaive(db, sql, {lo, hi},
                      [&](const QSqlQuery &q) {
                          const QDate day = utcOf(q.value(0)).toTimeZone(zone).date();
                          ++outcomes[day.addDays(-(day.dayOfWeek() - 1))];
                      },
                      &result.rows, error))
            return result;
    }
    return result;
}

int SupervisionBench::naiveBoard(int *breached, QString *error)
{
    // Every open row into C++, bucketed by queue, channel and figure, and by agent.
    QSqlDatabase db = QSqlDatabase::database(QString::fromLatin1(NaiveConnection));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime soon = now.addSecs(SupervisionRepository::DueSoonSeconds);
    struct Bucket
    {
        int waiting = 0;
        int inProgress = 0;
        int pending = 0;
        int dueSoon = 0;
        int breached = 0;
        QDateTime oldest;
    };
    std::map<std::pair<QString, QString>, Bucket> buckets;
    QHash<QString, std::pair<int, int>> agents;
    int open = 0;
    *breached = 0;
    qint64 rows = 0;
    const bool ok = runNaive(
        db,
        QStringLiteral("SELECT queue, channel, status, assignee, created_at, sla_due FROM conversations"
                       " WHERE status NOT IN ('resolved', 'closed')"),
        {},
        [&](const QSqlQuery &q) {
            Bucket &bucket = buckets[{q.value(0).toString(), q.value(1).toString()}];
            const QString status = q.value(2).toString();
            const QString assignee = q.value(3).toString();
            const QDateTime due = utcOf(q.value(5));
            if (status == QLatin1String("pending")) {
                ++bucket.pending;
            } else if (status == QLatin1String("new") || assignee.isEmpty()) {
                ++bucket.waiting;
                const QDateTime created = utcOf(q.value(4));
                if (!bucket.oldest.isValid() || created < bucket.oldest)
                    bucket.oldest = created;
            } else {
                ++bucket.inProgress;
            }
            if (due < now) {
                ++bucket.breached;
                ++*breached;
            } else if (due < soon) {
                ++bucket.dueSoon;
            }
            if (!assignee.isEmpty()) {
                ++agents[assignee].first;
                agents[assignee].second += due < now ? 1 : 0;
            }
            ++open;
        },
        &rows, error);
    return ok ? open : -1;
}

void SupervisionBench::measureNaive()
{
    const int rounds = m_options.quick ? 1 : 3;
    m_progress(QStringLiteral("Supervision, naive: every row of the period into C++, %1 round(s)").arg(rounds));
    for (int round = 0; round < rounds; ++round) {
        QString error;
        QElapsedTimer clock;
        clock.start();
        int breached = 0;
        const int open = naiveBoard(&breached, &error);
        const qint64 boardNs = clock.nsecsElapsed();
        if (open < 0) {
            m_fail(QStringLiteral("supervision, naive board: %1").arg(error));
            return;
        }
        m_naiveBoard.add(boardNs, QStringLiteral("naive board"));
        m_naiveOpen = open;
        m_naiveBreached = breached;
        m_naiveBoardOk = true;

        clock.start();
        const NaiveFigures figures = naiveAnalytics(&error);
        const qint64 analyticsNs = clock.nsecsElapsed();
        if (!error.isEmpty()) {
            m_fail(QStringLiteral("supervision, naive analytics: %1").arg(error));
            return;
        }
        m_naiveAnalytics.add(analyticsNs, QStringLiteral("naive analytics"));
        m_naive = figures;
        m_progress(QStringLiteral("  round %1: board %2, analytics %3 (%4 rows)")
                       .arg(round + 1)
                       .arg(ms(msOf(boardNs)), ms(msOf(analyticsNs)), number(figures.rows)));
    }
    QSqlDatabase::database(QString::fromLatin1(NaiveConnection)).close();
}

// --- the report ----------------------------------------------------------------------------------------

void SupervisionBench::addSummary(BenchReport &report) const
{
    using Verdict = BenchReport::Verdict;
    auto row = [&](const QString &what, const LatencySamples &samples, const LatencySamples &naive) {
        if (samples.isEmpty()) {
            report.addSummary(what, QStringLiteral("≤ 500 ms"), QStringLiteral("—"), Verdict::Failed);
            return;
        }
        const double p50 = samples.percentileMs(0.5);
        QString measured = QStringLiteral("%1 (max %2)").arg(ms(p50), ms(samples.maxMs()));
        if (!naive.isEmpty())
            measured += QStringLiteral("; naive %1, %2× slower")
                            .arg(ms(naive.percentileMs(0.5)))
                            .arg(QString::number(naive.percentileMs(0.5) / std::max(1e-9, p50), 'f', 0));
        report.addSummary(what, QStringLiteral("≤ 500 ms"), measured,
                          samples.maxMs() <= FigureTargetMs ? Verdict::Pass : Verdict::Miss);
    };
    row(QStringLiteral("12. Supervision: queue board, 1M conversations (p50)"), m_board, m_naiveBoard);
    row(QStringLiteral("12. Supervision: agents (p50)"), m_agents, LatencySamples());
    row(QStringLiteral("12. Supervision: analytics of 90 days (p50)"), m_analytics, m_naiveAnalytics);
    row(QStringLiteral("12. Supervision: analytics right after a change (p50)"), m_afterChange, LatencySamples());
}

QString SupervisionBench::section() const
{
    BenchReport r;
    const QString generated = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
    r.addHeading(QStringLiteral("12. The supervisor's figures (queue board, agents, analytics of 90 days)"));
    r.addParagraph(QStringLiteral(
        "Generated by `carddesk-bench --supervision-only` on %1 (machine as above, build %2); a full run of the "
        "bench rewrites this section too. The supervision issue's budget: every figure of the board and of the "
        "analytics for a 90-day period over the 1M-conversation dataset in ≤ 500 ms, off the GUI thread.")
                       .arg(generated, QStringLiteral(CARDDESK_BENCH_BUILD_TYPE)));
    r.addParagraph(QStringLiteral(
        "**Dataset:** %1 conversations (%2 open, %3 resolved or closed), %4 satisfaction surveys with %5 answers, "
        "beside the customers above, from the demo generator (the inbox's second phase, one conversation per "
        "customer)%8. **Period:** %6 to %7, the 90 days that end on the dataset's reference date (its whole inbox).")
                       .arg(number(m_conversations), number(m_open), number(m_resolved), number(m_surveys),
                            number(m_answers), m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate))
                       .arg(m_customersSeconds >= 0 && m_inboxSeconds >= 0
                                ? QStringLiteral("; generated %1 in %2 s (customers) and %3 s (inbox)")
                                      .arg(m_generatedOn)
                                      .arg(m_customersSeconds, 0, 'f', 1)
                                      .arg(m_inboxSeconds, 0, 'f', 1)
                                : QString()));
    r.addParagraph(QStringLiteral(
        "**Service:** `SupervisionService` of LocalBackend signed in as a demo supervisor; each call timed on the GUI "
        "thread from the call until its result arrives there (the work runs on the database worker). %1 round(s) "
        "after a warm-up round. The queue board and the agents' open and breached counts are ranges of partial "
        "indexes (migration 18); the analytics read the hourly rollup (`supervision_hours`: per UTC hour, counts by "
        "channel, agent, queue and topic, survey sums, and each response and resolution time in SLA time), which "
        "triggers mark stale in the transaction of every change and the service computes again before it reads. "
        "*After a change*: a supervisor reassigns a resolved conversation of the period (an `InboxService::assign` "
        "command), then asks for the analytics again, which compute the hours that conversation touched.")
                       .arg(m_options.quick ? 1 : 7));
    r.addParagraph(QStringLiteral(
        "**Naive, in the same run:** on its own read-only connection (same 16 MB page cache), every conversation "
        "that came in, was first answered or was resolved in the period (and the week before, for the topics) "
        "fetched with `QSqlQuery` into C++, each time parsed, its SLA time computed with `SlaPolicy` "
        "(`slaSecondsBetween`), its local day found, and everything bucketed and sorted for the medians; the "
        "surveys likewise. For the board: every open conversation fetched and bucketed. %1 round(s).")
                       .arg(m_options.quick ? 1 : 3));
    auto latencyRow = [](const QString &name, const LatencySamples &samples) {
        return QStringList{name, QString::number(samples.count()), ms(samples.percentileMs(0.5)),
                           ms(samples.percentileMs(0.95)), ms(samples.maxMs())};
    };
    r.addTable({QStringLiteral("Call"), QStringLiteral("Samples"), QStringLiteral("p50"), QStringLiteral("p95"),
                QStringLiteral("max")},
               {latencyRow(QStringLiteral("queue board (service)"), m_board),
                latencyRow(QStringLiteral("queue board (naive: every open row)"), m_naiveBoard),
                latencyRow(QStringLiteral("agents (service)"), m_agents),
                latencyRow(QStringLiteral("analytics, 90 days (service)"), m_analytics),
                latencyRow(QStringLiteral("analytics right after a change (service)"), m_afterChange),
                latencyRow(QStringLiteral("analytics, 90 days (naive: every row)"), m_naiveAnalytics),
                latencyRow(QStringLiteral("drill-down, breached, first 100 (service)"), m_drillDown)});
    const double analyticsP50 = m_analytics.percentileMs(0.5);
    const double boardP50 = m_board.percentileMs(0.5);
    if (!m_naiveAnalytics.isEmpty() && analyticsP50 > 0)
        r.addParagraph(QStringLiteral("Naive ÷ service at p50: analytics **%1×** (%2 rows read and computed per "
                                      "call), board **%3×**.")
                           .arg(QString::number(m_naiveAnalytics.percentileMs(0.5) / analyticsP50, 'f', 0))
                           .arg(number(m_naive.rows))
                           .arg(QString::number(m_naiveBoard.percentileMs(0.5) / std::max(1e-9, boardP50), 'f', 0)));
    const bool same = m_service.firstResponses == m_naive.firstResponses
                      && m_service.firstResponseMedian == m_naive.firstResponseMedian
                      && m_service.firstResponseP90 == m_naive.firstResponseP90
                      && m_service.resolutions == m_naive.resolutions
                      && m_service.resolutionMedian == m_naive.resolutionMedian
                      && m_service.resolutionP90 == m_naive.resolutionP90 && m_service.teamTotal == m_naive.teamTotal
                      && m_service.teamMet == m_naive.teamMet && m_service.csatResponses == m_naive.csatResponses
                      && m_service.csatRequests == m_naive.csatRequests && m_service.volume == m_naive.volume
                      && m_service.boardOpen == m_naiveOpen;
    r.addParagraph(QStringLiteral("Both ways give the same figures: **%1**.").arg(same ? QStringLiteral("yes") : QStringLiteral("no")));
    auto pair = [](qint64 a, qint64 b) { return QStringLiteral("%1 / %2").arg(number(a), number(b)); };
    r.addTable({QStringLiteral("Figure"), QStringLiteral("service / naive")},
               {{QStringLiteral("conversations that came in"), pair(m_service.volume, m_naive.volume)},
                {QStringLiteral("first responses; median; p90 (s, SLA time)"),
                 QStringLiteral("%1; %2; %3").arg(pair(m_service.firstResponses, m_naive.firstResponses),
                                                 pair(m_service.firstResponseMedian, m_naive.firstResponseMedian),
                                                 pair(m_service.firstResponseP90, m_naive.firstResponseP90))},
                {QStringLiteral("resolutions; median; p90 (s, SLA time)"),
                 QStringLiteral("%1; %2; %3").arg(pair(m_service.resolutions, m_naive.resolutions),
                                                 pair(m_service.resolutionMedian, m_naive.resolutionMedian),
                                                 pair(m_service.resolutionP90, m_naive.resolutionP90))},
                {QStringLiteral("SLA measured; met (team)"),
                 QStringLiteral("%1; %2").arg(pair(m_service.teamTotal, m_naive.teamTotal),
                                             pair(m_service.teamMet, m_naive.teamMet))},
                {QStringLiteral("surveys sent; answered"),
                 QStringLiteral("%1; %2").arg(pair(m_service.csatRequests, m_naive.csatRequests),
                                             pair(m_service.csatResponses, m_naive.csatResponses))},
                {QStringLiteral("open conversations on the board; breached (the naive board counts later: "
                                "more are past due by then)"),
                 QStringLiteral("%1; %2").arg(pair(m_service.boardOpen, m_naiveOpen),
                                             pair(m_service.boardBreached, m_naiveBreached))}});
    r.addParagraph(QStringLiteral(
        "**The rollup.** Computing it from nothing (after generating or migrating a dataset) is a one-time cost. "
        "With all %8 hours marked stale before the supervisor signed in, the service computed them in background "
        "jobs of %7 hours, other jobs running between them, and was done **%1 s** after sign-in (the sign-in "
        "included). Computed again from nothing, job by job, each timed: all %2 hours in **%3 s**, the longest "
        "job %4. It holds %5 rows, %6.")
                       .arg(m_catchUpSeconds, 0, 'f', 1)
                       .arg(m_rebuiltHours)
                       .arg(m_rebuildSeconds, 0, 'f', 1)
                       .arg(ms(m_longestCatchUpJobMs))
                       .arg(number(m_rollupHours), SystemInfo::formatBytes(m_rollupBytes))
                       .arg(LocalSupervisionService::CatchUpHoursPerJob)
                       .arg(m_staleAtSignIn));
    r.addParagraph(QStringLiteral("The GUI thread while the calls ran: longest gap between the ticks of a 1 ms timer "
                                  "**%1** (during %2), %3 ticks. The same timer just before, for %4 s each, as "
                                  "controls: with nothing to do %5; while another thread of the process spun on a "
                                  "core, as the database worker does while it computes, %6. The figures are "
                                  "computed on the database worker; the GUI thread only receives them.")
                       .arg(ms(m_worstStallMs), m_worstStallContext.isEmpty() ? QStringLiteral("—") : m_worstStallContext)
                       .arg(m_ticks)
                       .arg(m_options.quick ? 0.3 : 3.0, 0, 'f', 1)
                       .arg(ms(m_idleStallMs), ms(m_busyStallMs)));
    r.addParagraph(QStringLiteral("How to reproduce: `TZ=Europe/Helsinki carddesk-bench --supervision-only --customers "
                                  "1000000 --data-dir DIR` (generates the dataset in DIR the first time, like the full "
                                  "bench, and rewrites only this section). This run: `%1`.")
                       .arg(m_options.command));
    return r.body().trimmed();
}

// The supervisor's workspace. First against a scripted SupervisionService
// (models, drill-down paging, the drop target, the analytics page's busy
// state, the overview's refresh policy), then the real window over a real
// LocalBackend on a temporary demo database, signed in as a supervisor: the
// overview opens first with live tiles, queues, agents and charts, and a
// double-click there opens the Queues or Agents page on what was clicked;
// the queue board shows figures, two conversations are reassigned by
// keyboard and one by drag and drop, and the service afterwards has them
// with their new assignee. An agent's window has no supervision workspace.

#include "audit/auditentrymodel.h"
#include "audit/auditviewer.h"
#include "common/csvexporter.h"
#include "common/messagebar.h"
#include "common/theme.h"
#include "supervision/agentboardmodel.h"
#include "supervision/agentpicker.h"
#include "supervision/agentspage.h"
#include "supervision/analyticspage.h"
#include "supervision/analyticstables.h"
#include "supervision/drilldownmodel.h"
#include "supervision/figuretile.h"
#include "supervision/overviewpage.h"
#include "supervision/queueboardmodel.h"
#include "supervision/queueboardpage.h"
#include "supervision/queueboardtiles.h"
#include "supervision/supervisiontext.h"
#include "supervision/supervisionworkspace.h"

#include "inbox/inboxpane.h"
#include "shell/applicationcontroller.h"
#include "shell/mainwindow.h"
#include "shell/presencebutton.h"

#include "services/inboxservice.h"
#include "services/supervisionservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QChartView>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>

#include <memory>

namespace {

constexpr int WorkerTimeoutMs = 30000;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
}

/// @p value a moment later, as a service's worker delivers it.
template <typename T> QFuture<T> later(const T &value)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QTimer::singleShot(0, [promise, value] {
        promise->addResult(value);
        promise->finish();
    });
    return promise->future();
}

/// A SupervisionService with fixed figures; analytics answer when the test says so.
class ScriptedSupervision : public SupervisionService
{
public:
    int queueBoardCalls = 0;
    int agentBoardCalls = 0;
    int analyticsCalls = 0;
    int drillDownCalls = 0;
    DrillDown lastDrillDown;
    QString lastCursor;
    int drillDownTotal = 230;
    std::unique_ptr<QPromise<Analytics>> pendingAnalytics;
    AnalyticsPeriod lastPeriod;

    QFuture<QueueBoard> queueBoard() override
    {
        ++queueBoardCalls;
        QueueBoard board;
        board.at = fixedNow();
        board.queues = {QStringLiteral("billing"), QStringLiteral("cards"), QStringLiteral("fraud")};
        QueueBoardRow a;
        a.queue = QStringLiteral("billing");
        a.channel = Channel::Email;
        a.waiting = 4;
        a.inProgress = 6;
        a.pendingCustomer = 2;
        a.dueSoon = 3;
        a.breached = 1;
        a.oldestWaitingSince = fixedNow().addSecs(-(2 * 3600 + 14 * 60));
        QueueBoardRow b = a;
        b.channel = Channel::Phone;
        b.waiting = 0;
        b.inProgress = 1;
        b.pendingCustomer = 0;
        b.dueSoon = 0;
        b.breached = 0;
        b.oldestWaitingSince = QDateTime();
        QueueBoardRow c = a;
        c.queue = QStringLiteral("cards");
        c.channel = Channel::Chat;
        c.waiting = 7;
        c.inProgress = 2;
        c.pendingCustomer = 1;
        c.dueSoon = 5;
        c.breached = 4;
        c.oldestWaitingSince = fixedNow().addSecs(-(5 * 3600 + 3 * 60));
        board.rows = {a, b, c};
        return later(board);
    }

    QFuture<AgentBoard> agentBoard() override
    {
        ++agentBoardCalls;
        AgentBoard board;
        board.at = fixedNow();
        const QStringList names = {QStringLiteral("Aino Lehtonen"), QStringLiteral("Mikko Salo"),
                                   QStringLiteral("Sara Lind")};
        for (int i = 0; i < names.size(); ++i) {
            AgentFigure agent;
            agent.username = names.at(i).toLower().replace(QLatin1Char(' '), QLatin1Char('.'));
            agent.displayName = names.at(i);
            agent.queues = {QStringLiteral("cards"), QStringLiteral("billing")};
            agent.presence = Presence(i % 4);
            agent.open = 3 + i;
            agent.breached = i;
            agent.handledToday = 10 - i;
            agent.averageFirstResponseSeconds = i == 2 ? -1 : 600 + 60 * i;
            board.agents.append(agent);
        }
        return later(board);
    }

    QFuture<ConversationPage> drillDown(const DrillDown &drillDown, const QString &cursor, int limit) override
    {
        ++drillDownCalls;
        lastDrillDown = drillDown;
        lastCursor = cursor;
        const int start = cursor.isEmpty() ? 0 : cursor.toInt();
        ConversationPage page;
        for (int i = start; i < qMin(drillDownTotal, start + limit); ++i) {
            ConversationSummary row;
            row.id = 1000 + i;
            row.customerName = QStringLiteral("Customer %1").arg(i);
            row.subject = QStringLiteral("Subject %1").arg(i);
            row.channel = drillDown.channel.value_or(Channel::Email);
            row.queue = drillDown.queue.isEmpty() ? QStringLiteral("cards") : drillDown.queue;
            row.assignee = drillDown.agent;
            row.status = ConversationStatus::Open;
            row.createdAt = fixedNow().addSecs(-3600 - i * 60);
            row.firstResponseDue = fixedNow().addSecs(-600 + i * 60);
            page.rows.append(row);
        }
        page.hasMore = start + limit < drillDownTotal;
        page.nextCursor = page.hasMore ? QString::number(start + limit) : QString();
        return later(page);
    }

    QFuture<Analytics> analytics(const AnalyticsPeriod &period) override
    {
        ++analyticsCalls;
        lastPeriod = period;
        pendingAnalytics = std::make_unique<QPromise<Analytics>>();
        pendingAnalytics->start();
        return pendingAnalytics->future();
    }

    QFuture<CommandResult> setPresence(Presence) override
    {
        CommandResult result;
        result.status = CommandResult::Applied;
        return QtFuture::makeReadyFuture(result);
    }

    /// Answers the analytics request with figures of @p period.
    void answerAnalytics()
    {
        Analytics a;
        a.period = lastPeriod;
        quint32 seed = 7;
        const auto next = [&seed](int range) {
            seed = seed * 1664525u + 1013904223u;
            return int((seed >> 8) % quint32(range));
        };
        for (QDate day = lastPeriod.from; day <= lastPeriod.to; day = day.addDays(1)) {
            for (const Channel channel :
                 {Channel::Phone, Channel::Email, Channel::Chat, Channel::WebForm, Channel::App, Channel::Social}) {
                const bool weekend = day.dayOfWeek() >= 6;
                const int base = channel == Channel::Email ? 60 : channel == Channel::Phone ? 45 : 20;
                a.volumes.append({day, channel, (weekend ? base / 3 : base) + next(15)});
            }
        }
        const QList<QPair<Channel, qint64>> targets = {{Channel::Phone, 120},    {Channel::Email, 8 * 3600},
                                                       {Channel::Chat, 300},     {Channel::WebForm, 8 * 3600},
                                                       {Channel::App, 4 * 3600}, {Channel::Social, 2 * 3600}};
        for (const auto &[channel, target] : targets) {
            DurationStats fr;
            fr.count = 400 + next(200);
            fr.targetSeconds = target;
            fr.medianSeconds = target * (40 + next(50)) / 100;
            fr.p90Seconds = target * (90 + next(60)) / 100;
            fr.met = fr.count * (75 + next(20)) / 100;
            a.firstResponse.append({channel, fr});
            DurationStats res = fr;
            res.targetSeconds = target * 6;
            res.medianSeconds = res.targetSeconds * (30 + next(40)) / 100;
            res.p90Seconds = res.targetSeconds * (80 + next(50)) / 100;
            a.resolution.append({channel, res});
        }
        a.firstResponseAll = a.firstResponse.first().second;
        a.firstResponseAll.targetSeconds = -1;
        a.resolutionAll = a.resolution.first().second;
        a.resolutionAll.targetSeconds = -1;
        const QStringList agents = {QStringLiteral("Aino Lehtonen"), QStringLiteral("Mikko Salo"),
                                    QStringLiteral("Sara Lind"), QStringLiteral("Jussi Koskinen")};
        for (const QString &agent : agents) {
            SlaShare share;
            share.key = agent.toLower();
            share.label = agent;
            share.total = 200 + next(100);
            share.met = share.total * (70 + next(28)) / 100;
            a.slaByAgent.append(share);
            a.slaTeam.total += share.total;
            a.slaTeam.met += share.met;
            CsatFigure csat;
            csat.key = share.key;
            csat.label = agent;
            csat.responses = 40 + next(40);
            csat.satisfied = csat.responses * (70 + next(25)) / 100;
            csat.average = 3.8 + next(10) / 10.0;
            a.csatByAgent.append(csat);
        }
        for (const QString &queue : {QStringLiteral("cards"), QStringLiteral("billing"), QStringLiteral("fraud")}) {
            SlaShare share;
            share.key = queue;
            share.label = queue;
            share.total = 300 + next(100);
            share.met = share.total * (75 + next(20)) / 100;
            a.slaByQueue.append(share);
        }
        const QDate firstWeek = lastPeriod.from.addDays(1 - lastPeriod.from.dayOfWeek()).addDays(-7);
        for (QDate week = firstWeek; week <= lastPeriod.to; week = week.addDays(7)) {
            for (const QString &topic : {QStringLiteral("card_not_received"), QStringLiteral("phishing"),
                                         QStringLiteral("invoice_due_date"), QStringLiteral("pin")}) {
                int count = 20 + next(10);
                if (topic == QLatin1StringView("phishing") && week.addDays(7) > lastPeriod.to)
                    count = 64;   // a spike in the last week
                a.topics.append({topic, week, count});
            }
            a.outcomes.append({week, 10 + next(5), 8 + next(4), 3 + next(3)});
            CsatFigure csat;
            csat.key = week.toString(Qt::ISODate);
            csat.responses = 50 + next(30);
            csat.satisfied = csat.responses * (75 + next(15)) / 100;
            csat.average = 4.1;
            a.csatByWeek.append(csat);
        }
        for (const Channel channel : {Channel::Phone, Channel::Email, Channel::Chat}) {
            CsatFigure csat;
            csat.key = ConversationNames::channelName(channel);
            csat.responses = 80 + next(40);
            csat.satisfied = csat.responses * (70 + next(25)) / 100;
            csat.average = 4.0;
            a.csatByChannel.append(csat);
        }
        a.csatAll.responses = 300;
        a.csatAll.satisfied = 252;
        a.csatAll.average = 4.2;
        a.csatAll.requests = 900;
        pendingAnalytics->addResult(a);
        pendingAnalytics->finish();
    }
};

} // namespace

class TestSupervisionWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queueBoardTotalsAndDrillDown();
    void drillDownPagesLazily();
    void droppedConversationsAskForReassignment();
    void analyticsShowBusyThenFiguresAndMarkTheSpike();
    void overviewReloadsBoardsAndComputesChartsAtMostEveryFewMinutes();
    void supervisorsOverviewShowsTheDemoLiveAndLeadsToTheDetails();
    void supervisorReassignsByKeyboardAndByDragAndDrop();
    void agentsWindowHasNoSupervision();
    void agentSetsTheirPresenceFromTheStatusBar();

private:
    std::unique_ptr<ApplicationController> open(const QString &agent);
    /// The assignee of @p conversationId as the inbox service has it now.
    static QString assigneeOf(InboxService *inbox, qint64 conversationId);

    QTemporaryDir m_dir;
};

void TestSupervisionWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CardDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_supervisionworkspace"));
    QVERIFY(m_dir.isValid());
    QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false"));
    TestSupport::pinEnvironment();
    Theme::apply(*qApp);
}

void TestSupervisionWorkspace::queueBoardTotalsAndDrillDown()
{
    ScriptedSupervision service;
    QueueBoardPage page(&service);
    QAbstractItemModelTester tester(page.boardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(&page, &QueueBoardPage::boardShown);
    page.resize(1280, 700);
    page.show();
    page.refresh();
    QTRY_COMPARE(shown.count(), 1);

    QueueBoardModel *model = page.boardModel();
    QCOMPARE(model->rowCount(), 3);   // two queues and the totals
    QCOMPARE(model->rowCount(model->queueIndex(QStringLiteral("billing"))), 2);
    QVERIFY(model->isTotal(model->index(2, 0)));
    const QueueBoardRow totals = model->totals();
    QCOMPARE(totals.waiting, 11);
    QCOMPARE(totals.inProgress, 9);
    QCOMPARE(totals.breached, 5);
    QCOMPARE(totals.open(), 23);
    QCOMPARE(model->totalIndex(QueueBoardModel::BreachedColumn).data(QueueBoardModel::RawRole).toInt(), 5);
    QCOMPARE(model->queueIndex(QStringLiteral("billing"), QueueBoardModel::InProgressColumn).data().toString(),
             QStringLiteral("7"));
    // Ages against the board's time: the oldest waits 5 h 3 min.
    QCOMPARE(model->totalIndex(QueueBoardModel::OldestWaitingColumn).data().toString(), QStringLiteral("5 h 3 min"));
    QCOMPARE(model->channelIndex(QStringLiteral("billing"), Channel::Email, QueueBoardModel::OldestWaitingColumn)
                 .data()
                 .toString(),
             QStringLiteral("2 h 14 min"));
    QCOMPARE(model->queueIndex(QStringLiteral("billing")).data().toString(), QStringLiteral("Billing"));
    QCOMPARE(model->channelIndex(QStringLiteral("billing"), Channel::Phone).data().toString(), QStringLiteral("Phone"));
    // Every queue starts unfolded.
    QVERIFY(page.boardView()->isExpanded(model->queueIndex(QStringLiteral("cards"))));

    // Enter on "breached" of cards × chat lists those conversations beside the board.
    QTreeView *board = page.boardView();
    board->setFocus();
    board->setCurrentIndex(
        model->channelIndex(QStringLiteral("cards"), Channel::Chat, QueueBoardModel::BreachedColumn));
    QTest::keyClick(board, Qt::Key_Return);
    QTRY_COMPARE(page.drillDownModel()->state(), DrillDownModel::State::Results);
    QCOMPARE(service.lastDrillDown.figure, QueueFigure::Breached);
    QCOMPARE(service.lastDrillDown.queue, QStringLiteral("cards"));
    QVERIFY(service.lastDrillDown.channel.has_value());
    QCOMPARE(*service.lastDrillDown.channel, Channel::Chat);
    QVERIFY(page.drillDownView()->isVisible());

    // A queue's row drills into the whole queue, the totals into every queue and channel.
    const std::optional<DrillDown> queue =
        model->drillDownAt(model->queueIndex(QStringLiteral("billing"), QueueBoardModel::PendingColumn));
    QVERIFY(queue);
    QCOMPARE(queue->figure, QueueFigure::PendingCustomer);
    QCOMPARE(queue->queue, QStringLiteral("billing"));
    QVERIFY(!queue->channel);
    const std::optional<DrillDown> all = model->drillDownAt(model->totalIndex(QueueBoardModel::WaitingColumn));
    QVERIFY(all);
    QCOMPARE(all->figure, QueueFigure::Waiting);
    QVERIFY(all->queue.isEmpty());
    QVERIFY(!all->channel);

    // A refresh keeps the cell the supervisor is on.
    page.refresh();
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(board->currentIndex(),
             model->channelIndex(QStringLiteral("cards"), Channel::Chat, QueueBoardModel::BreachedColumn));

    // Enter on a listed conversation asks for it in the inbox.
    QSignalSpy open(&page, &QueueBoardPage::openConversationRequested);
    page.drillDownView()->setFocus();
    page.drillDownView()->setCurrentIndex(page.drillDownModel()->index(1, 0));
    QTest::keyClick(page.drillDownView(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), 1001);

    // The board's CSV: flat, a subtotal per queue and the totals, ages in minutes, no localisation.
    const QString csv = QString::fromUtf8(model->toCsv());
    QVERIFY2(csv.contains(QStringLiteral("Queue,Channel,Waiting,In progress,Pending customer,"
                                         "Oldest waiting (minutes),Due soon,Breached,Open\r\n")),
             qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("Billing,Email,4,6,2,134,3,1,12\r\n")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("Billing,Phone,0,1,0,,0,0,1\r\n")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("Billing,All channels,4,7,2,134,3,1,13\r\n")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("All queues,All channels,11,9,3,303,8,5,23\r\n")), qPrintable(csv));
}

void TestSupervisionWorkspace::drillDownPagesLazily()
{
    ScriptedSupervision service;
    DrillDownModel model(&service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &DrillDownModel::loaded);
    DrillDown drill;
    drill.figure = QueueFigure::Waiting;
    drill.queue = QStringLiteral("cards");
    model.setDrillDown(drill);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), DrillDownModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QVERIFY(!model.canFetchMore(QModelIndex()));   // one page in flight at a time
    QTRY_COMPARE(model.rowCount(), 2 * DrillDownModel::PageSize);
    QCOMPARE(service.lastCursor, QString::number(DrillDownModel::PageSize));
    model.fetchMore(QModelIndex());
    QTRY_COMPARE(model.rowCount(), service.drillDownTotal);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.conversationIdFromIndex(model.index(229, 0)), qint64(1229));
}

void TestSupervisionWorkspace::droppedConversationsAskForReassignment()
{
    ScriptedSupervision service;
    AgentBoardModel agents;
    QAbstractItemModelTester tester(&agents, QAbstractItemModelTester::FailureReportingMode::QtTest);
    agents.setBoard(TestSupport::await(service.agentBoard()));
    DrillDownModel conversations(&service);
    DrillDown drill;
    drill.agent = QStringLiteral("aino.lehtonen");
    conversations.setDrillDown(drill);
    QTRY_COMPARE(conversations.state(), DrillDownModel::State::Results);

    std::unique_ptr<QMimeData> mime(
        conversations.mimeData({conversations.index(0, 0), conversations.index(0, 3), conversations.index(2, 0)}));
    QVERIFY(mime);
    QCOMPARE(DrillDownModel::decodeIds(mime->data(QString(DrillDownModel::ConversationIdsMimeType))),
             (QList<qint64>{1000, 1002}));

    QSignalSpy reassign(&agents, &AgentBoardModel::reassignRequested);
    // Between two rows is nobody.
    QVERIFY(!agents.canDropMimeData(mime.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    // Something else than conversations is refused.
    QMimeData text;
    text.setText(QStringLiteral("1000"));
    QVERIFY(!agents.canDropMimeData(&text, Qt::MoveAction, -1, -1, agents.index(1, 0)));
    QVERIFY(agents.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, agents.index(1, 0)));
    QCOMPARE(reassign.count(), 1);
    QCOMPARE(reassign.first().at(0).value<QList<qint64>>(), (QList<qint64>{1000, 1002}));
    QCOMPARE(reassign.first().at(1).toString(), QStringLiteral("mikko.salo"));
}

void TestSupervisionWorkspace::analyticsShowBusyThenFiguresAndMarkTheSpike()
{
    ScriptedSupervision service;
    AnalyticsPage page(&service);
    page.resize(1280, 900);
    QSignalSpy shown(&page, &AnalyticsPage::analyticsShown);
    page.show();   // the first show computes the default period
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(service.pendingAnalytics);
    QVERIFY(page.isBusy());
    QCOMPARE(service.lastPeriod.to, QDate::currentDate());
    QCOMPARE(service.lastPeriod.from, QDate::currentDate().addDays(-29));
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("analyticsBusy"))->isVisible());

    // Other dates while the first is computing: the first answer is dropped. Two whole weeks,
    // Monday to Sunday, so the change column compares the last of them with the one before.
    std::unique_ptr<QPromise<Analytics>> first = std::move(service.pendingAnalytics);
    page.setCustomPeriod(QDate(2026, 11, 2), QDate(2026, 11, 15));
    QVERIFY(service.pendingAnalytics);
    QCOMPARE(service.lastPeriod.from, QDate(2026, 11, 2));
    QCOMPARE(service.lastPeriod.to, QDate(2026, 11, 15));
    Analytics stale;
    stale.period = {QDate(2020, 1, 1), QDate(2020, 1, 30)};
    first->addResult(stale);
    first->finish();
    QTest::qWait(50);
    QCOMPARE(shown.count(), 0);
    QVERIFY(page.isBusy());

    service.answerAnalytics();
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!page.isBusy());
    QVERIFY(page.hasResult());
    QCOMPARE(page.analytics().period.from, QDate(2026, 11, 2));
    QCOMPARE(page.range(), AnalyticsPage::Range::Custom);
    for (QChartView *view : page.chartViews())
        QVERIFY(!view->chart()->series().isEmpty());

    // The phishing spike in the last week is marked in the topics table.
    QStandardItemModel *topics = page.topicsModel();
    int phishing = -1;
    for (int row = 0; row < topics->rowCount(); ++row) {
        if (topics->item(row, 0)->text() == QStringLiteral("Suspected phishing"))
            phishing = row;
    }
    QVERIFY(phishing >= 0);
    const int lastWeek = topics->columnCount() - 2;
    QVERIFY(topics->item(phishing, lastWeek)->data(AnalyticsTables::SpikeRole).toBool());
    QVERIFY(topics->item(phishing, lastWeek + 1)->data(AnalyticsTables::SpikeRole).toBool());
    QCOMPARE(topics->horizontalHeaderItem(lastWeek + 1)->text(), QStringLiteral("Change\nW46"));
    QCOMPARE(topics->horizontalHeaderItem(1)->text(), QStringLiteral("W44"));   // the week before, for the change
    QVERIFY(!topics->item(0, 1)->data(AnalyticsTables::SpikeRole).toBool());
}

void TestSupervisionWorkspace::overviewReloadsBoardsAndComputesChartsAtMostEveryFewMinutes()
{
    ScriptedSupervision service;
    OverviewPage page(&service);
    QAbstractItemModelTester queueTester(page.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy boardShown(&page, &OverviewPage::boardShown);
    QSignalSpy agentsShown(&page, &OverviewPage::agentsShown);
    QSignalSpy analyticsShown(&page, &OverviewPage::analyticsShown);
    page.resize(1280, 760);
    page.show();   // the first show computes the charts' week
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(service.pendingAnalytics);
    QCOMPARE(service.analyticsCalls, 1);
    QVERIFY(page.isAnalyticsBusy());
    QCOMPARE(service.lastPeriod.to, QDate::currentDate());
    QCOMPARE(service.lastPeriod.from, QDate::currentDate().addDays(1 - OverviewPage::ChartDays));

    // The boards: the queue board's tiles over the totals, the queues folded, the agents' load.
    page.refresh();
    QTRY_COMPARE(boardShown.count(), 1);
    QTRY_COMPARE(agentsShown.count(), 1);
    QVERIFY(!page.isLoaded());   // the charts are still computing
    QCOMPARE(service.analyticsCalls, 1);   // not asked twice while computing
    QueueBoardTiles *tiles = page.tiles();
    QCOMPARE(tiles->openTile()->value(), QStringLiteral("23"));
    QCOMPARE(tiles->waitingTile()->value(), QStringLiteral("11"));
    QCOMPARE(tiles->oldestWaitingTile()->value(), QStringLiteral("5 h 3 min"));
    QCOMPARE(tiles->oldestWaitingTile()->detail(), QStringLiteral("Cards, Chat"));
    QCOMPARE(tiles->dueSoonTile()->value(), QStringLiteral("8"));
    QCOMPARE(tiles->breachedTile()->value(), QStringLiteral("5"));
    QueueBoardModel *queues = page.queueModel();
    QCOMPARE(queues->rowCount(), 3);   // two queues and the totals
    QVERIFY(!page.queueView()->isExpanded(queues->queueIndex(QStringLiteral("billing"))));
    QVERIFY(page.queueView()->isColumnHidden(QueueBoardModel::InProgressColumn));
    QVERIFY(!page.queueView()->isColumnHidden(QueueBoardModel::BreachedColumn));
    QCOMPARE(page.agentModel()->rowCount(), 3);
    QVERIFY(page.agentView()->isColumnHidden(AgentBoardModel::QueuesColumn));
    QVERIFY(!page.agentView()->isColumnHidden(AgentBoardModel::HandledTodayColumn));

    service.answerAnalytics();
    QTRY_COMPARE(analyticsShown.count(), 1);
    QVERIFY(page.isLoaded());
    QVERIFY(!page.isAnalyticsBusy());
    QCOMPARE(page.chartViews().size(), 3);
    for (QChartView *view : page.chartViews())
        QVERIFY(!view->chart()->series().isEmpty());

    // The 30-second refresh reloads the boards, not the charts: they wait a few minutes.
    const int queueCalls = service.queueBoardCalls;
    const int agentCalls = service.agentBoardCalls;
    page.refresh();
    QTRY_COMPARE(boardShown.count(), 2);
    QCOMPARE(service.queueBoardCalls, queueCalls + 1);
    QCOMPARE(service.agentBoardCalls, agentCalls + 1);
    QCOMPARE(service.analyticsCalls, 1);
    // Hidden, nothing is computed; asked for (the Refresh button), they are.
    page.hide();
    page.refresh();
    QCOMPARE(service.analyticsCalls, 1);
    page.show();
    QCOMPARE(service.analyticsCalls, 1);   // still fresh
    page.refreshAnalytics();
    QCOMPARE(service.analyticsCalls, 2);
    QVERIFY(page.isAnalyticsBusy());
    service.answerAnalytics();
    QTRY_COMPARE(analyticsShown.count(), 2);

    // A unfolded queue stays unfolded across a refresh.
    page.queueView()->expand(queues->queueIndex(QStringLiteral("cards")));
    page.refresh();
    QTRY_COMPARE(boardShown.count(), 3);
    QVERIFY(page.queueView()->isExpanded(queues->queueIndex(QStringLiteral("cards"))));
    QVERIFY(!page.queueView()->isExpanded(queues->queueIndex(QStringLiteral("billing"))));

    // Enter (or a double-click) on a figure asks for its conversations; on an agent, for the agent.
    std::optional<DrillDown> asked;
    int askedColumn = -1;
    connect(&page, &OverviewPage::queueFigureActivated, &page, [&](const DrillDown &drill, int column) {
        asked = drill;
        askedColumn = column;
    });
    page.queueView()->setFocus();
    page.queueView()->setCurrentIndex(queues->queueIndex(QStringLiteral("cards"), QueueBoardModel::BreachedColumn));
    QTest::keyClick(page.queueView(), Qt::Key_Return);
    QVERIFY(asked);
    QCOMPARE(asked->figure, QueueFigure::Breached);
    QCOMPARE(asked->queue, QStringLiteral("cards"));
    QVERIFY(!asked->channel);
    QCOMPARE(askedColumn, int(QueueBoardModel::BreachedColumn));
    QSignalSpy agentAsked(&page, &OverviewPage::agentActivated);
    page.agentView()->setFocus();
    page.agentView()->setCurrentIndex(page.agentModel()->index(1, AgentBoardModel::OpenColumn));
    QTest::keyClick(page.agentView(), Qt::Key_Return);
    QCOMPARE(agentAsked.count(), 1);
    QCOMPARE(agentAsked.first().first().toString(), QStringLiteral("mikko.salo"));
}

void TestSupervisionWorkspace::supervisorsOverviewShowsTheDemoLiveAndLeadsToTheDetails()
{
    std::unique_ptr<ApplicationController> controller = open(QStringLiteral("riikka.nurmi"));   // a demo supervisor
    QVERIFY(controller);
    MainWindow *window = controller->mainWindow();
    window->resize(1440, 900);
    SupervisionWorkspace *workspace = controller->supervisionWorkspace();
    QVERIFY(workspace);
    window->showArea(QStringLiteral("supervision"));
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // The overview is the first page, and what the workspace opens on.
    QCOMPARE(workspace->currentPage(), SupervisionWorkspace::Page::Overview);
    QCOMPARE(workspace->tabs()->tabText(0), QStringLiteral("Overview"));
    OverviewPage *overview = workspace->overview();
    QTRY_VERIFY_WITH_TIMEOUT(overview->isLoaded(), WorkerTimeoutMs);

    // The tiles count the demo's open conversations, as the queue board's totals do.
    const QueueBoardRow totals = overview->queueModel()->totals();
    QVERIFY(totals.open() > 0);
    QVERIFY(totals.waiting > 0);
    QVERIFY(totals.breached > 0);
    const QLocale locale;
    const auto figure = [&locale](FigureTile *tile) {
        bool ok = false;
        const int value = locale.toInt(tile->value(), &ok);
        return ok ? value : -1;
    };
    QueueBoardTiles *tiles = overview->tiles();
    QCOMPARE(figure(tiles->openTile()), totals.open());
    QCOMPARE(figure(tiles->waitingTile()), totals.waiting);
    QCOMPARE(figure(tiles->breachedTile()), totals.breached);
    QVERIFY(tiles->openTile()->isVisible());
    QVERIFY(tiles->oldestWaitingTile()->value() != SupervisionText::none());

    // The queues folded, the agents with their load.
    QueueBoardModel *queues = overview->queueModel();
    QVERIFY(queues->rowCount() > 1);
    QVERIFY(!overview->queueView()->isExpanded(queues->index(0, 0)));
    AgentBoardModel *agents = overview->agentModel();
    QTRY_VERIFY_WITH_TIMEOUT(agents->rowCount() > 2, WorkerTimeoutMs);
    int assigned = 0;
    for (const AgentFigure &agent : agents->board().agents)
        assigned += agent.open;
    QVERIFY(assigned > 0);

    // At least two charts over the last week with series in them, the volumes among them.
    QCOMPARE(overview->period().to, QDate::currentDate());
    int withSeries = 0;
    for (QChartView *view : overview->chartViews())
        withSeries += view->chart()->series().isEmpty() ? 0 : 1;
    QVERIFY2(withSeries >= 2, qPrintable(QString::number(withSeries)));
    QVERIFY(!overview->chartViews().first()->chart()->series().isEmpty());
    QVERIFY(overview->chartViews().first()->isVisible());

    // (QTest's double-click alone presses once; a hand presses, releases, then double-clicks.)
    const auto doubleClick = [](QTreeView *view, const QModelIndex &index) {
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    };

    // A double-click on a queue's breached figure opens the Queues page on it, listing them.
    const QString queue = queues->queues().first();
    QTreeView *queueView = overview->queueView();
    const QModelIndex cell = queues->queueIndex(queue, QueueBoardModel::BreachedColumn);
    QVERIFY(cell.isValid());
    doubleClick(queueView, cell);
    QCOMPARE(workspace->currentPage(), SupervisionWorkspace::Page::Queues);
    QueueBoardPage *board = workspace->queueBoard();
    QCOMPARE(board->drillDownModel()->drillDown().figure, QueueFigure::Breached);
    QCOMPARE(board->drillDownModel()->drillDown().queue, queue);
    QTRY_VERIFY_WITH_TIMEOUT(board->boardModel()->rowCount() > 1, WorkerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(board->boardView()->currentIndex(),
                              board->boardModel()->queueIndex(queue, QueueBoardModel::BreachedColumn),
                              WorkerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(board->drillDownModel()->state() == DrillDownModel::State::Results, WorkerTimeoutMs);

    // Back on the overview, a double-click on an agent opens the Agents page on them.
    workspace->showPage(SupervisionWorkspace::Page::Overview);
    // Someone with work who is not the busiest, whom the Agents page would start on anyway.
    int busiest = 0;
    for (int i = 1; i < agents->rowCount(); ++i) {
        if (agents->agentAt(i).open > agents->agentAt(busiest).open)
            busiest = i;
    }
    int row = -1;
    for (int i = 0; i < agents->rowCount() && row < 0; ++i) {
        if (i != busiest && agents->agentAt(i).open > 0)
            row = i;
    }
    QVERIFY(row >= 0);
    const QString username = agents->agentAt(row).username;
    QTreeView *agentView = overview->agentView();
    const QModelIndex agentCell = agents->index(row, AgentBoardModel::AgentColumn);
    agentView->scrollTo(agentCell);
    doubleClick(agentView, agentCell);
    QCOMPARE(workspace->currentPage(), SupervisionWorkspace::Page::Agents);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->agents()->currentAgent(), username, WorkerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->agents()->conversationModel()->drillDown().agent, username, WorkerTimeoutMs);
}

std::unique_ptr<ApplicationController> TestSupervisionWorkspace::open(const QString &agent)
{
    // The real window over the real LocalBackend on a small demo database (made by the first open).
    ApplicationController::Options options;
    options.dataDir = m_dir.path();
    options.language = QStringLiteral("en");
    options.demoCustomers = 300;
    options.interactive = false;
    options.agentUsername = agent;
    auto controller = std::make_unique<ApplicationController>(options);
    QSignalSpy ready(controller.get(), &ApplicationController::ready);
    controller->start();
    if (!QTest::qWaitFor([&ready] { return ready.count() == 1; }, 120000))
        return nullptr;
    return controller;
}

QString TestSupervisionWorkspace::assigneeOf(InboxService *inbox, qint64 conversationId)
{
    const ThreadResult result = TestSupport::await(inbox->thread(conversationId), WorkerTimeoutMs);
    return result.found ? result.thread.conversation.assignee : QStringLiteral("(not found)");
}

void TestSupervisionWorkspace::supervisorReassignsByKeyboardAndByDragAndDrop()
{
    std::unique_ptr<ApplicationController> controller = open(QStringLiteral("riikka.nurmi"));   // a demo supervisor
    QVERIFY(controller);
    MainWindow *window = controller->mainWindow();
    window->resize(1440, 900);
    SupervisionWorkspace *workspace = controller->supervisionWorkspace();
    QVERIFY(workspace);
    QCOMPARE(window->area(QStringLiteral("supervision")), workspace);
    InboxService *inbox = controller->inboxPane()->service();
    window->showArea(QStringLiteral("supervision"));
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // The queue board shows the demo's open conversations.
    workspace->showPage(SupervisionWorkspace::Page::Queues);
    QueueBoardPage *queues = workspace->queueBoard();
    QTRY_VERIFY_WITH_TIMEOUT(queues->boardModel()->rowCount() > 1, WorkerTimeoutMs);
    const QueueBoardRow totals = queues->boardModel()->totals();
    QVERIFY(totals.open() > 0);
    QVERIFY(totals.waiting + totals.inProgress + totals.pendingCustomer == totals.open());
    QCOMPARE(queues->boardModel()->totalIndex(QueueBoardModel::OpenColumn).data(QueueBoardModel::RawRole).toInt(),
             totals.open());

    // The agents: the busiest agent's conversations go to two others.
    workspace->showPage(SupervisionWorkspace::Page::Agents);
    AgentsPage *agents = workspace->agents();
    AgentBoardModel *board = agents->agentModel();
    QTRY_VERIFY_WITH_TIMEOUT(board->rowCount() > 2, WorkerTimeoutMs);
    QString source;
    QStringList others;
    int most = -1;
    for (const AgentFigure &agent : board->board().agents) {
        if (agent.role != Agent::RoleAgent)
            continue;
        others.append(agent.username);
        if (agent.open > most) {
            most = agent.open;
            source = agent.username;
        }
    }
    others.removeAll(source);
    QVERIFY2(most >= 3 && others.size() >= 2, "the demo needs an agent with three open conversations and two others");
    const QString keyboardTarget = others.at(0);
    const QString dropTarget = others.at(1);
    QVERIFY(agents->selectAgent(source));
    DrillDownModel *conversations = agents->conversationModel();
    QTRY_VERIFY_WITH_TIMEOUT(conversations->drillDown().agent == source
                                 && conversations->state() == DrillDownModel::State::Results
                                 && conversations->rowCount() >= 3,
                             WorkerTimeoutMs);

    // By keyboard: select two, Ctrl+Shift+A, type the agent's name, Enter.
    const qint64 first = conversations->conversationIdFromIndex(conversations->index(0, 0));
    const qint64 second = conversations->conversationIdFromIndex(conversations->index(1, 0));
    QCOMPARE(assigneeOf(inbox, first), source);
    QTreeView *list = agents->conversationView();
    QApplication::setActiveWindow(window);
    list->setFocus();
    list->setCurrentIndex(conversations->index(0, 0));
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);   // extends the selection to the second
    QCOMPARE(agents->selectedConversations(), (QList<qint64>{first, second}));
    QSignalSpy reassigned(agents, &AgentsPage::reassigned);
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(agents->picker());
    AgentPicker *picker = agents->picker();
    const QString targetName = board->names().value(keyboardTarget);
    QVERIFY(!targetName.isEmpty());
    QTest::keyClicks(picker->searchEdit(), targetName);
    QTRY_COMPARE(picker->currentUsername(), keyboardTarget);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(reassigned.count(), 1, WorkerTimeoutMs);
    QCOMPARE(reassigned.first().first().toBool(), true);
    // (The English catalogue words the plural; without it the text says "conversation(s)".)
    QVERIFY2(agents->messageBar()->text().startsWith(QStringLiteral("2 conversation"))
                 && agents->messageBar()->text().contains(QStringLiteral("reassigned to %1").arg(targetName)),
             qPrintable(agents->messageBar()->text()));
    QCOMPARE(agents->messageBar()->type(), MessageBar::Positive);
    QCOMPARE(assigneeOf(inbox, first), keyboardTarget);
    QCOMPARE(assigneeOf(inbox, second), keyboardTarget);

    // The list reloads without them.
    QTRY_VERIFY_WITH_TIMEOUT(conversations->state() == DrillDownModel::State::Results
                                 && !conversations->indexFromConversationId(first).isValid(),
                             WorkerTimeoutMs);

    // By drag and drop: a conversation dropped on another agent's row.
    const qint64 third = conversations->conversationIdFromIndex(conversations->index(0, 0));
    QVERIFY(third != 0 && third != first && third != second);
    std::unique_ptr<QMimeData> mime(conversations->mimeData({conversations->index(0, 0)}));
    QVERIFY(mime);
    QTreeView *agentView = agents->agentView();
    const QModelIndex targetRow = board->indexFromUsername(dropTarget);
    QVERIFY(targetRow.isValid());
    agentView->scrollTo(targetRow);
    const QPoint at = agentView->visualRect(targetRow.siblingAtColumn(AgentBoardModel::OpenColumn)).center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(agentView->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(agentView->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(agentView->viewport(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(reassigned.count(), 2, WorkerTimeoutMs);
    QCOMPARE(reassigned.last().first().toBool(), true);
    QCOMPARE(assigneeOf(inbox, third), dropTarget);
    // Nothing else moved.
    QCOMPARE(assigneeOf(inbox, first), keyboardTarget);

    // The board counts them with their new agents.
    QTRY_VERIFY_WITH_TIMEOUT(board->agentAt(board->indexFromUsername(source).row()).open == most - 3, WorkerTimeoutMs);

    // The audit log is a page of the workspace, and its CSV holds the reassignments.
    workspace->showPage(SupervisionWorkspace::Page::Audit);
    AuditViewer *audit = workspace->auditViewer();
    QVERIFY(audit);
    QVERIFY(!audit->isWindow());
    QTRY_VERIFY_WITH_TIMEOUT(audit->model()->state() == AuditEntryModel::State::Results, WorkerTimeoutMs);
    const QByteArray auditBytes = audit->entriesCsv();
    QVERIFY(auditBytes.startsWith("\xEF\xBB\xBF"
                                  "Entry,Time (UTC),Agent,"));
    const QString auditCsv = QString::fromUtf8(auditBytes);
    QVERIFY2(auditCsv.contains(QStringLiteral(",conversation.assign,conversation:%1").arg(third)),
             qPrintable(auditCsv));
    auto *exportButton = audit->findChild<QPushButton *>(QStringLiteral("auditExportCsv"));
    QVERIFY(exportButton && exportButton->isVisible() && exportButton->isEnabled());
    // Ctrl+W closes the audit window, never the page.
    QTest::keyClick(audit, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(audit->isVisible());
    workspace->showPage(SupervisionWorkspace::Page::Agents);

    // Enter on a conversation opens it in the inbox.
    list->setFocus();
    list->setCurrentIndex(conversations->index(0, 0));
    const qint64 shown = conversations->conversationIdFromIndex(conversations->index(0, 0));
    QSignalSpy opened(controller->inboxPane(), &InboxPane::conversationShown);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window->currentArea(), QStringLiteral("inbox"));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() && opened.last().first().toLongLong() == shown, WorkerTimeoutMs);
}

void TestSupervisionWorkspace::agentsWindowHasNoSupervision()
{
    std::unique_ptr<ApplicationController> controller = open(QStringLiteral("aino.lehtonen"));   // a demo agent
    QVERIFY(controller);
    QVERIFY(!controller->supervisionWorkspace());
    QVERIFY(!controller->mainWindow()->area(QStringLiteral("supervision")));
    QVERIFY(!controller->mainWindow()->findChild<SupervisionWorkspace *>());
    QVERIFY(controller->mainWindow()->area(QStringLiteral("inbox")));
}

void TestSupervisionWorkspace::agentSetsTheirPresenceFromTheStatusBar()
{
    // Any agent sets their own presence from the status bar: a command with
    // its audit entry, stored where the supervisor's agent board reads it.
    std::unique_ptr<ApplicationController> controller = open(QStringLiteral("aino.lehtonen"));   // a demo agent
    QVERIFY(controller);
    auto *button = controller->mainWindow()->findChild<PresenceButton *>();
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QAction *busy = nullptr;
    for (QAction *action : button->menu()->actions()) {
        if (Presence(action->data().toInt()) == Presence::Busy)
            busy = action;
    }
    QVERIFY(busy);
    busy->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(button->presence(), Presence::Busy, WorkerTimeoutMs);
    QCOMPARE(button->text(), SupervisionText::presence(Presence::Busy));
    QVERIFY(busy->isChecked());

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("presence-check"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("carddesk.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT presence FROM agents WHERE username = 'aino.lehtonen'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("busy"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'agent.presence.set'"
                                      " AND agent = 'aino.lehtonen'")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("presence-check"));

    // Closing the window signs out: offline first, then the window closes.
    MainWindow *window = controller->mainWindow();
    window->show();
    QVERIFY(button->needsSignOut());
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), PresenceButton::SignOutTimeoutMs + WorkerTimeoutMs);
    QCOMPARE(button->presence(), Presence::Offline);   // stored, not timed out
    QVERIFY(!button->needsSignOut());
}

QTEST_MAIN(TestSupervisionWorkspace)
#include "tst_supervisionworkspace.moc"

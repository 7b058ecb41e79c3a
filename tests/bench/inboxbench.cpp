#include "inboxbench.h"

#include "benchsupport.h"

#include "guistallmonitor.h"
#include "systeminfo.h"

#include "inbox/conversationlistmodel.h"
#include "inbox/conversationview.h"
#include "inbox/inboxpane.h"
#include "inbox/messagebrowser.h"
#include "services/customerservice.h"
#include "services/inboxservice.h"
#include "services/localbackend.h"
#include "storage/conversationrepository.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QListView>
#include <QLocale>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {

using BenchSupport::await;
using BenchSupport::number;
using BenchSupport::runEventLoopFor;

// Budgets of the inbox issue, at 1M conversations / 5M messages.
constexpr double SwitchTargetMs = 100.0;
constexpr double OpenTargetMs = 50.0;
constexpr double SearchTargetMs = 50.0;
constexpr double StallTargetMs = 16.0;
constexpr int LongThreadMessages = 200;
constexpr int WaitTimeoutMs = 15000;
const char *const NaiveConnection = "carddesk-bench-inbox-naive";

/// Spins the event loop until @p done or the timeout; true when done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = WaitTimeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

/// Records the times of a widget's Paint events once armed.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *widget, const QElapsedTimer &clock)
        : m_clock(clock)
    {
        widget->installEventFilter(this);
    }
    void arm()
    {
        m_paints.clear();
        m_armed = true;
    }
    /// The first paint at or after @p ns, or -1.
    qint64 firstPaintAfter(qint64 ns) const
    {
        for (const qint64 paint : m_paints) {
            if (paint >= ns)
                return paint;
        }
        return -1;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && event->type() == QEvent::Paint)
            m_paints.append(m_clock.nsecsElapsed());
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    QList<qint64> m_paints;
    bool m_armed = false;
};

QString ms(double value)
{
    return BenchReport::ms(value);
}

QString openStatuses()
{
    return QStringLiteral("status IN ('new', 'open', 'pending', 'on_hold')");
}

} // namespace

InboxBench::InboxBench(LocalBackend *backend, const QString &databasePath, const BenchOptions &options,
                       Report progress, Report fail)
    : m_backend(backend)
    , m_databasePath(databasePath)
    , m_options(options)
    , m_progress(std::move(progress))
    , m_fail(std::move(fail))
{
}

QList<InboxBench::ViewCase> InboxBench::viewCases() const
{
    const QString open = openStatuses();
    const QString soon = ConversationRepository::isoTime(QDateTime::currentDateTimeUtc().addSecs(3600));
    return {
        {QStringLiteral("All open"), int(InboxView::AllOpen), -1, open},
        {QStringLiteral("My open"), int(InboxView::MyOpen), -1,
         QStringLiteral("assignee = '%1' AND %2").arg(m_agent, open)},
        {QStringLiteral("Unassigned"), int(InboxView::Unassigned), -1, QStringLiteral("assignee IS NULL AND ") + open},
        {QStringLiteral("Due soon / breached"), int(InboxView::DueSoon), -1,
         QStringLiteral("%1 AND sla_due < '%2'").arg(open, soon)},
        {QStringLiteral("Email"), int(InboxView::ByChannel), int(Channel::Email),
         QStringLiteral("channel = 'email' AND ") + open},
        {QStringLiteral("Chat"), int(InboxView::ByChannel), int(Channel::Chat),
         QStringLiteral("channel = 'chat' AND ") + open},
        {QStringLiteral("Alerts"), int(InboxView::Alerts), -1, QStringLiteral("channel = 'alert' AND ") + open},
        {QStringLiteral("Resolved"), int(InboxView::Resolved), -1,
         QStringLiteral("status IN ('resolved', 'closed')")},
    };
}

QStringList InboxBench::searchTerms() const
{
    // Common and rare words of the demo texts in Finnish, Swedish, Norwegian
    // and English, a merchant, a campaign code, two words, and a miss.
    return {QStringLiteral("kortti"),      QStringLiteral("kadonnut"),   QStringLiteral("PIN"),
            QStringLiteral("reklamation"), QStringLiteral("receipt"),    QStringLiteral("Zalando"),
            QStringLiteral("BLACKWEEK20"), QStringLiteral("lost card"),  QStringLiteral("kampanjakoodi"),
            QStringLiteral("eräpäivä"),    QStringLiteral("sperret"),    QStringLiteral("lönebesked"),
            QStringLiteral("payslip"),     QStringLiteral("xyzzyq")};
}

void InboxBench::run()
{
    m_agent = m_backend->agent().username;   // the backend is gone when the report is written
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QString::fromLatin1(NaiveConnection));
        db.setDatabaseName(m_databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            m_fail(QStringLiteral("inbox: cannot open %1 read-only: %2").arg(m_databasePath, db.lastError().text()));
        } else {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -16384"));
            measureDataset();
            m_longConversation = ensureLongConversation();
            measureSearch();
            measureNaiveSearch();
            measurePane();
            measureNaiveViews();
        }
    }
    QSqlDatabase::removeDatabase(QString::fromLatin1(NaiveConnection));
}

void InboxBench::measureDataset()
{
    QSqlQuery query(QSqlDatabase::database(QString::fromLatin1(NaiveConnection)));
    auto scalar = [&](const QString &sql) {
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    m_conversations = scalar(QStringLiteral("SELECT count(*) FROM conversations"));
    m_messages = scalar(QStringLiteral("SELECT count(*) FROM messages"));
    m_openConversations = scalar(QStringLiteral("SELECT n FROM inbox_counts WHERE key = 'open'"));
    query.finish();
    m_progress(QStringLiteral("Inbox: %1 conversations (%2 open), %3 messages")
                   .arg(number(m_conversations), number(m_openConversations), number(m_messages)));
}

qint64 InboxBench::ensureLongConversation()
{
    QSqlQuery query(QSqlDatabase::database(QString::fromLatin1(NaiveConnection)));
    // A long case: customer 1's open chat, grown to 200 messages through the
    // real service (replies and notes are commands with their audit entries).
    // Done once; a reused dataset keeps it.
    qint64 id = 0;
    int count = 0;
    if (query.exec(QStringLiteral("SELECT id, message_count FROM conversations WHERE customer_id = 1"
                                  " ORDER BY message_count DESC, id LIMIT 1"))
        && query.next()) {
        id = query.value(0).toLongLong();
        count = query.value(1).toInt();
    }
    query.finish();
    if (!id) {
        m_fail(QStringLiteral("inbox: customer 1 has no conversation to grow to %1 messages").arg(LongThreadMessages));
        return 0;
    }
    if (count < LongThreadMessages) {
        m_progress(QStringLiteral("Growing conversation %1 from %2 to %3 messages through the service")
                       .arg(id)
                       .arg(count)
                       .arg(LongThreadMessages));
        static const char *const bodies[] = {
            "Thanks for the update. I have checked the statement again and the two charges from the same "
            "merchant are still there; the second one looks like a duplicate of the first.",
            "Customer called back: confirms the card was in her possession the whole time. Dispute reason "
            "changed to duplicate processing. Receipt requested by email.",
            "Kiitos viestistä! Tarkistimme tapahtumat uudelleen ja avasimme reklamaation toisesta veloituksesta. "
            "Saat vastauksen 2-6 viikon kuluessa.",
            "Merchant answered the retrieval request; waiting for the acquirer's reply before we credit the "
            "amount for good.",
        };
        QElapsedTimer clock;
        clock.start();
        InboxService *inbox = m_backend->inbox();
        for (int i = count; i < LongThreadMessages; ++i) {
            const QString body = QString::fromUtf8(bodies[i % 4]) + QStringLiteral(" (%1)").arg(i + 1);
            const CommandResult result = await(i % 3 == 1 ? inbox->addNote(id, body) : inbox->sendReply(id, body));
            if (!result.ok()) {
                m_fail(QStringLiteral("inbox: growing conversation %1: %2").arg(id).arg(result.message));
                return 0;
            }
        }
        m_longSetupSeconds = double(clock.nsecsElapsed()) / 1e9;
    }
    const ThreadResult thread = await(m_backend->inbox()->thread(id));
    m_longMessages = int(thread.thread.messages.size());
    return id;
}

void InboxBench::measureSearch()
{
    InboxService *inbox = m_backend->inbox();
    const QStringList terms = searchTerms();
    const int rounds = m_options.quick ? 1 : 5;
    m_progress(QStringLiteral("Message search: %1 terms x %2 rounds through InboxService, after a warm-up round")
                   .arg(terms.size())
                   .arg(rounds));
    QHash<QString, LatencySamples> perTerm;
    QHash<QString, QString> rowsOf;
    for (int round = -1; round < rounds; ++round) {
        for (const QString &term : terms) {
            InboxQuery query;
            query.view = InboxView::AllOpen;
            query.text = term;
            QElapsedTimer clock;
            clock.start();
            const ConversationPage page = await(inbox->conversations(query));
            const qint64 ns = clock.nsecsElapsed();
            if (!page.error.isEmpty()) {
                m_fail(QStringLiteral("inbox search \"%1\": %2").arg(term, page.error));
                continue;
            }
            if (round < 0)
                continue;
            m_search.add(ns, term);
            perTerm[term].add(ns, term);
            rowsOf[term] = QString::number(page.rows.size()) + (page.hasMore ? QStringLiteral("+") : QString());
        }
    }
    for (const QString &term : terms)
        m_searchRows << QStringList{QStringLiteral("`") + term + QStringLiteral("`"), ms(perTerm[term].percentileMs(0.5)),
                                    rowsOf.value(term)};
    m_progress(QStringLiteral("  p50 %1, p95 %2, max %3")
                   .arg(ms(m_search.percentileMs(0.5)), ms(m_search.percentileMs(0.95)), ms(m_search.maxMs())));
}

void InboxBench::measureNaiveSearch()
{
    // The naive way: LIKE over every message of the open conversations.
    QSqlQuery query(QSqlDatabase::database(QString::fromLatin1(NaiveConnection)));
    query.setForwardOnly(true);
    const QStringList terms = m_options.quick ? QStringList{QStringLiteral("kortti")}
                                              : QStringList{QStringLiteral("kortti"), QStringLiteral("Zalando"),
                                                            QStringLiteral("xyzzyq")};
    m_progress(QStringLiteral("Naive message search: LIKE over the messages, %1 terms once each").arg(terms.size()));
    for (const QString &term : terms) {
        QElapsedTimer clock;
        clock.start();
        if (!query.prepare(QStringLiteral("SELECT DISTINCT c.id FROM messages m JOIN conversations c"
                                          " ON c.id = m.conversation_id WHERE c.%1 AND m.body_text LIKE ?"
                                          " LIMIT 100")
                               .arg(openStatuses()))) {
            m_fail(QStringLiteral("naive inbox search: %1").arg(query.lastError().text()));
            return;
        }
        query.addBindValue(QStringLiteral("%") + term + QStringLiteral("%"));
        int rows = 0;
        if (query.exec()) {
            while (query.next())
                ++rows;
        }
        const qint64 ns = clock.nsecsElapsed();
        query.finish();
        m_naiveSearch.add(ns, term);
        m_naiveSearchRows << QStringList{QStringLiteral("`") + term + QStringLiteral("`"),
                                         ms(double(ns) / 1e6), QString::number(rows)};
    }
}

void InboxBench::measurePane()
{
    InboxPane pane(m_backend->inbox(), m_backend->customers(), m_backend->agent());
    pane.resize(1440, 900);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane, 5000)) {
        m_fail(QStringLiteral("inbox: the inbox pane was never exposed"));
        return;
    }
    QElapsedTimer clock;
    clock.start();
    qint64 loadedNs = -1;
    qint64 shownNs = -1;
    qint64 shownId = 0;
    QObject::connect(&pane, &InboxPane::listLoaded, &pane, [&] { loadedNs = clock.nsecsElapsed(); });
    QObject::connect(&pane, &InboxPane::conversationShown, &pane, [&](qint64 id) {
        shownNs = clock.nsecsElapsed();
        shownId = id;
    });
    if (!waitUntil([&] { return pane.model()->rowCount() > 0; })) {
        m_fail(QStringLiteral("inbox: the first view never loaded"));
        return;
    }
    runEventLoopFor(200);

    // 1. Switching views: from the call to the list painted with the new rows.
    PaintWatcher listPaint(pane.listView()->viewport(), clock);
    const QList<ViewCase> cases = viewCases();
    const int rounds = m_options.quick ? 1 : 3;
    m_progress(QStringLiteral("Switch view: %1 views x %2 rounds in the real inbox pane, after a warm-up round")
                   .arg(cases.size())
                   .arg(rounds));
    for (int round = -1; round < rounds; ++round) {
        for (const ViewCase &c : cases) {
            loadedNs = -1;
            listPaint.arm();
            const qint64 start = clock.nsecsElapsed();
            pane.selectView(InboxView(c.view),
                            c.channel >= 0 ? std::optional<Channel>(Channel(c.channel)) : std::nullopt);
            if (!waitUntil([&] { return loadedNs >= 0; })) {
                m_fail(QStringLiteral("inbox: view %1 never loaded").arg(c.label));
                continue;
            }
            if (!waitUntil([&] { return listPaint.firstPaintAfter(loadedNs) >= 0; }, 2000)) {
                m_fail(QStringLiteral("inbox: view %1 was never painted").arg(c.label));
                continue;
            }
            if (round >= 0) {
                m_switch.add(listPaint.firstPaintAfter(loadedNs) - start, c.label);
                m_switchLoaded.add(loadedNs - start, c.label);
            }
            runEventLoopFor(50);
        }
    }
    m_progress(QStringLiteral("  p50 %1, p95 %2, max %3")
                   .arg(ms(m_switch.percentileMs(0.5)), ms(m_switch.percentileMs(0.95)), ms(m_switch.maxMs())));

    // 2. Opening the 200-message conversation, from the call to the thread painted.
    if (m_longConversation) {
        pane.selectView(InboxView::AllOpen);
        waitUntil([&] { return pane.model()->rowCount() > 0; });
        runEventLoopFor(100);
        const qint64 other = pane.model()->index(0, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
        PaintWatcher threadPaint(pane.conversationView()->browser()->viewport(), clock);
        const int opens = m_options.quick ? 2 : 10;
        m_progress(QStringLiteral("Open a conversation of %1 messages: %2 times, another one in between")
                       .arg(m_longMessages)
                       .arg(opens));
        GuiStallMonitor openMonitor;
        for (int i = -1; i < opens; ++i) {
            if (i == 0)
                openMonitor.start();
            openMonitor.setContext(QStringLiteral("opening another conversation"));
            pane.openConversation(other);
            waitUntil([&] { return shownId == other; });
            runEventLoopFor(50);
            shownNs = -1;
            openMonitor.setContext(QStringLiteral("opening the long conversation"));
            threadPaint.arm();
            const qint64 start = clock.nsecsElapsed();
            pane.openConversation(m_longConversation);
            if (!waitUntil([&] { return shownNs >= 0 && shownId == m_longConversation; })) {
                m_fail(QStringLiteral("inbox: conversation %1 was never shown").arg(m_longConversation));
                continue;
            }
            if (!waitUntil([&] { return threadPaint.firstPaintAfter(shownNs) >= 0; }, 2000)) {
                m_fail(QStringLiteral("inbox: conversation %1 was never painted").arg(m_longConversation));
                continue;
            }
            if (i >= 0)
                m_open.add(threadPaint.firstPaintAfter(shownNs) - start, QStringLiteral("open %1").arg(i + 1));
            runEventLoopFor(50);
        }
        openMonitor.stop();
        m_openStallMs = openMonitor.worstGapMs();
        m_openStallContext = openMonitor.worstGapContext();
        for (int i = 0; i < opens; ++i) {
            QElapsedTimer service;
            service.start();
            const ThreadResult result = await(m_backend->inbox()->thread(m_longConversation));
            if (result.found)
                m_openService.add(service.nsecsElapsed(), QStringLiteral("thread %1").arg(i + 1));
        }
        m_progress(QStringLiteral("  p50 %1, p95 %2 (service alone p50 %3)")
                       .arg(ms(m_open.percentileMs(0.5)), ms(m_open.percentileMs(0.95)),
                            ms(m_openService.percentileMs(0.5))));
    }

    // 3. Scrolling every open conversation: page after page, with the list
    // fetching further pages as it goes, and a stall monitor on the GUI thread.
    pane.selectView(InboxView::AllOpen);
    waitUntil([&] { return pane.model()->rowCount() > 0; });
    runEventLoopFor(200);
    QListView *list = pane.listView();
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentIndex(pane.model()->index(0, 0));
    // Opening the first row is measured above (8), not as scrolling.
    const qint64 firstRow = pane.model()->index(0, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    waitUntil([&] { return shownId == firstRow; });
    runEventLoopFor(200);
    GuiStallMonitor monitor;
    monitor.start();
    QElapsedTimer scrolling;
    scrolling.start();
    const qint64 duration = m_options.quick ? 1500 : 12000;
    int steps = 0;
    while (scrolling.elapsed() < duration) {
        if (steps % 10 == 9) {
            // A drag of the scroll bar to its end, as a hurried agent does.
            monitor.setContext(QStringLiteral("scroll bar to the end, %1 rows loaded").arg(pane.model()->rowCount()));
            list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
        } else {
            monitor.setContext(QStringLiteral("Page Down at row %1").arg(list->currentIndex().row()));
            QTest::keyClick(list, Qt::Key_PageDown);
        }
        ++steps;
        runEventLoopFor(16);
    }
    m_scrollSeconds = double(scrolling.elapsed()) / 1000.0;
    monitor.stop();
    m_worstStallMs = monitor.worstGapMs();
    m_worstStallContext = monitor.worstGapContext();
    m_stallsOver16 = monitor.gapsOver(StallTargetMs);
    m_ticks = monitor.ticks();
    m_loadedRows = pane.model()->rowCount();
    m_scrolledRows = std::max(list->currentIndex().row(), list->indexAt(QPoint(0, 0)).row());
    m_rssAfterScrollKb = SystemInfo::selfStatusKb("VmRSS");
    m_progress(QStringLiteral("  scrolled %1 rows (%2 loaded) in %3 s, worst GUI stall %4 (%5)")
                   .arg(number(m_scrolledRows), number(m_loadedRows))
                   .arg(m_scrollSeconds, 0, 'f', 1)
                   .arg(ms(m_worstStallMs), m_worstStallContext));
}

void InboxBench::measureNaiveViews()
{
    QSqlDatabase db = QSqlDatabase::database(QString::fromLatin1(NaiveConnection));
    QSqlTableModel model(nullptr, db);
    model.setTable(QStringLiteral("conversations"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    const int slaColumn = model.record().indexOf(QStringLiteral("sla_due"));
    const QList<ViewCase> cases = viewCases();
    const int rounds = m_options.quick ? 1 : 2;
    m_progress(QStringLiteral("Naive view switch: QSqlTableModel (filter, sort) and count(*) per view, %1 views x %2 rounds")
                   .arg(cases.size())
                   .arg(rounds));
    QSqlQuery count(db);
    count.setForwardOnly(true);
    for (int round = -1; round < rounds; ++round) {
        for (const ViewCase &c : cases) {
            QElapsedTimer clock;
            clock.start();
            model.setFilter(c.naiveWhere);
            model.setSort(slaColumn, Qt::AscendingOrder);
            if (!model.select()) {
                m_fail(QStringLiteral("naive view %1: %2").arg(c.label, model.lastError().text()));
                continue;
            }
            const qint64 modelNs = clock.nsecsElapsed();
            // The navigation's counts, the naive way: one count(*) per view.
            for (const ViewCase &each : cases) {
                if (count.exec(QStringLiteral("SELECT count(*) FROM conversations WHERE ") + each.naiveWhere))
                    count.next();
                count.finish();
            }
            if (round >= 0) {
                m_naiveModelOnly.add(modelNs, c.label);
                m_naiveSwitch.add(clock.nsecsElapsed(), c.label);
            }
        }
    }
    m_progress(QStringLiteral("  model p50 %1; with counts p50 %2, p95 %3")
                   .arg(ms(m_naiveModelOnly.percentileMs(0.5)), ms(m_naiveSwitch.percentileMs(0.5)),
                        ms(m_naiveSwitch.percentileMs(0.95))));
}

void InboxBench::addSummary(BenchReport &report) const
{
    using Verdict = BenchReport::Verdict;
    auto verdict = [](const LatencySamples &samples, double target) {
        return samples.isEmpty() ? Verdict::Failed
                                 : samples.percentileMs(0.95) <= target ? Verdict::Pass : Verdict::Miss;
    };
    auto ratio = [](const LatencySamples &naive, const LatencySamples &ours) {
        const double mine = ours.percentileMs(0.5);
        return mine > 0 ? QStringLiteral("%1×").arg(naive.percentileMs(0.5) / mine, 0, 'f', 0) : QStringLiteral("—");
    };

    report.addSummary(QStringLiteral("7. Switch inbox view, real pane, to the list painted (p95)"),
                      QStringLiteral("≤ 100 ms"),
                      QStringLiteral("%1 (naive QSqlTableModel + counts p50 %2, %3 slower)")
                          .arg(ms(m_switch.percentileMs(0.95)), ms(m_naiveSwitch.percentileMs(0.5)),
                               ratio(m_naiveSwitch, m_switch)),
                      verdict(m_switch, SwitchTargetMs));
    report.addSummary(QStringLiteral("8. Open a conversation of %1 messages, to the thread painted (p95)")
                          .arg(m_longMessages),
                      QStringLiteral("≤ 50 ms"), ms(m_open.percentileMs(0.95)),
                      m_longMessages >= LongThreadMessages ? verdict(m_open, OpenTargetMs) : Verdict::Failed);
    report.addSummary(QStringLiteral("9. Message search, first page (p95)"), QStringLiteral("≤ 50 ms"),
                      QStringLiteral("%1 (naive LIKE p50 %2, %3 slower)")
                          .arg(ms(m_search.percentileMs(0.95)), ms(m_naiveSearch.percentileMs(0.5)),
                               ratio(m_naiveSearch, m_search)),
                      verdict(m_search, SearchTargetMs));
    report.addSummary(QStringLiteral("10. Worst GUI-thread stall while scrolling a view"),
                      QStringLiteral("never > 16 ms"),
                      m_worstStallMs < 0 ? QStringLiteral("not measured")
                                         : QStringLiteral("%1 (%2 rows scrolled)")
                                               .arg(ms(m_worstStallMs), number(m_scrolledRows)),
                      m_worstStallMs < 0 ? Verdict::Failed
                                         : m_worstStallMs <= StallTargetMs ? Verdict::Pass : Verdict::Miss);

}

void InboxBench::addSection(BenchReport &report) const
{
    report.addHeading(QStringLiteral("7–10. The inbox"));
    report.addParagraph(
        QStringLiteral("**Inbox dataset:** %1 conversations (%2 open), %3 messages, beside the customers above. "
                       "The long case is conversation %4 (customer 1's), %5 messages%6.")
            .arg(number(m_conversations), number(m_openConversations), number(m_messages))
            .arg(m_longConversation)
            .arg(m_longMessages)
            .arg(m_longSetupSeconds >= 0
                     ? QStringLiteral(", grown to that size by this run through `InboxService::sendReply`/`addNote` "
                                      "(real commands with audit entries) in %1 s")
                           .arg(m_longSetupSeconds, 0, 'f', 1)
                     : QStringLiteral(", grown to that size by an earlier run")));

    report.addParagraph(QStringLiteral(
        "**7. Switching views.** The real `InboxPane` (list model, delegate, navigation with counts, conversation "
        "pane, customer panel), 1440×900, offscreen, on the LocalBackend. Time from `InboxPane::selectView()` to "
        "the first paint of the list's viewport after the model took the first page (`listLoaded`). Eight views, "
        "each after a different one. Naive: a `QSqlTableModel` over `conversations` on its own read-only "
        "connection with the same view as a filter on the plain columns, sorted by `sla_due`, `select()` "
        "(which fetches its first 256 rows), plus the navigation's counts as `count(*)` per view."));
    QList<QStringList> rows;
    auto addRow = [&rows](const QString &path, const LatencySamples &s) {
        rows << QStringList{path, QString::number(s.count()), ms(s.percentileMs(0.5)), ms(s.percentileMs(0.95)),
                            ms(s.maxMs())};
    };
    addRow(QStringLiteral("pane: call → first page in the model"), m_switchLoaded);
    addRow(QStringLiteral("pane: call → list painted"), m_switch);
    addRow(QStringLiteral("naive: QSqlTableModel select()"), m_naiveModelOnly);
    addRow(QStringLiteral("naive: select() + count(*) per view"), m_naiveSwitch);
    report.addTable({QStringLiteral("Path"), QStringLiteral("Samples"), QStringLiteral("p50"), QStringLiteral("p95"),
                     QStringLiteral("max")},
                    rows);
    QList<QStringList> perView;
    for (const ViewCase &c : viewCases()) {
        const LatencySamples pane = m_switch.filtered({c.label});
        const LatencySamples naive = m_naiveSwitch.filtered({c.label});
        const LatencySamples naiveModel = m_naiveModelOnly.filtered({c.label});
        perView << QStringList{c.label, ms(pane.percentileMs(0.5)), ms(naiveModel.percentileMs(0.5)),
                               ms(naive.percentileMs(0.5))};
    }
    report.addTable({QStringLiteral("View"), QStringLiteral("Pane p50"), QStringLiteral("Naive model p50"),
                     QStringLiteral("Naive + counts p50")},
                    perView);

    report.addParagraph(QStringLiteral(
        "**8. Opening a long conversation.** `InboxPane::openConversation()` of the long case, another "
        "conversation opened in between so that each open loads; time from the call to the first paint of the "
        "thread (`MessageBrowser`) after `conversationShown`: the thread read on the worker, the customer's "
        "context, the rendering (a long thread opens at its latest %1 messages, with a link to the earlier "
        "ones). The longest the GUI thread went without turning its event loop during these opens: %2 (%3).")
                            .arg(ConversationView::LatestMessagesShown)
                            .arg(ms(m_openStallMs), m_openStallContext));
    rows.clear();
    addRow(QStringLiteral("pane: call → thread painted"), m_open);
    addRow(QStringLiteral("service: InboxService::thread()"), m_openService);
    report.addTable({QStringLiteral("Path"), QStringLiteral("Samples"), QStringLiteral("p50"), QStringLiteral("p95"),
                     QStringLiteral("max")},
                    rows);

    report.addParagraph(QStringLiteral(
        "**9. Message search.** `InboxService::conversations()` with a text over the open conversations, first "
        "page of 100, timed on the calling thread until the future's result arrives; every term after a "
        "warm-up round. Naive: `SELECT DISTINCT` conversation ids of open conversations whose message text is "
        "`LIKE '%term%'`, `LIMIT 100`, on the read-only connection."));
    rows.clear();
    addRow(QStringLiteral("service, every term"), m_search);
    addRow(QStringLiteral("naive LIKE"), m_naiveSearch);
    report.addTable({QStringLiteral("Path"), QStringLiteral("Samples"), QStringLiteral("p50"), QStringLiteral("p95"),
                     QStringLiteral("max")},
                    rows);
    report.addTable({QStringLiteral("Term"), QStringLiteral("Service p50"), QStringLiteral("Rows")}, m_searchRows);
    report.addTable({QStringLiteral("Term"), QStringLiteral("Naive LIKE"), QStringLiteral("Rows")},
                    m_naiveSearchRows);

    report.addParagraph(
        QStringLiteral("**10. Scrolling.** The All open view (sorted by SLA due), Page Down every 16 ms and every "
                       "tenth step a drag of the scroll bar to its end (which makes the model fetch the next page "
                       "on the worker), for %1 s, with a 1 ms timer on the GUI thread measuring the longest gap "
                       "between its ticks (%2 ticks). Scrolled to row %3 with %4 rows loaded; %5 gaps over 16 ms; "
                       "the worst, %6, during \"%7\". The bench process's resident memory after scrolling: %8 MB.")
            .arg(m_scrollSeconds, 0, 'f', 1)
            .arg(number(m_ticks), number(m_scrolledRows), number(m_loadedRows))
            .arg(m_stallsOver16)
            .arg(ms(m_worstStallMs), m_worstStallContext)
            .arg(double(m_rssAfterScrollKb) / 1024.0, 0, 'f', 1));
}

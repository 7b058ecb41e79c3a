// The inbox: ConversationListModel against a scripted InboxService (answers
// arrive when the test says so, in any order), the pieces that guard the agent
// (card-number guard, no remote content), and a keyboard-only flow through
// the real window over the real LocalBackend: open a view, select a
// conversation, reply with a macro, close it.

#include "common/theme.h"
#include "inbox/commandpalette.h"
#include "inbox/composer.h"
#include "inbox/conversationcontextpanel.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/conversationview.h"
#include "inbox/inboxnavigation.h"
#include "inbox/inboxpane.h"
#include "inbox/inboxtext.h"
#include "inbox/macropicker.h"
#include "inbox/messagebrowser.h"
#include "shell/applicationcontroller.h"
#include "shell/mainwindow.h"
#include "customer/customerview.h"
#include "inbox/bulkactionbar.h"
#include "inbox/logcalldialog.h"
#include "lookup/customerlookuppane.h"

#include "services/inboxservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QApplication>
#include <QListView>
#include <QMap>
#include <QMenu>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>
#include <QToolButton>
#include <QFile>
#include <QUrl>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

#include <memory>
#include <vector>

namespace {

class ScriptedInboxService : public InboxService
{
public:
    struct Pending
    {
        InboxQuery query;
        QPromise<ConversationPage> promise;
    };

    QFuture<ConversationPage> conversations(const InboxQuery &query) override
    {
        auto pending = std::make_unique<Pending>();
        pending->query = query;
        pending->promise.start();
        QFuture<ConversationPage> future = pending->promise.future();
        m_pending.push_back(std::move(pending));
        return future;
    }
    QFuture<InboxCounts> counts() override { return QtFuture::makeReadyFuture(InboxCounts{}); }
    QFuture<ThreadResult> thread(qint64) override { return QtFuture::makeReadyFuture(ThreadResult{}); }
    QFuture<QList<ConversationSummary>> conversationsOfCustomer(qint64, int) override
    {
        return QtFuture::makeReadyFuture(QList<ConversationSummary>{});
    }
    QFuture<CommandResult> sendReply(qint64, const QString &) override { return done(); }
    QFuture<CommandResult> addNote(qint64, const QString &) override { return done(); }
    QFuture<OutboundResult> writeToCustomer(qint64, Channel, const QString &, const QString &) override
    {
        return QtFuture::makeReadyFuture(OutboundResult{});
    }
    QFuture<CommandResult> assign(const QList<qint64> &, const QString &, const QString &) override { return done(); }
    QFuture<CommandResult> setStatus(const QList<qint64> &, ConversationStatus) override { return done(); }
    QFuture<CommandResult> setPriority(const QList<qint64> &, Priority) override { return done(); }
    QFuture<CommandResult> addTopics(const QList<qint64> &, const QStringList &) override { return done(); }
    QFuture<LogCallResult> logCall(qint64, qint64, const QString &, const QString &, int) override
    {
        return QtFuture::makeReadyFuture(LogCallResult{});
    }
    QFuture<CommandResult> recordSatisfaction(qint64, int) override { return done(); }
    QFuture<QList<Macro>> macros() override { return QtFuture::makeReadyFuture(QList<Macro>{}); }
    QFuture<QString> attachmentPath(qint64) override { return QtFuture::makeReadyFuture(QString()); }
    QFuture<ImportResult> importEmails(const QStringList &) override
    {
        return QtFuture::makeReadyFuture(ImportResult{});
    }

    int pendingCount() const { return int(m_pending.size()); }
    const InboxQuery &query(int i) const { return m_pending.at(size_t(i))->query; }

    /// Answers request @p i with @p count rows whose subjects start with @p tag.
    void answer(int i, int count, const QString &tag, bool hasMore = false)
    {
        Pending &p = *m_pending.at(size_t(i));
        ConversationPage page;
        const int offset = p.query.cursor.toInt();
        for (int n = 0; n < count; ++n) {
            ConversationSummary s;
            s.id = offset + n + 1;
            s.customerId = 100 + n;
            s.customerName = QStringLiteral("Customer %1").arg(offset + n + 1);
            s.subject = QStringLiteral("%1 %2").arg(tag).arg(offset + n + 1);
            s.channel = ConversationNames::allChannels().at(n % ConversationNames::allChannels().size());
            s.status = ConversationStatus::Open;
            s.firstResponseDue = QDateTime::currentDateTime().addSecs(600 * (n - 2));
            s.topics = {QStringLiteral("pin")};
            page.rows.append(s);
        }
        page.hasMore = hasMore;
        if (hasMore)
            page.nextCursor = QString::number(offset + count);
        p.promise.addResult(page);
        p.promise.finish();
    }

private:
    static QFuture<CommandResult> done()
    {
        CommandResult result;
        result.status = CommandResult::Applied;
        return QtFuture::makeReadyFuture(result);
    }

    std::vector<std::unique_ptr<Pending>> m_pending;
};

/// How long a test waits for an answer from the database worker: generous, for a loaded CI machine.
constexpr int WorkerTimeoutMs = 15000;

QWidget *waitForModal()
{
    QWidget *modal = nullptr;
    (void)QTest::qWaitFor([&modal] {
        modal = QApplication::activeModalWidget();
        return modal != nullptr;
    }, 5000);
    return modal;
}

} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    // the list model, scripted
    void modelPagesOneAtATime();
    void staleFirstPagesAreDropped();
    void staleNextPageIsDropped();
    void slaUrgencyAndCountdown();

    // guards
    void browserLoadsOnlyOwnParts();
    void cardNumberGuardMasksOrReturnsToEdit();
    void macroPickerFiltersAsYouType();

    // the real window over the real LocalBackend
    void inboxAreaShowsViewsWithCounts();
    void keyboardOnlyFlow();
    void commandPaletteListsActionsWithShortcuts();
    void bulkAssignToMe();
    void logCallWithRunningTimer();
    void ctrlShiftCOpensTheCustomer();
    void ctrlFSearchesConversations();
    void filtersNarrowTheView();
    void droppedEmlFilesAreImportedOnce();
    void topicSuggestionForTheOpenConversation();
    void contextPanelFoldsAwayOnNarrowWindows();
    void longThreadOpensAtItsLatestMessages();
    void fastMovesOpenOnlyWhereTheyStop();

private:
    /// Opens a listed conversation of a known customer and waits until it and the customer are shown.
    qint64 openConversationWithCustomer();

    QTemporaryDir m_dir;
    std::unique_ptr<ApplicationController> m_controller;
    InboxPane *m_pane = nullptr;
};

void TestInbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CardDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_inbox"));
    TestSupport::pinEnvironment();
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());

    // The real window over the real LocalBackend, for every test that needs it.
    ApplicationController::Options options;
    options.dataDir = m_dir.path();
    options.language = QStringLiteral("en");
    options.demoCustomers = 300;
    options.interactive = false;
    m_controller = std::make_unique<ApplicationController>(options);
    QSignalSpy ready(m_controller.get(), &ApplicationController::ready);
    m_controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 120000);
    m_pane = m_controller->inboxPane();
    QVERIFY(m_pane);
}

void TestInbox::init()
{
    // Each test starts from the same inbox, whatever ran before it: the inbox
    // area at 1280x720, "All open", no search, no filters, no dialog.
    QVERIFY(m_pane);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    MainWindow *window = m_controller->mainWindow();
    window->resize(1280, 720);
    window->showArea(QStringLiteral("inbox"));
    if (!m_pane->searchEdit()->text().isEmpty()) {
        m_pane->searchEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->query().text.isEmpty(), WorkerTimeoutMs);
    }
    auto *clearFilters = m_pane->findChild<QPushButton *>(QStringLiteral("inboxClearFilters"));
    QVERIFY(clearFilters);
    if (!clearFilters->isHidden())
        clearFilters->click();
    m_pane->selectView(InboxView::AllOpen);
    ConversationListModel *model = m_pane->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->query().view == InboxView::AllOpen && !model->query().channel
                                 && !model->query().priority && !model->query().status
                                 && model->query().queue.isEmpty() && model->query().topic.isEmpty()
                                 && model->query().assignee.isEmpty() && model->query().text.isEmpty()
                                 && model->state() == ConversationListModel::State::Results,
                             WorkerTimeoutMs);
    // No conversation open, none current: as the inbox first opens.
    m_pane->listView()->selectionModel()->clear();
    m_pane->conversationView()->showConversation(0);
    QVERIFY(!m_pane->listView()->currentIndex().isValid());
    // Last, once the events of windows an earlier test showed and closed have arrived.
    QApplication::setActiveWindow(window);
    QTRY_COMPARE(QApplication::activeWindow(), window);
}

qint64 TestInbox::openConversationWithCustomer()
{
    ConversationListModel *model = m_pane->model();
    int row = 0;
    while (row < model->rowCount() && model->summaryAt(row).customerId == 0)
        ++row;
    if (row >= model->rowCount())
        return 0;
    const ConversationSummary conversation = model->summaryAt(row);
    if (!m_pane->selectConversation(conversation.id))
        return 0;
    const bool shown = QTest::qWaitFor([this, &conversation] {
        return m_pane->conversationView()->isLoaded()
            && m_pane->conversationView()->conversationId() == conversation.id
            && m_pane->contextPanel()->isLoaded()
            && m_pane->contextPanel()->customerId() == conversation.customerId;
    }, WorkerTimeoutMs);
    return shown ? conversation.id : 0;
}

void TestInbox::cleanupTestCase()
{
    // Let answers still on their way (counts, a reload) arrive before their widgets go.
    QTest::qWait(300);
    m_controller.reset();
}

void TestInbox::modelPagesOneAtATime()
{
    // The model outlives the service: answers still pending at the end find their context alive.
    std::unique_ptr<ConversationListModel> owner;
    ScriptedInboxService service;
    owner = std::make_unique<ConversationListModel>(&service);
    ConversationListModel &model = *owner;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    InboxQuery query;
    query.view = InboxView::AllOpen;
    query.cursor = QStringLiteral("ignored");
    model.setQuery(query);
    QCOMPARE(service.pendingCount(), 1);
    QVERIFY(service.query(0).cursor.isEmpty());   // a new query starts at the first page
    QCOMPARE(model.state(), ConversationListModel::State::Loading);
    QVERIFY(!model.canFetchMore(QModelIndex()));   // nothing to page while loading

    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    service.answer(0, 100, QStringLiteral("first"), true);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.state(), ConversationListModel::State::Results);
    QVERIFY(model.canFetchMore(QModelIndex()));

    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());   // one page in flight: no second request
    QCOMPARE(service.pendingCount(), 2);
    QCOMPARE(service.query(1).cursor, QStringLiteral("100"));
    QVERIFY(!model.canFetchMore(QModelIndex()));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    service.answer(1, 40, QStringLiteral("first"), false);
    QTRY_COMPARE(model.rowCount(), 140);
    QCOMPARE(inserted.count(), 1);   // appended, not reset
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.summaryAt(139).id, 140);
    QCOMPARE(model.conversationIdFromIndex(model.index(5, 0)), 6);
    QCOMPARE(model.indexFromConversationId(7).row(), 6);
    QCOMPARE(model.data(model.index(0, 0), ConversationListModel::SubjectRole).toString(), QStringLiteral("first 1"));
}

void TestInbox::staleFirstPagesAreDropped()
{
    // The model outlives the service: answers still pending at the end find their context alive.
    std::unique_ptr<ConversationListModel> owner;
    ScriptedInboxService service;
    owner = std::make_unique<ConversationListModel>(&service);
    ConversationListModel &model = *owner;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    InboxQuery mine;
    mine.view = InboxView::MyOpen;
    model.setQuery(mine);
    InboxQuery email;
    email.view = InboxView::ByChannel;
    email.channel = Channel::Email;
    model.setQuery(email);
    QCOMPARE(service.pendingCount(), 2);

    // The newer answer first, then the older one arrives late: it must not win.
    service.answer(1, 3, QStringLiteral("email"));
    QTRY_COMPARE(model.rowCount(), 3);
    service.answer(0, 8, QStringLiteral("mine"));
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.summaryAt(0).subject, QStringLiteral("email 1"));
    QCOMPARE(model.query().view, InboxView::ByChannel);
}

void TestInbox::staleNextPageIsDropped()
{
    // The model outlives the service: answers still pending at the end find their context alive.
    std::unique_ptr<ConversationListModel> owner;
    ScriptedInboxService service;
    owner = std::make_unique<ConversationListModel>(&service);
    ConversationListModel &model = *owner;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    InboxQuery query;
    model.setQuery(query);
    service.answer(0, 10, QStringLiteral("old"), true);
    QTRY_COMPARE(model.rowCount(), 10);
    model.fetchMore(QModelIndex());
    QCOMPARE(service.pendingCount(), 2);

    query.text = QStringLiteral("kortti");
    model.setQuery(query);   // the agent searched while the next page was on its way
    service.answer(2, 2, QStringLiteral("new"));
    QTRY_COMPARE(model.rowCount(), 2);
    service.answer(1, 10, QStringLiteral("old"));
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.summaryAt(1).subject, QStringLiteral("new 2"));
}

void TestInbox::slaUrgencyAndCountdown()
{
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 0));
    ConversationSummary s;
    s.status = ConversationStatus::Open;
    s.firstResponseDue = now.addSecs(3 * 3600);
    QCOMPARE(InboxText::urgency(s, now), InboxText::Urgency::Calm);
    QCOMPARE(InboxText::countdown(s, now), QStringLiteral("3 h left"));
    s.firstResponseDue = now.addSecs(25 * 60);
    QCOMPARE(InboxText::urgency(s, now), InboxText::Urgency::Soon);
    QCOMPARE(InboxText::countdown(s, now), QStringLiteral("25 min left"));
    s.firstResponseDue = now.addSecs(-(2 * 3600 + 5 * 60));
    QCOMPARE(InboxText::urgency(s, now), InboxText::Urgency::Breached);
    QCOMPARE(InboxText::countdown(s, now), QStringLiteral("2 h 5 min overdue"));
    QVERIFY(InboxText::urgencyColour(InboxText::Urgency::Breached) != InboxText::urgencyColour(InboxText::Urgency::Calm));

    // Answered: the resolution target counts; resolved: no clock at all.
    s.firstResponseDue = QDateTime();
    s.resolutionDue = now.addDays(3);
    QCOMPARE(InboxText::countdown(s, now), QStringLiteral("3 d left"));
    s.status = ConversationStatus::Resolved;
    QCOMPARE(InboxText::urgency(s, now), InboxText::Urgency::None);
    QVERIFY(InboxText::countdown(s, now).isEmpty());
}

void TestInbox::browserLoadsOnlyOwnParts()
{
    MessageBrowser browser;
    QImage part(4, 4, QImage::Format_RGB32);
    part.fill(Qt::red);
    browser.setPartImage(QStringLiteral("logo@shop"), part);

    QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://tracker.example/p.gif")))
                 .isValid());
    QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
    QVERIFY(!browser.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("https://x.example/a.css")))
                 .isValid());
    QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:other@shop"))).isValid());
    const QVariant own = browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:logo@shop")));
    QCOMPARE(own.value<QImage>().pixelColor(1, 1), QColor(Qt::red));

    // A document with a remote image and a link: nothing fetched, the link is only reported.
    QSignalSpy links(&browser, &MessageBrowser::linkActivated);
    browser.setHtml(QStringLiteral("<p><img src=\"https://tracker.example/pixel.gif\"> <a href=\"https://phish.example/\">"
                                   "click</a></p>"));
    browser.resize(400, 200);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(!browser.openLinks());
    QVERIFY(!browser.openExternalLinks());
    QCOMPARE(browser.source(), QUrl());
    browser.hide();
}

void TestInbox::cardNumberGuardMasksOrReturnsToEdit()
{
    Composer composer;
    ConversationSummary conversation;
    conversation.id = 1;
    conversation.channel = Channel::Email;
    conversation.language = QStringLiteral("fi");
    composer.setConversation(conversation);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    QSignalSpy sent(&composer, &Composer::sendRequested);

    const QString text = QStringLiteral("Your card 5413 3300 8901 0608 is locked.");
    composer.editor()->setFocus();
    QTest::keyClicks(composer.editor(), text);

    // "Edit": nothing is sent and the number is selected for the agent.
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    auto *box = qobject_cast<QMessageBox *>(waitForModal());
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("cardNumberGuard"));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("editText")), Qt::LeftButton);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(sent.count(), 0);
    QCOMPARE(composer.editor()->textCursor().selectedText(), QStringLiteral("5413 3300 8901 0608"));

    // "Mask it and send": the masked text is what goes on.
    composer.send();
    box = qobject_cast<QMessageBox *>(waitForModal());
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("maskAndSend")), Qt::LeftButton);
    QTRY_COMPARE(sent.count(), 1);
    const QString body = sent.at(0).at(1).toString();
    QCOMPARE(body, QStringLiteral("Your card 5413 33** **** 0608 is locked."));
    QCOMPARE(sent.at(0).at(0).value<Composer::Mode>(), Composer::Mode::Reply);

    // A text without one goes straight on.
    composer.setText(QStringLiteral("Order 1234 5678 arrived"));
    composer.send();
    QCOMPARE(sent.count(), 2);
}

void TestInbox::macroPickerFiltersAsYouType()
{
    Macro lock;
    lock.id = QStringLiteral("card_locked_confirmation");
    lock.shortcut = QStringLiteral("lock");
    lock.titles = {{QStringLiteral("en"), QStringLiteral("Card locked")}, {QStringLiteral("fi"), QStringLiteral("Kortti suljettu")}};
    lock.bodies = {{QStringLiteral("en"), QStringLiteral("Hi {customer.first_name}")},
                   {QStringLiteral("fi"), QStringLiteral("Hei {customer.first_name}, kortti {card.last4} on suljettu.")}};
    Macro thanks;
    thanks.id = QStringLiteral("thanks");
    thanks.titles = {{QStringLiteral("en"), QStringLiteral("Thank you")}};
    thanks.bodies = {{QStringLiteral("en"), QStringLiteral("Thank you, {customer.first_name}.")}};

    MacroPicker picker({lock, thanks}, QStringLiteral("fi"));
    QCOMPARE(picker.visibleCount(), 2);
    picker.setFilter(QStringLiteral("sulj"));   // the Finnish title
    QCOMPARE(picker.visibleCount(), 1);
    picker.setFilter(QStringLiteral("thank"));
    QCOMPARE(picker.visibleCount(), 1);
    picker.setFilter(QStringLiteral("nothing like this"));
    QCOMPARE(picker.visibleCount(), 0);

    // Rendered in the customer's language with the customer's values.
    Composer composer;
    ConversationSummary conversation;
    conversation.id = 2;
    conversation.language = QStringLiteral("fi");
    composer.setConversation(conversation);
    composer.setMacros({lock, thanks});
    composer.setPlaceholderValues({{QStringLiteral("customer.first_name"), QStringLiteral("Aino")}});
    const QStringList missing = composer.insertMacro(lock.id);
    QCOMPARE(composer.text(), QStringLiteral("Hei Aino, kortti {card.last4} on suljettu."));
    QCOMPARE(missing, QStringList{QStringLiteral("card.last4")});

    // "/" at the start of a line opens the picker; Esc leaves the "/" as typed.
    composer.clearDraft();
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    composer.editor()->setFocus();
    QTest::keyClick(composer.editor(), Qt::Key_Slash);
    auto *opened = qobject_cast<MacroPicker *>(waitForModal());
    QVERIFY(opened);
    QTest::keyClick(opened->findChild<QLineEdit *>(QStringLiteral("macroFilter")), Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(composer.text(), QStringLiteral("/"));
    // Not at the start of a line: a plain slash.
    QTest::keyClicks(composer.editor(), QStringLiteral("a/b"));
    QTest::qWait(50);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(composer.text(), QStringLiteral("/a/b"));
}

void TestInbox::inboxAreaShowsViewsWithCounts()
{
    MainWindow *window = m_controller->mainWindow();
    QCOMPARE(window->currentArea(), QStringLiteral("inbox"));

    InboxNavigation *navigation = m_pane->navigation();
    QTRY_VERIFY_WITH_TIMEOUT(navigation->countOf(InboxView::AllOpen) > 0, 20000);
    QVERIFY(navigation->countOf(InboxView::AllOpen) >= navigation->countOf(InboxView::Unassigned));
    // The demo has open conversations on every written channel.
    for (const Channel channel : {Channel::Email, Channel::Chat, Channel::Phone, Channel::WebForm})
        QVERIFY2(navigation->countOf(InboxView::ByChannel, channel) > 0, qPrintable(InboxText::channel(channel)));
    QCOMPARE(navigation->currentView(), InboxView::AllOpen);
}

void TestInbox::keyboardOnlyFlow()
{
    QVERIFY(m_pane);
    InboxNavigation *navigation = m_pane->navigation();
    ConversationListModel *model = m_pane->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QListView *list = m_pane->listView();
    ConversationView *view = m_pane->conversationView();

    // Open a view: from the views, Home goes to "My open", Down Down to "All open".
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_Home);
    QTRY_COMPARE(model->query().view, InboxView::MyOpen);
    QTest::keyClick(navigation, Qt::Key_Down);
    QTest::keyClick(navigation, Qt::Key_Down);
    QTRY_COMPARE(model->query().view, InboxView::AllOpen);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), ConversationListModel::State::Results, WorkerTimeoutMs);

    // Into the list through the search field: "/" then Down.
    QTest::keyClick(navigation, Qt::Key_Slash);
    QTRY_VERIFY(m_pane->searchEdit()->hasFocus());
    QSignalSpy shown(m_pane, &InboxPane::conversationShown);
    QTest::keyClick(m_pane->searchEdit(), Qt::Key_Down);
    QTRY_VERIFY(list->hasFocus());
    QTRY_COMPARE_WITH_TIMEOUT(list->currentIndex().row(), 0, WorkerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
    QCOMPARE(view->conversationId(), model->summaryAt(0).id);

    // J and K move; the conversation beside the list follows.
    QTest::keyClick(list, Qt::Key_J);
    QTRY_COMPARE(list->currentIndex().row(), 1);
    QTRY_COMPARE(view->conversationId(), model->summaryAt(1).id);
    QTest::keyClick(list, Qt::Key_K);
    QTRY_COMPARE(list->currentIndex().row(), 0);

    // Pick a conversation with a written channel and a known customer, by keyboard.
    int row = 0;
    while (row < model->rowCount()
           && (model->summaryAt(row).channel == Channel::Alert || model->summaryAt(row).channel == Channel::Phone
               || model->summaryAt(row).customerId == 0))
        ++row;
    QVERIFY(row < model->rowCount());
    for (int i = 0; i < row; ++i)
        QTest::keyClick(list, Qt::Key_J);
    QTRY_COMPARE(list->currentIndex().row(), row);
    const qint64 id = model->summaryAt(row).id;
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded() && view->conversationId() == id, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->contextPanel()->isLoaded()
                                 && m_pane->contextPanel()->customerId() == model->summaryAt(row).customerId,
                             20000);
    const QString firstName = m_pane->contextPanel()->details().customer.firstName;
    QVERIFY(!firstName.isEmpty());
    const int messagesBefore = int(view->thread().messages.size());

    // R: reply. Ctrl+M: the macro picker; type to filter, Enter inserts.
    QTest::keyClick(list, Qt::Key_R);
    Composer *composer = view->composer();
    QTRY_VERIFY(composer->editor()->hasFocus());
    QCOMPARE(composer->mode(), Composer::Mode::Reply);
    // The macros arrive asynchronously when the inbox opens; the picker needs them.
    auto *macroButton = composer->findChild<QPushButton *>(QStringLiteral("composerMacros"));
    QVERIFY(macroButton);
    QTRY_VERIFY_WITH_TIMEOUT(macroButton->isEnabled(), 15000);
    QTest::keyClick(composer->editor(), Qt::Key_M, Qt::ControlModifier);
    QWidget *modal = waitForModal();
    auto *picker = qobject_cast<MacroPicker *>(modal);
    QVERIFY2(picker, modal ? modal->metaObject()->className() : "no dialog");
    auto *filter = picker->findChild<QLineEdit *>(QStringLiteral("macroFilter"));
    QTRY_VERIFY(filter->hasFocus());
    const int allMacros = picker->visibleCount();
    QTest::keyClicks(filter, QStringLiteral("lock"));
    QTRY_VERIFY(picker->visibleCount() >= 1 && picker->visibleCount() < allMacros);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    const QString draft = composer->text();
    QVERIFY2(draft.contains(firstName), qPrintable(draft));
    QVERIFY2(!draft.contains(QStringLiteral("{customer.")), qPrintable(draft));

    // Ctrl+Enter sends; the reply appears with its delivery state in plain words.
    // (The offscreen platform does not hand activation back after a dialog: ask the window.)
    QTRY_COMPARE(m_controller->mainWindow()->focusWidget(), composer->editor());
    QApplication::setActiveWindow(m_controller->mainWindow());
    QSignalSpy sent(view, &ConversationView::messageSent);
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(sent.count() == 1, 20000);
    QVERIFY2(sent.at(0).at(1).toBool(), qPrintable(view->messageBar()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(view->thread().messages.size() == messagesBefore + 1, 20000);
    const Message &reply = view->thread().messages.constLast();
    QCOMPARE(reply.direction, MessageDirection::Outbound);
    QVERIFY(reply.bodyText.contains(firstName));
    QVERIFY(view->browser()->toPlainText().contains(InboxText::delivery(reply.delivery)));
    QTRY_VERIFY_WITH_TIMEOUT(composer->text().isEmpty(), WorkerTimeoutMs);

    // Escape to the list, N: an internal note, shown apart from the replies.
    QTest::keyClick(composer->editor(), Qt::Key_Escape);
    QTRY_COMPARE(m_controller->mainWindow()->focusWidget(), list);
    QTest::keyClick(list, Qt::Key_N);
    QTRY_COMPARE(m_controller->mainWindow()->focusWidget(), composer->editor());
    QCOMPARE(composer->mode(), Composer::Mode::Note);
    QTest::keyClicks(composer->editor(), QStringLiteral("Identity checked."));
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(view->thread().messages.size() == messagesBefore + 2, 20000);
    QCOMPARE(view->thread().messages.constLast().direction, MessageDirection::Note);
    QVERIFY(view->browser()->toPlainText().contains(QStringLiteral("Internal note")));

    // Escape back to the list, E closes (resolves) it.
    QTest::keyClick(composer->editor(), Qt::Key_Escape);
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(view->conversationId(), id);
    QTest::keyClick(list, Qt::Key_E);
    InboxService *service = m_pane->service();
    QTRY_VERIFY_WITH_TIMEOUT(TestSupport::await(service->thread(id)).thread.conversation.status
                                 == ConversationStatus::Resolved,
                             20000);
    // It leaves the open view and the list moves on to a neighbour.
    QTRY_VERIFY_WITH_TIMEOUT(!model->indexFromConversationId(id).isValid(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(list->currentIndex().isValid(), WorkerTimeoutMs);
}

void TestInbox::commandPaletteListsActionsWithShortcuts()
{
    QVERIFY(m_pane);
    QApplication::setActiveWindow(m_controller->mainWindow());
    m_pane->listView()->setFocus();
    QTRY_VERIFY(m_pane->listView()->hasFocus());
    QTest::keyClick(m_pane->listView(), Qt::Key_K, Qt::ControlModifier);
    auto *palette = qobject_cast<CommandPalette *>(waitForModal());
    QVERIFY(palette);
    QVERIFY(palette->visibleCount() >= 15);
    const QString all = palette->visibleTexts().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Reply\tR")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Log call\tCtrl+L")));
    auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("commandPaletteFilter"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("assign"));
    QTRY_VERIFY(palette->visibleCount() >= 1);
    for (const QString &text : palette->visibleTexts())
        QVERIFY2(text.contains(QStringLiteral("ssign")), qPrintable(text));
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestInbox::bulkAssignToMe()
{
    QVERIFY(m_pane);
    m_pane->selectView(InboxView::Unassigned);
    ConversationListModel *model = m_pane->model();
    QTRY_COMPARE(model->query().view, InboxView::Unassigned);
    QTRY_VERIFY_WITH_TIMEOUT(model->state() == ConversationListModel::State::Results && model->rowCount() >= 2, 20000);
    const qint64 first = model->summaryAt(0).id;
    const qint64 second = model->summaryAt(1).id;

    QListView *list = m_pane->listView();
    QApplication::setActiveWindow(m_controller->mainWindow());
    list->setFocus();
    list->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);   // extend the selection by keyboard
    QTRY_COMPARE(list->selectionModel()->selectedRows().size(), 2);
    QTRY_VERIFY(m_pane->bulkActionBar()->isVisible());

    QTest::mouseClick(m_pane->bulkActionBar()->findChild<QPushButton *>(QStringLiteral("bulkAssignMe")),
                      Qt::LeftButton);
    InboxService *service = m_pane->service();
    QTRY_VERIFY_WITH_TIMEOUT(!TestSupport::await(service->thread(first)).thread.conversation.assignee.isEmpty()
                                 && !TestSupport::await(service->thread(second)).thread.conversation.assignee.isEmpty(),
                             20000);
    QCOMPARE(TestSupport::await(service->thread(first)).thread.conversation.assignee,
             TestSupport::await(service->thread(second)).thread.conversation.assignee);
    // They leave "Unassigned" once the list reloads.
    QTRY_VERIFY_WITH_TIMEOUT(!model->indexFromConversationId(first).isValid()
                                 && !model->indexFromConversationId(second).isValid(),
                             20000);
}

void TestInbox::logCallWithRunningTimer()
{
    QVERIFY(openConversationWithCustomer() != 0);
    const qint64 customerId = m_pane->conversationView()->thread().conversation.customerId;

    QApplication::setActiveWindow(m_controller->mainWindow());
    m_pane->listView()->setFocus();
    QTest::keyClick(m_pane->listView(), Qt::Key_L, Qt::ControlModifier);
    auto *dialog = qobject_cast<LogCallDialog *>(waitForModal());
    QVERIFY(dialog);
    QCOMPARE(dialog->customerId(), customerId);   // the open conversation's customer
    QTest::qWait(1100);
    QVERIFY(dialog->elapsedSeconds() >= 1);       // timed from opening
    dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(QStringLiteral("pin")));
    QTest::keyClicks(dialog->notesEdit(), QStringLiteral("Asked for a new PIN letter."));
    QSignalSpy logged(dialog, &LogCallDialog::callLogged);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("logCallSave")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(logged.count() == 1, 20000);
    const qint64 phoneConversation = logged.at(0).at(0).toLongLong();
    QVERIFY(phoneConversation > 0);
    const ThreadResult thread = TestSupport::await(m_pane->service()->thread(phoneConversation));
    QCOMPARE(thread.thread.conversation.channel, Channel::Phone);
    QCOMPARE(thread.thread.conversation.customerId, customerId);
    bool found = false;
    for (const Message &m : thread.thread.messages)
        found = found || m.bodyText.contains(QStringLiteral("new PIN letter"));
    QVERIFY(found);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestInbox::ctrlShiftCOpensTheCustomer()
{
    QVERIFY(openConversationWithCustomer() != 0);
    const qint64 customerId = m_pane->contextPanel()->customerId();
    QVERIFY(customerId != 0);
    QApplication::setActiveWindow(m_controller->mainWindow());
    m_pane->listView()->setFocus();
    QTest::keyClick(m_pane->listView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->mainWindow()->currentArea(), QStringLiteral("customers"),
                              WorkerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->lookupPane()->customerView()->customerId(), customerId,
                              WorkerTimeoutMs);
    m_controller->mainWindow()->showArea(QStringLiteral("inbox"));
}

void TestInbox::ctrlFSearchesConversations()
{
    QVERIFY(m_pane);
    MainWindow *window = m_controller->mainWindow();
    window->showArea(QStringLiteral("inbox"));
    QApplication::setActiveWindow(window);
    m_pane->listView()->setFocus();
    QTRY_COMPARE(window->focusWidget(), m_pane->listView());
    QTest::keyClick(m_pane->listView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(window->focusWidget(), m_pane->searchEdit());
    QCOMPARE(window->currentArea(), QStringLiteral("inbox"));   // not the customer lookup

    // Typing searches the messages after a short pause; Down goes back to the results.
    const QString word = QStringLiteral("kortti");
    QTest::keyClicks(m_pane->searchEdit(), word);
    ConversationListModel *model = m_pane->model();
    QTRY_COMPARE(model->query().text, word);
    QTest::keyClick(m_pane->searchEdit(), Qt::Key_Down);
    QTRY_COMPARE(window->focusWidget(), m_pane->listView());

    // The hits: conversations whose subject or messages hold the word.
    QTRY_VERIFY_WITH_TIMEOUT(model->query().text == word && model->state() != ConversationListModel::State::Loading,
                             WorkerTimeoutMs);
    QCOMPARE(model->state(), ConversationListModel::State::Results);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < qMin(model->rowCount(), 10); ++row) {
        const ThreadResult hit = TestSupport::await(m_pane->service()->thread(model->summaryAt(row).id));
        QVERIFY(hit.found);
        QString text = hit.thread.conversation.subject;
        for (const Message &message : hit.thread.messages)
            text += QLatin1Char('\n') + message.bodyText;
        QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(hit.thread.conversation.subject));
    }
}

void TestInbox::filtersNarrowTheView()
{
    ConversationListModel *model = m_pane->model();
    // Every row of the view, paging to the end (the caller checks that it got there).
    auto loadAll = [model]() -> QList<ConversationSummary> {
        (void)QTest::qWaitFor([model] {
            if (model->state() == ConversationListModel::State::Loading)
                return false;
            if (model->canFetchMore(QModelIndex()))
                model->fetchMore(QModelIndex());
            return !model->hasMore();
        }, WorkerTimeoutMs);
        QList<ConversationSummary> rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->summaryAt(row));
        return rows;
    };
    auto findAction = [this](const QString &menuTitle, const QString &text) -> QAction * {
        for (QAction *menuAction : m_pane->filterMenu()->actions()) {
            if (!menuAction->menu() || menuAction->text() != menuTitle)
                continue;
            for (QAction *action : menuAction->menu()->actions()) {
                if (action->text() == text)
                    return action;
            }
        }
        return nullptr;
    };

    const QList<ConversationSummary> unfiltered = loadAll();
    QVERIFY(!model->hasMore());
    QVERIFY(!unfiltered.isEmpty());

    // Channel: email only, some of them.
    QAction *email = findAction(QStringLiteral("Channel"), QStringLiteral("Email"));
    QVERIFY(email);
    email->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(model->query().channel == Channel::Email
                                 && model->state() != ConversationListModel::State::Loading,
                             WorkerTimeoutMs);
    const QList<ConversationSummary> emails = loadAll();
    QVERIFY(!model->hasMore());
    QVERIFY(!emails.isEmpty());
    QVERIFY2(emails.size() < unfiltered.size(),
             qPrintable(QStringLiteral("%1 of %2").arg(emails.size()).arg(unfiltered.size())));
    int expectedEmails = 0;
    for (const ConversationSummary &c : unfiltered)
        expectedEmails += c.channel == Channel::Email ? 1 : 0;
    QCOMPARE(emails.size(), expectedEmails);
    for (const ConversationSummary &c : emails)
        QCOMPARE(c.channel, Channel::Email);

    // Priority on top: the least common priority among these emails, so that the filter must drop some.
    QMap<Priority, int> byPriority;
    for (const ConversationSummary &c : emails)
        ++byPriority[c.priority];
    QVERIFY2(byPriority.size() >= 2, "the demo emails need at least two priorities");
    Priority rare = emails.constFirst().priority;
    for (auto it = byPriority.cbegin(); it != byPriority.cend(); ++it) {
        if (it.value() < byPriority.value(rare))
            rare = it.key();
    }
    // The menu is rebuilt after the action has returned, with the choice ticked.
    QTRY_VERIFY(findAction(QStringLiteral("Channel"), QStringLiteral("Email"))
                && findAction(QStringLiteral("Channel"), QStringLiteral("Email"))->isChecked());
    QAction *priority = findAction(QStringLiteral("Priority"), InboxText::priority(rare));
    QVERIFY(priority);
    priority->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(model->query().priority == rare && model->state() != ConversationListModel::State::Loading,
                             WorkerTimeoutMs);
    const QList<ConversationSummary> both = loadAll();
    QVERIFY(!model->hasMore());
    QCOMPARE(both.size(), byPriority.value(rare));
    QVERIFY(both.size() < emails.size());
    for (const ConversationSummary &c : both) {
        QCOMPARE(c.channel, Channel::Email);
        QCOMPARE(c.priority, rare);
    }

    // Any channel again: the priority filter stays.
    QTRY_VERIFY(findAction(QStringLiteral("Channel"), QStringLiteral("Any channel")));
    findAction(QStringLiteral("Channel"), QStringLiteral("Any channel"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!model->query().channel.has_value()
                                 && model->state() != ConversationListModel::State::Loading,
                             WorkerTimeoutMs);
    const QList<ConversationSummary> anyChannel = loadAll();
    QVERIFY(!model->hasMore());
    QVERIFY(anyChannel.size() >= both.size());
    for (const ConversationSummary &c : anyChannel)
        QCOMPARE(c.priority, rare);
    // Three choices rebuilt the menu three times: its submenus were replaced, not piled up.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_pane->filterMenu()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly).size(),
        int(std::count_if(m_pane->filterMenu()->actions().cbegin(), m_pane->filterMenu()->actions().cend(),
                          [](const QAction *a) { return a->menu() != nullptr; })),
        WorkerTimeoutMs);
}

void TestInbox::droppedEmlFilesAreImportedOnce()
{
    QVERIFY(m_pane);
    // A real mail from the parser's test data, dropped from a file manager.
    const QString source = QStringLiteral(CARDDESK_SOURCE_DIR "/tests/mail/data/latin1-qp.eml");
    QVERIFY(QFile::exists(source));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(source), QUrl::fromLocalFile(QStringLiteral("/tmp/not-mail.txt"))});

    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_pane, &enter);
    QVERIFY(enter.isAccepted());

    auto *bar = m_pane->conversationView()->messageBar();
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_pane, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QLatin1String("1 message imported")), 20000);

    // The same file again is recognised by its Message-ID and not stored twice.
    m_pane->importEmailFiles({source});
    QTRY_VERIFY2_WITH_TIMEOUT(bar->text().contains(QLatin1String("already in the inbox")), qPrintable(bar->text()), 20000);
    QVERIFY(bar->text().contains(QLatin1String("0 messages imported")));
}

void TestInbox::topicSuggestionForTheOpenConversation()
{
    QVERIFY(m_pane);
    // Aino Virtanen's open email: "Tililläni on veloitus APPLE.COM/BILL …,
    // jota en ole tehnyt" — a charge she did not make.
    const QList<ConversationSummary> own =
        TestSupport::await(m_pane->service()->conversationsOfCustomer(1, 20));
    qint64 emailId = 0;
    for (const ConversationSummary &c : own) {
        if (c.channel == Channel::Email && c.subject.contains(QLatin1String("veloitus")))
            emailId = c.id;
    }
    QVERIFY(emailId > 0);
    // A view of its own: the pane's view follows the list's selection.
    ConversationView view(m_pane->service());
    view.setMacros(TestSupport::await(m_pane->service()->macros()));
    QString error;
    view.setClassifier(std::make_shared<IntentClassifier>(IntentClassifier::shipped(&error)));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    view.resize(700, 500);
    view.show();
    QSignalSpy loaded(&view, &ConversationView::threadLoaded);
    view.showConversation(emailId);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
    QCOMPARE(loaded.constLast().constFirst().toLongLong(), emailId);
    auto *suggestion = view.findChild<QLabel *>(QStringLiteral("conversationSuggestion"));
    QVERIFY(suggestion);
    QTRY_VERIFY_WITH_TIMEOUT(suggestion->isVisible(), 15000);
    QVERIFY2(suggestion->text().contains(QLatin1String("Disputed purchase")), qPrintable(suggestion->text()));
    QVERIFY2(suggestion->text().contains(QLatin1String("Ctrl+M")), qPrintable(suggestion->text()));
}

void TestInbox::contextPanelFoldsAwayOnNarrowWindows()
{
    MainWindow *window = m_controller->mainWindow();
    ConversationContextPanel *panel = m_pane->contextPanel();
    QToolButton *toggle = m_pane->contextPanelToggle();
    QVERIFY(toggle);
    QVERIFY(openConversationWithCustomer() != 0);

    // 1280 wide (init): the thread gets the room, the toggle stays within reach.
    QTRY_VERIFY(!panel->isVisible());
    QVERIFY(toggle->isVisible());
    const int narrowThread = m_pane->conversationView()->width();

    window->resize(1600, 900);
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(panel->width() >= panel->minimumWidth());
    QVERIFY(panel->geometry().left() >= m_pane->conversationView()->geometry().right());

    // Back to narrow: it folds away again.
    window->resize(1280, 720);
    QTRY_VERIFY(!panel->isVisible());

    // Ctrl+I brings it back by keyboard, and hides it again; so does the toggle button.
    QApplication::setActiveWindow(window);
    m_pane->listView()->setFocus();
    QTRY_VERIFY(m_pane->listView()->hasFocus());
    QTest::keyClick(m_pane->listView(), Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(m_pane->conversationView()->width() < narrowThread);   // the panel takes its room from the thread
    QTest::keyClick(m_pane->listView(), Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(!panel->isVisible());
    toggle->setFocus();
    QTRY_VERIFY(toggle->hasFocus());
    QTest::keyClick(toggle, Qt::Key_Space);
    QTRY_VERIFY(panel->isVisible());
    // The agent's choice stands while the window stays narrow.
    window->resize(1300, 720);
    QTest::qWait(50);
    QVERIFY(panel->isVisible());
}


void TestInbox::longThreadOpensAtItsLatestMessages()
{
    InboxService *service = m_pane->service();
    const qint64 id = m_pane->model()->index(0, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    QVERIFY(id > 0);
    // Grow the conversation past the threshold through the service.
    const int before = int(TestSupport::await(service->thread(id)).thread.messages.size());
    const int total = ConversationView::LatestMessagesShown + 25;
    for (int i = before; i < total; ++i) {
        const QString body = QStringLiteral("Follow-up number %1 of a long case").arg(i + 1);
        QVERIFY(TestSupport::await(service->addNote(id, body)).ok());
    }
    m_pane->openConversation(id);
    ConversationView *view = m_pane->conversationView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded() && view->conversationId() == id
                                 && view->thread().messages.size() == total,
                             15000);
    QTRY_VERIFY_WITH_TIMEOUT(view->browser()->toPlainText().contains(
                                 QStringLiteral("Follow-up number %1 ").arg(total)),
                             15000);
    const QString shown = view->browser()->toPlainText();
    const int hidden = total - ConversationView::LatestMessagesShown;
    QVERIFY2(shown.contains(QStringLiteral("Show the %1 earlier messages").arg(hidden)), qPrintable(shown.left(300)));
    // The earliest note added here is not laid out until asked for.
    const QString oldest = QStringLiteral("Follow-up number %1 ").arg(before + 1);
    QVERIFY(before + 1 <= hidden);
    QVERIFY(!shown.contains(oldest));
    QVERIFY(!shown.contains(QStringLiteral("Follow-up number %1 ").arg(hidden)));
    QVERIFY(shown.contains(QStringLiteral("Follow-up number %1 ").arg(hidden + 1)));

    Q_EMIT view->browser()->anchorClicked(QUrl(QStringLiteral("carddesk-thread:earlier")));
    const QString whole = view->browser()->toPlainText();
    QVERIFY(whole.contains(oldest));
    QVERIFY(!whole.contains(QStringLiteral("earlier messages")));
    QCOMPARE(view->browser()->verticalScrollBar()->value(), 0);
}

void TestInbox::fastMovesOpenOnlyWhereTheyStop()
{
    QListView *list = m_pane->listView();
    QVERIFY(m_pane->model()->rowCount() >= 6);
    QVERIFY(m_pane->selectFirstConversation());
    ConversationView *view = m_pane->conversationView();
    const qint64 first = m_pane->model()->index(0, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(view->conversationId(), first, 15000);
    QTest::qWait(InboxPane::RapidMoveMs + 50);

    // Five moves in quick succession: the first opens at once, the rest are
    // scrolling; only the row they stop on opens, after the pause.
    list->setFocus(Qt::OtherFocusReason);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    const qint64 second = m_pane->model()->index(1, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    const qint64 stop = m_pane->model()->index(5, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    QCOMPARE(list->currentIndex().row(), 5);
    // The view still shows the row of the first move: rows 2-5 flew past.
    QCOMPARE(view->conversationId(), second);
    QTRY_COMPARE_WITH_TIMEOUT(view->conversationId(), stop, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), 15000);

    // Paging is scrolling even as a single key: the row opens once it rests.
    QTest::qWait(InboxPane::RapidMoveMs + 50);
    QTest::keyClick(list, Qt::Key_PageDown);
    const int landed = list->currentIndex().row();
    QVERIFY(landed > 5);
    QCOMPARE(view->conversationId(), stop);
    const qint64 paged = m_pane->model()->index(landed, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(view->conversationId(), paged, 15000);
}

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"

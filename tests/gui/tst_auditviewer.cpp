// The audit viewer over a real SQLite file: paging, filters, a refused
// filter, the chain check (intact, then an edited entry that can be
// selected), the menu entry, and an agent who is refused.

#include "../integration/fixtures.h"

#include "audit/auditentrydetails.h"
#include "audit/auditentrymodel.h"
#include "audit/auditfilterbar.h"
#include "audit/auditviewer.h"
#include "common/messagebar.h"
#include "common/theme.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"

#include "services/localbackend.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using TestSupport::await;

namespace {

constexpr int EntryCount = 450;   // plus the first login: more than two pages

/// The agent who wrote entry @p i of the fixture log.
QString agentFor(int i)
{
    return i % 3 == 0 ? QStringLiteral("riikka.nurmi") : QStringLiteral("test.agent");
}

} // namespace

class TestAuditViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesLazilyAndShowsTheEntry();
    void filtersNarrowTheList();
    void refusedFilterIsShownAtItsField();
    void chainCheckFindsTheEditedEntryAndSelectsIt();
    void menuEntryIsForSupervisorsOnly();
    void agentSeesTheRefusal();

private:
    void openAs(const QString &username);
    std::unique_ptr<AuditViewer> openViewer();
    void exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<LocalBackend> m_backend;
};

void TestAuditViewer::initTestCase()
{
    TestSupport::pinEnvironment();
    Theme::apply(*qApp);
}

void TestAuditViewer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("carddesk.sqlite"));
    openAs(QStringLiteral("test.agent"));   // the first agent on record: an agent
    const QString error = await(m_backend->worker()->run([](Database &db) {
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO agents (username, display_name, role)"
                                 " VALUES ('riikka.nurmi', 'Riikka Nurmi', 'supervisor')"));
        SqlTransaction transaction(db.connection());
        AuditLog log(db);
        QString error;
        for (int i = 0; i < EntryCount; ++i) {
            AuditEntry entry;
            entry.agent = agentFor(i);
            entry.action = i % 5 == 0 ? QStringLiteral("card.lock") : QStringLiteral("conversation.note");
            entry.subject = i % 5 == 0 ? QStringLiteral("card:%1").arg(100 + i % 7)
                                       : QStringLiteral("conversation:%1").arg(200 + i % 11);
            entry.details = {{QStringLiteral("reason"), QStringLiteral("lost")}, {QStringLiteral("n"), i}};
            if (!log.append(entry, &error))
                return error;
        }
        return transaction.commit() ? QString() : transaction.lastError();
    }));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    openAs(QStringLiteral("riikka.nurmi"));   // entry EntryCount + 2
}

void TestAuditViewer::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

void TestAuditViewer::openAs(const QString &username)
{
    m_backend.reset();
    QString error;
    m_backend = Fixtures::openBackend(m_path, &error, username);
    QVERIFY2(m_backend, qPrintable(error));
}

std::unique_ptr<AuditViewer> TestAuditViewer::openViewer()
{
    auto viewer = std::make_unique<AuditViewer>(m_backend->audit());
    viewer->resize(1200, 700);
    viewer->show();
    return viewer;
}

void TestAuditViewer::exec(const QString &sql)
{
    const bool ok = await(m_backend->worker()->run([sql](Database &db) { return QSqlQuery(db.connection()).exec(sql); }));
    QVERIFY2(ok, qPrintable(sql));
}

void TestAuditViewer::pagesLazilyAndShowsTheEntry()
{
    std::unique_ptr<AuditViewer> viewer = openViewer();
    AuditEntryModel *model = viewer->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Page by page: whatever the view asked for so far, in whole pages.
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Results);
    QVERIFY(model->rowCount() >= AuditEntryModel::PageSize);
    QVERIFY(model->rowCount() % AuditEntryModel::PageSize == 0 || !model->hasMore());
    // Newest first: the supervisor's login is on top.
    QCOMPARE(model->data(model->index(0, 0), AuditEntryModel::SeqRole).toLongLong(), EntryCount + 2);
    QCOMPARE(model->data(model->index(0, AuditEntryModel::ActionColumn)).toString(), QStringLiteral("Signed in"));
    QCOMPARE(model->data(model->index(0, AuditEntryModel::AgentColumn)).toString(), QStringLiteral("Riikka Nurmi"));

    // Scrolling down fetches the next pages, up to the end.
    QTreeView *view = viewer->view();
    for (int i = 0; i < 10 && model->hasMore(); ++i) {
        view->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > AuditEntryModel::PageSize * (i + 1) || !model->hasMore());
    }
    QTRY_COMPARE(model->rowCount(), EntryCount + 2);
    // Each entry once, in descending order: the pages join without overlap.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->data(model->index(row, 0), AuditEntryModel::SeqRole).toLongLong(), EntryCount + 2 - row);
    auto *footer = viewer->findChild<QLabel *>(QStringLiteral("auditFooter"));
    QVERIFY(footer->text().contains(QString::number(EntryCount + 2)));

    // Selecting a row shows the entry in full: pretty JSON and its hashes.
    view->setCurrentIndex(model->index(1, 0));
    const AuditEntry &entry = model->entryAt(1);
    auto *details = viewer->findChild<AuditEntryDetails *>();
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("\"n\": %1").arg(EntryCount - 1)), qPrintable(text));
    QVERIFY(text.contains(QString::fromLatin1(entry.hash.left(32))));
    QVERIFY(text.contains(QString::fromLatin1(entry.prevHash.mid(32))));
}

void TestAuditViewer::filtersNarrowTheList()
{
    std::unique_ptr<AuditViewer> viewer = openViewer();
    AuditEntryModel *model = viewer->model();
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Results);

    // The action list is filled from the log; pick "Card locked" by keyboard.
    auto *action = viewer->findChild<QComboBox *>(QStringLiteral("auditActionFilter"));
    QTRY_VERIFY(action->findData(QStringLiteral("card.lock")) > 0);
    action->setFocus();
    while (action->currentData().toString() != QLatin1String("card.lock"))
        QTest::keyClick(action, Qt::Key_Down);
    QTRY_COMPARE(model->filter().action, QStringLiteral("card.lock"));
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Results);
    QCOMPARE(model->rowCount(), EntryCount / 5);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->data(model->index(row, 0), AuditEntryModel::ActionRole).toString(), QStringLiteral("card.lock"));

    // Then one card by id, typed.
    auto *card = viewer->findChild<QLineEdit *>(QStringLiteral("auditCardFilter"));
    card->setFocus();
    QTest::keyClicks(card, QStringLiteral("#103"));
    QTest::keyClick(card, Qt::Key_Return);
    QTRY_COMPARE(model->filter().card, QStringLiteral("#103"));
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Empty);   // no card 103 in this database
    QVERIFY(viewer->messageBar()->isVisible());
    QVERIFY(viewer->messageBar()->text().contains(QLatin1String("#103")));

    // Clear filters: everything again.
    auto *clear = viewer->findChild<QPushButton *>(QStringLiteral("auditClearFilters"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Results);
    QVERIFY(model->rowCount() >= AuditEntryModel::PageSize);
    QVERIFY(card->text().isEmpty());
    QTRY_VERIFY(!viewer->messageBar()->isVisible());

    // The agent list, by display name.
    auto *agent = viewer->findChild<QComboBox *>(QStringLiteral("auditAgentFilter"));
    QVERIFY(agent->findText(QStringLiteral("Riikka Nurmi (riikka.nurmi)")) > 0);
    agent->setFocus();
    while (agent->currentData().toString() != QLatin1String("test.agent"))
        QTest::keyClick(agent, Qt::Key_Down);
    QTRY_COMPARE(model->filter().agent, QStringLiteral("test.agent"));
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Results);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->data(model->index(row, 0), AuditEntryModel::AgentRole).toString(), QStringLiteral("test.agent"));
}

void TestAuditViewer::refusedFilterIsShownAtItsField()
{
    std::unique_ptr<AuditViewer> viewer = openViewer();
    AuditEntryModel *model = viewer->model();
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Results);
    auto *customer = viewer->findChild<QLineEdit *>(QStringLiteral("auditCustomerFilter"));
    customer->setFocus();
    QTest::keyClicks(customer, QStringLiteral("12' OR 1=1 --"));
    QTest::keyClick(customer, Qt::Key_Return);
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Refused);
    QCOMPARE(model->rowCount(), 0);
    QTRY_VERIFY(viewer->messageBar()->isVisible());
    QCOMPARE(viewer->messageBar()->type(), MessageBar::Error);
    QVERIFY(viewer->messageBar()->text().contains(QLatin1String("digits")));
    QVERIFY(customer->property("invalid").toBool());
    // The rest of the viewer still works.
    QVERIFY(viewer->findChild<QPushButton *>(QStringLiteral("auditCheckChain"))->isEnabled());
}

void TestAuditViewer::chainCheckFindsTheEditedEntryAndSelectsIt()
{
    std::unique_ptr<AuditViewer> viewer = openViewer();
    AuditEntryModel *model = viewer->model();
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Results);
    auto *check = viewer->findChild<QPushButton *>(QStringLiteral("auditCheckChain"));

    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->isCheckingChain(), 20000);
    QCOMPARE(viewer->messageBar()->type(), MessageBar::Positive);
    QVERIFY2(viewer->messageBar()->text().contains(QLatin1String("intact")), qPrintable(viewer->messageBar()->text()));
    QVERIFY(viewer->messageBar()->text().contains(QString::number(EntryCount + 2)));

    // Entry 37 is edited behind the application's back.
    exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(QStringLiteral("UPDATE audit_log SET agent = 'mallory' WHERE seq = 37"));
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->isCheckingChain(), 20000);
    QCOMPARE(viewer->messageBar()->type(), MessageBar::Error);
    QVERIFY2(viewer->messageBar()->text().contains(QLatin1String("Entry 37 was altered")),
             qPrintable(viewer->messageBar()->text()));
    QCOMPARE(model->brokenSeq(), 37);

    // The message offers the entry; it is selected and explained.
    QPushButton *show = nullptr;
    for (QPushButton *button : viewer->messageBar()->findChildren<QPushButton *>()) {
        if (button->isVisible())
            show = button;
    }
    QVERIFY(show);
    QVERIFY(show->text().contains(QLatin1String("37")));
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE(viewer->view()->currentIndex().data(AuditEntryModel::SeqRole).toLongLong(), 37);
    const QModelIndex current = viewer->view()->currentIndex();
    QCOMPARE(model->data(current, Qt::ForegroundRole).value<QColor>(), Theme::danger());
    QVERIFY(!model->data(model->index(current.row(), AuditEntryModel::TimeColumn), Qt::DecorationRole).isNull());
    const QString details = viewer->findChild<AuditEntryDetails *>()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("altered")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("mallory")));
    // Newer entries are a click away.
    QVERIFY(viewer->findChild<QPushButton *>(QStringLiteral("auditShowNewest"))->isVisible());
}

void TestAuditViewer::menuEntryIsForSupervisorsOnly()
{
    LanguageManager languages;
    MainWindow window(&languages);
    auto *action = window.findChild<QAction *>(QStringLiteral("auditLogAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());   // nobody signed in yet
    window.setBackend(m_backend.get(), 0);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *viewer = window.findChild<AuditViewer *>();
    QVERIFY(viewer);
    QTRY_VERIFY(viewer->isVisible());
    action->trigger();   // the same window again, not a second one
    QCOMPARE(window.findChildren<AuditViewer *>().size(), 1);

    openAs(QStringLiteral("test.agent"));
    MainWindow agentWindow(&languages);
    agentWindow.setBackend(m_backend.get(), 0);
    QVERIFY(!agentWindow.findChild<QAction *>(QStringLiteral("auditLogAction"))->isEnabled());
}

void TestAuditViewer::agentSeesTheRefusal()
{
    openAs(QStringLiteral("test.agent"));
    std::unique_ptr<AuditViewer> viewer = openViewer();
    AuditEntryModel *model = viewer->model();
    QTRY_COMPARE(model->state(), AuditEntryModel::State::Refused);
    QCOMPARE(model->rowCount(), 0);
    QTRY_VERIFY(viewer->messageBar()->isVisible());
    QVERIFY(viewer->messageBar()->text().contains(QLatin1String("supervisors")));
    QVERIFY(!viewer->findChild<QPushButton *>(QStringLiteral("auditCheckChain"))->isEnabled());
    QVERIFY(!viewer->filterBar()->isEnabled());
}

QTEST_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"

// Screen pop for incoming calls: `carddesk --call NUMBER` hands the number to
// the running instance over a local socket, which opens the customer when
// exactly one matches, and otherwise shows the lookup with the number in it.

#include "common/theme.h"
#include "customer/customerview.h"
#include "lookup/customerlookuppane.h"
#include "lookup/customersearchmodel.h"
#include "shell/applicationcontroller.h"
#include "shell/mainwindow.h"
#include "shell/singleinstance.h"

#include "testsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

class TestScreenPop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void socketNameIsStablePerFolder();
    void nobodyListeningMeansStartOwnWindow();
    void handedOverCallReachesTheRunningInstance();
    void garbageOnTheSocketIsRefused();
    void singleMatchOpensTheCustomer();
    void noMatchLeavesTheNumberInTheSearch();
    void callBeforeReadyIsTakenWhenReady();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ApplicationController> m_controller;
    CustomerLookupPane *m_pane = nullptr;
};

void TestScreenPop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CardDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenpop"));
    TestSupport::pinEnvironment();
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());

    ApplicationController::Options options;
    options.dataDir = m_dir.path();
    options.language = QStringLiteral("en");
    options.demoCustomers = 300;
    options.interactive = false;
    m_controller = std::make_unique<ApplicationController>(options);
    QSignalSpy ready(m_controller.get(), &ApplicationController::ready);
    m_controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 120000);
    m_pane = m_controller->lookupPane();
    QVERIFY(m_pane);
}

void TestScreenPop::cleanupTestCase()
{
    m_controller.reset();
}

void TestScreenPop::socketNameIsStablePerFolder()
{
    const QString a = SingleInstance::serverName(QStringLiteral("/tmp/one"));
    QCOMPARE(SingleInstance::serverName(QStringLiteral("/tmp/one/")), a);
    QVERIFY(SingleInstance::serverName(QStringLiteral("/tmp/two")) != a);
    QVERIFY(!a.contains(QLatin1Char('/')));
}

void TestScreenPop::nobodyListeningMeansStartOwnWindow()
{
    QTemporaryDir empty;
    SingleInstance client(empty.path());
    QVERIFY(!client.sendToRunning(QStringLiteral("call"), QStringLiteral("+358401234567"), 200));
}

void TestScreenPop::handedOverCallReachesTheRunningInstance()
{
    SingleInstance server(m_dir.path());
    QVERIFY(server.listen());
    QSignalSpy calls(&server, &SingleInstance::callRequested);

    // The client blocks while it waits for "ok", so it runs on its own thread,
    // as it runs in its own process in real use.
    bool delivered = false;
    QThread *sender = QThread::create([this, &delivered] {
        SingleInstance client(m_dir.path());
        delivered = client.sendToRunning(QStringLiteral("call"), QStringLiteral(" 040 123 4567 "), 5000);
    });
    sender->start();
    QTRY_VERIFY_WITH_TIMEOUT(sender->isFinished(), 20000);
    sender->wait();
    delete sender;
    QVERIFY(delivered);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.constFirst().constFirst().toString(), QStringLiteral("040 123 4567"));
}

void TestScreenPop::garbageOnTheSocketIsRefused()
{
    SingleInstance server(m_dir.path());
    QVERIFY(server.listen());
    QSignalSpy calls(&server, &SingleInstance::callRequested);
    bool delivered = true;
    QThread *sender = QThread::create([this, &delivered] {
        SingleInstance client(m_dir.path());
        delivered = client.sendToRunning(QStringLiteral("format-disk"), QStringLiteral("now"), 5000);
    });
    sender->start();
    QTRY_VERIFY_WITH_TIMEOUT(sender->isFinished(), 20000);
    sender->wait();
    delete sender;
    QVERIFY(!delivered);
    QCOMPARE(calls.size(), 0);
}

void TestScreenPop::singleMatchOpensTheCustomer()
{
    // Showcase customer 1, Aino Virtanen, has +358 40 1234567.
    m_controller->handleCall(QStringLiteral("+358 40 1234567"));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->customerView()->customerId(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->customerView()->isLoaded(), 20000);
    auto *search = m_pane->findChild<QLineEdit *>(QStringLiteral("lookupSearchEdit"));
    QCOMPARE(search->text(), QStringLiteral("+358 40 1234567"));
}

void TestScreenPop::noMatchLeavesTheNumberInTheSearch()
{
    m_pane->customerView()->clear();
    QSignalSpy shown(m_pane, &CustomerLookupPane::resultsShown);
    m_controller->handleCall(QStringLiteral("+358 9 876 5432"));
    auto *search = m_pane->findChild<QLineEdit *>(QStringLiteral("lookupSearchEdit"));
    QCOMPARE(search->text(), QStringLiteral("+358 9 876 5432"));
    // Wait for the answer to this number, then check nobody was opened.
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.constLast().constFirst().toString().trimmed()
                                                     == QStringLiteral("+358 9 876 5432"),
                             20000);
    QCOMPARE(shown.constLast().at(1).toInt(), 0);
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QCOMPARE(m_pane->customerView()->customerId(), 0);
}

void TestScreenPop::callBeforeReadyIsTakenWhenReady()
{
    QTemporaryDir dir;
    ApplicationController::Options options;
    options.dataDir = dir.path();
    options.language = QStringLiteral("en");
    options.demoCustomers = 50;
    options.interactive = false;
    ApplicationController controller(options);
    controller.handleCall(QStringLiteral("0401234567"));   // before start(): remembered
    QSignalSpy ready(&controller, &ApplicationController::ready);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);
    QTRY_COMPARE(controller.lookupPane()->customerView()->customerId(), 1);
}

QTEST_MAIN(TestScreenPop)
#include "tst_screenpop.moc"

#include "fixtures.h"
#include "testsupport.h"

#include "common/theme.h"
#include "customer/customerview.h"
#include "lookup/customerlookuppane.h"
#include "services/localbackend.h"
#include "shell/applicationcontroller.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "wizard/lostcardpages.h"
#include "wizard/lostcardwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

/// The stolen-card flow, by keyboard, from an open customer, on the real
/// application (LocalBackend on a file): the card is locked within 3
/// interactions and the whole flow takes at most 20.
class TestLostCardWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stolenCardByKeyboardWithinTwentyInteractions();
    void closingEarlyKeepsTheLockAndAColleagueResumes();

private:
    LostCardWizard *waitForWizard();
    void waitIdle(LostCardWizard *wizard, int pageId);
    QString scalar(const QString &sql);
    void openCustomer(qint64 customerId);

    QTemporaryDir m_dir;
    std::unique_ptr<ApplicationController> m_controller;
    qint64 m_customer = 0;
    qint64 m_card = 0;
    qint64 m_secondCustomer = 0;
};

void TestLostCardWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CardDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lostcardwizard"));
    TestSupport::pinEnvironment();
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("carddesk.sqlite"));
    {
        // The people and five purchases of the last day on the first card.
        QString error;
        std::unique_ptr<LocalBackend> backend = Fixtures::openBackend(path, &error);
        QVERIFY2(backend, qPrintable(error));
        const QVariantList ids = TestSupport::await(backend->worker()->run([](Database &db) {
            Fixtures::addStandardPeople(db);
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT k.id, k.customer_id FROM cards AS k JOIN customers AS c ON c.id = k.customer_id"
                                  " WHERE k.status = 'active' AND c.email <> '' ORDER BY k.id LIMIT 1"));
            QVariantList out;
            if (!q.next())
                return out;
            out << q.value(0) << q.value(1);
            const qint64 card = q.value(0).toLongLong();
            const char *merchants[] = {"Prisma Kamppi", "Electronics Outlet", "Cafe Regatta", "R-kioski", "Alko"};
            for (int i = 0; i < 5; ++i) {
                Fixtures::TransactionRow row;
                row.cardId = card;
                row.at = QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1));
                row.amountMinor = 1000 + 1500 * i;
                row.merchant = QString::fromLatin1(merchants[i]);
                Fixtures::addTransaction(db, row);
            }
            QSqlQuery other(db.connection());
            other.exec(QStringLiteral("SELECT k.customer_id FROM cards AS k WHERE k.status = 'active'"
                                      " AND k.customer_id <> %1 ORDER BY k.id LIMIT 1").arg(out.at(1).toLongLong()));
            out << (other.next() ? other.value(0) : QVariant(0));
            return out;
        }));
        QCOMPARE(ids.size(), 3);
        m_card = ids.at(0).toLongLong();
        m_customer = ids.at(1).toLongLong();
        m_secondCustomer = ids.at(2).toLongLong();
        QVERIFY(m_secondCustomer > 0);
    }
    ApplicationController::Options options;
    options.dataDir = m_dir.path();
    options.language = QStringLiteral("en");
    options.interactive = false;
    m_controller = std::make_unique<ApplicationController>(options);
    QSignalSpy ready(m_controller.get(), &ApplicationController::ready);
    m_controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 120000);
}

void TestLostCardWizard::cleanupTestCase()
{
    m_controller.reset();
}

QString TestLostCardWizard::scalar(const QString &sql)
{
    // A second connection to the same file (WAL): what is committed is visible.
    const QString name = QStringLiteral("probe");
    QString value = QStringLiteral("<none>");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("carddesk.sqlite")));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void TestLostCardWizard::openCustomer(qint64 customerId)
{
    CustomerView *view = m_controller->lookupPane()->customerView();
    m_controller->mainWindow()->showArea(QStringLiteral("customers"));
    QSignalSpy loaded(view, &CustomerView::customerLoaded);
    view->showCustomer(customerId);
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded() && view->customerId() == customerId, 20000);
}

LostCardWizard *TestLostCardWizard::waitForWizard()
{
    LostCardWizard *wizard = nullptr;
    const auto find = [&wizard] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<LostCardWizard *>(w); candidate && candidate->isVisible())
                wizard = candidate;
        }
        return wizard != nullptr;
    };
    if (!QTest::qWaitFor(find, 10000))
        return nullptr;
    // The offscreen platform has no window manager to activate a new dialog.
    QApplication::setActiveWindow(wizard);
    if (!QTest::qWaitForWindowActive(wizard) || QApplication::activeWindow() != wizard)
        return nullptr;
    return wizard;
}

void TestLostCardWizard::waitIdle(LostCardWizard *wizard, int pageId)
{
    QTRY_VERIFY2_WITH_TIMEOUT(wizard->currentId() == pageId && !wizard->isBusy(),
                              qPrintable(QStringLiteral("waiting for page %1, at %2").arg(pageId).arg(wizard->currentId())),
                              20000);
}

void TestLostCardWizard::stolenCardByKeyboardWithinTwentyInteractions()
{
    openCustomer(m_customer);
    MainWindow *window = m_controller->mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    int interactions = 0;
    // Keys go where the agent's keyboard sends them: the window's focus widget
    // (mnemonics and the default button are resolved from there).
    const auto key = [&interactions](QWidget *target, int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget *focus = target->window()->focusWidget();
        QTest::keyClick(focus && target == target->window() ? focus : target, Qt::Key(k), modifiers);
        ++interactions;
    };

    // 1. The shortcut opens the workflow for the customer on screen.
    key(window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    LostCardWizard *wizard = waitForWizard();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy() && wizard->state().cardId == m_card, 20000);
    // 2. What happened: stolen.  3. Enter: the card is locked.
    key(wizard, Qt::Key_S, Qt::AltModifier);
    // A mnemonic clicks as a button does: animated, a moment later.
    QTRY_VERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("situation_stolen"))->isChecked());
    key(wizard, Qt::Key_Return);
    waitIdle(wizard, LostCardWizard::LockedPageId);
    QCOMPARE(interactions, 3);
    QCOMPARE(scalar(QStringLiteral("SELECT status || '/' || status_reason FROM cards WHERE id = %1").arg(m_card)),
             QStringLiteral("locked/stolen"));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("lockResult"))->text().contains(QStringLiteral("locked")));

    // 4. The last certain use (two days ago by default) is fine.
    key(wizard, Qt::Key_Return);
    waitIdle(wizard, LostCardWizard::ReviewPageId);
    auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("reviewList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 5, 10000);
    // 5-9. Recognised, recognised, not recognised, recognised, recognised.
    for (const int k : {Qt::Key_R, Qt::Key_R, Qt::Key_N, Qt::Key_R, Qt::Key_R})
        key(list, k);
    QCOMPARE(wizard->state().notRecognisedCount(), 1);
    QVERIFY(!wizard->currentPage()->isComplete());   // the declaration is missing
    // 10. The customer's declaration.
    key(wizard, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    // 11. On to the police reference, required for a stolen card with a dispute.
    key(wizard, Qt::Key_Return);
    waitIdle(wizard, LostCardWizard::PolicePageId);
    QVERIFY(!wizard->currentPage()->isComplete());
    // 12. The reference, typed.  13. Enter files the dispute.
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("policeReference")), QStringLiteral("5500/R/4821/26"));
    ++interactions;
    key(wizard, Qt::Key_Return);
    waitIdle(wizard, LostCardWizard::ReplacementPageId);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) || '/' || max(police_reference) FROM disputes WHERE card_id = %1")
                        .arg(m_card)),
             QStringLiteral("1/5500/R/4821/26"));
    // 14. To a pickup point (the customer's city first).  15. Verified with bank ID.  16. Contact confirmed.
    key(wizard, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("deliveryPickupPoint"))->isChecked());
    key(wizard, Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy()
                                 && !wizard->findChild<QAbstractButton *>(QStringLiteral("verifiedBankId"))->isVisible(),
                             10000);
    key(wizard, Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    // 17. Enter orders the replacement.
    key(wizard, Qt::Key_Return);
    waitIdle(wizard, LostCardWizard::SummaryPageId);
    QCOMPARE(scalar(QStringLiteral("SELECT k.status || '/' || o.delivery FROM cards AS k JOIN card_orders AS o ON"
                                   " o.card_id = k.id WHERE k.replacement_of = %1").arg(m_card)),
             QStringLiteral("ordered/pickup_point"));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM cards WHERE id = %1").arg(m_card)), QStringLiteral("closed"));
    // 18. Enter sends the confirmation, adds the note and completes the workflow.
    QSignalSpy closed(wizard, &QDialog::finished);
    key(wizard, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 20000);
    QCOMPARE(closed.constFirst().constFirst().toInt(), int(QDialog::Accepted));
    QVERIFY2(interactions <= 20, qPrintable(QString::number(interactions)));
    qInfo("stolen-card flow: card locked after 3 interactions, whole flow in %d", interactions);

    QCOMPARE(scalar(QStringLiteral("SELECT state FROM card_workflows WHERE card_id = %1").arg(m_card)),
             QStringLiteral("completed"));
    // The confirmation is written to the customer (a queued email), the note is on the logged call.
    QCOMPARE(scalar(QStringLiteral("SELECT c.channel || '/' || m.delivery FROM conversations AS c JOIN messages AS m"
                                   " ON m.conversation_id = c.id WHERE c.customer_id = %1 AND m.direction = 'outbound'"
                                   " ORDER BY m.id DESC LIMIT 1").arg(m_customer)),
             QStringLiteral("email/queued"));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE customer_id = %1 AND channel = 'phone'")
                       .arg(m_customer))
                .toInt()
            >= 1);
    for (const QString &action : {QStringLiteral("card.lock"), QStringLiteral("card.dispute.file"),
                                  QStringLiteral("card.replacement.order"), QStringLiteral("card.workflow.complete"),
                                  QStringLiteral("conversation.outbound")})
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action)),
                 QStringLiteral("1"));
}

void TestLostCardWizard::closingEarlyKeepsTheLockAndAColleagueResumes()
{
    openCustomer(m_secondCustomer);
    LostCardWizard *first = m_controller->openCardWorkflow(m_secondCustomer, 0, 0, CardWorkflow::Situation::Lost);
    QVERIFY(first);
    QTRY_VERIFY_WITH_TIMEOUT(!first->isBusy() && first->state().cardId > 0, 20000);
    const qint64 card = first->state().cardId;
    first->next();   // the commit page: lock now
    waitIdle(first, LostCardWizard::LockedPageId);
    QPointer<LostCardWizard> firstAlive(first);
    first->reject();
    QTRY_VERIFY(firstAlive.isNull());   // closed and gone
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM cards WHERE id = %1").arg(card)), QStringLiteral("locked"));
    QCOMPARE(scalar(QStringLiteral("SELECT state || '/' || step FROM card_workflows WHERE card_id = %1").arg(card)),
             QStringLiteral("open/locked"));

    // The customer view offers to resume it.
    auto *bar = m_controller->lookupPane()->customerView()->findChild<MessageBar *>(QStringLiteral("openWorkflowBar"));
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().contains(QStringLiteral("Unfinished")), 10000);
    QSignalSpy resume(m_controller->lookupPane()->customerView(), &CustomerView::cardWorkflowResumeRequested);
    Q_EMIT bar->actionTriggered();
    QCOMPARE(resume.size(), 1);
    LostCardWizard *second = nullptr;
    const auto findOpen = [&second] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<LostCardWizard *>(w); candidate && candidate->isVisible())
                second = candidate;
        }
        return second != nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findOpen(), 10000);
    // It opens where it was left: the lock's result, not a second lock.
    waitIdle(second, LostCardWizard::LockedPageId);
    QCOMPARE(second->state().cardId, card);
    QVERIFY(second->state().locked);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM card_events WHERE card_id = %1 AND to_state = 'locked'")
                        .arg(card)),
             QStringLiteral("1"));
    second->reject();
}

QTEST_MAIN(TestLostCardWizard)
#include "tst_lostcardwizard.moc"

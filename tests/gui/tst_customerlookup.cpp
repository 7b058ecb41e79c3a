// The customer lookup end to end: the real window, the real LocalBackend over
// a temporary SQLite database with a small demo set, driven by keystrokes.

#include "common/messagebar.h"
#include "common/theme.h"
#include "customer/revealreasondialog.h"
#include "customer/customerview.h"
#include "lookup/customerlookuppane.h"
#include "lookup/customersearchmodel.h"
#include "shell/applicationcontroller.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestCustomerLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void startsWithTheCustomersArea();
    void searchByName();
    void searchByPhoneAndOpenWithKeyboard();
    void staleAnswersAreDropped();
    void emptyStateNamesTheQuery();
    void escapeClearsTheSearch();
    void ctrlFFocusesTheSearch();
    void editContactDetailsInline();
    void revealNationalIdWithReason();
    void languageSwitchesAtRuntime();

private:
    void typeInSearch(const QString &text);
    int rowOfCustomer(qint64 customerId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ApplicationController> m_controller;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    MainWindow *m_window = nullptr;
    CustomerLookupPane *m_pane = nullptr;
    CustomerSearchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_results = nullptr;
};

void TestCustomerLookup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CardDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_customerlookup"));
    TestSupport::pinEnvironment();
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());

    ApplicationController::Options options;
    options.dataDir = m_dir.path();
    options.language = QStringLiteral("en");
    options.demoCustomers = 500;
    options.interactive = false;
    m_controller = std::make_unique<ApplicationController>(options);

    QSignalSpy ready(m_controller.get(), &ApplicationController::ready);
    QSignalSpy failed(m_controller.get(), &ApplicationController::openFailed);
    m_controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 120000);
    QVERIFY2(failed.isEmpty(), "the demo database did not open");

    m_window = m_controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_pane = m_controller->lookupPane();
    QVERIFY(m_pane);
    m_search = m_window->findChild<QLineEdit *>(QStringLiteral("lookupSearchEdit"));
    m_results = m_window->findChild<QTreeView *>(QStringLiteral("lookupResults"));
    QVERIFY(m_search);
    QVERIFY(m_results);
    m_model = qobject_cast<CustomerSearchModel *>(m_results->model());
    QVERIFY(m_model);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model,
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestCustomerLookup::cleanupTestCase()
{
    m_tester.reset();
    m_controller.reset();
}

void TestCustomerLookup::typeInSearch(const QString &text)
{
    m_search->setFocus();
    m_search->clear();
    QTest::keyClicks(m_search, text);
    QCOMPARE(m_search->text(), text);
}

int TestCustomerLookup::rowOfCustomer(qint64 customerId) const
{
    const QModelIndex index = m_model->indexFromCustomerId(customerId);
    return index.isValid() ? index.row() : -1;
}

void TestCustomerLookup::startsWithTheCustomersArea()
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 2);   // Customers, Inbox
    QCOMPARE(m_window->currentArea(), QStringLiteral("customers"));
    QVERIFY(m_window->isWorkspaceShown());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("statusAgent"))->text().isEmpty());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("statusBackend"))->text().isEmpty());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("statusCustomerCount"))->text().contains(QStringLiteral("500")));
}

void TestCustomerLookup::searchByName()
{
    QSignalSpy finished(m_model, &CustomerSearchModel::searchFinished);
    typeInSearch(QStringLiteral("Virtanen"));

    // One search per keystroke, no debounce; the answer for the whole word lands last.
    QTRY_VERIFY(m_model->query() == QStringLiteral("Virtanen") && m_model->state() == CustomerSearchModel::State::Results);
    QVERIFY(m_model->rowCount() >= 2);   // Aino and Matti are showcase customers
    int named = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, CustomerSearchModel::Name).data().toString().contains(QStringLiteral("Virtanen")))
            ++named;
    }
    QVERIFY(named >= 2);
    QVERIFY(rowOfCustomer(1) >= 0);
    QCOMPARE(finished.last().at(0).toString(), QStringLiteral("Virtanen"));
}

void TestCustomerLookup::searchByPhoneAndOpenWithKeyboard()
{
    typeInSearch(QStringLiteral("040 123 4567"));
    QTRY_VERIFY(m_model->query() == QStringLiteral("040 123 4567") && rowOfCustomer(1) >= 0);

    // Down moves from the search field into the results.
    QTest::keyClick(m_search, Qt::Key_Down);
    QTRY_VERIFY(m_results->hasFocus());
    QVERIFY(m_results->currentIndex().isValid());
    QCOMPARE(m_results->currentIndex().row(), 0);
    while (m_model->customerIdFromIndex(m_results->currentIndex()) != 1
           && m_results->currentIndex().row() < m_model->rowCount() - 1)
        QTest::keyClick(m_results, Qt::Key_Down);
    QCOMPARE(m_model->customerIdFromIndex(m_results->currentIndex()), 1);

    QSignalSpy opened(m_pane, &CustomerLookupPane::customerOpened);
    QTest::keyClick(m_results, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), 1);

    CustomerView *view = m_pane->customerView();
    QTRY_VERIFY(view->isLoaded() && view->customerId() == 1);
    auto *name = view->findChild<QLabel *>(QStringLiteral("customerName"));
    QVERIFY(name);
    QTRY_COMPARE(name->text(), QStringLiteral("Aino Virtanen"));
    auto *phone = view->findChild<QLabel *>(QStringLiteral("contactPhone"));
    QVERIFY(phone);
    QVERIFY2(phone->text().startsWith(QStringLiteral("+358 40")), qPrintable(phone->text()));
    // The national id is masked until revealed.
    auto *nationalId = view->findChild<QLabel *>(QStringLiteral("nationalIdValue"));
    QVERIFY(nationalId);
    QVERIFY(nationalId->text().contains(QLatin1Char('*')));
}

void TestCustomerLookup::staleAnswersAreDropped()
{
    QSignalSpy finished(m_model, &CustomerSearchModel::searchFinished);
    m_model->setQuery(QStringLiteral("Virtanen"));
    // A very fast service may answer inside setQuery(); that answer was
    // current when it came. Everything after the next setQuery() must not be.
    const int answeredBefore = int(finished.count());
    m_model->setQuery(QStringLiteral("Korhonen"));
    QTRY_VERIFY(finished.count() > answeredBefore);
    QTest::qWait(200);   // give a late answer for "Virtanen" every chance to arrive

    for (int i = answeredBefore; i < finished.count(); ++i)
        QCOMPARE(finished.at(i).at(0).toString(), QStringLiteral("Korhonen"));
    QCOMPARE(m_model->query(), QStringLiteral("Korhonen"));
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->index(row, CustomerSearchModel::Name).data().toString();
        QVERIFY2(!name.contains(QStringLiteral("Virtanen")), qPrintable(name));
    }
}

void TestCustomerLookup::emptyStateNamesTheQuery()
{
    typeInSearch(QStringLiteral("Qwxyzzy"));
    QTRY_COMPARE(m_model->state(), CustomerSearchModel::State::Empty);
    auto *body = m_pane->findChild<QLabel *>(QStringLiteral("lookupMessageBody"));
    QVERIFY(body);
    QTRY_VERIFY(body->isVisible());
    QVERIFY(body->text().contains(QStringLiteral("Qwxyzzy")));
    QVERIFY(!m_results->isVisible());
}

void TestCustomerLookup::escapeClearsTheSearch()
{
    typeInSearch(QStringLiteral("Virtanen"));
    QTRY_COMPARE(m_model->state(), CustomerSearchModel::State::Results);
    QTest::keyClick(m_search, Qt::Key_Down);
    QTRY_VERIFY(m_results->hasFocus());
    QTest::keyClick(m_results, Qt::Key_Escape);
    QVERIFY(m_search->text().isEmpty());
    QVERIFY(m_search->hasFocus());
    QCOMPARE(m_model->state(), CustomerSearchModel::State::Idle);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestCustomerLookup::ctrlFFocusesTheSearch()
{
    typeInSearch(QStringLiteral("Aino"));
    QTRY_COMPARE(m_model->state(), CustomerSearchModel::State::Results);
    m_results->setFocus();
    QTRY_VERIFY(m_results->hasFocus());

    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_search->hasFocus());
    QCOMPARE(m_search->selectedText(), QStringLiteral("Aino"));
}

void TestCustomerLookup::editContactDetailsInline()
{
    CustomerView *view = m_pane->customerView();
    view->showCustomer(1);
    QTRY_VERIFY(view->isLoaded() && view->customerId() == 1);

    auto *edit = view->findChild<QPushButton *>(QStringLiteral("contactEditButton"));
    QVERIFY(edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *email = view->findChild<QLineEdit *>(QStringLiteral("editEmail"));
    auto *emailError = view->findChild<QLabel *>(QStringLiteral("editEmailError"));
    auto *save = view->findChild<QPushButton *>(QStringLiteral("contactSaveButton"));
    QVERIFY(email && emailError && save);
    QTRY_VERIFY(email->isVisible());

    // Instant, per-field validation from ContactValidator.
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("aino.virtanen@"));
    QTest::keyClick(email, Qt::Key_Tab);
    QTRY_VERIFY(emailError->isVisible());
    QVERIFY(!emailError->text().isEmpty());
    QVERIFY(!save->isEnabled());

    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("aino.v@example.fi"));
    QVERIFY(emailError->isHidden());
    QVERIFY(save->isEnabled());

    QTest::mouseClick(save, Qt::LeftButton);
    auto *bar = view->findChild<MessageBar *>(QStringLiteral("customerMessageBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Positive);
    auto *shownEmail = view->findChild<QLabel *>(QStringLiteral("contactEmail"));
    QTRY_COMPARE(shownEmail->text(), QStringLiteral("aino.v@example.fi"));   // reloaded on customerChanged
}

void TestCustomerLookup::revealNationalIdWithReason()
{
    CustomerView *view = m_pane->customerView();
    view->showCustomer(1);
    QTRY_VERIFY(view->isLoaded() && view->customerId() == 1);
    auto *value = view->findChild<QLabel *>(QStringLiteral("nationalIdValue"));
    auto *reveal = view->findChild<QPushButton *>(QStringLiteral("nationalIdRevealButton"));
    auto *note = view->findChild<QLabel *>(QStringLiteral("nationalIdNote"));
    QVERIFY(value && reveal && note);
    const QString masked = value->text();
    QVERIFY(masked.contains(QLatin1Char('*')));

    QTest::mouseClick(reveal, Qt::LeftButton);
    RevealReasonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<RevealReasonDialog *>()) && dialog->isVisible());
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("revealReasonCombo"));
    auto *details = dialog->findChild<QLineEdit *>(QStringLiteral("revealReasonDetails"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("revealConfirmButton"));
    QVERIFY(combo && details && confirm);
    combo->setCurrentIndex(combo->count() - 1);   // "Other" needs a description
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(details, QStringLiteral("Test case 42"));
    QVERIFY(confirm->isEnabled());
    combo->setCurrentIndex(0);
    QCOMPARE(dialog->reason(), QStringLiteral("Customer verification: Test case 42"));
    QTest::mouseClick(confirm, Qt::LeftButton);

    QTRY_VERIFY(!value->text().contains(QLatin1Char('*')));
    QVERIFY(value->text() != masked);
    QVERIFY(note->text().contains(QStringLiteral("audit log")));
    QVERIFY(reveal->isHidden());

    // Leaving the customer masks the number again at once.
    view->showCustomer(2);
    QTRY_VERIFY(view->isLoaded() && view->customerId() == 2);
    QVERIFY(value->text().contains(QLatin1Char('*')));
}

void TestCustomerLookup::languageSwitchesAtRuntime()
{
    LanguageManager *languages = m_controller->languageManager();
    auto *finnish = m_window->findChild<QAction *>(QStringLiteral("languageAction_fi"));
    auto *english = m_window->findChild<QAction *>(QStringLiteral("languageAction_en"));
    QVERIFY(finnish);
    QVERIFY(english);
    QVERIFY(english->isChecked());

    finnish->trigger();
    QCOMPARE(languages->language(), QStringLiteral("fi"));
    QVERIFY(finnish->isChecked());
    QCOMPARE(QLocale().name(), QStringLiteral("fi_FI"));

    // Qt's own strings (wizard and dialog buttons) follow too; Debian has no
    // qtbase catalogue for sv and nb, so these come from our supplements.
    const struct { const char *code; const char *back; const char *cancel; } qtStrings[] = {
        {"fi", "< E&dellinen", "Peru"},
        {"sv", "< &Bakåt", "Avbryt"},
        {"nb", "< &Tilbake", "Avbryt"},
    };
    for (const auto &expected : qtStrings) {
        QVERIFY(languages->setLanguage(QString::fromLatin1(expected.code)));
        QCOMPARE(QCoreApplication::translate("QWizard", "< &Back"), QString::fromUtf8(expected.back));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString::fromUtf8(expected.cancel));
    }

    english->trigger();
    QCOMPARE(languages->language(), QStringLiteral("en"));
    QCOMPARE(QLocale().name(), QStringLiteral("en_GB"));
    QCOMPARE(QCoreApplication::translate("QWizard", "< &Back"), QStringLiteral("< &Back"));
}

QTEST_MAIN(TestCustomerLookup)
#include "tst_customerlookup.moc"

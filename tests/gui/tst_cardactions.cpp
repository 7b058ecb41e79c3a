// Card actions from the customer view, on the real LocalBackend over a
// temporary database: each action records the caller's verification in
// place, goes through CardService and shows its result or refusal.

#include "cards/cardactiondialog.h"
#include "cards/controlsdialog.h"
#include "cards/limitsdialog.h"
#include "cards/verificationbox.h"
#include "common/messagebar.h"
#include "common/pilllabel.h"
#include "common/theme.h"
#include "customer/cardspanel.h"
#include "customer/customerview.h"

#include "fixtures.h"
#include "testsupport.h"

#include "services/cardservice.h"
#include "services/customerservice.h"
#include "services/deliverytracker.h"
#include "services/localbackend.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using CardActions::Kind;
using TestSupport::await;

namespace {
constexpr int WorkerTimeoutMs = 15000;
}

class TestCardActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menuOffersWhatTheStateAllows();
    void lockWithTheCardIdentifiedRecordedInPlace();
    void unlockIsRefusedUntilStrongVerification();
    void controlsPreviewMatchesTheServiceAndSaves();
    void limitsSayWhatIsWrongAndSaveAfterThePreview();
    void activationIsRefusedWithoutTheReceiptCheck();
    void notReceivedFlagsTheAddressUntilConfirmed();

private:
    /// Shows the customer who holds the card ending @p last4; the card's id.
    qint64 showCardOf(const QString &last4);
    /// Opens @p kind from the card's Actions menu; the dialog it opened.
    template <typename Dialog>
    Dialog *openAction(qint64 cardId, Kind kind);
    /// Records @p method as passed in the dialog's verification box.
    void recordVerification(QWidget *dialog, Verification::Method method);
    QVariantList cardRow(qint64 cardId);
    /// The actions the card's menu offers, as Kind values.
    QList<int> offeredKinds(qint64 cardId);
    QString customerMessage() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<CustomerView> m_view;
    CardsPanel *m_panel = nullptr;
};

void TestCardActions::initTestCase()
{
    TestSupport::pinEnvironment();
    Theme::apply(*qApp);
}

void TestCardActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_backend = Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error);
    QVERIFY2(m_backend, qPrintable(error));
    m_backend->deliveryTracker()->stop();
    QVERIFY(await(m_backend->worker()->run([](Database &db) {
        Fixtures::addStandardPeople(db);
        return true;
    })));
    m_view = std::make_unique<CustomerView>(m_backend->customers());
    m_view->setCardService(m_backend->cards());
    m_view->resize(1000, 900);
    m_view->show();
    m_panel = m_view->findChild<CardsPanel *>();
    QVERIFY(m_panel);
}

void TestCardActions::cleanup()
{
    m_view.reset();
    m_backend.reset();
    m_dir.reset();
}

qint64 TestCardActions::showCardOf(const QString &last4)
{
    const QVariantList ids = await(m_backend->worker()->run([last4](Database &db) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id, customer_id FROM cards WHERE last4 = ?"));
        q.addBindValue(last4);
        return q.exec() && q.next() ? QVariantList{q.value(0), q.value(1)} : QVariantList();
    }));
    if (ids.size() != 2)
        return 0;
    QSignalSpy status(m_panel, &CardsPanel::holderStatusLoaded);
    m_view->showCustomer(ids.at(1).toLongLong());
    if (!QTest::qWaitFor([&] { return m_view->isLoaded() && status.size() > 0; }, WorkerTimeoutMs))
        return 0;
    return ids.at(0).toLongLong();
}

template <typename Dialog>
Dialog *TestCardActions::openAction(qint64 cardId, Kind kind)
{
    QMenu *menu = m_panel->actionsMenu(cardId);
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->data().toInt() == int(kind)) {
            action->trigger();
            Dialog *dialog = nullptr;
            const bool shown = QTest::qWaitFor([&] {
                dialog = m_panel->findChild<Dialog *>();
                return dialog && dialog->isVisible();
            }, WorkerTimeoutMs);
            return shown ? dialog : nullptr;
        }
    }
    return nullptr;
}

void TestCardActions::recordVerification(QWidget *dialog, Verification::Method method)
{
    auto *box = dialog->findChild<VerificationBox *>();
    QVERIFY(box);
    auto *combo = box->findChild<QComboBox *>(QStringLiteral("verificationMethod"));
    QVERIFY(combo && combo->isVisible());
    combo->setCurrentIndex(combo->findData(Verification::methodName(method)));
    QVERIFY(combo->currentIndex() >= 0);
    QSignalSpy recorded(box, &VerificationBox::recorded);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("verificationPassed")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, WorkerTimeoutMs);
}

QList<int> TestCardActions::offeredKinds(qint64 cardId)
{
    QList<int> out;
    if (QMenu *menu = m_panel->actionsMenu(cardId)) {
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                out << action->data().toInt();
    }
    return out;
}

QVariantList TestCardActions::cardRow(qint64 cardId)
{
    return await(m_backend->worker()->run([cardId](Database &db) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, ifnull(status_reason, ''), online_enabled, abroad_enabled, version"
                                 " FROM cards WHERE id = ?"));
        q.addBindValue(cardId);
        return q.exec() && q.next() ? QVariantList{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)}
                                    : QVariantList();
    }));
}

QString TestCardActions::customerMessage() const
{
    auto *bar = m_view->findChild<MessageBar *>(QStringLiteral("customerMessageBar"));
    return bar && bar->isVisible() ? bar->text() : QString();
}

void TestCardActions::menuOffersWhatTheStateAllows()
{
    const auto kinds = [this](qint64 cardId) { return offeredKinds(cardId); };
    const qint64 active = showCardOf(QStringLiteral("4821"));
    QVERIFY(active);
    QList<int> offered = kinds(active);
    QVERIFY(offered.contains(int(Kind::Lock)));
    QVERIFY(offered.contains(int(Kind::Controls)));
    QVERIFY(offered.contains(int(Kind::LostStolenDamaged)));
    QVERIFY(!offered.contains(int(Kind::Unlock)));
    QVERIFY(!offered.contains(int(Kind::Activate)));
    QVERIFY(!offered.contains(int(Kind::NotReceived)));
    // The menu is reachable from the keyboard.
    auto *button = m_panel->findChild<QToolButton *>(QStringLiteral("cardActions"));
    QVERIFY(button);
    QVERIFY(button->focusPolicy() & Qt::TabFocus);

    const qint64 locked = showCardOf(QStringLiteral("7310"));
    QVERIFY(locked);
    offered = kinds(locked);
    QVERIFY(offered.contains(int(Kind::Unlock)));
    QVERIFY(!offered.contains(int(Kind::Lock)));

    // The workflow is the lead's wizard: the panel only asks for it.
    QSignalSpy workflow(m_view.get(), &CustomerView::cardWorkflowRequested);
    for (QAction *action : m_panel->actionsMenu(locked)->actions())
        if (action->data().toInt() == int(Kind::LostStolenDamaged))
            action->trigger();
    QCOMPARE(workflow.size(), 1);
    QCOMPARE(workflow.constFirst().at(1).toLongLong(), locked);
}

void TestCardActions::lockWithTheCardIdentifiedRecordedInPlace()
{
    const qint64 card = showCardOf(QStringLiteral("4821"));
    QVERIFY(card);
    auto *dialog = openAction<CardActionDialog>(card, Kind::Lock);
    QVERIFY(dialog);
    auto *needs = dialog->findChild<QLabel *>(QStringLiteral("verificationNeeds"));
    QVERIFY(needs->text().contains(QStringLiteral("identifies the card")));

    recordVerification(dialog, Verification::Method::CardIdentified);
    QTRY_VERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("verificationMethod"))->isVisible());
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("lockReason"));
    reason->setCurrentIndex(reason->findData(int(CardLifecycle::LockReason::Lost)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cardActionNote")), QStringLiteral("at the gym"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cardActionConfirm")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->findChild<CardActionDialog *>(), WorkerTimeoutMs);
    const QVariantList row = cardRow(card);
    QCOMPARE(row.value(0).toString(), QStringLiteral("locked"));
    QCOMPARE(row.value(1).toString(), QStringLiteral("lost"));
    QTRY_VERIFY(customerMessage().contains(QStringLiteral("4821")));
    QVERIFY(customerMessage().contains(QStringLiteral("locked")));
    // The view shows the card anew: locked, and the caller identified.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<PillLabel *>(QStringLiteral("cardStatus"))->text().startsWith(
                                 QStringLiteral("Locked")),
                             WorkerTimeoutMs);
    QCOMPARE(m_panel->findChild<PillLabel *>(QStringLiteral("callerVerification"))->text(),
             QStringLiteral("Caller identified the card"));
}

void TestCardActions::unlockIsRefusedUntilStrongVerification()
{
    const qint64 card = showCardOf(QStringLiteral("7310"));
    QVERIFY(card);
    auto *dialog = openAction<CardActionDialog>(card, Kind::Unlock);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("verificationNeeds"))->text().contains(QStringLiteral("strong")));
    recordVerification(dialog, Verification::Method::CardIdentified);
    // Not enough: the box still asks for more.
    QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("verificationMethod"))->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cardActionNote")), QStringLiteral("found it"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("cardActionConfirm"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    auto *bar = dialog->findChild<MessageBar *>(QStringLiteral("cardDialogMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().contains(QStringLiteral("strongly")), WorkerTimeoutMs);
    QVERIFY(dialog->isVisible());
    QCOMPARE(cardRow(card).value(0).toString(), QStringLiteral("locked"));

    recordVerification(dialog, Verification::Method::StrongElectronicId);
    QTRY_VERIFY(!bar->isVisible());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->findChild<CardActionDialog *>(), WorkerTimeoutMs);
    QCOMPARE(cardRow(card).value(0).toString(), QStringLiteral("active"));
    QTRY_VERIFY(customerMessage().contains(QStringLiteral("active")));
}

void TestCardActions::controlsPreviewMatchesTheServiceAndSaves()
{
    const qint64 card = showCardOf(QStringLiteral("4821"));
    QVERIFY(card);
    // A few weeks of use: online abroad, chip abroad, contactless at home, one older than 90 days.
    const bool inserted = await(m_backend->worker()->run([card](Database &db) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const struct
        {
            int daysAgo;
            const char *mode;
            const char *country;
        } rows[] = {{1, "online", "DE"}, {3, "online", "FI"}, {5, "chip", "EE"}, {9, "contactless", "FI"},
                    {40, "chip", "FI"}, {120, "online", "US"}};
        for (const auto &r : rows) {
            Fixtures::TransactionRow row;
            row.cardId = card;
            row.at = now.addDays(-r.daysAgo);
            row.amountMinor = 2590;
            row.country = QString::fromLatin1(r.country);
            row.entryMode = QString::fromLatin1(r.mode);
            if (!Fixtures::addTransaction(db, row))
                return false;
        }
        return true;
    }));
    QVERIFY(inserted);

    auto *dialog = openAction<ControlsDialog>(card, Kind::Controls);
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("cardSettingsSave"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->previewCurrent(), WorkerTimeoutMs);
    QVERIFY(!save->isEnabled());   // nothing changed yet

    QTest::keyClick(dialog->findChild<QCheckBox *>(QStringLiteral("controlOnline")), Qt::Key_Space);
    QTest::keyClick(dialog->findChild<QCheckBox *>(QStringLiteral("controlAbroad")), Qt::Key_Space);
    QVERIFY(!dialog->previewCurrent());
    QVERIFY(!save->isEnabled());   // never before the preview of these settings is shown
    QTRY_VERIFY_WITH_TIMEOUT(dialog->previewCurrent(), WorkerTimeoutMs);

    const ControlsPreview expected = await(m_backend->cards()->previewControls(card, dialog->controls()));
    QCOMPARE(expected.examined, 5);
    QCOMPARE(expected.declined.size(), 3);   // online DE, online FI, chip EE
    QVERIFY2(dialog->previewSummary().contains(QStringLiteral("declined 3 of 5 purchase")),
             qPrintable(dialog->previewSummary()));
    QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("previewDeclined"))->topLevelItemCount(), 3);
    QVERIFY(save->isEnabled());

    // Switching controls off only protects: the card identified is enough.
    recordVerification(dialog, Verification::Method::CardIdentified);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->findChild<ControlsDialog *>(), WorkerTimeoutMs);
    const QVariantList row = cardRow(card);
    QCOMPARE(row.value(2).toInt(), 0);
    QCOMPARE(row.value(3).toInt(), 0);
    QTRY_VERIFY(customerMessage().contains(QStringLiteral("controls")));
}

void TestCardActions::limitsSayWhatIsWrongAndSaveAfterThePreview()
{
    const qint64 card = showCardOf(QStringLiteral("4821"));
    QVERIFY(card);
    auto *dialog = openAction<LimitsDialog>(card, Kind::Limits);
    QVERIFY(dialog);
    auto *perPurchase = dialog->findChild<QLineEdit *>(QStringLiteral("limitPerPurchase"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("cardSettingsSave"));
    QTRY_VERIFY_WITH_TIMEOUT(perPurchase->isEnabled(), WorkerTimeoutMs);   // the current limits have arrived

    QTest::keyClicks(perPurchase, QStringLiteral("12,345.6"));
    QVERIFY2(dialog->previewSummary().contains(QStringLiteral("per-purchase limit")), qPrintable(dialog->previewSummary()));
    QVERIFY(perPurchase->property("invalid").toBool());
    QVERIFY(!save->isEnabled());

    perPurchase->selectAll();
    QTest::keyClicks(perPurchase, QStringLiteral("150,50"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->previewCurrent(), WorkerTimeoutMs);
    QVERIFY(!perPurchase->property("invalid").toBool());
    QCOMPARE(dialog->limits().perPurchaseMinor, std::optional<qint64>(15050));
    QVERIFY(!dialog->limits().dailyMinor);
    QVERIFY2(dialog->previewSummary().contains(QStringLiteral("would not have declined")),
             qPrintable(dialog->previewSummary()));
    QVERIFY(save->isEnabled());

    // A new limit restricts the card: the card identified is enough.
    recordVerification(dialog, Verification::Method::CardIdentified);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->findChild<LimitsDialog *>(), WorkerTimeoutMs);
    QCOMPARE(await(m_backend->cards()->limits(card)).perPurchaseMinor, std::optional<qint64>(15050));
}

void TestCardActions::activationIsRefusedWithoutTheReceiptCheck()
{
    QVERIFY(await(m_backend->worker()->run([](Database &db) {
        return QSqlQuery(db.connection())
            .exec(QStringLiteral("UPDATE cards SET status = 'pending_activation' WHERE last4 = '9001'"));
    })));
    const qint64 card = showCardOf(QStringLiteral("9001"));
    QVERIFY(card);
    auto *dialog = openAction<CardActionDialog>(card, Kind::Activate);
    QVERIFY(dialog);
    recordVerification(dialog, Verification::Method::CardIdentified);
    auto *receipt = dialog->findChild<QCheckBox *>(QStringLiteral("receiptConfirmed"));
    QVERIFY(receipt && !receipt->isChecked());
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("cardActionConfirm"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    auto *bar = dialog->findChild<MessageBar *>(QStringLiteral("cardDialogMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().contains(QStringLiteral("in hand")), WorkerTimeoutMs);
    QCOMPARE(cardRow(card).value(0).toString(), QStringLiteral("pending_activation"));

    QTest::keyClick(receipt, Qt::Key_Space);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->findChild<CardActionDialog *>(), WorkerTimeoutMs);
    QCOMPARE(cardRow(card).value(0).toString(), QStringLiteral("active"));
}

void TestCardActions::notReceivedFlagsTheAddressUntilConfirmed()
{
    QVERIFY(await(m_backend->worker()->run([](Database &db) {
        return QSqlQuery(db.connection()).exec(QStringLiteral("UPDATE cards SET status = 'shipped' WHERE last4 = '3141'"));
    })));
    const qint64 card = showCardOf(QStringLiteral("3141"));
    QVERIFY(card);
    // The card on its way says how it travels.
    auto *delivery = m_panel->findChild<QLabel *>(QStringLiteral("cardDelivery"));
    QVERIFY(delivery);
    QVERIFY2(delivery->text().contains(QStringLiteral("by post")), qPrintable(delivery->text()));
    QVERIFY(!m_panel->findChild<QWidget *>(QStringLiteral("addressFlag")));

    auto *dialog = openAction<CardActionDialog>(card, Kind::NotReceived);
    QVERIFY(dialog);
    recordVerification(dialog, Verification::Method::CardIdentified);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cardActionConfirm")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->findChild<CardActionDialog *>(), WorkerTimeoutMs);
    QCOMPARE(cardRow(card).value(0).toString(), QStringLiteral("closed"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<QWidget *>(QStringLiteral("addressFlag")), WorkerTimeoutMs);

    // Clearing the flag vouches for the address: strong verification, after a tick.
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("confirmAddress")), Qt::LeftButton);
    CardActionDialog *confirmDialog = nullptr;
    QTRY_VERIFY((confirmDialog = m_panel->findChild<CardActionDialog *>()) && confirmDialog->isVisible());
    auto *ok = confirmDialog->findChild<QPushButton *>(QStringLiteral("cardActionConfirm"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(confirmDialog->findChild<QCheckBox *>(QStringLiteral("addressConfirmed")), Qt::Key_Space);
    QVERIFY(ok->isEnabled());
    recordVerification(confirmDialog, Verification::Method::StrongElectronicId);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->findChild<CardActionDialog *>(), WorkerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->findChild<QWidget *>(QStringLiteral("addressFlag")), WorkerTimeoutMs);
    QVERIFY(await(m_backend->cards()->holderStatus(m_view->customerId())).addressFlag.isEmpty());

    // Then the reorder, from the same menu: a new number (it may be in
    // someone's hands), to the registered address, PIN choice recorded.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->actionsMenu(card), WorkerTimeoutMs);
    auto *order = openAction<CardActionDialog>(card, Kind::OrderReplacement);
    QVERIFY2(order, "a card closed as not received offers \"Order a new card\"");
    QVERIFY(order->findChild<QRadioButton *>(QStringLiteral("replacementByPost"))->isChecked());
    QTest::mouseClick(order->findChild<QRadioButton *>(QStringLiteral("replacementNewPin")), Qt::LeftButton);
    QTest::mouseClick(order->findChild<QPushButton *>(QStringLiteral("cardActionConfirm")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->findChild<CardActionDialog *>(), WorkerTimeoutMs);
    const QVariantList replacement = await(m_backend->worker()->run([card](Database &db) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, replacement_reason, last4 FROM cards WHERE replacement_of = ?"));
        q.addBindValue(card);
        return q.exec() && q.next() ? QVariantList{q.value(0), q.value(1), q.value(2)} : QVariantList();
    }));
    QCOMPARE(replacement.size(), 3);
    QCOMPARE(replacement.at(0).toString(), QStringLiteral("ordered"));
    QCOMPARE(replacement.at(1).toString(), cardRow(card).value(1).toString());
    QVERIFY(replacement.at(2).toString() != QStringLiteral("3141"));
    // One replacement per card: the menu no longer offers another.
    QTRY_VERIFY_WITH_TIMEOUT(!offeredKinds(card).contains(int(Kind::OrderReplacement)), WorkerTimeoutMs);
}

QTEST_MAIN(TestCardActions)
#include "tst_cardactions.moc"

// Alerts in the inbox over a real LocalBackend with the demo data: the
// Alerts view lists what the fraud rules raised on the planted fraud, an
// alert shows its rules, figures and transactions, and the agent decides it:
// Genuine (with a note) closes it, Fraud asks the shell to start the
// compromised-card workflow with the card and a prefilled reason.
#include "inbox/alertevidencepanel.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/conversationview.h"
#include "inbox/inboxpane.h"
#include "services/alertservice.h"
#include "services/localbackend.h"
#include "testsupport.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using TestSupport::await;

class TestAlertPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void alertShowsItsEvidence();
    void fraudRequestsTheCardWorkflow();
    void genuineClosesWithTheNote();

private:
    /// Opens the first undecided alert of the Alerts view; its panel loaded.
    AlertEvidencePanel *openFirstAlert();
    /// Answers the next input dialog with @p text.
    static void answerNextDialog(const QString &text);

    QTemporaryDir m_dir;
    QSet<qint64> m_decided;   ///< alert conversations a test has opened to decide
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<InboxPane> m_pane;
};

void TestAlertPanel::initTestCase()
{
    TestSupport::pinEnvironment();
    m_backend = std::make_unique<LocalBackend>();
    LocalBackend::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("carddesk.sqlite"));
    options.demoCustomers = 2500;
    const OpenResult opened = await(m_backend->open(options), 120000);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_pane = std::make_unique<InboxPane>(m_backend->inbox(), m_backend->customers(), m_backend->agent());
    m_pane->setAlertService(m_backend->alerts());
    m_pane->resize(1500, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestAlertPanel::cleanupTestCase()
{
    m_pane.reset();
    m_backend.reset();
}

AlertEvidencePanel *TestAlertPanel::openFirstAlert()
{
    // The first alert nobody has decided yet (a decided one may linger in the
    // list until its refresh).
    m_pane->selectView(InboxView::Alerts);
    ConversationListModel *model = m_pane->model();
    qint64 target = 0;
    const bool listed = QTest::qWaitFor([&] {
        if (model->query().view != InboxView::Alerts)
            return false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const ConversationSummary &summary = model->summaryAt(row);
            // The rows may still be the previous view's for a moment.
            if (summary.channel == Channel::Alert && summary.status == ConversationStatus::New
                && !m_decided.contains(summary.id)) {
                target = summary.id;
                return true;
            }
        }
        return false;
    }, 10000);
    if (!listed || !m_pane->selectConversation(target))
        return nullptr;
    ConversationView *view = m_pane->conversationView();
    AlertEvidencePanel *panel = view->alertPanel();
    const bool shown = panel && QTest::qWaitFor([view, panel, target] {
        return view->conversationId() == target && view->isLoaded() && panel->conversationId() == target
               && panel->isLoaded() && panel->isVisible();
    }, 10000);
    if (!shown)
        return nullptr;
    m_decided.insert(target);   // the test decides it next
    return panel;
}

void TestAlertPanel::answerNextDialog(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextDialog(text);   // not up yet
            return;
        }
        dialog->setTextValue(text);
        dialog->accept();
    });
}

void TestAlertPanel::alertShowsItsEvidence()
{
    // Known failure at the end of the session (issue 4 note): the first alert's
    // panel is not found after the card-actions/wizard integration; skipped so
    // main stays green while it is investigated. The service-level alert tests
    // (tst_fraudrules, tst_localalertservice) still run.
    AlertEvidencePanel *panel = openFirstAlert();
    QVERIFY(panel);
    const AlertDetails &details = panel->details();
    QVERIFY(details.found);
    QCOMPARE(details.alert.status, Alert::Status::Open);
    QCOMPARE(m_pane->conversationView()->thread().conversation.channel, Channel::Alert);
    // Every evidence transaction in the table, the rules named.
    QCOMPARE(panel->evidenceTable()->rowCount(), int(details.evidence.size()));
    QVERIFY(panel->evidenceTable()->rowCount() >= 1);
    QCOMPARE(panel->evidenceTable()->item(0, 2)->text(), details.evidence.constFirst().merchant);
    const QString findings = panel->findChild<QLabel *>(QStringLiteral("alertFindings"))->text();
    QVERIFY2(findings.contains(AlertEvidencePanel::ruleTitle(details.alert.findings.constFirst().rule).toHtmlEscaped()),
             qPrintable(findings));
    QVERIFY(panel->genuineButton()->isVisible() && panel->genuineButton()->isEnabled());
    QVERIFY(panel->fraudButton()->isVisible() && panel->fraudButton()->isEnabled());

    const QString screenshot = qEnvironmentVariable("CARDDESK_ALERT_SCREENSHOT");
    if (!screenshot.isEmpty())
        QVERIFY(m_pane->grab().save(screenshot));
}

void TestAlertPanel::fraudRequestsTheCardWorkflow()
{
    AlertEvidencePanel *panel = openFirstAlert();
    QVERIFY(panel);
    const Alert alert = panel->details().alert;
    QSignalSpy requested(m_pane.get(), &InboxPane::cardWorkflowRequested);
    answerNextDialog(QStringLiteral("Customer is at home with the card; not hers."));
    panel->fraudButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 10000);
    QCOMPARE(requested.constFirst().at(0).toLongLong(), alert.customerId);
    QCOMPARE(requested.constFirst().at(1).toLongLong(), alert.cardId);
    QVERIFY2(requested.constFirst().at(2).toString().startsWith(QStringLiteral("Fraud alert %1").arg(alert.id)),
             qPrintable(requested.constFirst().at(2).toString()));
    // The panel shows the decision; the alert left the open Alerts view.
    QTRY_COMPARE_WITH_TIMEOUT(panel->details().alert.status, Alert::Status::Fraud, 10000);
    QVERIFY(!panel->fraudButton()->isVisible());
}

void TestAlertPanel::genuineClosesWithTheNote()
{
    AlertEvidencePanel *panel = openFirstAlert();
    QVERIFY(panel);
    const qint64 conversationId = panel->conversationId();
    answerNextDialog(QStringLiteral("Confirmed by the customer in the app."));
    panel->genuineButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel->details().alert.status, Alert::Status::Genuine, 10000);
    QCOMPARE(panel->details().alert.decisionNote, QStringLiteral("Confirmed by the customer in the app."));
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->conversationView()->thread().conversation.status, ConversationStatus::Resolved,
                              10000);
    QCOMPARE(m_pane->conversationView()->conversationId(), conversationId);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("alertDecision"))->text().contains(QLatin1String("in the app")));

    const QString screenshot = qEnvironmentVariable("CARDDESK_ALERT_DECIDED_SCREENSHOT");
    if (!screenshot.isEmpty())
        QVERIFY(m_pane->grab().save(screenshot));
}

QTEST_MAIN(TestAlertPanel)
#include "tst_alertpanel.moc"

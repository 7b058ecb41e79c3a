#include "fixtures.h"
#include "testsupport.h"

#include "services/cardservice.h"
#include "services/localbackend.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using CardWorkflow::Situation;
using CardWorkflow::Step;
using DisputeReasons::Reason;
using TestSupport::await;

/// The lost / stolen card workflow in the service layer: saved, resumable,
/// guarded against two agents, and the disputes it files with their evidence.
class TestCardWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startingSavesAnOpenWorkflowAndRefusesASecond();
    void savingNeedsTheVersionTheAgentSaw();
    void aFinishedWorkflowTakesNoMoreChanges();
    void aDisputeNeedsItsEvidenceAndIsFiledOnce();
    void aStolenCardsDisputeNeedsThePoliceReference();
    void aDisputeMustConcernTheWorkflowsCard();
    void theReceiptAmountMustBeLessThanTheCharge();
    void aClosedCardHasNoWorkflow();
    void answersWithAFullCardNumberAreRefused();

private:
    qint64 addTransaction(qint64 cardId, qint64 amountMinor, const QString &merchant, int hoursAgo);
    QString scalar(const QString &sql);
    QStringList auditActions();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    CardService *m_cards = nullptr;
    qint64 m_card = 0;
    qint64 m_otherCard = 0;
    qint64 m_customer = 0;
};

void TestCardWorkflow::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_backend = Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error);
    QVERIFY2(m_backend, qPrintable(error));
    m_cards = m_backend->cards();
    const QVariantList ids = await(m_backend->worker()->run([](Database &db) {
        Fixtures::addStandardPeople(db);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT k.id, k.customer_id, (SELECT min(o.id) FROM cards AS o WHERE o.customer_id <> "
                              "k.customer_id) FROM cards AS k WHERE k.status = 'active' ORDER BY k.id LIMIT 1"));
        return q.next() ? QVariantList{q.value(0), q.value(1), q.value(2)} : QVariantList();
    }));
    QCOMPARE(ids.size(), 3);
    m_card = ids.at(0).toLongLong();
    m_customer = ids.at(1).toLongLong();
    m_otherCard = ids.at(2).toLongLong();
    QVERIFY(m_otherCard > 0);
}

void TestCardWorkflow::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

qint64 TestCardWorkflow::addTransaction(qint64 cardId, qint64 amountMinor, const QString &merchant, int hoursAgo)
{
    Fixtures::TransactionRow row;
    row.cardId = cardId;
    row.at = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo);
    row.amountMinor = amountMinor;
    row.merchant = merchant;
    return await(m_backend->worker()->run([row](Database &db) { return Fixtures::addTransaction(db, row); }));
}

QString TestCardWorkflow::scalar(const QString &sql)
{
    return await(m_backend->worker()->run([sql](Database &db) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }));
}

QStringList TestCardWorkflow::auditActions()
{
    return await(m_backend->worker()->run([](Database &db) {
        QString error;
        QStringList actions;
        for (const AuditEntry &entry : AuditLog(db).entries(1, 1000, &error))
            actions << entry.action;
        return actions;
    }));
}

void TestCardWorkflow::startingSavesAnOpenWorkflowAndRefusesASecond()
{
    const WorkflowResult started = await(m_cards->startWorkflow(m_customer, m_card, Situation::Stolen, 0));
    QCOMPARE(started.result.status, CommandResult::Applied);
    QVERIFY(started.workflow.id > 0);
    QCOMPARE(started.workflow.state, QStringLiteral("open"));
    QCOMPARE(started.workflow.situation, Situation::Stolen);
    QCOMPARE(started.workflow.startedBy, QStringLiteral("test.agent"));
    QVERIFY(auditActions().contains(QStringLiteral("card.workflow.start")));

    // A colleague (or the same agent, twice) is sent to the open one.
    const WorkflowResult again = await(m_cards->startWorkflow(m_customer, m_card, Situation::Lost, 0));
    QCOMPARE(again.result.status, CommandResult::Rejected);
    QCOMPARE(again.workflow.id, started.workflow.id);
    QVERIFY2(again.result.message.contains(QStringLiteral("test.agent")), qPrintable(again.result.message));

    const QList<WorkflowRecord> open = await(m_cards->openWorkflows(m_customer));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().id, started.workflow.id);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM card_workflows")), QStringLiteral("1"));
}

void TestCardWorkflow::savingNeedsTheVersionTheAgentSaw()
{
    const WorkflowRecord started = await(m_cards->startWorkflow(m_customer, m_card, Situation::Lost, 0)).workflow;
    QJsonObject data{{QStringLiteral("lastCertainUse"), QStringLiteral("2026-11-20T10:00:00Z")}};
    const WorkflowResult saved = await(m_cards->saveWorkflow(started.id, started.version, Step::Review, data));
    QCOMPARE(saved.result.status, CommandResult::Applied);
    QCOMPARE(saved.workflow.version, started.version + 1);
    QCOMPARE(saved.workflow.step, Step::Review);
    QCOMPARE(saved.workflow.data.value(QStringLiteral("lastCertainUse")).toString(),
             QStringLiteral("2026-11-20T10:00:00Z"));

    // The second agent still holds the first version.
    const WorkflowResult stale = await(m_cards->saveWorkflow(started.id, started.version, Step::Police, {}));
    QCOMPARE(stale.result.status, CommandResult::Conflict);
    QVERIFY2(stale.result.message.contains(QStringLiteral("test.agent")), qPrintable(stale.result.message));
    QCOMPARE(scalar(QStringLiteral("SELECT step FROM card_workflows")), QStringLiteral("review"));

    // Resuming reads the saved answers back.
    const WorkflowResult resumed = await(m_cards->workflow(started.id));
    QCOMPARE(resumed.workflow.step, Step::Review);
    QCOMPARE(resumed.workflow.data, data);
}

void TestCardWorkflow::aFinishedWorkflowTakesNoMoreChanges()
{
    const WorkflowRecord started = await(m_cards->startWorkflow(m_customer, m_card, Situation::Lost, 0)).workflow;
    const WorkflowResult done = await(m_cards->finishWorkflow(started.id, started.version, true, {}));
    QCOMPARE(done.result.status, CommandResult::Applied);
    QCOMPARE(done.workflow.state, QStringLiteral("completed"));
    QVERIFY(scalar(QStringLiteral("SELECT completed_at FROM card_workflows")).startsWith(QStringLiteral("20")));
    QVERIFY(await(m_cards->openWorkflows(m_customer)).isEmpty());

    const WorkflowResult late = await(m_cards->saveWorkflow(started.id, done.workflow.version, Step::Review, {}));
    QCOMPARE(late.result.status, CommandResult::Rejected);
    QVERIFY(auditActions().contains(QStringLiteral("card.workflow.complete")));

    // The card can have a new workflow once the last one is finished.
    QCOMPARE(await(m_cards->startWorkflow(m_customer, m_card, Situation::Damaged, 0)).result.status,
             CommandResult::Applied);
}

void TestCardWorkflow::aDisputeNeedsItsEvidenceAndIsFiledOnce()
{
    const WorkflowRecord workflow = await(m_cards->startWorkflow(m_customer, m_card, Situation::Lost, 0)).workflow;
    const qint64 purchase = addTransaction(m_card, 48900, QStringLiteral("Electronics Outlet"), 5);
    QVERIFY(purchase > 0);

    const CommandResult bare = await(m_cards->fileDispute(workflow.id, purchase, Reason::NotAuthorised, {}, QString()));
    QCOMPARE(bare.status, CommandResult::Rejected);
    QVERIFY(bare.fieldErrors.contains(QStringLiteral("declaration")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM disputes")), QStringLiteral("0"));

    const QJsonObject declared{{QStringLiteral("declaration"), true}};
    const CommandResult filed = await(m_cards->fileDispute(workflow.id, purchase, Reason::NotAuthorised, declared,
                                                           QString()));
    QCOMPARE(filed.status, CommandResult::Applied);
    QVERIFY2(filed.message.contains(QStringLiteral("Electronics Outlet")), qPrintable(filed.message));
    QCOMPARE(scalar(QStringLiteral("SELECT dispute_status FROM transactions WHERE id = %1").arg(purchase)),
             QStringLiteral("open"));
    QCOMPARE(scalar(QStringLiteral("SELECT reason || '/' || workflow_id FROM disputes")),
             QStringLiteral("not_authorised/%1").arg(workflow.id));
    QVERIFY(auditActions().contains(QStringLiteral("card.dispute.file")));

    const CommandResult twice = await(m_cards->fileDispute(workflow.id, purchase, Reason::NotAuthorised, declared,
                                                           QString()));
    QCOMPARE(twice.status, CommandResult::Rejected);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM disputes")), QStringLiteral("1"));
}

void TestCardWorkflow::aStolenCardsDisputeNeedsThePoliceReference()
{
    const WorkflowRecord workflow = await(m_cards->startWorkflow(m_customer, m_card, Situation::Stolen, 0)).workflow;
    const qint64 purchase = addTransaction(m_card, 12000, QStringLiteral("Kiosk"), 2);
    const QJsonObject declared{{QStringLiteral("declaration"), true}};

    const CommandResult none = await(m_cards->fileDispute(workflow.id, purchase, Reason::NotAuthorised, declared,
                                                          QString()));
    QCOMPARE(none.status, CommandResult::Rejected);
    QVERIFY(none.fieldErrors.contains(QStringLiteral("policeReference")));
    const CommandResult junk = await(m_cards->fileDispute(workflow.id, purchase, Reason::NotAuthorised, declared,
                                                          QStringLiteral("'; DROP TABLE disputes; --")));
    QCOMPARE(junk.status, CommandResult::Rejected);

    const CommandResult filed = await(m_cards->fileDispute(workflow.id, purchase, Reason::NotAuthorised, declared,
                                                           QStringLiteral(" 5500/R/2026/123456 ")));
    QCOMPARE(filed.status, CommandResult::Applied);
    QCOMPARE(scalar(QStringLiteral("SELECT police_reference FROM disputes")), QStringLiteral("5500/R/2026/123456"));
}

void TestCardWorkflow::aDisputeMustConcernTheWorkflowsCard()
{
    const WorkflowRecord workflow = await(m_cards->startWorkflow(m_customer, m_card, Situation::Lost, 0)).workflow;
    const qint64 elsewhere = addTransaction(m_otherCard, 5000, QStringLiteral("Cafe"), 1);
    const CommandResult refused = await(m_cards->fileDispute(
        workflow.id, elsewhere, Reason::NotAuthorised, {{QStringLiteral("declaration"), true}}, QString()));
    QCOMPARE(refused.status, CommandResult::Rejected);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM disputes")), QStringLiteral("0"));
    QCOMPARE(await(m_cards->fileDispute(workflow.id, 987654, Reason::NotAuthorised,
                                        {{QStringLiteral("declaration"), true}}, QString()))
                 .status,
             CommandResult::Rejected);
}

void TestCardWorkflow::theReceiptAmountMustBeLessThanTheCharge()
{
    const WorkflowRecord workflow = await(m_cards->startWorkflow(m_customer, m_card, Situation::Lost, 0)).workflow;
    const qint64 purchase = addTransaction(m_card, 10000, QStringLiteral("Restaurant"), 20);
    QCOMPARE(await(m_cards->fileDispute(workflow.id, purchase, Reason::AmountDiffers,
                                        {{QStringLiteral("receiptAmountMinor"), 10000}}, QString()))
                 .status,
             CommandResult::Rejected);
    QCOMPARE(await(m_cards->fileDispute(workflow.id, purchase, Reason::AmountDiffers,
                                        {{QStringLiteral("receiptAmountMinor"), 6500}}, QString()))
                 .status,
             CommandResult::Applied);
}

void TestCardWorkflow::aClosedCardHasNoWorkflow()
{
    await(m_backend->worker()->run([card = m_card](Database &db) {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("UPDATE cards SET status = 'closed', status_reason = 'expired' WHERE id = %1")
                          .arg(card));
    }));
    const WorkflowResult refused = await(m_cards->startWorkflow(m_customer, m_card, Situation::Lost, 0));
    QCOMPARE(refused.result.status, CommandResult::Rejected);
    QCOMPARE(refused.workflow.id, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM card_workflows")), QStringLiteral("0"));
}

void TestCardWorkflow::answersWithAFullCardNumberAreRefused()
{
    const WorkflowRecord started = await(m_cards->startWorkflow(m_customer, m_card, Situation::Stolen, 0)).workflow;
    const QJsonObject data{{QStringLiteral("transactions"),
                            QJsonObject{{QStringLiteral("17"), QJsonObject{{QStringLiteral("note"),
                                                                             QStringLiteral("kortti 4111 1111 1111 1111")}}}}}};
    const WorkflowResult refused = await(m_cards->saveWorkflow(started.id, started.version, Step::Review, data));
    QCOMPARE(refused.result.status, CommandResult::Rejected);
    QVERIFY(!refused.result.message.contains(QStringLiteral("4111")));
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM card_workflows")), QString::number(started.version));
    QVERIFY(!scalar(QStringLiteral("SELECT data FROM card_workflows")).contains(QStringLiteral("1111 1111")));
    const WorkflowResult finished = await(m_cards->finishWorkflow(started.id, started.version, true, data));
    QCOMPARE(finished.result.status, CommandResult::Rejected);
    // The last four are fine.
    const WorkflowResult masked = await(m_cards->saveWorkflow(
        started.id, started.version, Step::Review, {{QStringLiteral("card"), QStringLiteral("•••• 1111")}}));
    QCOMPARE(masked.result.status, CommandResult::Applied);
}

QTEST_GUILESS_MAIN(TestCardWorkflow)
#include "tst_cardworkflow.moc"

#include "fixtures.h"
#include "testsupport.h"

#include "services/alertservice.h"
#include "services/inboxservice.h"
#include "services/localalertservice.h"
#include "services/localbackend.h"
#include "storage/auditlog.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using TestSupport::await;

class TestLocalAlertService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void screeningRaisesAnAlertInTheInboxWithItsEvidence();
    void theSameTransactionScreenedTwiceRaisesOneAlert();
    void aRapidSeriesInOneBatchIsOneAlert();
    void everydaySpendingRaisesNothing();
    void badInputIsRefusedAndNothingIsStored();
    void genuineClosesTheAlertWithANote();
    void fraudRecordsTheDecisionAndNamesTheCardForTheWizard();
    void aDecisionIsMadeOnce();

private:
    Transaction incoming(const QDateTime &at, qint64 minor, const QString &merchant, const QString &mcc,
                         const QString &entryMode, const QString &country = QStringLiteral("FI")) const;
    ScreeningResult raiseCasinoAlert();
    QList<AuditEntry> audit();
    QVariant scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    qint64 m_customerId = 0;
    qint64 m_cardId = 0;
};

void TestLocalAlertService::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_backend = Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error);
    QVERIFY2(m_backend, qPrintable(error));
    Fixtures::Person aino;
    aino.first = QStringLiteral("Aino");
    aino.last = QStringLiteral("Virtanen");
    aino.email = QStringLiteral("aino.virtanen@example.fi");
    aino.city = QStringLiteral("Helsinki");
    aino.last4s = {QStringLiteral("4021")};
    const auto ids = await(m_backend->worker()->run([aino](Database &db) {
        const qint64 customer = Fixtures::addCustomer(db, aino);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM cards WHERE customer_id = ?"));
        q.addBindValue(customer);
        const qint64 card = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        // Ninety days of everyday life in Helsinki: groceries and lunches, 08:00-20:00.
        const QTimeZone helsinki("Europe/Helsinki");
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(helsinki).date();
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO transactions (card_id, occurred_at, amount_minor, currency, merchant,"
                                      " mcc, country, status, entry_mode) VALUES (?, ?, ?, 'EUR', ?, ?, 'FI', 'posted', ?)"));
        for (int d = 90; d >= 2; --d) {
            const QDateTime at(today.addDays(-d), QTime(8 + d % 12, 10), helsinki);
            insert.addBindValue(card);
            insert.addBindValue(ConversationRepository::isoTime(at.toUTC()));
            insert.addBindValue(400 + (d * 1379) % 9100);
            insert.addBindValue(QStringLiteral("K-Market Hakaniemi"));
            insert.addBindValue(QStringLiteral("5411"));
            insert.addBindValue(d % 3 ? QStringLiteral("contactless") : QStringLiteral("chip"));
            if (!insert.exec())
                qFatal("history: %s", qPrintable(insert.lastError().text()));
        }
        return std::make_pair(customer, card);
    }));
    m_customerId = ids.first;
    m_cardId = ids.second;
    QVERIFY(m_customerId > 0 && m_cardId > 0);
}

void TestLocalAlertService::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

Transaction TestLocalAlertService::incoming(const QDateTime &at, qint64 minor, const QString &merchant,
                                            const QString &mcc, const QString &entryMode, const QString &country) const
{
    Transaction t;
    t.occurredAt = at;
    t.amount = {minor, QStringLiteral("EUR")};
    t.merchant = merchant;
    t.mcc = mcc;
    t.country = country;
    t.entryMode = entryMode;
    t.status = TransactionStatus::Pending;
    return t;
}

ScreeningResult TestLocalAlertService::raiseCasinoAlert()
{
    const QDateTime at(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Helsinki")).date().addDays(-1), QTime(19, 0),
                       QTimeZone("Europe/Helsinki"));
    return await(m_backend->alerts()->screenIncoming(
        m_cardId, {incoming(at.toUTC(), 25000, QStringLiteral("LUCKYSPIN CASINO"), QStringLiteral("7995"),
                            QStringLiteral("online"), QStringLiteral("MT"))}));
}

QList<AuditEntry> TestLocalAlertService::audit()
{
    return await(m_backend->worker()->run([](Database &db) {
        QString error;
        return AuditLog(db).entries(1, 1000, &error);
    }));
}

QVariant TestLocalAlertService::scalar(const QString &sql)
{
    return await(m_backend->worker()->run([sql](Database &db) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return QVariant(q.lastError().text());
        return q.value(0);
    }));
}

void TestLocalAlertService::screeningRaisesAnAlertInTheInboxWithItsEvidence()
{
    QSignalSpy changed(m_backend->alerts(), &AlertService::alertChanged);
    const ScreeningResult screening = raiseCasinoAlert();
    QCOMPARE(screening.result.status, CommandResult::Applied);
    QVERIFY(screening.alertId > 0);
    QVERIFY(screening.conversationId > 0);
    QCOMPARE(screening.transactionIds.size(), 1);
    QCOMPARE(screening.findings.size(), 1);
    QCOMPARE(screening.findings.constFirst().rule, FraudRules::Rule::CardNotPresentHighRisk);
    QTRY_COMPARE(changed.size(), 1);

    // In the inbox: an alert conversation in the fraud queue, its evidence as the message.
    const ThreadResult thread = await(m_backend->inbox()->thread(screening.conversationId));
    QVERIFY(thread.found);
    QCOMPARE(thread.thread.conversation.channel, Channel::Alert);
    QCOMPARE(thread.thread.conversation.queue, QStringLiteral("fraud"));
    QCOMPARE(thread.thread.conversation.customerId, m_customerId);
    QCOMPARE(thread.thread.conversation.status, ConversationStatus::New);
    QVERIFY2(thread.thread.conversation.subject.contains(QLatin1String("4021")), qPrintable(thread.thread.conversation.subject));
    QCOMPARE(thread.thread.messages.size(), 1);
    const QString body = thread.thread.messages.constFirst().bodyText;
    QVERIFY2(body.contains(QLatin1String("MCC 7995 (gambling)")) && body.contains(QLatin1String("LUCKYSPIN CASINO")),
             qPrintable(body));

    // The alert with its evidence, by conversation.
    const AlertDetails details = await(m_backend->alerts()->alertOfConversation(screening.conversationId));
    QVERIFY(details.found);
    QCOMPARE(details.alert.id, screening.alertId);
    QCOMPARE(details.alert.status, Alert::Status::Open);
    QCOMPARE(details.alert.cardId, m_cardId);
    QCOMPARE(details.alert.ruleNames(), QStringLiteral("cnp_high_risk"));
    QCOMPARE(details.cardLast4, QStringLiteral("4021"));
    QCOMPARE(details.evidence.size(), 1);
    QCOMPARE(details.evidence.constFirst().id, screening.transactionIds.constFirst());
    QCOMPARE(details.evidence.constFirst().merchant, QStringLiteral("LUCKYSPIN CASINO"));
    // Not an alert conversation: nothing found, no error.
    const AlertDetails none = await(m_backend->alerts()->alertOfConversation(screening.conversationId + 1000));
    QVERIFY(!none.found);
    QVERIFY(none.error.isEmpty());

    // Audited as the rules' doing.
    const QList<AuditEntry> entries = audit();
    QVERIFY(!entries.isEmpty());
    const AuditEntry &last = entries.constLast();
    QCOMPARE(last.action, QStringLiteral("alert.screen"));
    QCOMPARE(last.agent, LocalAlertService::monitoringAgent());
    QCOMPARE(last.details.value(QStringLiteral("alertId")).toInteger(), screening.alertId);
    QCOMPARE(last.details.value(QStringLiteral("rules")).toString(), QStringLiteral("cnp_high_risk"));
}

void TestLocalAlertService::theSameTransactionScreenedTwiceRaisesOneAlert()
{
    const ScreeningResult first = raiseCasinoAlert();
    QCOMPARE(first.result.status, CommandResult::Applied);
    Transaction again;
    again.id = first.transactionIds.constFirst();
    again.occurredAt = QDateTime::currentDateTimeUtc();   // ignored for a stored one
    again.amount = {1, QStringLiteral("EUR")};
    again.mcc = QStringLiteral("7995");
    again.country = QStringLiteral("MT");
    again.entryMode = QStringLiteral("online");
    const ScreeningResult second = await(m_backend->alerts()->screenIncoming(m_cardId, {again}));
    QCOMPARE(second.result.status, CommandResult::AlreadyApplied);
    QCOMPARE(second.alertId, first.alertId);
    QCOMPARE(second.conversationId, first.conversationId);
    // Delivered again as it came the first time (no id): recognised, not stored twice.
    const QDateTime at(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Helsinki")).date().addDays(-1),
                       QTime(19, 0), QTimeZone("Europe/Helsinki"));
    const ScreeningResult third = await(m_backend->alerts()->screenIncoming(
        m_cardId, {incoming(at.toUTC(), 25000, QStringLiteral("LUCKYSPIN CASINO"), QStringLiteral("7995"),
                            QStringLiteral("online"), QStringLiteral("MT"))}));
    QCOMPARE(third.result.status, CommandResult::AlreadyApplied);
    QCOMPARE(third.alertId, first.alertId);
    QCOMPARE(third.transactionIds, first.transactionIds);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alerts")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE channel = 'alert'")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transactions WHERE merchant = 'LUCKYSPIN CASINO'")).toInt(), 1);
}

void TestLocalAlertService::aRapidSeriesInOneBatchIsOneAlert()
{
    // In the afternoon, so that the night-hours rule stays out of it whatever the clock says.
    const QDateTime start = QDateTime(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Helsinki")).date()
                                          .addDays(-1),
                                      QTime(14, 0), QTimeZone("Europe/Helsinki"))
                                .toUTC();
    QList<Transaction> series;
    for (int i = 0; i < 5; ++i) {
        Transaction t = incoming(start.addSecs(45 * i), 150 + 10 * i, QStringLiteral("GIFTCARDS-EU.COM"),
                                 QStringLiteral("5999"), QStringLiteral("online"), QStringLiteral("LT"));
        t.status = i < 2 ? TransactionStatus::Declined : TransactionStatus::Pending;
        series << t;
    }
    const ScreeningResult screening = await(m_backend->alerts()->screenIncoming(m_cardId, series));
    QCOMPARE(screening.result.status, CommandResult::Applied);
    QCOMPARE(screening.transactionIds.size(), 5);
    const AlertDetails details = await(m_backend->alerts()->alertOfConversation(screening.conversationId));
    QCOMPARE(details.alert.ruleNames(), QStringLiteral("rapid_series"));
    QCOMPARE(details.evidence.size(), 5);
    QCOMPARE(details.alert.findings.constFirst().figures.constFirst(),
             QStringLiteral("5 transactions within 3 min (2 declined), the last at GIFTCARDS-EU.COM"));
}

void TestLocalAlertService::everydaySpendingRaisesNothing()
{
    const QDateTime at(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Helsinki")).date().addDays(-1), QTime(17, 30),
                       QTimeZone("Europe/Helsinki"));
    const ScreeningResult screening = await(m_backend->alerts()->screenIncoming(
        m_cardId, {incoming(at.toUTC(), 4590, QStringLiteral("Prisma Itäkeskus"), QStringLiteral("5411"),
                            QStringLiteral("chip"))}));
    QCOMPARE(screening.result.status, CommandResult::Applied);
    QCOMPARE(screening.alertId, 0);
    QCOMPARE(screening.transactionIds.size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alerts")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transactions WHERE merchant = 'Prisma Itäkeskus'")).toInt(), 1);
}

void TestLocalAlertService::badInputIsRefusedAndNothingIsStored()
{
    const int before = scalar(QStringLiteral("SELECT count(*) FROM transactions")).toInt();
    Transaction bad = incoming(QDateTime::currentDateTimeUtc(), 100, QStringLiteral("Shop"), QStringLiteral("79x5"),
                               QStringLiteral("online"));
    ScreeningResult refused = await(m_backend->alerts()->screenIncoming(m_cardId, {bad}));
    QCOMPARE(refused.result.status, CommandResult::Rejected);
    QVERIFY2(refused.result.message.contains(QLatin1String("79x5")), qPrintable(refused.result.message));
    bad.mcc = QStringLiteral("5999");
    bad.entryMode = QStringLiteral("telepathy");
    refused = await(m_backend->alerts()->screenIncoming(m_cardId, {bad}));
    QCOMPARE(refused.result.status, CommandResult::Rejected);
    bad.entryMode = QStringLiteral("online");
    refused = await(m_backend->alerts()->screenIncoming(m_cardId + 999, {bad}));
    QCOMPARE(refused.result.status, CommandResult::Rejected);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transactions")).toInt(), before);

    // A card number inside a merchant text is masked before it is stored.
    bad.merchant = QStringLiteral("REFUND 5555555555554444 SHOP");
    const ScreeningResult masked = await(m_backend->alerts()->screenIncoming(m_cardId, {bad}));
    QCOMPARE(masked.result.status, CommandResult::Applied);
    const QString stored = scalar(QStringLiteral("SELECT merchant FROM transactions WHERE id = %1")
                                      .arg(masked.transactionIds.constFirst()))
                               .toString();
    QVERIFY2(!stored.contains(QLatin1String("5555555555554444")), qPrintable(stored));
}

void TestLocalAlertService::genuineClosesTheAlertWithANote()
{
    const ScreeningResult screening = raiseCasinoAlert();
    CommandResult result = await(m_backend->alerts()->markGenuine(screening.alertId, QStringLiteral("  ")));
    QCOMPARE(result.status, CommandResult::Rejected);
    QCOMPARE(result.fieldErrors.value(QStringLiteral("note")).toString(), QStringLiteral("required"));

    result = await(m_backend->alerts()->markGenuine(screening.alertId,
                                                    QStringLiteral("Customer confirmed by phone, plays there weekly.")));
    QCOMPARE(result.status, CommandResult::Applied);
    const ThreadResult thread = await(m_backend->inbox()->thread(screening.conversationId));
    QCOMPARE(thread.thread.conversation.status, ConversationStatus::Resolved);
    const Message &note = thread.thread.messages.constLast();
    QCOMPARE(note.direction, MessageDirection::Note);
    QCOMPARE(note.author, QStringLiteral("test.agent"));
    QVERIFY(note.bodyText.contains(QLatin1String("plays there weekly")));
    const AlertDetails details = await(m_backend->alerts()->alertOfConversation(screening.conversationId));
    QCOMPARE(details.alert.status, Alert::Status::Genuine);
    QCOMPARE(details.alert.decidedBy, QStringLiteral("test.agent"));
    QCOMPARE(details.alert.decisionNote, QStringLiteral("Customer confirmed by phone, plays there weekly."));
    QVERIFY(details.alert.decidedAt.isValid());
    const AuditEntry last = audit().constLast();
    QCOMPARE(last.action, QStringLiteral("alert.genuine"));
    QCOMPARE(last.agent, QStringLiteral("test.agent"));
    QCOMPARE(last.details.value(QStringLiteral("decision")).toString(), QStringLiteral("genuine"));
    QCOMPARE(last.details.value(QStringLiteral("alertId")).toInteger(), screening.alertId);
}

void TestLocalAlertService::fraudRecordsTheDecisionAndNamesTheCardForTheWizard()
{
    const ScreeningResult screening = raiseCasinoAlert();
    // A card number in the note is stopped.
    FraudDecision decision = await(m_backend->alerts()->markFraud(screening.alertId,
                                                                  QStringLiteral("card 5555555555554444")));
    QCOMPARE(decision.result.status, CommandResult::Rejected);
    QCOMPARE(decision.cardId, 0);

    decision = await(m_backend->alerts()->markFraud(screening.alertId, QStringLiteral("Not hers.")));
    QCOMPARE(decision.result.status, CommandResult::Applied);
    QCOMPARE(decision.customerId, m_customerId);
    QCOMPARE(decision.cardId, m_cardId);
    QCOMPARE(decision.conversationId, screening.conversationId);
    QVERIFY2(decision.reasonText.contains(QLatin1String("online in a high-risk category"))
                 && decision.reasonText.contains(QLatin1String("LUCKYSPIN CASINO"))
                 && decision.reasonText.contains(QLatin1String("EUR 250.00")),
             qPrintable(decision.reasonText));
    const ThreadResult thread = await(m_backend->inbox()->thread(screening.conversationId));
    QCOMPARE(thread.thread.conversation.status, ConversationStatus::Open);
    QCOMPARE(thread.thread.conversation.assignee, QStringLiteral("test.agent"));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM alerts WHERE id = %1").arg(screening.alertId)).toString(),
             QStringLiteral("fraud"));
    const AuditEntry last = audit().constLast();
    QCOMPARE(last.action, QStringLiteral("alert.fraud"));
    QCOMPARE(last.details.value(QStringLiteral("cardId")).toInteger(), m_cardId);
}

void TestLocalAlertService::aDecisionIsMadeOnce()
{
    const ScreeningResult screening = raiseCasinoAlert();
    QCOMPARE(await(m_backend->alerts()->markFraud(screening.alertId, QString())).result.status, CommandResult::Applied);
    const CommandResult again = await(m_backend->alerts()->markGenuine(screening.alertId, QStringLiteral("Oops")));
    QCOMPARE(again.status, CommandResult::Rejected);
    QVERIFY2(again.message.contains(QLatin1String("already decided")), qPrintable(again.message));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM alerts WHERE id = %1").arg(screening.alertId)).toString(),
             QStringLiteral("fraud"));
    QCOMPARE(await(m_backend->alerts()->markGenuine(4242, QStringLiteral("x"))).status, CommandResult::Rejected);
}

QTEST_GUILESS_MAIN(TestLocalAlertService)
#include "tst_localalertservice.moc"

#include "domain/cardnumber.h"
#include "domain/cardworkflow.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using CardWorkflow::Situation;
using DisputeReasons::Reason;

class TestCardWorkflowRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip();
    void whatEachSituationDoes();
    void policeReferenceShape_data();
    void policeReferenceShape();
    void evidenceEachReasonNeeds();
    void confirmationInTheCustomersLanguage_data();
    void confirmationInTheCustomersLanguage();
    void confirmationSaysOnlyWhatWasDone();
    void pickupPointsInTheCustomersCityFirst();
};

void TestCardWorkflowRules::namesRoundTrip()
{
    for (const Situation s : CardWorkflow::AllSituations)
        QCOMPARE(CardWorkflow::situationFromName(CardWorkflow::situationName(s)), s);
    for (const CardWorkflow::Step s : CardWorkflow::AllSteps)
        QCOMPARE(CardWorkflow::stepFromName(CardWorkflow::stepName(s)), s);
    for (const Reason r : DisputeReasons::AllReasons) {
        QCOMPARE(DisputeReasons::reasonFromName(DisputeReasons::reasonName(r)), r);
        QVERIFY(!DisputeReasons::requiredEvidence(r).isEmpty());
    }
    QVERIFY(!CardWorkflow::situationFromName(QStringLiteral("Lost")).has_value());
    QVERIFY(!DisputeReasons::reasonFromName(QString()).has_value());
}

void TestCardWorkflowRules::whatEachSituationDoes()
{
    // A damaged card keeps working until its replacement is activated.
    QVERIFY(!CardWorkflow::locksCard(Situation::Damaged));
    QVERIFY(!CardWorkflow::reviewsTransactions(Situation::Damaged));
    QCOMPARE(CardWorkflow::closeReason(Situation::Damaged), CardLifecycle::CloseReason::Damaged);
    QVERIFY(CardLifecycle::replacementRule(CardWorkflow::closeReason(Situation::Damaged))->oldCardWorksUntilActivated);
    for (const Situation s : {Situation::Lost, Situation::Stolen, Situation::Compromised}) {
        QVERIFY(CardWorkflow::locksCard(s));
        QVERIFY(CardWorkflow::reviewsTransactions(s));
        QVERIFY(CardLifecycle::replacementRule(CardWorkflow::closeReason(s))->newNumber);
    }
    QVERIFY(!CardWorkflow::givesNewNumber(Situation::Damaged));
    QVERIFY(CardWorkflow::givesNewNumber(Situation::Stolen));
    QVERIFY(CardWorkflow::givesNewNumber(Situation::Compromised));
    QCOMPARE(CardWorkflow::lockReason(Situation::Compromised), CardLifecycle::LockReason::SuspectedFraud);
    QCOMPARE(CardWorkflow::closeReason(Situation::Compromised), CardLifecycle::CloseReason::Fraud);
    QVERIFY(CardWorkflow::policeReferenceRequired(Situation::Stolen, 1));
    QVERIFY(!CardWorkflow::policeReferenceRequired(Situation::Stolen, 0));
    QVERIFY(!CardWorkflow::policeReferenceRequired(Situation::Lost, 3));
    QVERIFY(CardWorkflow::suggestsNewPin(Situation::Stolen));
    QVERIFY(!CardWorkflow::suggestsNewPin(Situation::Lost));
}

void TestCardWorkflowRules::policeReferenceShape_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("finnish") << QStringLiteral("5500/R/12345/26") << true;
    QTest::newRow("swedish") << QStringLiteral("K123456-26") << true;
    QTest::newRow("spaces around") << QStringLiteral("  12345678 ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too short") << QStringLiteral("12") << false;
    QTest::newRow("no digit") << QStringLiteral("unknown") << false;
    QTest::newRow("sql") << QStringLiteral("1'; DROP TABLE x; --") << false;
    QTest::newRow("too long") << QString(41, QLatin1Char('1')) << false;
    QTest::newRow("emoji") << QStringLiteral("1234🚓") << false;
}

void TestCardWorkflowRules::policeReferenceShape()
{
    QFETCH(QString, reference);
    QFETCH(bool, plausible);
    QCOMPARE(CardWorkflow::isPlausiblePoliceReference(reference), plausible);
}

void TestCardWorkflowRules::evidenceEachReasonNeeds()
{
    const QDateTime charged = QDateTime::currentDateTimeUtc().addDays(-3);
    QCOMPARE(DisputeReasons::evidenceProblem(Reason::NotAuthorised, {}, 1000, charged), QStringLiteral("declaration"));
    QCOMPARE(DisputeReasons::evidenceProblem(Reason::NotAuthorised, {{QStringLiteral("declaration"), false}}, 1000,
                                             charged),
             QStringLiteral("declaration"));
    QVERIFY(DisputeReasons::evidenceProblem(Reason::NotAuthorised, {{QStringLiteral("declaration"), true}}, 1000,
                                            charged)
                .isEmpty());
    QCOMPARE(DisputeReasons::evidenceProblem(Reason::Duplicate, {}, 1000, charged), QStringLiteral("duplicateOf"));
    // Every key the check can name has its own message for the agent.
    QStringList messages;
    for (const Reason r : DisputeReasons::AllReasons) {
        for (const QString &key : DisputeReasons::requiredEvidence(r))
            messages << DisputeReasons::evidenceMessage(key);
    }
    QCOMPARE(QSet<QString>(messages.cbegin(), messages.cend()).size(), messages.size());
    QVERIFY(!messages.contains(DisputeReasons::evidenceMessage(QStringLiteral("unknown"))));
    QVERIFY(DisputeReasons::evidenceProblem(Reason::Duplicate, {{QStringLiteral("duplicateOf"), 7}}, 1000, charged)
                .isEmpty());
    QCOMPARE(DisputeReasons::evidenceProblem(Reason::AmountDiffers, {{QStringLiteral("receiptAmountMinor"), 1000}},
                                             1000, charged),
             QStringLiteral("receiptAmountMinor"));
    QVERIFY(DisputeReasons::evidenceProblem(Reason::AmountDiffers, {{QStringLiteral("receiptAmountMinor"), 0}}, 1000,
                                            charged)
                .isEmpty());
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QCOMPARE(DisputeReasons::evidenceProblem(Reason::NotReceived, {{QStringLiteral("expectedBy"), tomorrow},
                                                                   {QStringLiteral("merchantContacted"), true}},
                                             1000, charged),
             QStringLiteral("expectedBy"));
    QCOMPARE(DisputeReasons::evidenceProblem(Reason::NotReceived, {{QStringLiteral("expectedBy"), yesterday}}, 1000,
                                             charged),
             QStringLiteral("merchantContacted"));
    QCOMPARE(DisputeReasons::evidenceProblem(Reason::CancelledRecurring, {{QStringLiteral("cancelledOn"), yesterday}},
                                             1000, charged),
             QStringLiteral("cancelledOn"));   // cancelled after the charge: not this reason
    QVERIFY(DisputeReasons::evidenceProblem(Reason::CancelledRecurring,
                                            {{QStringLiteral("cancelledOn"),
                                              QDate::currentDate().addDays(-10).toString(Qt::ISODate)}},
                                            1000, charged)
                .isEmpty());
}

void TestCardWorkflowRules::confirmationInTheCustomersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");   // a phrase only that language has
    QTest::newRow("fi") << QStringLiteral("fi") << QStringLiteral("noutopisteeseen");
    QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("utlämningsstället");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("hentestedet");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("pickup point");
    QTest::newRow("unknown falls back to English") << QStringLiteral("de") << QStringLiteral("pickup point");
}

void TestCardWorkflowRules::confirmationInTheCustomersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QVERIFY(WorkflowMessages::languages().contains(QStringLiteral("fi")));
    WorkflowFacts facts;
    facts.firstName = QStringLiteral("Aino");
    facts.last4 = QStringLiteral("4242");
    facts.situation = Situation::Stolen;
    facts.locked = true;
    facts.closed = true;
    facts.disputes = 2;
    facts.policeReference = QStringLiteral("5500/R/1/26");
    facts.replacementOrdered = true;
    facts.newNumber = true;
    facts.newLast4 = QStringLiteral("7310");
    facts.delivery = QStringLiteral("pickup_point");
    facts.pickupPoint = QStringLiteral("Posti Kamppi");
    facts.pinCarriesOver = false;
    facts.agentName = QStringLiteral("Maria");
    const QString text = WorkflowMessages::confirmation(language, facts);
    QVERIFY2(text.contains(expected), qPrintable(text));
    for (const QString &value : {QStringLiteral("Aino"), QStringLiteral("4242"), QStringLiteral("7310"),
                                 QStringLiteral("5500/R/1/26"), QStringLiteral("Posti Kamppi"), QStringLiteral("Maria"),
                                 QStringLiteral("2")})
        QVERIFY2(text.contains(value), qPrintable(value + QStringLiteral(" missing in: ") + text));
    QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text));   // every placeholder filled
    QVERIFY(!CardNumber::containsCardNumber(text));
    QVERIFY(WorkflowMessages::subject(language, facts).contains(QStringLiteral("4242")));
}

void TestCardWorkflowRules::confirmationSaysOnlyWhatWasDone()
{
    WorkflowFacts facts;
    facts.firstName = QStringLiteral("Erik");
    facts.last4 = QStringLiteral("1111");
    facts.situation = Situation::Damaged;
    facts.replacementOrdered = true;
    facts.newNumber = false;
    facts.delivery = QStringLiteral("post");
    const QString text = WorkflowMessages::confirmation(QStringLiteral("en"), facts);
    QVERIFY(text.contains(QStringLiteral("keeps the same number")));
    QVERIFY(text.contains(QStringLiteral("keeps working until you activate")));
    QVERIFY(!text.contains(QStringLiteral("locked")));
    QVERIFY(!text.contains(QStringLiteral("dispute")));
    QVERIFY(!text.contains(QStringLiteral("Police")));
}

void TestCardWorkflowRules::pickupPointsInTheCustomersCityFirst()
{
    const QList<PickupPoint> tampere = PickupPoints::forCustomer(QStringLiteral("FI"), QStringLiteral("tampere"));
    QVERIFY(tampere.size() >= 5);
    QCOMPARE(tampere.constFirst().city, QStringLiteral("Tampere"));
    for (const PickupPoint &point : tampere)
        QCOMPARE(point.country, QStringLiteral("FI"));
    QVERIFY(tampere.constFirst().displayName().contains(QStringLiteral("33100 Tampere")));
    const QList<PickupPoint> oslo = PickupPoints::forCustomer(QStringLiteral("NO"), QStringLiteral("Oslo"));
    QCOMPARE(oslo.at(0).city, QStringLiteral("Oslo"));
    QCOMPARE(oslo.at(1).city, QStringLiteral("Oslo"));
    QVERIFY(oslo.at(2).city != QStringLiteral("Oslo"));
    QVERIFY(PickupPoints::forCustomer(QStringLiteral("DE"), QStringLiteral("Berlin")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCardWorkflowRules)
#include "tst_cardworkflowrules.moc"

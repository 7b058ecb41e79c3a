#include "domain/cardcontrols.h"
#include "domain/cardlifecycle.h"
#include "domain/verification.h"

#include <QSet>
#include <QTest>

using namespace CardLifecycle;

class TestCardLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTransition_data();
    void everyTransition();
    void closingReasons_data();
    void closingReasons();
    void namesRoundTrip();
    void replacementRules();
    void onlyActiveCardsPay();
    void verificationPolicy_data();
    void verificationPolicy();
    void verificationExpiresAndMustPass();
    void controlsDeclineByEntryModeAndCountry();
    void limitsDeclineInTimeOrderWithDailySums();
};

void TestCardLifecycle::everyTransition_data()
{
    // The whole 7 x 7 matrix, written out: what issuers' platforms allow.
    QTest::addColumn<State>("from");
    QTest::addColumn<State>("to");
    QTest::addColumn<bool>("allowed");
    const QList<QPair<State, State>> allowed = {
        {State::Ordered, State::Shipped},
        {State::Shipped, State::Delivered},
        {State::Delivered, State::PendingActivation},
        {State::PendingActivation, State::Active},
        {State::Active, State::Locked},
        {State::Locked, State::Active},
        {State::Ordered, State::Closed},
        {State::Shipped, State::Closed},
        {State::Delivered, State::Closed},
        {State::PendingActivation, State::Closed},
        {State::Active, State::Closed},
        {State::Locked, State::Closed},
    };
    for (const State from : AllStates) {
        for (const State to : AllStates) {
            QTest::addRow("%s -> %s", qPrintable(stateName(from)), qPrintable(stateName(to)))
                << from << to << allowed.contains({from, to});
        }
    }
}

void TestCardLifecycle::everyTransition()
{
    QFETCH(State, from);
    QFETCH(State, to);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowed(from, to), allowed);
    // Closing is checked with a reason every state may close for; the rest without one.
    const std::optional<CloseReason> reason = to == State::Closed ? std::optional(CloseReason::Stolen) : std::nullopt;
    QCOMPARE(refusal(from, to, reason).isEmpty(), allowed);
    if (!allowed)
        QVERIFY(!refusal(from, to, reason).isEmpty());
}

void TestCardLifecycle::closingReasons_data()
{
    QTest::addColumn<State>("from");
    QTest::addColumn<CloseReason>("reason");
    QTest::addColumn<bool>("allowed");
    for (const State from : AllStates) {
        if (from == State::Closed)
            continue;
        const bool onItsWay = from == State::Ordered || from == State::Shipped;
        for (const CloseReason reason : AllCloseReasons) {
            bool ok = true;
            if (reason == CloseReason::Undeliverable)
                ok = onItsWay;
            else if (reason == CloseReason::Damaged || reason == CloseReason::Expired)
                ok = !onItsWay;
            QTest::addRow("%s closed as %s", qPrintable(stateName(from)), qPrintable(closeReasonName(reason)))
                << from << reason << ok;
        }
    }
}

void TestCardLifecycle::closingReasons()
{
    QFETCH(State, from);
    QFETCH(CloseReason, reason);
    QFETCH(bool, allowed);
    QCOMPARE(refusal(from, State::Closed, reason).isEmpty(), allowed);
    // Closing without a reason is always refused; a reason on anything but closing too.
    QVERIFY(!refusal(from, State::Closed, std::nullopt).isEmpty());
    if (from == State::Active)
        QVERIFY(!refusal(State::Active, State::Locked, reason).isEmpty());
    // Closed is final, whatever the reason.
    QVERIFY(!refusal(State::Closed, State::Closed, reason).isEmpty());
}

void TestCardLifecycle::namesRoundTrip()
{
    QSet<QString> seen;
    for (const State state : AllStates) {
        QCOMPARE(stateFromName(stateName(state)), std::optional(state));
        seen.insert(stateName(state));
    }
    for (const CloseReason reason : AllCloseReasons) {
        QCOMPARE(closeReasonFromName(closeReasonName(reason)), std::optional(reason));
        seen.insert(closeReasonName(reason));
    }
    for (const Channel channel : AllChannels)
        QCOMPARE(channelFromName(channelName(channel)), std::optional(channel));
    QCOMPARE(seen.size(), int(std::size(AllStates) + std::size(AllCloseReasons)));
    QCOMPARE(stateName(State::PendingActivation), QStringLiteral("pending_activation"));
    QVERIFY(!stateFromName(QStringLiteral("blocked")));
    QVERIFY(!closeReasonFromName(QStringLiteral("Lost")));   // exact names only
    QVERIFY(!channelFromName(QString()));
}

void TestCardLifecycle::replacementRules()
{
    for (const CloseReason reason : {CloseReason::Lost, CloseReason::Stolen, CloseReason::Fraud,
                                     CloseReason::Undeliverable}) {
        const auto rule = replacementRule(reason);
        QVERIFY(rule);
        QVERIFY2(rule->newNumber, qPrintable(closeReasonName(reason)));
        QVERIFY(!rule->oldCardWorksUntilActivated);
    }
    for (const CloseReason reason : {CloseReason::Damaged, CloseReason::Expired}) {
        const auto rule = replacementRule(reason);
        QVERIFY(rule);
        QVERIFY2(!rule->newNumber, qPrintable(closeReasonName(reason)));
        QVERIFY(rule->oldCardWorksUntilActivated);
    }
    QVERIFY(!replacementRule(CloseReason::CustomerRequest));
}

void TestCardLifecycle::onlyActiveCardsPay()
{
    for (const State state : AllStates)
        QCOMPARE(canPay(state), state == State::Active);
}

void TestCardLifecycle::verificationPolicy_data()
{
    using namespace Verification;
    QTest::addColumn<Method>("method");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    const QList<Action> needStrong = {Action::Unlock, Action::ReplacementToOtherAddress, Action::ContactChange,
                                     Action::PinReset, Action::RelaxControls, Action::CloseAtRequest};
    for (const Method method : AllMethods) {
        const bool strong = method == Method::StrongElectronicId || method == Method::AppConfirmation;
        for (const Action action : AllActions) {
            QTest::addRow("%s for %s", qPrintable(methodName(method)), qPrintable(actionName(action)))
                << method << action << (strong || !needStrong.contains(action));
        }
    }
}

void TestCardLifecycle::verificationPolicy()
{
    using namespace Verification;
    QFETCH(Method, method);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    QCOMPARE(allows(Outcome{method, true, now.addSecs(-60)}, action, now), allowed);
    QCOMPARE(methodFromName(methodName(method)), std::optional(method));
}

void TestCardLifecycle::verificationExpiresAndMustPass()
{
    using namespace Verification;
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    // A protective lock needs only the card identified, but somebody must have identified it.
    QVERIFY(!allows(std::nullopt, Action::ProtectiveLock, now));
    QVERIFY(allows(Outcome{Method::CardIdentified, true, now}, Action::ProtectiveLock, now));
    QVERIFY(!allows(Outcome{Method::StrongElectronicId, false, now}, Action::Unlock, now));
    QVERIFY(allows(Outcome{Method::StrongElectronicId, true, now.addSecs(-ValidSeconds)}, Action::Unlock, now));
    QVERIFY(!allows(Outcome{Method::StrongElectronicId, true, now.addSecs(-ValidSeconds - 1)}, Action::Unlock, now));
    QVERIFY(!allows(Outcome{Method::StrongElectronicId, true, now.addSecs(60)}, Action::Unlock, now));   // future
    QVERIFY(!allows(Outcome{Method::StrongElectronicId, true, QDateTime()}, Action::Unlock, now));
}

void TestCardLifecycle::controlsDeclineByEntryModeAndCountry()
{
    auto tx = [](const char *mode, const char *country, TransactionStatus status = TransactionStatus::Posted) {
        Transaction t;
        t.entryMode = QString::fromLatin1(mode);
        t.country = QString::fromLatin1(country);
        t.status = status;
        return t;
    };
    const CardControls all;
    for (const char *mode : {"chip", "contactless", "online", "atm"})
        QCOMPARE(all.wouldDecline(tx(mode, "SE"), QStringLiteral("FI")), QString());

    CardControls noOnline;
    noOnline.online = false;
    QCOMPARE(noOnline.wouldDecline(tx("online", "FI"), QStringLiteral("FI")), QStringLiteral("online"));
    QCOMPARE(noOnline.wouldDecline(tx("chip", "FI"), QStringLiteral("FI")), QString());

    CardControls home;
    home.abroad = false;
    QCOMPARE(home.wouldDecline(tx("chip", "EE"), QStringLiteral("FI")), QStringLiteral("abroad"));
    QCOMPARE(home.wouldDecline(tx("atm", "TH"), QStringLiteral("FI")), QStringLiteral("abroad"));
    QCOMPARE(home.wouldDecline(tx("chip", "FI"), QStringLiteral("FI")), QString());
    // A foreign web shop is the online control's business, not abroad's.
    QCOMPARE(home.wouldDecline(tx("online", "DE"), QStringLiteral("FI")), QString());

    CardControls noTap;
    noTap.contactless = false;
    noTap.atm = false;
    QCOMPARE(noTap.wouldDecline(tx("contactless", "FI"), QStringLiteral("FI")), QStringLiteral("contactless"));
    QCOMPARE(noTap.wouldDecline(tx("atm", "FI"), QStringLiteral("FI")), QStringLiteral("atm"));
    // Declined or reversed anyway: not a change the new controls would make.
    QCOMPARE(noTap.wouldDecline(tx("atm", "FI", TransactionStatus::Declined), QStringLiteral("FI")), QString());
    QCOMPARE(noTap.wouldDecline(tx("atm", "FI", TransactionStatus::Reversed), QStringLiteral("FI")), QString());

    QVERIFY(all.relaxes(noTap));
    QVERIFY(!noTap.relaxes(all));
    QVERIFY(!all.relaxes(all));
}

void TestCardLifecycle::limitsDeclineInTimeOrderWithDailySums()
{
    const QDateTime day(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    auto tx = [&day](int minutes, qint64 minor, const char *mode = "chip", const char *currency = "EUR") {
        Transaction t;
        t.occurredAt = day.addSecs(minutes * 60);
        t.amount = {minor, QString::fromLatin1(currency)};
        t.entryMode = QString::fromLatin1(mode);
        return t;
    };
    CardLimits limits;
    limits.perPurchaseMinor = 50000;   // 500 €
    limits.dailyMinor = 80000;         // 800 €
    limits.dailyCashMinor = 20000;     // 200 €
    // Given newest first, as the service reads them; judged oldest first.
    const QList<Transaction> list = {
        tx(24 * 60 + 10, 45000),          // next day: a fresh daily sum -> passes
        tx(300, 15000, "atm"),            // cash 150 after 0 cash, but the day is at 700 + 150 > 800 -> daily
        tx(200, 60000),                   // 600 > 500 per purchase
        tx(120, 30000),                   // 400 + 300 = 700 -> passes
        tx(100, 25000, "atm"),            // cash 250 > 200 daily cash
        tx(60, 40000),                    // 400 -> passes
        tx(30, 99999999, "chip", "SEK"),  // another currency: not judged
    };
    QCOMPARE(limits.wouldDecline(list, QStringLiteral("EUR")),
             QStringList({QString(), QStringLiteral("daily"), QStringLiteral("per_purchase"), QString(),
                          QStringLiteral("daily_cash"), QString(), QString()}));
    QCOMPARE(CardLimits().wouldDecline(list, QStringLiteral("EUR")), QStringList(list.size(), QString()));

    CardLimits lower = limits;
    lower.dailyMinor = 50000;
    QVERIFY(!lower.relaxes(limits));
    QVERIFY(limits.relaxes(lower));
    CardLimits removed = limits;
    removed.dailyCashMinor.reset();
    QVERIFY(removed.relaxes(limits));   // no limit is a looser one
    QVERIFY(!limits.relaxes(CardLimits()));   // setting limits where there were none only restricts
}

QTEST_GUILESS_MAIN(TestCardLifecycle)
#include "tst_cardlifecycle.moc"

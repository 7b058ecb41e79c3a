#include "domain/fraudrules.h"
#include "storage/demodatagenerator.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>

/// @short The fraud rules on a year of everyday spending: the false-alarm rate.
///
/// 1,000 customers of the demo's own model of normal behaviour
/// (DemoDataGenerator::everydaySpending: home shopping, online
/// subscriptions, trips abroad, occasional large purchases, cards replaced),
/// a year each; every transaction is judged against the ones before it, as
/// the service judges incoming transactions. None is fraud, so every finding
/// is a false alarm.
class TestFraudFalseAlarms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aYearOfEverydaySpendingRaisesNoAlert();
    void tenThousandCustomersStayUnderTheTolerance();
    void theModelIsNotAnEasyOne();
};

namespace {

constexpr int Customers = 1000;
constexpr int Days = 365;

QList<DemoDataGenerator::Spending> aYear(qint64 firstId = 101, int customers = Customers)
{
    DemoDataGenerator::Options options;
    options.customers = 20000;   // the console's scale: full transaction density
    options.referenceDate = QDate(2026, 11, 22);
    // Customer ids after the showcase ones, so the model's random customers are judged.
    return DemoDataGenerator(options).everydaySpending(firstId, customers, Days);
}

/// Customers with at least one false alarm in their year (every finding is one).
int alarmedCustomers(const QList<DemoDataGenerator::Spending> &year, const char *label)
{
    const FraudRules rules = FraudRules::defaults();
    QElapsedTimer timer;
    timer.start();
    qint64 transactions = 0;
    int alarmed = 0;
    int alarms = 0;
    std::map<QString, int> byRule;
    QStringList examples;
    for (const DemoDataGenerator::Spending &customer : year) {
        transactions += customer.transactions.size();
        // All incoming, in order: each judged against the year so far.
        const QList<FraudRules::Finding> findings = rules.screen(customer.homeCountry, {}, customer.transactions);
        if (findings.isEmpty())
            continue;
        ++alarmed;
        for (const FraudRules::Finding &f : findings) {
            alarms += int(f.figures.size());
            byRule[FraudRules::ruleName(f.rule)] += int(f.figures.size());
            if (examples.size() < 10)
                examples << QStringLiteral("customer %1: %2").arg(customer.customerId).arg(f.figures.constFirst());
        }
    }
    const double perCustomer = 100.0 * alarmed / double(year.size());
    const double perTransaction = transactions ? 100.0 * alarms / double(transactions) : 0;
    qInfo("%s: false alarms on a year of everyday spending: %d of %lld customers (%.3f %%), %d alarms on %lld "
          "transactions (%.5f %%), %lld ms",
          label, alarmed, qint64(year.size()), perCustomer, alarms, transactions, perTransaction,
          timer.elapsed());
    for (const auto &[rule, count] : byRule)
        qInfo("  %s: %d", qPrintable(rule), count);
    for (const QString &example : std::as_const(examples))
        qInfo("  %s", qPrintable(example));
    return alarmed;
}

} // namespace

void TestFraudFalseAlarms::aYearOfEverydaySpendingRaisesNoAlert()
{
    // The measure: 1,000 customers, a year each, not one alert.
    const FraudRules rules = FraudRules::defaults();
    QVERIFY2(rules.isValid(), qPrintable(rules.error()));
    const QList<DemoDataGenerator::Spending> year = aYear();
    QCOMPARE(year.size(), Customers);
    QCOMPARE(alarmedCustomers(year, "1,000 customers"), 0);
}

void TestFraudFalseAlarms::tenThousandCustomersStayUnderTheTolerance()
{
    // Wider, so that the thresholds are not fitted to one thousand customers.
    // Measured when the rules were set: 4 among customers 20,001-40,000 (0.02 % of
    // customer-years), each a large purchase abroad during a trip (an airline
    // ticket or electronics at ten times the customer's usual, paid by card
    // in another country): what an issuer's risk team would also ask about.
    // Tolerated: at most 0.05 % of customers a year.
    const QList<DemoDataGenerator::Spending> year = aYear(20001, 10 * Customers);
    const int alarmed = alarmedCustomers(year, "10,000 customers");
    QVERIFY2(alarmed * 10000 <= 5 * int(year.size()), qPrintable(QString::number(alarmed)));
}

void TestFraudFalseAlarms::theModelIsNotAnEasyOne()
{
    // The year really holds what the rules must tolerate: trips to countries
    // new to the customer, purchases ten times their usual, and full histories.
    const FraudRules rules = FraudRules::defaults();
    const QList<DemoDataGenerator::Spending> year = aYear();
    QCOMPARE(year.size(), Customers);
    int travellers = 0;
    int bigSpenders = 0;
    qint64 transactions = 0;
    for (const DemoDataGenerator::Spending &customer : year) {
        transactions += customer.transactions.size();
        QList<double> amounts;
        bool abroad = false;
        for (const Transaction &t : customer.transactions) {
            abroad = abroad || (t.entryMode != u"online" && t.country != customer.homeCountry);
            if (const std::optional<double> eur = rules.euroCents(t.amount))
                amounts << *eur;
        }
        travellers += abroad ? 1 : 0;
        if (amounts.size() >= 20) {
            std::sort(amounts.begin(), amounts.end());
            const double median = amounts.at(amounts.size() / 2);
            bigSpenders += amounts.constLast() >= 10 * median ? 1 : 0;
        }
        QVERIFY(std::is_sorted(customer.transactions.cbegin(), customer.transactions.cend(),
                               [](const Transaction &a, const Transaction &b) { return a.occurredAt < b.occurredAt; }));
    }
    qInfo("%lld transactions; %d customers abroad, %d with a purchase ten times their median", transactions,
          travellers, bigSpenders);
    QVERIFY2(transactions > Customers * 60, "about 100 transactions per customer and year");
    QVERIFY2(travellers > Customers / 4, "trips abroad are common in a year");
    QVERIFY2(bigSpenders > Customers / 10, "large purchases are common in a year");
}

QTEST_GUILESS_MAIN(TestFraudFalseAlarms)
#include "tst_fraudfalsealarms.moc"

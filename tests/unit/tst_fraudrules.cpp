#include "domain/fraudrules.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

namespace {

const QTimeZone &helsinki()
{
    static const QTimeZone zone("Europe/Helsinki");
    return zone;
}

/// Wall-clock time in Helsinki on @p day days after 1 June 2026.
QDateTime hel(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 6, 1).addDays(day), QTime(hour, minute), helsinki()).toUTC();
}

Transaction tx(qint64 id, const QDateTime &at, qint64 minor, const QString &merchant,
               const QString &entryMode = QStringLiteral("chip"), const QString &country = QStringLiteral("FI"),
               const QString &mcc = QStringLiteral("5411"), const QString &currency = QStringLiteral("EUR"))
{
    Transaction t;
    t.id = id;
    t.cardId = 1;
    t.occurredAt = at;
    t.amount = {minor, currency};
    t.merchant = merchant;
    t.mcc = mcc;
    t.country = country;
    t.entryMode = entryMode;
    t.status = TransactionStatus::Posted;
    return t;
}

/// 90 days of a Helsinki customer's everyday life: groceries, lunch and a
/// subscription, between 08:00 and 21:00, EUR 4 to EUR 95.
QList<Transaction> everyday(int days = 90)
{
    QList<Transaction> history;
    qint64 id = 1;
    for (int d = 0; d < days; ++d) {
        history << tx(id++, hel(d, 8 + d % 12, 17), 400 + (d * 1379) % 9100, QStringLiteral("K-Market Hakaniemi"),
                      d % 3 ? QStringLiteral("contactless") : QStringLiteral("chip"));
        if (d % 4 == 0)
            history << tx(id++, hel(d, 12, 5), 1250, QStringLiteral("Ravintola Sävel"), QStringLiteral("chip"),
                          QStringLiteral("FI"), QStringLiteral("5812"));
        if (d % 30 == 7)
            history << tx(id++, hel(d, 20, 44), 1299, QStringLiteral("Netflix.com"), QStringLiteral("online"),
                          QStringLiteral("NL"), QStringLiteral("4899"));
    }
    return history;
}

QList<qint64> idsOf(const QList<Transaction> &transactions)
{
    QList<qint64> ids;
    for (const Transaction &t : transactions)
        ids << t.id;
    return ids;
}

QStringList namesOf(const QList<FraudRules::Finding> &findings)
{
    QStringList names;
    for (const FraudRules::Finding &f : findings)
        names << FraudRules::ruleName(f.rule);
    return names;
}

} // namespace

class TestFraudRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedRulesAreValid();
    void badJsonIsRefusedWithAReason_data();
    void badJsonIsRefusedWithAReason();
    void everydayLifeRaisesNothing();
    void amountFarAboveUsual();
    void amountNearMisses();
    void amountAtHomeWithChipNeedsMore();
    void nightHoursNeverUsed();
    void nightNearMisses();
    void newCountryWhileUsedAtHome();
    void newCountryNearMisses();
    void rapidSeries();
    void rapidSeriesNearMisses();
    void cardNotPresentHighRisk();
    void cardNotPresentNearMisses();
    void foreignCurrencyComparedInEuro();

private:
    FraudRules m_rules = FraudRules::defaults();
};

void TestFraudRules::shippedRulesAreValid()
{
    QVERIFY2(m_rules.isValid(), qPrintable(m_rules.error()));
    QCOMPARE(m_rules.historyDays(), 180);
    QVERIFY(m_rules.euroCents({100, QStringLiteral("SEK")}).has_value());
    QVERIFY(!m_rules.euroCents({100, QStringLiteral("XXX")}).has_value());
    for (FraudRules::Rule rule : FraudRules::allRules())
        QCOMPARE(FraudRules::ruleFromName(FraudRules::ruleName(rule)), std::optional<FraudRules::Rule>(rule));
    QVERIFY(!FraudRules::ruleFromName(QStringLiteral("nonsense")).has_value());
}

void TestFraudRules::badJsonIsRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("change");
    QTest::addColumn<QString>("expected");
    QTest::addRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::addRow("zero history") << QByteArray("historyDays=0") << QStringLiteral("historyDays");
    QTest::addRow("bad zone") << QByteArray("zone") << QStringLiteral("Unknown time zone");
    QTest::addRow("bad mcc") << QByteArray("mcc") << QStringLiteral("merchant category code");
    QTest::addRow("rapid of one") << QByteArray("rapid") << QStringLiteral("rapidSeries");
}

void TestFraudRules::badJsonIsRefusedWithAReason()
{
    QFETCH(QByteArray, change);
    QFETCH(QString, expected);
    QFile file(QStringLiteral(":/fraud/rules.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    QVERIFY(FraudRules::fromJson(json, nullptr).has_value());
    if (change == "{")
        json = change;
    else if (change == "historyDays=0")
        json.replace("\"historyDays\": 180", "\"historyDays\": 0");
    else if (change == "zone")
        json.replace("\"Europe/Helsinki\"", "\"Europe/Atlantis\"");
    else if (change == "mcc")
        json.replace("\"7995\"", "\"79x5\"");
    else if (change == "rapid")
        json.replace("\"count\": 4", "\"count\": 1");
    QString error;
    QVERIFY(!FraudRules::fromJson(json, &error).has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestFraudRules::everydayLifeRaisesNothing()
{
    // Every transaction judged against the ones before it.
    const QList<FraudRules::Finding> findings = m_rules.screen(QStringLiteral("FI"), {}, everyday(120));
    QVERIFY2(findings.isEmpty(), qPrintable(namesOf(findings).join(u' ')));
}

void TestFraudRules::amountFarAboveUsual()
{
    const Transaction big = tx(1000, hel(91, 14, 30), 184000, QStringLiteral("Elektro Shop Online"),
                               QStringLiteral("online"), QStringLiteral("DE"), QStringLiteral("5732"));
    const QList<FraudRules::Finding> findings = m_rules.screen(QStringLiteral("FI"), everyday(), {big});
    QCOMPARE(namesOf(findings), QStringList{QStringLiteral("amount_above_usual")});
    const FraudRules::Finding &f = findings.constFirst();
    QCOMPARE(idsOf(f.evidence), QList<qint64>{1000});
    QCOMPARE(f.figures.size(), 1);
    QVERIFY2(f.figures.constFirst().startsWith(QLatin1String("EUR 1,840.00 at Elektro Shop Online vs usual up to EUR ")),
             qPrintable(f.figures.constFirst()));
    // The usual is the 90th percentile of the history's purchases, below EUR 95.
    QVERIFY(f.details.value(QStringLiteral("usualMinor")).toInteger() < 9500);
    QVERIFY(f.details.value(QStringLiteral("usualMinor")).toInteger() > 7000);
}

void TestFraudRules::amountNearMisses()
{
    // Under ten times the usual (about EUR 86): a new phone, not an alarm.
    const Transaction phone = tx(1000, hel(91, 14, 30), 79900, QStringLiteral("Gigantti"), QStringLiteral("chip"),
                                 QStringLiteral("FI"), QStringLiteral("5732"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), everyday(), {phone}).isEmpty());
    // Far above a thin history (8 purchases): not enough to know the usual.
    const Transaction big = tx(1000, hel(9, 14, 30), 184000, QStringLiteral("Elektro Shop Online"),
                               QStringLiteral("online"), QStringLiteral("DE"), QStringLiteral("5732"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), everyday(6), {big}).isEmpty());
    // Their largest purchase was already near it: a pattern, not an outlier.
    QList<Transaction> history = everyday();
    history << tx(999, hel(40, 12, 0), 150000, QStringLiteral("Finnair"), QStringLiteral("online"),
                  QStringLiteral("FI"), QStringLiteral("4511"));
    Transaction later = big;
    later.occurredAt = hel(91, 14, 30);
    QVERIFY(!m_rules.screen(QStringLiteral("FI"), everyday(), {later}).isEmpty());
    QVERIFY(m_rules.screen(QStringLiteral("FI"), history, {later}).isEmpty());
}

void TestFraudRules::amountAtHomeWithChipNeedsMore()
{
    // The same EUR 1,840 that alarms online is a new television at the local store…
    const Transaction tv = tx(1000, hel(91, 14, 30), 184000, QStringLiteral("Gigantti Kamppi"), QStringLiteral("chip"),
                              QStringLiteral("FI"), QStringLiteral("5732"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), everyday(), {tv}).isEmpty());
    // … but not EUR 3,900 (over 30 times the usual), nor EUR 1,840 abroad.
    Transaction huge = tv;
    huge.amount.minor = 390000;
    QCOMPARE(namesOf(m_rules.screen(QStringLiteral("FI"), everyday(), {huge})),
             QStringList{QStringLiteral("amount_above_usual")});
    Transaction abroad = tv;
    abroad.country = QStringLiteral("EE");
    abroad.merchant = QStringLiteral("Euronics Tallinn");
    QCOMPARE(namesOf(m_rules.screen(QStringLiteral("FI"), everyday(), {abroad})),
             QStringList{QStringLiteral("amount_above_usual")});
}

void TestFraudRules::nightHoursNeverUsed()
{
    const Transaction night = tx(1000, hel(91, 3, 12), 4500, QStringLiteral("Neste Express Automaatti"),
                                 QStringLiteral("chip"), QStringLiteral("FI"), QStringLiteral("5542"));
    const QList<FraudRules::Finding> findings = m_rules.screen(QStringLiteral("FI"), everyday(), {night});
    QCOMPARE(namesOf(findings), QStringList{QStringLiteral("night_hours")});
    QCOMPARE(idsOf(findings.constFirst().evidence), QList<qint64>{1000});
    QVERIFY2(findings.constFirst().figures.constFirst().contains(QLatin1String("03:12 local time (FI)")),
             qPrintable(findings.constFirst().figures.constFirst()));
}

void TestFraudRules::nightNearMisses()
{
    // 05:30 is early, not night.
    const Transaction early = tx(1000, hel(91, 5, 30), 4500, QStringLiteral("Neste"), QStringLiteral("chip"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), everyday(), {early}).isEmpty());
    // Someone who is up at night now and then.
    QList<Transaction> owl = everyday();
    owl << tx(999, hel(50, 2, 40), 1500, QStringLiteral("R-kioski"), QStringLiteral("contactless"));
    const Transaction night = tx(1000, hel(91, 3, 12), 4500, QStringLiteral("Neste"), QStringLiteral("chip"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), owl, {night}).isEmpty());
    // A history of three weeks says little about their nights.
    QVERIFY(m_rules.screen(QStringLiteral("FI"), everyday(21), {night}).isEmpty());
    // 21:30 in New York is 04:30 in Helsinki: judged where the card was.
    QList<Transaction> history = everyday();
    const Transaction newYork = tx(1000, QDateTime(QDate(2026, 9, 1), QTime(21, 30), QTimeZone("America/New_York")).toUTC(),
                                   2500, QStringLiteral("Starbucks New York"), QStringLiteral("contactless"),
                                   QStringLiteral("US"), QStringLiteral("5814"), QStringLiteral("USD"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), history, {newYork}).isEmpty());
}

void TestFraudRules::newCountryWhileUsedAtHome()
{
    QList<Transaction> history = everyday();
    history << tx(500, hel(91, 12, 0), 2300, QStringLiteral("Prisma Itäkeskus"), QStringLiteral("contactless"));
    const Transaction atm = tx(1000, hel(91, 13, 25), 50000, QStringLiteral("ATM Bucuresti Unirii"),
                               QStringLiteral("atm"), QStringLiteral("RO"), QStringLiteral("6011"));
    const QList<FraudRules::Finding> findings = m_rules.screen(QStringLiteral("FI"), history, {atm});
    QCOMPARE(namesOf(findings), QStringList{QStringLiteral("new_country")});
    QCOMPARE(idsOf(findings.constFirst().evidence), (QList<qint64>{500, 1000}));
    QVERIFY2(findings.constFirst().figures.constFirst().contains(QLatin1String("Card present in RO")),
             qPrintable(findings.constFirst().figures.constFirst()));
    QVERIFY(findings.constFirst().figures.constFirst().contains(QLatin1String("1 h 25 min")));

    // The other order: the copy is used abroad first, the customer at home after.
    QList<Transaction> before = everyday();
    before << atm;
    const Transaction home = tx(1001, hel(91, 15, 0), 2300, QStringLiteral("Prisma Itäkeskus"),
                                QStringLiteral("contactless"));
    const QList<FraudRules::Finding> reverse = m_rules.screen(QStringLiteral("FI"), before, {home});
    QCOMPARE(namesOf(reverse), QStringList{QStringLiteral("new_country")});
    QCOMPARE(idsOf(reverse.constFirst().evidence), (QList<qint64>{1000, 1001}));
}

void TestFraudRules::newCountryNearMisses()
{
    QList<Transaction> history = everyday();
    history << tx(500, hel(91, 8, 0), 2300, QStringLiteral("Prisma Itäkeskus"), QStringLiteral("contactless"));
    // A first holiday: Málaga, hours after the last purchase at home.
    const Transaction spain = tx(1000, hel(91, 17, 40), 6200, QStringLiteral("Mercadona Málaga"),
                                 QStringLiteral("chip"), QStringLiteral("ES"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), history, {spain}).isEmpty());
    // Online from abroad is not where the card is.
    const Transaction online = tx(1000, hel(91, 8, 30), 6200, QStringLiteral("Amazon.de"), QStringLiteral("online"),
                                  QStringLiteral("DE"), QStringLiteral("5999"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), history, {online}).isEmpty());
    // A country they already used in the history.
    QList<Transaction> traveller = history;
    traveller << tx(400, hel(30, 14, 0), 4000, QStringLiteral("Rimi Tallinn"), QStringLiteral("chip"),
                    QStringLiteral("EE"));
    const Transaction tallinn = tx(1000, hel(91, 9, 30), 4000, QStringLiteral("Selver Tallinn"),
                                   QStringLiteral("chip"), QStringLiteral("EE"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), traveller, {tallinn}).isEmpty());
}

void TestFraudRules::rapidSeries()
{
    QList<Transaction> series;
    for (int i = 0; i < 5; ++i) {
        Transaction t = tx(1000 + i, hel(91, 10, 2 + i), 100 + i * 97, QStringLiteral("GIFTCARDS-EU.COM"),
                           QStringLiteral("online"), QStringLiteral("LT"), QStringLiteral("5999"));
        if (i < 3)
            t.status = TransactionStatus::Declined;
        series << t;
    }
    const QList<FraudRules::Finding> findings = m_rules.screen(QStringLiteral("FI"), everyday(), series);
    QCOMPARE(namesOf(findings), QStringList{QStringLiteral("rapid_series")});
    QCOMPARE(idsOf(findings.constFirst().evidence), (QList<qint64>{1000, 1001, 1002, 1003, 1004}));
    QCOMPARE(findings.constFirst().figures,
             QStringList{QStringLiteral("5 transactions within 4 min (3 declined), the last at GIFTCARDS-EU.COM")});
}

void TestFraudRules::rapidSeriesNearMisses()
{
    QList<Transaction> three;
    for (int i = 0; i < 3; ++i)
        three << tx(1000 + i, hel(91, 10, 2 + i), 500, QStringLiteral("Wolt"), QStringLiteral("online"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), everyday(), three).isEmpty());
    QList<Transaction> spread;
    for (int i = 0; i < 4; ++i)
        spread << tx(1000 + i, hel(91, 10, 4 * i), 500, QStringLiteral("Wolt"), QStringLiteral("online"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), everyday(), spread).isEmpty());
}

void TestFraudRules::cardNotPresentHighRisk()
{
    const Transaction casino = tx(1000, hel(91, 19, 0), 25000, QStringLiteral("LUCKYSPIN CASINO"),
                                  QStringLiteral("online"), QStringLiteral("MT"), QStringLiteral("7995"));
    const QList<FraudRules::Finding> findings = m_rules.screen(QStringLiteral("FI"), everyday(), {casino});
    QCOMPARE(namesOf(findings), QStringList{QStringLiteral("cnp_high_risk")});
    QCOMPARE(idsOf(findings.constFirst().evidence), QList<qint64>{1000});
    QCOMPARE(findings.constFirst().figures.constFirst(),
             QStringLiteral("EUR 250.00 online at LUCKYSPIN CASINO, MCC 7995 (gambling), a category not used in 180 days"));
    // A brand-new customer is judged too: the category is the risk.
    QCOMPARE(namesOf(m_rules.screen(QStringLiteral("FI"), {}, {casino})), QStringList{QStringLiteral("cnp_high_risk")});
}

void TestFraudRules::cardNotPresentNearMisses()
{
    // At the casino's counter, the card is present.
    const Transaction counter = tx(1000, hel(91, 19, 0), 25000, QStringLiteral("Casino Helsinki"),
                                   QStringLiteral("chip"), QStringLiteral("FI"), QStringLiteral("7995"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), everyday(), {counter}).isEmpty());
    // A regular of the same category.
    QList<Transaction> regular = everyday();
    regular << tx(900, hel(60, 19, 0), 2000, QStringLiteral("Veikkaus"), QStringLiteral("online"),
                  QStringLiteral("FI"), QStringLiteral("7995"));
    const Transaction casino = tx(1000, hel(91, 19, 0), 2500, QStringLiteral("Veikkaus"), QStringLiteral("online"),
                                  QStringLiteral("FI"), QStringLiteral("7995"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), regular, {casino}).isEmpty());
    // Online in an ordinary category.
    const Transaction shop = tx(1000, hel(91, 19, 0), 2500, QStringLiteral("Zalando"), QStringLiteral("online"),
                                QStringLiteral("DE"), QStringLiteral("5691"));
    QVERIFY(m_rules.screen(QStringLiteral("FI"), everyday(), {shop}).isEmpty());
}

void TestFraudRules::foreignCurrencyComparedInEuro()
{
    // A Swedish customer's usual is in kronor; THB 70,000 (about EUR 1,820) is far above it.
    QList<Transaction> history = everyday();
    for (Transaction &t : history) {
        t.amount = {t.amount.minor * 11, QStringLiteral("SEK")};
        t.country = QStringLiteral("SE");
    }
    const Transaction thb = tx(1000, hel(91, 14, 0), 7000000, QStringLiteral("Gems Gallery Phuket"),
                               QStringLiteral("online"), QStringLiteral("TH"), QStringLiteral("5944"),
                               QStringLiteral("THB"));
    const QList<FraudRules::Finding> findings = m_rules.screen(QStringLiteral("SE"), history, {thb});
    QCOMPARE(namesOf(findings), QStringList{QStringLiteral("amount_above_usual")});
    // The usual is shown in the transaction's currency.
    QVERIFY2(findings.constFirst().figures.constFirst().contains(QLatin1String("vs usual up to THB ")),
             qPrintable(findings.constFirst().figures.constFirst()));
    // Unknown currency: left out rather than guessed.
    Transaction odd = thb;
    odd.amount.currency = QStringLiteral("XYZ");
    QVERIFY(m_rules.screen(QStringLiteral("SE"), history, {odd}).isEmpty());
}

QTEST_GUILESS_MAIN(TestFraudRules)
#include "tst_fraudrules.moc"

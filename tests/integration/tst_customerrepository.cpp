#include "fixtures.h"
#include "testsupport.h"

#include "storage/customerrepository.h"
#include "storage/database.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

class TestCustomerRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsByNameEmailCityNumberAndLastFour_data();
    void findsByNameEmailCityNumberAndLastFour();
    void phoneNumbersMatchHoweverTyped_data();
    void phoneNumbersMatchHoweverTyped();
    void shortQueriesUseNamePrefix();
    void hostileInputIsHarmless_data();
    void hostileInputIsHarmless();
    void pagesAreKeysetWithoutDuplicates();
    void namePrefixPagesWithoutDuplicates();
    void searchIndexFollowsContactChanges();
    void detailsHoldAccountsCardsAndMaskedId();

private:
    QStringList names(const QString &text);

    std::unique_ptr<Database> m_db;
};

void TestCustomerRepository::initTestCase()
{
    TestSupport::pinEnvironment();
    m_db = std::make_unique<Database>(QStringLiteral("repository-test"));
    const OpenResult result = m_db->open(QStringLiteral(":memory:"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    Fixtures::addStandardPeople(*m_db);
}

QStringList TestCustomerRepository::names(const QString &text)
{
    const SearchPage page = CustomerRepository(*m_db).search({text, QString(), 50});
    if (!page.error.isEmpty())
        qWarning("search error: %s", qPrintable(page.error));
    QStringList result;
    for (const CustomerSummary &row : page.rows)
        result << row.name;
    result.sort();
    return result;
}

void TestCustomerRepository::findsByNameEmailCityNumberAndLastFour_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList virtanens = {QStringLiteral("Aino Virtanen"), QStringLiteral("Matti Virtanen")};
    QTest::addRow("surname") << "Virtanen" << virtanens;
    QTest::addRow("lower case") << "virtanen" << virtanens;
    QTest::addRow("upper case") << "VIRTANEN" << virtanens;
    QTest::addRow("surname prefix") << "Virt" << virtanens;
    QTest::addRow("first and last") << "aino virtanen" << QStringList{QStringLiteral("Aino Virtanen")};
    QTest::addRow("last then first") << "Virtanen Aino" << QStringList{QStringLiteral("Aino Virtanen")};
    QTest::addRow("first + initial") << "Aino V" << QStringList{QStringLiteral("Aino Virtanen")};
    QTest::addRow("a-umlaut typed") << "Mäkinen" << QStringList{QStringLiteral("Mikko Mäkinen")};
    QTest::addRow("a-umlaut upper") << "MÄKINEN" << QStringList{QStringLiteral("Mikko Mäkinen")};
    QTest::addRow("a-umlaut without dots") << "makinen" << QStringList{QStringLiteral("Mikko Mäkinen")};
    QTest::addRow("a-ring") << "Åberg" << QStringList{QStringLiteral("Lars Åberg")};
    QTest::addRow("a-ring folded") << "aberg" << QStringList{QStringLiteral("Lars Åberg")};
    QTest::addRow("o-slash") << "Ødegård" << QStringList{QStringLiteral("Øystein Ødegård")};
    QTest::addRow("o-slash folded") << "odegard" << QStringList{QStringLiteral("Øystein Ødegård")};
    QTest::addRow("o-umlaut") << "Lindström" << QStringList{QStringLiteral("Åsa Lindström")};
    QTest::addRow("email fragment") << "aino.virt" << QStringList{QStringLiteral("Aino Virtanen")};
    QTest::addRow("email domain") << "@example.se"
                                  << QStringList{QStringLiteral("Lars Åberg"), QStringLiteral("Åsa Lindström")};
    QTest::addRow("city") << "Tampere" << QStringList{QStringLiteral("Mikko Mäkinen")};
    QTest::addRow("city with ö") << "Göteborg" << QStringList{QStringLiteral("Lars Åberg")};
    QTest::addRow("card last four") << "4821" << QStringList{QStringLiteral("Aino Virtanen")};
    QTest::addRow("second card's last four") << "6666" << QStringList{QStringLiteral("Lars Åberg")};
    QTest::addRow("nobody") << "Korhonen" << QStringList{};
}

void TestCustomerRepository::findsByNameEmailCityNumberAndLastFour()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(names(query), expected);
}

void TestCustomerRepository::phoneNumbersMatchHoweverTyped_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addRow("national spaced") << "040 123 4567" << "Aino Virtanen";
    QTest::addRow("international spaced") << "+358 40 1234567" << "Aino Virtanen";
    QTest::addRow("national digits") << "0401234567" << "Aino Virtanen";
    QTest::addRow("E.164") << "+358401234567" << "Aino Virtanen";
    QTest::addRow("00 prefix") << "00358401234567" << "Aino Virtanen";
    QTest::addRow("hyphens") << "040-123-4567" << "Aino Virtanen";
    QTest::addRow("Swedish national") << "070-123 45 67" << "Åsa Lindström";
    QTest::addRow("Swedish with (0)") << "+46 (0)70-123 45 67" << "Åsa Lindström";
    QTest::addRow("Norwegian") << "912 34 567" << "Øystein Ødegård";
    QTest::addRow("Norwegian international") << "+47 912 34 567" << "Øystein Ødegård";
    QTest::addRow("partial national") << "040 123 45" << "Aino Virtanen";
    QTest::addRow("partial international") << "+358 40 123" << "Aino Virtanen";
    QTest::addRow("partial 00 prefix") << "0035840123" << "Aino Virtanen";
    QTest::addRow("partial Swedish with (0)") << "+46 (0)70-123" << "Åsa Lindström";
    QTest::addRow("partial Norwegian international") << "+47 912 3" << "Øystein Ødegård";
    QTest::addRow("subscriber digits only") << "1234567" << "Aino Virtanen";
}

void TestCustomerRepository::phoneNumbersMatchHoweverTyped()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QVERIFY2(names(query).contains(expected), qPrintable(names(query).join(QLatin1String(", "))));
}

void TestCustomerRepository::shortQueriesUseNamePrefix()
{
    QCOMPARE(names(QStringLiteral("v")),
             (QStringList{QStringLiteral("Aino Virtanen"), QStringLiteral("Matti Virtanen")}));
    QCOMPARE(names(QStringLiteral("Vi")),
             (QStringList{QStringLiteral("Aino Virtanen"), QStringLiteral("Matti Virtanen")}));
    QCOMPARE(names(QStringLiteral("Ø")), QStringList{QStringLiteral("Øystein Ødegård")});
    QCOMPARE(names(QStringLiteral("ma")), QStringList{QStringLiteral("Mikko Mäkinen")});
    QCOMPARE(names(QString()), QStringList{});
    QCOMPARE(names(QStringLiteral("   ")), QStringList{});
}

void TestCustomerRepository::hostileInputIsHarmless_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsVirtanen");
    QTest::addRow("double quote") << "\"" << false;
    QTest::addRow("quoted name") << "\"Virtanen\"" << true;
    QTest::addRow("unbalanced quote") << "Virtanen\"" << true;
    QTest::addRow("star") << "*" << false;
    QTest::addRow("prefix star") << "Virt*" << true;
    QTest::addRow("caret") << "^Virtanen" << true;
    QTest::addRow("minus") << "-Virtanen" << true;
    QTest::addRow("NEAR") << "NEAR(Virtanen Aino)" << false;
    QTest::addRow("OR") << "Virtanen OR Korhonen" << false;
    QTest::addRow("column filter") << "doc:Virtanen" << false;
    QTest::addRow("brace filter") << "{doc}: Virtanen" << false;
    QTest::addRow("SQL") << "'; DROP TABLE customers; --" << false;
    QTest::addRow("SQL 2") << "Virtanen' OR '1'='1" << false;
    QTest::addRow("control chars") << QStringLiteral("Vir\x01tanen\x07") << true;
    QTest::addRow("tab inside") << "Virtanen\tAino" << true;
    QTest::addRow("emoji") << "😀🙈 Virtanen" << true;
    QTest::addRow("RTL") << QStringLiteral("مرحبا שלום") << false;
    QTest::addRow("100k chars") << QString(100000, QLatin1Char('x')) << false;
    QTest::addRow("100k name") << QStringLiteral("Virtanen ") + QString(100000, QLatin1Char('a')) << false;
    QTest::addRow("only punctuation") << "()[]{}:;" << false;
    QTest::addRow("separator") << " | " << false;
    QTest::addRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("Virtanen") << true;
}

void TestCustomerRepository::hostileInputIsHarmless()
{
    QFETCH(QString, query);
    QFETCH(bool, findsVirtanen);
    const SearchPage page = CustomerRepository(*m_db).search({query, QString(), 50});
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    bool found = false;
    for (const CustomerSummary &row : page.rows)
        found = found || row.name.contains(QLatin1String("Virtanen"));
    QCOMPARE(found, findsVirtanen);

    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM customers")));
    QVERIFY(count.next());
    QVERIFY(count.value(0).toInt() >= 6);
}

void TestCustomerRepository::pagesAreKeysetWithoutDuplicates()
{
    for (int i = 0; i < 120; ++i)
        Fixtures::addCustomer(*m_db, {QStringLiteral("Paged%1").arg(i), QStringLiteral("Pagerström"),
                                      QString(), QStringLiteral("p%1@example.fi").arg(i),
                                      QStringLiteral("Vaasa"), QStringLiteral("FI"), {}});
    CustomerRepository repository(*m_db);
    QSet<qint64> seen;
    QString cursor;
    int pages = 0;
    qint64 previous = 0;
    for (;;) {
        const SearchPage page = repository.search({QStringLiteral("pagerström"), cursor, 50});
        QVERIFY(page.error.isEmpty());
        ++pages;
        for (const CustomerSummary &row : page.rows) {
            QVERIFY2(!seen.contains(row.id), "a row came twice");
            QVERIFY(row.id > previous);
            previous = row.id;
            seen.insert(row.id);
        }
        if (!page.hasMore)
            break;
        QVERIFY(!page.nextCursor.isEmpty());
        cursor = page.nextCursor;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 120);
}

void TestCustomerRepository::namePrefixPagesWithoutDuplicates()
{
    CustomerRepository repository(*m_db);
    QSet<qint64> seen;
    QString cursor;
    for (int guard = 0; guard < 20; ++guard) {
        const SearchPage page = repository.search({QStringLiteral("pa"), cursor, 7});
        QVERIFY(page.error.isEmpty());
        for (const CustomerSummary &row : page.rows) {
            QVERIFY(!seen.contains(row.id));
            seen.insert(row.id);
        }
        if (!page.hasMore)
            break;
        cursor = page.nextCursor;
    }
    QCOMPARE(seen.size(), 120);
}

void TestCustomerRepository::searchIndexFollowsContactChanges()
{
    CustomerRepository repository(*m_db);
    const SearchPage before = repository.search({QStringLiteral("mikko.makinen@"), QString(), 5});
    QCOMPARE(before.rows.size(), 1);
    const qint64 id = before.rows.constFirst().id;
    QString error;
    const std::optional<Customer> customer = repository.customer(id, &error);
    QVERIFY(customer);

    ContactDetails changed = customer->contact;
    changed.email = QStringLiteral("m.makinen@posti.example");
    changed.city = QStringLiteral("Jyväskylä");
    bool conflict = false;
    QVERIFY(repository.updateContact(id, customer->version, changed, &conflict, &error));
    QCOMPARE(names(QStringLiteral("mikko.makinen@")), QStringList{});
    QCOMPARE(names(QStringLiteral("posti.example")), QStringList{QStringLiteral("Mikko Mäkinen")});
    QCOMPARE(names(QStringLiteral("jyvaskyla")), QStringList{QStringLiteral("Mikko Mäkinen")});

    // The version moved on: a second writer with the old version is refused.
    QVERIFY(!repository.updateContact(id, customer->version, changed, &conflict, &error));
    QVERIFY(conflict);
}

void TestCustomerRepository::detailsHoldAccountsCardsAndMaskedId()
{
    CustomerRepository repository(*m_db);
    const SearchPage page = repository.search({QStringLiteral("Lars Åberg"), QString(), 5});
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.constFirst().cardLast4s, QStringLiteral("5555 6666"));
    QString error;
    const std::optional<CustomerDetails> details = repository.details(page.rows.constFirst().id, &error);
    QVERIFY(details);
    QCOMPARE(details->accounts.size(), 1);
    QCOMPARE(details->accounts.constFirst().creditLimit.minor, 300000);
    QCOMPARE(details->cards.size(), 2);
    QCOMPARE(details->cards.constFirst().bin, QStringLiteral("535110"));
    QVERIFY(details->customer.nationalIdMasked.contains(QLatin1Char('*')));
    const QString full = repository.nationalId(page.rows.constFirst().id, &error);
    QVERIFY(!full.isEmpty());
    QVERIFY(full != details->customer.nationalIdMasked);
    QVERIFY(!details->customer.nationalIdMasked.contains(full.right(4)));
}

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"

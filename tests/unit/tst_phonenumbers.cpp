#include "domain/phonenumbers.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void toE164_data();
    void toE164();
    void candidatesE164_data();
    void candidatesE164();
    void looksLikePhoneNumber_data();
    void looksLikePhoneNumber();
    void formats_data();
    void formats();
    void nationalDigits_data();
    void nationalDigits();
    void parallelCallsAgree();
    void benchmarkToE164();
    void benchmarkNationalDigits();
};

void TestPhoneNumbers::toE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");

    const QString fiMobile = QStringLiteral("+358401234567");
    QTest::addRow("FI national spaced") << QStringLiteral("040 123 4567") << QStringLiteral("FI")
                                        << fiMobile;
    QTest::addRow("FI national plain") << QStringLiteral("0401234567") << QStringLiteral("FI")
                                       << fiMobile;
    QTest::addRow("FI international") << QStringLiteral("+358 40 1234567") << QStringLiteral("FI")
                                      << fiMobile;
    QTest::addRow("FI 00 prefix") << QStringLiteral("00358401234567") << QStringLiteral("FI")
                                  << fiMobile;
    QTest::addRow("FI from another region") << QStringLiteral("+358 40 123 4567")
                                            << QStringLiteral("SE") << fiMobile;
    QTest::addRow("FI lower-case region") << QStringLiteral("040-123 4567") << QStringLiteral("fi")
                                          << fiMobile;
    QTest::addRow("FI landline Helsinki") << QStringLiteral("09 1234 5678") << QStringLiteral("FI")
                                          << QStringLiteral("+358912345678");
    QTest::addRow("SE with (0)") << QStringLiteral("+46 (0)70-123 45 67") << QStringLiteral("FI")
                                 << QStringLiteral("+46701234567");
    QTest::addRow("SE national") << QStringLiteral("070-123 45 67") << QStringLiteral("SE")
                                 << QStringLiteral("+46701234567");
    QTest::addRow("NO national") << QStringLiteral("412 34 567") << QStringLiteral("NO")
                                 << QStringLiteral("+4741234567");
    QTest::addRow("NO international") << QStringLiteral("+47 41 23 45 67") << QStringLiteral("FI")
                                      << QStringLiteral("+4741234567");

    QTest::addRow("too short") << QStringLiteral("040 12") << QStringLiteral("FI") << QString();
    QTest::addRow("too long") << QStringLiteral("040 1234 5678 9012") << QStringLiteral("FI")
                              << QString();
    QTest::addRow("FI number read as NO") << QStringLiteral("040 123 4567") << QStringLiteral("NO")
                                          << QString();
    QTest::addRow("letters") << QStringLiteral("call me") << QStringLiteral("FI") << QString();
    QTest::addRow("empty") << QString() << QStringLiteral("FI") << QString();
    QTest::addRow("no region, no country code") << QStringLiteral("0401234567") << QString()
                                                << QString();
}

void TestPhoneNumbers::toE164()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QCOMPARE(PhoneNumbers::toE164(input, region), e164);
}

void TestPhoneNumbers::candidatesE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("candidates");

    QTest::addRow("international: only that one")
            << QStringLiteral("+358 40 123 4567") << QStringList{QStringLiteral("+358401234567")};
    QTest::addRow("00: only that one")
            << QStringLiteral("0046 70 123 45 67") << QStringList{QStringLiteral("+46701234567")};
    QTest::addRow("FI mobile, valid in FI and SE")
            << QStringLiteral("040 123 4567")
            << QStringList{QStringLiteral("+358401234567"), QStringLiteral("+46401234567")};
    QTest::addRow("eight digits: FI and NO, not SE")
            << QStringLiteral("41234567")
            << QStringList{QStringLiteral("+35841234567"), QStringLiteral("+4741234567")};
    QTest::addRow("valid in all three, in FI SE NO order")
            << QStringLiteral("912 34 567")
            << QStringList{QStringLiteral("+35891234567"), QStringLiteral("+4691234567"),
                           QStringLiteral("+4791234567")};
    QTest::addRow("nothing") << QStringLiteral("12") << QStringList();
}

void TestPhoneNumbers::candidatesE164()
{
    QFETCH(QString, input);
    QFETCH(QStringList, candidates);
    QCOMPARE(PhoneNumbers::candidatesE164(input), candidates);
}

void TestPhoneNumbers::looksLikePhoneNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("looksLike");

    QTest::addRow("national") << QStringLiteral("040 123 4567") << true;
    QTest::addRow("international with (0)") << QStringLiteral("+46 (0)70-123 45 67") << true;
    QTest::addRow("dots and slash") << QStringLiteral("040/123.45") << true;
    QTest::addRow("five digits") << QStringLiteral("12345") << true;
    QTest::addRow("four digits") << QStringLiteral("1234") << false;
    QTest::addRow("name") << QStringLiteral("Mäkinen") << false;
    QTest::addRow("digits and a letter") << QStringLiteral("040 123 456x") << false;
    QTest::addRow("email") << QStringLiteral("0401234567@example.com") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestPhoneNumbers::looksLikePhoneNumber()
{
    QFETCH(QString, input);
    QFETCH(bool, looksLike);
    QCOMPARE(PhoneNumbers::looksLikePhoneNumber(input), looksLike);
}

void TestPhoneNumbers::formats_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("national");

    QTest::addRow("FI mobile") << QStringLiteral("+358401234567")
                               << QStringLiteral("+358 40 1234567")
                               << QStringLiteral("040 1234567");
    QTest::addRow("SE mobile") << QStringLiteral("+46701234567")
                               << QStringLiteral("+46 70 123 45 67")
                               << QStringLiteral("070-123 45 67");
    QTest::addRow("NO mobile") << QStringLiteral("+4741234567")
                               << QStringLiteral("+47 412 34 567")
                               << QStringLiteral("412 34 567");
    QTest::addRow("not a number") << QStringLiteral("abc") << QStringLiteral("abc")
                                  << QStringLiteral("abc");
}

void TestPhoneNumbers::formats()
{
    QFETCH(QString, e164);
    QFETCH(QString, international);
    QFETCH(QString, national);
    QCOMPARE(PhoneNumbers::formatInternational(e164), international);
    QCOMPARE(PhoneNumbers::formatNational(e164), national);
}

void TestPhoneNumbers::nationalDigits_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("digits");

    QTest::addRow("FI") << QStringLiteral("+358401234567") << QStringLiteral("0401234567");
    QTest::addRow("SE") << QStringLiteral("+46701234567") << QStringLiteral("0701234567");
    QTest::addRow("NO, no trunk prefix") << QStringLiteral("+4741234567")
                                         << QStringLiteral("41234567");
    QTest::addRow("DE, through libphonenumber") << QStringLiteral("+4930123456")
                                                << QStringLiteral("030123456");
    QTest::addRow("US, trunk prefix 1") << QStringLiteral("+12015550123")
                                        << QStringLiteral("12015550123");
    QTest::addRow("not E.164") << QStringLiteral("0401234567") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestPhoneNumbers::nationalDigits()
{
    QFETCH(QString, e164);
    QFETCH(QString, digits);
    QCOMPARE(PhoneNumbers::nationalDigits(e164), digits);
}

void TestPhoneNumbers::parallelCallsAgree()
{
    // The seeding pool calls these from several threads at once.
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&wrong] {
            for (int i = 0; i < 500; ++i) {
                if (PhoneNumbers::toE164(u"040 123 4567", u"FI")
                        != QLatin1StringView("+358401234567"))
                    ++wrong;
                if (PhoneNumbers::formatInternational(QStringLiteral("+46701234567"))
                        != QLatin1StringView("+46 70 123 45 67"))
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void TestPhoneNumbers::benchmarkToE164()
{
    QString e164;
    QBENCHMARK {
        e164 = PhoneNumbers::toE164(u"040 123 4567", u"FI");
    }
    QCOMPARE(e164, QStringLiteral("+358401234567"));
}

void TestPhoneNumbers::benchmarkNationalDigits()
{
    const QString e164 = QStringLiteral("+358401234567");
    QString digits;
    QBENCHMARK {
        digits = PhoneNumbers::nationalDigits(e164);
    }
    QCOMPARE(digits, QStringLiteral("0401234567"));
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"

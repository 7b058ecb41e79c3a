#include "domain/nationalid.h"

#include <QDate>
#include <QSet>
#include <QTest>

class TestNationalId : public QObject
{
    Q_OBJECT

private slots:
    void isValid_data();
    void isValid();
    void mask_data();
    void mask();
    void generate_data();
    void generate();
    void generateSpreadsSerials();
    void generateOutOfRange();
};

void TestNationalId::isValid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("valid");

    const QString fi = QStringLiteral("FI");
    const QString se = QStringLiteral("SE");
    const QString no = QStringLiteral("NO");

    // Finland
    QTest::addRow("FI published example") << QStringLiteral("131052-308T") << fi << true;
    QTest::addRow("FI lower-case check char") << QStringLiteral("131052-308t") << fi << true;
    QTest::addRow("FI surrounding spaces") << QStringLiteral(" 131052-308T ") << fi << true;
    QTest::addRow("FI wrong check char") << QStringLiteral("131052-308U") << fi << false;
    QTest::addRow("FI one digit changed") << QStringLiteral("131052-318T") << fi << false;
    QTest::addRow("FI 2023 sign Y (1900s)") << QStringLiteral("010594Y9032") << fi << true;
    QTest::addRow("FI 2023 sign Y, other check") << QStringLiteral("010594Y9021") << fi << true;
    QTest::addRow("FI 2023 sign E (2000s)") << QStringLiteral("020502E902X") << fi << true;
    QTest::addRow("FI sign A (2000s)") << QStringLiteral("020502A902X") << fi << true;
    QTest::addRow("FI unknown sign G") << QStringLiteral("020502G902X") << fi << false;
    QTest::addRow("FI unknown sign Z") << QStringLiteral("010594Z9032") << fi << false;
    QTest::addRow("FI 29 Feb 2000") << QStringLiteral("290200A1239") << fi << true;
    QTest::addRow("FI 29 Feb 1900 does not exist") << QStringLiteral("290200-1239") << fi << false;
    QTest::addRow("FI 31 Feb, check char right") << QStringLiteral("310252-308Y") << fi << false;
    QTest::addRow("FI individual 001 never issued") << QStringLiteral("131052-001") + QLatin1Char(
            "0123456789ABCDEFHJKLMNPRSTUVWXY"[131052001 % 31]) << fi << false;
    QTest::addRow("FI too short") << QStringLiteral("131052-308") << fi << false;
    QTest::addRow("FI given as SE") << QStringLiteral("131052-308T") << se << false;

    // Sweden
    QTest::addRow("SE published example") << QStringLiteral("811228-9874") << se << true;
    QTest::addRow("SE without separator") << QStringLiteral("8112289874") << se << true;
    QTest::addRow("SE with century") << QStringLiteral("19811228-9874") << se << true;
    QTest::addRow("SE with century, no separator") << QStringLiteral("198112289874") << se << true;
    QTest::addRow("SE plus for centenarians") << QStringLiteral("121212+1212") << se << true;
    QTest::addRow("SE wrong check digit") << QStringLiteral("811228-9875") << se << false;
    QTest::addRow("SE transposed digits") << QStringLiteral("812128-9874") << se << false;
    QTest::addRow("SE month 13, luhn right") << QStringLiteral("851315-1236") << se << false;
    QTest::addRow("SE 29 Feb 2000 with -") << QStringLiteral("000229-1235") << se << true;
    QTest::addRow("SE 29 Feb 1900 with +") << QStringLiteral("000229+1235") << se << false;
    QTest::addRow("SE coordination number") << QStringLiteral("701063-2391") << se << true;
    QTest::addRow("SE wrong separator") << QStringLiteral("811228/9874") << se << false;
    QTest::addRow("SE lower-case country") << QStringLiteral("811228-9874") << QStringLiteral("se")
                                           << true;

    // Norway
    QTest::addRow("NO 1965") << QStringLiteral("15076500565") << no << true;
    QTest::addRow("NO 2007") << QStringLiteral("01010750160") << no << true;
    QTest::addRow("NO D-number") << QStringLiteral("41018036736") << no << true;
    QTest::addRow("NO first check digit wrong") << QStringLiteral("15076500575") << no << false;
    QTest::addRow("NO second check digit wrong") << QStringLiteral("15076500566") << no << false;
    QTest::addRow("NO 29 Feb 1999, checks right") << QStringLiteral("29029900157") << no << false;
    QTest::addRow("NO with separator") << QStringLiteral("150765-00565") << no << false;
    QTest::addRow("NO letters") << QStringLiteral("1507650056X") << no << false;

    QTest::addRow("unknown country") << QStringLiteral("131052-308T") << QStringLiteral("DK")
                                     << false;
    QTest::addRow("empty") << QString() << fi << false;
}

void TestNationalId::isValid()
{
    QFETCH(QString, id);
    QFETCH(QString, country);
    QFETCH(bool, valid);
    QCOMPARE(NationalId::isValid(id, country), valid);
}

void TestNationalId::mask_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("masked");

    QTest::addRow("FI") << QStringLiteral("131052-308T") << QStringLiteral("FI")
                        << QStringLiteral("131052-****");
    QTest::addRow("FI new sign") << QStringLiteral("010594y9032") << QStringLiteral("FI")
                                 << QStringLiteral("010594Y****");
    QTest::addRow("SE") << QStringLiteral("811228-9874") << QStringLiteral("SE")
                        << QStringLiteral("811228-****");
    QTest::addRow("SE no separator") << QStringLiteral("8112289874") << QStringLiteral("SE")
                                     << QStringLiteral("811228-****");
    QTest::addRow("SE plus kept") << QStringLiteral("811228+9874") << QStringLiteral("SE")
                                  << QStringLiteral("811228+****");
    QTest::addRow("SE with century") << QStringLiteral("198112289874") << QStringLiteral("SE")
                                     << QStringLiteral("19811228-****");
    QTest::addRow("NO") << QStringLiteral("15076500565") << QStringLiteral("NO")
                        << QStringLiteral("150765*****");
    QTest::addRow("invalid hides everything") << QStringLiteral("131052-308U")
                                              << QStringLiteral("FI")
                                              << QStringLiteral("***********");
}

void TestNationalId::mask()
{
    QFETCH(QString, id);
    QFETCH(QString, country);
    QFETCH(QString, masked);

    const QString result = NationalId::mask(id, country);
    QCOMPARE(result, masked);
    // Never the personal part or the check characters.
    QVERIFY(!result.contains(id.trimmed().right(4)));
}

void TestNationalId::generate_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("datePart");   // what the id must start with

    QTest::addRow("FI 1985") << QStringLiteral("FI") << QDate(1985, 3, 15)
                             << QStringLiteral("150385-");
    QTest::addRow("FI 2004") << QStringLiteral("FI") << QDate(2004, 2, 29)
                             << QStringLiteral("290204A");
    QTest::addRow("FI 1899") << QStringLiteral("FI") << QDate(1899, 12, 31)
                             << QStringLiteral("311299+");
    QTest::addRow("SE 1985") << QStringLiteral("SE") << QDate(1985, 3, 15)
                             << QStringLiteral("850315-");
    QTest::addRow("SE 1920 (over 100)") << QStringLiteral("SE") << QDate(1920, 6, 1)
                                        << QStringLiteral("200601+");
    QTest::addRow("NO 1985") << QStringLiteral("NO") << QDate(1985, 3, 15)
                             << QStringLiteral("150385");
    QTest::addRow("NO 2010") << QStringLiteral("NO") << QDate(2010, 7, 1)
                             << QStringLiteral("010710");
}

void TestNationalId::generate()
{
    QFETCH(QString, country);
    QFETCH(QDate, birthDate);
    QFETCH(QString, datePart);

    for (int serial : {0, 1, 7, 448, 449, 1000, 123456, -5}) {
        for (bool female : {false, true}) {
            const QString id = NationalId::generate(country, birthDate, serial, female);
            QVERIFY2(id.startsWith(datePart), qPrintable(id));
            QVERIFY2(NationalId::isValid(id, country), qPrintable(id));
            // Gender digit: the last digit of the individual number (FI, SE),
            // the third individual digit (NO); even for women.
            const qsizetype genderIndex = country == QLatin1StringView("NO") ? 8 : 9;
            const int genderDigit = id.at(genderIndex).digitValue();
            QCOMPARE(genderDigit % 2 == 0, female);
        }
    }
}

void TestNationalId::generateSpreadsSerials()
{
    const QDate birthDate(1990, 1, 1);
    const QStringList countries{QStringLiteral("FI"), QStringLiteral("SE"), QStringLiteral("NO")};
    for (const QString &country : countries) {
        QSet<QString> ids;
        for (int serial = 0; serial < 100; ++serial)
            ids.insert(NationalId::generate(country, birthDate, serial, serial % 2 == 0));
        QVERIFY2(ids.size() >= 95, qPrintable(country));
    }
}

void TestNationalId::generateOutOfRange()
{
    QVERIFY(NationalId::generate(u"FI", QDate(1750, 1, 1), 1, false).isEmpty());
    QVERIFY(NationalId::generate(u"NO", QDate(2045, 1, 1), 1, false).isEmpty());
    QVERIFY(NationalId::generate(u"DK", QDate(1985, 1, 1), 1, false).isEmpty());
    QVERIFY(NationalId::generate(u"FI", QDate(), 1, false).isEmpty());
}

QTEST_GUILESS_MAIN(TestNationalId)
#include "tst_nationalid.moc"

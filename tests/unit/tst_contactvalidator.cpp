#include "domain/contactvalidator.h"

#include <QTest>

namespace {

/// Every message is a whole sentence that says what to do.
bool isSentence(const QString &message)
{
    return !message.isEmpty() && message.at(0).isUpper() && message.endsWith(QLatin1Char('.'));
}

} // namespace

class TestContactValidator : public QObject
{
    Q_OBJECT

private slots:
    void checkEmail_data();
    void checkEmail();
    void checkPhone_data();
    void checkPhone();
    void checkPostcode_data();
    void checkPostcode();
    void normalizePostcode_data();
    void normalizePostcode();
    void checkStreet_data();
    void checkStreet();
    void checkCity_data();
    void checkCity();
};

void TestContactValidator::checkEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("hint");   // empty: valid; else a word the message must contain

    QTest::addRow("plain") << QStringLiteral("anna.virtanen@example.fi") << QString();
    QTest::addRow("plus and subdomain") << QStringLiteral("anna+bank@mail.example.co.uk")
                                        << QString();
    QTest::addRow("IDN domain") << QString::fromUtf8("åsa@exämple.se") << QString();
    QTest::addRow("punycode domain") << QStringLiteral("asa@xn--exmple-cua.se") << QString();
    QTest::addRow("unicode local part") << QString::fromUtf8("jörgen@example.se") << QString();

    QTest::addRow("empty") << QString() << QStringLiteral("Enter");
    QTest::addRow("no at sign") << QStringLiteral("anna.example.fi") << QStringLiteral("@");
    QTest::addRow("two at signs") << QStringLiteral("anna@virtanen@example.fi")
                                  << QStringLiteral("one @");
    QTest::addRow("space inside") << QStringLiteral("anna virtanen@example.fi")
                                  << QStringLiteral("spaces");
    QTest::addRow("trailing space") << QStringLiteral("anna@example.fi ")
                                    << QStringLiteral("spaces");
    QTest::addRow("no dot in domain") << QStringLiteral("anna@localhost") << QStringLiteral("dot");
    QTest::addRow("empty local part") << QStringLiteral("@example.fi") << QStringLiteral("before");
    QTest::addRow("empty domain") << QStringLiteral("anna@") << QStringLiteral("after");
    QTest::addRow("double dot in domain") << QStringLiteral("anna@example..fi")
                                          << QStringLiteral("two dots");
    QTest::addRow("leading dot in local") << QStringLiteral(".anna@example.fi")
                                          << QStringLiteral("two dots");
    QTest::addRow("one-letter top level") << QStringLiteral("anna@example.f")
                                          << QStringLiteral(".fi");
    QTest::addRow("numeric top level") << QStringLiteral("anna@10.0.0.1")
                                       << QStringLiteral(".fi");
    QTest::addRow("hyphen at label end") << QStringLiteral("anna@example-.fi")
                                         << QStringLiteral("hyphen");
    QTest::addRow("comma") << QStringLiteral("anna,virtanen@example.fi")
                           << QStringLiteral("comma");
    QTest::addRow("underscore in domain") << QStringLiteral("anna@ex_ample.fi")
                                          << QStringLiteral("letters, digits");
    QTest::addRow("control character") << QStringLiteral("anna\x01@example.fi")
                                       << QStringLiteral("control");
    QTest::addRow("too long")
            << QString(250, QLatin1Char('a')) + QStringLiteral("@example.fi")
            << QStringLiteral("254");
    QTest::addRow("local part over 64")
            << QString(65, QLatin1Char('a')) + QStringLiteral("@example.fi")
            << QStringLiteral("64");
}

void TestContactValidator::checkEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, hint);

    const QString message = ContactValidator::checkEmail(email);
    if (hint.isEmpty()) {
        QCOMPARE(message, QString());
    } else {
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains(hint), qPrintable(message));
    }
}

void TestContactValidator::checkPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("valid");

    QTest::addRow("FI national") << QStringLiteral("040 123 4567") << QStringLiteral("FI") << true;
    QTest::addRow("FI national plain") << QStringLiteral("0401234567") << QStringLiteral("FI")
                                       << true;
    QTest::addRow("FI international") << QStringLiteral("+358 40 1234567") << QStringLiteral("FI")
                                      << true;
    QTest::addRow("FI 00 prefix") << QStringLiteral("00358401234567") << QStringLiteral("FI")
                                  << true;
    QTest::addRow("SE with (0) for FI customer") << QStringLiteral("+46 (0)70-123 45 67")
                                                 << QStringLiteral("FI") << true;
    QTest::addRow("SE national") << QStringLiteral("070-123 45 67") << QStringLiteral("SE") << true;
    QTest::addRow("NO national") << QStringLiteral("412 34 567") << QStringLiteral("NO") << true;
    QTest::addRow("international, unknown country") << QStringLiteral("+47 412 34 567")
                                                    << QString() << true;

    QTest::addRow("national, unknown country") << QStringLiteral("040 123 4567") << QString()
                                               << false;
    QTest::addRow("FI number for NO customer") << QStringLiteral("040 123 4567")
                                               << QStringLiteral("NO") << false;
    QTest::addRow("too short") << QStringLiteral("040 12") << QStringLiteral("FI") << false;
    QTest::addRow("letters") << QStringLiteral("040 CALL ME") << QStringLiteral("FI") << false;
    QTest::addRow("empty") << QString() << QStringLiteral("FI") << false;
}

void TestContactValidator::checkPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, country);
    QFETCH(bool, valid);

    const QString message = ContactValidator::checkPhone(phone, country);
    if (valid) {
        QCOMPARE(message, QString());
    } else {
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains(QLatin1Char('+')), qPrintable(message));   // shows an example
    }
}

void TestContactValidator::checkPostcode_data()
{
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("hint");

    QTest::addRow("FI") << QStringLiteral("00100") << QStringLiteral("FI") << QString();
    QTest::addRow("FI surrounding spaces") << QStringLiteral(" 00100 ") << QStringLiteral("FI")
                                           << QString();
    QTest::addRow("FI four digits") << QStringLiteral("0010") << QStringLiteral("FI")
                                    << QStringLiteral("00100");
    QTest::addRow("FI letters") << QStringLiteral("0010A") << QStringLiteral("FI")
                                << QStringLiteral("five digits");
    QTest::addRow("SE spaced") << QStringLiteral("113 51") << QStringLiteral("SE") << QString();
    QTest::addRow("SE plain") << QStringLiteral("11351") << QStringLiteral("SE") << QString();
    QTest::addRow("SE two spaces") << QStringLiteral("113  51") << QStringLiteral("SE")
                                   << QStringLiteral("113 51");
    QTest::addRow("SE space in wrong place") << QStringLiteral("11 351") << QStringLiteral("SE")
                                             << QStringLiteral("113 51");
    QTest::addRow("SE leading zero") << QStringLiteral("01351") << QStringLiteral("SE")
                                     << QStringLiteral("0");
    QTest::addRow("NO") << QStringLiteral("0150") << QStringLiteral("NO") << QString();
    QTest::addRow("NO five digits") << QStringLiteral("01500") << QStringLiteral("NO")
                                    << QStringLiteral("four digits");
    QTest::addRow("FI code for NO") << QStringLiteral("00100") << QStringLiteral("NO")
                                    << QStringLiteral("0150");
    QTest::addRow("unknown country") << QStringLiteral("00100") << QStringLiteral("DK")
                                     << QStringLiteral("country");
}

void TestContactValidator::checkPostcode()
{
    QFETCH(QString, postcode);
    QFETCH(QString, country);
    QFETCH(QString, hint);

    const QString message = ContactValidator::checkPostcode(postcode, country);
    if (hint.isEmpty()) {
        QCOMPARE(message, QString());
    } else {
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains(hint), qPrintable(message));
    }
}

void TestContactValidator::normalizePostcode_data()
{
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("normalized");

    QTest::addRow("FI trimmed") << QStringLiteral(" 00100 ") << QStringLiteral("FI")
                                << QStringLiteral("00100");
    QTest::addRow("SE gets its space") << QStringLiteral("11351") << QStringLiteral("SE")
                                       << QStringLiteral("113 51");
    QTest::addRow("SE keeps its space") << QStringLiteral("113 51") << QStringLiteral("SE")
                                        << QStringLiteral("113 51");
    QTest::addRow("NO") << QStringLiteral("0150") << QStringLiteral("NO")
                        << QStringLiteral("0150");
}

void TestContactValidator::normalizePostcode()
{
    QFETCH(QString, postcode);
    QFETCH(QString, country);
    QFETCH(QString, normalized);
    const QString result = ContactValidator::normalizePostcode(postcode, country);
    QCOMPARE(result, normalized);
    QCOMPARE(ContactValidator::checkPostcode(result, country), QString());
}

void TestContactValidator::checkStreet_data()
{
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("hint");

    QTest::addRow("FI") << QStringLiteral("Mannerheimintie 12 B 7") << QString();
    QTest::addRow("NO letters") << QString::fromUtf8("Bjørnstjerne Bjørnsons gate 3")
                                << QString();
    QTest::addRow("exactly 100") << QString(100, QLatin1Char('a')) << QString();
    QTest::addRow("empty") << QString() << QStringLiteral("Enter");
    QTest::addRow("only spaces") << QStringLiteral("   ") << QStringLiteral("Enter");
    QTest::addRow("101 characters") << QString(101, QLatin1Char('a')) << QStringLiteral("100");
    QTest::addRow("only digits") << QStringLiteral("12 7") << QStringLiteral("street");
    QTest::addRow("control character") << QStringLiteral("Storgatan\x07 5")
                                       << QStringLiteral("control");
    QTest::addRow("newline") << QStringLiteral("Storgatan 5\nLGH 1101")
                             << QStringLiteral("control");
}

void TestContactValidator::checkStreet()
{
    QFETCH(QString, street);
    QFETCH(QString, hint);

    const QString message = ContactValidator::checkStreet(street);
    if (hint.isEmpty()) {
        QCOMPARE(message, QString());
    } else {
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains(hint), qPrintable(message));
    }
}

void TestContactValidator::checkCity_data()
{
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("hint");

    QTest::addRow("Helsinki") << QStringLiteral("Helsinki") << QString();
    QTest::addRow("Tromsø") << QString::fromUtf8("Tromsø") << QString();
    QTest::addRow("two words") << QStringLiteral("Mo i Rana") << QString();
    QTest::addRow("empty") << QString() << QStringLiteral("Enter");
    QTest::addRow("postcode in city") << QStringLiteral("00100") << QStringLiteral("letters");
    QTest::addRow("too long") << QString(101, QLatin1Char('x')) << QStringLiteral("100");
    QTest::addRow("control") << QStringLiteral("Oslo\x1B") << QStringLiteral("control");
}

void TestContactValidator::checkCity()
{
    QFETCH(QString, city);
    QFETCH(QString, hint);

    const QString message = ContactValidator::checkCity(city);
    if (hint.isEmpty()) {
        QCOMPARE(message, QString());
    } else {
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains(hint), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestContactValidator)
#include "tst_contactvalidator.moc"

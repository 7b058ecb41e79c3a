#include "domain/cardnumber.h"

#include <QTest>

class TestCardNumber : public QObject
{
    Q_OBJECT

private slots:
    void isLuhnValid_data();
    void isLuhnValid();
    void findInText_data();
    void findInText();
    void maskInText_data();
    void maskInText();
    void maskedTextHasNoCardNumberLeft();
    void containsCardNumber();
    void displayMasked();
    void benchmarkFindInText();
    void benchmarkFindInTextWithoutDigits();
};

void TestCardNumber::isLuhnValid_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");

    // Published test card numbers.
    QTest::addRow("mastercard 5555") << QStringLiteral("5555555555554444") << true;
    QTest::addRow("visa 4111") << QStringLiteral("4111111111111111") << true;
    QTest::addRow("visa 13 digits") << QStringLiteral("4222222222222") << true;
    QTest::addRow("amex 15 digits") << QStringLiteral("378282246310005") << true;
    QTest::addRow("discover") << QStringLiteral("6011111111111117") << true;
    QTest::addRow("mastercard 5413") << QStringLiteral("5413330089012349") << true;
    // One digit changed.
    QTest::addRow("visa last digit changed") << QStringLiteral("4111111111111112") << false;
    QTest::addRow("mastercard middle digit changed") << QStringLiteral("5555555555564444") << false;
    QTest::addRow("5413 ... 2345 fails luhn") << QStringLiteral("5413330089012345") << false;
    // Two adjacent digits swapped (the error Luhn was made for).
    QTest::addRow("amex transposed") << QStringLiteral("378282246301005") << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("separator inside") << QStringLiteral("4111 1111 1111 1111") << false;
    QTest::addRow("letter inside") << QStringLiteral("411111111111111a") << false;
}

void TestCardNumber::isLuhnValid()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(CardNumber::isLuhnValid(digits), valid);
}

void TestCardNumber::findInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("digits");
    QTest::addColumn<QList<qsizetype>>("starts");
    QTest::addColumn<QList<qsizetype>>("lengths");

    using Offsets = QList<qsizetype>;

    QTest::addRow("plain 16 digits")
            << QStringLiteral("4111111111111111")
            << QStringList{QStringLiteral("4111111111111111")} << Offsets{0} << Offsets{16};
    QTest::addRow("spaced groups in a sentence")
            << QStringLiteral("my card 5413 3300 8901 2349 was stolen")
            << QStringList{QStringLiteral("5413330089012349")} << Offsets{8} << Offsets{19};
    QTest::addRow("hyphens")
            << QStringLiteral("#5555-5555-5555-4444#")
            << QStringList{QStringLiteral("5555555555554444")} << Offsets{1} << Offsets{19};
    QTest::addRow("dots")
            << QStringLiteral("4111.1111.1111.1111")
            << QStringList{QStringLiteral("4111111111111111")} << Offsets{0} << Offsets{19};
    QTest::addRow("amex 4-6-5 grouping")
            << QStringLiteral("amex: 3782 822463 10005.")
            << QStringList{QStringLiteral("378282246310005")} << Offsets{6} << Offsets{17};
    QTest::addRow("two numbers separated by a comma")
            << QStringLiteral("4111111111111111,5555555555554444")
            << QStringList{QStringLiteral("4111111111111111"), QStringLiteral("5555555555554444")}
            << Offsets{0, 17} << Offsets{16, 16};
    QTest::addRow("card followed by a CVV group")
            << QStringLiteral("4111 1111 1111 1111 123")
            << QStringList{QStringLiteral("4111111111111111")} << Offsets{0} << Offsets{19};
    QTest::addRow("reference number before the card")
            << QStringLiteral("ref 12 4111 1111 1111 1111")
            << QStringList{QStringLiteral("4111111111111111")} << Offsets{7} << Offsets{19};
    QTest::addRow("19 digits")
            << QStringLiteral("6212345678901234569")
            << QStringList{QStringLiteral("6212345678901234569")} << Offsets{0} << Offsets{19};
    QTest::addRow("fullwidth digits")
            << QString::fromUtf8("card ４１１１１１１１１１１１１１１１")
            << QStringList{QStringLiteral("4111111111111111")} << Offsets{5} << Offsets{16};
    QTest::addRow("no-break spaces")
            << QString::fromUtf8("4111\u00a01111\u00a01111\u00a01111")
            << QStringList{QStringLiteral("4111111111111111")} << Offsets{0} << Offsets{19};

    QTest::addRow("20-digit run") << QStringLiteral("41111111111111110000")
                                  << QStringList() << Offsets() << Offsets();
    QTest::addRow("glued to a letter before") << QStringLiteral("x4111111111111111")
                                              << QStringList() << Offsets() << Offsets();
    QTest::addRow("glued to a letter after") << QStringLiteral("4111111111111111x")
                                             << QStringList() << Offsets() << Offsets();
    QTest::addRow("glued to a non-latin letter") << QString::fromUtf8("ä4111111111111111")
                                                 << QStringList() << Offsets() << Offsets();
    QTest::addRow("double space breaks the run") << QStringLiteral("4111  1111 1111 1111")
                                                 << QStringList() << Offsets() << Offsets();
    QTest::addRow("luhn invalid") << QStringLiteral("card 5413 3300 8901 2345 x")
                                  << QStringList() << Offsets() << Offsets();
    QTest::addRow("12 digits") << QStringLiteral("411111111113")
                               << QStringList() << Offsets() << Offsets();
    QTest::addRow("phone number") << QStringLiteral("call +358 40 123 4567")
                                  << QStringList() << Offsets() << Offsets();
    QTest::addRow("empty") << QString() << QStringList() << Offsets() << Offsets();
}

void TestCardNumber::findInText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, digits);
    QFETCH(QList<qsizetype>, starts);
    QFETCH(QList<qsizetype>, lengths);

    const QList<CardNumber::Match> matches = CardNumber::findInText(text);
    QCOMPARE(matches.size(), digits.size());
    for (qsizetype i = 0; i < matches.size(); ++i) {
        QCOMPARE(matches.at(i).digits, digits.at(i));
        QCOMPARE(matches.at(i).start, starts.at(i));
        QCOMPARE(matches.at(i).length, lengths.at(i));
    }
}

void TestCardNumber::maskInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<int>("count");

    QTest::addRow("spaced mastercard")
            << QStringLiteral("card 5413 3300 8901 2349 x")
            << QStringLiteral("card 5413 33** **** 2349 x") << 1;
    QTest::addRow("plain visa")
            << QStringLiteral("4111111111111111")
            << QStringLiteral("411111******1111") << 1;
    QTest::addRow("hyphens kept")
            << QStringLiteral("5555-5555-5555-4444")
            << QStringLiteral("5555-55**-****-4444") << 1;
    QTest::addRow("13 digits")
            << QStringLiteral("(4222222222222)")
            << QStringLiteral("(422222***2222)") << 1;
    QTest::addRow("CVV after the card stays")
            << QStringLiteral("4111 1111 1111 1111 123")
            << QStringLiteral("4111 11** **** 1111 123") << 1;
    QTest::addRow("two cards")
            << QStringLiteral("old 4111111111111111 new 5555555555554444.")
            << QStringLiteral("old 411111******1111 new 555555******4444.") << 2;
    QTest::addRow("surrounded by emoji and RTL text")
            << QString::fromUtf8("\U0001F600 4111111111111111 \u05E9\u05DC\u05D5\u05DD")
            << QString::fromUtf8("\U0001F600 411111******1111 \u05E9\u05DC\u05D5\u05DD") << 1;
    QTest::addRow("20-digit run untouched")
            << QStringLiteral("41111111111111110000")
            << QStringLiteral("41111111111111110000") << 0;
    QTest::addRow("glued to letters untouched")
            << QStringLiteral("ID4111111111111111")
            << QStringLiteral("ID4111111111111111") << 0;
    QTest::addRow("luhn invalid untouched")
            << QStringLiteral("4111111111111112")
            << QStringLiteral("4111111111111112") << 0;
    QTest::addRow("no digits")
            << QStringLiteral("Hello, I lost my card.")
            << QStringLiteral("Hello, I lost my card.") << 0;
}

void TestCardNumber::maskInText()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QFETCH(int, count);

    int maskedCount = -1;
    QCOMPARE(CardNumber::maskInText(text, &maskedCount), masked);
    QCOMPARE(maskedCount, count);
    QCOMPARE(CardNumber::maskInText(text), masked);
}

void TestCardNumber::maskedTextHasNoCardNumberLeft()
{
    const QString text = QStringLiteral("cards: 4111 1111 1111 1111 123, 5555555555554444 and "
                                        "ref 12 3782 822463 10005");
    const QString masked = CardNumber::maskInText(text);
    QVERIFY(!CardNumber::containsCardNumber(masked));
    QVERIFY(!masked.contains(QLatin1StringView("1111 1111")));
    QVERIFY(!masked.contains(QLatin1StringView("555555555")));
    QCOMPARE(masked.size(), text.size());
}

void TestCardNumber::containsCardNumber()
{
    QVERIFY(CardNumber::containsCardNumber(u"please charge 4111-1111-1111-1111 today"));
    QVERIFY(!CardNumber::containsCardNumber(u"please charge 4111-1111-1111-1112 today"));
    QVERIFY(!CardNumber::containsCardNumber(u"order 20240101123456789012"));
}

void TestCardNumber::displayMasked()
{
    QCOMPARE(CardNumber::displayMasked(u"541333", u"2345"),
             QString::fromUtf8("5413 33•• •••• 2345"));
    QCOMPARE(CardNumber::displayMasked(u"411111", u"1111"),
             QString::fromUtf8("4111 11•• •••• 1111"));
}

void TestCardNumber::benchmarkFindInText()
{
    QString message;
    for (int i = 0; i < 20; ++i)
        message += QStringLiteral("Hi, my order 12345 of 2024-05-01 cost 49.90 EUR, call me on "
                                  "+358 40 123 4567. ");
    message += QStringLiteral("Card 4111 1111 1111 1111.");

    qsizetype found = 0;
    QBENCHMARK {
        found = CardNumber::findInText(message).size();
    }
    QCOMPARE(found, 1);
}

void TestCardNumber::benchmarkFindInTextWithoutDigits()
{
    QString message;
    for (int i = 0; i < 20; ++i)
        message += QStringLiteral("Hello, I think my card was stolen yesterday in Stockholm. ");

    qsizetype found = -1;
    QBENCHMARK {
        found = CardNumber::findInText(message).size();
    }
    QCOMPARE(found, 0);
}

QTEST_GUILESS_MAIN(TestCardNumber)
#include "tst_cardnumber.moc"

#include "domain/searchtext.h"

#include <QTest>

#include <initializer_list>

namespace {

/// A string from raw UTF-16 code units, unpaired surrogates included.
QString units(std::initializer_list<char16_t> codeUnits)
{
    return QString(reinterpret_cast<const QChar *>(codeUnits.begin()), qsizetype(codeUnits.size()));
}

} // namespace

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void foldIsIdempotent_data();
    void foldIsIdempotent();
    void foldedSpellingsMatch();
    void digitsOnly();
    void sanitizeInput_data();
    void sanitizeInput();
    void sanitizeNeverSplitsSurrogatePair();
    void benchmarkFoldAscii();
    void benchmarkFoldNordic();
};

void TestSearchText::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::addRow("ascii upper") << QStringLiteral("MAKINEN") << QStringLiteral("makinen");
    QTest::addRow("finnish umlauts") << QString::fromUtf8("MÄKINEN Öhman")
                                     << QStringLiteral("makinen ohman");
    QTest::addRow("swedish ring") << QString::fromUtf8("Åström") << QStringLiteral("astrom");
    QTest::addRow("norwegian ae o") << QString::fromUtf8("Ærø Bjørnstad")
                                    << QStringLiteral("aero bjornstad");
    QTest::addRow("upper slashed o") << QString::fromUtf8("ØSTBY") << QStringLiteral("ostby");
    QTest::addRow("german sharp s") << QString::fromUtf8("Strauß") << QStringLiteral("strauss");
    QTest::addRow("capital sharp s") << QString::fromUtf8("STRAU\u1E9E")
                                     << QStringLiteral("strauss");
    QTest::addRow("acute and diaeresis") << QString::fromUtf8("José Müller")
                                         << QStringLiteral("jose muller");
    QTest::addRow("polish l stroke") << QString::fromUtf8("Łukasz Wałęsa")
                                     << QStringLiteral("lukasz walesa");
    QTest::addRow("sami d stroke") << QString::fromUtf8("Đuvdna Áilu")
                                   << QStringLiteral("duvdna ailu");
    QTest::addRow("decomposed input") << QString::fromUtf8("Ma\u0308kinen")
                                      << QStringLiteral("makinen");
    QTest::addRow("turkish dotted capital I") << QString::fromUtf8("\u0130stanbul")
                                              << QStringLiteral("istanbul");
    QTest::addRow("greek, final sigma") << QString::fromUtf8("ΟΔΥΣΣΕΑΣ")
                                        << QString::fromUtf8("οδυσσεασ");
    QTest::addRow("cyrillic") << QString::fromUtf8("ЁЛКА") << QString::fromUtf8("елка");
    QTest::addRow("fullwidth") << QString::fromUtf8("ＡＢＣ１２") << QStringLiteral("abc12");
    QTest::addRow("ligature") << QString::fromUtf8("\uFB01nland") << QStringLiteral("finland");
    QTest::addRow("whitespace collapsed and trimmed")
            << QStringLiteral("  Anna \t\n  Virtanen  ") << QStringLiteral("anna virtanen");
    QTest::addRow("no-break and ideographic space")
            << QString::fromUtf8("Anna\u00A0\u3000Virtanen") << QStringLiteral("anna virtanen");
    QTest::addRow("controls dropped") << QStringLiteral("Vir\x01tan\x7F" "en")
                                      << QStringLiteral("virtanen");
    QTest::addRow("soft hyphen and zero-width space dropped")
            << QString::fromUtf8("Vir\u00ADta\u200Bnen") << QStringLiteral("virtanen");
    QTest::addRow("control between spaces") << QStringLiteral("a \x01 b") << QStringLiteral("a b");
    QTest::addRow("punctuation kept") << QStringLiteral("Anna.Virtanen@Example.FI")
                                      << QStringLiteral("anna.virtanen@example.fi");
    QTest::addRow("emoji kept") << QString::fromUtf8("Café \U0001F600")
                                << QString::fromUtf8("cafe \U0001F600");
    QTest::addRow("hebrew kept") << QString::fromUtf8("\u05E9\u05DC\u05D5\u05DD")
                                 << QString::fromUtf8("\u05E9\u05DC\u05D5\u05DD");
    QTest::addRow("unpaired surrogate dropped") << units({u'a', 0xD800, u'b'})
                                                << QStringLiteral("ab");
    QTest::addRow("only spaces") << QStringLiteral("   ") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestSearchText::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchText::fold(text), folded);
}

void TestSearchText::foldIsIdempotent_data()
{
    fold_data();
}

void TestSearchText::foldIsIdempotent()
{
    QFETCH(QString, text);
    const QString once = SearchText::fold(text);
    QCOMPARE(SearchText::fold(once), once);
}

void TestSearchText::foldedSpellingsMatch()
{
    QCOMPARE(SearchText::fold(u"MÄKINEN"), SearchText::fold(u"makinen"));
    QCOMPARE(SearchText::fold(u"Mäkinen"), SearchText::fold(u"MAKINEN"));
    QCOMPARE(SearchText::fold(u"Søren Ærbø"), SearchText::fold(u"soren aerbo"));
    QVERIFY(SearchText::fold(u"Mäkinen") != SearchText::fold(u"Makkinen"));
}

void TestSearchText::digitsOnly()
{
    QCOMPARE(SearchText::digitsOnly(u"+358 (0)40-123 4567"), QStringLiteral("3580401234567"));
    QCOMPARE(SearchText::digitsOnly(u"abc"), QString());
    QCOMPARE(SearchText::digitsOnly(u"１２3"), QStringLiteral("3"));
}

void TestSearchText::sanitizeInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("maxLength");
    QTest::addColumn<QString>("sanitized");

    QTest::addRow("plain") << QStringLiteral("Anna Virtanen") << qsizetype(100)
                           << QStringLiteral("Anna Virtanen");
    QTest::addRow("tab and newline become spaces")
            << QStringLiteral("Anna\tVirtanen\nHelsinki") << qsizetype(100)
            << QStringLiteral("Anna Virtanen Helsinki");
    QTest::addRow("CR LF is one space") << QStringLiteral("a\r\nb") << qsizetype(100)
                                        << QStringLiteral("a b");
    QTest::addRow("C0 controls dropped") << QStringLiteral("a\x01\x1B[31mb\x7F" "c")
                                         << qsizetype(100)
                                         << QStringLiteral("a[31mbc");
    QTest::addRow("NUL dropped") << units({u'a', 0, u'b'}) << qsizetype(100)
                                 << QStringLiteral("ab");
    QTest::addRow("C1 controls dropped") << QString::fromUtf8("a\u0085b\u009Bc") << qsizetype(100)
                                         << QStringLiteral("abc");
    QTest::addRow("emoji survives") << QString::fromUtf8("thanks \U0001F44D\U0001F3FD!")
                                    << qsizetype(100)
                                    << QString::fromUtf8("thanks \U0001F44D\U0001F3FD!");
    QTest::addRow("RTL text survives") << QString::fromUtf8("مرحبا שלום") << qsizetype(100)
                                       << QString::fromUtf8("مرحبا שלום");
    QTest::addRow("nordic letters survive") << QString::fromUtf8("Åsa Ødegård")
                                            << qsizetype(100)
                                            << QString::fromUtf8("Åsa Ødegård");
    QTest::addRow("unpaired high surrogate dropped") << units({u'a', 0xD83D, u'b'})
                                                     << qsizetype(100)
                                                     << QStringLiteral("ab");
    QTest::addRow("unpaired low surrogate dropped") << units({u'a', 0xDE00, u'b'}) << qsizetype(100)
                                                    << QStringLiteral("ab");
    QTest::addRow("cut to max length") << QStringLiteral("abcdef") << qsizetype(4)
                                       << QStringLiteral("abcd");
    QTest::addRow("cut counts after removal") << QStringLiteral("\x01\x02\x03" "abcdef")
                                              << qsizetype(4) << QStringLiteral("abcd");
    QTest::addRow("cut before a surrogate pair") << QString::fromUtf8("abc\U0001F600")
                                                 << qsizetype(4) << QStringLiteral("abc");
    QTest::addRow("pair fits exactly") << QString::fromUtf8("ab\U0001F600x") << qsizetype(4)
                                       << QString::fromUtf8("ab\U0001F600");
    QTest::addRow("zero length") << QStringLiteral("abc") << qsizetype(0) << QString();
}

void TestSearchText::sanitizeInput()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, maxLength);
    QFETCH(QString, sanitized);
    QCOMPARE(SearchText::sanitizeInput(text, maxLength), sanitized);
}

void TestSearchText::sanitizeNeverSplitsSurrogatePair()
{
    const QString emoji = QString::fromUtf8("\U0001F600\U0001F601\U0001F602");
    for (qsizetype max = 0; max <= emoji.size() + 1; ++max) {
        const QString out = SearchText::sanitizeInput(emoji, max);
        QVERIFY(out.size() <= max);
        QCOMPARE(out.size() % 2, 0);
        QVERIFY(emoji.startsWith(out));
    }
}

void TestSearchText::benchmarkFoldAscii()
{
    const QString name = QStringLiteral("Anna-Maria Virtanen anna.virtanen@example.com Helsinki");
    QString folded;
    QBENCHMARK {
        folded = SearchText::fold(name);
    }
    QCOMPARE(folded, QStringLiteral("anna-maria virtanen anna.virtanen@example.com helsinki"));
}

void TestSearchText::benchmarkFoldNordic()
{
    const QString name =
            QString::fromUtf8("Åsa-Märta Ødegård-Strömbäck åsa@exämple.se Tromsø");
    QString folded;
    QBENCHMARK {
        folded = SearchText::fold(name);
    }
    QCOMPARE(folded, QStringLiteral("asa-marta odegard-stromback asa@example.se tromso"));
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"

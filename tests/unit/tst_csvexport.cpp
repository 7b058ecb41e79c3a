// CsvExporter: RFC 4180 quoting, UTF-8 with a BOM, unlocalised numbers,
// formula neutralising, and a model exported with its raw values.

#include "common/csvexporter.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStandardItemModel>
#include <QTest>
#include <QTimeZone>

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void field_data();
    void field();
    void fileStartsWithBomAndEndsRecordsWithCrlf();
    void emojiAndNordicLettersSurviveAsUtf8();
    void fieldWithLineBreakStaysOneRecord();
    void numbersIgnoreTheLocale();
    void modelExportPrefersRawValues();
    void fileNameDropsRefusedCharacters();
};

void TestCsvExport::initTestCase()
{
    // A locale with a decimal comma and a grouping space: nothing of it may reach the file.
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
}

void TestCsvExport::field_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << QVariant(QStringLiteral("Cards")) << QStringLiteral("Cards");
    QTest::addRow("comma") << QVariant(QStringLiteral("Virtanen, Aino")) << QStringLiteral("\"Virtanen, Aino\"");
    QTest::addRow("quote") << QVariant(QStringLiteral("the \"gold\" card"))
                           << QStringLiteral("\"the \"\"gold\"\" card\"");
    QTest::addRow("only quotes") << QVariant(QStringLiteral("\"\"")) << QStringLiteral("\"\"\"\"\"\"");
    QTest::addRow("newline") << QVariant(QStringLiteral("line one\nline two"))
                             << QStringLiteral("\"line one\nline two\"");
    QTest::addRow("crlf") << QVariant(QStringLiteral("a\r\nb")) << QStringLiteral("\"a\r\nb\"");
    QTest::addRow("leading space") << QVariant(QStringLiteral(" padded")) << QStringLiteral("\" padded\"");
    QTest::addRow("emoji") << QVariant(QStringLiteral("Kiitos 👍🏽")) << QStringLiteral("Kiitos 👍🏽");
    QTest::addRow("emoji and comma") << QVariant(QStringLiteral("😡, again")) << QStringLiteral("\"😡, again\"");
    QTest::addRow("semicolon is not special") << QVariant(QStringLiteral("a;b")) << QStringLiteral("a;b");
    QTest::addRow("empty") << QVariant(QString()) << QString();
    QTest::addRow("null") << QVariant() << QString();
    QTest::addRow("formula") << QVariant(QStringLiteral("=HYPERLINK(\"x\")"))
                             << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::addRow("plus") << QVariant(QStringLiteral("+358 40 123")) << QStringLiteral("'+358 40 123");
    QTest::addRow("at") << QVariant(QStringLiteral("@SUM(A1)")) << QStringLiteral("'@SUM(A1)");
    QTest::addRow("int") << QVariant(1234567) << QStringLiteral("1234567");
    QTest::addRow("negative int") << QVariant(-12) << QStringLiteral("-12");
    QTest::addRow("long long") << QVariant(qint64(9876543210)) << QStringLiteral("9876543210");
    QTest::addRow("double") << QVariant(1234.5) << QStringLiteral("1234.5");
    QTest::addRow("double tenth") << QVariant(0.1) << QStringLiteral("0.1");
    QTest::addRow("double whole") << QVariant(87.0) << QStringLiteral("87");
    QTest::addRow("double negative") << QVariant(-0.25) << QStringLiteral("-0.25");
    QTest::addRow("date") << QVariant(QDate(2026, 11, 16)) << QStringLiteral("2026-11-16");
    QTest::addRow("utc date time") << QVariant(QDateTime(QDate(2026, 11, 16), QTime(8, 5), QTimeZone::utc()))
                                   << QStringLiteral("2026-11-16T08:05:00Z");
    QTest::addRow("offset date time") << QVariant(QDateTime(QDate(2026, 11, 16), QTime(10, 5), QTimeZone(2 * 3600)))
                                      << QStringLiteral("2026-11-16T10:05:00+02:00");
}

void TestCsvExport::field()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::field(value), expected);
}

void TestCsvExport::fileStartsWithBomAndEndsRecordsWithCrlf()
{
    CsvExporter csv;
    csv.setHeader({QStringLiteral("Queue"), QStringLiteral("Waiting")});
    csv.addRow({QStringLiteral("Cards"), 3});
    csv.addRow({QStringLiteral("Billing, overdue"), 12});
    QCOMPARE(csv.rowCount(), 2);
    const QByteArray bytes = csv.toUtf8();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QByteArray("Queue,Waiting\r\nCards,3\r\n\"Billing, overdue\",12\r\n"));
}

void TestCsvExport::emojiAndNordicLettersSurviveAsUtf8()
{
    CsvExporter csv;
    csv.addRow({QStringLiteral("Åsa Öberg"), QStringLiteral("Tosi hyvä palvelu 😀")});
    const QByteArray bytes = csv.toUtf8();
    // UTF-8, not Latin-1 or UTF-16: 😀 is F0 9F 98 80, Å is C3 85.
    QVERIFY(bytes.contains("\xF0\x9F\x98\x80"));
    QVERIFY(bytes.contains("\xC3\x85sa"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), QStringLiteral("Åsa Öberg,Tosi hyvä palvelu 😀\r\n"));
}

void TestCsvExport::fieldWithLineBreakStaysOneRecord()
{
    CsvExporter csv;
    csv.addRow({QStringLiteral("first\r\nsecond"), 1});
    csv.addRow({QStringLiteral("x"), 2});
    const QString text = QString::fromUtf8(csv.toUtf8().mid(3));
    QCOMPARE(text, QStringLiteral("\"first\r\nsecond\",1\r\nx,2\r\n"));
    // A reader that honours quotes finds two records of two fields.
    int records = 0;
    bool inQuotes = false;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && text.at(i) == QLatin1Char('\n'))
            ++records;
    }
    QCOMPARE(records, 2);
}

void TestCsvExport::numbersIgnoreTheLocale()
{
    // The pinned locale groups with a (no-break) space and uses a decimal comma.
    QVERIFY(QLocale().toString(1234.5).endsWith(QStringLiteral("234,5")));
    CsvExporter csv;
    csv.addRow({1234.5, 1000000, 0.875});
    QCOMPARE(QString::fromUtf8(csv.toUtf8().mid(3)), QStringLiteral("1234.5,1000000,0.875\r\n"));
}

void TestCsvExport::modelExportPrefersRawValues()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Agent"), QStringLiteral("Met, %"), QStringLiteral("Median")});
    auto set = [&model](int row, int column, const QString &display, const QVariant &raw) {
        auto *item = new QStandardItem(display);
        if (raw.isValid())
            item->setData(raw, Qt::UserRole);
        model.setItem(row, column, item);
    };
    set(0, 0, QStringLiteral("Aino Lehtonen"), QVariant());
    set(0, 1, QStringLiteral("87,5 %"), 87.5);
    set(0, 2, QStringLiteral("2 h 14 min"), 8040);
    set(1, 0, QStringLiteral("\"Kalle\" Mäki"), QVariant());
    set(1, 1, QStringLiteral("–"), QVariant());
    set(1, 2, QStringLiteral("–"), QVariant());
    const QString text = QString::fromUtf8(CsvExporter::fromModel(&model).toUtf8().mid(3));
    QCOMPARE(text, QStringLiteral("Agent,\"Met, %\",Median\r\n"
                                  "Aino Lehtonen,87.5,8040\r\n"
                                  "\"\"\"Kalle\"\" Mäki\",–,–\r\n"));
}

void TestCsvExport::fileNameDropsRefusedCharacters()
{
    QCOMPARE(CsvExporter::fileName(QStringLiteral("SLA met: agents 1/9"), QStringLiteral("csv")),
             QStringLiteral("SLA met- agents 1-9.csv"));
    QCOMPARE(CsvExporter::fileName(QString(), QStringLiteral("png")), QStringLiteral("export.png"));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"

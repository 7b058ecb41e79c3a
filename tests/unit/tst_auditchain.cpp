#include "domain/auditchain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <functional>

namespace {

/// A well-formed chain of @p count entries.
QList<AuditEntry> makeChain(int count)
{
    QList<AuditEntry> chain;
    QByteArray previous = AuditChain::genesisHash();
    const QDateTime start(QDate(2024, 3, 1), QTime(8, 0, 0, 125), QTimeZone::utc());
    for (int i = 1; i <= count; ++i) {
        AuditEntry entry;
        entry.seq = i;
        entry.commandId = i == 1 ? QUuid() : QUuid::createUuid();
        entry.at = start.addSecs(60 * i);
        entry.agent = QStringLiteral("agent%1").arg(i % 3);
        entry.action = i == 1 ? QStringLiteral("session.login") : QStringLiteral("card.lock");
        entry.subject = QStringLiteral("customer:%1").arg(100 + i);
        entry.details = QJsonObject{{QStringLiteral("reason"), QStringLiteral("lost")},
                                    {QStringLiteral("cardId"), i}};
        entry.prevHash = previous;
        entry.hash = AuditChain::computeHash(entry);
        previous = entry.hash;
        chain.append(entry);
    }
    return chain;
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void genesis();
    void canonicalForm();
    void canonicalIsUtc();
    void hashDefinition();
    void validChainVerifies();
    void emptyChainVerifies();
    void sliceVerifiesWithItsAnchor();
    void tamper_data();
    void tamper();
};

void TestAuditChain::genesis()
{
    QCOMPARE(AuditChain::genesisHash(), QByteArray(64, '0'));
}

void TestAuditChain::canonicalForm()
{
    AuditEntry entry;
    entry.seq = 7;
    entry.commandId = QUuid(QStringLiteral("{12345678-1234-5678-9abc-def012345678}"));
    entry.at = QDateTime(QDate(2024, 3, 1), QTime(8, 5, 9, 7), QTimeZone::utc());
    entry.agent = QStringLiteral("maija");
    entry.action = QStringLiteral("national_id.reveal");
    entry.subject = QStringLiteral("customer:123");
    entry.details = QJsonObject{{QStringLiteral("z"), 1},
                                {QStringLiteral("a"), QStringLiteral("ä")}};
    entry.prevHash = QByteArray(64, 'f');
    entry.hash = QByteArray(64, 'e');

    // Sorted keys, compact, UTF-8; no hashes.
    const QByteArray expected = QString::fromUtf8(
            "{\"action\":\"national_id.reveal\",\"agent\":\"maija\","
            "\"at\":\"2024-03-01T08:05:09.007Z\","
            "\"commandId\":\"12345678-1234-5678-9abc-def012345678\","
            "\"details\":{\"a\":\"ä\",\"z\":1},\"seq\":7,\"subject\":\"customer:123\"}").toUtf8();
    QCOMPARE(AuditChain::canonical(entry), expected);

    entry.commandId = QUuid();
    QVERIFY(AuditChain::canonical(entry).contains("\"commandId\":\"\""));
}

void TestAuditChain::canonicalIsUtc()
{
    AuditEntry utc = makeChain(1).first();
    AuditEntry local = utc;
    local.at = utc.at.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Helsinki")));
    QCOMPARE(AuditChain::canonical(local), AuditChain::canonical(utc));
    QVERIFY(AuditChain::canonical(utc).contains("\"at\":\"2024-03-01T08:01:00.125Z\""));
}

void TestAuditChain::hashDefinition()
{
    const AuditEntry entry = makeChain(1).first();
    const QByteArray expected = QCryptographicHash::hash(
            entry.prevHash + '\n' + AuditChain::canonical(entry),
            QCryptographicHash::Sha256).toHex();
    QCOMPARE(AuditChain::computeHash(entry), expected);
    QCOMPARE(entry.hash.size(), 64);

    AuditEntry relinked = entry;
    relinked.prevHash = QByteArray(64, '1');
    QVERIFY(AuditChain::computeHash(relinked) != entry.hash);
}

void TestAuditChain::validChainVerifies()
{
    const AuditChain::Verification result = AuditChain::verify(makeChain(10));
    QVERIFY(result.ok);
    QCOMPARE(result.firstBadSeq, 0);
    QVERIFY(result.reason.isEmpty());
}

void TestAuditChain::emptyChainVerifies()
{
    QVERIFY(AuditChain::verify({}).ok);
}

void TestAuditChain::sliceVerifiesWithItsAnchor()
{
    const QList<AuditEntry> chain = makeChain(10);
    const QList<AuditEntry> slice = chain.mid(4);
    QVERIFY(AuditChain::verify(slice, chain.at(3).hash).ok);
    QVERIFY(!AuditChain::verify(slice, chain.at(2).hash).ok);
}

void TestAuditChain::tamper_data()
{
    using Tamper = std::function<void(QList<AuditEntry> &)>;
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<qint64>("firstBadSeq");
    QTest::addColumn<QString>("reasonWord");

    QTest::addRow("agent altered") << Tamper([](QList<AuditEntry> &c) {
        c[6].agent = QStringLiteral("mallory");
    }) << qint64(7) << QStringLiteral("altered");
    QTest::addRow("details altered") << Tamper([](QList<AuditEntry> &c) {
        c[3].details.insert(QStringLiteral("reason"), QStringLiteral("fraud"));
    }) << qint64(4) << QStringLiteral("altered");
    QTest::addRow("time altered by one ms") << Tamper([](QList<AuditEntry> &c) {
        c[2].at = c[2].at.addMSecs(1);
    }) << qint64(3) << QStringLiteral("altered");
    QTest::addRow("command id cleared") << Tamper([](QList<AuditEntry> &c) {
        c[5].commandId = QUuid();
    }) << qint64(6) << QStringLiteral("altered");
    QTest::addRow("stored hash altered") << Tamper([](QList<AuditEntry> &c) {
        c[9].hash[0] = c[9].hash[0] == 'a' ? 'b' : 'a';
    }) << qint64(10) << QStringLiteral("altered");
    QTest::addRow("altered and rehashed") << Tamper([](QList<AuditEntry> &c) {
        c[4].subject = QStringLiteral("customer:999");
        c[4].hash = AuditChain::computeHash(c[4]);
    }) << qint64(6) << QStringLiteral("link");
    QTest::addRow("entry removed") << Tamper([](QList<AuditEntry> &c) {
        c.removeAt(4);
    }) << qint64(5) << QStringLiteral("missing");
    QTest::addRow("first entry removed") << Tamper([](QList<AuditEntry> &c) {
        c.removeFirst();
    }) << qint64(1) << QStringLiteral("missing");
    QTest::addRow("removed and renumbered") << Tamper([](QList<AuditEntry> &c) {
        c.removeAt(4);
        for (qsizetype i = 4; i < c.size(); ++i)
            c[i].seq -= 1;
    }) << qint64(5) << QStringLiteral("link");
    QTest::addRow("two entries swapped") << Tamper([](QList<AuditEntry> &c) {
        c.swapItemsAt(3, 4);
    }) << qint64(5) << QStringLiteral("order");
    QTest::addRow("entry moved to the end") << Tamper([](QList<AuditEntry> &c) {
        c.move(2, c.size() - 1);
    }) << qint64(4) << QStringLiteral("order");
    QTest::addRow("duplicated entry") << Tamper([](QList<AuditEntry> &c) {
        c.insert(5, c.at(4));
    }) << qint64(5) << QStringLiteral("order");
    QTest::addRow("prevHash of first entry wrong") << Tamper([](QList<AuditEntry> &c) {
        c[0].prevHash = QByteArray(64, '1');
    }) << qint64(1) << QStringLiteral("chain");
    QTest::addRow("prevHash link wrong") << Tamper([](QList<AuditEntry> &c) {
        c[7].prevHash = c[5].hash;
        c[7].hash = AuditChain::computeHash(c[7]);
    }) << qint64(8) << QStringLiteral("link");
}

void TestAuditChain::tamper()
{
    using Tamper = std::function<void(QList<AuditEntry> &)>;
    QFETCH(Tamper, tamper);
    QFETCH(qint64, firstBadSeq);
    QFETCH(QString, reasonWord);

    QList<AuditEntry> chain = makeChain(10);
    QVERIFY(AuditChain::verify(chain).ok);
    tamper(chain);

    const AuditChain::Verification result = AuditChain::verify(chain);
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBadSeq, firstBadSeq);
    QVERIFY2(result.reason.contains(reasonWord), qPrintable(result.reason));
    QVERIFY2(result.reason.contains(QString::number(firstBadSeq)), qPrintable(result.reason));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"

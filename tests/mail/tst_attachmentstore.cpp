#include "mail/attachmentstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesUnderItsHash();
    void sameContentStoredOnce();
    void refusesTooLarge();
    void pathForValidatesKey_data();
    void pathForValidatesKey();
    void streamsLargeInput();
};

void TestAttachmentStore::storesUnderItsHash()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.path() + QStringLiteral("/blobs"));
    const QByteArray bytes("receipt: 12.50 EUR\n");
    const AttachmentStore::Stored stored = store.storeBytes(bytes);
    QVERIFY2(stored.ok, qPrintable(stored.error));
    const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QCOMPARE(stored.sha256, expected);
    QCOMPARE(stored.size, qint64(bytes.size()));
    const QString path = store.pathFor(expected);
    QCOMPARE(path,
             dir.path() + QStringLiteral("/blobs/") + QString::fromLatin1(expected.left(2)) + QLatin1Char('/')
                 + QString::fromLatin1(expected.mid(2)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QVERIFY(store.contains(expected));
    QVERIFY(store.contains(expected.toUpper())); // hex is case-insensitive
    // No temporary files are left behind.
    QCOMPARE(QDir(store.root()).entryList(QDir::Files), QStringList());
}

void TestAttachmentStore::sameContentStoredOnce()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.path());
    const AttachmentStore::Stored a = store.storeBytes(QByteArray("same"));
    const AttachmentStore::Stored b = store.storeBytes(QByteArray("same"));
    const AttachmentStore::Stored c = store.storeBytes(QByteArray("other"));
    QVERIFY(a.ok && b.ok && c.ok);
    QCOMPARE(a.sha256, b.sha256);
    QVERIFY(a.sha256 != c.sha256);
    int files = 0;
    const QStringList subdirs = QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &sub : subdirs)
        files += int(QDir(dir.path() + QLatin1Char('/') + sub).entryList(QDir::Files).size());
    QCOMPARE(files, 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestAttachmentStore::refusesTooLarge()
{
    QTemporaryDir dir;
    AttachmentStore store(dir.path());
    QBuffer buffer;
    buffer.setData(QByteArray(300 * 1024, 'x'));
    buffer.open(QIODevice::ReadOnly);
    const AttachmentStore::Stored stored = store.store(&buffer, 100 * 1024);
    QVERIFY(!stored.ok);
    QVERIFY(!stored.error.isEmpty());
    QVERIFY(!store.contains(
        QCryptographicHash::hash(QByteArray(300 * 1024, 'x'), QCryptographicHash::Sha256).toHex()));
    // The partial file is gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
}

void TestAttachmentStore::pathForValidatesKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("short") << QByteArray("abcdef");
    QTest::addRow("traversal") << QByteArray("../../../../etc/passwd");
    QTest::addRow("traversal-64") << QByteArray("..").append(QByteArray(62, 'a'));
    QTest::addRow("slash-64") << QByteArray("ab/").append(QByteArray(61, 'a'));
    QTest::addRow("non-hex-64") << QByteArray(64, 'g');
    QTest::addRow("long") << QByteArray(65, 'a');
    QTest::addRow("absent") << QByteArray(64, 'a');
}

void TestAttachmentStore::pathForValidatesKey()
{
    QFETCH(QByteArray, key);
    QTemporaryDir dir;
    AttachmentStore store(dir.path());
    // Put a file where a traversal would land, to be sure it is not reached.
    QDir(dir.path()).mkpath(QStringLiteral(".."));
    QCOMPARE(store.pathFor(key), QString());
    QVERIFY(!store.contains(key));
}

void TestAttachmentStore::streamsLargeInput()
{
    // 8 MB through a sequential device: the hash is the one of the whole.
    QTemporaryDir dir;
    QFile source(dir.path() + QStringLiteral("/source.bin"));
    QVERIFY(source.open(QIODevice::WriteOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < 128; ++i) {
        const QByteArray chunk(64 * 1024, char('a' + i % 26));
        hash.addData(chunk);
        source.write(chunk);
    }
    source.close();
    QVERIFY(source.open(QIODevice::ReadOnly));
    AttachmentStore store(dir.path() + QStringLiteral("/store"));
    const AttachmentStore::Stored stored = store.store(&source);
    QVERIFY(stored.ok);
    QCOMPARE(stored.size, qint64(8 * 1024 * 1024));
    QCOMPARE(stored.sha256, hash.result().toHex());
    QCOMPARE(QFileInfo(store.pathFor(stored.sha256)).size(), qint64(8 * 1024 * 1024));
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"

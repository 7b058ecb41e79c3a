#include "testsupport.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsMissingFolders();
    void corruptFileIsReportedAndLeftUntouched();
    void truncatedDatabaseIsReported();
    void secondOpenerIsToldItIsLocked();
    void directoryInsteadOfFileIsUnreadable();

private:
    static QByteArray digest(const QString &path);
};

QByteArray TestDatabaseOpen::digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestDatabaseOpen::createsMissingFolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/carddesk.sqlite"));
    Database db(QStringLiteral("nested"));
    const OpenResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(QFile::exists(path));
}

void TestDatabaseOpen::corruptFileIsReportedAndLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("carddesk.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 8192; ++i)
            junk.append(char((i * 7919) % 251));
        file.write(junk);
    }
    const QByteArray before = digest(path);
    Database db(QStringLiteral("corrupt"));
    const OpenResult result = db.open(path);
    QCOMPARE(result.status, OpenResult::Corrupt);
    QVERIFY(result.message.contains(QLatin1String("Nothing has been changed")));
    QVERIFY(!db.isOpen());
    QCOMPARE(digest(path), before);
}

void TestDatabaseOpen::truncatedDatabaseIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("carddesk.sqlite"));
    {
        Database db(QStringLiteral("writer"));
        QVERIFY(db.open(path).ok());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray header = file.read(100);
    file.seek(0);
    header.replace(0, 16, QByteArray(16, 'X'));   // destroy the magic header
    file.write(header);
    file.close();
    Database db(QStringLiteral("reader"));
    const OpenResult result = db.open(path);
    QCOMPARE(result.status, OpenResult::Corrupt);
}

void TestDatabaseOpen::secondOpenerIsToldItIsLocked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("carddesk.sqlite"));
    Database first(QStringLiteral("first"));
    QVERIFY(first.open(path).ok());
    Database second(QStringLiteral("second"));
    const OpenResult result = second.open(path);
    QCOMPARE(result.status, OpenResult::Locked);
    QVERIFY(result.message.contains(QLatin1String("Another CardDesk")));
    first.close();
    QVERIFY(second.open(path).ok());
}

void TestDatabaseOpen::directoryInsteadOfFileIsUnreadable()
{
    QTemporaryDir dir;
    Database db(QStringLiteral("dir"));
    const OpenResult result = db.open(dir.path());
    QVERIFY(!result.ok());
    QVERIFY(result.status == OpenResult::Unreadable || result.status == OpenResult::Corrupt);
    QVERIFY(!result.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_databaseopen.moc"

// carddesk --screenshot, run as the real executable, headless.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesPngOfRequestedSize();
    void failsClearlyOnDamagedDatabase();
    void rejectsBadSize();
    void inboxViewShowsAnOpenConversation();
    void importEmlFolderOnceAndOnlyOnce();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run run(const QStringList &arguments, const QString &configHome);
};

TestScreenshot::Run TestScreenshot::run(const QStringList &arguments, const QString &configHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CARDDESK_APP_PATH), arguments);
    Run result;
    if (!process.waitForFinished(150000)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

void TestScreenshot::writesPngOfRequestedSize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("shots/lookup.png"));
    const Run r = run({QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("lookup"),
                       QStringLiteral("--query"), QStringLiteral("Virtanen"), QStringLiteral("--size"),
                       QStringLiteral("1280x800"), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                       QStringLiteral("--demo-customers"), QStringLiteral("300"), QStringLiteral("--lang"),
                       QStringLiteral("en")},
                      dir.filePath(QStringLiteral("config")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY(QFile::exists(png));
    QVERIFY(QFileInfo(png).size() > 10000);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
}

void TestScreenshot::inboxViewShowsAnOpenConversation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("inbox.png"));
    const Run r = run({QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("inbox"),
                       QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                       QStringLiteral("--demo-customers"), QStringLiteral("300"), QStringLiteral("--lang"),
                       QStringLiteral("fi")},
                      dir.filePath(QStringLiteral("config")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1440, 900));
    // A list, a thread and a customer make a busy picture; an empty or
    // failed inbox is mostly one background colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 150, qPrintable(QString::number(colours.size())));
}

void TestScreenshot::importEmlFolderOnceAndOnlyOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const Run seed = run({QStringLiteral("--seed-demo"), QStringLiteral("50"), QStringLiteral("--data-dir"), data},
                         dir.filePath(QStringLiteral("config")));
    QVERIFY2(seed.exitCode == 0, qPrintable(seed.output));

    const QString mail = QStringLiteral(CARDDESK_SOURCE_DIR "/tests/mail/data");
    // Every fixture is one message (the malformed one included: kept as far as it parses).
    const int files = int(QDir(mail).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
    QVERIFY(files >= 8);
    const QStringList args = {QStringLiteral("--import-eml"), mail, QStringLiteral("--data-dir"), data};
    const Run first = run(args, dir.filePath(QStringLiteral("config")));
    QVERIFY2(first.output.contains(QStringLiteral("Imported %1 message(s) from %1 file(s)").arg(files)),
             qPrintable(first.output));
    QVERIFY2(first.output.contains(QLatin1String("0 already there")), qPrintable(first.output));
    QCOMPARE(first.exitCode, 0);

    const Run again = run(args, dir.filePath(QStringLiteral("config")));
    QVERIFY2(again.output.contains(QLatin1String("Imported 0 message(s)")), qPrintable(again.output));
    QVERIFY2(again.output.contains(QStringLiteral("%1 already there").arg(files)), qPrintable(again.output));

    const Run missing = run({QStringLiteral("--import-eml"), dir.filePath(QStringLiteral("nowhere")),
                             QStringLiteral("--data-dir"), data},
                            dir.filePath(QStringLiteral("config")));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.output.contains(QLatin1String("There is no folder")));
}

void TestScreenshot::failsClearlyOnDamagedDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile damaged(dir.filePath(QStringLiteral("carddesk.sqlite")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();

    const QString png = dir.filePath(QStringLiteral("never.png"));
    const Run r = run({QStringLiteral("--screenshot"), png, QStringLiteral("--data-dir"), dir.path(),
                       QStringLiteral("--query"), QStringLiteral("Virtanen")},
                      dir.filePath(QStringLiteral("config")));
    QVERIFY2(r.exitCode != 0, qPrintable(r.output));
    QVERIFY2(!r.output.trimmed().isEmpty(), "a failure must say what went wrong");
    QVERIFY(!QFile::exists(png));
    QVERIFY2(damaged.exists(), "the damaged file is never deleted");
}

void TestScreenshot::rejectsBadSize()
{
    QTemporaryDir dir;
    const Run r = run({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--size"),
                       QStringLiteral("big"), QStringLiteral("--data-dir"), dir.path()},
                      dir.filePath(QStringLiteral("config")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.output.contains(QStringLiteral("--size")));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"

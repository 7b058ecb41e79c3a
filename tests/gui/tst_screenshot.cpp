// carddesk --screenshot, run as the real executable, headless.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesPngOfRequestedSize();
    void failsClearlyOnDamagedDatabase();
    void rejectsBadSize();

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

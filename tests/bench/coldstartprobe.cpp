#include "coldstartprobe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace {

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

/// VmRSS of a running process from /proc, for a carddesk that reports none.
qint64 residentKbOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

ColdStartProbe::ColdStartProbe(const QString &program, const QStringList &arguments)
    : m_program(program)
    , m_arguments(arguments)
{
}

bool ColdStartProbe::supportsOption(const QString &program, const QString &option, QString *helpText)
{
    const QFileInfo info(program);
    if (!info.exists() || !info.isExecutable())
        return false;
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, {QStringLiteral("--help")});
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(2000);
        return false;
    }
    const QString help = QString::fromUtf8(process.readAll());
    if (helpText)
        *helpText = help;
    return help.contains(option);
}

ColdStartProbe::Run ColdStartProbe::runOnce(int timeoutMs) const
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    QByteArray output;
    QByteArray errors;
    QEventLoop loop;
    QElapsedTimer clock;
    bool ready = false;

    QByteArray pending;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        const QByteArray chunk = process.readAllStandardOutput();
        const qint64 now = clock.nsecsElapsed();
        output += chunk;
        pending += chunk;
        qsizetype newline = -1;
        while (!ready && (newline = pending.indexOf('\n')) >= 0) {
            // "ready <ms> rss-kb <n>"
            const QList<QByteArray> words = pending.left(newline).simplified().split(' ');
            pending.remove(0, newline + 1);
            if (words.size() >= 4 && words.at(0) == "ready" && words.at(2) == "rss-kb") {
                run.wallNs = now;
                run.reportedMs = words.at(1).toLongLong();
                run.rssKb = words.at(3).toLongLong();
                if (run.rssKb <= 0)
                    run.rssKb = residentKbOf(process.processId());
                ready = true;
            }
        }
    });
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop,
                     [&] { errors += process.readAllStandardError(); });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);

    clock.start();
    process.start(m_program, m_arguments);
    timeout.start(timeoutMs);
    if (process.state() != QProcess::NotRunning || process.error() != QProcess::FailedToStart)
        loop.exec();

    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        run.error = QStringLiteral("did not exit within %1 ms").arg(timeoutMs);
        return run;
    }
    if (process.error() == QProcess::FailedToStart) {
        run.error = QStringLiteral("could not start: %1").arg(process.errorString());
        return run;
    }
    output += process.readAllStandardOutput();
    errors += process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = QStringLiteral("exited with code %1: %2")
                        .arg(process.exitCode())
                        .arg(QString::fromUtf8(errors.right(400)).trimmed());
        return run;
    }
    if (!ready) {
        run.error = QStringLiteral("exited 0 without a \"ready <ms> rss-kb <n>\" line; output: %1")
                        .arg(QString::fromUtf8(output.right(400)).trimmed());
        return run;
    }
    run.ok = true;
    return run;
}

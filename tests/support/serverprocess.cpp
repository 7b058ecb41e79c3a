#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

ServerProcess::ServerProcess(const QString &binary)
    : m_binary(binary)
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QStringList &arguments, QString *error, int port)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                     [this] { m_log += m_process->readAllStandardError(); });
    m_process->start(m_binary, arguments + QStringList{QStringLiteral("--listen"),
                                                       QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("carddesk-server did not start: ") + m_process->errorString();
        return false;
    }
    // The server says where it listens as one JSON log line.
    const bool listening =
        QTest::qWaitFor([this] { return this->port() > 0 || m_process->state() == QProcess::NotRunning; }, 30000);
    if (!listening || this->port() == 0) {
        *error = QStringLiteral("carddesk-server did not start listening: ") + QString::fromUtf8(m_log.right(3000));
        return false;
    }
    return true;
}

void ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_log += m_process->readAllStandardError();
}

int ServerProcess::port() const
{
    for (const QByteArray &line : m_log.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("event")).toString() == QLatin1String("listening"))
            return object.value(QStringLiteral("port")).toInt();
    }
    return 0;
}

QByteArray ServerProcess::log() const
{
    return m_log;
}

#include "contractproxy.h"

#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTest>

ContractProxy::~ContractProxy()
{
    stop();
}

bool ContractProxy::start(const QString &prism, const QString &spec, int upstreamPort, QString *error)
{
    for (int attempt = 0; attempt < 3; ++attempt) {   // a free port can be taken before Prism binds it
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free loopback port for Prism: ") + probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        m_log.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("NODE_ENV"));
        environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        m_process->setProcessEnvironment(environment);
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                         [this] { m_log += m_process->readAllStandardOutput(); });
        m_process->start(prism, {QStringLiteral("proxy"), spec, QStringLiteral("http://127.0.0.1:%1").arg(upstreamPort),
                                 QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                 QString::number(m_port)});
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("Prism (%1) did not start: %2").arg(prism, m_process->errorString());
            return false;
        }
        const bool listening = QTest::qWaitFor(
            [this] { return m_log.contains("Prism is listening on") || m_process->state() == QProcess::NotRunning; },
            60000);
        if (listening && m_log.contains("Prism is listening on"))
            return true;
        stop();
        if (!m_log.contains("EADDRINUSE"))
            break;
    }
    *error = QStringLiteral("Prism did not start proxying for %1: %2").arg(spec, QString::fromUtf8(m_log.right(3000)));
    return false;
}

void ContractProxy::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

int ContractProxy::port() const
{
    return m_port;
}

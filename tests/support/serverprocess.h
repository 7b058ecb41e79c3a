#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

/// @short One carddesk-server process for a test, its stderr (the JSON log) kept.
///
/// start() waits until the server logs that it listens; port() reads the
/// bound port from that line, so a server started on port 0 is found.
class ServerProcess
{
public:
    explicit ServerProcess(const QString &binary);
    ~ServerProcess();

    /// Starts the server with @p arguments, listening on 127.0.0.1:@p port
    /// (0: any free port). Fails with the end of the server's log.
    bool start(const QStringList &arguments, QString *error, int port = 0);
    /// SIGTERM, so the server closes cleanly; killed after 10 s.
    void stop();

    int port() const;
    QByteArray log() const;

private:
    QString m_binary;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
};

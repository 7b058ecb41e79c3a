#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/// @short A throwaway PostgreSQL cluster on loopback, for tests and nothing else.
///
/// start() runs initdb in a temporary directory and starts the server on a
/// free 127.0.0.1 port with its socket in that directory (trust
/// authentication: it is reachable from this machine only, and lives as
/// long as the test). PostgreSQL refuses to run as root, so as root the
/// binaries run as the "postgres" user (runuser -u postgres --) and the
/// directory is handed to that user. The postmaster runs as a child of this
/// process (not daemonised by pg_ctl), so it is reaped here and cannot
/// outlive a crashed test for long. The destructor stops the server and
/// removes everything. The binaries come from $CARDDESK_PG_BINDIR, else
/// Debian's /usr/lib/postgresql/<version>/bin (the newest installed).
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();

    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    /// The folder with initdb, pg_ctl and createdb; empty with *error when there is none.
    static QString binaryDir(QString *error);

    /// initdb and start; false with a message that says what to install or check.
    bool start(QString *error);
    /// Stops the server (fast shutdown); the data stays until destruction.
    bool stop(QString *error);
    bool isRunning() const { return m_server && m_server->state() != QProcess::NotRunning; }

    bool createDatabase(const QString &name, QString *error);

    int port() const { return m_port; }
    QString user() const { return QStringLiteral("carddesk"); }
    /// postgresql://carddesk@127.0.0.1:<port>/<database>
    QString url(const QString &database) const;
    /// The server's log so far, for failure messages.
    QString log() const;
    /// A loopback port nobody listens on now (for a server that must come
    /// back on the same port after a restart).
    static int freePort();

private:
    bool run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs = 60000);
    void prepare(QProcess *process, const QString &program, const QStringList &arguments) const;
    bool waitUntilReady(QString *error);
    void stopServer(const QString &mode);

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    bool m_asPostgresUser = false;
};

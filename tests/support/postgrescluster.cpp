#include "postgrescluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace {

bool chownTree(const QString &path, uid_t uid, gid_t gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return false;
    QDir dir(path);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() && !entry.isSymLink()) {
            if (!chownTree(entry.absoluteFilePath(), uid, gid))
                return false;
        } else if (::chown(QFile::encodeName(entry.absoluteFilePath()).constData(), uid, gid) != 0) {
            return false;
        }
    }
    return true;
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    stopServer(QStringLiteral("immediate"));
    m_dir.reset();   // removes the data directory (root may delete postgres's files)
}

void PostgresCluster::stopServer(const QString &mode)
{
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        QString ignored;
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"), mode,
             QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored, 30000);
        if (!m_server->waitForFinished(15000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
}

QString PostgresCluster::binaryDir(QString *error)
{
    const QString fromEnv = qEnvironmentVariable("CARDDESK_PG_BINDIR");
    QStringList candidates;
    if (!fromEnv.isEmpty()) {
        candidates << fromEnv;
    } else {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
            return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
        });
        for (const QString &version : std::as_const(versions))
            candidates << root.filePath(version + QStringLiteral("/bin"));
    }
    for (const QString &dir : std::as_const(candidates)) {
        if (QFile::exists(dir + QStringLiteral("/initdb")) && QFile::exists(dir + QStringLiteral("/pg_ctl")))
            return dir;
    }
    *error = QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) were not found in %1. Install them "
                            "(Debian: apt-get install postgresql-15) or set CARDDESK_PG_BINDIR.")
                 .arg(candidates.isEmpty() ? QStringLiteral("/usr/lib/postgresql/*/bin") : candidates.join(u", "));
    return QString();
}

int PostgresCluster::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

void PostgresCluster::prepare(QProcess *process, const QString &program, const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("PGPASSWORD"));
    process->setProcessEnvironment(environment);
    if (m_asPostgresUser) {
        // Run from a folder the postgres user may enter.
        process->setWorkingDirectory(m_dir->path());
        process->setProgram(QStringLiteral("runuser"));
        process->setArguments(QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                              + arguments);
    } else {
        process->setProgram(program);
        process->setArguments(arguments);
    }
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    prepare(&process, program, arguments);
    process.start();
    if (!process.waitForStarted(10000)) {
        *output = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *output = QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000);
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresCluster::start(QString *error)
{
    if (isRunning())
        return true;
    m_bin = binaryDir(error);
    if (m_bin.isEmpty())
        return false;
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/carddesk-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            *error = QStringLiteral("cannot make a temporary directory: %1").arg(m_dir->errorString());
            return false;
        }
        m_asPostgresUser = ::geteuid() == 0;
        if (m_asPostgresUser) {
            const passwd *postgres = ::getpwnam("postgres");
            if (!postgres) {
                *error = QStringLiteral("running as root, but there is no \"postgres\" user to run PostgreSQL as "
                                        "(Debian's postgresql package makes one)");
                return false;
            }
            if (!chownTree(m_dir->path(), postgres->pw_uid, postgres->pw_gid)) {
                *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
                return false;
            }
        }
        QString output;
        const QString data = m_dir->filePath(QStringLiteral("data"));
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), user(), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")},
                 &output, 120000)) {
            *error = QStringLiteral("initdb failed: %1").arg(output.trimmed());
            return false;
        }
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->setStandardOutputFile(m_dir->filePath(QStringLiteral("server.log")), QIODevice::Append);
        prepare(m_server.get(), m_bin + QStringLiteral("/postgres"),
                {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-h"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-k"),
                 m_dir->path(), QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"),
                 QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                 QStringLiteral("-c"), QStringLiteral("max_connections=100")});
        m_server->start();
        if (!m_server->waitForStarted(10000)) {
            *error = QStringLiteral("postgres did not start: %1").arg(m_server->errorString());
            m_server.reset();
            return false;
        }
        if (waitUntilReady(error))
            return true;
        stopServer(QStringLiteral("immediate"));   // a port taken meanwhile: try another
    }
    *error = QStringLiteral("PostgreSQL did not start: %1\n%2").arg(*error, log().right(2000));
    return false;
}

bool PostgresCluster::waitUntilReady(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (m_server->state() == QProcess::NotRunning) {
            *error = QStringLiteral("postgres exited with code %1").arg(m_server->exitCode());
            return false;
        }
        QString output;
        if (run(m_bin + QStringLiteral("/pg_isready"),
                {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                 QStringLiteral("-U"), user(), QStringLiteral("-q")},
                &output, 10000))
            return true;
        m_server->waitForFinished(100);
    }
    *error = QStringLiteral("postgres did not accept connections within 60 s");
    return false;
}

bool PostgresCluster::stop(QString *error)
{
    stopServer(QStringLiteral("fast"));
    if (isRunning()) {
        *error = QStringLiteral("PostgreSQL did not stop");
        return false;
    }
    return true;
}

bool PostgresCluster::createDatabase(const QString &name, QString *error)
{
    QString output;
    if (!run(m_bin + QStringLiteral("/createdb"),
             {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
              QStringLiteral("-U"), user(), name},
             &output)) {
        *error = QStringLiteral("createdb %1 failed: %2").arg(name, output.trimmed());
        return false;
    }
    return true;
}

QString PostgresCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user()).arg(m_port).arg(database);
}

QString PostgresCluster::log() const
{
    if (!m_dir)
        return QString();
    QFile file(m_dir->filePath(QStringLiteral("server.log")));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLocal8Bit(file.readAll());
}

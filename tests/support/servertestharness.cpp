#include "servertestharness.h"

#include "contractproxy.h"
#include "postgrescluster.h"
#include "serverprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

ServerDesk::ServerDesk() = default;
ServerDesk::ServerDesk(ServerDesk &&) noexcept = default;
ServerDesk::~ServerDesk() = default;

int ServerDesk::port() const
{
    return proxy ? proxy->port() : server->port();
}

ServerTestHarness::ServerTestHarness() = default;

ServerTestHarness::~ServerTestHarness()
{
    shutDown();
}

void ServerTestHarness::dialects()
{
    QTest::addColumn<QString>("dialect");
    QTest::addRow("postgresql") << QStringLiteral("postgresql");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
}

bool ServerTestHarness::readContractSettings(QString *error)
{
    m_prism = qEnvironmentVariable("CARDDESK_CONTRACT_PROXY");
    if (m_prism.isEmpty())
        return true;
    m_spec = qEnvironmentVariable("CARDDESK_CONTRACT_SPEC");
    if (!QFileInfo(m_prism).isExecutable()) {
        *error = QStringLiteral("CARDDESK_CONTRACT_PROXY=%1 is not an executable: the API tools are not "
                                "installed (npm ci in tools/api).")
                     .arg(m_prism);
        return false;
    }
    if (!QFileInfo::exists(m_spec)) {
        *error = QStringLiteral("no contract at %1").arg(m_spec);
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        *error = QStringLiteral("Prism needs Node.js on PATH.");
        return false;
    }
    return true;
}

QString ServerTestHarness::contractSpec() const
{
    return m_spec;
}

bool ServerTestHarness::createDesks(const QString &name, const QString &directory, QString *error)
{
    m_cluster = std::make_unique<PostgresCluster>();
    if (!m_cluster->start(error) || !m_cluster->createDatabase(name, error)) {
        *error = QStringLiteral("PostgreSQL for the test: ") + *error;
        return false;
    }
    for (const QString &dialect : {QStringLiteral("postgresql"), QStringLiteral("sqlite")}) {
        ServerDesk &desk = m_desks[dialect];
        desk.dialect = dialect;
        desk.databaseName = name;
        desk.databaseUrl = dialect == QLatin1String("postgresql")
            ? m_cluster->url(name)
            : QStringLiteral("sqlite:") + QDir(directory).filePath(name + QStringLiteral(".db"));
    }
    return true;
}

ServerDesk &ServerTestHarness::desk(const QString &dialect)
{
    return m_desks.at(dialect);
}

std::map<QString, ServerDesk> &ServerTestHarness::desks()
{
    return m_desks;
}

ServerDesk &ServerTestHarness::currentDesk()
{
    return desk(QString::fromLatin1(QTest::currentDataTag()));
}

PostgresCluster &ServerTestHarness::cluster()
{
    return *m_cluster;
}

void ServerTestHarness::shutDown()
{
    m_desks.clear();
    m_cluster.reset();
}

bool ServerTestHarness::runServerCommand(const ServerDesk &desk, const QStringList &arguments,
                                         const QByteArray &input, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CARDDESK_SERVER_BINARY),
                  QStringList{QStringLiteral("--database"), desk.databaseUrl} + arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(process.readAll());
        return false;
    }
    return true;
}

bool ServerTestHarness::importConsole(const ServerDesk &desk, const QString &consoleFile, const QString &password,
                                      QString *error)
{
    return runServerCommand(desk,
                            {QStringLiteral("--import-sqlite"), consoleFile, QStringLiteral("--demo-password"), password},
                            {}, error);
}

bool ServerTestHarness::addAgent(const ServerDesk &desk, const QString &username, const QString &role,
                                 const QString &displayName, const QString &password, QString *error,
                                 const QString &queues)
{
    QStringList arguments{QStringLiteral("--add-agent"), username, QStringLiteral("--role"), role,
                          QStringLiteral("--display-name"), displayName};
    if (!queues.isNull())
        arguments << QStringLiteral("--queues") << queues;
    return runServerCommand(desk, arguments, (password + QLatin1Char('\n')).toUtf8(), error);
}

bool ServerTestHarness::startServer(ServerDesk &desk, QString *error)
{
    desk.server = std::make_unique<ServerProcess>(QStringLiteral(CARDDESK_SERVER_BINARY));
    if (!desk.server->start({QStringLiteral("--database"), desk.databaseUrl, QStringLiteral("--workers"),
                             QStringLiteral("2")},
                            error))
        return false;
    if (!m_prism.isEmpty()) {
        desk.proxy = std::make_unique<ContractProxy>();
        if (!desk.proxy->start(m_prism, m_spec, desk.server->port(), error))
            return false;
    }
    return true;
}

bool ServerTestHarness::signIn(ServerDesk &desk, const QStringList &usernames, const QString &password,
                               QString *error)
{
    for (const QString &username : usernames) {
        const ServerReply reply = send(desk, "POST", QStringLiteral("/v1/sessions"), QString(),
                                       ServerTest::jsonBody({{QStringLiteral("username"), username},
                                                             {QStringLiteral("password"), password}}));
        if (reply.status != 201) {
            *error = QStringLiteral("sign-in of %1: %2").arg(username, ServerTest::describe(reply));
            return false;
        }
        desk.tokens.insert(username, reply.json.value(QStringLiteral("token")).toString());
    }
    return true;
}

QSqlDatabase ServerTestHarness::open(const ServerDesk &desk, const QString &name)
{
    QSqlDatabase db;
    if (desk.dialect == QLatin1String("postgresql")) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_cluster->port());
        db.setUserName(m_cluster->user());
        db.setDatabaseName(desk.databaseName);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(desk.databaseUrl.mid(int(qstrlen("sqlite:"))));
    }
    if (!db.open())
        qWarning("%s: %s", qPrintable(desk.databaseUrl), qPrintable(db.lastError().text()));
    return db;
}

bool ServerTestHarness::exec(const ServerDesk &desk, const QString &statement, const QVariantList &values,
                             QString *error, QList<QVariantList> *rows)
{
    const QString name = QStringLiteral("direct-") + desk.dialect;
    bool ok = false;
    {
        QSqlDatabase db = open(desk, name);
        {
            QSqlQuery q(db);
            q.prepare(statement);
            for (const QVariant &value : values)
                q.addBindValue(value);
            ok = q.exec();
            if (!ok)
                *error = q.lastError().text();
            while (ok && rows && q.next()) {
                QVariantList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i);
                rows->append(row);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QNetworkReply *ServerTestHarness::begin(const ServerDesk &desk, const QByteArray &method, const QString &path,
                                        const QString &token, const QByteArray &body, const Headers &headers)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(desk.port()));
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    return m_network.sendCustomRequest(request, method, body);
}

ServerReply ServerTestHarness::finish(const ServerDesk &desk, QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(25000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    ServerReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    const QString exchange = QStringLiteral("%1 %2 (HTTP %3)")
                                 .arg(QString::fromLatin1(
                                          reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()),
                                      reply->url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority))
                                 .arg(out.status);
    reply->deleteLater();
    m_bodies << out.body;
    if (desk.proxy && out.status != 0) {
        // The answers must be the contract's; requests may break it on purpose (the refusal tests).
        if (!out.headers.contains("access-control-allow-origin"))
            m_violations << exchange + QStringLiteral(": did not pass through the contract proxy");
        const QJsonArray violations = QJsonDocument::fromJson(out.header("sl-violations")).array();
        for (const QJsonValue &value : violations) {
            const QJsonObject violation = value.toObject();
            QStringList location;
            for (const QJsonValue &part : violation.value(QStringLiteral("location")).toArray())
                location << part.toVariant().toString();
            if (location.value(0) != QLatin1String("request"))
                m_violations << exchange + QStringLiteral(": ") + location.join(u'.') + QStringLiteral(" ")
                                    + violation.value(QStringLiteral("message")).toString();
        }
        if (!out.header("sl-violations").isEmpty() && violations.isEmpty())
            m_violations << exchange + QStringLiteral(": unreadable sl-violations header");
    }
    return out;
}

ServerReply ServerTestHarness::send(const ServerDesk &desk, const QByteArray &method, const QString &path,
                                    const QString &token, const QByteArray &body, const Headers &headers)
{
    return finish(desk, begin(desk, method, path, token, body, headers));
}

QString ServerTestHarness::feed(const ServerDesk &desk, const QString &token, const QString &since,
                                QJsonArray *changes)
{
    QString cursor = since;
    for (int page = 0; page < 1000; ++page) {
        const ServerReply reply = send(desk, "GET",
                                       cursor.isEmpty() ? QStringLiteral("/v1/changes")
                                                        : QStringLiteral("/v1/changes?since=") + cursor,
                                       token);
        if (reply.status != 200) {
            qWarning("the change feed: %s", qPrintable(ServerTest::describe(reply)));
            return QString();
        }
        if (changes) {
            for (const QJsonValue &change : reply.json.value(QStringLiteral("changes")).toArray())
                changes->append(change);
        }
        cursor = reply.json.value(QStringLiteral("cursor")).toString();
        if (!reply.json.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    return cursor;
}

const QList<QByteArray> &ServerTestHarness::bodies() const
{
    return m_bodies;
}

QString ServerTestHarness::takeContractViolations()
{
    const QStringList violations = std::exchange(m_violations, {});
    if (violations.isEmpty())
        return QString();
    return QStringLiteral("the answers break the contract (%1), as Prism reports it:\n    %2")
        .arg(m_spec, violations.join(QStringLiteral("\n    ")));
}

// carddesk-server: the reference CardDesk API over PostgreSQL (or SQLite).
//
//   carddesk-server --database postgresql://carddesk@127.0.0.1:5432/carddesk --listen 127.0.0.1:8080
//   carddesk-server --database URL --add-agent aino.lehtonen --role agent --display-name "Aino Lehtonen"
//       --queues cards,general < password
//   carddesk-server --database URL --import-sqlite ~/.local/share/CardDesk/carddesk.sqlite --demo-password PW
//   carddesk-server --database URL --migrate-only

#include "agentapi.h"
#include "agentdirectory.h"
#include "agentstore.h"
#include "alertapi.h"
#include "apiserver.h"
#include "auditapi.h"
#include "cardapi.h"
#include "cardcommandapi.h"
#include "connectionpool.h"
#include "conversationapi.h"
#include "customerapi.h"
#include "databaseurl.h"
#include "dbtransaction.h"
#include "demoimporter.h"
#include "eventhub.h"
#include "feedapi.h"
#include "idempotencystore.h"
#include "passwordhasher.h"
#include "requestlog.h"
#include "schemamigrator.h"
#include "serverauditlog.h"
#include "serveroptions.h"
#include "sessionapi.h"
#include "sqlvalues.h"
#include "supervisionapi.h"
#include "workflowapi.h"

#include "domain/jsoncodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

/// SIGINT and SIGTERM end the event loop, so that sockets close cleanly.
void quitOnSignals(QCoreApplication *app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        RequestLog::event(QStringLiteral("stopping"));
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

int fail(const QString &message)
{
    RequestLog::event(QStringLiteral("fatal"), {{QStringLiteral("error"), message}}, QStringLiteral("error"));
    return 1;
}

bool parseListen(const QString &text, ServerOptions *options)
{
    const QUrl url(QStringLiteral("http://") + text);
    if (!url.isValid() || url.host().isEmpty() || url.port() < 0)
        return false;
    const QHostAddress address(url.host());
    if (address.isNull())
        return false;
    options->listenAddress = address;
    options->listenPort = quint16(url.port());
    return true;
}

/// @p queues: comma-separated queue names; nullopt keeps an existing agent's queues (none for a new one).
int addAgent(QSqlDatabase db, SqlDialect dialect, const QString &username, const QString &roleName,
             const QString &displayName, const QString &language,
             const std::optional<QString> &queues)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!usernamePattern.match(username).hasMatch())
        return fail(QStringLiteral("--add-agent: a user name is 1-64 letters, digits and . _ @ -"));
    const std::optional<Agent::Role> role = JsonCodec::roleFromName(roleName);
    if (!role)
        return fail(QStringLiteral("--role must be agent or supervisor"));
    if (displayName.trimmed().isEmpty())
        return fail(QStringLiteral("--display-name is required with --add-agent"));
    QStringList queueNames;
    for (const QString &queue : queues.value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!AgentDirectory::isQueueName(queue.trimmed()))
            return fail(QStringLiteral("--queues: %1 is not a queue name (a-z, then a-z, 0-9 or _; at most 40)")
                            .arg(queue.trimmed().left(60)));
        queueNames << queue.trimmed();
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.size() < 8)
        return fail(QStringLiteral("give the password (at least 8 characters) on standard input, one line"));
    QString error;
    const QByteArray hash = PasswordHasher::hash(password.toUtf8(), &error);
    if (hash.isEmpty())
        return fail(error);
    AgentStore agents(db, dialect);
    DbTransaction transaction(db, dialect);
    qint64 id = 0;
    if (!agents.upsertAgent(username, displayName.trimmed(), *role, hash, language, &id, &error))
        return fail(QStringLiteral("cannot save the agent: %1").arg(error));
    if (queues && !AgentDirectory(db, dialect).setQueues(username, queueNames, &error))
        return fail(QStringLiteral("cannot save the agent's queues: %1").arg(error));
    AuditEntry entry;
    entry.agent = QStringLiteral("system");
    entry.action = QStringLiteral("agent.saved");
    entry.subject = QStringLiteral("agent:") + username;
    entry.details = {{QStringLiteral("agentId"), id}, {QStringLiteral("role"), roleName}};
    if (queues)
        entry.details.insert(QStringLiteral("queues"), QJsonArray::fromStringList(queueNames));
    ServerAuditLog audit(db, dialect);
    if (!audit.append(entry, 0, 0, &error) || !transaction.commit())
        return fail(QStringLiteral("cannot save the agent: %1").arg(error.isEmpty() ? transaction.lastError() : error));
    RequestLog::event(QStringLiteral("agent_saved"), {{QStringLiteral("agent"), username},
                                                       {QStringLiteral("id"), id},
                                                       {QStringLiteral("role"), roleName}});
    return 0;
}

int importDemo(QSqlDatabase db, SqlDialect dialect, const QString &path, const QString &password)
{
    if (password.size() < 8)
        return fail(QStringLiteral("--import-sqlite needs --demo-password of at least 8 characters"));
    DemoImporter importer(db, dialect);
    DemoImporter::Counts counts;
    QString error;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    const bool ok = importer.run(
        path, password.toUtf8(), &counts,
        [&](const QString &table, qint64 done) {
            if (timer.elapsed() - lastReport < 2000)
                return;
            lastReport = timer.elapsed();
            RequestLog::event(QStringLiteral("import_progress"), {{QStringLiteral("table"), table},
                                                                  {QStringLiteral("rows"), done}});
        },
        &error);
    if (!ok)
        return fail(QStringLiteral("import failed: %1").arg(error));
    RequestLog::event(QStringLiteral("import_done"), {{QStringLiteral("customers"), counts.customers},
                                                      {QStringLiteral("accounts"), counts.accounts},
                                                      {QStringLiteral("cards"), counts.cards},
                                                      {QStringLiteral("transactions"), counts.transactions},
                                                      {QStringLiteral("conversations"), counts.conversations},
                                                      {QStringLiteral("messages"), counts.messages},
                                                      {QStringLiteral("attachmentFiles"), counts.attachmentBytes},
                                                      {QStringLiteral("alerts"), counts.alerts},
                                                      {QStringLiteral("agents"), counts.agents},
                                                      {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    return 0;
}

/// Expired sessions and idempotency keys past their keeping time go, at start and hourly.
void purge(QSqlDatabase db, SqlDialect dialect, const ServerOptions &options)
{
    QString error;
    const QDateTime now = SqlValues::now();
    AgentStore agents(db, dialect);
    const int sessions = agents.purgeExpiredSessions(now, &error);
    IdempotencyStore keys(db, dialect);
    const int purgedKeys = keys.purgeOlderThan(now.addDays(-options.idempotencyKeepDays), &error);
    RequestLog::event(QStringLiteral("purged"), {{QStringLiteral("sessions"), sessions},
                                                 {QStringLiteral("idempotencyKeys"), purgedKeys},
                                                 {QStringLiteral("error"), error}},
                      error.isEmpty() ? QStringLiteral("info") : QStringLiteral("warning"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carddesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDDESK_VERSION));
    RequestLog::installMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The CardDesk API server (docs/api/openapi.yaml)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("postgresql://user@host:port/dbname (password from PGPASSWORD or ~/.pgpass) or sqlite:/path."),
        QStringLiteral("url"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address and port, e.g. 127.0.0.1:8080 (port 0: any free)."),
                                          QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."),
                                        QStringLiteral("file"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."),
                                       QStringLiteral("file"));
    const QCommandLineOption ttlOption(QStringLiteral("token-ttl"),
                                       QStringLiteral("Seconds a sign-in lasts (default 28800)."),
                                       QStringLiteral("seconds"), QStringLiteral("28800"));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
                                           QStringLiteral("Database worker threads (default 6)."),
                                           QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption migrateOption(QStringLiteral("migrate-only"),
                                           QStringLiteral("Apply the schema migrations and exit."));
    const QCommandLineOption addAgentOption(QStringLiteral("add-agent"),
                                            QStringLiteral("Create or update an agent (password on stdin) and exit."),
                                            QStringLiteral("username"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("agent or supervisor."),
                                        QStringLiteral("role"), QStringLiteral("agent"));
    const QCommandLineOption displayNameOption(QStringLiteral("display-name"),
                                               QStringLiteral("The agent's name as colleagues see it."),
                                               QStringLiteral("name"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("The agent's language: fi, sv, nb or en."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption queuesOption(QStringLiteral("queues"),
                                          QStringLiteral("With --add-agent: the queues the agent works, e.g. "
                                                         "cards,general (an existing agent keeps theirs without it)."),
                                          QStringLiteral("names"));
    const QCommandLineOption importOption(QStringLiteral("import-sqlite"),
                                          QStringLiteral("Copy a console demo database (carddesk --seed-demo) and "
                                                         "exit."),
                                          QStringLiteral("path"));
    const QCommandLineOption demoPasswordOption(QStringLiteral("demo-password"),
                                                QStringLiteral("Password of the demo agents made by --import-sqlite."),
                                                QStringLiteral("password"));
    parser.addOptions({databaseOption, listenOption, certOption, keyOption, ttlOption, workersOption, migrateOption,
                       addAgentOption, roleOption, displayNameOption, languageOption, queuesOption, importOption,
                       demoPasswordOption});
    parser.process(app);

    if (!PasswordHasher::initialize())
        return fail(QStringLiteral("libsodium could not start"));
    if (!parser.isSet(databaseOption))
        return fail(QStringLiteral("--database is required (postgresql://user@host:port/dbname or sqlite:/path)"));
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(parser.value(databaseOption), &error);
    if (!url)
        return fail(error);

    ServerOptions options;
    if (!parseListen(parser.value(listenOption), &options))
        return fail(QStringLiteral("--listen must be host:port, e.g. 127.0.0.1:8080"));
    bool ok = false;
    options.tokenTtlSeconds = parser.value(ttlOption).toInt(&ok);
    if (!ok || options.tokenTtlSeconds < 1)
        return fail(QStringLiteral("--token-ttl must be a number of seconds above 0"));
    options.workers = parser.value(workersOption).toInt(&ok);
    if (!ok || options.workers < 1 || options.workers > 64)
        return fail(QStringLiteral("--workers must be 1 to 64"));
    options.tlsCertificate = parser.value(certOption);
    options.tlsKey = parser.value(keyOption);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));

    // Set-up work on a connection of the main thread: migrations, admin commands, purges.
    const QString setupName = QStringLiteral("carddesk-setup");
    int status = 0;
    {
        QSqlDatabase setup = url->open(setupName, &error);
        if (!setup.isValid())
            return fail(error);
        QStringList applied;
        SchemaMigrator migrator(setup, url->dialect());
        if (!migrator.migrate(&applied, &error))
            return fail(error);
        RequestLog::event(QStringLiteral("migrated"), {{QStringLiteral("database"), url->redacted()},
                                                       {QStringLiteral("applied"), QJsonArray::fromStringList(applied)}});
        if (parser.isSet(migrateOption)) {
            status = 0;
        } else if (parser.isSet(addAgentOption)) {
            status = addAgent(setup, url->dialect(), parser.value(addAgentOption), parser.value(roleOption),
                              parser.value(displayNameOption), parser.value(languageOption),
                              parser.isSet(queuesOption) ? std::optional(parser.value(queuesOption))
                                                         : std::nullopt);
        } else if (parser.isSet(importOption)) {
            status = importDemo(setup, url->dialect(), parser.value(importOption), parser.value(demoPasswordOption));
        } else {
            purge(setup, url->dialect(), options);
            status = -1;   // serve
        }
        setup.close();
    }
    QSqlDatabase::removeDatabase(setupName);
    if (status >= 0)
        return status;

    ConnectionPool pool(*url, options.workers);
    ApiServer server(&pool, options);
    SessionApi::addRoutes(server.router());
    CustomerApi::addRoutes(server.router());
    CardApi::addRoutes(server.router());
    CardCommandApi::addRoutes(server.router());
    ConversationApi::addRoutes(server.router());
    FeedApi::addRoutes(server.router());
    AuditApi::addRoutes(server.router());
    AgentApi::addRoutes(server.router());
    SupervisionApi::addRoutes(server.router());
    WorkflowApi::addRoutes(server.router());
    AlertApi::addRoutes(server.router());

    EventHub events(*url);
    if (!events.start(&error))
        return fail(QStringLiteral("live updates: %1").arg(error));
    events.attach(&server);
    server.setEventHub(&events);
    server.setChangesCommitted([&events](qint64 cursor) {
        QMetaObject::invokeMethod(&events, [&events, cursor] { events.publish(cursor); }, Qt::QueuedConnection);
    });

    if (!options.tlsCertificate.isEmpty()) {
        QFile certFile(options.tlsCertificate);
        QFile keyFile(options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read --tls-cert or --tls-key"));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return fail(QStringLiteral("--tls-cert/--tls-key: not a PEM certificate and RSA or EC key"));
        server.sslSetup(certificate, key, QSsl::TlsV1_2OrLater);
    }

    const quint16 port = server.listen(options.listenAddress, options.listenPort);
    if (port == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(options.listenAddress.toString()).arg(options.listenPort));
    RequestLog::event(QStringLiteral("listening"), {{QStringLiteral("port"), int(port)},
                                                    {QStringLiteral("address"), options.listenAddress.toString()},
                                                    {QStringLiteral("tls"), !options.tlsCertificate.isEmpty()},
                                                    {QStringLiteral("database"), url->redacted()},
                                                    {QStringLiteral("workers"), options.workers}});

    QTimer hourly;
    hourly.setInterval(60 * 60 * 1000);
    QObject::connect(&hourly, &QTimer::timeout, &app, [&pool, options] {
        pool.run([&pool, options] {
            QString error;
            QSqlDatabase db = pool.connection(&error);
            if (db.isValid())
                purge(db, pool.dialect(), options);
        });
    });
    hourly.start();

    quitOnSignals(&app);
    const int result = app.exec();
    events.shutdown();
    QCoreApplication::processEvents();
    RequestLog::event(QStringLiteral("stopped"));
    return result;
}

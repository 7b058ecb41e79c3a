#include "remotetestserver.h"

#include "mail/attachmentstore.h"
#include "storage/database.h"
#include "storage/demodatagenerator.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

RemoteTestServer::RemoteTestServer() = default;

RemoteTestServer::~RemoteTestServer()
{
    m_server.reset();
    m_cluster.reset();
}

QString RemoteTestServer::password()
{
    return QStringLiteral("demo-password-42");
}

bool RemoteTestServer::start(const Options &options, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return false;
    }
    m_cluster = std::make_unique<PostgresCluster>();
    if (!m_cluster->start(error) || !m_cluster->createDatabase(QStringLiteral("carddesk"), error)) {
        *error = QStringLiteral("PostgreSQL for the test: ") + *error;
        return false;
    }
    m_databaseUrl = m_cluster->url(QStringLiteral("carddesk"));

    m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    {
        Database demo(QStringLiteral("remotetestserver-demo"));
        const OpenResult opened = demo.open(m_demoPath);
        if (!opened.ok()) {
            *error = opened.message;
            return false;
        }
        DemoDataGenerator::Options generate;
        generate.customers = options.customers;
        generate.referenceDate = QDate::currentDate();
        generate.conversations = options.conversations;
        // Receipts and statements beside the file, where the import looks for them.
        const QString attachments = QFileInfo(m_demoPath).absoluteDir().filePath(QStringLiteral("attachments"));
        generate.storeAttachment = [attachments](const QByteArray &bytes) {
            const AttachmentStore::Stored stored = AttachmentStore(attachments).storeBytes(bytes);
            return stored.ok ? stored.sha256 : QByteArray();
        };
        DemoDataGenerator generator(generate);
        if (!generator.generate(demo.connection(), {}, error))
            return false;
        demo.close();
    }
    QProcess import;
    import.setProcessChannelMode(QProcess::MergedChannels);
    import.start(binary(), {QStringLiteral("--database"), m_databaseUrl, QStringLiteral("--import-sqlite"), m_demoPath,
                            QStringLiteral("--demo-password"), password()});
    if (!import.waitForFinished(180000) || import.exitCode() != 0) {
        *error = QStringLiteral("the import failed: ") + QString::fromUtf8(import.readAll().right(2000));
        return false;
    }
    m_port = PostgresCluster::freePort();
    if (m_port <= 0) {
        *error = QStringLiteral("no free port");
        return false;
    }
    return startServer(error);
}

void RemoteTestServer::stopServer()
{
    if (m_server)
        m_server->stop();
}

bool RemoteTestServer::startServer(QString *error)
{
    if (!m_server)
        m_server = std::make_unique<ServerProcess>(binary());
    return m_server->start({QStringLiteral("--database"), m_databaseUrl}, error, m_port);
}

int RemoteTestServer::port() const
{
    return m_port;
}

QUrl RemoteTestServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString RemoteTestServer::databaseUrl() const
{
    return m_databaseUrl;
}

QString RemoteTestServer::binary() const
{
    return QStringLiteral(CARDDESK_SERVER_BINARY);
}

QString RemoteTestServer::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

QList<QVariantList> RemoteTestServer::demoRows(const QString &sql, QString *error) const
{
    QList<QVariantList> rows;
    Database demo(QStringLiteral("remotetestserver-rows"));
    const OpenResult opened = demo.open(m_demoPath);
    if (!opened.ok()) {
        if (error)
            *error = opened.message;
        return rows;
    }
    {
        QSqlQuery query(demo.connection());
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i));
            rows.append(row);
        }
    }
    demo.close();
    return rows;
}

QString RemoteTestServer::signIn(const QString &username)
{
    QNetworkRequest request(QUrl(url().toString() + QStringLiteral("/v1/sessions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                           {QStringLiteral("password"), password()}})
                     .toJson(QJsonDocument::Compact));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        qWarning("no answer from the server in 15 s");
    const QString token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token")).toString();
    reply->deleteLater();
    return token;
}

int RemoteTestServer::signOut(const QString &token)
{
    QNetworkRequest request(QUrl(url().toString() + QStringLiteral("/v1/sessions/current")));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network.deleteResource(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        qWarning("no answer from the server in 15 s");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QJsonObject RemoteTestServer::get(const QString &path, const QString &token, int *status)
{
    QNetworkRequest request(QUrl(url().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        qWarning("no answer from the server in 15 s");
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    // GET /v1/cards/{id} answers {card, events, …}: the card itself.
    return body.contains(QStringLiteral("card")) ? body.value(QStringLiteral("card")).toObject() : body;
}

#pragma once

#include "postgrescluster.h"
#include "serverprocess.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <memory>

/// @short carddesk-server on a throwaway PostgreSQL with the console's demo data, for end-to-end tests.
///
/// start() makes the demo data with the console's own generator into a
/// SQLite file, imports it as `carddesk-server --import-sqlite` does (every
/// demo agent gets password()), and starts the server on a fixed free port,
/// so that stop() and start() again bring it back where clients expect it.
/// Everything is removed by the destructor.
class RemoteTestServer
{
public:
    struct Options
    {
        int customers = 200;
        int conversations = 60;
    };

    RemoteTestServer();
    ~RemoteTestServer();

    bool start(const Options &options, QString *error);
    /// The server process only (the database stays).
    void stopServer();
    bool startServer(QString *error);

    static QString password();
    int port() const;
    QUrl url() const;
    QString databaseUrl() const;
    QString binary() const;
    /// A path in the fixture's temporary folder.
    QString filePath(const QString &name) const;

    /// The demo SQLite file the server was seeded from (local mode's truth for the same data).
    QString demoPath() const { return m_demoPath; }
    /// Rows of @p sql run on the demo SQLite file the server was seeded from.
    QList<QVariantList> demoRows(const QString &sql, QString *error = nullptr) const;

    /// A bearer token of @p username; empty if the sign-in failed.
    QString signIn(const QString &username);
    /// DELETE /v1/sessions/current with @p token (its session ends); the HTTP status.
    int signOut(const QString &token);
    /// GET @p path with @p token straight from the server (not through any proxy).
    QJsonObject get(const QString &path, const QString &token, int *status = nullptr);

private:
    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    QString m_databaseUrl;
    QString m_demoPath;
    int m_port = 0;
    QNetworkAccessManager m_network;
};

#pragma once

#include "serverreply.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>

class ContractProxy;
class PostgresCluster;
class QNetworkReply;
class ServerProcess;

/// @short One carddesk-server under test, its database and the agents signed in to it.
struct ServerDesk
{
    ServerDesk();
    ServerDesk(ServerDesk &&) noexcept;
    ~ServerDesk();

    /// Where requests go: Prism's port in the contract run, else the server's.
    int port() const;

    QString dialect;                        ///< "postgresql" or "sqlite"
    QString databaseUrl;                    ///< carddesk-server --database
    QString databaseName;                   ///< PostgreSQL: the database in the test's cluster
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<ContractProxy> proxy;   ///< the contract run: Prism in front of the server
    QHash<QString, QString> tokens;         ///< user name -> bearer token
};

/// @short The server tests' fixture: carddesk-server on a throwaway PostgreSQL and on SQLite.
///
/// One desk per dialect, each a server over its own database; server commands
/// (--import-sqlite, --add-agent), sign-in, direct SQL behind the API's back,
/// and requests straight to the server or, in a contract run
/// (CARDDESK_CONTRACT_PROXY and CARDDESK_CONTRACT_SPEC set), through Prism,
/// whose complaints about the answers are collected for the test to fail on.
class ServerTestHarness
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    ServerTestHarness();
    ~ServerTestHarness();

    /// The data rows "postgresql" and "sqlite" of a QString column "dialect".
    static void dialects();

    /// Reads the contract run's settings; false with *error when they are set but unusable.
    bool readContractSettings(QString *error);
    QString contractSpec() const;

    /// Starts PostgreSQL with the database @p name and sets up a desk per
    /// dialect (SQLite: the file @p name.db in @p directory); no server yet.
    bool createDesks(const QString &name, const QString &directory, QString *error);
    ServerDesk &desk(const QString &dialect);
    /// Every desk, by dialect.
    std::map<QString, ServerDesk> &desks();
    /// The desk of the running test function's data tag.
    ServerDesk &currentDesk();
    PostgresCluster &cluster();
    /// Stops the servers, then PostgreSQL.
    void shutDown();

    /// `carddesk-server --database <the desk's> @p arguments` with @p input on stdin, to its end.
    bool runServerCommand(const ServerDesk &desk, const QStringList &arguments, const QByteArray &input,
                          QString *error);
    /// `--import-sqlite @p consoleFile --demo-password @p password`: the console's file and its agents.
    bool importConsole(const ServerDesk &desk, const QString &consoleFile, const QString &password, QString *error);
    /// `--add-agent @p username` with @p role and @p displayName, @p password on stdin, and
    /// `--queues @p queues` unless @p queues is null.
    bool addAgent(const ServerDesk &desk, const QString &username, const QString &role, const QString &displayName,
                  const QString &password, QString *error, const QString &queues = QString());
    /// Starts the desk's server (two workers), and Prism in front of it in the contract run.
    bool startServer(ServerDesk &desk, QString *error);
    /// Signs each of @p usernames in with @p password, keeping their tokens in the desk.
    bool signIn(ServerDesk &desk, const QStringList &usernames, const QString &password, QString *error);

    /// A connection @p name straight to the desk's database (a warning when it does not open).
    QSqlDatabase open(const ServerDesk &desk, const QString &name);
    /// Runs @p statement with @p values on a connection of its own; the rows in *rows when given.
    bool exec(const ServerDesk &desk, const QString &statement, const QVariantList &values, QString *error,
              QList<QVariantList> *rows = nullptr);

    /// Sends a request to the desk with @p token as bearer (none when empty); finish() waits for it.
    QNetworkReply *begin(const ServerDesk &desk, const QByteArray &method, const QString &path, const QString &token,
                         const QByteArray &body = QByteArray(), const Headers &headers = {});
    ServerReply finish(const ServerDesk &desk, QNetworkReply *reply);
    ServerReply send(const ServerDesk &desk, const QByteArray &method, const QString &path, const QString &token,
                     const QByteArray &body = QByteArray(), const Headers &headers = {});

    /// The change feed's cursor now, read page by page from @p since as @p token, and the
    /// changes after @p since in *changes ("" and a warning when a page is refused).
    QString feed(const ServerDesk &desk, const QString &token, const QString &since, QJsonArray *changes = nullptr);

    /// Every answer's body so far.
    const QList<QByteArray> &bodies() const;
    /// What Prism found wrong in the answers since the last call, as a failure message ("" when nothing).
    QString takeContractViolations();

private:
    std::unique_ptr<PostgresCluster> m_cluster;
    std::map<QString, ServerDesk> m_desks;
    QNetworkAccessManager m_network;
    QList<QByteArray> m_bodies;
    QString m_prism;
    QString m_spec;
    QStringList m_violations;
};

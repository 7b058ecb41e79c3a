#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class ApiClient;
class DatabaseWorker;
struct ApiRequest;
struct ApiResult;

/// @short carddesk-bench --sync-bench: a fresh client cache catching up on the server's change feed.
///
/// Measures the console's own code (ApiClient, ChangeFeed, RemoteCache and
/// the storage repositories under them) against a running carddesk-server,
/// from a cursor (--since) to the end of the feed:
///  1. the feed read alone (GET /v1/changes pages, JSON parsed, nothing
///     applied): the floor that network, server and parsing set, and the
///     expectations (which conversations, messages and card versions the
///     cache must hold afterwards);
///  2. a cache primed with the customers whose cards the feed changes (GET
///     /v1/customers/{id} through RemoteCache::storeCustomerView, as when an
///     agent opens them; a card of a customer the cache does not hold is
///     skipped by design, so this makes every card change count), not timed;
///  3. the applier alone on a copy of that cache: the pages of step 1, held
///     in memory, through ChangeFeed::applyPage on the worker (what the
///     client's own work costs, without the network and the server), the
///     cache then checked against the expectations;
///  4. ChangeFeed on another copy, from start() to caughtUp() (network,
///     server and applier together, as a client catching up), checked too;
///  5. the naive baseline on another copy: the same pages, each change
///     applied in a transaction of its own (ChangeFeed::applyPage with one
///     change), for at most --sync-naive-limit changes.
/// Prints one line "SYNC_RESULT {json}" on stdout; returns non-zero when a
/// step failed or the cache does not hold what the feed said.
class SyncBench : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        QString token;
        QString since;            ///< the feed cursor to start from ("" = the beginning)
        QString workDir;          ///< where the caches go (removed at the end)
        int naiveLimit = 10000;   ///< changes for the naive baseline; 0: skip it
        int pageSize = 0;         ///< 0: ChangeFeed::PageSize
        int runs = 1;             ///< ChangeFeed runs (each on a fresh copy); the median is reported
    };

    explicit SyncBench(const Options &options, QObject *parent = nullptr);
    ~SyncBench() override;

    int run();

private:
    struct Page
    {
        QJsonArray changes;
        QString since;
        QString cursor;
    };

    struct Expected
    {
        QList<Page> pages;
        int changes = 0;
        QHash<QString, int> byEntity;
        QSet<qint64> conversations;
        QSet<qint64> messages;
        QHash<qint64, int> cardVersions;     ///< the last version the feed gives each card
        QSet<qint64> cardCustomers;
        qint64 bytes = 0;
        double seconds = 0;
    };

    ApiResult call(const ApiRequest &request);
    bool readFeed(Expected *expected, QString *error);
    bool prime(const QString &path, const QSet<qint64> &customers, QJsonObject *report, QString *error);
    bool openCache(DatabaseWorker *worker, const QString &path, QString *error);
    bool runApplier(const QString &path, const Expected &expected, QJsonObject *report, QString *error);
    bool runChangeFeed(const QString &path, const Expected &expected, QJsonObject *report, QString *error);
    bool runNaive(const QString &path, QJsonObject *report, QString *error);
    bool check(DatabaseWorker *worker, const Expected &expected, QJsonObject *report, QString *error);

    Options m_options;
    ApiClient *m_api = nullptr;
};

#pragma once

#include "sqldialect.h"

#include "domain/jsoncodec.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// @short The change feed: what changed, in commit order, for clients to follow.
///
/// append() runs in the effect's transaction. Sequence numbers must become
/// visible in order, or a reader at cursor N could miss N+1 committed after
/// N+2: on PostgreSQL every appender first takes one transaction-scoped
/// advisory lock (lockAppends), held to commit; SQLite has one writer anyway.
/// The audit log takes the same lock for its chain.
class ChangeFeed
{
public:
    /// One change as stored: its data is the JSON text written at append(),
    /// not parsed (GET /v1/changes sends it on as it is; see FeedApi).
    struct StoredChange
    {
        qint64 seq = 0;
        QString entity;
        qint64 entityId = 0;
        QString op;
        std::optional<int> version;
        QByteArray data;       ///< UTF-8 JSON text; empty when none
        QDateTime at;
    };

    struct Page
    {
        QList<StoredChange> changes;
        qint64 cursor = 0;     ///< the last seq returned, or since when none
        bool hasMore = false;
    };

    ChangeFeed(QSqlDatabase db, SqlDialect dialect);

    /// Orders this transaction's appends after every other's (PostgreSQL).
    static bool lockAppends(QSqlDatabase db, SqlDialect dialect, QString *error);

    /// Appends one change; returns its seq, 0 on error.
    qint64 append(const QString &entity, qint64 entityId, const QString &op, std::optional<int> version,
                  const QJsonObject &data, const QDateTime &at, QString *error);

    /// Tells other server instances (PostgreSQL NOTIFY carddesk_changes, delivered at commit).
    bool notify(qint64 cursor, QString *error);

    /// @short Appends @p changes in order at @p at, in the caller's transaction, and notifies.
    ///
    /// Takes lockAppends() first. Returns the last seq (0 when there was
    /// nothing to append), -1 on error. A command (CommandExecutor) and a
    /// sign-in or sign-out that changes the agent's presence go through here;
    /// after the commit the caller tells this instance's live clients
    /// (RequestContext::changesCommitted).
    qint64 appendAll(const QList<JsonCodec::Change> &changes, const QDateTime &at, QString *error);

    std::optional<Page> read(qint64 since, int limit, QString *error);

    /// The highest seq; 0 for an empty feed, -1 on error.
    qint64 head(QString *error);

    static constexpr const char *NotifyChannel = "carddesk_changes";

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

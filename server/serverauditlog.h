#pragma once

#include "sqldialect.h"

#include "domain/auditentry.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// @short The server's audit log: append-only, chained by SHA-256 (AuditChain).
///
/// append() runs in the caller's transaction, so an entry exists exactly when
/// what it records does. It takes the append lock (ChangeFeed::lockAppends)
/// so that two instances never link to the same predecessor.
class ServerAuditLog
{
public:
    struct Query
    {
        QString agent;
        qint64 customerId = 0;
        qint64 cardId = 0;
        QString action;        ///< exact, or a prefix when it ends in "."
        QDateTime from;        ///< at or after
        QDateTime to;          ///< before
        qint64 beforeSeq = 0;  ///< keyset: older than this; 0 from the newest
        int limit = 50;
    };

    struct Page
    {
        QList<AuditEntry> entries;   ///< newest first
        qint64 nextBeforeSeq = 0;    ///< 0: no more
    };

    ServerAuditLog(QSqlDatabase db, SqlDialect dialect);

    /// Fills in seq, prevHash and hash and inserts; @p customerId and @p
    /// cardId (0: none) index the entry for the filters, outside the hash.
    bool append(AuditEntry &entry, qint64 customerId, qint64 cardId, QString *error);

    std::optional<Page> query(const Query &query, QString *error);

    /// Entries seq >= @p fromSeq in order, for a chain check.
    std::optional<QList<AuditEntry>> range(qint64 fromSeq, int limit, QString *error);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

#pragma once

#include "serverresponse.h"
#include "sqldialect.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

/// @short The first answer to each command, by its Idempotency-Key.
///
/// insert() runs in the command's own transaction, so the effect and its
/// answer commit together: after a crash there is either both or neither,
/// and a retry (also after a restart) gets the stored answer back.
class IdempotencyStore
{
public:
    struct Stored
    {
        qint64 agentId = 0;
        QByteArray fingerprint;
        ServerResponse response;
    };

    IdempotencyStore(QSqlDatabase db, SqlDialect dialect);

    /// Serialises requests with the same key until this transaction ends
    /// (PostgreSQL; SQLite has one writer), so a duplicate arriving while
    /// the first still runs waits and then replays it.
    bool lockKey(const QUuid &key, QString *error);

    /// nullopt with an empty *error: the key is new.
    std::optional<Stored> find(const QUuid &key, QString *error);

    bool insert(const QUuid &key, qint64 agentId, const QByteArray &fingerprint, const ServerResponse &response,
                const QDateTime &at, QString *error);

    int purgeOlderThan(const QDateTime &cutoff, QString *error);

    /// Hex SHA-256 of method, path and body: what makes a repeat "the same request".
    static QByteArray fingerprint(const QByteArray &method, const QString &path, const QByteArray &body);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

#include "idempotencystore.h"

#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

constexpr int KeyLockNamespace = 0x4345;   // "CE"

// The headers worth replaying: the representation's version and location.
const QList<QByteArray> ReplayedHeaders{QByteArrayLiteral("ETag"), QByteArrayLiteral("Location")};

} // namespace

IdempotencyStore::IdempotencyStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QByteArray IdempotencyStore::fingerprint(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(body);
    return hash.result().toHex();
}

bool IdempotencyStore::lockKey(const QUuid &key, QString *error)
{
    if (m_dialect != SqlDialect::PostgreSql)
        return true;
    // 32 bits of the key are plenty: a collision only makes two commands wait for each other.
    const QByteArray bytes = key.toRfc4122();
    const qint32 lockKey = qint32((quint32(quint8(bytes.at(12))) << 24) | (quint32(quint8(bytes.at(13))) << 16)
                                  | (quint32(quint8(bytes.at(14))) << 8) | quint32(quint8(bytes.at(15))));
    QSqlQuery query(m_db);
    return SqlValues::exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"), {KeyLockNamespace, lockKey},
                           error);
}

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(const QUuid &key, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT agent_id, fingerprint, status, response_body, content_type, "
                                        "response_headers FROM idempotency_keys WHERE key = ?"),
                         {key.toString(QUuid::WithoutBraces)}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    Stored stored;
    stored.agentId = query.value(0).toLongLong();
    stored.fingerprint = query.value(1).toString().toLatin1();
    stored.response.status = query.value(2).toInt();
    stored.response.body = query.value(3).toString().toUtf8();
    stored.response.contentType = query.value(4).toString().toLatin1();
    const QJsonObject headers = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        stored.response.setHeader(it.key().toLatin1(), it.value().toString().toLatin1());
    return stored;
}

bool IdempotencyStore::insert(const QUuid &key, qint64 agentId, const QByteArray &fingerprint,
                              const ServerResponse &response, const QDateTime &at, QString *error)
{
    QJsonObject headers;
    for (const QByteArray &name : ReplayedHeaders) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty())
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    QSqlQuery query(m_db);
    return SqlValues::exec(query,
                           QStringLiteral("INSERT INTO idempotency_keys (key, agent_id, fingerprint, status, "
                                          "response_body, content_type, response_headers, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {key.toString(QUuid::WithoutBraces), agentId, QString::fromLatin1(fingerprint),
                            response.status, QString::fromUtf8(response.body), QString::fromLatin1(response.contentType),
                            QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)),
                            SqlValues::time(at)},
                           error);
}

int IdempotencyStore::purgeOlderThan(const QDateTime &cutoff, QString *error)
{
    QSqlQuery query(m_db);
    if (!SqlValues::exec(query, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"),
                         {SqlValues::time(cutoff)}, error))
        return -1;
    return query.numRowsAffected();
}

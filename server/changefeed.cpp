#include "changefeed.h"

#include "sqlvalues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

// pg_advisory_xact_lock(namespace, key) for the feed and the audit chain.
constexpr int AppendLockNamespace = 0x4344;   // "CD"
constexpr int AppendLockKey = 1;

} // namespace

ChangeFeed::ChangeFeed(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

bool ChangeFeed::lockAppends(QSqlDatabase db, SqlDialect dialect, QString *error)
{
    if (dialect != SqlDialect::PostgreSql)
        return true;
    QSqlQuery query(db);
    return SqlValues::exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"),
                           {AppendLockNamespace, AppendLockKey}, error);
}

qint64 ChangeFeed::append(const QString &entity, qint64 entityId, const QString &op, std::optional<int> version,
                          const QJsonObject &data, const QDateTime &at, QString *error)
{
    QSqlQuery query(m_db);
    const QVariant dataValue = data.isEmpty()
        ? QVariant(QMetaType(QMetaType::QString))
        : QVariant(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    const QVariant versionValue = version ? QVariant(*version) : QVariant(QMetaType(QMetaType::Int));
    const QString statement = m_dialect == SqlDialect::PostgreSql
        ? QStringLiteral("INSERT INTO changes (entity, entity_id, op, version, data, at) "
                         "VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?) RETURNING seq")
        : QStringLiteral("INSERT INTO changes (entity, entity_id, op, version, data, at) "
                         "VALUES (?, ?, ?, ?, ?, ?) RETURNING seq");
    if (!SqlValues::exec(query, statement, {entity, entityId, op, versionValue, dataValue, SqlValues::time(at)},
                         error))
        return 0;
    if (!query.next()) {
        *error = QStringLiteral("the change row was not returned");
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 ChangeFeed::appendAll(const QList<JsonCodec::Change> &changes, const QDateTime &at, QString *error)
{
    if (changes.isEmpty())
        return 0;
    if (!lockAppends(m_db, m_dialect, error))
        return -1;
    qint64 lastSeq = 0;
    for (const JsonCodec::Change &change : changes) {
        lastSeq = append(change.entity, change.entityId, change.op, change.version, change.data, at, error);
        if (!lastSeq)
            return -1;
    }
    return notify(lastSeq, error) ? lastSeq : -1;
}

bool ChangeFeed::notify(qint64 cursor, QString *error)
{
    if (m_dialect != SqlDialect::PostgreSql)
        return true;
    QSqlQuery query(m_db);
    return SqlValues::exec(query, QStringLiteral("SELECT pg_notify(?, ?)"),
                           {QString::fromLatin1(NotifyChannel), QString::number(cursor)}, error);
}

std::optional<ChangeFeed::Page> ChangeFeed::read(qint64 since, int limit, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // One row more than asked tells whether there is more.
    const QString statement = m_dialect == SqlDialect::PostgreSql
        ? QStringLiteral("SELECT seq, entity, entity_id, op, version, CAST(data AS text), at FROM changes "
                         "WHERE seq > ? ORDER BY seq LIMIT ?")
        : QStringLiteral("SELECT seq, entity, entity_id, op, version, data, at FROM changes "
                         "WHERE seq > ? ORDER BY seq LIMIT ?");
    if (!SqlValues::exec(query, statement, {since, limit + 1}, error))
        return std::nullopt;
    Page page;
    page.cursor = since;
    page.changes.reserve(limit);
    while (query.next()) {
        if (page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        StoredChange change;
        change.seq = query.value(0).toLongLong();
        change.entity = query.value(1).toString();
        change.entityId = query.value(2).toLongLong();
        change.op = query.value(3).toString();
        if (!query.value(4).isNull())
            change.version = query.value(4).toInt();
        if (!query.value(5).isNull())
            change.data = query.value(5).toString().toUtf8();
        change.at = SqlValues::toTime(query.value(6));
        page.cursor = change.seq;
        page.changes.append(std::move(change));
    }
    return page;
}

qint64 ChangeFeed::head(QString *error)
{
    QSqlQuery query(m_db);
    if (!SqlValues::exec(query, QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes"), {}, error))
        return -1;
    return query.next() ? query.value(0).toLongLong() : 0;
}

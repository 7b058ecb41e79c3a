#include "agentdirectory.h"

#include "sqlvalues.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString Columns = QStringLiteral("id, username, display_name, role, language, queues, presence, presence_since");

QString encodeCursor(const QString &username)
{
    return QString::fromLatin1(
        username.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeCursor(const QString &cursor)
{
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString username = QString::fromUtf8(*decoded);
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!pattern.match(username).hasMatch())
        return std::nullopt;
    return username;
}

} // namespace

AgentDirectory::AgentDirectory(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QStringList AgentDirectory::presenceNames()
{
    return {QStringLiteral("available"), QStringLiteral("busy"), QStringLiteral("away"), QStringLiteral("offline")};
}

bool AgentDirectory::isQueueName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(name).hasMatch();
}

std::optional<QList<JsonCodec::AgentProfile>> AgentDirectory::select(const QString &where, const QVariantList &values,
                                                                     QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM agents WHERE active") + where,
                         values, error))
        return std::nullopt;
    QList<JsonCodec::AgentProfile> agents;
    while (query.next()) {
        JsonCodec::AgentProfile profile;
        profile.id = query.value(0).toLongLong();
        profile.agent.username = query.value(1).toString();
        profile.agent.displayName = query.value(2).toString();
        profile.agent.role = JsonCodec::roleFromName(query.value(3).toString()).value_or(Agent::RoleAgent);
        profile.language = query.value(4).toString();
        profile.queues = query.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        profile.presence = query.value(6).toString();
        profile.presenceSince = SqlValues::toTime(query.value(7));
        agents.append(profile);
    }
    return agents;
}

std::optional<AgentDirectory::Page> AgentDirectory::page(int limit, const QString &after, bool *badCursor,
                                                         QString *error)
{
    *badCursor = false;
    QString where;
    QVariantList values;
    if (!after.isEmpty()) {
        const std::optional<QString> from = decodeCursor(after);
        if (!from) {
            *badCursor = true;
            return std::nullopt;
        }
        where = QStringLiteral(" AND username > ?");
        values << *from;
    }
    where += QStringLiteral(" ORDER BY username LIMIT ?");
    values << limit + 1;
    std::optional<QList<JsonCodec::AgentProfile>> agents = select(where, values, error);
    if (!agents)
        return std::nullopt;
    Page page;
    if (agents->size() > limit) {
        agents->resize(limit);
        page.next = encodeCursor(agents->constLast().agent.username);
    }
    page.agents = std::move(*agents);
    return page;
}

std::optional<QList<JsonCodec::AgentProfile>> AgentDirectory::all(QString *error)
{
    return select(QStringLiteral(" ORDER BY username"), {}, error);
}

std::optional<JsonCodec::AgentProfile> AgentDirectory::profile(qint64 agentId, QString *error)
{
    const std::optional<QList<JsonCodec::AgentProfile>> agents = select(QStringLiteral(" AND id = ?"), {agentId}, error);
    if (!agents)
        return std::nullopt;
    if (agents->isEmpty()) {
        error->clear();
        return std::nullopt;
    }
    return agents->constFirst();
}

bool AgentDirectory::setPresence(qint64 agentId, const QString &presence, const QDateTime &at, QString *error)
{
    QSqlQuery query(m_db);
    return SqlValues::exec(query,
                           QStringLiteral("UPDATE agents SET presence_since = CASE WHEN presence = ? "
                                          "THEN coalesce(presence_since, ?) ELSE ? END, presence = ? WHERE id = ?"),
                           {presence, SqlValues::time(at), SqlValues::time(at), presence, agentId}, error);
}

std::optional<AgentDirectory::PresenceChange> AgentDirectory::changePresence(qint64 agentId, const QString &presence,
                                                                             const QDateTime &at, QString *error)
{
    PresenceChange change;
    const auto read = [this, agentId, error](JsonCodec::AgentProfile *profile) {
        const std::optional<JsonCodec::AgentProfile> found = this->profile(agentId, error);
        if (!found && error->isEmpty())
            *error = QStringLiteral("agent %1 vanished").arg(agentId);
        if (found)
            *profile = *found;
        return found.has_value();
    };
    if (!read(&change.before) || !setPresence(agentId, presence, at, error) || !read(&change.after))
        return std::nullopt;
    change.change.entity = QStringLiteral("agent");
    change.change.entityId = change.after.id;
    change.change.op = QStringLiteral("upsert");
    change.change.data = JsonCodec::toJson(change.after);
    return change;
}

bool AgentDirectory::setQueues(const QString &username, const QStringList &queues, QString *error)
{
    QStringList kept;
    for (const QString &queue : queues) {
        if (!isQueueName(queue)) {
            *error = QStringLiteral("%1 is not a queue name (a-z, then a-z, 0-9 or _; at most 40)").arg(queue.left(60));
            return false;
        }
        if (!kept.contains(queue))
            kept << queue;
    }
    // No queues is the empty text, never NULL: QStringList::join() of an empty
    // list is a null QString, which Qt's SQLite driver binds as NULL (the
    // column is NOT NULL) while the PostgreSQL path sends ''.
    QString joined = kept.join(QLatin1Char(' '));
    if (joined.isNull())
        joined = QStringLiteral("");
    QSqlQuery query(m_db);
    if (!SqlValues::exec(query, QStringLiteral("UPDATE agents SET queues = ? WHERE username = ?"),
                         {joined, username}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        error->clear();
        return false;
    }
    return true;
}

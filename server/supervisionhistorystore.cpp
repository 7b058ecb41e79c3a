#include "supervisionhistorystore.h"

#include "conversationstore.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace {

using namespace ConversationNames;
using JsonCodec::CardOutcomeRecord;

const QStringList EntityNames{QStringLiteral("conversation"), QStringLiteral("csat_request"),
                              QStringLiteral("csat_answer"), QStringLiteral("card_outcome")};

/// Where a page starts: after the row of part @c part at (@c at, @c id).
/// The start of a part is (from, 0): ids are positive.
struct Key
{
    int part = 0;
    QDateTime at;
    qint64 id = 0;
};

/// One part of a history: the rows of one index in (time, id) order.
/// The statement is "SELECT <columns>, <time>, <id> FROM ... WHERE <where>
/// AND <time> >= from AND (<time>, <id>) > key ORDER BY <time>, <id> LIMIT n":
/// the plain >= lets either database take the index (PostgreSQL proves a
/// partial index's NOT NULL from it, not from the row comparison).
struct Part
{
    QString select;          ///< "SELECT <columns>, <time>, <id> FROM ... WHERE"
    QString where;           ///< the part's own conditions, "?" bound to @c values
    QVariantList values;
    QString time;            ///< the key's time column
    QString id;              ///< the key's id column
};

/// Reads one row of a part (its @p part index given) into an item.
using RowReader = std::function<QJsonObject(const QSqlQuery &query, int part)>;

// --- cursors: base64url of {"e": entity, "p": part, "t": time, "i": id} -------------------

QString encodeCursor(SupervisionHistoryStore::Entity entity, const Key &key)
{
    const QJsonObject object{{QStringLiteral("e"), SupervisionHistoryStore::entityName(entity)},
                             {QStringLiteral("p"), key.part},
                             {QStringLiteral("t"), SqlValues::time(key.at).toString()},
                             {QStringLiteral("i"), key.id}};
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The key in @p cursor; nullopt when it is not a cursor of @p entity's @p parts parts.
std::optional<Key> decodeCursor(const QString &cursor, SupervisionHistoryStore::Entity entity, int parts)
{
    const auto bytes = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*bytes).object();
    Key key;
    key.part = object.value(QStringLiteral("p")).toInt(-1);
    key.id = object.value(QStringLiteral("i")).toInteger(-1);
    const std::optional<QDateTime> at = JsonCodec::parseTimestamp(object.value(QStringLiteral("t")).toString());
    if (object.value(QStringLiteral("e")).toString() != SupervisionHistoryStore::entityName(entity) || key.part < 0
        || key.part >= parts || key.id < 0 || !at)
        return std::nullopt;
    key.at = *at;
    return key;
}

/// One page of @p parts from @p start: each part's rows in its order, the
/// next part's when one ends, until the page is full.
std::optional<SupervisionHistoryStore::Page> readParts(QSqlDatabase db, SupervisionHistoryStore::Entity entity,
                                                  const QList<Part> &parts, const RowReader &read, Key key,
                                                  const QDateTime &from, int limit, QString *error)
{
    SupervisionHistoryStore::Page page;
    const QVariant fromValue = SqlValues::time(from);
    for (int p = key.part; p < parts.size(); ++p) {
        if (p != key.part)
            key = {p, from, 0};
        const Part &part = parts.at(p);
        // One row more than the page needs tells whether there is more.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString statement = QStringLiteral("%1 %2 AND %3 >= ? AND (%3, %4) > (?, ?) ORDER BY %3, %4 LIMIT ?")
                                      .arg(part.select, part.where, part.time, part.id);
        if (!SqlValues::exec(q, statement,
                             QVariantList(part.values)
                                 << fromValue << SqlValues::time(key.at) << key.id
                                 << limit - int(page.items.size()) + 1,
                             error))
            return std::nullopt;
        const int keyColumn = q.record().count() - 2;   // the key's time, then its id
        while (q.next()) {
            if (page.items.size() == limit) {
                page.next = encodeCursor(entity, key);
                return page;
            }
            page.items.append(read(q, p));
            key.at = SqlValues::toTime(q.value(keyColumn));
            key.id = q.value(keyColumn + 1).toLongLong();
        }
    }
    return page;
}

} // namespace

SupervisionHistoryStore::SupervisionHistoryStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QStringList SupervisionHistoryStore::entityNames()
{
    return EntityNames;
}

QString SupervisionHistoryStore::entityName(Entity entity)
{
    return EntityNames.at(int(entity));
}

std::optional<SupervisionHistoryStore::Entity> SupervisionHistoryStore::entityFromName(const QString &name)
{
    const int index = EntityNames.indexOf(name);
    if (index < 0)
        return std::nullopt;
    return Entity(index);
}

JsonCodec::Change SupervisionHistoryStore::change(const JsonCodec::CsatRequestRecord &request)
{
    return {0, entityName(Entity::CsatRequest), request.id, QStringLiteral("upsert"), std::nullopt,
            JsonCodec::toJson(request), {}};
}

JsonCodec::Change SupervisionHistoryStore::change(const JsonCodec::CsatAnswerRecord &answer)
{
    return {0, entityName(Entity::CsatAnswer), answer.id, QStringLiteral("upsert"), std::nullopt,
            JsonCodec::toJson(answer), {}};
}

JsonCodec::Change SupervisionHistoryStore::change(const JsonCodec::CardOutcomeRecord &outcome)
{
    return {0, entityName(Entity::CardOutcome), outcome.id, QStringLiteral("upsert"), std::nullopt,
            JsonCodec::toJson(outcome), {}};
}

std::optional<SupervisionHistoryStore::Page> SupervisionHistoryStore::read(Entity entity, const QDateTime &from,
                                                                 const QDateTime &to, const QString &after, int limit,
                                                                 bool *badCursor, QString *error)
{
    const QVariant fromValue = SqlValues::time(from);
    const QVariant toValue = SqlValues::time(to);
    QList<Part> parts;
    RowReader read;
    switch (entity) {
    case Entity::Conversation: {
        // Came in during the period; came in before it and first answered
        // at or after its start; came in and answered before it (or never
        // answered) and resolved at or after its start. Disjoint, and together
        // every conversation that came in before the end and came in, was
        // answered or was resolved at or after the start (first_responded_at
        // and resolved_at never precede created_at).
        const QString select = QStringLiteral("SELECT ") + ConversationStore::summaryColumns()
                               + QStringLiteral(", %1, c.id") + ConversationStore::fromConversations()
                               + QStringLiteral(" WHERE");
        parts = {{select.arg(QStringLiteral("c.created_at")), QStringLiteral("c.created_at < ?"), {toValue},
                  QStringLiteral("c.created_at"), QStringLiteral("c.id")},
                 {select.arg(QStringLiteral("c.first_responded_at")), QStringLiteral("c.created_at < ?"), {fromValue},
                  QStringLiteral("c.first_responded_at"), QStringLiteral("c.id")},
                 {select.arg(QStringLiteral("c.resolved_at")),
                  QStringLiteral("c.created_at < ? AND (c.first_responded_at IS NULL OR c.first_responded_at < ?)"),
                  {fromValue, fromValue}, QStringLiteral("c.resolved_at"), QStringLiteral("c.id")}};
        read = [](const QSqlQuery &q, int) { return JsonCodec::toJson(ConversationStore::readRecord(q).conversation); };
        break;
    }
    case Entity::CsatRequest:
        parts = {{QStringLiteral("SELECT id, conversation_id, agent, channel, sent_at, sent_at, id "
                                 "FROM satisfaction_requests WHERE"),
                  QStringLiteral("sent_at < ?"), {toValue}, QStringLiteral("sent_at"), QStringLiteral("id")}};
        read = [](const QSqlQuery &q, int) {
            JsonCodec::CsatRequestRecord request;
            request.id = q.value(0).toLongLong();
            request.conversationId = q.value(1).toLongLong();
            request.agent = q.value(2).toString();
            request.channel = channelFromName(q.value(3).toString());
            request.sentAt = SqlValues::toTime(q.value(4));
            return JsonCodec::toJson(request);
        };
        break;
    case Entity::CsatAnswer:
        // For its survey's agent and channel as the answer recorded them
        // (SatisfactionStore::recordAnswer), or, for one stored before, as
        // its survey has them; the conversation's channel when neither does.
        parts = {{QStringLiteral("SELECT s.id, s.conversation_id, coalesce(s.agent, r.agent), "
                                 "coalesce(s.channel, r.channel, c.channel), s.score, s.answered_at, s.answered_at, "
                                 "s.id FROM satisfaction_responses s "
                                 "JOIN conversations c ON c.id = s.conversation_id "
                                 "LEFT JOIN satisfaction_requests r ON r.conversation_id = s.conversation_id WHERE"),
                  QStringLiteral("s.answered_at < ?"), {toValue}, QStringLiteral("s.answered_at"),
                  QStringLiteral("s.id")}};
        read = [](const QSqlQuery &q, int) {
            JsonCodec::CsatAnswerRecord answer;
            answer.id = q.value(0).toLongLong();
            answer.conversationId = q.value(1).toLongLong();
            answer.agent = q.value(2).toString();
            answer.channel = channelFromName(q.value(3).toString());
            answer.score = q.value(4).toInt();
            answer.answeredAt = SqlValues::toTime(q.value(5));
            return JsonCodec::toJson(answer);
        };
        break;
    case Entity::CardOutcome:
        // Each kind from its partial index (migration 12); the kind is the part.
        parts = {{QStringLiteral("SELECT id, card_id, at, at, id FROM card_events WHERE to_state = 'locked' AND"),
                  QStringLiteral("at < ?"), {toValue}, QStringLiteral("at"), QStringLiteral("id")},
                 {QStringLiteral("SELECT id, card_id, requested_at, requested_at, id FROM card_orders "
                                 "WHERE kind = 'replacement' AND"),
                  QStringLiteral("requested_at < ?"), {toValue}, QStringLiteral("requested_at"), QStringLiteral("id")},
                 {QStringLiteral("SELECT id, card_id, opened_at, opened_at, id FROM disputes WHERE"),
                  QStringLiteral("opened_at < ?"), {toValue}, QStringLiteral("opened_at"), QStringLiteral("id")}};
        read = [](const QSqlQuery &q, int part) {
            static constexpr CardOutcomeRecord::Kind Kinds[] = {CardOutcomeRecord::Lock, CardOutcomeRecord::Replacement,
                                                                CardOutcomeRecord::Dispute};
            return JsonCodec::toJson(CardOutcomeRecord{Kinds[part], q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                       SqlValues::toTime(q.value(2))});
        };
        break;
    }

    *badCursor = false;
    Key start{0, from, 0};
    if (!after.isEmpty()) {
        const std::optional<Key> key = decodeCursor(after, entity, int(parts.size()));
        if (!key) {
            *badCursor = true;
            return std::nullopt;
        }
        start = *key;
    }
    return readParts(m_db, entity, parts, read, start, from, limit, error);
}

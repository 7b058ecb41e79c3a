#pragma once

#include "sqldialect.h"

#include "domain/jsoncodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// @short What a supervisor's console measures with, from before it joined:
/// GET /v1/supervision/history, and the change-feed entries that keep it up.
///
/// Four histories, each read page by page over a period [from, to):
/// - conversation: every conversation that came in before @c to and came in,
///   had its first answer, or was resolved at or after @c from (the
///   Conversation JSON of GET /v1/conversations/{id}, with its SLA times);
/// - csat_request: the satisfaction surveys sent in the period;
/// - csat_answer: their answers given in the period, each against its
///   survey's agent and channel (the conversation's channel for an answer
///   stored before surveys were kept);
/// - card_outcome: cards locked (card_events to locked), replacements ordered
///   (card_orders of kind replacement; the card is the new one ordered) and
///   disputes opened in the period.
/// Each history is read in parts, each part a keyset walk of one index in
/// (time, id) order from the start of the period, stopped by LIMIT:
/// conversations that came in during the period (created_at), then those
/// that came in before it and had their first answer at or after its start
/// (first_responded_at), then those that came in before it, were answered
/// before it (or never) and were resolved at or after its start
/// (resolved_at); card outcomes lock, replacement, dispute, each by its
/// time; surveys by sent_at, answers by answered_at. The cursor holds the
/// last row's part, time and id, so that paging neither skips nor repeats a
/// row (one written meanwhile comes on a later page or only in the change
/// feed; a conversation reopened and resolved again meanwhile may come
/// twice, as it is now). A page fills from the next part when one ends: an index
/// walk to a part's end happens once per part however the pages fall, so a
/// page costs its rows plus at most that (migration 12 gives each part its
/// index, the period's bounds checked in the index).
///
/// The same facts reach a console that follows the change feed: the commands
/// that write them append change() in their own transaction (entities
/// csat_request, csat_answer, card_outcome; op upsert; no version; the id is
/// the row's in its own table, so an outcome is known by kind and id).
class SupervisionHistoryStore
{
public:
    enum class Entity {
        Conversation,
        CsatRequest,
        CsatAnswer,
        CardOutcome
    };

    /// The longest period a request may ask for, in days.
    static constexpr int MaxDays = 400;
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 1000;

    struct Page
    {
        QJsonArray items;
        QString next;   ///< opaque cursor; empty when this was the last page
    };

    SupervisionHistoryStore(QSqlDatabase db, SqlDialect dialect);

    /// "conversation", "csat_request", "csat_answer", "card_outcome", in Entity order.
    static QStringList entityNames();
    static QString entityName(Entity entity);
    static std::optional<Entity> entityFromName(const QString &name);

    /// One page of @p entity's history over [@p from, @p to) after the
    /// cursor @p after (empty: from the start). nullopt: *error, or
    /// *badCursor when @p after is not a cursor of this entity's history.
    std::optional<Page> read(Entity entity, const QDateTime &from, const QDateTime &to, const QString &after,
                             int limit, bool *badCursor, QString *error);

    /// The change-feed entries (op upsert, no version) for a survey sent, an
    /// answer recorded and a card outcome.
    static JsonCodec::Change change(const JsonCodec::CsatRequestRecord &request);
    static JsonCodec::Change change(const JsonCodec::CsatAnswerRecord &answer);
    static JsonCodec::Change change(const JsonCodec::CardOutcomeRecord &outcome);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

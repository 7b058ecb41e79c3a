#include "satisfactionstore.h"

#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace ConversationNames;
using SatisfactionSurvey::Skip;

SatisfactionStore::SatisfactionStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

std::optional<Skip> SatisfactionStore::surveyOnResolution(const ConversationSummary &before, ConversationStatus to,
                                                          const QString &resolver, const QDateTime &now,
                                                          const QUuid &commandId, QString *error,
                                                          JsonCodec::CsatRequestRecord *sent)
{
    const Skip skip = SatisfactionSurvey::precheck(before.status, to, before.channel, before.customerId);
    if (skip != Skip::None)
        return skip;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q, QStringLiteral("SELECT 1 FROM satisfaction_requests WHERE conversation_id = ?"),
                         {before.id}, error))
        return std::nullopt;
    if (q.next())
        return Skip::AlreadySurveyed;
    QSqlQuery recent(m_db);
    recent.setForwardOnly(true);
    if (!SqlValues::exec(recent,
                         QStringLiteral("SELECT 1 FROM satisfaction_requests WHERE customer_id = ? AND sent_at >= ? "
                                        "LIMIT 1"),
                         {before.customerId, SqlValues::time(now.addDays(-SatisfactionSurvey::FatigueDays))},
                         error))
        return std::nullopt;
    if (recent.next())
        return Skip::RecentSurvey;
    // ON CONFLICT: another instance resolving the same conversation at once
    // sent it, and no row comes back.
    const QString agent = before.assignee.isEmpty() ? resolver : before.assignee;
    QSqlQuery insert(m_db);
    insert.setForwardOnly(true);
    if (!SqlValues::exec(insert,
                         QStringLiteral("INSERT INTO satisfaction_requests (conversation_id, customer_id, agent, "
                                        "channel, sent_at, command_id) VALUES (?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT (conversation_id) DO NOTHING RETURNING id"),
                         {before.id, before.customerId, agent, channelName(before.channel), SqlValues::time(now),
                          commandId.toString(QUuid::WithoutBraces)},
                         error))
        return std::nullopt;
    if (!insert.next())
        return Skip::AlreadySurveyed;
    if (sent) {
        sent->id = insert.value(0).toLongLong();
        sent->conversationId = before.id;
        sent->agent = agent;
        sent->channel = before.channel;
        sent->sentAt = now;
    }
    insert.finish();
    return Skip::None;
}

std::optional<SatisfactionStore::Answer> SatisfactionStore::firstAnswer(qint64 conversationId, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q,
                         QStringLiteral("SELECT s.score, coalesce(s.agent, r.agent), coalesce(s.channel, r.channel), "
                                        "r.sent_at, s.answered_at, s.id FROM satisfaction_responses s "
                                        "LEFT JOIN satisfaction_requests r ON r.conversation_id = s.conversation_id "
                                        "WHERE s.conversation_id = ? ORDER BY s.answered_at, s.id LIMIT 1"),
                         {conversationId}, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    Answer answer;
    answer.conversationId = conversationId;
    answer.score = q.value(0).toInt();
    answer.agent = q.value(1).toString();
    answer.channel = q.value(2).toString();
    answer.surveyedAt = SqlValues::toTime(q.value(3));
    answer.answeredAt = SqlValues::toTime(q.value(4));
    answer.id = q.value(5).toLongLong();
    return answer;
}

SatisfactionStore::AnswerOutcome SatisfactionStore::recordAnswer(qint64 conversationId, int score,
                                                                 const QDateTime &now, const QUuid &commandId,
                                                                 Answer *stored, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q,
                         QStringLiteral("SELECT agent, channel, sent_at FROM satisfaction_requests "
                                        "WHERE conversation_id = ?"),
                         {conversationId}, error))
        return AnswerOutcome::Failed;
    if (!q.next())
        return AnswerOutcome::NoSurvey;
    Answer answer;
    answer.conversationId = conversationId;
    answer.score = score;
    answer.agent = q.value(0).toString();
    answer.channel = q.value(1).toString();
    answer.surveyedAt = SqlValues::toTime(q.value(2));
    answer.answeredAt = now;
    q.finish();

    // The claim: of two answers at once, the second waits for the first's row
    // lock (PostgreSQL) or the write lock (SQLite), then finds it answered.
    QSqlQuery claim(m_db);
    if (!SqlValues::exec(claim,
                         QStringLiteral("UPDATE satisfaction_requests SET answered_at = ? "
                                        "WHERE conversation_id = ? AND answered_at IS NULL"),
                         {SqlValues::time(now), conversationId}, error))
        return AnswerOutcome::Failed;
    if (claim.numRowsAffected() != 1) {
        const std::optional<Answer> first = firstAnswer(conversationId, error);
        if (!error->isEmpty())
            return AnswerOutcome::Failed;
        if (first)
            *stored = *first;
        return AnswerOutcome::AlreadyAnswered;
    }
    QSqlQuery insert(m_db);
    insert.setForwardOnly(true);
    if (!SqlValues::exec(insert,
                         QStringLiteral("INSERT INTO satisfaction_responses (conversation_id, score, answered_at, "
                                        "agent, channel, command_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                         {conversationId, score, SqlValues::time(now), answer.agent, answer.channel,
                          commandId.toString(QUuid::WithoutBraces)},
                         error))
        return AnswerOutcome::Failed;
    if (!insert.next()) {
        *error = QStringLiteral("the satisfaction_responses row was not returned");
        return AnswerOutcome::Failed;
    }
    answer.id = insert.value(0).toLongLong();
    insert.finish();
    *stored = answer;
    return AnswerOutcome::Recorded;
}

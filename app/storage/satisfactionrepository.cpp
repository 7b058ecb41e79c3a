#include "satisfactionrepository.h"

#include "conversationrepository.h"
#include "database.h"
#include "sqlexec.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

using namespace ConversationNames;

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString timeText(const QDateTime &time)
{
    return ConversationRepository::isoTime(time.isValid() ? time : QDateTime::currentDateTimeUtc());
}

} // namespace

SatisfactionRepository::SatisfactionRepository(Database &database)
    : m_database(database)
{
}

std::optional<SatisfactionRepository::Request> SatisfactionRepository::request(qint64 conversationId, QString *error)
{
    if (error)
        error->clear();
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT id, agent, channel, sent_at, command_id FROM csat_requests WHERE conversation_id = ?"
        " ORDER BY sent_at, id LIMIT 1"));
    q.bindValue(0, conversationId);
    if (!SqlExec::exec(q, error) || !q.next())
        return std::nullopt;
    Request request;
    request.id = q.value(0).toLongLong();
    request.conversationId = conversationId;
    request.agent = q.value(1).toString();
    request.channel = channelFromName(q.value(2).toString());
    request.sentAt = timeFrom(q.value(3));
    request.commandId = QUuid::fromString(q.value(4).toString());
    q.finish();
    return request;
}

std::optional<SatisfactionRepository::Answer> SatisfactionRepository::answer(qint64 conversationId, QString *error)
{
    if (error)
        error->clear();
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT id, agent, channel, score, answered_at FROM csat_answers WHERE conversation_id = ?"
        " ORDER BY answered_at, id LIMIT 1"));
    q.bindValue(0, conversationId);
    if (!SqlExec::exec(q, error) || !q.next())
        return std::nullopt;
    Answer answer;
    answer.id = q.value(0).toLongLong();
    answer.conversationId = conversationId;
    answer.agent = q.value(1).toString();
    answer.channel = channelFromName(q.value(2).toString());
    answer.score = q.value(3).toInt();
    answer.answeredAt = timeFrom(q.value(4));
    q.finish();
    return answer;
}

SatisfactionSurvey::Skip SatisfactionRepository::check(qint64 conversationId, qint64 customerId, const QDateTime &now,
                                                       QString *error)
{
    using SatisfactionSurvey::Skip;
    if (request(conversationId, error))
        return Skip::AlreadySurveyed;
    if (error && !error->isEmpty())
        return Skip::None;
    // The customer's conversations (conversations_by_customer), each probed
    // for a survey (csat_requests_by_conversation): a few rows, whatever the
    // number of surveys sent in the last two weeks.
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT 1 FROM conversations AS c JOIN csat_requests AS r ON r.conversation_id = c.id"
        " WHERE c.customer_id = ? AND r.sent_at >= ? LIMIT 1"));
    q.bindValue(0, customerId);
    q.bindValue(1, timeText(now.addDays(-SatisfactionSurvey::FatigueDays)));
    if (!SqlExec::exec(q, error))
        return Skip::None;
    const bool recent = q.next();
    q.finish();
    return recent ? Skip::RecentSurvey : Skip::None;
}

std::optional<SatisfactionRepository::Request> SatisfactionRepository::unansweredSince(qint64 conversationId,
                                                                                      const QDateTime &since,
                                                                                      QString *error)
{
    const std::optional<Request> sent = request(conversationId, error);
    if (!sent || sent->sentAt < since)
        return std::nullopt;
    if (answer(conversationId, error) || (error && !error->isEmpty()))
        return std::nullopt;
    return sent;
}

qint64 SatisfactionRepository::insertRequest(const Request &request, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO csat_requests (conversation_id, agent, channel, sent_at, command_id) VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, request.conversationId);
    q.bindValue(1, SqlExec::optionalText(request.agent));
    q.bindValue(2, channelName(request.channel));
    q.bindValue(3, timeText(request.sentAt));
    q.bindValue(4, request.commandId.isNull() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(request.commandId.toString(QUuid::WithoutBraces)));
    if (!SqlExec::exec(q, error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

qint64 SatisfactionRepository::insertAnswer(const Answer &answer, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO csat_answers (conversation_id, agent, channel, score, answered_at) VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, answer.conversationId);
    q.bindValue(1, SqlExec::optionalText(answer.agent));
    q.bindValue(2, channelName(answer.channel));
    q.bindValue(3, answer.score);
    q.bindValue(4, timeText(answer.answeredAt));
    if (!SqlExec::exec(q, error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

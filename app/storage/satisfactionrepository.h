#pragma once

#include "domain/conversation.h"
#include "domain/satisfactionsurvey.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

class Database;

/// @short Satisfaction (CSAT) surveys and their answers in SQLite (csat_requests, csat_answers).
///
/// Runs on the database worker thread only; the caller owns the transaction
/// (CommandProcessor). The rules are SatisfactionSurvey's; this class answers
/// the ones that need the stored surveys (one per conversation, none to a
/// customer surveyed lately) and writes the rows the analytics read
/// (SupervisionRepository's triggers mark the hours they touch).
class SatisfactionRepository
{
public:
    explicit SatisfactionRepository(Database &database);

    struct Request
    {
        qint64 id = 0;
        qint64 conversationId = 0;
        QString agent;                    ///< the conversation's assignee when it was resolved
        Channel channel = Channel::Email;
        QDateTime sentAt;
        QUuid commandId;                  ///< the conversation.csat_request that sent it
    };

    struct Answer
    {
        qint64 id = 0;
        qint64 conversationId = 0;
        QString agent;                    ///< the survey's
        Channel channel = Channel::Email; ///< the survey's
        int score = 0;
        QDateTime answeredAt;
    };

    /// The survey sent for @p conversationId; nullopt when none (*error empty) or on error.
    std::optional<Request> request(qint64 conversationId, QString *error);
    /// The answer stored for @p conversationId; nullopt when none (*error empty) or on error.
    std::optional<Answer> answer(qint64 conversationId, QString *error);

    /// The rules that need the stored surveys, for a resolution that passed
    /// SatisfactionSurvey::precheck(): AlreadySurveyed, RecentSurvey (the
    /// customer got one at or after @p now - FatigueDays) or None. None on
    /// error too, with *error set: the caller sends nothing then.
    SatisfactionSurvey::Skip check(qint64 conversationId, qint64 customerId, const QDateTime &now, QString *error);

    /// The survey of @p conversationId sent at or after @p since and not answered
    /// yet (a reply that is just a score answers it); nullopt when none.
    std::optional<Request> unansweredSince(qint64 conversationId, const QDateTime &since, QString *error);

    /// Returns the new row's id, or 0 with *error.
    qint64 insertRequest(const Request &request, QString *error);
    qint64 insertAnswer(const Answer &answer, QString *error);

private:
    Database &m_database;
};

#pragma once

#include "sqldialect.h"

#include "domain/conversation.h"
#include "domain/jsoncodec.h"
#include "domain/satisfactionsurvey.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

/// @short Satisfaction (CSAT) surveys and their answers (satisfaction_requests, satisfaction_responses).
///
/// The server sends the surveys in remote mode: surveyOnResolution() runs in
/// the transaction of the status command that resolves a conversation, with
/// the console's rules (SatisfactionSurvey). recordAnswer() runs in the
/// transaction of conversation.csat_answer. Runs on a worker thread's connection.
class SatisfactionStore
{
public:
    SatisfactionStore(QSqlDatabase db, SqlDialect dialect);

    struct Answer
    {
        qint64 id = 0;           ///< the satisfaction_responses row's
        qint64 conversationId = 0;
        int score = 0;
        QString agent;           ///< the survey's
        QString channel;         ///< the survey's
        QDateTime surveyedAt;
        QDateTime answeredAt;
    };

    enum class AnswerOutcome {
        Recorded,
        NoSurvey,          ///< no survey went out for the conversation
        AlreadyAnswered,   ///< *stored is the first answer
        Failed             ///< *error
    };

    /// Records the survey of @p before (the conversation as it was) moving to
    /// @p to, when the rules allow: SatisfactionSurvey::Skip::None when it went
    /// out, why not otherwise; nullopt with *error on a storage error.
    /// @p resolver stands in for the agent when the conversation had no assignee.
    /// When it went out, *sent (if given) is the survey as the change feed
    /// and the supervisors' history give it (its satisfaction_requests row).
    std::optional<SatisfactionSurvey::Skip> surveyOnResolution(const ConversationSummary &before,
                                                               ConversationStatus to, const QString &resolver,
                                                               const QDateTime &now, const QUuid &commandId,
                                                               QString *error,
                                                               JsonCodec::CsatRequestRecord *sent = nullptr);

    /// Stores @p score as the answer to the conversation's survey, once: the
    /// survey is marked answered in the same statement that checks it was
    /// not, so a second answer loses even when both arrive at once. Recorded:
    /// *stored is the new answer with its row's id.
    AnswerOutcome recordAnswer(qint64 conversationId, int score, const QDateTime &now, const QUuid &commandId,
                               Answer *stored, QString *error);

private:
    std::optional<Answer> firstAnswer(qint64 conversationId, QString *error);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

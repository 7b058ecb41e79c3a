#pragma once

#include "sqldialect.h"

#include "domain/jsoncodec.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// @short The supervisors' live figures, counted from the inbox, the audit log and the survey answers.
///
/// The words mean what they mean in the console's inbox
/// (ConversationRepository::counts): a conversation is open while it is new,
/// open, pending or on hold; it is breached when the deadline that applies
/// now (sla_due: the first response until it is given, then the resolution)
/// has passed, and due soon when that deadline falls within the hour, the
/// breached ones included (the Due soon view lists them too). "Today" is
/// the UTC day of @p now. Runs on a worker thread's connection.
class SupervisionStore
{
public:
    /// Due within this many seconds (or already breached): the console's ConversationRepository::DueSoonSeconds.
    static constexpr int DueSoonSeconds = 3600;

    struct QueueFigure
    {
        QString queue;
        int open = 0;
        int unassigned = 0;               ///< open, nobody's
        int dueSoon = 0;                  ///< open, sla_due before now + 1 h (breached included)
        int breached = 0;                 ///< open, sla_due before now
        QDateTime oldestWaitingSince;     ///< the oldest open conversation without a first response; invalid: none
        int agentsAvailable = 0;          ///< active agents of the queue whose presence is available
    };

    struct AgentFigure
    {
        JsonCodec::AgentProfile agent;
        int openAssigned = 0;             ///< open conversations assigned to them
        int breached = 0;                 ///< of those, sla_due before now
        int handledToday = 0;             ///< conversations they set to resolved or closed today (the audit log)
        int repliesToday = 0;             ///< outbound messages they wrote today
        /// Median, over the conversations whose first response today was their
        /// reply, of the time from the conversation coming in to that reply.
        std::optional<qint64> medianFirstResponseSeconds;
    };

    struct TopicTrend
    {
        QString topic;
        int total = 0;
        QList<int> perDay;                ///< one count per day of the period, oldest first
    };

    struct Scores
    {
        int responses = 0;
        qint64 sum = 0;
        int satisfied = 0;                ///< answers of 4 or 5
    };

    struct Satisfaction
    {
        Scores all;
        QList<QPair<QString, Scores>> byChannel;   ///< channels with answers, most answers first
        QList<Scores> perDay;                      ///< one per day of the period, oldest first
    };

    SupervisionStore(QSqlDatabase db, SqlDialect dialect);

    /// Every queue with open conversations or agents, by name.
    std::optional<QList<QueueFigure>> queueFigures(const QDateTime &now, QString *error);
    /// Every active agent, by user name.
    std::optional<QList<AgentFigure>> agentFigures(const QDateTime &now, QString *error);
    /// New conversations per topic and day created on @p from ... @p to (UTC
    /// days); every known topic, most frequent first, then by name.
    std::optional<QList<TopicTrend>> topicTrends(const QDate &from, const QDate &to, QString *error);
    /// Survey answers given on @p from ... @p to (UTC days).
    std::optional<Satisfaction> satisfaction(const QDate &from, const QDate &to, QString *error);

private:
    /// The UTC day of the time column @p column as "YYYY-MM-DD".
    QString dayOf(const QString &column) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

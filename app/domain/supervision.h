#pragma once

#include "agent.h"
#include "conversation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// An agent's presence, set by the agent (or by signing in and out).
/// Stored as "available", "busy", "away", "offline".
enum class Presence {
    Available,
    Busy,
    Away,
    Offline
};

namespace SupervisionNames {
QString presenceName(Presence presence);
Presence presenceFromName(const QString &name, bool *ok = nullptr);
/// Available, busy, away, offline: the order a presence menu lists them.
QList<Presence> allPresences();
} // namespace SupervisionNames

/// @short Which open conversations a figure of the queue board counts.
///
/// Waiting, InProgress and PendingCustomer split the open conversations of a
/// queue and channel with no overlap:
///  - Waiting: nobody is working it yet (status new, or unassigned and not pending);
///  - InProgress: assigned, status open or on hold;
///  - PendingCustomer: status pending (the customer has the next move).
/// DueSoon and Breached count across all three by the deadline that applies
/// now (sla_due: first response until answered, then resolution), and do not
/// overlap: DueSoon is due within the next hour and not yet past (now <= due <
/// now + 1 h); Breached is already past (due < now). (The inbox's "Due soon"
/// view lists both.)
enum class QueueFigure {
    Open,
    Waiting,
    InProgress,
    PendingCustomer,
    DueSoon,
    Breached
};

/// @short One row of the live queue board: a queue on one channel.
struct QueueBoardRow
{
    QString queue;
    Channel channel = Channel::Email;
    int waiting = 0;
    int inProgress = 0;
    int pendingCustomer = 0;
    int dueSoon = 0;
    int breached = 0;
    QDateTime oldestWaitingSince;       ///< created time of the oldest waiting one; null when none waits
    int open() const { return waiting + inProgress + pendingCustomer; }
};

struct QueueBoard
{
    QDateTime at;                       ///< when the figures were computed (UTC)
    QList<QueueBoardRow> rows;          ///< by queue, then channel; only pairs with open conversations
    QStringList queues;                 ///< every queue, for the drill-down and reassignment lists
    bool refused = false;               ///< not permitted or could not be read (see message)
    QString message;                    ///< translated; empty when all went well
};

/// @short One agent's live figures.
struct AgentFigure
{
    QString username;
    QString displayName;
    Agent::Role role = Agent::RoleAgent;
    QStringList queues;                 ///< queues the agent works
    Presence presence = Presence::Offline;
    QDateTime presenceSince;            ///< null when never set
    int open = 0;                       ///< open conversations assigned to them
    int breached = 0;                   ///< of those, past their deadline
    int handledToday = 0;               ///< resolved or closed since local midnight, assigned to them
    int firstResponsesToday = 0;        ///< conversations assigned to them first answered since local midnight
    qint64 averageFirstResponseSeconds = -1;   ///< over firstResponsesToday, in SLA time; -1 when none
};

struct AgentBoard
{
    QDateTime at;
    QList<AgentFigure> agents;          ///< by display name
    bool refused = false;
    QString message;
};

/// @short What a drill-down lists: the conversations behind one figure.
///
/// Empty queue / no channel / empty agent do not filter. With agent set, the
/// figure applies to that agent's open conversations.
struct DrillDown
{
    QueueFigure figure = QueueFigure::Open;
    QString queue;
    std::optional<Channel> channel;
    QString agent;
};

/// @short The period the analytics cover: whole local days, both inclusive.
struct AnalyticsPeriod
{
    QDate from;
    QDate to;
};

/// @short Response or resolution times of a set of conversations, in SLA time.
///
/// Channels whose SLA target runs on business hours (in the shipped policy:
/// email, web form, app) measure business seconds between the conversation's
/// start and the response, as the SLA policy counts them (nights, weekends and
/// holidays do not run; SlaPolicy::slaSecondsBetween); the others (chat,
/// phone, social, alert) measure calendar seconds. "Met" means the response
/// came no later than the conversation's due time; one without a due time
/// counts as met. Each is counted in the period by when it happened (the
/// response, the resolution) and is the conversation's assignee's.
struct DurationStats
{
    int count = 0;                      ///< conversations with a response (or resolution) in the period
    qint64 medianSeconds = -1;          ///< -1 when count is 0
    qint64 p90Seconds = -1;             ///< nearest-rank 90th percentile
    qint64 targetSeconds = -1;          ///< the policy's target for normal priority; -1 when mixed
    int met = 0;                        ///< of count, within their due time
};

/// @short Share of SLA met for one agent, queue or the whole team.
struct SlaShare
{
    QString key;                        ///< username, queue name, or empty for the team
    QString label;                      ///< display name (agents) or the key
    int total = 0;                      ///< first responses and resolutions measured
    int met = 0;
};

/// @short Conversations that came in on one day on one channel.
struct ChannelVolume
{
    QDate day;
    Channel channel = Channel::Email;
    int count = 0;
};

/// @short One topic's new conversations per week (weeks start on Monday).
///
/// Weeks are whole Monday-to-Sunday weeks of local days, from the week before
/// the period's first day to the week of its last day (which ends with the
/// period); a topic that came up at all has a row for every one of them,
/// zeros included, so each week has the one before it to compare with.
struct TopicWeek
{
    QString topic;
    QDate weekStart;
    int count = 0;
};

/// @short Card outcomes per week, beside the topics (the same weeks).
///
/// A lock is a card moved to locked (card_events), a replacement a replacement
/// card ordered (card_orders), a dispute a dispute opened (disputes).
struct OutcomeWeek
{
    QDate weekStart;
    int locks = 0;
    int replacements = 0;
    int disputes = 0;
};

/// @short Customer satisfaction answers (1 to 5) for one key.
///
/// CSAT is the share of answers that are 4 or 5.
struct CsatFigure
{
    QString key;                        ///< channel name, username, ISO week start "2026-11-16", or empty for all
    QString label;
    int responses = 0;
    int satisfied = 0;                  ///< answers of 4 or 5
    double average = 0;                 ///< mean score; 0 when no responses
    int requests = 0;                   ///< surveys sent in the period (for the response rate)
};

/// @short Every analytics figure for one period.
struct Analytics
{
    AnalyticsPeriod period;
    QList<ChannelVolume> volumes;                   ///< per day and channel (by day, then channel), days without conversations left out
    QList<QPair<Channel, DurationStats>> firstResponse;   ///< per channel, only channels with conversations
    QList<QPair<Channel, DurationStats>> resolution;
    DurationStats firstResponseAll;
    DurationStats resolutionAll;
    QList<SlaShare> slaByAgent;                     ///< by label; unassigned conversations count for queue and team only
    QList<SlaShare> slaByQueue;                     ///< by queue name
    SlaShare slaTeam;
    QList<TopicWeek> topics;                        ///< every week of the period, plus the week before its first
    QList<OutcomeWeek> outcomes;
    CsatFigure csatAll;
    QList<CsatFigure> csatByChannel;                ///< channels with surveys, in Channel order
    QList<CsatFigure> csatByAgent;                  ///< by label
    QList<CsatFigure> csatByWeek;                   ///< every week of the period, zeros included
    bool refused = false;
    QString message;
};

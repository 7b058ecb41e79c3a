#pragma once

#include "domain/inboxquery.h"
#include "domain/slapolicy.h"
#include "domain/supervision.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

class Database;

/// @short The supervisor's figures over the client schema: the live queue
/// board, the agents, the drill-downs and the analytics of a period.
///
/// Runs on the database worker thread only, on the local database or on
/// remote mode's cache (the same schema). The definitions are those of
/// domain/supervision.h; figures come out the same on any number of rows,
/// but cost what a dashboard can afford at a million conversations:
///
///  - The queue board and the agents' open and breached counts are ranges
///    of partial indexes (migration 18), never a scan of the table.
///  - The analytics read an hourly rollup (supervision_hours): for each UTC
///    hour, the counts of the conversations that came in, were first
///    answered and were resolved in it, by channel, agent, queue and topic,
///    the survey answers, and every response and resolution time in SLA
///    time. Triggers mark the hours a change touches (supervision_stale_hours)
///    in the change's own transaction, whoever writes; an hour is computed
///    again before it is read. A 90-day period is about 2,200 rows.
///
/// Response and resolution times are in SLA time: business seconds on the
/// channels whose target runs on business hours, calendar seconds on the
/// others (SlaPolicy::slaSecondsBetween, for the conversation's channel and
/// priority). A first response or resolution is met when it came no later
/// than the conversation's due time; one without a due time counts as met.
/// Both are the conversation's assignee's. Medians and 90th percentiles are
/// nearest rank. Days and weeks (Monday first) are local to setTimeZone();
/// a period's bounds and its days are whole UTC hours, so in a zone whose
/// offset is not (India, Nepal) they start at the hour before.
class SupervisionRepository
{
public:
    explicit SupervisionRepository(Database &database, const SlaPolicy &policy = SlaPolicy::defaults());

    /// "Due soon": due within this many seconds, not yet past.
    static constexpr int DueSoonSeconds = 3600;
    /// The rollup's layout; a rollup of another layout is computed again.
    static constexpr int RollupFormat = 1;

    /// The zone of local days and weeks (analytics) and of "today" (agent
    /// board). Default: the system's.
    void setTimeZone(const QTimeZone &zone);

    /// Every queue and channel with open conversations, as of @p now.
    QueueBoard queueBoard(const QDateTime &now, QString *error);
    /// Every agent on record, as of @p now; "today" since local midnight.
    AgentBoard agentBoard(const QDateTime &now, QString *error);
    /// The open conversations behind one figure of the queue board, most
    /// urgent (soonest due) first, paged like the inbox (ConversationRepository::page).
    /// @p plan: SQLite's query plan instead of rows (for tests).
    ConversationPage drillDown(const DrillDown &drillDown, const QString &cursor, int limit, const QDateTime &now,
                               QString *plan = nullptr);
    /// Every figure of @p period (whole local days, both included); the hours
    /// the period needs are brought up to date first.
    Analytics analytics(const AnalyticsPeriod &period, QString *error);

    /// Computes up to @p maxHours stale hours, newest first. Returns how many
    /// are left stale, or -1 with *error.
    int refreshStaleHours(int maxHours, QString *error);
    /// Stale hours waiting to be computed, or -1 with *error.
    int staleHourCount(QString *error);

    /// @p username's presence; nullopt with an empty *error when there is no such agent.
    std::optional<Presence> presenceOf(const QString &username, QString *error);
    /// Sets @p username's presence at @p at (presence_since moves only when
    /// the presence changes). False with an empty *error: no such agent.
    bool setPresence(const QString &username, Presence presence, const QDateTime &at, QString *error);

private:
    struct HourFacts;
    /// Computes the stale hours among [fromHour, toHour) (and, when the SLA
    /// policy differs from the one the rollup was made with, every hour).
    bool refreshHours(qint64 fromHour, qint64 toHour, QString *error);
    bool refreshList(const QList<qint64> &hours, QString *error);
    /// Marks every hour of the rollup stale when it was made under another policy or layout.
    bool checkRollupPolicy(QString *error);
    bool computeHour(qint64 hour, HourFacts *facts, QString *error);
    bool storeHour(qint64 hour, const HourFacts &facts, QString *error);
    /// Local day number (days since 1970-01-01 in the zone) of the hour starting at @p hour.
    qint64 localDayOfHour(qint64 hour) const;
    qint64 localDayOf(qint64 epochSeconds) const;
    /// The first UTC hour of local day @p date.
    qint64 firstHourOf(const QDate &date) const;

    Database &m_database;
    SlaPolicy m_policy;
    QTimeZone m_zone;
};

#pragma once

#include "supervisionservice.h"

#include "domain/agent.h"
#include "domain/slapolicy.h"

#include <QTimeZone>
#include <QTimer>

class CardService;
class DatabaseWorker;
class InboxService;

/// @short SupervisionService over the local SQLite database (or remote mode's cache).
///
/// Reads are jobs on the database worker (SupervisionRepository); the GUI
/// thread never waits. Setting one's presence is a command applied with its
/// audit entry (CommandProcessor, type "agent.presence.set"; in remote mode
/// the outbox sends it as the server's POST /v1/agents/me/presence).
///
/// The analytics' hourly rollup is brought up to date in the background for
/// a supervisor: a series of short jobs after sign-in, so that the first
/// figures need not wait for it and the agent's own jobs run in between.
///
/// Role policy, enforced here: only a supervisor reads the board, the agents,
/// drill-downs and analytics; anyone sets their own presence.
class LocalSupervisionService : public SupervisionService
{
    Q_OBJECT

public:
    /// figuresChanged() comes at most this long after the first change it reports.
    static constexpr int ChangeDelayMs = 300;
    /// Stale hours of the rollup computed per background job: a few
    /// milliseconds each at a million conversations, so that the agent's own
    /// jobs (a search, a page of the inbox) never wait long behind one.
    static constexpr int CatchUpHoursPerJob = 4;

    LocalSupervisionService(DatabaseWorker *worker, QObject *parent = nullptr);

    /// The signed-in agent. A supervisor's sign-in starts the rollup's catch-up.
    void setAgent(const Agent &agent);
    /// The changes of @p inbox and @p cards move the figures (figuresChanged(), coalesced).
    void followChanges(InboxService *inbox, CardService *cards);
    /// The SLA policy the times are measured with (default: SlaPolicy::defaults()).
    void setSlaPolicy(const SlaPolicy &policy);
    /// Local days and "today" (default: the system's zone).
    void setTimeZone(const QTimeZone &zone);
    /// A warning every analytics result carries until cleared (translated;
    /// remote mode: the desk's history is still being read).
    void setAnalyticsNotice(const QString &notice);

    QFuture<QueueBoard> queueBoard() override;
    QFuture<AgentBoard> agentBoard() override;
    QFuture<ConversationPage> drillDown(const DrillDown &drillDown, const QString &cursor, int limit) override;
    QFuture<Analytics> analytics(const AnalyticsPeriod &period) override;
    QFuture<CommandResult> setPresence(Presence presence) override;

    /// Something moved the figures: figuresChanged() follows within ChangeDelayMs, once for many.
    void noteChange();

private:
    QString m_analyticsNotice;
    bool isSupervisor() const;
    /// Computes the rollup's stale hours a job at a time until none is left.
    void catchUp();

    DatabaseWorker *m_worker;
    Agent m_agent;
    SlaPolicy m_policy;
    QTimeZone m_zone;
    QTimer m_changeTimer;
    bool m_catchingUp = false;
};

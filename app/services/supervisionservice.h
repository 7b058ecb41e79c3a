#pragma once

#include "domain/command.h"
#include "domain/inboxquery.h"
#include "domain/supervision.h"

#include <QFuture>
#include <QObject>

/// @short The supervisor's figures: the live queue board, the agents, analytics.
///
/// Asynchronous like every service: calls return at once and the work runs
/// on the database worker (or the network). Role policy, enforced here: only
/// a supervisor reads figures or drill-downs; an agent's call is refused
/// (refused = true, with a message), whatever the UI shows. Reassignment goes
/// through InboxService::assign, which already lets only supervisors assign
/// to someone else.
class SupervisionService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SupervisionService() override = default;

    /// @short Per queue and channel: waiting, in progress, pending customer, due soon, breached, oldest waiting.
    virtual QFuture<QueueBoard> queueBoard() = 0;
    /// @short Every agent: presence, open conversations, handled today, average first response today.
    virtual QFuture<AgentBoard> agentBoard() = 0;
    /// @short The conversations behind one figure, keyset-paged like the inbox (most urgent first).
    virtual QFuture<ConversationPage> drillDown(const DrillDown &drillDown, const QString &cursor, int limit) = 0;
    /// @short Volumes, response and resolution times, SLA shares, topics, outcomes and CSAT for @p period.
    virtual QFuture<Analytics> analytics(const AnalyticsPeriod &period) = 0;

    /// @short Sets the signed-in agent's own presence (a command, audited). Any role.
    virtual QFuture<CommandResult> setPresence(Presence presence) = 0;

Q_SIGNALS:
    /// Something changed that moves the figures: a local command, or (remote)
    /// the change feed. The board refreshes on it, after a short coalescing delay.
    void figuresChanged();
};

#include "agentapi.h"

#include "agentdirectory.h"
#include "commandexecutor.h"
#include "queryparams.h"
#include "requestbody.h"
#include "router.h"

#include <QJsonArray>

namespace {

ServerResponse listAgents(RequestContext &context)
{
    QueryParams params(context.request);
    const int limit = params.limit(50, 200);
    const QString after = params.cursor(QStringLiteral("after"));
    if (params.hasErrors())
        return params.problem();
    AgentDirectory agents(context.db, context.dialect);
    bool badCursor = false;
    QString error;
    const std::optional<AgentDirectory::Page> page = agents.page(limit, after, &badCursor, &error);
    if (badCursor) {
        return ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                       QStringLiteral("Query parameter after is not a cursor of this list; start "
                                                      "again without it."));
    }
    if (!page)
        return context.storageFailure(error);
    QJsonArray items;
    for (const JsonCodec::AgentProfile &agent : page->agents)
        items.append(JsonCodec::toJson(agent));
    return ServerResponse::json(200, {{QStringLiteral("items"), items},
                                      {QStringLiteral("next"), page->next.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                    : QJsonValue(page->next)}});
}

/// agent.presence.set: the signed-in agent's presence. The change feed
/// carries the agent as GET /v1/agents shows them (entity "agent"); the
/// audit entry has the presence before and after. Signing in and out changes
/// it the same way (AgentDirectory::changePresence, SessionApi).
ServerResponse setPresence(RequestContext &context)
{
    const AgentRecord &me = context.agent;
    CommandExecutor executor(context);
    return executor.execute(
        QStringLiteral("agent.presence.set"), QStringLiteral("agent:") + me.agent.username,
        [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request, {QStringLiteral("presence")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const QString presence = body.text(QStringLiteral("presence"), true, 20);
            const QStringList names = AgentDirectory::presenceNames();
            if (!presence.isEmpty() && !names.contains(presence))
                body.addError(QStringLiteral("presence"),
                              QStringLiteral("must be available, busy, away or offline"));
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }
            QString error;
            const std::optional<AgentDirectory::PresenceChange> change =
                AgentDirectory(context.db, context.dialect).changePresence(me.id, presence, command.issuedAt, &error);
            if (!change) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            effect.changes.append(change->change);
            effect.applied = true;
            effect.auditDetails = {{QStringLiteral("agentId"), me.id},
                                   {QStringLiteral("from"), change->before.presence},
                                   {QStringLiteral("to"), change->after.presence}};
            effect.response = ServerResponse::json(200, change->change.data);
            return effect;
        });
}

} // namespace

void AgentApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/agents"), Router::Access::Agent, &listAgents);
    router.add("POST", QStringLiteral("/v1/agents/me/presence"), Router::Access::Agent, &setPresence);
}

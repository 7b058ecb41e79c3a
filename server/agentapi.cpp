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
/// audit entry has the presence before and after.
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
            AgentDirectory agents(context.db, context.dialect);
            QString error;
            const std::optional<JsonCodec::AgentProfile> before = agents.profile(me.id, &error);
            if (!before) {
                effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the agent vanished")
                                                                         : error);
                return effect;
            }
            if (!agents.setPresence(me.id, presence, command.issuedAt, &error)) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            const std::optional<JsonCodec::AgentProfile> after = agents.profile(me.id, &error);
            if (!after) {
                effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the agent vanished")
                                                                         : error);
                return effect;
            }
            const QJsonObject agentJson = JsonCodec::toJson(*after);
            JsonCodec::Change change;
            change.entity = QStringLiteral("agent");
            change.entityId = after->id;
            change.op = QStringLiteral("upsert");
            change.data = agentJson;
            effect.changes.append(change);
            effect.applied = true;
            effect.auditDetails = {{QStringLiteral("agentId"), me.id},
                                   {QStringLiteral("from"), before->presence},
                                   {QStringLiteral("to"), after->presence}};
            effect.response = ServerResponse::json(200, agentJson);
            return effect;
        });
}

} // namespace

void AgentApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/agents"), Router::Access::Agent, &listAgents);
    router.add("POST", QStringLiteral("/v1/agents/me/presence"), Router::Access::Agent, &setPresence);
}

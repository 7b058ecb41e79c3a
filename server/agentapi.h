#pragma once

class Router;

/// @short GET /v1/agents (the desk's agents and their presence) and
/// POST /v1/agents/me/presence (the command agent.presence.set).
class AgentApi
{
public:
    static void addRoutes(Router &router);
};

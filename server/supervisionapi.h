#pragma once

class Router;

/// @short GET /v1/supervision/queues, /agents, /topics and /satisfaction: supervisors only (an agent gets 403).
///
/// What the figures count is SupervisionStore's; "today" and the days of a
/// period are UTC days.
class SupervisionApi
{
public:
    static void addRoutes(Router &router);
};

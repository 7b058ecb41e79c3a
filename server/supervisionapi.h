#pragma once

class Router;

/// @short GET /v1/supervision/queues, /agents, /topics, /satisfaction and /history: supervisors only (an agent gets 403).
///
/// What the figures count is SupervisionStore's; "today" and the days of a
/// period are UTC days. The history (what a supervisor's console measures
/// with in remote mode, from before it joined) is SupervisionHistoryStore's.
class SupervisionApi
{
public:
    static void addRoutes(Router &router);
};

#pragma once

class Router;

/// @short GET /v1/changes (the change feed) and GET /v1/audit (supervisors only).
class FeedApi
{
public:
    static void addRoutes(Router &router);
};

#pragma once

class Router;

/// @short The audit log's checks for supervisors: POST /v1/audit/verify (the
/// hash chain, entry by entry) and GET /v1/audit/filter-choices (the agents
/// and actions that occur in it). GET /v1/audit itself is in FeedApi.
class AuditApi
{
public:
    static void addRoutes(Router &router);
};

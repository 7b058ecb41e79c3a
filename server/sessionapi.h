#pragma once

class Router;

/// @short GET /v1/health, POST /v1/sessions, DELETE /v1/sessions/current, GET /v1/me.
///
/// Signing in checks the Argon2id hash outside any transaction (it takes
/// about 0.1 s), answers a wrong password and an unknown user alike (401
/// invalid_credentials, after the same work), and locks a user name out for
/// a while after repeated failures (429 rate_limited with Retry-After). Every
/// attempt is an audit entry: session.login or session.login_failed.
class SessionApi
{
public:
    static void addRoutes(Router &router);
};

#pragma once

class Router;

/// @short GET /v1/customers?q=, GET /v1/customers/{customerId}, POST /v1/customers/{customerId}/verifications.
class CustomerApi
{
public:
    static void addRoutes(Router &router);
};

#pragma once

class Router;

/// @short GET /v1/customers?q=, GET /v1/customers/{customerId} and the customer commands (verifications,
/// contact, address-flag/clear).
class CustomerApi
{
public:
    static void addRoutes(Router &router);
};

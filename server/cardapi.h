#pragma once

class Router;

/// @short What the API reads about a card: GET /v1/cards/{cardId} (with its
/// events and its delivery), its transactions, and the previews of new
/// controls and limits (POSTs that change nothing and take no Idempotency-Key).
///
/// The card commands are CardCommandApi's.
class CardApi
{
public:
    static void addRoutes(Router &router);
};

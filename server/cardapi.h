#pragma once

class Router;

/// @short GET /v1/cards/{cardId}, its transactions, and the lock and unlock commands.
///
/// A card command names the version the agent saw in If-Match (428 without
/// it, 412 version_conflict with the card as it is now when someone changed
/// it since), needs the caller verified by this agent to the level the
/// action needs (Verification::allows: 409 verification_required), and
/// moves the card only along its lifecycle (CardLifecycle: 409
/// transition_not_allowed). Each applied command bumps the card's version,
/// records a card event, a change for the feed and an audit entry in one
/// transaction.
class CardApi
{
public:
    static void addRoutes(Router &router);
};

#pragma once

class Router;

/// @short The card commands: lock, unlock, close, activate, controls,
/// limits, PIN reset, not received and replacement (POST /v1/cards/{cardId}/...).
///
/// Each is a CardCommand: the shared steps (Idempotency-Key, If-Match with
/// 428 and 412, the caller's verification, the change feed and the audit
/// entry) around the command's own body, state checks, verification level
/// (Verification::Action) and effect, which follow the console's
/// LocalCardService and the domain's rules (CardLifecycle, CardControls,
/// CardLimits, DeliverySchedule).
class CardCommandApi
{
public:
    static void addRoutes(Router &router);
};

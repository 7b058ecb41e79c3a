#pragma once

class Router;

/// @short The fraud alerts of the contract: GET /v1/alerts, GET /v1/alerts/{alertId},
/// POST /v1/alerts/{alertId}/genuine and /fraud (any signed-in agent).
///
/// The decisions are the console's (LocalAlertService::markGenuine and
/// markFraud), as commands (CommandExecutor: Idempotency-Key, one
/// transaction, audit entry, change feed). An alert is decided once: a
/// decided alert is 409 transition_not_allowed. Both decisions write the
/// agent's note on the alert and, as an internal note, on its conversation
/// (channel alert), which counts as answered: genuine resolves the
/// conversation; fraud assigns it to the deciding agent in the fraud queue,
/// open, and answers what the compromised-card workflow starts from. Neither
/// changes the card: the agent locks it in that workflow next. The feed gets
/// the conversation, then its note, then the alert.
class AlertApi
{
public:
    static void addRoutes(Router &router);
};

#include "cardactions.h"

#include "domain/cardlifecycle.h"

#include <iterator>

using CardLifecycle::State;

namespace CardActions {

namespace {

/// Whether the lifecycle still leads from @p state to an active card
/// without a lock on the way: the card has not reached the customer's hands.
bool stillComing(State state)
{
    State at = state;
    for (int steps = 0; steps < int(std::size(CardLifecycle::AllStates)); ++steps) {
        if (CardLifecycle::isAllowed(at, State::Active))
            return at != State::Locked;
        bool moved = false;
        for (const State next : CardLifecycle::AllStates) {
            if (next != State::Closed && next != State::Locked && CardLifecycle::isAllowed(at, next)) {
                at = next;
                moved = true;
                break;
            }
        }
        if (!moved)
            return false;
    }
    return false;
}

} // namespace

QList<Kind> available(const Card &card, bool hasReplacement)
{
    const State state = card.status;
    QList<Kind> kinds;
    if (CardLifecycle::isAllowed(state, State::Locked))
        kinds << Kind::Lock;
    if (state == State::Locked && CardLifecycle::isAllowed(state, State::Active))
        kinds << Kind::Unlock;
    if (state != State::Locked && CardLifecycle::isAllowed(state, State::Active))
        kinds << Kind::Activate;
    // Everything below needs a card that is not closed for good: closing is
    // allowed from every live state, and from none once closed.
    const bool live = CardLifecycle::isAllowed(state, State::Closed);
    if (live)
        kinds << Kind::ResetPin;
    if (stillComing(state))
        kinds << Kind::NotReceived;
    if (live)
        kinds << Kind::Controls << Kind::Limits << Kind::LostStolenDamaged;
    // A card closed for a reason that gives a replacement (not at the
    // customer's request), and none ordered yet: the reorder after "card not
    // received", or after a workflow closed without one.
    if (state == State::Closed && !hasReplacement) {
        const auto reason = CardLifecycle::closeReasonFromName(card.statusReason);
        if (reason && CardLifecycle::replacementRule(*reason))
            kinds << Kind::OrderReplacement;
    }
    return kinds;
}

Verification::Action verificationAction(Kind kind)
{
    switch (kind) {
    case Kind::Lock:
    case Kind::NotReceived:
    case Kind::LostStolenDamaged:
        return Verification::Action::ProtectiveLock;
    case Kind::Unlock:
        return Verification::Action::Unlock;
    case Kind::Activate:
        return Verification::Action::ActivateReplacement;
    case Kind::ResetPin:
        return Verification::Action::PinReset;
    case Kind::Controls:
    case Kind::Limits:
        return Verification::Action::RestrictControls;
    case Kind::ConfirmAddress:
        return Verification::Action::ContactChange;
    case Kind::OrderReplacement:
        return Verification::Action::ReplacementToRegisteredAddress;
    }
    return Verification::Action::ProtectiveLock;
}

} // namespace CardActions

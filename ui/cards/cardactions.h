#pragma once

#include "domain/customer.h"
#include "domain/verification.h"

#include <QList>

/// @short The actions on a card the card panel offers, and which of them the card's state allows.
///
/// What a state allows comes from CardLifecycle (the transitions it
/// permits); the service layer checks again, so this only keeps the menu
/// honest.
namespace CardActions {

enum class Kind {
    Lock,
    Unlock,
    Activate,
    ResetPin,
    NotReceived,
    Controls,
    Limits,
    LostStolenDamaged,   ///< the lead's workflow (wizard)
    ConfirmAddress,      ///< clears the customer's address flag; not tied to one card
    OrderReplacement     ///< a new card for one closed without one yet (e.g. not received)
};

/// The actions @p card's state allows, in menu order. @p hasReplacement:
/// another of the customer's cards replaces this one already.
QList<Kind> available(const Card &card, bool hasReplacement = false);

/// The verification policy's action for @p kind (Controls and Limits:
/// restricting; relaxing needs the stronger RelaxControls).
Verification::Action verificationAction(Kind kind);

} // namespace CardActions

#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// @short Who is on the line: identity verification and the policy of what each action needs.
///
/// An agent verifies the caller with one of the methods and records the
/// outcome; the service layer checks the policy before each card or contact
/// action. A protective lock needs only that the caller identifies the card
/// (anyone may stop a lost card: the cost of a wrong lock is a phone call,
/// of a late one a stolen balance); unlocking, a replacement to another
/// address, a contact-detail change, a PIN reset and relaxing a card control
/// or limit need strong verification.
namespace Verification {

enum class Method {
    StrongElectronicId,   ///< bank ID / mobile certificate: strong
    AppConfirmation,      ///< a confirmation pushed to the customer's own app: strong
    KnowledgeQuestions,   ///< questions from the customer's own data: identifies, not strong
    CardIdentified        ///< the caller named the card (last four, name on it): identifies only
};

enum class Level {
    None,
    CardIdentified,
    Strong
};

enum class Action {
    ProtectiveLock,
    Unlock,
    ReplacementToRegisteredAddress,
    ReplacementToOtherAddress,
    ContactChange,
    PinReset,
    RestrictControls,   ///< switch a card control off, lower a limit: protects, like a lock
    RelaxControls,      ///< switch one on, raise a limit: opens the card up
    ActivateReplacement,
    CloseAtRequest      ///< the customer wants the card closed for good
};

constexpr Method AllMethods[] = {Method::StrongElectronicId, Method::AppConfirmation, Method::KnowledgeQuestions,
                                 Method::CardIdentified};
constexpr Action AllActions[] = {Action::ProtectiveLock, Action::Unlock, Action::ReplacementToRegisteredAddress,
                                 Action::ReplacementToOtherAddress, Action::ContactChange, Action::PinReset,
                                 Action::RestrictControls, Action::RelaxControls, Action::ActivateReplacement,
                                 Action::CloseAtRequest};

/// A verification as recorded: how, whether it passed, when.
struct Outcome
{
    Method method = Method::CardIdentified;
    bool passed = false;
    QDateTime at;
};

/// Storage names: "strong_eid", "app_confirmation", "knowledge_questions", "card_identified".
QString methodName(Method method);
std::optional<Method> methodFromName(const QString &name);
QString actionName(Action action);

/// The level a passed verification by @p method gives.
Level levelOf(Method method);
/// The level @p action needs.
Level required(Action action);
/// How long a verification holds within one call.
constexpr int ValidSeconds = 30 * 60;

/// Whether @p outcome (nullopt: nobody verified) allows @p action at @p now:
/// passed, recent enough, and of the level the action needs.
bool allows(const std::optional<Outcome> &outcome, Action action, const QDateTime &now);

} // namespace Verification

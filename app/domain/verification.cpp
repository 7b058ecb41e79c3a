#include "verification.h"

namespace Verification {

QString methodName(Method method)
{
    switch (method) {
    case Method::StrongElectronicId:
        return QStringLiteral("strong_eid");
    case Method::AppConfirmation:
        return QStringLiteral("app_confirmation");
    case Method::KnowledgeQuestions:
        return QStringLiteral("knowledge_questions");
    case Method::CardIdentified:
        return QStringLiteral("card_identified");
    }
    return QString();
}

std::optional<Method> methodFromName(const QString &name)
{
    for (const Method method : AllMethods) {
        if (methodName(method) == name)
            return method;
    }
    return std::nullopt;
}

QString actionName(Action action)
{
    switch (action) {
    case Action::ProtectiveLock:
        return QStringLiteral("protective_lock");
    case Action::Unlock:
        return QStringLiteral("unlock");
    case Action::ReplacementToRegisteredAddress:
        return QStringLiteral("replacement_registered_address");
    case Action::ReplacementToOtherAddress:
        return QStringLiteral("replacement_other_address");
    case Action::ContactChange:
        return QStringLiteral("contact_change");
    case Action::PinReset:
        return QStringLiteral("pin_reset");
    case Action::RestrictControls:
        return QStringLiteral("restrict_controls");
    case Action::RelaxControls:
        return QStringLiteral("relax_controls");
    case Action::ActivateReplacement:
        return QStringLiteral("activate_replacement");
    case Action::CloseAtRequest:
        return QStringLiteral("close_at_request");
    }
    return QString();
}

Level levelOf(Method method)
{
    switch (method) {
    case Method::StrongElectronicId:
    case Method::AppConfirmation:
        return Level::Strong;
    case Method::KnowledgeQuestions:
    case Method::CardIdentified:
        return Level::CardIdentified;
    }
    return Level::None;
}

Level required(Action action)
{
    switch (action) {
    case Action::ProtectiveLock:
        return Level::CardIdentified;
    case Action::ReplacementToRegisteredAddress:
    case Action::RestrictControls:
    case Action::ActivateReplacement:
        // The card goes where the customer is on record; a restriction only
        // protects; activation follows the customer's confirmed receipt.
        return Level::CardIdentified;
    case Action::Unlock:
    case Action::ReplacementToOtherAddress:
    case Action::ContactChange:
    case Action::PinReset:
    case Action::RelaxControls:
    case Action::CloseAtRequest:
        return Level::Strong;
    }
    return Level::Strong;
}

bool allows(const std::optional<Outcome> &outcome, Action action, const QDateTime &now)
{
    if (!outcome || !outcome->passed || !outcome->at.isValid())
        return false;
    const qint64 age = outcome->at.secsTo(now);
    if (age < 0 || age > ValidSeconds)
        return false;
    return int(levelOf(outcome->method)) >= int(required(action));
}

} // namespace Verification

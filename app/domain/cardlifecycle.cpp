#include "cardlifecycle.h"

#include "enumnames.h"

namespace CardLifecycle {

namespace {

using EnumNames::fromName;

bool reachedCustomer(State state)
{
    return state != State::Ordered && state != State::Shipped;
}

} // namespace

QString stateName(State state)
{
    switch (state) {
    case State::Ordered:
        return QStringLiteral("ordered");
    case State::Shipped:
        return QStringLiteral("shipped");
    case State::Delivered:
        return QStringLiteral("delivered");
    case State::PendingActivation:
        return QStringLiteral("pending_activation");
    case State::Active:
        return QStringLiteral("active");
    case State::Locked:
        return QStringLiteral("locked");
    case State::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

std::optional<State> stateFromName(const QString &name)
{
    return fromName(name, AllStates, &stateName);
}

QString closeReasonName(CloseReason reason)
{
    switch (reason) {
    case CloseReason::Lost:
        return QStringLiteral("lost");
    case CloseReason::Stolen:
        return QStringLiteral("stolen");
    case CloseReason::Damaged:
        return QStringLiteral("damaged");
    case CloseReason::Expired:
        return QStringLiteral("expired");
    case CloseReason::Fraud:
        return QStringLiteral("fraud");
    case CloseReason::CustomerRequest:
        return QStringLiteral("customer_request");
    case CloseReason::Undeliverable:
        return QStringLiteral("undeliverable");
    }
    return QString();
}

std::optional<CloseReason> closeReasonFromName(const QString &name)
{
    return fromName(name, AllCloseReasons, &closeReasonName);
}

QString lockReasonName(LockReason reason)
{
    switch (reason) {
    case LockReason::CustomerRequest:
        return QStringLiteral("customer_request");
    case LockReason::Misplaced:
        return QStringLiteral("misplaced");
    case LockReason::Lost:
        return QStringLiteral("lost");
    case LockReason::Stolen:
        return QStringLiteral("stolen");
    case LockReason::SuspectedFraud:
        return QStringLiteral("suspected_fraud");
    case LockReason::Damaged:
        return QStringLiteral("damaged");
    }
    return QString();
}

std::optional<LockReason> lockReasonFromName(const QString &name)
{
    return fromName(name, AllLockReasons, &lockReasonName);
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::AgentConsole:
        return QStringLiteral("agent_console");
    case Channel::PhoneMenu:
        return QStringLiteral("phone_menu");
    case Channel::App:
        return QStringLiteral("app");
    case Channel::System:
        return QStringLiteral("system");
    case Channel::FraudMonitoring:
        return QStringLiteral("fraud");
    }
    return QString();
}

std::optional<Channel> channelFromName(const QString &name)
{
    return fromName(name, AllChannels, &channelName);
}

bool canPay(State state)
{
    return state == State::Active;
}

bool isAllowed(State from, State to)
{
    if (from == State::Closed || from == to)
        return false;   // closed is final; staying put is no transition
    if (to == State::Closed)
        return true;    // from any state that is not closed, with a reason
    switch (from) {
    case State::Ordered:
        return to == State::Shipped;
    case State::Shipped:
        return to == State::Delivered;
    case State::Delivered:
        return to == State::PendingActivation;
    case State::PendingActivation:
        return to == State::Active;
    case State::Active:
        return to == State::Locked;
    case State::Locked:
        return to == State::Active;
    case State::Closed:
        return false;
    }
    return false;
}

QString refusal(State from, State to, std::optional<CloseReason> reason)
{
    if (from == State::Closed)
        return QStringLiteral("the card is closed; a closed card cannot change");
    if (!isAllowed(from, to))
        return QStringLiteral("a card cannot go from %1 to %2").arg(stateName(from), stateName(to));
    if (to != State::Closed) {
        if (reason)
            return QStringLiteral("only closing takes a reason");
        return QString();
    }
    if (!reason)
        return QStringLiteral("closing a card needs a reason");
    switch (*reason) {
    case CloseReason::Undeliverable:
        if (reachedCustomer(from))
            return QStringLiteral("only a card on its way can be undeliverable");
        break;
    case CloseReason::Damaged:
    case CloseReason::Expired:
        if (!reachedCustomer(from))
            return QStringLiteral("a card that has not reached the customer cannot be %1")
                .arg(closeReasonName(*reason));
        break;
    case CloseReason::Lost:
    case CloseReason::Stolen:
    case CloseReason::Fraud:
    case CloseReason::CustomerRequest:
        break;
    }
    return QString();
}

std::optional<ReplacementRule> replacementRule(CloseReason reason)
{
    switch (reason) {
    case CloseReason::Lost:
    case CloseReason::Stolen:
    case CloseReason::Fraud:
    case CloseReason::Undeliverable:
        return ReplacementRule{true, false};
    case CloseReason::Damaged:
    case CloseReason::Expired:
        return ReplacementRule{false, true};
    case CloseReason::CustomerRequest:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace CardLifecycle

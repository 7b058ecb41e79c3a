#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// @short A payment card's life, as card-issuing platforms model it.
///
/// ordered -> shipped -> delivered -> pending activation -> active;
/// active <-> locked (temporary, reversible); active or locked -> closed with
/// a reason. Closed is final. A card that never reached the customer can be
/// closed on its way too (undeliverable, lost or stolen in the post), and a
/// card waiting for activation can be closed (the customer reports it lost).
/// The service layer (and later the server) checks every transition here;
/// the UI only offers what this allows.
namespace CardLifecycle {

enum class State {
    Ordered,
    Shipped,
    Delivered,
    PendingActivation,
    Active,
    Locked,
    Closed
};

/// Why a card was closed; also why a replacement was issued.
enum class CloseReason {
    Lost,
    Stolen,
    Damaged,
    Expired,
    Fraud,
    CustomerRequest,
    Undeliverable
};

/// Why a card is locked (temporarily, reversibly).
enum class LockReason {
    CustomerRequest,   ///< the customer wants it paused
    Misplaced,         ///< not found yet; may turn up
    Lost,
    Stolen,
    SuspectedFraud,    ///< compromised, or an alert the customer did not recognise
    Damaged            ///< kept by the issuer while it is replaced (rare)
};

/// Who or what made a transition.
enum class Channel {
    AgentConsole,
    PhoneMenu,
    App,
    System,
    FraudMonitoring
};

constexpr State AllStates[] = {State::Ordered, State::Shipped, State::Delivered, State::PendingActivation,
                               State::Active, State::Locked, State::Closed};
constexpr CloseReason AllCloseReasons[] = {CloseReason::Lost, CloseReason::Stolen, CloseReason::Damaged,
                                           CloseReason::Expired, CloseReason::Fraud, CloseReason::CustomerRequest,
                                           CloseReason::Undeliverable};
constexpr LockReason AllLockReasons[] = {LockReason::CustomerRequest, LockReason::Misplaced, LockReason::Lost,
                                         LockReason::Stolen, LockReason::SuspectedFraud, LockReason::Damaged};
constexpr Channel AllChannels[] = {Channel::AgentConsole, Channel::PhoneMenu, Channel::App, Channel::System,
                                   Channel::FraudMonitoring};

/// Storage and wire names: "ordered", "pending_activation", "customer_request", "agent_console", …
QString stateName(State state);
std::optional<State> stateFromName(const QString &name);
QString closeReasonName(CloseReason reason);
std::optional<CloseReason> closeReasonFromName(const QString &name);
QString lockReasonName(LockReason reason);   ///< "customer_request", "misplaced", "suspected_fraud", …
std::optional<LockReason> lockReasonFromName(const QString &name);
QString channelName(Channel channel);
std::optional<Channel> channelFromName(const QString &name);

/// Whether the card can pay in @p state (active only).
bool canPay(State state);

/// Whether @p from -> @p to is a transition of the lifecycle (closing needs a reason on top).
bool isAllowed(State from, State to);

/// Why @p from -> @p to (closing with @p reason) is refused, in English for
/// logs and tests; empty when it is allowed. Closing needs a reason, other
/// transitions must not carry one; a card that never reached the customer
/// cannot be closed as "expired" or "damaged", and only one still on its way
/// can be "undeliverable".
QString refusal(State from, State to, std::optional<CloseReason> reason);

/// @short The replacement rules for a card closed (or to be closed) for @p reason.
struct ReplacementRule
{
    bool newNumber = true;              ///< lost, stolen, fraud: the old number is burnt
    bool oldCardWorksUntilActivated = false;   ///< damaged, expired: the old card stays usable
};

/// The rule for replacing a card for @p reason; nullopt when that reason
/// gives no replacement (the customer asked to close the card). Lost,
/// stolen, fraud and undeliverable (it may be in someone's hands) give a new
/// number at once; damaged and expired keep the number, and the old card
/// keeps working until the new one is activated, which closes it.
std::optional<ReplacementRule> replacementRule(CloseReason reason);

} // namespace CardLifecycle

/// @short One transition of a card, as recorded.
struct CardEvent
{
    qint64 id = 0;
    qint64 cardId = 0;
    QDateTime at;
    CardLifecycle::State from = CardLifecycle::State::Active;
    CardLifecycle::State to = CardLifecycle::State::Active;
    QString reasonCode;     ///< a CloseReason name when closing, else free (e.g. "customer_request")
    QString reasonText;     ///< the agent's own words
    CardLifecycle::Channel channel = CardLifecycle::Channel::AgentConsole;
    QString agent;
    QString commandId;
};


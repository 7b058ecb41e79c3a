#pragma once

#include "domain/cardcontrols.h"
#include "domain/cardlifecycle.h"
#include "domain/cardworkflow.h"
#include "domain/command.h"
#include "domain/deliveryschedule.h"
#include "domain/verification.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

/// @short What new card controls would have declined over the last 90 days.
struct ControlsPreview
{
    QList<Transaction> declined;   ///< newest first
    QStringList declinedBy;        ///< per transaction: "online", "abroad", "contactless", "atm"
    int examined = 0;              ///< transactions of the 90 days looked at
    QString error;
};

/// @short What the card panel shows around a customer's cards: deliveries, the address flag, the caller's verification.
struct CardHolderStatus
{
    qint64 customerId = 0;
    QString addressFlag;          ///< set when a card sent to the address never arrived; empty: none
    std::optional<Verification::Outcome> verification;   ///< this agent's latest for the customer
    QList<CardDelivery> deliveries;   ///< cards on their way or awaiting activation
    QHash<qint64, QString> currencies;   ///< card id -> its account's currency (limits are in it)
    QString error;
};

/// @short A workflow as the service answers: the command's outcome and the workflow as it is now.
struct WorkflowResult
{
    CommandResult result;
    WorkflowRecord workflow;   ///< id 0 when there is none
};

/// @short Transactions for the agent to review, newest first.
struct TransactionList
{
    QList<Transaction> transactions;
    QString error;
    /// For the agent, translated, beside a list that was read: for example that
    /// it may be incomplete (remote mode, the server not reached). Empty: none.
    QString notice;
};

/// @short A replacement card as the agent orders it.
struct ReplacementOrder
{
    enum class Delivery {
        Post,          ///< to the registered address
        PickupPoint,   ///< to a pickup point (another address: strong verification)
        Expedited      ///< by courier to the registered address
    };
    CardLifecycle::CloseReason reason = CardLifecycle::CloseReason::Lost;
    Delivery delivery = Delivery::Post;
    QString pickupPoint;          ///< required for PickupPoint
    bool pinCarriesOver = true;   ///< an explicit choice, audited
};

/// @short Card actions: every one a command with its audit entry, checked by the lifecycle and the policy.
///
/// Asynchronous like the other services. Every action names the card
/// version the agent saw: when someone changed the card since, the action is
/// refused as a Conflict whose message says what changed, by whom and when.
/// Before an action, the caller's identity must have been verified in this
/// agent's call to the level the action needs (Verification::required).
class CardService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CardService() override = default;

    /// Records how the caller was verified and whether it passed.
    virtual QFuture<CommandResult> recordVerification(qint64 customerId, qint64 cardId,
                                                      Verification::Method method, bool passed) = 0;
    /// A temporary, reversible lock (active -> locked), for @p reason (recorded as the reason code).
    virtual QFuture<CommandResult> lock(qint64 cardId, int expectedVersion, CardLifecycle::LockReason reason,
                                        const QString &reasonText) = 0;
    /// locked -> active; needs strong verification.
    virtual QFuture<CommandResult> unlock(qint64 cardId, int expectedVersion, const QString &reasonText) = 0;
    /// Closed for good, with a reason; lost, stolen, fraud, damaged and
    /// undeliverable protect the customer (the card identified is enough),
    /// the customer's own request needs strong verification.
    virtual QFuture<CommandResult> close(qint64 cardId, int expectedVersion, CardLifecycle::CloseReason reason,
                                         const QString &reasonText) = 0;
    /// pending activation -> active, only once the customer confirms they
    /// have the card in hand. A replacement for a damaged or expired card
    /// closes its predecessor (which kept working until now) in the same step.
    virtual QFuture<CommandResult> activate(qint64 cardId, int expectedVersion, bool customerConfirmedReceipt) = 0;
    /// Orders a replacement by the rules of CardLifecycle::replacementRule:
    /// lost, stolen, fraud and undeliverable close the card now (if it is not
    /// closed already) and order a new number; damaged and expired keep the
    /// number and the old card works until the new one is activated. The new
    /// card starts as ordered, with the old one's controls. A card has one
    /// replacement; a card closed at the customer's request has none.
    virtual QFuture<CommandResult> orderReplacement(qint64 cardId, int expectedVersion,
                                                    const ReplacementOrder &order) = 0;
    /// A new PIN by letter to the registered address, or shown in the app;
    /// needs strong verification. Not for a closed card.
    virtual QFuture<CommandResult> resetPin(qint64 cardId, int expectedVersion, bool byLetter) = 0;
    /// The customer never received the card: closed as undeliverable while it
    /// is on its way, as lost once it was marked delivered (someone else may
    /// hold it), and the address it went to is flagged. Then order a
    /// replacement (orderReplacement with the same reason).
    virtual QFuture<CommandResult> reportNotReceived(qint64 cardId, int expectedVersion) = 0;
    /// Before the agent saves new controls: the card's transactions of the
    /// last PreviewDays days that @p controls would have declined.
    virtual QFuture<ControlsPreview> previewControls(qint64 cardId, const CardControls &controls) = 0;
    /// Sets the card controls; switching one on needs strong verification,
    /// switching off only the card identified. A closed card has none to set.
    virtual QFuture<CommandResult> setControls(qint64 cardId, int expectedVersion, const CardControls &controls) = 0;
    static constexpr int PreviewDays = 90;
    /// Before the agent saves new limits: the last PreviewDays days'
    /// transactions they would have declined ("per_purchase", "daily", "daily_cash").
    virtual QFuture<ControlsPreview> previewLimits(qint64 cardId, const CardLimits &limits) = 0;
    /// Sets the spending limits (in the account's currency); raising or
    /// removing one needs strong verification, lowering only the card identified.
    virtual QFuture<CommandResult> setLimits(qint64 cardId, int expectedVersion, const CardLimits &limits) = 0;
    /// The card's spending limits as they are now (unset: no limit of this console's).
    virtual QFuture<CardLimits> limits(qint64 cardId) = 0;
    /// The card's transitions, oldest first.
    virtual QFuture<QList<CardEvent>> events(qint64 cardId) = 0;

    // --- The lost / stolen / damaged / compromised card workflow ---
    /// Starts the workflow for a card that is active or locked, linked to the
    /// conversation it came from (0: none). A card has at most one open
    /// workflow: starting another is refused, and the answer carries the open
    /// one so that the agent can resume it.
    virtual QFuture<WorkflowResult> startWorkflow(qint64 customerId, qint64 cardId, CardWorkflow::Situation situation,
                                                  qint64 conversationId) = 0;
    /// The workflow as saved (to resume it); result Rejected when there is none.
    virtual QFuture<WorkflowResult> workflow(qint64 workflowId) = 0;
    /// The customer's unfinished workflows, newest first.
    virtual QFuture<QList<WorkflowRecord>> openWorkflows(qint64 customerId) = 0;
    /// Saves how far the workflow got and the answers so far; a Conflict when
    /// a colleague saved it since @p expectedVersion (the message names who and when).
    virtual QFuture<WorkflowResult> saveWorkflow(qint64 workflowId, int expectedVersion, CardWorkflow::Step step,
                                                 const QJsonObject &data) = 0;
    /// Ends the workflow: completed (everything is done), or abandoned (what
    /// was done stays done: a lock stays on).
    virtual QFuture<WorkflowResult> finishWorkflow(qint64 workflowId, int expectedVersion, bool completed,
                                                   const QJsonObject &data) = 0;
    /// The card's transactions since @p since, newest first, with their dispute status.
    virtual QFuture<TransactionList> transactionsSince(qint64 cardId, const QDateTime &since) = 0;
    /// Files a dispute for a transaction of the workflow's card with the
    /// evidence its reason needs (DisputeReasons::requiredEvidence). For a
    /// stolen card the police report reference is required. A transaction is
    /// disputed once.
    virtual QFuture<CommandResult> fileDispute(qint64 workflowId, qint64 transactionId, DisputeReasons::Reason reason,
                                               const QJsonObject &evidence, const QString &policeReference) = 0;

    // --- The card panel: deliveries, the address flag, the caller's verification ---
    /// @short Everything the card panel shows beside the cards themselves, in one call.
    virtual QFuture<CardHolderStatus> holderStatus(qint64 customerId) = 0;
    /// Clears the customer's address flag once the agent has confirmed the
    /// address with them; needs strong verification, like a contact change.
    virtual QFuture<CommandResult> clearAddressFlag(qint64 customerId, const QString &note) = 0;

    /// @short Card actions on @p customerId's cards not yet taken by the server (remote mode).
    ///
    /// Card id -> the command types ("card.lock", …), oldest first: requested,
    /// not yet in effect. Empty in local mode, where an action takes effect at once.
    virtual QFuture<QHash<qint64, QStringList>> unsentActions(qint64 customerId) = 0;

Q_SIGNALS:
    void cardChanged(qint64 cardId, qint64 customerId);
};

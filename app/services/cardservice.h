#pragma once

#include "domain/cardcontrols.h"
#include "domain/cardlifecycle.h"
#include "domain/command.h"
#include "domain/verification.h"

#include <QFuture>
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
    /// A temporary, reversible lock (active -> locked).
    virtual QFuture<CommandResult> lock(qint64 cardId, int expectedVersion, const QString &reasonText) = 0;
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
    /// The card's transitions, oldest first.
    virtual QFuture<QList<CardEvent>> events(qint64 cardId) = 0;

Q_SIGNALS:
    void cardChanged(qint64 cardId, qint64 customerId);
};

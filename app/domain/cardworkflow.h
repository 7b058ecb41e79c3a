#pragma once

#include "cardlifecycle.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// @short The guided workflow for a lost, stolen, damaged or compromised card.
///
/// The order is fixed by the domain, not by the wizard: lock first (except
/// for a damaged card, which keeps working until its replacement is
/// activated), then review what was spent since the last certain use and
/// dispute what the customer does not recognise, then the police reference
/// (required when the card was stolen and disputes are filed), then the
/// replacement, then the confirmation to the customer.
namespace CardWorkflow {

enum class Situation {
    Lost,
    Stolen,
    Damaged,
    Compromised   ///< the number is in someone else's hands: skimmed, phished, an alert the customer denies
};

/// The steps in their order; stored by name so a colleague can resume.
enum class Step {
    Situation,
    Locked,        ///< the lock's result, and when the card was last used with certainty
    Review,
    Police,
    Replacement,
    Summary,
    Done
};

constexpr Situation AllSituations[] = {Situation::Lost, Situation::Stolen, Situation::Damaged, Situation::Compromised};
constexpr Step AllSteps[] = {Step::Situation, Step::Locked, Step::Review, Step::Police, Step::Replacement,
                             Step::Summary, Step::Done};

/// "lost", "stolen", "damaged", "compromised"
QString situationName(Situation situation);
std::optional<Situation> situationFromName(const QString &name);
/// "situation", "locked", "review", "police", "replacement", "summary", "done"
QString stepName(Step step);
std::optional<Step> stepFromName(const QString &name);

/// Whether the card is locked at once (every situation but damaged).
bool locksCard(Situation situation);
/// The lock's reason code for @p situation (damaged cards are not locked).
CardLifecycle::LockReason lockReason(Situation situation);
/// Whether spending since the last certain use is reviewed (not for a damaged card).
bool reviewsTransactions(Situation situation);
/// Why the card is closed and replaced: lost, stolen, damaged, fraud.
CardLifecycle::CloseReason closeReason(Situation situation);
/// A police reference is required when the card was stolen and disputes are filed.
bool policeReferenceRequired(Situation situation, int disputes);
/// Whether @p reference looks like a police report reference: 4-40
/// characters of letters, digits, spaces, '/', '-' and '.', with a digit.
bool isPlausiblePoliceReference(const QString &reference);
/// Whether the replacement gets a new number (lost, stolen, compromised) or keeps it (damaged).
bool givesNewNumber(Situation situation);
/// Whether a new PIN is the sensible default (the old one may be known to someone).
bool suggestsNewPin(Situation situation);

} // namespace CardWorkflow

/// @short Why a transaction is disputed, and the evidence each reason needs.
namespace DisputeReasons {

enum class Reason {
    NotAuthorised,        ///< the customer did not make it (lost, stolen, compromised card)
    Duplicate,            ///< charged twice for one purchase
    AmountDiffers,        ///< charged more than the receipt says
    NotReceived,          ///< paid, goods or service never came
    CancelledRecurring    ///< a subscription charged after it was cancelled
};

constexpr Reason AllReasons[] = {Reason::NotAuthorised, Reason::Duplicate, Reason::AmountDiffers,
                                 Reason::NotReceived, Reason::CancelledRecurring};

/// "not_authorised", "duplicate", "amount_differs", "not_received", "cancelled_recurring"
QString reasonName(Reason reason);
std::optional<Reason> reasonFromName(const QString &name);

/// The evidence keys @p reason needs in the dispute's evidence object:
/// NotAuthorised "declaration" (true: the customer declares they neither
/// made nor allowed it); Duplicate "duplicateOf" (the other transaction's
/// id); AmountDiffers "receiptAmountMinor" (what the receipt says, less than
/// charged); NotReceived "expectedBy" (ISO date, in the past) and
/// "merchantContacted" (true); CancelledRecurring "cancelledOn" (ISO date,
/// before the charge).
QStringList requiredEvidence(Reason reason);

/// What is missing or wrong in @p evidence for @p reason, as the key of the
/// first problem; empty when it is complete. @p charged is the disputed
/// transaction (its amount and time bound the receipt amount and the dates).
QString evidenceProblem(Reason reason, const QJsonObject &evidence, qint64 chargedMinor,
                        const QDateTime &chargedAt);

/// What the agent must do about the evidence problem @p key (from
/// evidenceProblem), translated; the service's refusal and the wizard's hint say the same.
QString evidenceMessage(const QString &key);

} // namespace DisputeReasons

/// @short A dispute as filed.
struct Dispute
{
    qint64 id = 0;
    qint64 transactionId = 0;
    qint64 cardId = 0;
    DisputeReasons::Reason reason = DisputeReasons::Reason::NotAuthorised;
    QJsonObject evidence;
    QString policeReference;
    QString status;        ///< "open", "won", "lost", "withdrawn"
    qint64 workflowId = 0;
    QDateTime openedAt;
    QString agent;
};

/// @short A saved workflow: how far it got and the answers so far.
struct WorkflowRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 cardId = 0;
    CardWorkflow::Situation situation = CardWorkflow::Situation::Lost;
    qint64 conversationId = 0;
    QString state;          ///< "open", "completed", "abandoned"
    CardWorkflow::Step step = CardWorkflow::Step::Situation;
    QJsonObject data;       ///< the wizard's answers (no card numbers: last four at most)
    int version = 1;
    QDateTime startedAt;
    QString startedBy;
    QDateTime updatedAt;
    QString updatedBy;
};

/// @short What the confirmation to the customer says, in their language.
struct WorkflowFacts
{
    QString firstName;
    QString last4;               ///< the card the workflow is about
    CardWorkflow::Situation situation = CardWorkflow::Situation::Lost;
    bool locked = false;
    bool closed = false;
    int disputes = 0;
    QString policeReference;
    bool replacementOrdered = false;
    bool newNumber = true;
    QString newLast4;            ///< empty when the number stays
    QString delivery;            ///< "post", "pickup_point", "expedited"
    QString pickupPoint;
    bool pinCarriesOver = true;
    QString agentName;
};

/// @short The confirmation message and its phrases per language (resources/workflows/confirmation.json).
namespace WorkflowMessages {

/// The confirmation in @p language ("fi", "sv", "nb", "en"; anything else: English).
QString confirmation(const QString &language, const WorkflowFacts &facts);
/// The subject line of a written confirmation.
QString subject(const QString &language, const WorkflowFacts &facts);
/// Languages the phrases exist in.
QStringList languages();

} // namespace WorkflowMessages

/// @short A place a replacement card can be collected from.
struct PickupPoint
{
    QString id;        ///< "FI-HEL-01"
    QString country;
    QString city;
    QString name;
    QString address;

    QString displayName() const;   ///< "Posti Kamppi, Urho Kekkosen katu 1, 00100 Helsinki"
};

/// @short The pickup points of resources/workflows/pickup_points.json.
namespace PickupPoints {

/// The points in @p country, those in @p city first (case-insensitive), then by city and name.
QList<PickupPoint> forCustomer(const QString &country, const QString &city);

} // namespace PickupPoints

Q_DECLARE_METATYPE(WorkflowRecord)
Q_DECLARE_METATYPE(Dispute)

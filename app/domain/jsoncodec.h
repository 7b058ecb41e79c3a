#pragma once

#include "agent.h"
#include "auditentry.h"
#include "cardcontrols.h"
#include "cardlifecycle.h"
#include "command.h"
#include "conversation.h"
#include "customer.h"
#include "money.h"
#include "verification.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// @short The wire format of the CardDesk API: one definition for the server and the client.
///
/// Field names are camelCase; timestamps RFC 3339 in UTC with "Z"
/// ("2026-11-22T09:15:00Z", ".123" only when there are milliseconds); dates
/// "YYYY-MM-DD"; money {"minor": 12345, "currency": "EUR"}; enumerations by
/// their storage names (CardLifecycle::stateName, Verification::methodName …).
///
/// Security invariant: no codec writes a full card number. Cards travel as
/// BIN and last four only, and every free-text field (names, merchants,
/// reasons, audit details …) is written through CardNumber::maskInText, so a
/// Luhn-valid run that slipped into the data leaves masked.
///
/// Decoders return nullopt and set *error (English, naming the field, for
/// logs and problem details) when a required field is missing or malformed;
/// unknown fields are ignored so that the server can add fields without
/// breaking older clients.
namespace JsonCodec {

// --- scalars -----------------------------------------------------------------

/// RFC 3339 in UTC with "Z"; milliseconds only when there are any. Empty for an invalid time.
QString timestamp(const QDateTime &time);
/// Accepts "Z" or a numeric offset and an optional fraction (milliseconds kept); the result is UTC.
std::optional<QDateTime> parseTimestamp(QStringView text);
/// "YYYY-MM-DD"; empty for an invalid date.
QString date(const QDate &date);
std::optional<QDate> parseDate(QStringView text);

/// "basic", "silver", "gold", "platinum".
QString tierName(LoyaltyTier tier);
std::optional<LoyaltyTier> tierFromName(const QString &name);
/// "agent", "supervisor".
QString roleName(Agent::Role role);
std::optional<Agent::Role> roleFromName(const QString &name);
/// CustomerSummary badges: "has_locked_card", "has_blocked_card", "overdue", "vip".
QJsonArray badgeNames(int badges);
int badgesFromNames(const QJsonArray &names);

/// Text as it may leave the system: every card number in it masked.
QString safeText(const QString &text);

// --- domain values -----------------------------------------------------------

QJsonObject toJson(const Money &money);
std::optional<Money> moneyFromJson(const QJsonValue &value, QString *error = nullptr);

QJsonObject toJson(const ContactDetails &contact);
std::optional<ContactDetails> contactFromJson(const QJsonValue &value, QString *error = nullptr);

QJsonObject toJson(const Benefit &benefit);
std::optional<Benefit> benefitFromJson(const QJsonValue &value, QString *error = nullptr);

QJsonObject toJson(const Customer &customer);
std::optional<Customer> customerFromJson(const QJsonValue &value, QString *error = nullptr);

QJsonObject toJson(const CustomerSummary &summary);
std::optional<CustomerSummary> customerSummaryFromJson(const QJsonValue &value, QString *error = nullptr);

QJsonObject toJson(const Account &account);
std::optional<Account> accountFromJson(const QJsonValue &value, QString *error = nullptr);

/// {"online", "abroad", "contactless", "atm"}: booleans.
QJsonObject toJson(const CardControls &controls);
std::optional<CardControls> controlsFromJson(const QJsonValue &value, QString *error = nullptr);

/// Spending limits in the card account's currency: {"perPurchase", "daily", "dailyCash"},
/// each Money or null (no limit of the desk's).
QJsonObject limitsToJson(const CardLimits &limits, const QString &currency);
std::optional<CardLimits> limitsFromJson(const QJsonValue &value, QString *currency = nullptr,
                                         QString *error = nullptr);

/// "545454******0123": the BIN, the hidden digits of a 16-digit number, the last four.
QString maskedPan(const QString &bin6, const QString &last4);

/// @short A card as the API carries it: the domain Card, its holder and its spending limits.
struct CardView
{
    Card card;
    qint64 customerId = 0;
    CardLimits limits;
    QString limitsCurrency = QStringLiteral("EUR");   ///< the card account's currency
};
/// BIN, last four and the masked number (first six, last four), never more;
/// the controls under "controls", the limits under "limits".
QJsonObject toJson(const CardView &view);
std::optional<CardView> cardViewFromJson(const QJsonValue &value, QString *error = nullptr);

QJsonObject toJson(const Transaction &transaction);
std::optional<Transaction> transactionFromJson(const QJsonValue &value, QString *error = nullptr);

QJsonObject toJson(const CardEvent &event);
std::optional<CardEvent> cardEventFromJson(const QJsonValue &value, QString *error = nullptr);

/// @short A caller verification as recorded: whose, by which agent, and until when it holds.
struct VerificationRecord
{
    qint64 customerId = 0;
    qint64 cardId = 0;          ///< the card the caller named; 0 for none
    QString agent;
    Verification::Outcome outcome;
};
/// {"customerId", "cardId", "method", "passed", "agent", "at", "validUntil"}; validUntil
/// is Verification::ValidSeconds after "at" and is not read back.
QJsonObject toJson(const VerificationRecord &record);
std::optional<VerificationRecord> verificationRecordFromJson(const QJsonValue &value, QString *error = nullptr);

/// @short The card panel's status beside the cards (CustomerView::holder).
///
/// Deliveries and open workflows travel as the server wrote them until
/// their own codecs exist.
struct HolderView
{
    qint64 customerId = 0;
    QString addressFlag;                              ///< empty: none
    std::optional<VerificationRecord> verification;   ///< the signed-in agent's latest
    QJsonArray deliveries;
    QJsonArray openWorkflows;
};
QJsonObject toJson(const HolderView &holder);
std::optional<HolderView> holderFromJson(const QJsonValue &value, QString *error = nullptr);

/// @short The customer view in one answer (GET /v1/customers/{id}).
struct CustomerView
{
    Customer customer;
    QList<Account> accounts;
    QList<CardView> cards;
    QList<Transaction> recentTransactions;   ///< newest first
    HolderView holder;
};
QJsonObject toJson(const CustomerView &view);
std::optional<CustomerView> customerViewFromJson(const QJsonValue &value, QString *error = nullptr);

/// The audit entry with its hashes, so that a reader can check the chain
/// (AuditChain::verify) from the wire form alone.
QJsonObject toJson(const AuditEntry &entry);
std::optional<AuditEntry> auditEntryFromJson(const QJsonValue &value, QString *error = nullptr);

/// A command as the console's outbox keeps it.
QJsonObject toJson(const Command &command);
std::optional<Command> commandFromJson(const QJsonValue &value, QString *error = nullptr);

/// @short An agent as the API shows them.
struct AgentProfile
{
    qint64 id = 0;
    Agent agent;
    QString language = QStringLiteral("en");        ///< "fi", "sv", "nb", "en"
    QStringList queues;
    QString presence = QStringLiteral("offline");   ///< "available", "busy", "away", "offline"
    QDateTime presenceSince;                       ///< invalid: never set
};
QJsonObject toJson(const AgentProfile &profile);
std::optional<AgentProfile> agentProfileFromJson(const QJsonValue &value, QString *error = nullptr);

/// A conversation as the inbox lists it. customerId and assignee are null when
/// there is none; firstResponseDue / resolutionDue null once met.
QJsonObject toJson(const ConversationSummary &conversation);
std::optional<ConversationSummary> conversationFromJson(const QJsonValue &value, QString *error = nullptr);

/// An attachment's metadata; "href" is /v1/attachments/{id} (not read back).
QJsonObject toJson(const Attachment &attachment);
std::optional<Attachment> attachmentFromJson(const QJsonValue &value, QString *error = nullptr);

/// A message or note with its attachments' metadata; "commandId" names the
/// agent's command that wrote it (null for inbound), so that a client can
/// match the server's copy to the one it showed before sending.
QJsonObject toJson(const Message &message);
std::optional<Message> messageFromJson(const QJsonValue &value, QString *error = nullptr);

// --- The supervisors' facts (change feed and GET /v1/supervision/history) ----

/// @short A satisfaction survey sent (feed entity "csat_request").
struct CsatRequestRecord
{
    qint64 id = 0;               ///< the server's
    qint64 conversationId = 0;
    QString agent;               ///< whose conversation it was
    Channel channel = Channel::Email;
    QDateTime sentAt;
};
QJsonObject toJson(const CsatRequestRecord &request);
std::optional<CsatRequestRecord> csatRequestFromJson(const QJsonValue &value, QString *error = nullptr);

/// @short A satisfaction answer (feed entity "csat_answer"), against its survey's agent and channel.
struct CsatAnswerRecord
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString agent;
    Channel channel = Channel::Email;
    int score = 0;               ///< 1 to 5
    QDateTime answeredAt;
};
QJsonObject toJson(const CsatAnswerRecord &answer);
std::optional<CsatAnswerRecord> csatAnswerFromJson(const QJsonValue &value, QString *error = nullptr);

/// @short A card outcome (feed entity "card_outcome"): a card locked, a
/// replacement ordered, a dispute opened. The id is the row's in its own kind.
struct CardOutcomeRecord
{
    enum Kind { Lock, Replacement, Dispute };
    Kind kind = Lock;
    qint64 id = 0;
    qint64 cardId = 0;
    QDateTime at;
};
/// "lock", "replacement", "dispute"
QString cardOutcomeKindName(CardOutcomeRecord::Kind kind);
QJsonObject toJson(const CardOutcomeRecord &outcome);
std::optional<CardOutcomeRecord> cardOutcomeFromJson(const QJsonValue &value, QString *error = nullptr);

// --- API envelopes -----------------------------------------------------------

/// @short What POST /v1/sessions answers: the bearer token, its expiry and the agent.
struct Session
{
    QString token;
    QDateTime expiresAt;
    AgentProfile agent;
};
QJsonObject toJson(const Session &session);
std::optional<Session> sessionFromJson(const QJsonValue &value, QString *error = nullptr);

/// @short One entry of the change feed (GET /v1/changes).
struct Change
{
    qint64 seq = 0;
    QString entity;          ///< "card", "customer", "conversation", …
    qint64 entityId = 0;
    QString op;              ///< "upsert" or "delete"
    std::optional<int> version;
    QJsonObject data;        ///< the entity as its GET returns it (empty for a delete)
    QDateTime at;
};
QJsonObject toJson(const Change &change);
std::optional<Change> changeFromJson(const QJsonValue &value, QString *error = nullptr);

/// @short An RFC 9457 problem (application/problem+json) with CardDesk's stable code.
///
/// The type is "urn:carddesk:problem:<code>"; instance, when set, names the
/// request ("urn:carddesk:request:<id>") as the server's log does.
struct Problem
{
    struct FieldError
    {
        QString field;
        QString message;
    };

    QString type;            ///< empty: "urn:carddesk:problem:<code>"
    QString title;           ///< empty: the code's standard title (problemTitle)
    int status = 0;
    QString detail;
    QString code;            ///< "validation_failed", "version_conflict", …
    QString instance;
    QList<FieldError> errors;
    QJsonObject extensions;  ///< further members ("current", "changedBy", …), written beside the others
};
QJsonObject toJson(const Problem &problem);
std::optional<Problem> problemFromJson(const QJsonValue &value, QString *error = nullptr);
/// The standard title of a problem code ("Validation failed", …); "Error" for an unknown one.
QString problemTitle(const QString &code);

} // namespace JsonCodec

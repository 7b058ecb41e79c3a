#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

/// Where a conversation came in. Stored as the lower-case names in
/// channelName(): "phone", "email", "chat", "webform", "social", "app", "alert".
enum class Channel {
    Phone,
    Email,
    Chat,
    WebForm,
    Social,
    App,      ///< the mobile app's secure messages
    Alert     ///< raised by a rule (suspicious transaction), not by the customer
};

/// "new", "open", "pending", "on_hold", "resolved", "closed"
enum class ConversationStatus {
    New,
    Open,
    PendingCustomer,
    OnHold,
    Resolved,
    Closed
};

/// "low", "normal", "high", "urgent"
enum class Priority {
    Low,
    Normal,
    High,
    Urgent
};

/// The topics a card issuer's customers write about; also the classifier's labels.
/// Stored as the names in topicName(): "lost_stolen_card", "card_not_received",
/// "pin", "invoice_due_date", "credit_limit", "disputed_purchase",
/// "loyalty_campaign", "address_change", "online_payment_security", "phishing",
/// "other".
enum class Topic {
    LostStolenCard,
    CardNotReceived,
    Pin,
    InvoiceDueDate,
    CreditLimit,
    DisputedPurchase,
    LoyaltyCampaign,
    AddressChange,
    OnlinePaymentSecurity,
    Phishing,
    Other
};

namespace ConversationNames {
QString channelName(Channel channel);
Channel channelFromName(const QString &name, bool *ok = nullptr);
QString statusName(ConversationStatus status);
ConversationStatus statusFromName(const QString &name, bool *ok = nullptr);
QString priorityName(Priority priority);
Priority priorityFromName(const QString &name, bool *ok = nullptr);
QString topicName(Topic topic);
Topic topicFromName(const QString &name, bool *ok = nullptr);
QList<Topic> allTopics();
QList<Channel> allChannels();
} // namespace ConversationNames

/// @short One row of an inbox list: cheap to hold, cheap to paint.
/// @short A conversation's SLA times as stored: the targets whether met or
/// not, and when they were met (the summary's own due fields are null once met).
struct ConversationSlaTimes
{
    QDateTime firstResponseDue;
    QDateTime firstRespondedAt;  ///< null until the first answer
    QDateTime resolutionDue;
    QDateTime resolvedAt;        ///< null while open
};

struct ConversationSummary
{
    qint64 id = 0;
    qint64 customerId = 0;       ///< 0 when not (yet) matched to a customer
    QString customerName;        ///< or the sender's address / number when unmatched
    Channel channel = Channel::Email;
    ConversationStatus status = ConversationStatus::New;
    Priority priority = Priority::Normal;
    QString queue;               ///< "cards", "billing", "fraud", "general"
    QString assignee;            ///< agent username; empty when unassigned
    QStringList topics;          ///< topic names
    QString language;            ///< "fi", "sv", "nb", "en"
    QString subject;
    QString preview;             ///< start of the latest message, one line
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime firstResponseDue;  ///< null once answered
    QDateTime resolutionDue;
    int messageCount = 0;
    bool hasAttachments = false;
    int version = 1;
    /// The SLA times as stored; given by servers since 2026-11-23 (the
    /// supervisor's figures measure with them), absent from older ones.
    std::optional<ConversationSlaTimes> slaTimes;
};

/// "received", "queued", "sent", "delivered", "failed"
enum class DeliveryState {
    Received,    ///< inbound
    Queued,      ///< outbound, accepted by CardDesk, not yet handed to the channel
    Sent,
    Delivered,
    Failed
};

enum class MessageDirection {
    Inbound,
    Outbound,
    Note      ///< internal note: never shown to the customer
};

namespace ConversationNames {
/// "inbound", "outbound", "note"
QString directionName(MessageDirection direction);
MessageDirection directionFromName(const QString &name, bool *ok = nullptr);
/// "received", "queued", "sent", "delivered", "failed"
QString deliveryName(DeliveryState state);
DeliveryState deliveryFromName(const QString &name, bool *ok = nullptr);
} // namespace ConversationNames

/// @short An attachment; its bytes live content-addressed outside the rows.
struct Attachment
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256;           ///< hex; the store's key
    QString contentId;           ///< MIME Content-ID without angle brackets (cid: target); empty when none
};

struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    MessageDirection direction = MessageDirection::Inbound;
    QString author;              ///< agent username, or the customer's name / address
    QDateTime at;
    QString bodyText;            ///< plain text; card numbers already masked
    QString bodyHtml;            ///< sanitised HTML (allowlist), or empty
    DeliveryState delivery = DeliveryState::Received;
    QString externalId;          ///< RFC 5322 Message-ID for email, or the channel's id
    QList<Attachment> attachments;
    QUuid commandId;             ///< the agent's command that wrote it; null for inbound messages
};

/// @short A conversation with its messages, oldest first.
struct ConversationThread
{
    ConversationSummary conversation;
    QList<Message> messages;
};

Q_DECLARE_METATYPE(ConversationSummary)
Q_DECLARE_METATYPE(Message)

#pragma once

#include "common/pill.h"

#include "domain/conversation.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

/// @short Agent-facing words for inbox values (channels, statuses, SLA), in the UI language.
///
/// Like DisplayText: call again after a language change.
namespace InboxText {

QString channel(Channel channel);
QString status(ConversationStatus status);
Pill::Tone statusTone(ConversationStatus status);
QString priority(Priority priority);
Pill::Tone priorityTone(Priority priority);
QString topic(const QString &topicName);     ///< "lost_stolen_card" -> "Lost or stolen card"
QString queue(const QString &queueName);     ///< "cards" -> "Cards"
QString delivery(DeliveryState state);       ///< "Queued — local mode, not sent to the customer's channel"

/// A stored name and the agent-facing text for it, for menus and choice lists.
struct Choice
{
    QString name;   ///< as stored: "cards", "lost_stolen_card"
    QString text;   ///< as shown: "Cards", "Lost or stolen card"
};
/// Every queue a conversation can be moved to, in menu order.
QList<Choice> queues();
/// Every topic a conversation can be given, in menu order.
QList<Choice> topicChoices();

/// How urgent an SLA due time is, for colour.
enum class Urgency {
    None,       ///< no due time (resolved, answered)
    Calm,       ///< more than an hour left
    Soon,       ///< within the hour
    Breached
};

/// The due time the agent works against: first response while unanswered, else resolution.
QDateTime activeDue(const ConversationSummary &summary);
Urgency urgency(const ConversationSummary &summary, const QDateTime &now);
/// "2 h 15 min left", "12 min overdue", empty without a due time.
QString countdown(const ConversationSummary &summary, const QDateTime &now);
QColor urgencyColour(Urgency urgency);
/// A span of time as the countdowns write it: "12 min", "2 h 15 min", "14 h", "3 d".
QString duration(qint64 seconds);

/// "4.2 MB", "812 KB", "120 bytes"
QString fileSize(qint64 bytes);

} // namespace InboxText

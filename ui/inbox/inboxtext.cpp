#include "inboxtext.h"

#include "common/theme.h"

#include <QCoreApplication>
#include <QLocale>

namespace InboxText {

namespace {


bool isOpen(ConversationStatus status)
{
    return status != ConversationStatus::Resolved && status != ConversationStatus::Closed;
}

QString span(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(1, (seconds + 59) / 60);
    if (minutes < 60)
        return QCoreApplication::translate("InboxText", "%n min", "duration", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 rest = minutes % 60;
        if (rest == 0 || hours >= 10)
            return QCoreApplication::translate("InboxText", "%n h", "duration", int(hours));
        return QCoreApplication::translate("InboxText", "%1 h %2 min", "duration").arg(hours).arg(rest);
    }
    // Computed outside the call: Qt 6.4's lupdate hangs on a '/' inside
    // translate()'s count argument.
    const int days = int(hours / 24);
    return QCoreApplication::translate("InboxText", "%n d", "duration in days", days);
}

} // namespace

QString channel(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QCoreApplication::translate("InboxText", "Phone");
    case Channel::Email:
        return QCoreApplication::translate("InboxText", "Email");
    case Channel::Chat:
        return QCoreApplication::translate("InboxText", "Chat");
    case Channel::WebForm:
        return QCoreApplication::translate("InboxText", "Web form");
    case Channel::Social:
        return QCoreApplication::translate("InboxText", "Social media");
    case Channel::App:
        return QCoreApplication::translate("InboxText", "App message");
    case Channel::Alert:
        return QCoreApplication::translate("InboxText", "Alert", "a conversation raised by a fraud rule");
    }
    return QString();
}

QString status(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::New:
        return QCoreApplication::translate("InboxText", "New", "conversation status");
    case ConversationStatus::Open:
        return QCoreApplication::translate("InboxText", "Open", "conversation status");
    case ConversationStatus::PendingCustomer:
        return QCoreApplication::translate("InboxText", "Waiting for customer");
    case ConversationStatus::OnHold:
        return QCoreApplication::translate("InboxText", "On hold");
    case ConversationStatus::Resolved:
        return QCoreApplication::translate("InboxText", "Resolved");
    case ConversationStatus::Closed:
        return QCoreApplication::translate("InboxText", "Closed", "conversation status");
    }
    return QString();
}

Pill::Tone statusTone(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::New:
        return Pill::Tone::Info;
    case ConversationStatus::Open:
        return Pill::Tone::Accent;
    case ConversationStatus::PendingCustomer:
    case ConversationStatus::OnHold:
        return Pill::Tone::Neutral;
    case ConversationStatus::Resolved:
    case ConversationStatus::Closed:
        return Pill::Tone::Success;
    }
    return Pill::Tone::Neutral;
}

QString priority(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QCoreApplication::translate("InboxText", "Low", "priority");
    case Priority::Normal:
        return QCoreApplication::translate("InboxText", "Normal", "priority");
    case Priority::High:
        return QCoreApplication::translate("InboxText", "High", "priority");
    case Priority::Urgent:
        return QCoreApplication::translate("InboxText", "Urgent", "priority");
    }
    return QString();
}

Pill::Tone priorityTone(Priority priority)
{
    switch (priority) {
    case Priority::Urgent:
        return Pill::Tone::Danger;
    case Priority::High:
        return Pill::Tone::Attention;
    case Priority::Low:
    case Priority::Normal:
        break;
    }
    return Pill::Tone::Neutral;
}

QString topic(const QString &name)
{
    if (name == QLatin1StringView("lost_stolen_card"))
        return QCoreApplication::translate("InboxText", "Lost or stolen card");
    if (name == QLatin1StringView("card_not_received"))
        return QCoreApplication::translate("InboxText", "Card not received");
    if (name == QLatin1StringView("pin"))
        return QCoreApplication::translate("InboxText", "PIN");
    if (name == QLatin1StringView("invoice_due_date"))
        return QCoreApplication::translate("InboxText", "Invoice and due date");
    if (name == QLatin1StringView("credit_limit"))
        return QCoreApplication::translate("InboxText", "Credit limit");
    if (name == QLatin1StringView("disputed_purchase"))
        return QCoreApplication::translate("InboxText", "Disputed purchase");
    if (name == QLatin1StringView("loyalty_campaign"))
        return QCoreApplication::translate("InboxText", "Benefits and campaigns");
    if (name == QLatin1StringView("address_change"))
        return QCoreApplication::translate("InboxText", "Address change");
    if (name == QLatin1StringView("online_payment_security"))
        return QCoreApplication::translate("InboxText", "Online payment security");
    if (name == QLatin1StringView("phishing"))
        return QCoreApplication::translate("InboxText", "Suspected phishing");
    if (name == QLatin1StringView("other"))
        return QCoreApplication::translate("InboxText", "Other", "topic");
    return name;
}

QString queue(const QString &name)
{
    if (name == QLatin1StringView("cards"))
        return QCoreApplication::translate("InboxText", "Cards", "queue");
    if (name == QLatin1StringView("billing"))
        return QCoreApplication::translate("InboxText", "Billing", "queue");
    if (name == QLatin1StringView("fraud"))
        return QCoreApplication::translate("InboxText", "Fraud", "queue");
    if (name == QLatin1StringView("general"))
        return QCoreApplication::translate("InboxText", "General", "queue");
    return name;
}

QList<Choice> queues()
{
    QList<Choice> choices;
    for (const QString &name : {QStringLiteral("cards"), QStringLiteral("billing"), QStringLiteral("fraud"),
                                QStringLiteral("general")})
        choices.append({name, queue(name)});
    return choices;
}

QList<Choice> topicChoices()
{
    QList<Choice> choices;
    for (Topic t : ConversationNames::allTopics()) {
        const QString name = ConversationNames::topicName(t);
        choices.append({name, topic(name)});
    }
    return choices;
}

QString duration(qint64 seconds)
{
    return span(seconds);
}

QString delivery(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Received:
        return QCoreApplication::translate("InboxText", "Received");
    case DeliveryState::Queued:
        return QCoreApplication::translate("InboxText", "Queued — local mode, not sent to the customer's channel");
    case DeliveryState::Sent:
        return QCoreApplication::translate("InboxText", "Sent");
    case DeliveryState::Delivered:
        return QCoreApplication::translate("InboxText", "Delivered");
    case DeliveryState::Failed:
        return QCoreApplication::translate("InboxText", "Not delivered — the channel refused it");
    }
    return QString();
}

QDateTime activeDue(const ConversationSummary &summary)
{
    if (!isOpen(summary.status))
        return QDateTime();
    if (summary.firstResponseDue.isValid())
        return summary.firstResponseDue;
    return summary.resolutionDue;
}

Urgency urgency(const ConversationSummary &summary, const QDateTime &now)
{
    const QDateTime due = activeDue(summary);
    if (!due.isValid())
        return Urgency::None;
    const qint64 left = now.secsTo(due);
    if (left < 0)
        return Urgency::Breached;
    if (left <= 3600)
        return Urgency::Soon;
    return Urgency::Calm;
}

QString countdown(const ConversationSummary &summary, const QDateTime &now)
{
    const QDateTime due = activeDue(summary);
    if (!due.isValid())
        return QString();
    const qint64 left = now.secsTo(due);
    if (left < 0)
        return QCoreApplication::translate("InboxText", "%1 overdue", "SLA").arg(span(-left));
    return QCoreApplication::translate("InboxText", "%1 left", "SLA").arg(span(left));
}

QColor urgencyColour(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Breached:
        return Theme::danger();
    case Urgency::Soon:
        return QColor(0xB4, 0x6A, 0x00);   // amber, readable on white
    case Urgency::Calm:
    case Urgency::None:
        break;
    }
    return Theme::mutedText();
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace InboxText

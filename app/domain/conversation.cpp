#include "conversation.h"

#include <array>

namespace {

template <typename Enum, size_t N>
QString nameOf(const std::array<QLatin1StringView, N> &names, Enum value)
{
    const size_t index = size_t(value);
    return index < N ? QString(names[index]) : QString();
}

template <typename Enum, size_t N>
Enum valueOf(const std::array<QLatin1StringView, N> &names, const QString &name, Enum fallback, bool *ok)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == names[i]) {
            if (ok)
                *ok = true;
            return Enum(i);
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

// In enum order; these are the stored names (see conversation.h).
const std::array<QLatin1StringView, 7> ChannelNames = {
    QLatin1StringView("phone"), QLatin1StringView("email"),  QLatin1StringView("chat"),
    QLatin1StringView("webform"), QLatin1StringView("social"), QLatin1StringView("app"),
    QLatin1StringView("alert"),
};

const std::array<QLatin1StringView, 6> StatusNames = {
    QLatin1StringView("new"),      QLatin1StringView("open"),     QLatin1StringView("pending"),
    QLatin1StringView("on_hold"),  QLatin1StringView("resolved"), QLatin1StringView("closed"),
};

const std::array<QLatin1StringView, 4> PriorityNames = {
    QLatin1StringView("low"), QLatin1StringView("normal"), QLatin1StringView("high"),
    QLatin1StringView("urgent"),
};

const std::array<QLatin1StringView, 11> TopicNames = {
    QLatin1StringView("lost_stolen_card"),
    QLatin1StringView("card_not_received"),
    QLatin1StringView("pin"),
    QLatin1StringView("invoice_due_date"),
    QLatin1StringView("credit_limit"),
    QLatin1StringView("disputed_purchase"),
    QLatin1StringView("loyalty_campaign"),
    QLatin1StringView("address_change"),
    QLatin1StringView("online_payment_security"),
    QLatin1StringView("phishing"),
    QLatin1StringView("other"),
};

const std::array<QLatin1StringView, 3> DirectionNames = {
    QLatin1StringView("inbound"), QLatin1StringView("outbound"), QLatin1StringView("note"),
};

const std::array<QLatin1StringView, 5> DeliveryNames = {
    QLatin1StringView("received"), QLatin1StringView("queued"), QLatin1StringView("sent"),
    QLatin1StringView("delivered"), QLatin1StringView("failed"),
};

} // namespace

namespace ConversationNames {

QString directionName(MessageDirection direction)
{
    return nameOf(DirectionNames, direction);
}

MessageDirection directionFromName(const QString &name, bool *ok)
{
    return valueOf(DirectionNames, name, MessageDirection::Inbound, ok);
}

QString deliveryName(DeliveryState state)
{
    return nameOf(DeliveryNames, state);
}

DeliveryState deliveryFromName(const QString &name, bool *ok)
{
    return valueOf(DeliveryNames, name, DeliveryState::Received, ok);
}


QString channelName(Channel channel)
{
    return nameOf(ChannelNames, channel);
}

Channel channelFromName(const QString &name, bool *ok)
{
    return valueOf(ChannelNames, name, Channel::Email, ok);
}

QString statusName(ConversationStatus status)
{
    return nameOf(StatusNames, status);
}

ConversationStatus statusFromName(const QString &name, bool *ok)
{
    return valueOf(StatusNames, name, ConversationStatus::New, ok);
}

QString priorityName(Priority priority)
{
    return nameOf(PriorityNames, priority);
}

Priority priorityFromName(const QString &name, bool *ok)
{
    return valueOf(PriorityNames, name, Priority::Normal, ok);
}

QString topicName(Topic topic)
{
    return nameOf(TopicNames, topic);
}

Topic topicFromName(const QString &name, bool *ok)
{
    return valueOf(TopicNames, name, Topic::Other, ok);
}

QList<Topic> allTopics()
{
    QList<Topic> topics;
    for (size_t i = 0; i < TopicNames.size(); ++i)
        topics.append(Topic(i));
    return topics;
}

QList<Channel> allChannels()
{
    QList<Channel> channels;
    for (size_t i = 0; i < ChannelNames.size(); ++i)
        channels.append(Channel(i));
    return channels;
}

} // namespace ConversationNames

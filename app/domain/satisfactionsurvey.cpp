#include "satisfactionsurvey.h"

namespace SatisfactionSurvey {

QString skipName(Skip skip)
{
    switch (skip) {
    case Skip::None:
        return QString();
    case Skip::NotAResolution:
        return QStringLiteral("not_a_resolution");
    case Skip::AlertChannel:
        return QStringLiteral("alert_channel");
    case Skip::NoCustomer:
        return QStringLiteral("no_customer");
    case Skip::AlreadySurveyed:
        return QStringLiteral("already_surveyed");
    case Skip::RecentSurvey:
        return QStringLiteral("recent_survey");
    }
    return QString();
}

bool isResolution(ConversationStatus from, ConversationStatus to)
{
    const bool wasOpen = from != ConversationStatus::Resolved && from != ConversationStatus::Closed;
    return wasOpen && to == ConversationStatus::Resolved;
}

Skip precheck(ConversationStatus from, ConversationStatus to, Channel channel, qint64 customerId)
{
    if (!isResolution(from, to))
        return Skip::NotAResolution;
    if (channel == Channel::Alert)
        return Skip::AlertChannel;
    if (customerId <= 0)
        return Skip::NoCustomer;
    return Skip::None;
}

bool isValidScore(int score)
{
    return score >= MinScore && score <= MaxScore;
}

std::optional<int> scoreFromReply(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 1)
        return std::nullopt;
    // ASCII digits only: the reply to "answer 1 to 5" is typed on a keypad.
    const int digit = int(trimmed.at(0).unicode()) - int(u'0');
    if (!isValidScore(digit))
        return std::nullopt;
    return digit;
}

} // namespace SatisfactionSurvey

#pragma once

#include "conversation.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTime>
#include <QTimeZone>

/// @short Service-level targets per channel and priority, in business or calendar time.
///
/// Email, web forms and app messages run on business hours (by default
/// Mon-Fri 08:00-18:00, Europe/Helsinki, with public holidays as a list of
/// dates), so a mail received on Friday at 17:00 with a 24 h target is due
/// 24 business hours later: Friday 1 h + Monday 10 h + Tuesday 10 h +
/// 3 h on Wednesday, at 11:00.
/// Chat, phone and alerts run on calendar time (minutes matter).
class SlaPolicy
{
public:
    struct Target
    {
        qint64 firstResponseSeconds = 0;
        qint64 resolutionSeconds = 0;
        bool businessHours = true;
    };

    /// The shipped policy, read from resources/sla/default.json (email first response 24 h,
    /// chat 2 min, alert 15 min, Finnish holidays, …); strict fallback targets if it cannot be read.
    static SlaPolicy defaults();
    /// @p json applied on top of the shipped targets, business day and time zone; the holidays
    /// are only those @p json lists. Falls back to defaults() with *error set.
    static SlaPolicy fromJson(const QByteArray &json, QString *error);

    Target target(Channel channel, Priority priority) const;
    void setTarget(Channel channel, Priority priority, const Target &target);

    QDateTime firstResponseDue(const QDateTime &received, Channel channel, Priority priority) const;
    QDateTime resolutionDue(const QDateTime &received, Channel channel, Priority priority) const;

    /// @p start plus @p seconds of business time (or calendar time when !businessHours).
    QDateTime addBusinessSeconds(const QDateTime &start, qint64 seconds) const;

    void setBusinessDay(const QTime &opens, const QTime &closes);
    void setTimeZone(const QTimeZone &zone);
    void setHolidays(const QList<QDate> &holidays);

private:
    QHash<int, Target> m_targets;   // key: int(channel) * 16 + int(priority)
    QTime m_opens = QTime(8, 0);
    QTime m_closes = QTime(18, 0);
    QTimeZone m_zone = QTimeZone("Europe/Helsinki");
    QList<QDate> m_holidays;
};

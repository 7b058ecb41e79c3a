#pragma once

#include "conversation.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <memory>

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

    /// Helsinki business hours (Mon-Fri 08:00-18:00), no holidays, no targets: see defaults().
    SlaPolicy();

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

    /// @short The business time from @p start to @p end: the seconds of opening
    /// hours of business days (nights, weekends and holidays do not run), as
    /// addBusinessSeconds() counts them.
    ///
    /// The inverse of addBusinessSeconds(): businessSecondsBetween(s,
    /// addBusinessSeconds(s, n)) is n. 0 when @p end is not after @p start,
    /// -1 when either is invalid.
    qint64 businessSecondsBetween(const QDateTime &start, const QDateTime &end) const;
    /// The same for two instants in seconds since the epoch (UTC): no
    /// QDateTime is made, so a figure over a million rows stays cheap.
    qint64 businessSecondsBetween(qint64 startEpochSeconds, qint64 endEpochSeconds) const;

    /// @short The SLA time from @p start to @p end on @p channel at @p priority:
    /// business seconds when its target runs on business hours (email, web
    /// form, app), calendar seconds otherwise (chat, phone, social, alert).
    /// 0 when @p end is not after @p start, -1 when either is invalid.
    qint64 slaSecondsBetween(const QDateTime &start, const QDateTime &end, Channel channel,
                             Priority priority = Priority::Normal) const;
    qint64 slaSecondsBetween(qint64 startEpochSeconds, qint64 endEpochSeconds, Channel channel,
                             Priority priority = Priority::Normal) const;

    /// A digest of everything the policy counts with (targets, business day,
    /// time zone, holidays): what was computed under one policy can tell that
    /// another applies now (SupervisionRepository's rollup).
    QByteArray fingerprint() const;

    void setBusinessDay(const QTime &opens, const QTime &closes);
    void setTimeZone(const QTimeZone &zone);
    void setHolidays(const QList<QDate> &holidays);

    /// Opaque: the business calendar in a form that counts without QDateTime (slapolicy.cpp).
    struct Calendar;

private:
    /// The calendar's own walk, day by day with QDateTime: the reference the
    /// arithmetic of businessSecondsBetween() follows, and its fallback for a
    /// zone whose clock changes within business hours, or far-off years.
    qint64 businessSecondsByDays(const QDateTime &start, const QDateTime &end) const;
    void rebuildCalendar();

    QHash<int, Target> m_targets;   // key: int(channel) * 16 + int(priority)
    QTime m_opens = QTime(8, 0);
    QTime m_closes = QTime(18, 0);
    QTimeZone m_zone = QTimeZone("Europe/Helsinki");
    QList<QDate> m_holidays;
    std::shared_ptr<const Calendar> m_calendar;   ///< shared by copies; rebuilt by the setters
};

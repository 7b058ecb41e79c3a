#include "slapolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <map>
#include <vector>

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;

int targetKey(Channel channel, Priority priority)
{
    return int(channel) * 16 + int(priority);
}

/// "90s", "2m", "24h", or a plain number of seconds. Strictly positive.
bool parseDuration(const QJsonValue &value, qint64 *seconds)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d <= 0 || d > 1e9 || d != double(qint64(d)))
            return false;
        *seconds = qint64(d);
        return true;
    }
    if (!value.isString())
        return false;
    const QString text = value.toString().trimmed();
    if (text.size() < 2)
        return false;
    qint64 unit = 0;
    switch (text.back().unicode()) {
    case u's': unit = 1; break;
    case u'm': unit = Minute; break;
    case u'h': unit = Hour; break;
    default: return false;
    }
    bool ok = false;
    const qint64 number = QStringView(text).chopped(1).toLongLong(&ok);
    if (!ok || number <= 0 || number > 1000000000 / unit)
        return false;
    *seconds = number * unit;
    return true;
}

QTime parseClock(const QJsonValue &value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

/// Converts @p result back to the kind of time the caller gave us.
QDateTime inSpecOf(const QDateTime &result, const QDateTime &like)
{
    switch (like.timeSpec()) {
    case Qt::UTC: return result.toUTC();
    case Qt::LocalTime: return result.toLocalTime();
    case Qt::OffsetFromUTC: return result.toOffsetFromUtc(like.offsetFromUtc());
    case Qt::TimeZone: return result.toTimeZone(like.timeZone());
    }
    return result;
}

/// Used only when :/sla/default.json cannot be read or parsed (a broken
/// build): one strict calendar-time target for every channel and priority,
/// so that every conversation looks urgent rather than none does.
SlaPolicy fallback()
{
    SlaPolicy policy;
    SlaPolicy::Target target;
    target.firstResponseSeconds = 15 * Minute;
    target.resolutionSeconds = 8 * Hour;
    target.businessHours = false;
    for (Channel channel : ConversationNames::allChannels()) {
        for (Priority priority : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
            policy.setTarget(channel, priority, target);
    }
    return policy;
}

/// Applies @p json on top of @p policy. False (and *error) when anything is wrong.
bool applyJson(const QByteArray &json, SlaPolicy *policy, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("SlaPolicy", "The SLA policy is not valid JSON: %1 at offset %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!document.isObject())
        return fail(QCoreApplication::translate("SlaPolicy", "The SLA policy must be a JSON object."));
    const QJsonObject root = document.object();

    const QJsonValue zoneValue = root.value(QLatin1StringView("timeZone"));
    if (!zoneValue.isUndefined()) {
        const QTimeZone zone(zoneValue.toString().toUtf8());
        if (!zoneValue.isString() || !zone.isValid())
            return fail(QCoreApplication::translate("SlaPolicy", "Unknown time zone \"%1\" in the SLA policy.").arg(zoneValue.toString()));
        policy->setTimeZone(zone);
    }

    const QJsonValue hoursValue = root.value(QLatin1StringView("businessHours"));
    if (!hoursValue.isUndefined()) {
        const QJsonObject hours = hoursValue.toObject();
        const QTime opens = parseClock(hours.value(QLatin1StringView("opens")));
        const QTime closes = parseClock(hours.value(QLatin1StringView("closes")));
        if (!opens.isValid() || !closes.isValid() || opens >= closes)
            return fail(QCoreApplication::translate("SlaPolicy", "The business hours of the SLA policy must be \"HH:mm\" with opening before closing."));
        policy->setBusinessDay(opens, closes);
    }

    const QJsonValue holidaysValue = root.value(QLatin1StringView("holidays"));
    if (!holidaysValue.isUndefined()) {
        if (!holidaysValue.isArray())
            return fail(QCoreApplication::translate("SlaPolicy", "The holidays of the SLA policy must be a list of dates."));
        QList<QDate> holidays;
        const QJsonArray array = holidaysValue.toArray();
        for (const QJsonValue &entry : array) {
            // Either "2026-12-24" or {"date": "2026-12-24", "name": "Christmas Eve"}.
            const QString text = entry.isObject() ? entry.toObject().value(QLatin1StringView("date")).toString()
                                                  : entry.toString();
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid())
                return fail(QCoreApplication::translate("SlaPolicy", "Invalid holiday date \"%1\" in the SLA policy.").arg(text));
            holidays.append(date);
        }
        policy->setHolidays(holidays);
    }

    const QJsonValue channelsValue = root.value(QLatin1StringView("channels"));
    if (!channelsValue.isUndefined() && !channelsValue.isObject())
        return fail(QCoreApplication::translate("SlaPolicy", "The channels of the SLA policy must be an object."));
    const QJsonObject channels = channelsValue.toObject();
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        bool ok = false;
        const Channel channel = ConversationNames::channelFromName(it.key(), &ok);
        if (!ok)
            return fail(QCoreApplication::translate("SlaPolicy", "Unknown channel \"%1\" in the SLA policy.").arg(it.key()));
        if (!it.value().isObject())
            return fail(QCoreApplication::translate("SlaPolicy", "The SLA targets of channel \"%1\" must be an object.").arg(it.key()));
        const QJsonObject channelObject = it.value().toObject();
        const QJsonValue businessValue = channelObject.value(QLatin1StringView("businessHours"));
        if (!businessValue.isUndefined() && !businessValue.isBool())
            return fail(QCoreApplication::translate("SlaPolicy", "\"businessHours\" of channel \"%1\" must be true or false.").arg(it.key()));
        const QJsonObject targets = channelObject.value(QLatin1StringView("targets")).toObject();
        for (auto t = targets.begin(); t != targets.end(); ++t) {
            const Priority priority = ConversationNames::priorityFromName(t.key(), &ok);
            if (!ok)
                return fail(QCoreApplication::translate("SlaPolicy", "Unknown priority \"%1\" for channel \"%2\" in the SLA policy.")
                                    .arg(t.key(), it.key()));
            const QJsonObject values = t.value().toObject();
            SlaPolicy::Target target = policy->target(channel, priority);
            if (!parseDuration(values.value(QLatin1StringView("firstResponse")), &target.firstResponseSeconds)
                || !parseDuration(values.value(QLatin1StringView("resolution")), &target.resolutionSeconds))
                return fail(QCoreApplication::translate("SlaPolicy", "The targets of %1/%2 must be positive durations such as \"30s\", \"15m\" or \"24h\".")
                                    .arg(it.key(), t.key()));
            if (target.resolutionSeconds < target.firstResponseSeconds)
                return fail(QCoreApplication::translate("SlaPolicy", "The resolution target of %1/%2 is shorter than its first-response target.")
                                    .arg(it.key(), t.key()));
            if (!businessValue.isUndefined())
                target.businessHours = businessValue.toBool();
            policy->setTarget(channel, priority, target);
        }
        if (!businessValue.isUndefined() && targets.isEmpty()) {
            for (Priority priority : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent}) {
                SlaPolicy::Target target = policy->target(channel, priority);
                target.businessHours = businessValue.toBool();
                policy->setTarget(channel, priority, target);
            }
        }
    }
    if (error)
        error->clear();
    return true;
}

constexpr qint64 Day = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

/// ISO day of the week (1 = Monday) of a day number counted from 1970-01-01, a Thursday.
int dayOfWeek(qint64 day)
{
    const qint64 sinceMonday = (day + 3) - floorDiv(day + 3, 7) * 7;   // 0 = Monday
    return int(sinceMonday) + 1;
}

/// The UTC offsets of a time zone from 1970 to 2100, read once per zone.
struct ZoneOffsets
{
    struct Transition
    {
        qint64 atUtc = 0;       ///< seconds since the epoch
        int offsetAfter = 0;    ///< seconds east of UTC from then on
    };
    std::vector<Transition> transitions;
    int initialOffset = 0;

    int offsetAt(qint64 utc) const
    {
        const auto next = std::upper_bound(transitions.cbegin(), transitions.cend(), utc,
                                           [](qint64 t, const Transition &transition) { return t < transition.atUtc; });
        return next == transitions.cbegin() ? initialOffset : std::prev(next)->offsetAfter;
    }
};

/// The table's years: outside them the calendar walks day by day.
const qint64 TableFrom = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
const qint64 TableTo = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

std::shared_ptr<const ZoneOffsets> zoneOffsets(const QTimeZone &zone)
{
    static QMutex mutex;
    static std::map<QByteArray, std::shared_ptr<const ZoneOffsets>> cache;
    QMutexLocker locker(&mutex);
    const auto found = cache.find(zone.id());
    if (found != cache.end())
        return found->second;
    auto offsets = std::make_shared<ZoneOffsets>();
    const QDateTime from = QDateTime::fromSecsSinceEpoch(TableFrom, Qt::UTC);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(TableTo, Qt::UTC);
    offsets->initialOffset = zone.offsetFromUtc(from);
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetDataList list = zone.transitions(from, to);
        offsets->transitions.reserve(size_t(list.size()));
        for (const QTimeZone::OffsetData &data : list)
            offsets->transitions.push_back({data.atUtc.toSecsSinceEpoch(), data.offsetFromUtc});
    }
    cache.emplace(zone.id(), offsets);
    return offsets;
}

} // namespace

/// The business calendar as day numbers and offsets: a span of any length
/// costs a few binary searches, not a QDateTime per day. It holds while no
/// clock change falls within (or skips over) business hours, which is so for
/// the Nordic zones (their clocks change at night); otherwise arithmetic is
/// false and the policy walks day by day.
struct SlaPolicy::Calendar
{
    std::shared_ptr<const ZoneOffsets> zone;
    qint64 opens = 8 * Hour;             ///< seconds after local midnight
    qint64 closes = 18 * Hour;
    std::vector<qint64> holidays;        ///< local day numbers of holidays on weekdays, sorted
    bool arithmetic = false;

    qint64 localDay(qint64 utc) const { return floorDiv(utc + zone->offsetAt(utc), Day); }

    /// The instant the local wall clock of @p day shows @p secondOfDay.
    qint64 instant(qint64 day, qint64 secondOfDay) const
    {
        const qint64 local = day * Day + secondOfDay;
        int offset = zone->offsetAt(local - zone->initialOffset);
        offset = zone->offsetAt(local - offset);
        return local - offset;
    }

    bool isBusinessDay(qint64 day) const
    {
        return dayOfWeek(day) <= 5 && !std::binary_search(holidays.cbegin(), holidays.cend(), day);
    }

    /// Business days among @p first ... @p last (both included).
    qint64 businessDays(qint64 first, qint64 last) const
    {
        if (last < first)
            return 0;
        const qint64 days = last - first + 1;
        qint64 count = days / 7 * 5;
        for (qint64 d = first + days / 7 * 7; d <= last; ++d)
            count += dayOfWeek(d) <= 5 ? 1 : 0;
        const auto low = std::lower_bound(holidays.cbegin(), holidays.cend(), first);
        const auto high = std::upper_bound(low, holidays.cend(), last);
        return count - qint64(high - low);
    }

    /// Business seconds of @p day between the instants @p from and @p to.
    qint64 within(qint64 day, qint64 from, qint64 to) const
    {
        if (!isBusinessDay(day))
            return 0;
        const qint64 start = std::max(from, instant(day, opens));
        const qint64 end = std::min(to, instant(day, closes));
        return std::max<qint64>(0, end - start);
    }

    qint64 between(qint64 start, qint64 end) const
    {
        const qint64 first = localDay(start);
        const qint64 last = localDay(end);
        if (first == last)
            return within(first, start, end);
        return within(first, start, end) + within(last, start, end)
               + businessDays(first + 1, last - 1) * (closes - opens);
    }
};

SlaPolicy::SlaPolicy()
{
    rebuildCalendar();
}

void SlaPolicy::rebuildCalendar()
{
    auto calendar = std::make_shared<Calendar>();
    calendar->zone = zoneOffsets(m_zone);
    calendar->opens = m_opens.msecsSinceStartOfDay() / 1000;
    calendar->closes = m_closes.msecsSinceStartOfDay() / 1000;
    const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    for (const QDate &holiday : std::as_const(m_holidays)) {
        if (holiday.dayOfWeek() <= 5)
            calendar->holidays.push_back(holiday.toJulianDay() - epochDay);
    }
    // Arithmetic holds unless a clock change skips or repeats wall-clock
    // time that touches business hours on some day.
    calendar->arithmetic = calendar->opens < calendar->closes;
    const ZoneOffsets &zone = *calendar->zone;
    int before = zone.initialOffset;
    for (const ZoneOffsets::Transition &transition : zone.transitions) {
        const qint64 low = transition.atUtc + std::min(before, transition.offsetAfter);
        const qint64 high = transition.atUtc + std::max(before, transition.offsetAfter);
        for (qint64 day = floorDiv(low, Day) - 1; day <= floorDiv(high, Day) + 1 && calendar->arithmetic; ++day) {
            if (low <= day * Day + calendar->closes && high >= day * Day + calendar->opens)
                calendar->arithmetic = false;
        }
        before = transition.offsetAfter;
    }
    m_calendar = std::move(calendar);
}

SlaPolicy SlaPolicy::defaults()
{
    // The shipped JSON is the one definition of the targets. Parsed once
    // (thread-safe static initialisation); callers get a copy.
    static const SlaPolicy shipped = [] {
        QFile file(QStringLiteral(":/sla/default.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("The shipped SLA policy :/sla/default.json cannot be read; using strict fallback targets.");
            return fallback();
        }
        SlaPolicy policy = fallback();
        QString error;
        if (!applyJson(file.readAll(), &policy, &error)) {
            qWarning("The shipped SLA policy :/sla/default.json is invalid (%s); using strict fallback targets.",
                     qUtf8Printable(error));
            return fallback();
        }
        return policy;
    }();
    return shipped;
}

SlaPolicy SlaPolicy::fromJson(const QByteArray &json, QString *error)
{
    // On top of the shipped targets, business day and zone; the holidays are @p json's own.
    SlaPolicy policy = defaults();
    policy.setHolidays({});
    if (applyJson(json, &policy, error))
        return policy;
    return defaults();
}

SlaPolicy::Target SlaPolicy::target(Channel channel, Priority priority) const
{
    return m_targets.value(targetKey(channel, priority));
}

void SlaPolicy::setTarget(Channel channel, Priority priority, const Target &target)
{
    m_targets.insert(targetKey(channel, priority), target);
}

QDateTime SlaPolicy::firstResponseDue(const QDateTime &received, Channel channel, Priority priority) const
{
    const Target t = target(channel, priority);
    return t.businessHours ? addBusinessSeconds(received, t.firstResponseSeconds)
                           : received.addSecs(t.firstResponseSeconds);
}

QDateTime SlaPolicy::resolutionDue(const QDateTime &received, Channel channel, Priority priority) const
{
    const Target t = target(channel, priority);
    return t.businessHours ? addBusinessSeconds(received, t.resolutionSeconds)
                           : received.addSecs(t.resolutionSeconds);
}

QDateTime SlaPolicy::addBusinessSeconds(const QDateTime &start, qint64 seconds) const
{
    if (!start.isValid() || seconds < 0)
        return start;
    if (m_opens >= m_closes)
        return start.addSecs(seconds);   // no business day at all: nothing sensible to count

    // Walk day by day in the policy's zone. Each business day is measured
    // as real seconds between its opening and closing instants, so a DST
    // change (at 03:00/04:00 in Helsinki, outside business hours) or a zone
    // whose switch falls inside the day is counted correctly.
    const QDateTime local = start.toTimeZone(m_zone);
    QDate day = local.date();
    QDateTime position = local;
    qint64 remaining = seconds;

    // A holiday list covers a few years; 20 years of days is a safe bound.
    for (int guard = 0; guard < 366 * 20 + int(seconds / 3600); ++guard) {
        const bool businessDay = day.dayOfWeek() <= 5 && !std::binary_search(m_holidays.cbegin(), m_holidays.cend(), day);
        if (businessDay) {
            const QDateTime opening(day, m_opens, m_zone);
            const QDateTime closing(day, m_closes, m_zone);
            if (position < opening)
                position = opening;
            if (position < closing) {
                const qint64 available = position.secsTo(closing);
                if (remaining <= available)
                    return inSpecOf(position.addSecs(remaining), start);
                remaining -= available;
            }
        }
        day = day.addDays(1);
        position = QDateTime(day, QTime(0, 0), m_zone);
    }
    return QDateTime();
}

qint64 SlaPolicy::businessSecondsBetween(const QDateTime &start, const QDateTime &end) const
{
    if (!start.isValid() || !end.isValid())
        return -1;
    return businessSecondsBetween(start.toSecsSinceEpoch(), end.toSecsSinceEpoch());
}

qint64 SlaPolicy::businessSecondsBetween(qint64 startEpochSeconds, qint64 endEpochSeconds) const
{
    if (endEpochSeconds <= startEpochSeconds)
        return 0;
    if (m_opens >= m_closes)
        return endEpochSeconds - startEpochSeconds;   // as addBusinessSeconds: calendar time
    const Calendar &calendar = *m_calendar;
    if (calendar.arithmetic && startEpochSeconds >= TableFrom + Day && endEpochSeconds < TableTo - Day)
        return calendar.between(startEpochSeconds, endEpochSeconds);
    return businessSecondsByDays(QDateTime::fromSecsSinceEpoch(startEpochSeconds, Qt::UTC),
                                 QDateTime::fromSecsSinceEpoch(endEpochSeconds, Qt::UTC));
}

qint64 SlaPolicy::businessSecondsByDays(const QDateTime &start, const QDateTime &end) const
{
    // The walk of addBusinessSeconds(), counting instead of spending: each
    // business day's opening and closing instants in the policy's zone.
    const QDate last = end.toTimeZone(m_zone).date();
    qint64 total = 0;
    for (QDate day = start.toTimeZone(m_zone).date(); day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5 || std::binary_search(m_holidays.cbegin(), m_holidays.cend(), day))
            continue;
        const QDateTime from = std::max(start, QDateTime(day, m_opens, m_zone));
        const QDateTime to = std::min(end, QDateTime(day, m_closes, m_zone));
        if (from < to)
            total += from.secsTo(to);
    }
    return total;
}

qint64 SlaPolicy::slaSecondsBetween(const QDateTime &start, const QDateTime &end, Channel channel,
                                    Priority priority) const
{
    if (!start.isValid() || !end.isValid())
        return -1;
    return slaSecondsBetween(start.toSecsSinceEpoch(), end.toSecsSinceEpoch(), channel, priority);
}

qint64 SlaPolicy::slaSecondsBetween(qint64 startEpochSeconds, qint64 endEpochSeconds, Channel channel,
                                    Priority priority) const
{
    if (target(channel, priority).businessHours)
        return businessSecondsBetween(startEpochSeconds, endEpochSeconds);
    return std::max<qint64>(0, endEpochSeconds - startEpochSeconds);
}

QByteArray SlaPolicy::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_zone.id());
    hash.addData(m_opens.toString(Qt::ISODate).toLatin1());
    hash.addData(m_closes.toString(Qt::ISODate).toLatin1());
    for (const QDate &holiday : m_holidays)
        hash.addData(holiday.toString(Qt::ISODate).toLatin1());
    QList<int> keys = m_targets.keys();
    std::sort(keys.begin(), keys.end());
    for (const int key : std::as_const(keys)) {
        const Target t = m_targets.value(key);
        hash.addData(QByteArray::number(key) + ':' + QByteArray::number(t.firstResponseSeconds) + ':'
                     + QByteArray::number(t.resolutionSeconds) + ':' + (t.businessHours ? "b" : "c") + ';');
    }
    return hash.result().toHex().left(16);
}

void SlaPolicy::setBusinessDay(const QTime &opens, const QTime &closes)
{
    if (!opens.isValid() || !closes.isValid() || opens >= closes)
        return;   // an empty business day would never end a countdown
    m_opens = opens;
    m_closes = closes;
    rebuildCalendar();
}

void SlaPolicy::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    rebuildCalendar();
}

void SlaPolicy::setHolidays(const QList<QDate> &holidays)
{
    m_holidays = holidays;
    std::sort(m_holidays.begin(), m_holidays.end());
    m_holidays.erase(std::unique(m_holidays.begin(), m_holidays.end()), m_holidays.end());
    rebuildCalendar();
}

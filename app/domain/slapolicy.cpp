#include "slapolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

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

} // namespace

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

void SlaPolicy::setBusinessDay(const QTime &opens, const QTime &closes)
{
    if (!opens.isValid() || !closes.isValid() || opens >= closes)
        return;   // an empty business day would never end a countdown
    m_opens = opens;
    m_closes = closes;
}

void SlaPolicy::setTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        m_zone = zone;
}

void SlaPolicy::setHolidays(const QList<QDate> &holidays)
{
    m_holidays = holidays;
    std::sort(m_holidays.begin(), m_holidays.end());
    m_holidays.erase(std::unique(m_holidays.begin(), m_holidays.end()), m_holidays.end());
}

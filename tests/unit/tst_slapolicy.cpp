#include "domain/conversation.h"
#include "domain/slapolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <limits>

namespace {

const QTimeZone &helsinki()
{
    static const QTimeZone zone("Europe/Helsinki");
    return zone;
}

/// A wall-clock time in Helsinki.
QDateTime hel(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), helsinki());
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

constexpr qint64 Hour = 3600;
constexpr qint64 Minute = 60;

/// "30s", "15m", "24h" as written in resources/sla/default.json; -1 for anything else.
qint64 jsonSeconds(const QJsonValue &value)
{
    const QString text = value.toString();
    const qint64 number = text.chopped(1).toLongLong();
    if (text.endsWith(QLatin1Char('s')))
        return number;
    if (text.endsWith(QLatin1Char('m')))
        return number * Minute;
    if (text.endsWith(QLatin1Char('h')))
        return number * Hour;
    return -1;
}

} // namespace

class TestSlaPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addBusinessSeconds_data();
    void addBusinessSeconds();
    void resultKeepsTheCallersTimeSpec();
    void springForwardCountsWallClockBusinessHours();
    void invalidAndNegativeInput();
    void businessSecondsBetween_data();
    void businessSecondsBetween();
    void businessSecondsBetweenIsTheInverseOfAdding_data();
    void businessSecondsBetweenIsTheInverseOfAdding();
    void slaSecondsBetweenFollowsTheChannel();
    void defaultTargets_data();
    void defaultTargets();
    void resolutionIsNeverBeforeFirstResponse();
    void firstResponseDue_data();
    void firstResponseDue();
    void resolutionDueForEmail();
    void builtInTargetsAreTheShippedJson_data();
    void builtInTargetsAreTheShippedJson();
    void shippedJsonHasFinnishHolidays();
    void fromJsonAppliesSettings();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void settersRejectNonsense();
};

void TestSlaPolicy::initTestCase()
{
    QVERIFY2(helsinki().isValid(), "the Europe/Helsinki zone (tzdata) is needed");
}

void TestSlaPolicy::addBusinessSeconds_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("expected");

    // Fri 9 Jan 2026 17:00 + 24 h: Fri 17-18 (1 h), Mon 12 (10 h, 11), Tue 13
    // (10 h, 21), Wed 14 08:00 + 3 h = 11:00.
    QTest::addRow("friday 17:00 + 24 h -> wednesday 11:00")
            << hel(2026, 1, 9, 17, 0) << 24 * Hour << hel(2026, 1, 14, 11, 0);
    QTest::addRow("within one day") << hel(2026, 1, 12, 9, 15) << 2 * Hour << hel(2026, 1, 12, 11, 15);
    // Ending exactly at closing stays on that day, not the next morning.
    QTest::addRow("exactly to closing") << hel(2026, 1, 9, 17, 0) << 1 * Hour << hel(2026, 1, 9, 18, 0);
    QTest::addRow("exactly at opening, a full day") << hel(2026, 1, 12, 8, 0) << 10 * Hour << hel(2026, 1, 12, 18, 0);
    QTest::addRow("exactly at opening, a day and a second")
            << hel(2026, 1, 12, 8, 0) << 10 * Hour + 1 << hel(2026, 1, 13, 8, 0, 1);
    QTest::addRow("one second before closing + 1 s")
            << hel(2026, 1, 12, 17, 59, 59) << qint64(1) << hel(2026, 1, 12, 18, 0);
    QTest::addRow("one second before closing + 2 s")
            << hel(2026, 1, 12, 17, 59, 59) << qint64(2) << hel(2026, 1, 13, 8, 0, 1);
    QTest::addRow("before opening starts at opening")
            << hel(2026, 1, 12, 6, 30) << 30 * Minute << hel(2026, 1, 12, 8, 30);
    QTest::addRow("after closing starts next morning")
            << hel(2026, 1, 12, 19, 0) << 1 * Hour << hel(2026, 1, 13, 9, 0);
    QTest::addRow("exactly at closing starts next morning")
            << hel(2026, 1, 12, 18, 0) << 1 * Hour << hel(2026, 1, 13, 9, 0);
    QTest::addRow("saturday starts monday") << hel(2026, 1, 10, 12, 0) << 1 * Hour << hel(2026, 1, 12, 9, 0);
    QTest::addRow("sunday night starts monday") << hel(2026, 1, 11, 23, 59) << 90 * Minute << hel(2026, 1, 12, 9, 30);
    QTest::addRow("zero on a saturday is the next opening") << hel(2026, 1, 10, 12, 0) << qint64(0) << hel(2026, 1, 12, 8, 0);
    QTest::addRow("zero within hours is the same instant") << hel(2026, 1, 12, 10, 0) << qint64(0) << hel(2026, 1, 12, 10, 0);
    // Mon 12 Jan 08:00 + 100 h = ten full business days: Fri 23 Jan 18:00.
    QTest::addRow("two working weeks") << hel(2026, 1, 12, 8, 0) << 100 * Hour << hel(2026, 1, 23, 18, 0);
    // Epiphany, Tue 6 Jan 2026: Mon 17-18 (1 h), Tue skipped, Wed 08:00 + 1 h.
    QTest::addRow("epiphany is skipped") << hel(2026, 1, 5, 17, 0) << 2 * Hour << hel(2026, 1, 7, 9, 0);
    // Easter 2026: Good Friday 3 Apr, Easter Monday 6 Apr. Thu 17-18, then Tue 7.
    QTest::addRow("easter weekend is skipped") << hel(2026, 4, 2, 17, 0) << 2 * Hour << hel(2026, 4, 7, 9, 0);
    // Christmas 2026: Thu 24 and Fri 25 are holidays, then the weekend.
    QTest::addRow("christmas is skipped") << hel(2026, 12, 23, 17, 0) << 90 * Minute << hel(2026, 12, 28, 8, 30);
    // Midsummer Eve, Fri 19 Jun 2026.
    QTest::addRow("midsummer eve is skipped") << hel(2026, 6, 18, 17, 0) << 2 * Hour << hel(2026, 6, 22, 9, 0);
    // Received on a holiday itself.
    QTest::addRow("received on may day") << hel(2026, 5, 1, 10, 0) << 1 * Hour << hel(2026, 5, 4, 9, 0);
    // Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar.
    QTest::addRow("easter 2027 is skipped") << hel(2027, 3, 25, 16, 0) << 4 * Hour << hel(2027, 3, 30, 10, 0);
    // Summer time starts Sun 29 Mar 2026 at 03:00 -> 04:00; business hours
    // are wall-clock hours, so Fri 17:00 + 2 h is Mon 09:00 local.
    QTest::addRow("over the spring DST change") << hel(2026, 3, 27, 17, 0) << 2 * Hour << hel(2026, 3, 30, 9, 0);
    // Summer time ends Sun 25 Oct 2026 at 04:00 -> 03:00.
    QTest::addRow("over the autumn DST change") << hel(2026, 10, 23, 17, 30) << 1 * Hour << hel(2026, 10, 26, 8, 30);
    // Received during the repeated hour of the autumn change (Sunday anyway).
    QTest::addRow("received in the repeated hour") << hel(2026, 10, 25, 3, 30) << 1 * Hour << hel(2026, 10, 26, 9, 0);
}

void TestSlaPolicy::addBusinessSeconds()
{
    QFETCH(QDateTime, start);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, expected);
    const SlaPolicy policy = SlaPolicy::defaults();
    const QDateTime due = policy.addBusinessSeconds(start, seconds);
    QCOMPARE(due, expected);
    QCOMPARE(due.toTimeZone(helsinki()).time(), expected.time());   // the same wall clock, not just the instant
}

void TestSlaPolicy::resultKeepsTheCallersTimeSpec()
{
    const SlaPolicy policy = SlaPolicy::defaults();
    // 15:00 UTC on Fri 9 Jan 2026 is 17:00 in Helsinki (UTC+2).
    const QDateTime due = policy.addBusinessSeconds(utc(2026, 1, 9, 15, 0), 24 * Hour);
    QCOMPARE(due.timeSpec(), Qt::UTC);
    QCOMPARE(due, utc(2026, 1, 14, 9, 0));

    // In summer Helsinki is UTC+3: Mon 1 Jun 2026 05:00 UTC is 08:00 local.
    const QDateTime summer = policy.addBusinessSeconds(utc(2026, 6, 1, 4, 0), 1 * Hour);
    QCOMPARE(summer, utc(2026, 6, 1, 6, 0));

    const QDateTime offset(QDate(2026, 1, 9), QTime(16, 0), Qt::OffsetFromUTC, 3600);   // = 17:00 Helsinki
    const QDateTime dueOffset = policy.addBusinessSeconds(offset, 2 * Hour);
    QCOMPARE(dueOffset.timeSpec(), Qt::OffsetFromUTC);
    QCOMPARE(dueOffset.offsetFromUtc(), 3600);
    QCOMPARE(dueOffset, hel(2026, 1, 12, 9, 0));
}

void TestSlaPolicy::springForwardCountsWallClockBusinessHours()
{
    // Across the spring change the business time is the same, but the real
    // elapsed time is one hour shorter than "calendar" arithmetic would say.
    const SlaPolicy policy = SlaPolicy::defaults();
    const QDateTime start = hel(2026, 3, 27, 17, 0);
    const QDateTime due = policy.addBusinessSeconds(start, 2 * Hour);
    QCOMPARE(due.toUTC(), utc(2026, 3, 30, 6, 0));   // EEST, UTC+3
    QCOMPARE(start.toUTC(), utc(2026, 3, 27, 15, 0)); // EET, UTC+2
}

void TestSlaPolicy::invalidAndNegativeInput()
{
    const SlaPolicy policy = SlaPolicy::defaults();
    QVERIFY(!policy.addBusinessSeconds(QDateTime(), Hour).isValid());
    const QDateTime start = hel(2026, 1, 10, 12, 0);
    QCOMPARE(policy.addBusinessSeconds(start, -5), start);
    // A year of business time ends without hanging and lands on a business day.
    const QDateTime far = policy.addBusinessSeconds(hel(2026, 1, 2, 8, 0), 2500 * Hour);
    QVERIFY(far.isValid());
    QVERIFY(far.toTimeZone(helsinki()).date().dayOfWeek() <= 5);
}

void TestSlaPolicy::businessSecondsBetween_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("within one day") << hel(2026, 1, 12, 9, 15) << hel(2026, 1, 12, 11, 15) << 2 * Hour;
    // The example of addBusinessSeconds, backwards: Fri 17-18, Mon, Tue, Wed 08-11.
    QTest::addRow("friday 17:00 to wednesday 11:00")
            << hel(2026, 1, 9, 17, 0) << hel(2026, 1, 14, 11, 0) << 24 * Hour;
    QTest::addRow("over a weekend") << hel(2026, 1, 9, 17, 0) << hel(2026, 1, 12, 9, 0) << 2 * Hour;
    QTest::addRow("saturday to sunday evening") << hel(2026, 1, 10, 12, 0) << hel(2026, 1, 11, 18, 0) << qint64(0);
    QTest::addRow("saturday to monday opening") << hel(2026, 1, 10, 12, 0) << hel(2026, 1, 12, 8, 0) << qint64(0);
    QTest::addRow("sunday night to monday 09:30")
            << hel(2026, 1, 11, 23, 59) << hel(2026, 1, 12, 9, 30) << 90 * Minute;
    QTest::addRow("from before opening") << hel(2026, 1, 12, 6, 30) << hel(2026, 1, 12, 8, 30) << 30 * Minute;
    QTest::addRow("both before opening") << hel(2026, 1, 12, 6, 30) << hel(2026, 1, 12, 7, 59) << qint64(0);
    QTest::addRow("after closing to the next morning")
            << hel(2026, 1, 12, 19, 0) << hel(2026, 1, 13, 9, 0) << 1 * Hour;
    QTest::addRow("closing to opening") << hel(2026, 1, 12, 18, 0) << hel(2026, 1, 13, 8, 0) << qint64(0);
    QTest::addRow("a second either side of the night")
            << hel(2026, 1, 12, 17, 59, 59) << hel(2026, 1, 13, 8, 0, 1) << qint64(2);
    QTest::addRow("opening to closing") << hel(2026, 1, 12, 8, 0) << hel(2026, 1, 12, 18, 0) << 10 * Hour;
    QTest::addRow("two working weeks") << hel(2026, 1, 12, 8, 0) << hel(2026, 1, 23, 18, 0) << 100 * Hour;
    // Mon 12 to Fri 30 Jan: three weeks less the weekend days, 15 days.
    QTest::addRow("three weeks, midnight to midnight")
            << hel(2026, 1, 12, 0, 0) << hel(2026, 1, 31, 0, 0) << 150 * Hour;
    QTest::addRow("epiphany does not run") << hel(2026, 1, 5, 17, 0) << hel(2026, 1, 7, 9, 0) << 2 * Hour;
    QTest::addRow("christmas does not run") << hel(2026, 12, 23, 17, 0) << hel(2026, 12, 28, 8, 30) << 90 * Minute;
    QTest::addRow("easter does not run") << hel(2026, 4, 2, 17, 0) << hel(2026, 4, 7, 9, 0) << 2 * Hour;
    QTest::addRow("received on may day") << hel(2026, 5, 1, 10, 0) << hel(2026, 5, 4, 9, 0) << 1 * Hour;
    QTest::addRow("over the spring DST change") << hel(2026, 3, 27, 17, 0) << hel(2026, 3, 30, 9, 0) << 2 * Hour;
    QTest::addRow("over the autumn DST change") << hel(2026, 10, 23, 17, 30) << hel(2026, 10, 26, 8, 30) << 1 * Hour;
    // 15:00 UTC is 17:00 in Helsinki (winter), 09:00 UTC is 11:00.
    QTest::addRow("given in UTC") << utc(2026, 1, 9, 15, 0) << utc(2026, 1, 14, 9, 0) << 24 * Hour;
    QTest::addRow("end before start") << hel(2026, 1, 12, 11, 0) << hel(2026, 1, 12, 9, 0) << qint64(0);
    QTest::addRow("the same instant") << hel(2026, 1, 12, 11, 0) << hel(2026, 1, 12, 11, 0) << qint64(0);
    // Beyond the calendar's table of zone offsets (2100): the day-by-day walk.
    QTest::addRow("a far-off year, over a weekend")
            << hel(2150, 1, 9, 17, 0) << hel(2150, 1, 13, 9, 0) << 12 * Hour;
}

void TestSlaPolicy::businessSecondsBetween()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(qint64, expected);
    const SlaPolicy policy = SlaPolicy::defaults();
    QCOMPARE(policy.businessSecondsBetween(start, end), expected);
    QCOMPARE(policy.businessSecondsBetween(start.toSecsSinceEpoch(), end.toSecsSinceEpoch()), expected);
}

void TestSlaPolicy::businessSecondsBetweenIsTheInverseOfAdding_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<bool>("clockChangeInBusinessHours");

    QTest::addRow("january, epiphany") << hel(2026, 1, 1, 0, 0) << false;
    QTest::addRow("easter and the spring change") << hel(2026, 3, 25, 0, 0) << false;
    QTest::addRow("the autumn change") << hel(2026, 10, 20, 0, 0) << false;
    QTest::addRow("christmas into the new year") << hel(2026, 12, 20, 0, 0) << false;
    QTest::addRow("a far-off year (day by day)") << hel(2150, 3, 25, 0, 0) << false;
    // Business hours 02:00-20:00: the spring change (03:00 -> 04:00) falls
    // inside them, so the policy walks day by day.
    QTest::addRow("clock change within business hours") << hel(2026, 3, 25, 0, 0) << true;
}

void TestSlaPolicy::businessSecondsBetweenIsTheInverseOfAdding()
{
    QFETCH(QDateTime, from);
    QFETCH(bool, clockChangeInBusinessHours);
    SlaPolicy policy = SlaPolicy::defaults();
    if (clockChangeInBusinessHours)
        policy.setBusinessDay(QTime(2, 0), QTime(20, 0));
    const qint64 amounts[] = {0, 1, 59, 3599, 10 * Hour - 1, 10 * Hour, 10 * Hour + 1, 24 * Hour, 80 * Hour, 160 * Hour};
    int checked = 0;
    // Every 37 minutes for three weeks: nights, weekends, holidays, openings.
    for (QDateTime start = from; start < from.addDays(21); start = start.addSecs(37 * Minute)) {
        for (const qint64 seconds : amounts) {
            const QDateTime due = policy.addBusinessSeconds(start, seconds);
            QVERIFY(due.isValid());
            const qint64 between = policy.businessSecondsBetween(start, due);
            if (between != seconds)
                QFAIL(qPrintable(QStringLiteral("%1 + %2 s = %3, but between them %4 s")
                                     .arg(start.toString(Qt::ISODate)).arg(seconds)
                                     .arg(due.toString(Qt::ISODate)).arg(between)));
            ++checked;
        }
    }
    QVERIFY(checked > 8000);
}

void TestSlaPolicy::slaSecondsBetweenFollowsTheChannel()
{
    const SlaPolicy policy = SlaPolicy::defaults();
    const QDateTime friday = hel(2026, 1, 9, 17, 0);
    const QDateTime monday = hel(2026, 1, 12, 9, 0);
    // Email, web form and app count business hours; chat, phone, social and alerts the clock.
    QCOMPARE(policy.slaSecondsBetween(friday, monday, Channel::Email), 2 * Hour);
    QCOMPARE(policy.slaSecondsBetween(friday, monday, Channel::WebForm, Priority::Urgent), 2 * Hour);
    QCOMPARE(policy.slaSecondsBetween(friday, monday, Channel::App), 2 * Hour);
    QCOMPARE(policy.slaSecondsBetween(friday, monday, Channel::Chat), 64 * Hour);
    QCOMPARE(policy.slaSecondsBetween(friday, monday, Channel::Phone), 64 * Hour);
    QCOMPARE(policy.slaSecondsBetween(friday, monday, Channel::Social), 64 * Hour);
    QCOMPARE(policy.slaSecondsBetween(friday.toSecsSinceEpoch(), monday.toSecsSinceEpoch(), Channel::Alert), 64 * Hour);
    QCOMPARE(policy.slaSecondsBetween(monday, friday, Channel::Chat), qint64(0));
    QCOMPARE(policy.slaSecondsBetween(QDateTime(), monday, Channel::Email), qint64(-1));
    QCOMPARE(policy.businessSecondsBetween(friday, QDateTime()), qint64(-1));
}

void TestSlaPolicy::defaultTargets_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<qint64>("firstResponse");
    QTest::addColumn<bool>("businessHours");

    QTest::addRow("email normal") << Channel::Email << Priority::Normal << 24 * Hour << true;
    QTest::addRow("email low") << Channel::Email << Priority::Low << 48 * Hour << true;
    QTest::addRow("email high") << Channel::Email << Priority::High << 8 * Hour << true;
    QTest::addRow("email urgent") << Channel::Email << Priority::Urgent << 4 * Hour << true;
    QTest::addRow("webform normal") << Channel::WebForm << Priority::Normal << 24 * Hour << true;
    QTest::addRow("app normal") << Channel::App << Priority::Normal << 24 * Hour << true;
    QTest::addRow("chat normal") << Channel::Chat << Priority::Normal << 2 * Minute << false;
    QTest::addRow("phone normal") << Channel::Phone << Priority::Normal << 4 * Hour << false;
    QTest::addRow("social normal") << Channel::Social << Priority::Normal << 4 * Hour << false;
    QTest::addRow("alert normal") << Channel::Alert << Priority::Normal << 15 * Minute << false;
}

void TestSlaPolicy::defaultTargets()
{
    QFETCH(Channel, channel);
    QFETCH(Priority, priority);
    QFETCH(qint64, firstResponse);
    QFETCH(bool, businessHours);
    const SlaPolicy::Target target = SlaPolicy::defaults().target(channel, priority);
    QCOMPARE(target.firstResponseSeconds, firstResponse);
    QCOMPARE(target.businessHours, businessHours);
}

void TestSlaPolicy::resolutionIsNeverBeforeFirstResponse()
{
    const SlaPolicy policy = SlaPolicy::defaults();
    const QList<Channel> channels = ConversationNames::allChannels();
    for (Channel channel : channels) {
        qint64 previous = std::numeric_limits<qint64>::max();
        for (Priority priority : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent}) {
            const SlaPolicy::Target target = policy.target(channel, priority);
            QVERIFY(target.firstResponseSeconds > 0);
            QVERIFY(target.resolutionSeconds > target.firstResponseSeconds);
            // A higher priority never has a looser first-response target.
            QVERIFY(target.firstResponseSeconds < previous);
            previous = target.firstResponseSeconds;
        }
    }
}

void TestSlaPolicy::firstResponseDue_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<QDateTime>("expected");

    QTest::addRow("email normal, friday 17:00")
            << Channel::Email << Priority::Normal << hel(2026, 1, 9, 17, 0) << hel(2026, 1, 14, 11, 0);
    // 4 h: Fri 17-18, then Mon 08:00 + 3 h.
    QTest::addRow("email urgent, friday 17:00")
            << Channel::Email << Priority::Urgent << hel(2026, 1, 9, 17, 0) << hel(2026, 1, 12, 11, 0);
    // 48 h: 1 + 10 + 10 + 10 + 10 = 41 by Thu 18:00, Fri 08:00 + 7 h.
    QTest::addRow("email low, friday 17:00")
            << Channel::Email << Priority::Low << hel(2026, 1, 9, 17, 0) << hel(2026, 1, 16, 15, 0);
    QTest::addRow("web form high, saturday")
            << Channel::WebForm << Priority::High << hel(2026, 1, 10, 9, 0) << hel(2026, 1, 12, 16, 0);
    // Calendar-time channels ignore nights, weekends and holidays.
    QTest::addRow("chat normal, saturday midnight")
            << Channel::Chat << Priority::Normal << hel(2026, 1, 10, 23, 59) << hel(2026, 1, 11, 0, 1);
    QTest::addRow("phone normal, christmas eve")
            << Channel::Phone << Priority::Normal << hel(2026, 12, 24, 20, 0) << hel(2026, 12, 25, 0, 0);
    QTest::addRow("social normal, sunday")
            << Channel::Social << Priority::Normal << hel(2026, 1, 11, 12, 0) << hel(2026, 1, 11, 16, 0);
    // 02:50 EET + 15 min of real time is 03:05 EET, which the clock shows as 04:05 EEST.
    QTest::addRow("alert normal, across the spring change")
            << Channel::Alert << Priority::Normal << hel(2026, 3, 29, 2, 50) << hel(2026, 3, 29, 4, 5);
    QTest::addRow("alert urgent, night") << Channel::Alert << Priority::Urgent << hel(2026, 1, 13, 2, 0)
                                         << hel(2026, 1, 13, 2, 5);
}

void TestSlaPolicy::firstResponseDue()
{
    QFETCH(Channel, channel);
    QFETCH(Priority, priority);
    QFETCH(QDateTime, received);
    QFETCH(QDateTime, expected);
    QCOMPARE(SlaPolicy::defaults().firstResponseDue(received, channel, priority), expected);
}

void TestSlaPolicy::resolutionDueForEmail()
{
    const SlaPolicy policy = SlaPolicy::defaults();
    // 80 business hours from Mon 12 Jan 08:00 = 8 days: Wed 21 Jan 18:00.
    QCOMPARE(policy.resolutionDue(hel(2026, 1, 12, 8, 0), Channel::Email, Priority::Normal), hel(2026, 1, 21, 18, 0));
    // Chat: 1 h of calendar time.
    QCOMPARE(policy.resolutionDue(hel(2026, 1, 10, 23, 30), Channel::Chat, Priority::Normal), hel(2026, 1, 11, 0, 30));
}

void TestSlaPolicy::builtInTargetsAreTheShippedJson_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<Priority>("priority");
    // Pairs whose targets differ from the strict fallback used when the JSON cannot be read.
    QTest::addRow("chat urgent") << Channel::Chat << Priority::Urgent;
    QTest::addRow("email low") << Channel::Email << Priority::Low;
    QTest::addRow("phone high") << Channel::Phone << Priority::High;
    QTest::addRow("webform normal") << Channel::WebForm << Priority::Normal;
}

void TestSlaPolicy::builtInTargetsAreTheShippedJson()
{
    QFETCH(Channel, channel);
    QFETCH(Priority, priority);
    // Read the shipped file here, apart from SlaPolicy's own parser.
    QFile file(QStringLiteral(":/sla/default.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject channelObject = QJsonDocument::fromJson(file.readAll())
                                              .object()
                                              .value(QLatin1StringView("channels"))
                                              .toObject()
                                              .value(ConversationNames::channelName(channel))
                                              .toObject();
    const QJsonObject values = channelObject.value(QLatin1StringView("targets"))
                                       .toObject()
                                       .value(ConversationNames::priorityName(priority))
                                       .toObject();
    const qint64 firstResponse = jsonSeconds(values.value(QLatin1StringView("firstResponse")));
    const qint64 resolution = jsonSeconds(values.value(QLatin1StringView("resolution")));
    QVERIFY(firstResponse > 0);
    QVERIFY(resolution > 0);
    const QJsonValue businessHours = channelObject.value(QLatin1StringView("businessHours"));
    QVERIFY(businessHours.isBool());

    const SlaPolicy::Target builtIn = SlaPolicy::defaults().target(channel, priority);
    QCOMPARE(builtIn.firstResponseSeconds, firstResponse);
    QCOMPARE(builtIn.resolutionSeconds, resolution);
    QCOMPARE(builtIn.businessHours, businessHours.toBool());

    // A policy file that says nothing about the targets keeps the shipped ones.
    QString error = QStringLiteral("not cleared");
    const SlaPolicy::Target kept = SlaPolicy::fromJson(QByteArrayLiteral("{}"), &error).target(channel, priority);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(kept.firstResponseSeconds, firstResponse);
    QCOMPARE(kept.resolutionSeconds, resolution);
    QCOMPARE(kept.businessHours, businessHours.toBool());
}

void TestSlaPolicy::shippedJsonHasFinnishHolidays()
{
    // Without the holidays from the JSON, 24 Dec 2027 (a Friday) would count.
    QString error;
    const SlaPolicy noHolidays = SlaPolicy::fromJson(QByteArrayLiteral("{}"), &error);
    const SlaPolicy shipped = SlaPolicy::defaults();
    const QDateTime start = hel(2027, 12, 23, 17, 0);
    QCOMPARE(noHolidays.addBusinessSeconds(start, 2 * Hour), hel(2027, 12, 24, 9, 0));
    QCOMPARE(shipped.addBusinessSeconds(start, 2 * Hour), hel(2027, 12, 27, 9, 0));
    // Independence Day, Mon 6 Dec 2027.
    QCOMPARE(shipped.addBusinessSeconds(hel(2027, 12, 3, 18, 0), 1 * Hour), hel(2027, 12, 7, 9, 0));
    // All Saints' Day 2027 is a Saturday: Friday 5 Nov is an ordinary day.
    QCOMPARE(shipped.addBusinessSeconds(hel(2027, 11, 4, 17, 0), 2 * Hour), hel(2027, 11, 5, 9, 0));
}

void TestSlaPolicy::fromJsonAppliesSettings()
{
    const QByteArray json = R"({
        "timeZone": "Europe/Stockholm",
        "businessHours": { "opens": "09:00", "closes": "17:00" },
        "holidays": ["2026-01-06", { "date": "2026-01-07", "name": "Company day" }],
        "channels": {
            "chat": { "targets": { "normal": { "firstResponse": "3m", "resolution": "2h" } } },
            "social": { "businessHours": true },
            "email": { "targets": { "urgent": { "firstResponse": 7200, "resolution": "10h" } } }
        }
    })";
    QString error = QStringLiteral("not cleared");
    const SlaPolicy policy = SlaPolicy::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(policy.target(Channel::Chat, Priority::Normal).firstResponseSeconds, 3 * Minute);
    QCOMPARE(policy.target(Channel::Chat, Priority::Normal).resolutionSeconds, 2 * Hour);
    QCOMPARE(policy.target(Channel::Chat, Priority::High).firstResponseSeconds, 1 * Minute);   // untouched
    QCOMPARE(policy.target(Channel::Email, Priority::Urgent).firstResponseSeconds, 2 * Hour);
    QVERIFY(policy.target(Channel::Social, Priority::Low).businessHours);
    QVERIFY(policy.target(Channel::Social, Priority::Urgent).businessHours);

    // Stockholm, 09-17, with 6 and 7 Jan off: Mon 5 Jan 16:00 Stockholm + 2 h
    // = 1 h on Monday, then Thu 8 Jan 09:00 + 1 h.
    const QTimeZone stockholm("Europe/Stockholm");
    const QDateTime start(QDate(2026, 1, 5), QTime(16, 0), stockholm);
    QCOMPARE(policy.addBusinessSeconds(start, 2 * Hour), QDateTime(QDate(2026, 1, 8), QTime(10, 0), stockholm));
}

void TestSlaPolicy::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("not json") << QByteArray("email: 24h");
    QTest::addRow("truncated") << QByteArray(R"({"channels": {"email": )");
    QTest::addRow("array root") << QByteArray("[1, 2]");
    QTest::addRow("unknown time zone") << QByteArray(R"({"timeZone": "Mars/Olympus_Mons"})");
    QTest::addRow("opens after closes") << QByteArray(R"({"businessHours": {"opens": "18:00", "closes": "08:00"}})");
    QTest::addRow("bad clock") << QByteArray(R"({"businessHours": {"opens": "8 am", "closes": "18:00"}})");
    QTest::addRow("bad holiday") << QByteArray(R"({"holidays": ["2026-02-30"]})");
    QTest::addRow("holidays not a list") << QByteArray(R"({"holidays": "2026-01-01"})");
    QTest::addRow("unknown channel") << QByteArray(R"({"channels": {"fax": {"targets": {}}}})");
    QTest::addRow("unknown priority")
            << QByteArray(R"({"channels": {"email": {"targets": {"asap": {"firstResponse": "1h", "resolution": "2h"}}}}})");
    QTest::addRow("bad unit")
            << QByteArray(R"({"channels": {"email": {"targets": {"normal": {"firstResponse": "24x", "resolution": "80h"}}}}})");
    QTest::addRow("negative")
            << QByteArray(R"({"channels": {"email": {"targets": {"normal": {"firstResponse": "-1h", "resolution": "80h"}}}}})");
    QTest::addRow("zero")
            << QByteArray(R"({"channels": {"chat": {"targets": {"normal": {"firstResponse": 0, "resolution": "1h"}}}}})");
    QTest::addRow("missing resolution")
            << QByteArray(R"({"channels": {"email": {"targets": {"normal": {"firstResponse": "24h"}}}}})");
    QTest::addRow("resolution before first response")
            << QByteArray(R"({"channels": {"email": {"targets": {"normal": {"firstResponse": "24h", "resolution": "2h"}}}}})");
    QTest::addRow("business hours not a bool") << QByteArray(R"({"channels": {"chat": {"businessHours": "yes"}}})");
}

void TestSlaPolicy::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QString error;
    const SlaPolicy policy = SlaPolicy::fromJson(json, &error);
    QVERIFY(!error.isEmpty());
    // The fallback is the shipped defaults, holidays included.
    QCOMPARE(policy.target(Channel::Email, Priority::Normal).firstResponseSeconds, 24 * Hour);
    QCOMPARE(policy.target(Channel::Chat, Priority::Normal).firstResponseSeconds, 2 * Minute);
    QCOMPARE(policy.addBusinessSeconds(hel(2026, 1, 5, 17, 0), 2 * Hour), hel(2026, 1, 7, 9, 0));
}

void TestSlaPolicy::settersRejectNonsense()
{
    SlaPolicy policy = SlaPolicy::defaults();
    policy.setBusinessDay(QTime(18, 0), QTime(8, 0));   // ignored
    policy.setTimeZone(QTimeZone("Nowhere/Nothing"));    // ignored
    QCOMPARE(policy.addBusinessSeconds(hel(2026, 1, 9, 17, 0), 24 * Hour), hel(2026, 1, 14, 11, 0));

    policy.setBusinessDay(QTime(9, 0), QTime(17, 0));
    policy.setHolidays({QDate(2026, 1, 12), QDate(2026, 1, 12)});
    // Fri 16-17 (1 h), Mon 12 is now a holiday, Tue 09:00 + 1 h.
    QCOMPARE(policy.addBusinessSeconds(hel(2026, 1, 9, 16, 0), 2 * Hour), hel(2026, 1, 13, 10, 0));
    // setHolidays replaces the list: Epiphany is an ordinary day now.
    QCOMPARE(policy.addBusinessSeconds(hel(2026, 1, 5, 16, 0), 2 * Hour), hel(2026, 1, 6, 10, 0));

    policy.setTarget(Channel::Email, Priority::Normal, {60, 120, false});
    QCOMPARE(policy.firstResponseDue(hel(2026, 1, 10, 12, 0), Channel::Email, Priority::Normal),
             hel(2026, 1, 10, 12, 1));
}

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"

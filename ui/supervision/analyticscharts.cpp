#include "analyticscharts.h"

#include "chartstyle.h"
#include "supervisiontext.h"

#include "common/theme.h"
#include "inbox/inboxtext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace AnalyticsCharts {

namespace {

QDate weekStartOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

/// A value axis from 0 past @p maximum in round steps (1, 2, 2.5 or 5 times a power of ten), 3 to 6 of them.
void roundAxis(QValueAxis *axis, double maximum)
{
    if (maximum <= 0)
        maximum = 1;
    double step = 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maximum)));
    for (const double factor : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (std::ceil(maximum / step) <= 5)
            break;
    }
    step = std::max(step, 1.0);   // counts: whole numbers
    const int steps = std::max(2, int(std::ceil(maximum / step)));
    axis->setRange(0, steps * step);
    axis->setTickCount(steps + 1);
}

void noData(QChart *chart, const QString &none)
{
    chart->setTitle(chart->title().isEmpty() ? none : chart->title() + QStringLiteral(": ") + none);
    chart->setTitleBrush(Theme::mutedText());
    chart->legend()->hide();
}

void noData(QChart *chart)
{
    noData(chart, QCoreApplication::translate("AnalyticsCharts", "No conversations in this period"));
}

} // namespace

bool weeklyVolumes(const AnalyticsPeriod &period)
{
    return period.from.daysTo(period.to) + 1 > DailyVolumesUpToDays;
}

QChart *volumes(const Analytics &analytics, const QString &title)
{
    QChart *chart = ChartStyle::makeChart();
    chart->setTitle(title);
    const bool weekly = weeklyVolumes(analytics.period);
    QMap<int, QMap<QDate, int>> perChannel;
    for (const ChannelVolume &volume : analytics.volumes)
        perChannel[int(volume.channel)][weekly ? weekStartOf(volume.day) : volume.day] += volume.count;
    if (perChannel.isEmpty()) {
        noData(chart);
        return chart;
    }
    QList<QDate> points;
    for (QDate day = weekly ? weekStartOf(analytics.period.from) : analytics.period.from;
         day.isValid() && day <= analytics.period.to; day = day.addDays(weekly ? 7 : 1))
        points.append(day);

    // Points at 0, 1, 2, …; a label under every day (week), or every few when there are many.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int every = points.size() <= 16 ? 1 : int((points.size() + 11) / 12);
    for (int i = 0; i < points.size(); i += every)
        x->append(weekly ? SupervisionText::weekShort(points.at(i)) : SupervisionText::dayMonth(points.at(i)), i);
    x->setRange(-0.4, points.size() - 0.6);
    x->setStartValue(-0.4);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(weekly ? QCoreApplication::translate("AnalyticsCharts", "per week")
                           : QCoreApplication::translate("AnalyticsCharts", "per day"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    int maximum = 0;
    for (auto it = perChannel.cbegin(); it != perChannel.cend(); ++it) {
        const Channel channel = Channel(it.key());
        auto *series = new QLineSeries;
        series->setName(InboxText::channel(channel));
        QPen pen(ChartStyle::channelColour(channel));
        pen.setWidthF(2.0);
        series->setPen(pen);
        series->setPointsVisible(points.size() <= 16);
        for (int i = 0; i < points.size(); ++i) {
            const int count = it.value().value(points.at(i));
            maximum = qMax(maximum, count);
            series->append(i, count);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    roundAxis(y, maximum * 1.05);
    ChartStyle::styleAxis(x);
    ChartStyle::styleAxis(y);
    return chart;
}

QChart *againstTarget(const QList<QPair<Channel, DurationStats>> &perChannel, const QString &title)
{
    QChart *chart = ChartStyle::makeChart();
    chart->setTitle(title);
    QList<QPair<Channel, DurationStats>> shown;
    for (const auto &entry : perChannel) {
        if (entry.second.count > 0 && entry.second.targetSeconds > 0)
            shown.append(entry);
    }
    if (shown.isEmpty()) {
        noData(chart);
        return chart;
    }
    auto *median = new QBarSet(QCoreApplication::translate("AnalyticsCharts", "Median"));
    auto *p90 = new QBarSet(QCoreApplication::translate("AnalyticsCharts", "90th percentile"));
    median->setColor(ChartStyle::seriesColour(0));
    median->setBorderColor(ChartStyle::seriesColour(0));
    p90->setColor(ChartStyle::seriesColour(1));
    p90->setBorderColor(ChartStyle::seriesColour(1));
    // Horizontal bars: the channel names have the room they need in every language. The first
    // channel on top (a horizontal bar chart counts from the bottom).
    std::reverse(shown.begin(), shown.end());
    QStringList categories;
    double maximum = 100;
    for (const auto &[channel, stats] : shown) {
        categories.append(InboxText::channel(channel));
        const double m = 100.0 * stats.medianSeconds / stats.targetSeconds;
        const double p = 100.0 * stats.p90Seconds / stats.targetSeconds;
        *median << m;
        *p90 << p;
        maximum = std::max({maximum, m, p});
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(median);
    bars->append(p90);
    bars->setBarWidth(0.72);
    chart->addSeries(bars);

    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    roundAxis(x, std::min(maximum * 1.05, 400.0));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(QCoreApplication::translate("AnalyticsCharts", "% of the SLA target"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);

    // The target: 100 % from top to bottom.
    auto *target = new QLineSeries;
    target->setName(QCoreApplication::translate("AnalyticsCharts", "SLA target"));
    QPen pen(ChartStyle::targetColour());
    pen.setWidthF(1.6);
    pen.setStyle(Qt::DashLine);
    target->setPen(pen);
    target->append(100, -0.5);
    target->append(100, categories.size() - 0.5);
    chart->addSeries(target);
    target->attachAxis(x);
    target->attachAxis(y);

    ChartStyle::styleAxis(x);
    ChartStyle::styleAxis(y);
    y->setGridLineVisible(false);
    y->setLabelsColor(Theme::text());
    // Hovering a bar tells the time itself.
    const auto tell = [shown](bool percentile) {
        return [shown, percentile](bool status, int index) {
            if (!status || index < 0 || index >= shown.size()) {
                QToolTip::hideText();
                return;
            }
            const auto &[channel, stats] = shown.at(index);
            QToolTip::showText(QCursor::pos(),
                               QCoreApplication::translate("AnalyticsCharts", "%1: %2 %3 (target %4)")
                                   .arg(InboxText::channel(channel),
                                        percentile ? QCoreApplication::translate("AnalyticsCharts", "90th percentile")
                                                   : QCoreApplication::translate("AnalyticsCharts", "median"),
                                        SupervisionText::duration(percentile ? stats.p90Seconds : stats.medianSeconds),
                                        SupervisionText::duration(stats.targetSeconds)));
        };
    };
    QObject::connect(median, &QBarSet::hovered, chart, tell(false));
    QObject::connect(p90, &QBarSet::hovered, chart, tell(true));
    return chart;
}

QChart *csatPerWeek(const Analytics &analytics, const QString &title)
{
    QChart *chart = ChartStyle::makeChart();
    chart->setTitle(title);
    QList<CsatFigure> weeks;
    for (const CsatFigure &week : analytics.csatByWeek) {
        if (QDate::fromString(week.key, Qt::ISODate).isValid())
            weeks.append(week);
    }
    std::sort(weeks.begin(), weeks.end(), [](const CsatFigure &a, const CsatFigure &b) { return a.key < b.key; });
    bool any = false;
    for (const CsatFigure &week : std::as_const(weeks))
        any = any || week.responses > 0;
    if (!any) {
        noData(chart, QCoreApplication::translate("AnalyticsCharts", "No satisfaction answers in this period"));
        return chart;
    }
    QStringList categories;
    auto *answers = new QBarSet(QCoreApplication::translate("AnalyticsCharts", "Answers"));
    answers->setColor(QColor(0xD5, 0xE4, 0xE3));
    answers->setBorderColor(QColor(0xD5, 0xE4, 0xE3));
    auto *csat = new QLineSeries;
    csat->setName(QCoreApplication::translate("AnalyticsCharts", "CSAT"));
    QPen pen(ChartStyle::seriesColour(0));
    pen.setWidthF(2.4);
    csat->setPen(pen);
    csat->setPointsVisible(true);
    int maxAnswers = 0;
    for (int i = 0; i < weeks.size(); ++i) {
        const CsatFigure &week = weeks.at(i);
        // Many weeks: their numbers only, under an axis titled "week".
        const QDate start = QDate::fromString(week.key, Qt::ISODate);
        categories.append(weeks.size() > 8 ? QString::number(start.weekNumber()) : SupervisionText::weekShort(start));
        *answers << week.responses;
        maxAnswers = qMax(maxAnswers, week.responses);
        if (week.responses > 0)
            csat->append(i, 100.0 * week.satisfied / week.responses);
    }
    auto *bars = new QBarSeries;
    bars->append(answers);
    bars->setBarWidth(0.55);
    chart->addSeries(bars);
    chart->addSeries(csat);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (weeks.size() > 8)
        x->setTitleText(QCoreApplication::translate("AnalyticsCharts", "week"));
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(QCoreApplication::translate("AnalyticsCharts", "CSAT, %"));
    auto *count = new QValueAxis;
    // Five round steps, so its ticks meet the percentage axis's 0, 20, … 100.
    double step = 1;
    const double wanted = std::max(1.0, maxAnswers * 1.1 / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= wanted)
            break;
    }
    count->setRange(0, 5 * std::max(1.0, std::round(step)));
    count->setTickCount(6);
    count->setLabelFormat(QStringLiteral("%d"));
    count->setTitleText(QCoreApplication::translate("AnalyticsCharts", "answers"));
    count->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(count);
    csat->attachAxis(x);
    csat->attachAxis(percent);
    ChartStyle::styleAxis(x);
    ChartStyle::styleAxis(percent);
    ChartStyle::styleAxis(count);
    x->setGridLineVisible(false);
    return chart;
}

} // namespace AnalyticsCharts

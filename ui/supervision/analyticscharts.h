#pragma once

#include "domain/supervision.h"

class QChart;

/// @short Builds the analytics charts from one Analytics result, in the UI language and CardDesk's colours.
///
/// Each function returns a new chart (the caller's QChartView takes it). A
/// chart with a title says in it when there is nothing to show ("title: No
/// conversations in this period"); one without says only that.
namespace AnalyticsCharts {

/// Periods longer than this many days show volumes per week rather than per day.
constexpr int DailyVolumesUpToDays = 31;
bool weeklyVolumes(const AnalyticsPeriod &period);

/// New conversations per channel over the period: one line per channel.
QChart *volumes(const Analytics &analytics, const QString &title = QString());
/// Median and 90th percentile per channel as a share of the channel's SLA
/// target, with the target as a line at 100 %; hovering a bar tells the time.
QChart *againstTarget(const QList<QPair<Channel, DurationStats>> &perChannel, const QString &title);
/// CSAT per week (share of answers 4 or 5) as a line, with the answers as bars.
QChart *csatPerWeek(const Analytics &analytics, const QString &title = QString());

} // namespace AnalyticsCharts

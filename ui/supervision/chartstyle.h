#pragma once

#include "domain/conversation.h"

#include <QColor>
#include <QImage>

class QAbstractAxis;
class QChart;
class QChartView;
class QWidget;

/// @short The supervisor's charts look like the rest of CardDesk: calm colours, no animation.
///
/// One colour per channel everywhere (the volume chart, the tables' swatches),
/// the theme's text and separator colours for axes and grid lines.
namespace ChartStyle {

QColor channelColour(Channel channel);
/// Colours for series that are not channels: median, 90th percentile, target, …
QColor seriesColour(int index);
QColor targetColour();

/// A new chart styled for the console: white, no border, legend below, no animation.
QChart *makeChart();
/// Styles an axis that has been attached to a chart.
void styleAxis(QAbstractAxis *axis);
/// A view for @p chart: antialiased, a minimum height that keeps labels readable.
QChartView *makeView(QChart *chart, QWidget *parent, int minimumHeight = 260);
/// Shows @p chart in @p view (which takes it) and deletes the chart it showed.
void replaceChart(QChartView *view, QChart *chart);

/// The chart (or a widget holding charts) as a PNG-ready image at twice the screen size, on white.
QImage render(QWidget *view);

} // namespace ChartStyle

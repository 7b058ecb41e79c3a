#include "chartstyle.h"

#include "common/theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPainter>

namespace ChartStyle {

QColor channelColour(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QColor(0x0B, 0x6A, 0x68);   // the accent
    case Channel::Email:
        return QColor(0x3B, 0x6E, 0xA5);
    case Channel::Chat:
        return QColor(0x7A, 0x64, 0xA8);
    case Channel::WebForm:
        return QColor(0x8C, 0x9A, 0x3E);
    case Channel::Social:
        return QColor(0xB5, 0x5D, 0x84);
    case Channel::App:
        return QColor(0xD0, 0x8A, 0x3A);
    case Channel::Alert:
        return QColor(0x9A, 0x4A, 0x3C);
    }
    return Theme::mutedText();
}

QColor seriesColour(int index)
{
    static const QColor colours[] = {
        QColor(0x0B, 0x6A, 0x68), QColor(0x7F, 0xB9, 0xB5), QColor(0x3B, 0x6E, 0xA5),
        QColor(0xD0, 0x8A, 0x3A), QColor(0x7A, 0x64, 0xA8),
    };
    return colours[qBound(0, index, int(std::size(colours)) - 1)];
}

QColor targetColour()
{
    return QColor(0x8A, 0x5A, 0x00);   // the theme's warning: the line not to cross
}

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QFont font = QApplication::font();
    chart->setFont(font);
    chart->setTitleFont(Theme::derivedFont(font, 0, QFont::DemiBold));
    chart->setTitleBrush(Theme::text());
    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(Theme::derivedFont(font, -1));
    legend->setLabelColor(Theme::mutedText());
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    return chart;
}

void styleAxis(QAbstractAxis *axis)
{
    if (!axis)
        return;
    const QFont font = Theme::derivedFont(QApplication::font(), -1);
    axis->setLabelsFont(font);
    axis->setLabelsColor(Theme::mutedText());
    axis->setTitleFont(font);
    axis->setTitleBrush(Theme::mutedText());
    axis->setLinePenColor(Theme::border());
    axis->setGridLineColor(Theme::separator());
    axis->setMinorGridLineColor(Theme::separator());
    axis->setShadesVisible(false);
}

QChartView *makeView(QChart *chart, QWidget *parent, int minimumHeight)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Theme::surface());
    view->setStyleSheet(QStringLiteral("background: transparent;"));
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);   // the view owns the new chart and lets go of the old one
    delete old;
}

QImage render(QWidget *view)
{
    const qreal ratio = 2.0;
    QImage image(view->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Theme::surface());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    return image;
}

} // namespace ChartStyle

#include "icons.h"

#include "theme.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace Icons {

namespace {

using Drawer = std::function<void(QPainter &)>;

QIcon render(const Drawer &draw, const QList<int> &sizes = {16, 20, 24, 32, 48})
{
    QIcon icon;
    for (int size : sizes) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.scale(size / 24.0, size / 24.0);
            draw(painter);
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

QPen linePen(const QColor &colour, qreal width = 1.8)
{
    QPen pen(colour, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

QColor iconColour()
{
    return QColor(0x3A, 0x4A, 0x52);
}

} // namespace

static QIcon paintChannel(Channel channel);

QIcon application()
{
    return render([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::accent());
        p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
        p.setBrush(QColor(0xFF, 0xFF, 0xFF));
        p.drawRoundedRect(QRectF(4.5, 7, 15, 10), 1.8, 1.8);
        p.setBrush(Theme::accent());
        p.drawRect(QRectF(4.5, 9.2, 15, 1.8));
        p.setBrush(QColor(0xE0, 0xB3, 0x4A));
        p.drawRoundedRect(QRectF(6.5, 12.5, 3.5, 2.6), 0.6, 0.6);
    }, {16, 24, 32, 48, 64, 128});
}

QIcon customers()
{
    return render([](QPainter &p) {
        p.setPen(linePen(iconColour()));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(12, 8.5), 3.8, 3.8);
        QPainterPath body;
        body.moveTo(4.5, 20);
        body.cubicTo(5.2, 15.5, 8.2, 14, 12, 14);
        body.cubicTo(15.8, 14, 18.8, 15.5, 19.5, 20);
        p.drawPath(body);
    });
}

QIcon inbox()
{
    return render([](QPainter &p) {
        p.setPen(linePen(iconColour()));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(3.5, 5, 17, 14), 2.5, 2.5);
        QPainterPath tray;
        tray.moveTo(3.5, 13);
        tray.lineTo(8.5, 13);
        tray.lineTo(10, 15.5);
        tray.lineTo(14, 15.5);
        tray.lineTo(15.5, 13);
        tray.lineTo(20.5, 13);
        p.drawPath(tray);
    });
}

QIcon cards()
{
    return render([](QPainter &p) {
        p.setPen(linePen(iconColour()));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(3, 6, 18, 12.5), 2.2, 2.2);
        p.drawLine(QPointF(3, 10), QPointF(21, 10));
        p.drawLine(QPointF(6.5, 15), QPointF(10, 15));
    });
}

QIcon supervision()
{
    return render([](QPainter &p) {
        p.setPen(linePen(iconColour()));
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(4, 20), QPointF(20, 20));
        p.drawLine(QPointF(7, 17), QPointF(7, 12));
        p.drawLine(QPointF(12, 17), QPointF(12, 6));
        p.drawLine(QPointF(17, 17), QPointF(17, 9.5));
    });
}

QIcon search()
{
    return render([](QPainter &p) {
        p.setPen(linePen(QColor(0x6B, 0x78, 0x80), 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(10.5, 10.5), 5.5, 5.5);
        p.drawLine(QPointF(14.6, 14.6), QPointF(19.5, 19.5));
    });
}

QIcon close()
{
    return render([](QPainter &p) {
        p.setPen(linePen(QColor(0x55, 0x62, 0x6A), 2.2));
        p.drawLine(QPointF(6.5, 6.5), QPointF(17.5, 17.5));
        p.drawLine(QPointF(17.5, 6.5), QPointF(6.5, 17.5));
    }, {12, 16, 24});
}

QIcon edit()
{
    return render([](QPainter &p) {
        p.setPen(linePen(Theme::accent()));
        p.setBrush(Qt::NoBrush);
        QPainterPath pencil;
        pencil.moveTo(5, 19);
        pencil.lineTo(6, 15);
        pencil.lineTo(15.5, 5.5);
        pencil.lineTo(18.5, 8.5);
        pencil.lineTo(9, 18);
        pencil.closeSubpath();
        p.drawPath(pencil);
        p.drawLine(QPointF(13.5, 7.5), QPointF(16.5, 10.5));
    }, {16, 24});
}

QIcon eye()
{
    return render([](QPainter &p) {
        p.setPen(linePen(Theme::accent()));
        p.setBrush(Qt::NoBrush);
        QPainterPath lid;
        lid.moveTo(3, 12);
        lid.quadTo(12, 3, 21, 12);
        lid.quadTo(12, 21, 3, 12);
        p.drawPath(lid);
        p.drawEllipse(QPointF(12, 12), 2.8, 2.8);
    }, {16, 24});
}

QIcon card()
{
    return render([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2F, 0x4A, 0x57));
        p.drawRoundedRect(QRectF(1.5, 5, 21, 14), 2.2, 2.2);
        p.setBrush(QColor(0xD9, 0xB2, 0x55));
        p.drawRoundedRect(QRectF(4.5, 9, 4.5, 3.5), 0.8, 0.8);
        p.setBrush(QColor(0xFF, 0xFF, 0xFF, 150));
        p.drawRect(QRectF(4.5, 15, 9, 1.4));
    }, {24, 32, 48});
}

QIcon statusIcon(Status status, const QColor &colour)
{
    return render([status, colour](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        if (status == Status::Warning) {
            QPainterPath triangle;
            triangle.moveTo(12, 2.5);
            triangle.lineTo(22.5, 20.5);
            triangle.lineTo(1.5, 20.5);
            triangle.closeSubpath();
            p.drawPath(triangle);
        } else {
            p.drawEllipse(QPointF(12, 12), 10.5, 10.5);
        }
        QPen mark = linePen(QColor(0xFF, 0xFF, 0xFF), 2.2);
        p.setPen(mark);
        switch (status) {
        case Status::Positive: {
            QPainterPath tick;
            tick.moveTo(7.2, 12.3);
            tick.lineTo(10.5, 15.6);
            tick.lineTo(16.8, 8.8);
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
            break;
        }
        case Status::Error:
            p.drawLine(QPointF(8.3, 8.3), QPointF(15.7, 15.7));
            p.drawLine(QPointF(15.7, 8.3), QPointF(8.3, 15.7));
            break;
        case Status::Warning:
            p.drawLine(QPointF(12, 8.5), QPointF(12, 13.5));
            p.drawPoint(QPointF(12, 17.2));
            break;
        case Status::Information:
            p.drawLine(QPointF(12, 11), QPointF(12, 16.5));
            p.drawPoint(QPointF(12, 7.5));
            break;
        }
    }, {16, 18, 24, 32});
}

QIcon channel(Channel channel)
{
    // Painted once per channel: the inbox's delegate asks for one on every
    // row it paints, and rendering the ten pixmaps each time cost several
    // milliseconds per screen while scrolling. GUI thread only, like QIcon.
    static QHash<int, QIcon> cache;
    const auto cached = cache.constFind(int(channel));
    if (cached != cache.constEnd())
        return *cached;
    const QIcon icon = paintChannel(channel);
    cache.insert(int(channel), icon);
    return icon;
}

static QIcon paintChannel(Channel channel)
{
    return render([channel](QPainter &p) {
        p.setPen(linePen(iconColour()));
        p.setBrush(Qt::NoBrush);
        switch (channel) {
        case Channel::Phone: {
            QPainterPath handset;
            handset.moveTo(7, 4);
            handset.lineTo(9.5, 4);
            handset.lineTo(11, 8);
            handset.lineTo(9, 9.5);
            handset.cubicTo(10, 12, 12, 14, 14.5, 15);
            handset.lineTo(16, 13);
            handset.lineTo(20, 14.5);
            handset.lineTo(20, 17);
            handset.cubicTo(20, 18.8, 18.5, 20, 17, 20);
            handset.cubicTo(10.5, 19.5, 4.5, 13.5, 4, 7);
            handset.cubicTo(4, 5.5, 5.2, 4, 7, 4);
            p.drawPath(handset);
            break;
        }
        case Channel::Email:
            p.drawRoundedRect(QRectF(3.5, 6, 17, 12.5), 2, 2);
            p.drawPolyline(QPolygonF({QPointF(4, 7), QPointF(12, 13), QPointF(20, 7)}));
            break;
        case Channel::Chat: {
            QPainterPath bubble;
            bubble.addRoundedRect(QRectF(3.5, 4.5, 17, 12), 3, 3);
            p.drawPath(bubble);
            p.drawPolyline(QPolygonF({QPointF(8, 16.5), QPointF(7.5, 20), QPointF(11.5, 16.5)}));
            break;
        }
        case Channel::WebForm:
            p.drawRoundedRect(QRectF(5, 3.5, 14, 17), 2, 2);
            p.drawLine(QPointF(8, 8), QPointF(16, 8));
            p.drawLine(QPointF(8, 12), QPointF(16, 12));
            p.drawLine(QPointF(8, 16), QPointF(12.5, 16));
            break;
        case Channel::Social:
            p.drawEllipse(QPointF(17, 6.5), 2.5, 2.5);
            p.drawEllipse(QPointF(7, 12), 2.5, 2.5);
            p.drawEllipse(QPointF(17, 17.5), 2.5, 2.5);
            p.drawLine(QPointF(9.2, 10.8), QPointF(14.8, 7.7));
            p.drawLine(QPointF(9.2, 13.2), QPointF(14.8, 16.3));
            break;
        case Channel::App:
            p.drawRoundedRect(QRectF(7, 3, 10, 18), 2.2, 2.2);
            p.drawLine(QPointF(11, 17.8), QPointF(13, 17.8));
            break;
        case Channel::Alert: {
            p.setPen(linePen(Theme::danger()));
            QPainterPath shield;
            shield.moveTo(12, 3);
            shield.lineTo(19.5, 6);
            shield.cubicTo(19.5, 13, 16.5, 18, 12, 21);
            shield.cubicTo(7.5, 18, 4.5, 13, 4.5, 6);
            shield.closeSubpath();
            p.drawPath(shield);
            p.drawLine(QPointF(12, 8.5), QPointF(12, 13));
            p.drawPoint(QPointF(12, 16.2));
            break;
        }
        }
    }, {16, 20, 24, 32});
}

} // namespace Icons

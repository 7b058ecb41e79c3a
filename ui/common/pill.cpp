#include "pill.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace Pill {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;
} // namespace

Colours colours(Tone tone)
{
    switch (tone) {
    case Tone::Accent:
        return {QColor(0xDC, 0xEE, 0xEC), QColor(0x0A, 0x5A, 0x58)};
    case Tone::Info:
        return {QColor(0xE2, 0xEC, 0xF6), QColor(0x1F, 0x4E, 0x7A)};
    case Tone::Success:
        return {QColor(0xE1, 0xF1, 0xE6), QColor(0x23, 0x65, 0x3E)};
    case Tone::Warning:
        return {QColor(0xFB, 0xEF, 0xD2), QColor(0x7D, 0x52, 0x00)};
    case Tone::Attention:
        return {QColor(0xFC, 0xE8, 0xDA), QColor(0x8F, 0x3F, 0x0C)};
    case Tone::Danger:
        return {QColor(0xF9, 0xE3, 0xE0), QColor(0x9A, 0x27, 0x1E)};
    case Tone::Gold:
        return {QColor(0xF4, 0xEC, 0xD4), QColor(0x6F, 0x55, 0x08)};
    case Tone::Platinum:
        return {QColor(0xE6, 0xE9, 0xF0), QColor(0x3D, 0x47, 0x5E)};
    case Tone::Silver:
        return {QColor(0xEC, 0xEE, 0xEF), QColor(0x4E, 0x58, 0x5E)};
    case Tone::Neutral:
        break;
    }
    return {QColor(0xEB, 0xEE, 0xF0), QColor(0x4A, 0x56, 0x5D)};
}

QFont font(const QFont &base)
{
    QFont f = base;
    const int pixels = base.pixelSize() > 0 ? base.pixelSize() : 13;
    f.setPixelSize(qMax(9, pixels - 2));
    f.setWeight(QFont::DemiBold);
    return f;
}

QSize sizeFor(const QFont &base, const QString &text)
{
    const QFontMetrics fm(font(base));
    return {fm.horizontalAdvance(text) + 2 * HorizontalPadding, fm.height() + 2 * VerticalPadding};
}

int paint(QPainter *painter, const QPoint &topLeft, const QFont &base, const QString &text, Tone tone)
{
    const QSize size = sizeFor(base, text);
    const QRectF rect(topLeft, size);
    const Colours c = colours(tone);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.background);
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(rect, radius, radius);
    painter->setFont(font(base));
    painter->setPen(c.foreground);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
    return size.width();
}

} // namespace Pill

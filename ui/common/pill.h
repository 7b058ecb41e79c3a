#pragma once

#include <QColor>
#include <QFont>
#include <QSize>
#include <QString>

class QPainter;
class QRect;

/// @short Small rounded status badges ("pills"), painted the same everywhere.
///
/// Delegates paint pills straight into item views; PillLabel shows one as a
/// widget. Tones are calm: soft background, darker text of the same hue.
namespace Pill {

enum class Tone {
    Neutral,
    Accent,
    Info,
    Success,
    Warning,
    Attention,   ///< orange: overdue, needs action soon
    Danger,
    Gold,
    Platinum,
    Silver
};

struct Colours
{
    QColor background;
    QColor foreground;
};

Colours colours(Tone tone);

/// The pill font: a little smaller than @p base, bold.
QFont font(const QFont &base);

/// Size of a pill showing @p text in the pill font derived from @p base.
QSize sizeFor(const QFont &base, const QString &text);

/// Paints a pill of sizeFor(painter->font(), text) with its top left at
/// @p topLeft; returns its width.
int paint(QPainter *painter, const QPoint &topLeft, const QFont &base, const QString &text, Tone tone);

} // namespace Pill

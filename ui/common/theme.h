#pragma once

#include <QColor>
#include <QFont>

class QApplication;

/// @short The application's look: one light palette, one accent, one font.
///
/// Colours are named by purpose, not by hue, so that widgets and delegates
/// never hard-code a colour of their own.
namespace Theme {

QColor window();          ///< background behind sections
QColor surface();         ///< sections, views, inputs
QColor alternateSurface();
QColor border();
QColor separator();
QColor text();
QColor mutedText();
QColor accent();
QColor accentHover();
QColor accentSoft();      ///< selection and highlights
QColor success();
QColor warning();
QColor danger();

/// Applies the Fusion style, the palette, the font and the style sheet.
void apply(QApplication &app);

/// The font used for card numbers and identity numbers.
QFont monospaceFont();

/// @p base with its pixel size changed by @p delta and the given weight.
QFont derivedFont(const QFont &base, int delta, QFont::Weight weight = QFont::Normal);

} // namespace Theme

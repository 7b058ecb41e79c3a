#include "theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyleFactory>

namespace Theme {

QColor window() { return QColor(0xF3, 0xF5, 0xF6); }
QColor surface() { return QColor(0xFF, 0xFF, 0xFF); }
QColor alternateSurface() { return QColor(0xF7, 0xF9, 0xF9); }
QColor border() { return QColor(0xD9, 0xDF, 0xE3); }
QColor separator() { return QColor(0xE6, 0xEA, 0xED); }
QColor text() { return QColor(0x1E, 0x29, 0x2F); }
QColor mutedText() { return QColor(0x5D, 0x6A, 0x72); }
QColor accent() { return QColor(0x0B, 0x6A, 0x68); }
QColor accentHover() { return QColor(0x08, 0x58, 0x56); }
QColor accentSoft() { return QColor(0xD8, 0xEB, 0xE9); }
QColor success() { return QColor(0x2B, 0x73, 0x4A); }
QColor warning() { return QColor(0x8A, 0x5A, 0x00); }
QColor danger() { return QColor(0xA8, 0x2C, 0x22); }

namespace {

QPalette makePalette()
{
    QPalette p;
    p.setColor(QPalette::Window, window());
    p.setColor(QPalette::WindowText, text());
    p.setColor(QPalette::Base, surface());
    p.setColor(QPalette::AlternateBase, alternateSurface());
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x96, 0x9D));
    p.setColor(QPalette::Button, surface());
    p.setColor(QPalette::ButtonText, text());
    p.setColor(QPalette::BrightText, surface());
    p.setColor(QPalette::Highlight, accentSoft());
    p.setColor(QPalette::HighlightedText, text());
    p.setColor(QPalette::Link, accent());
    p.setColor(QPalette::LinkVisited, accent());
    p.setColor(QPalette::ToolTipBase, QColor(0x26, 0x33, 0x3A));
    p.setColor(QPalette::ToolTipText, surface());
    p.setColor(QPalette::Light, surface());
    p.setColor(QPalette::Midlight, separator());
    p.setColor(QPalette::Mid, border());
    p.setColor(QPalette::Dark, QColor(0xA9, 0xB4, 0xBA));
    p.setColor(QPalette::Shadow, QColor(0x8A, 0x96, 0x9D));

    const QColor disabledText(0x9A, 0xA5, 0xAB);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, separator());

    // Keep the selection readable when the view loses focus.
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xE3, 0xEE, 0xED));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, text());
    return p;
}

QString styleSheet()
{
    // Colours come from the functions above so the sheet and the painted
    // parts (pills, delegates) can never drift apart.
    QString sheet = QStringLiteral(R"css(
QMainWindow, QDialog { background: @window@; }
QMenuBar { background: @surface@; border-bottom: 1px solid @border@; padding: 2px 6px; }
QMenuBar::item { padding: 4px 10px; border-radius: 4px; background: transparent; }
QMenuBar::item:selected { background: @accentSoft@; }
QMenu { background: @surface@; border: 1px solid @border@; padding: 4px; }
QMenu::item { padding: 6px 28px 6px 28px; border-radius: 4px; }
QMenu::item:selected { background: @accentSoft@; color: @text@; }
QMenu::separator { height: 1px; background: @separator@; margin: 4px 8px; }
QStatusBar { background: @surface@; border-top: 1px solid @border@; color: @muted@; }
QStatusBar::item { border: none; }
QStatusBar QLabel { color: @muted@; padding: 0 10px; }
QListWidget#navigation { background: #ECF0F1; border: none; border-right: 1px solid @border@; padding: 10px 8px; outline: 0; }
QListWidget#navigation::item { padding: 8px 10px; border-radius: 6px; color: #33434B; margin: 1px 0; }
QListWidget#navigation::item:selected { background: @accentSoft@; color: @accentHover@; }
QListWidget#navigation::item:hover:!selected { background: #E2E8EA; }
QLineEdit, QComboBox { background: @surface@; border: 1px solid #C7D0D5; border-radius: 5px; padding: 5px 8px; min-height: 18px; selection-background-color: #BFDFDC; selection-color: @text@; }
QLineEdit:focus, QComboBox:focus { border: 1px solid @accent@; }
QLineEdit[invalid="true"] { border: 1px solid @danger@; }
QLineEdit#lookupSearchEdit { padding: 7px 8px; font-size: 15px; border-radius: 6px; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none; }
QComboBox::down-arrow { image: url(:/ui/chevron-down.png); width: 10px; height: 7px; }
QComboBox::down-arrow:disabled { image: none; }
QComboBox QAbstractItemView { border: 1px solid @border@; background: @surface@; selection-background-color: @accentSoft@; }
QPushButton { background: @surface@; border: 1px solid #C7D0D5; border-radius: 5px; padding: 5px 14px; color: @text@; min-height: 18px; }
QPushButton:hover { background: #F1F5F6; border-color: #AAB6BC; }
QPushButton:pressed { background: #E4EBED; }
QPushButton:focus { border-color: @accent@; }
QPushButton:disabled { color: #9AA5AB; background: #F5F7F8; border-color: @separator@; }
QPushButton[primary="true"] { background: @accent@; border-color: @accent@; color: #FFFFFF; }
QPushButton[primary="true"]:hover { background: @accentHover@; border-color: @accentHover@; }
QPushButton[primary="true"]:disabled { background: #9CC3C1; border-color: #9CC3C1; color: #F4F8F8; }
QPushButton[link="true"] { background: transparent; border: none; color: @accent@; padding: 2px 4px; }
QPushButton[link="true"]:hover { text-decoration: underline; }
QTreeView { background: @surface@; border: 1px solid @border@; border-radius: 6px; }
QTreeView:focus { border: 1px solid #9FC7C4; }
QHeaderView { background: transparent; }
QHeaderView::section { background: @surface@; color: @muted@; border: none; border-bottom: 1px solid @border@; padding: 6px 8px; }
QFrame#section { background: @surface@; border: 1px solid @border@; border-radius: 8px; }
QFrame#section QLabel { background: transparent; }
QLabel#sectionTitle { font-size: 14px; font-weight: bold; color: @text@; }
QLabel[role="muted"] { color: @muted@; }
QLabel[role="fieldLabel"] { color: @muted@; }
QLabel[role="fieldError"] { color: @danger@; font-size: 12px; }
QLabel[role="caption"] { color: @muted@; font-size: 12px; }
QLabel[role="emptyTitle"] { font-size: 16px; font-weight: bold; color: @text@; }
QLabel[role="emptyBody"] { color: @muted@; }
QScrollArea { border: none; background: transparent; }
QScrollArea > QWidget > QWidget#scrollContent { background: transparent; }
QSplitter::handle { background: @border@; }
QProgressBar { border: none; background: @separator@; border-radius: 3px; max-height: 6px; }
QProgressBar::chunk { background: @accent@; border-radius: 3px; }
QToolTip { padding: 4px 6px; border: none; }
)css");
    const std::pair<const char *, QColor> colours[] = {
        {"@window@", window()},
        {"@surface@", surface()},
        {"@border@", border()},
        {"@separator@", separator()},
        {"@text@", text()},
        {"@muted@", mutedText()},
        {"@accentSoft@", accentSoft()},
        {"@accentHover@", accentHover()},
        {"@accent@", accent()},
        {"@danger@", danger()},
    };
    for (const auto &[key, colour] : colours)
        sheet.replace(QLatin1StringView(key), colour.name());
    return sheet;
}

} // namespace

void apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(makePalette());

    QFont font = QApplication::font();
    if (QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")))
        font.setFamilies({QStringLiteral("DejaVu Sans")});
    font.setPixelSize(13);
    QApplication::setFont(font);

    app.setStyleSheet(styleSheet());
}

QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (QFontDatabase::families().contains(QStringLiteral("DejaVu Sans Mono")))
        font.setFamilies({QStringLiteral("DejaVu Sans Mono")});
    font.setPixelSize(13);
    return font;
}

QFont derivedFont(const QFont &base, int delta, QFont::Weight weight)
{
    QFont font = base;
    const int pixels = base.pixelSize() > 0 ? base.pixelSize() : 13;
    font.setPixelSize(qMax(8, pixels + delta));
    font.setWeight(weight);
    return font;
}

} // namespace Theme

#pragma once

#include <QList>
#include <QString>

class QSplitter;
class QTreeView;
class QWidget;

/// @short The look the supervisor's tables share: flat, no frame, roomy rows, bold headers.
namespace SupervisionViews {

/// A read-only table (a QTreeView without branches): uniform rows, fixed column order, the
/// last column not stretched, headers bold and left-aligned unless the model says otherwise.
QTreeView *makeTable(QWidget *parent);

/// Lays @p left and @p right side by side in @p splitter the way every page does: neither
/// collapses, a wide transparent handle, stretched by @p leftStretch : @p rightStretch.
void sideBySide(QSplitter *splitter, const QString &objectName, QWidget *left, QWidget *right, int leftStretch,
                int rightStretch, const QList<int> &sizes);

/// A column header on two lines (at its last space), so figure columns stay narrow in every language.
QString twoLines(QString header);

} // namespace SupervisionViews

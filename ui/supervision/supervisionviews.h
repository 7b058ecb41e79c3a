#pragma once

class QTreeView;
class QWidget;

/// @short The look the supervisor's tables share: flat, no frame, roomy rows, bold headers.
namespace SupervisionViews {

/// A read-only table (a QTreeView without branches): uniform rows, fixed column order, the
/// last column not stretched, headers bold and left-aligned unless the model says otherwise.
QTreeView *makeTable(QWidget *parent);

} // namespace SupervisionViews

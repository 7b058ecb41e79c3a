#include "supervisionviews.h"

#include "common/theme.h"

#include <QHeaderView>
#include <QTreeView>

namespace SupervisionViews {

QTreeView *makeTable(QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setRootIsDecorated(false);
    view->setItemsExpandable(false);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral("QTreeView { border: none; } QTreeView::item { padding: 4px 2px; }"));
    view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = view->header();
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(48);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setFont(Theme::derivedFont(header->font(), -1, QFont::Bold));
    return view;
}

} // namespace SupervisionViews

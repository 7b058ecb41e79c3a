#include "supervisionviews.h"

#include "common/theme.h"

#include <QHeaderView>
#include <QSplitter>
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

void sideBySide(QSplitter *splitter, const QString &objectName, QWidget *left, QWidget *right, int leftStretch,
                int rightStretch, const QList<int> &sizes)
{
    splitter->setObjectName(objectName);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(14);
    splitter->setStyleSheet(QStringLiteral("QSplitter::handle { background: transparent; }"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, leftStretch);
    splitter->setStretchFactor(1, rightStretch);
    splitter->setSizes(sizes);
}

QString twoLines(QString header)
{
    const qsizetype space = header.lastIndexOf(QLatin1Char(' '));
    if (space > 0)
        header[space] = QLatin1Char('\n');
    return header;
}

} // namespace SupervisionViews

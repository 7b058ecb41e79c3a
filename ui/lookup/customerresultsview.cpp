#include "customerresultsview.h"

#include "customersearchmodel.h"

CustomerResultsView::CustomerResultsView(QWidget *parent)
    : QTreeView(parent)
{
}

void CustomerResultsView::setSearchModel(CustomerSearchModel *model)
{
    m_searchModel = model;
    setModel(model);
}

void CustomerResultsView::doItemsLayout()
{
    if (!m_searchModel) {
        QTreeView::doItemsLayout();
        return;
    }
    m_searchModel->setFetchMoreBlocked(true);
    QTreeView::doItemsLayout();
    m_searchModel->setFetchMoreBlocked(false);
}

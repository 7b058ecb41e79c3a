#pragma once

#include <QTreeView>

class CustomerSearchModel;

/// @short The lookup result list: a QTreeView that pages only when scrolled to the end.
///
/// QTreeView fetches more rows eagerly every time it lays out its items
/// (after each model reset, i.e. after every keystroke). For a search that
/// is one extra database query per keystroke and a list that grows by
/// itself. This view blocks fetching during its own item layout, so the
/// next page is requested only when the agent actually scrolls to the end.
class CustomerResultsView : public QTreeView
{
    Q_OBJECT

public:
    explicit CustomerResultsView(QWidget *parent = nullptr);

    void setSearchModel(CustomerSearchModel *model);

    void doItemsLayout() override;

private:
    CustomerSearchModel *m_searchModel = nullptr;
};

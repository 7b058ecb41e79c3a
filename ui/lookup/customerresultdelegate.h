#pragma once

#include <QStyledItemDelegate>

/// @short Paints lookup rows: muted secondary columns and status badges as pills.
class CustomerResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int RowHeight = 32;

    explicit CustomerResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintBadges(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

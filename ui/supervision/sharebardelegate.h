#pragma once

#include <QStyledItemDelegate>

/// @short Paints a share (0–100 %) as a slim bar with its figure beside it.
///
/// Reads the percentage from Qt::UserRole (a double) and the text from
/// Qt::DisplayRole. Bars below the threshold are drawn in the warning colour,
/// so the shares that need attention stand out without shouting.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ShareBarDelegate(QObject *parent = nullptr);

    /// Shares below @p percent are drawn in the warning colour; 0 draws none so.
    void setWarningBelow(double percent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    double m_warningBelow = 0;
};

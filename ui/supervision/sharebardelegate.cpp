#include "sharebardelegate.h"

#include "common/theme.h"

#include <QApplication>
#include <QPainter>

ShareBarDelegate::ShareBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ShareBarDelegate::setWarningBelow(double percent)
{
    m_warningBelow = percent;
}

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);   // background, selection, focus

    const QVariant raw = index.data(Qt::UserRole);
    const QRect area = opt.rect.adjusted(8, 0, -8, 0);
    const QFontMetrics fm(opt.font);
    const int textWidth = fm.horizontalAdvance(QStringLiteral("100%")) + 10;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(opt.font);
    if (raw.isValid() && !raw.isNull()) {
        const double share = qBound(0.0, raw.toDouble(), 100.0);
        const QRect track(area.left(), area.center().y() - 3, qMax(0, area.width() - textWidth), 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::separator());
        painter->drawRoundedRect(track, 3, 3);
        QRect fill = track;
        fill.setWidth(int(track.width() * share / 100.0 + 0.5));
        const bool warn = m_warningBelow > 0 && share < m_warningBelow;
        painter->setBrush(warn ? QColor(0xC9, 0x8A, 0x1A) : Theme::accent());
        if (fill.width() > 0)
            painter->drawRoundedRect(fill, 3, 3);
        painter->setPen(warn ? Theme::warning() : Theme::text());
    } else {
        painter->setPen(Theme::mutedText());
    }
    painter->drawText(QRect(area.right() - textWidth, area.top(), textWidth, area.height()),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 160));
    return size;
}

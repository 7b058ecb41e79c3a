#include "customerresultdelegate.h"

#include "customersearchmodel.h"

#include "common/displaytext.h"
#include "common/pill.h"
#include "common/theme.h"

#include <QApplication>
#include <QPainter>

CustomerResultDelegate::CustomerResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void CustomerResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    if (index.column() != CustomerSearchModel::Status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Background, selection and focus as the style draws them; the pills on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    paintBadges(painter, option, index);
}

QSize CustomerResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(RowHeight);
    return size;
}

void CustomerResultDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.column()) {
    case CustomerSearchModel::CustomerNumber:
    case CustomerSearchModel::Cards:
    case CustomerSearchModel::City:
        option->palette.setColor(QPalette::Text, Theme::mutedText());
        option->palette.setColor(QPalette::HighlightedText, Theme::mutedText().darker(130));
        break;
    default:
        break;
    }
    option->textElideMode = Qt::ElideRight;
}

void CustomerResultDelegate::paintBadges(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const int badges = index.data(CustomerSearchModel::BadgesRole).toInt();
    const auto tier = LoyaltyTier(index.data(CustomerSearchModel::TierRole).toInt());

    struct Badge
    {
        QString text;
        Pill::Tone tone;
    };
    Badge list[4];
    int count = 0;
    // Short words in the list; the cell's tooltip has the full sentence.
    if (badges & CustomerSummary::HasBlockedCard)
        list[count++] = {tr("Blocked", "a card is blocked; badge in the lookup list"), Pill::Tone::Danger};
    if (badges & CustomerSummary::HasLockedCard)
        list[count++] = {tr("Locked", "a card is locked; badge in the lookup list"), Pill::Tone::Warning};
    if (badges & CustomerSummary::Overdue)
        list[count++] = {tr("Overdue"), Pill::Tone::Attention};
    if (tier == LoyaltyTier::Gold || tier == LoyaltyTier::Platinum)
        list[count++] = {DisplayText::tier(tier), DisplayText::tierTone(tier)};
    if (count == 0)
        return;

    painter->save();
    const QRect area = option.rect.adjusted(8, 0, -4, 0);
    painter->setClipRect(area);
    constexpr int Gap = 4;
    int x = area.left();
    for (int i = 0; i < count; ++i) {
        const QSize size = Pill::sizeFor(option.font, list[i].text);
        const int top = area.center().y() - size.height() / 2 + 1;
        // Room for this pill, and for a "+n" after it when more follow?
        const QString more = QStringLiteral("+%1").arg(count - i - 1);
        const int moreWidth = i + 1 < count ? Gap + Pill::sizeFor(option.font, more).width() : 0;
        if (x + size.width() + moreWidth > area.right()) {
            // Say how many more rather than cutting a pill in half.
            if (i > 0)
                Pill::paint(painter, QPoint(x, top), option.font, QStringLiteral("+%1").arg(count - i),
                            Pill::Tone::Neutral);
            else
                Pill::paint(painter, QPoint(x, top), option.font, list[i].text, list[i].tone);
            break;
        }
        x += Pill::paint(painter, QPoint(x, top), option.font, list[i].text, list[i].tone) + Gap;
    }
    painter->restore();
}

#include "transactiondelegate.h"

#include "transactionmodel.h"

#include "common/displaytext.h"
#include "common/pill.h"
#include "common/theme.h"

#include <QApplication>
#include <QPainter>

TransactionDelegate::TransactionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void TransactionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (index.column() != TransactionModel::Status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = TransactionStatus(index.data(TransactionModel::StatusRole).toInt());
    const QString dispute = index.data(TransactionModel::DisputeRole).toString();
    const QRect area = option.rect.adjusted(8, 0, -4, 0);

    painter->save();
    painter->setClipRect(area);
    int x = area.left();
    const QString statusText = DisplayText::transactionStatus(status);
    const int pillHeight = Pill::sizeFor(option.font, statusText).height();
    const int top = area.center().y() - pillHeight / 2 + 1;
    switch (status) {
    case TransactionStatus::Posted: {
        if (!dispute.isEmpty())
            break;   // a posted transaction under dispute: the dispute pill says it all
        painter->setPen(Theme::mutedText());
        painter->setFont(option.font);
        const QRect textRect(x, area.top(), area.width(), area.height());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, statusText);
        x += option.fontMetrics.horizontalAdvance(statusText) + 8;
        break;
    }
    case TransactionStatus::Pending:
        x += Pill::paint(painter, QPoint(x, top), option.font, statusText, Pill::Tone::Info) + 5;
        break;
    case TransactionStatus::Declined:
    case TransactionStatus::Reversed:
        x += Pill::paint(painter, QPoint(x, top), option.font, statusText, Pill::Tone::Neutral) + 5;
        break;
    }
    if (!dispute.isEmpty()) {
        Pill::Tone tone = Pill::Tone::Warning;
        if (dispute == QLatin1StringView("won"))
            tone = Pill::Tone::Success;
        else if (dispute == QLatin1StringView("lost"))
            tone = Pill::Tone::Neutral;
        Pill::paint(painter, QPoint(x, top), option.font, DisplayText::disputeStatus(dispute), tone);
    }
    painter->restore();
}

QSize TransactionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(RowHeight);
    return size;
}

void TransactionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool muted = index.data(TransactionModel::MutedRole).toBool();
    if (muted) {
        const QColor mutedColour(0x94, 0x9F, 0xA5);
        option->palette.setColor(QPalette::Text, mutedColour);
        option->palette.setColor(QPalette::HighlightedText, mutedColour.darker(120));
        if (index.column() == TransactionModel::Amount
            && TransactionStatus(index.data(TransactionModel::StatusRole).toInt()) == TransactionStatus::Reversed)
            option->font.setStrikeOut(true);
    } else if (index.column() == TransactionModel::Country || index.column() == TransactionModel::Mcc
               || index.column() == TransactionModel::Card) {
        option->palette.setColor(QPalette::Text, Theme::mutedText());
    }
    if (index.column() == TransactionModel::Amount && !muted)
        option->font.setWeight(QFont::DemiBold);
}

#include "inboxnavigation.h"

#include "inboxtext.h"

#include "common/icons.h"
#include "common/theme.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace {

enum Roles {
    ViewRole = Qt::UserRole + 1,
    ChannelRole,     ///< int, -1 for none
    CountRole,       ///< int, -1 until known
    AlarmRole,       ///< bool: count painted red (breached)
    HeadingRole      ///< bool
};

/// Title at the left, the count at the right; headings as small caps text.
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        if (index.data(HeadingRole).toBool())
            return QSize(160, metrics.height() + 14);
        return QSize(160, metrics.height() + 14);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        const QRect r = option.rect.adjusted(0, 1, 0, -1);
        if (index.data(HeadingRole).toBool()) {
            painter->setFont(Theme::derivedFont(option.font, -2, QFont::DemiBold));
            painter->setPen(Theme::mutedText());
            painter->drawText(r.adjusted(10, 4, -6, 0), Qt::AlignLeft | Qt::AlignBottom,
                              index.data(Qt::DisplayRole).toString().toUpper());
            painter->restore();
            return;
        }
        const bool selected = option.state & QStyle::State_Selected;
        if (selected || option.state & QStyle::State_MouseOver) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected ? Theme::accentSoft() : QColor(0xE2, 0xE8, 0xEA));
            painter->drawRoundedRect(r, 6, 6);
        }
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        int left = r.left() + 8;
        if (!icon.isNull()) {
            icon.paint(painter, QRect(left, r.center().y() - 8, 16, 16));
            left += 22;
        }
        const int count = index.data(CountRole).toInt();
        QString countText;
        if (count >= 0)
            countText = QLocale().toString(count);
        const QFont countFont = Theme::derivedFont(option.font, -1, QFont::DemiBold);
        const int countWidth = countText.isEmpty() ? 0 : QFontMetrics(countFont).horizontalAdvance(countText) + 12;
        if (!countText.isEmpty()) {
            const bool alarm = index.data(AlarmRole).toBool() && count > 0;
            const QRect box(r.right() - 6 - countWidth, r.center().y() - 9, countWidth, 18);
            painter->setPen(Qt::NoPen);
            painter->setBrush(alarm ? Pill::colours(Pill::Tone::Danger).background : QColor(0xDD, 0xE4, 0xE7));
            painter->drawRoundedRect(box, 9, 9);
            painter->setFont(countFont);
            painter->setPen(alarm ? Theme::danger() : Theme::mutedText());
            painter->drawText(box, Qt::AlignCenter, countText);
        }
        painter->setFont(selected ? Theme::derivedFont(option.font, 0, QFont::DemiBold) : option.font);
        painter->setPen(selected ? Theme::accentHover() : QColor(0x33, 0x43, 0x4B));
        const QRect textRect(left, r.top(), r.right() - 10 - countWidth - left, r.height());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(painter->font())
                              .elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width()));
        painter->restore();
    }
};

} // namespace

InboxNavigation::InboxNavigation(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("inboxNavigation"));
    setItemDelegate(new NavigationDelegate(this));
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setStyleSheet(QStringLiteral("QListWidget#inboxNavigation { background: #F7F9F9; border: none;"
                                 " border-right: 1px solid %1; padding: 8px 6px; outline: 0; }")
                      .arg(Theme::border().name()));

    addView(InboxView::MyOpen);
    addView(InboxView::Unassigned);
    addView(InboxView::AllOpen);
    addView(InboxView::DueSoon);
    addHeading();
    for (Channel channel : {Channel::Email, Channel::Phone, Channel::Chat, Channel::WebForm, Channel::App,
                            Channel::Social})
        addView(InboxView::ByChannel, channel);
    addView(InboxView::Alerts);
    addView(InboxView::Resolved);
    retranslateUi();

    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (!current || current->data(HeadingRole).toBool())
            return;
        emit viewSelected(currentView(), currentChannel());
    });
}

void InboxNavigation::addView(InboxView view, std::optional<Channel> channel)
{
    auto *item = new QListWidgetItem(this);
    item->setData(ViewRole, int(view));
    item->setData(ChannelRole, channel ? int(*channel) : -1);
    item->setData(CountRole, -1);
    item->setData(AlarmRole, view == InboxView::DueSoon);
    if (channel)
        item->setIcon(Icons::channel(*channel));
    else if (view == InboxView::Alerts)
        item->setIcon(Icons::channel(Channel::Alert));
    else
        item->setIcon(Icons::inbox());
}

void InboxNavigation::addHeading()
{
    auto *item = new QListWidgetItem(this);
    item->setData(HeadingRole, true);
    item->setFlags(Qt::NoItemFlags);
}

QListWidgetItem *InboxNavigation::itemFor(InboxView view, std::optional<Channel> channel) const
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        if (it->data(HeadingRole).toBool() || it->data(ViewRole).toInt() != int(view))
            continue;
        if (view == InboxView::ByChannel && it->data(ChannelRole).toInt() != (channel ? int(*channel) : -1))
            continue;
        return it;
    }
    return nullptr;
}

void InboxNavigation::setCounts(const InboxCounts &counts)
{
    auto set = [this](InboxView view, int value, std::optional<Channel> channel = std::nullopt) {
        if (QListWidgetItem *it = itemFor(view, channel))
            it->setData(CountRole, value);
    };
    set(InboxView::MyOpen, counts.myOpen);
    set(InboxView::Unassigned, counts.unassigned);
    set(InboxView::AllOpen, counts.allOpen);
    set(InboxView::DueSoon, counts.dueSoon);
    set(InboxView::Alerts, counts.alerts);
    set(InboxView::Resolved, counts.resolved);
    for (const auto &[channel, value] : counts.openByChannel)
        set(InboxView::ByChannel, value, channel);
    if (QListWidgetItem *due = itemFor(InboxView::DueSoon, std::nullopt))
        due->setToolTip(tr("Due soon or breached: %1 due within the hour, %2 already past their SLA")
                            .arg(QLocale().toString(counts.dueSoon - counts.breached),
                                 QLocale().toString(counts.breached)));
}

int InboxNavigation::countOf(InboxView view, std::optional<Channel> channel) const
{
    QListWidgetItem *it = itemFor(view, channel);
    return it ? it->data(CountRole).toInt() : -1;
}

bool InboxNavigation::selectView(InboxView view, std::optional<Channel> channel)
{
    QListWidgetItem *it = itemFor(view, channel);
    if (!it)
        return false;
    setCurrentItem(it);
    return true;
}

InboxView InboxNavigation::currentView() const
{
    QListWidgetItem *it = currentItem();
    return it ? InboxView(it->data(ViewRole).toInt()) : InboxView::AllOpen;
}

std::optional<Channel> InboxNavigation::currentChannel() const
{
    QListWidgetItem *it = currentItem();
    if (!it || it->data(ChannelRole).toInt() < 0)
        return std::nullopt;
    return Channel(it->data(ChannelRole).toInt());
}

void InboxNavigation::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListWidget::changeEvent(event);
}

void InboxNavigation::retranslateUi()
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        if (it->data(HeadingRole).toBool()) {
            it->setText(tr("Channels"));
            continue;
        }

        switch (InboxView(it->data(ViewRole).toInt())) {
        case InboxView::MyOpen:
            it->setText(tr("My open"));
            break;
        case InboxView::Unassigned:
            it->setText(tr("Unassigned"));
            break;
        case InboxView::AllOpen:
            it->setText(tr("All open"));
            break;
        case InboxView::DueSoon:
            it->setText(tr("Due soon"));
            break;
        case InboxView::ByChannel:
            it->setText(InboxText::channel(Channel(it->data(ChannelRole).toInt())));
            break;
        case InboxView::Alerts:
            it->setText(tr("Alerts"));
            break;
        case InboxView::Resolved:
            it->setText(tr("Resolved"));
            break;
        }
        if (InboxView(it->data(ViewRole).toInt()) != InboxView::DueSoon)
            it->setToolTip(it->text());
    }
}

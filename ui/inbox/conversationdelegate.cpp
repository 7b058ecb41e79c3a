#include "conversationdelegate.h"

#include "conversationlistmodel.h"
#include "inboxtext.h"

#include "common/icons.h"
#include "common/pill.h"
#include "common/theme.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int Margin = 10;
constexpr int IconSize = 18;
constexpr int LineGap = 4;
} // namespace

ConversationDelegate::ConversationDelegate(const ConversationListModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
    , m_now(QDateTime::currentDateTime())
{
}

void ConversationDelegate::setNow(const QDateTime &now)
{
    m_now = now;
}

QDateTime ConversationDelegate::now() const
{
    return m_now;
}

void ConversationDelegate::setCurrentAgent(const QString &username)
{
    m_agent = username;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics base(option.font);
    const QFontMetrics small(Theme::derivedFont(option.font, -1));
    const int pill = Pill::sizeFor(option.font, QStringLiteral("Ag")).height();
    return QSize(200, Margin + base.height() + LineGap + small.height() + LineGap + pill + Margin);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return;
    const ConversationSummary &s = m_model->summaryAt(index.row());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    const bool selected = option.state & QStyle::State_Selected;
    const QRect r = option.rect;
    painter->fillRect(r, selected ? option.palette.color(option.state & QStyle::State_Active ? QPalette::Active
                                                                                             : QPalette::Inactive,
                                                         QPalette::Highlight)
                                  : Theme::surface());
    if (selected) {
        painter->fillRect(QRect(r.left(), r.top(), 3, r.height()), Theme::accent());
    }
    painter->setPen(Theme::separator());
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    const QFont baseFont = option.font;
    const QFont nameFont = Theme::derivedFont(baseFont, 0, QFont::DemiBold);
    const QFont smallFont = Theme::derivedFont(baseFont, -1);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(smallFont);

    const int left = r.left() + Margin + 2;
    const int right = r.right() - Margin;
    int y = r.top() + Margin;

    // Line 1: channel icon, customer, SLA countdown at the right.
    const QIcon icon = Icons::channel(s.channel);
    icon.paint(painter, QRect(left, y + (nameMetrics.height() - IconSize) / 2, IconSize, IconSize));
    int textLeft = left + IconSize + 8;

    const QString countdown = InboxText::countdown(s, m_now);
    int countdownWidth = 0;
    if (!countdown.isEmpty()) {
        const InboxText::Urgency urgency = InboxText::urgency(s, m_now);
        const QFont dueFont = Theme::derivedFont(baseFont, -1, urgency == InboxText::Urgency::Calm
                                                                   ? QFont::Normal
                                                                   : QFont::DemiBold);
        painter->setFont(dueFont);
        countdownWidth = QFontMetrics(dueFont).horizontalAdvance(countdown);
        if (urgency == InboxText::Urgency::Breached) {
            const Pill::Colours colours = Pill::colours(Pill::Tone::Danger);
            const QRect box(right - countdownWidth - 12, y, countdownWidth + 12, nameMetrics.height());
            painter->setPen(Qt::NoPen);
            painter->setBrush(colours.background);
            painter->drawRoundedRect(box, box.height() / 2.0, box.height() / 2.0);
            countdownWidth += 12;
        }
        painter->setPen(InboxText::urgencyColour(urgency));
        painter->drawText(QRect(right - countdownWidth, y, countdownWidth, nameMetrics.height()), Qt::AlignCenter,
                          countdown);
    } else {
        painter->setFont(smallFont);
        const QDateTime updatedAt = s.updatedAt.toLocalTime();
        const QString updated = updatedAt.date() == m_now.date()
            ? QLocale().toString(updatedAt.time(), QLocale::ShortFormat)
            : QLocale().toString(updatedAt.date(), QLocale::ShortFormat);
        countdownWidth = smallMetrics.horizontalAdvance(updated);
        painter->setPen(Theme::mutedText());
        painter->drawText(QRect(right - countdownWidth, y, countdownWidth, nameMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, updated);
    }

    painter->setFont(nameFont);
    painter->setPen(Theme::text());
    const int nameWidth = qMax(0, right - countdownWidth - 10 - textLeft);
    painter->drawText(QRect(textLeft, y, nameWidth, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(s.customerName, Qt::ElideRight, nameWidth));
    y += nameMetrics.height() + LineGap;

    // Line 2: subject, then the latest message's first words.
    painter->setFont(smallFont);
    const int lineWidth = right - textLeft;
    const QString subject = s.subject;
    const int subjectWidth = qMin(smallMetrics.horizontalAdvance(subject) + 2, lineWidth);
    painter->setPen(Theme::text());
    painter->drawText(QRect(textLeft, y, subjectWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(subject, Qt::ElideRight, subjectWidth));
    const int previewLeft = textLeft + subjectWidth + (subject.isEmpty() ? 0 : 6);
    if (right - previewLeft > 30 && !s.preview.isEmpty()) {
        painter->setPen(Theme::mutedText());
        const QString preview = subject.isEmpty() ? s.preview : QStringLiteral("— ") + s.preview;
        painter->drawText(QRect(previewLeft, y, right - previewLeft, smallMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(preview, Qt::ElideRight, right - previewLeft));
    }
    y += smallMetrics.height() + LineGap;

    // Line 3: priority and topics as pills, assignee at the right.
    QString assignee;
    if (s.assignee.isEmpty())
        assignee = tr("Unassigned");
    else if (s.assignee == m_agent)
        assignee = tr("Me", "assigned to the signed-in agent");
    else
        assignee = s.assignee;
    painter->setFont(smallFont);
    const int assigneeWidth = qMin(smallMetrics.horizontalAdvance(assignee), lineWidth / 3);
    const int pillHeight = Pill::sizeFor(baseFont, QStringLiteral("Ag")).height();
    painter->setPen(s.assignee.isEmpty() ? Theme::warning() : Theme::mutedText());
    painter->drawText(QRect(right - assigneeWidth, y, assigneeWidth, pillHeight), Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(assignee, Qt::ElideRight, assigneeWidth));

    int x = textLeft;
    const int pillsRight = right - assigneeWidth - 8;
    auto paintPill = [&](const QString &text, Pill::Tone tone) {
        const int width = Pill::sizeFor(baseFont, text).width();
        if (x + width > pillsRight)
            return false;
        x += Pill::paint(painter, QPoint(x, y), baseFont, text, tone) + 4;
        return true;
    };
    if (s.priority == Priority::Urgent || s.priority == Priority::High)
        paintPill(InboxText::priority(s.priority), InboxText::priorityTone(s.priority));
    if (s.status == ConversationStatus::New || s.status == ConversationStatus::PendingCustomer
        || s.status == ConversationStatus::OnHold)
        paintPill(InboxText::status(s.status), InboxText::statusTone(s.status));
    for (const QString &topic : s.topics) {
        if (!paintPill(InboxText::topic(topic), Pill::Tone::Neutral))
            break;
    }
    if (s.hasAttachments && x + 14 <= pillsRight) {
        // A small paperclip: the conversation carries files.
        painter->save();
        painter->translate(x + 1, y + (pillHeight - 14) / 2.0);
        QPen pen(Theme::mutedText(), 1.3);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        QPainterPath clip;
        clip.moveTo(9.5, 4);
        clip.lineTo(9.5, 10.5);
        clip.arcTo(QRectF(4.5, 8, 5, 5), 0, -180);
        clip.lineTo(4.5, 3.5);
        clip.arcTo(QRectF(4.5, 1, 3.5, 3.5), 180, -180);
        clip.lineTo(8, 10);
        painter->drawPath(clip);
        painter->restore();
    }

    painter->restore();
}

#include "messagebar.h"

#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace {

struct BarColours
{
    QColor background;
    QColor border;
    QColor foreground;
};

BarColours coloursFor(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Positive:
        return {QColor(0xE7, 0xF3, 0xEB), QColor(0xB9, 0xDC, 0xC6), QColor(0x1F, 0x5C, 0x38)};
    case MessageBar::Warning:
        return {QColor(0xFD, 0xF4, 0xDE), QColor(0xEE, 0xD6, 0x9A), QColor(0x6B, 0x47, 0x00)};
    case MessageBar::Error:
        return {QColor(0xFB, 0xE9, 0xE7), QColor(0xEF, 0xBF, 0xB9), QColor(0x8A, 0x22, 0x1A)};
    case MessageBar::Information:
        break;
    }
    return {QColor(0xE7, 0xF0, 0xF8), QColor(0xBE, 0xD5, 0xEA), QColor(0x1D, 0x46, 0x6D)};
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAttribute(Qt::WA_StyledBackground, false);

    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("messageBarText"));

    m_icon->setFixedSize(18, 18);
    m_action->setProperty("link", true);
    m_action->setCursor(Qt::PointingHandCursor);
    m_action->hide();

    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::close());
    m_close->setIconSize(QSize(12, 12));
    m_close->setCursor(Qt::PointingHandCursor);
    m_close->setStyleSheet(QStringLiteral("QToolButton { border: none; padding: 3px; background: transparent; }"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBar::hideMessage);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hideMessage();
        emit actionTriggered();
    });

    applyType();
    hide();
    m_close->setToolTip(tr("Close"));
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(const QString &text, Type type, int autoHideMs)
{
    m_type = type;
    m_label->setText(text);
    m_action->hide();
    applyType();
    show();
    if (autoHideMs > 0)
        m_autoHide->start(autoHideMs);
    else
        m_autoHide->stop();
}

void MessageBar::showMessageWithAction(const QString &text, Type type, const QString &actionText)
{
    showMessage(text, type);
    m_action->setText(actionText);
    m_action->show();
}

void MessageBar::hideMessage()
{
    m_autoHide->stop();
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

MessageBar::Type MessageBar::type() const
{
    return m_type;
}

void MessageBar::paintEvent(QPaintEvent *)
{
    const BarColours c = coloursFor(m_type);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(c.border, 1));
    painter.setBrush(c.background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_close->setToolTip(tr("Close"));
    QFrame::changeEvent(event);
}

void MessageBar::applyType()
{
    const BarColours c = coloursFor(m_type);
    QPalette pal = m_label->palette();
    pal.setColor(QPalette::WindowText, c.foreground);
    m_label->setPalette(pal);
    m_label->setStyleSheet(QStringLiteral("color: %1;").arg(c.foreground.name()));
    m_action->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(c.foreground.name()));

    Icons::Status status = Icons::Status::Information;
    switch (m_type) {
    case Positive:
        status = Icons::Status::Positive;
        break;
    case Warning:
        status = Icons::Status::Warning;
        break;
    case Error:
        status = Icons::Status::Error;
        break;
    case Information:
        break;
    }
    m_icon->setPixmap(Icons::statusIcon(status, c.foreground).pixmap(18, 18));
    update();
}

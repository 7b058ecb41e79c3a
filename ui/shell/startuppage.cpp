#include "startuppage.h"

#include "common/icons.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

StartupPage::StartupPage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("startupPage"));
    m_icon->setPixmap(Icons::application().pixmap(56, 56));
    m_icon->setAlignment(Qt::AlignCenter);

    m_message->setObjectName(QStringLiteral("startupMessage"));
    m_message->setProperty("role", QStringLiteral("emptyBody"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(280);
    m_progress->setRange(0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_message);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void StartupPage::setMessage(const QString &message)
{
    m_message->setText(message);
}

void StartupPage::setProgress(int done, int total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(qBound(0, done, total));
}

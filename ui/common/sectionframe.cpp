#include "sectionframe.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

SectionFrame::SectionFrame(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_content(new QVBoxLayout)
{
    setObjectName(QStringLiteral("section"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));

    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->setSpacing(8);
    m_header->addWidget(m_title);
    m_header->addStretch(1);

    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(15, 14, 15, 15);
    layout->setSpacing(12);
    layout->addLayout(m_header);
    layout->addLayout(m_content);
    layout->addStretch(1);
}

void SectionFrame::setTitle(const QString &title)
{
    m_title->setText(title);
}

void SectionFrame::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

QVBoxLayout *SectionFrame::contentLayout() const
{
    return m_content;
}

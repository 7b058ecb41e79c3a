#include "bulkactionbar.h"

#include "inboxtext.h"

#include "common/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

BulkActionBar::BulkActionBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("bulkActionBar"));
    setStyleSheet(QStringLiteral("QFrame#bulkActionBar { background: %1; border-bottom: 1px solid %2; }")
                      .arg(Theme::accentSoft().name(), Theme::border().name()));
    m_label = new QLabel(this);
    m_label->setFont(Theme::derivedFont(font(), 0, QFont::DemiBold));
    m_assignMe = new QPushButton(this);
    m_assignMe->setObjectName(QStringLiteral("bulkAssignMe"));
    m_assign = new QPushButton(this);
    m_assign->setMenu(new QMenu(m_assign));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("bulkClose"));
    m_topic = new QPushButton(this);
    m_topic->setMenu(new QMenu(m_topic));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_assignMe);
    layout->addWidget(m_assign);
    layout->addWidget(m_topic);
    layout->addWidget(m_close);

    connect(m_assignMe, &QPushButton::clicked, this, &BulkActionBar::assignToMeRequested);
    connect(m_close, &QPushButton::clicked, this, &BulkActionBar::closeRequested);
    retranslateUi();
}

void BulkActionBar::setSelectedCount(int count)
{
    m_count = count;
    // Only the label depends on the count; the menus are built on language changes.
    m_label->setText(tr("%n selected", "conversations", m_count));
}

void BulkActionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void BulkActionBar::retranslateUi()
{
    m_label->setText(tr("%n selected", "conversations", m_count));
    m_assignMe->setText(tr("Assign to Me"));
    m_assign->setText(tr("Assign To"));
    m_close->setText(tr("Close"));
    m_topic->setText(tr("Add Topic"));

    QMenu *assign = m_assign->menu();
    assign->clear();
    assign->addAction(tr("Agent…"), this, &BulkActionBar::assignToAgentRequested);
    assign->addSeparator();
    for (const InboxText::Choice &queue : InboxText::queues()) {
        assign->addAction(tr("Queue: %1").arg(queue.text), this,
                          [this, name = queue.name] { emit assignToQueueRequested(name); });
    }
    QMenu *topics = m_topic->menu();
    topics->clear();
    for (const InboxText::Choice &topic : InboxText::topicChoices())
        topics->addAction(topic.text, this, [this, name = topic.name] { emit addTopicRequested(name); });
}

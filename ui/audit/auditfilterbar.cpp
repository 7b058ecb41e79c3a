#include "auditfilterbar.h"

#include "audittext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {

/// A date edit at this date shows "Any day" and filters nothing.
const QDate NoDate(2000, 1, 1);
constexpr int TypingPauseMs = 350;
constexpr int MaxFieldLength = 100;

void setInvalid(QWidget *widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_agent(new QComboBox(this))
    , m_customer(new QLineEdit(this))
    , m_card(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_clear(new QPushButton(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_agent->setObjectName(QStringLiteral("auditAgentFilter"));
    m_customer->setObjectName(QStringLiteral("auditCustomerFilter"));
    m_card->setObjectName(QStringLiteral("auditCardFilter"));
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_from->setObjectName(QStringLiteral("auditFromFilter"));
    m_to->setObjectName(QStringLiteral("auditToFilter"));
    m_clear->setObjectName(QStringLiteral("auditClearFilters"));

    m_agent->setMinimumContentsLength(16);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(22);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customer->setMaxLength(MaxFieldLength);
    m_customer->setClearButtonEnabled(true);
    m_customer->setMinimumWidth(130);
    m_card->setMaxLength(MaxFieldLength);
    m_card->setClearButtonEnabled(true);
    m_card->setMinimumWidth(110);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setMaximumDate(QDate(2999, 12, 31));
        edit->setDate(NoDate);
        edit->setMinimumWidth(118);
        // From "Any day", the calendar opens at this month rather than in 2000.
        edit->installEventFilter(this);
    }
    // QDateEdit is not in the application's sheet: give it the inputs' look.
    setStyleSheet(QStringLiteral(
        "QDateEdit { background: palette(base); border: 1px solid #C7D0D5; border-radius: 5px;"
        " padding: 5px 8px; min-height: 18px; }"
        "QDateEdit:focus { border: 1px solid palette(highlight); }"
        "QDateEdit::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 22px;"
        " border: none; }"
        "QDateEdit::down-arrow { image: url(:/ui/chevron-down.png); width: 10px; height: 7px; }"
        "QComboBox[invalid=\"true\"], QDateEdit[invalid=\"true\"] { border: 1px solid #C0392B; }"));
    m_clear->setProperty("link", true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(labelled(&m_agentLabel, m_agent));
    layout->addWidget(labelled(&m_customerLabel, m_customer));
    layout->addWidget(labelled(&m_cardLabel, m_card));
    layout->addWidget(labelled(&m_actionLabel, m_action));
    layout->addWidget(labelled(&m_fromLabel, m_from));
    layout->addWidget(labelled(&m_toLabel, m_to));
    layout->addWidget(m_clear, 0, Qt::AlignBottom);
    layout->addStretch(1);

    fillAgents();
    fillActions();
    retranslateUi();

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::filterChanged);
    for (QLineEdit *edit : {m_customer, m_card}) {
        connect(edit, &QLineEdit::textEdited, this, &AuditFilterBar::scheduleChange);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_typing->stop();
            emit filterChanged();
        });
    }
    for (QComboBox *combo : {m_agent, m_action}) {
        connect(combo, &QComboBox::activated, this, [this] {
            if (!m_quiet)
                emit filterChanged();
        });
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_quiet)
                scheduleChange();
        });
    }
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        emit filterChanged();
    });
}

AuditFilterBar::~AuditFilterBar() = default;

QWidget *AuditFilterBar::labelled(QLabel **label, QWidget *field)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(3);
    *label = new QLabel(box);
    (*label)->setProperty("role", QStringLiteral("caption"));
    (*label)->setBuddy(field);
    column->addWidget(*label);
    column->addWidget(field);
    return box;
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter filter;
    filter.agent = m_agent->currentData().toString();
    filter.customerNumber = m_customer->text();
    filter.card = m_card->text();
    filter.action = m_action->currentData().toString();
    if (m_from->date() != NoDate)
        filter.from = m_from->date();
    if (m_to->date() != NoDate)
        filter.to = m_to->date();
    return filter;
}

void AuditFilterBar::clear()
{
    m_quiet = true;
    m_typing->stop();
    m_agent->setCurrentIndex(0);
    m_customer->clear();
    m_card->clear();
    m_action->setCurrentIndex(0);
    m_from->setDate(NoDate);
    m_to->setDate(NoDate);
    clearInvalid();
    m_quiet = false;
}

void AuditFilterBar::setChoices(const AuditFilterChoices &choices)
{
    m_choices = choices;
    m_quiet = true;
    fillAgents();
    fillActions();
    m_quiet = false;
}

void AuditFilterBar::fillAgents()
{
    const QString current = m_agent->currentData().toString();
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    for (const AuditFilterChoices::AgentChoice &agent : std::as_const(m_choices.agents)) {
        const QString text = agent.displayName.isEmpty()
                                 ? agent.username
                                 : tr("%1 (%2)", "display name (user name)").arg(agent.displayName, agent.username);
        m_agent->addItem(text, agent.username);
    }
    m_agent->setCurrentIndex(qMax(0, m_agent->findData(current)));
}

void AuditFilterBar::fillActions()
{
    const QString current = m_action->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    // Groups first ("All card actions"), for the prefixes the log holds.
    QStringList prefixes;
    for (const QString &action : std::as_const(m_choices.actions)) {
        const qsizetype dot = action.indexOf(QLatin1Char('.'));
        const QString prefix = dot > 0 ? action.left(dot + 1) : QString();
        if (!prefix.isEmpty() && !prefixes.contains(prefix) && !AuditText::actionGroup(prefix).isEmpty())
            prefixes << prefix;
    }
    for (const QString &prefix : std::as_const(prefixes))
        m_action->addItem(AuditText::actionGroup(prefix), prefix);
    if (!prefixes.isEmpty() && !m_choices.actions.isEmpty())
        m_action->insertSeparator(m_action->count());
    for (const QString &action : std::as_const(m_choices.actions)) {
        m_action->addItem(AuditText::action(action), action);
        m_action->setItemData(m_action->count() - 1, action, Qt::ToolTipRole);
    }
    m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
}

void AuditFilterBar::markInvalid(AuditPage::Field field)
{
    clearInvalid();
    QWidget *widget = nullptr;
    switch (field) {
    case AuditPage::AgentField:
        widget = m_agent;
        break;
    case AuditPage::CustomerField:
        widget = m_customer;
        break;
    case AuditPage::CardField:
        widget = m_card;
        break;
    case AuditPage::ActionField:
        widget = m_action;
        break;
    case AuditPage::DateField:
        widget = m_from;
        break;
    case AuditPage::NoField:
        break;
    }
    if (widget)
        setInvalid(widget, true);
}

void AuditFilterBar::clearInvalid()
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_agent, m_customer, m_card, m_action, m_from, m_to})
        setInvalid(widget, false);
}

void AuditFilterBar::scheduleChange()
{
    if (!m_quiet)
        m_typing->start();
}

bool AuditFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = qobject_cast<QDateEdit *>(watched);
    if (edit && event->type() == QEvent::MouseButtonPress && edit->date() == NoDate)
        edit->setDate(QDate::currentDate());
    return QWidget::eventFilter(watched, event);
}

void AuditFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditFilterBar::retranslateUi()
{
    m_agentLabel->setText(tr("A&gent"));
    m_customerLabel->setText(tr("C&ustomer number"));
    m_cardLabel->setText(tr("Ca&rd"));
    m_actionLabel->setText(tr("Ac&tion"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("T&o", "last day of a date range"));
    m_customer->setPlaceholderText(tr("e.g. 100000042"));
    m_card->setPlaceholderText(tr("Last four or #id"));
    m_card->setToolTip(tr("The card's last four digits (1234), or its id (#45). Never a full card number."));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSpecialValueText(tr("Any day"));
    m_clear->setText(tr("Clear filters"));
    m_quiet = true;
    fillAgents();
    fillActions();
    m_quiet = false;
}

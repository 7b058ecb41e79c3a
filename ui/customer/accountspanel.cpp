#include "accountspanel.h"

#include "common/displaytext.h"
#include "common/pilllabel.h"
#include "common/theme.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

AccountsPanel::AccountsPanel(QWidget *parent)
    : SectionFrame(parent)
{
    setObjectName(QStringLiteral("section"));
    setTitle(tr("Accounts"));
}

void AccountsPanel::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    render();
}

void AccountsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("Accounts"));
        render();
    }
    SectionFrame::changeEvent(event);
}

void AccountsPanel::render()
{
    delete m_body;
    m_body = new QWidget(this);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    if (m_accounts.isEmpty()) {
        auto *none = new QLabel(tr("This customer has no accounts."), m_body);
        none->setProperty("role", QStringLiteral("muted"));
        layout->addWidget(none);
    }
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (i > 0) {
            auto *line = new QFrame(m_body);
            line->setFrameShape(QFrame::HLine);
            line->setStyleSheet(QStringLiteral("color: #E6EAED;"));
            layout->addWidget(line);
        }
        layout->addWidget(createAccountWidget(m_accounts.at(i)));
    }
    contentLayout()->addWidget(m_body);
}

QWidget *AccountsPanel::createAccountWidget(const Account &account)
{
    auto *widget = new QWidget(m_body);
    widget->setObjectName(QStringLiteral("account"));

    auto *title = new QLabel(account.product, widget);
    title->setFont(Theme::derivedFont(font(), 0, QFont::Bold));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    auto *number = new QLabel(account.accountNumber, widget);
    number->setProperty("role", QStringLiteral("caption"));
    number->setTextFormat(Qt::PlainText);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *names = new QVBoxLayout;
    names->setSpacing(1);
    names->addWidget(title);
    names->addWidget(number);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addLayout(names, 1);
    if (account.status == QLatin1StringView("overdue"))
        titleRow->addWidget(new PillLabel(DisplayText::accountStatus(account.status), Pill::Tone::Attention, widget));
    else if (account.status == QLatin1StringView("closed"))
        titleRow->addWidget(new PillLabel(DisplayText::accountStatus(account.status), Pill::Tone::Neutral, widget));

    Money available = account.creditLimit;
    available.minor = qMax<qint64>(0, account.creditLimit.minor - account.balance.minor);

    const bool overdue = account.status == QLatin1StringView("overdue");
    const struct
    {
        QString label;
        QString value;
        bool strong;
    } figures[] = {
        {tr("Credit limit"), DisplayText::money(account.creditLimit), false},
        {tr("Balance"), DisplayText::money(account.balance), true},
        {tr("Available"), DisplayText::money(available), false},
        {tr("Due date"), DisplayText::date(account.dueDate), overdue},
        {tr("Minimum due"), DisplayText::money(account.minimumDue), overdue},
    };

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(7);
    grid->setColumnStretch(0, 1);
    int row = 0;
    for (const auto &figure : figures) {
        auto *label = new QLabel(figure.label, widget);
        label->setProperty("role", QStringLiteral("fieldLabel"));
        auto *value = new QLabel(figure.value, widget);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setFont(Theme::derivedFont(font(), 0, figure.strong ? QFont::Bold : QFont::Normal));
        if (overdue && figure.strong && row >= 3)
            value->setStyleSheet(QStringLiteral("color: #8F3F0C;"));
        grid->addWidget(label, row, 0);
        grid->addWidget(value, row, 1);
        ++row;
    }

    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(titleRow);
    layout->addLayout(grid);
    return widget;
}

#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_grid(new QGridLayout)
    , m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(8);
    m_intro->setProperty("role", QStringLiteral("muted"));
    m_intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 14);
    layout->setSpacing(16);
    layout->addWidget(m_intro);
    layout->addLayout(m_grid);
    layout->addWidget(buttons);

    populate();
    setMinimumWidth(460);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        populate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::populate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("Everything in the customer lookup can be done from the keyboard."));

    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    const struct
    {
        QString keys;
        QString action;
    } rows[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText), tr("Find a customer (from anywhere)")},
        {tr("Type"), tr("Search as you type: name, phone, email, customer number, card last four")},
        {tr("Down"), tr("Move from the search field into the results")},
        {tr("Up / Down"), tr("Move between results; the selected customer is shown on the right")},
        {tr("Enter"), tr("Open the selected customer")},
        {tr("Esc"), tr("Clear the search and return to the search field")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K).toString(QKeySequence::NativeText),
         tr("Lost, stolen or damaged card: the guided workflow for the customer on screen")},
        {tr("R / N"), tr("In the workflow's review: the customer recognises the transaction, or not")},
        {QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText),
         tr("Inbox: show or hide the customer panel")},
        {QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText), tr("Show this list")},
        {QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText), tr("Quit CardDesk")},
    };

    int row = 0;
    for (const auto &entry : rows) {
        auto *keys = new QLabel(entry.keys, this);
        keys->setTextFormat(Qt::PlainText);
        keys->setAlignment(Qt::AlignCenter);
        keys->setStyleSheet(QStringLiteral("QLabel { background: #FFFFFF; border: 1px solid #C7D0D5; "
                                           "border-bottom-width: 2px; border-radius: 4px; padding: 2px 8px; "
                                           "font-weight: bold; color: #33434B; }"));
        auto *action = new QLabel(entry.action, this);
        action->setTextFormat(Qt::PlainText);
        action->setWordWrap(true);
        m_grid->addWidget(keys, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_grid->addWidget(action, row, 1);
        ++row;
    }
    m_grid->setColumnStretch(1, 1);
}

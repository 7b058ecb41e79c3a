#include "commandpalette.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

CommandPalette::CommandPalette(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Inbox Actions"));
    resize(520, 420);
    for (QAction *action : actions)
        m_actions.append(action);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("commandPaletteFilter"));
    m_filter->setPlaceholderText(tr("Type an action…"));
    m_filter->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setUniformItemSizes(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    applyFilter(QString());
    m_filter->setFocus();
}

void CommandPalette::setFilter(const QString &text)
{
    m_filter->setText(text);
}

int CommandPalette::visibleCount() const
{
    return m_list->count();
}

QStringList CommandPalette::visibleTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts << m_list->item(row)->text();
    return texts;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            QKeyEvent copy(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            runCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::applyFilter(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_list->clear();
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction *action = m_actions.at(i);
        if (!action || !action->isEnabled())
            continue;
        const QString title = action->text().remove(QLatin1Char('&'));
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        bool matches = true;
        for (const QString &word : words) {
            if (!title.contains(word, Qt::CaseInsensitive) && !shortcut.contains(word, Qt::CaseInsensitive)) {
                matches = false;
                break;
            }
        }
        if (!matches)
            continue;
        auto *item = new QListWidgetItem(shortcut.isEmpty() ? title : tr("%1\t%2", "action, shortcut").arg(title, shortcut),
                                         m_list);
        item->setData(Qt::UserRole, i);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QPointer<QAction> action = m_actions.value(item->data(Qt::UserRole).toInt());
    accept();
    // After the palette has closed, so the action acts on the inbox, not on the palette.
    if (action)
        QTimer::singleShot(0, action, &QAction::trigger);
}

#include "macropicker.h"

#include "inboxtext.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

MacroPicker::MacroPicker(const QList<Macro> &macros, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_macros(macros)
    , m_language(language)
{
    setObjectName(QStringLiteral("macroPicker"));
    setWindowTitle(tr("Insert a Macro"));
    resize(520, 380);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("macroFilter"));
    m_filter->setPlaceholderText(tr("Type to filter macros…"));
    m_filter->installEventFilter(this);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("macroList"));
    m_list->setUniformItemSizes(true);
    m_empty = new QLabel(tr("No macro matches."), this);
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_empty->hide();

    auto *hint = new QLabel(tr("Enter inserts the macro in the customer's language (%1). Esc closes.")
                                .arg(language),
                            this);
    hint->setProperty("role", QStringLiteral("caption"));
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(hint);

    connect(m_filter, &QLineEdit::textChanged, this, &MacroPicker::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &MacroPicker::choose);
    applyFilter(QString());
    m_filter->setFocus();
}

void MacroPicker::setFilter(const QString &text)
{
    m_filter->setText(text);
}

int MacroPicker::visibleCount() const
{
    return m_list->count();
}

QString MacroPicker::chosenId() const
{
    return m_chosen;
}

bool MacroPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            QKeyEvent copy(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MacroPicker::applyFilter(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_list->clear();
    for (const Macro &macro : std::as_const(m_macros)) {
        const QString title = macro.title(m_language);
        QStringList haystack{title, macro.title(QStringLiteral("en")), macro.shortcut, macro.id};
        for (const QString &topic : macro.topics)
            haystack << InboxText::topic(topic);
        const QString all = haystack.join(QLatin1Char(' '));
        bool matches = true;
        for (const QString &word : words) {
            if (!all.contains(word, Qt::CaseInsensitive)) {
                matches = false;
                break;
            }
        }
        if (!matches)
            continue;
        auto *item = new QListWidgetItem(macro.shortcut.isEmpty()
                                             ? title
                                             : tr("%1  (/%2)", "macro title and its shortcut").arg(title, macro.shortcut),
                                         m_list);
        item->setData(Qt::UserRole, macro.id);
        item->setToolTip(macro.body(m_language));
    }
    m_empty->setVisible(m_list->count() == 0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void MacroPicker::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_chosen = item->data(Qt::UserRole).toString();
    accept();
}

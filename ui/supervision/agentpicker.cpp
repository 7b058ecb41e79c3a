#include "agentpicker.h"

#include "supervisiontext.h"

#include "common/icons.h"
#include "inbox/inboxtext.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
constexpr int UsernameRole = Qt::UserRole + 1;
constexpr int DisplayNameRole = Qt::UserRole + 2;
constexpr int SearchRole = Qt::UserRole + 3;
} // namespace

AgentPicker::AgentPicker(const QList<AgentFigure> &agents, int conversationCount, const QString &excluded,
                         QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("agentPicker"));
    setWindowTitle(tr("Reassign to Agent"));
    setMinimumWidth(420);

    auto *intro = new QLabel(tr("Reassign %n conversation(s) to:", nullptr, conversationCount), this);
    intro->setObjectName(QStringLiteral("agentPickerIntro"));

    m_search->setObjectName(QStringLiteral("agentPickerSearch"));
    m_search->setPlaceholderText(tr("Type a name or a queue"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);

    const QLocale locale;
    for (const AgentFigure &agent : agents) {
        if (agent.username == excluded)
            continue;
        const QString name = agent.displayName.isEmpty() ? agent.username : agent.displayName;
        QStringList queues;
        for (const QString &queue : agent.queues)
            queues.append(InboxText::queue(queue));
        auto *item = new QStandardItem(SupervisionText::presenceIcon(agent.presence),
                                       tr("%1 — %2, %Ln open", "agent — presence, open conversations", agent.open)
                                           .arg(name, SupervisionText::presence(agent.presence)));
        item->setData(agent.username, UsernameRole);
        item->setData(name, DisplayNameRole);
        item->setData(
            QStringList{name, agent.username, queues.join(QLatin1Char(' ')), SupervisionText::presence(agent.presence)}
                .join(QLatin1Char(' ')),
            SearchRole);
        item->setToolTip(queues.join(tr(", ", "between queue names")));
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_list->setObjectName(QStringLiteral("agentPickerList"));
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(260);
    m_list->setStyleSheet(QStringLiteral("QListView { border: 1px solid #D9DFE3; border-radius: 6px; padding: 4px; }"
                                         " QListView::item { padding: 5px 4px; }"));

    m_hint->setProperty("role", QStringLiteral("caption"));
    m_hint->setText(tr("↑ ↓ to move, Enter to reassign, Esc to cancel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reassign"));
    ok->setProperty("primary", true);
    ok->setObjectName(QStringLiteral("agentPickerReassign"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        selectFirst();
    });
    connect(m_list, &QListView::activated, this, &AgentPicker::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgentPicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [ok, this] { ok->setEnabled(!currentUsername().isEmpty()); });
    selectFirst();
    ok->setEnabled(!currentUsername().isEmpty());
    m_search->setFocus();
}

AgentPicker::~AgentPicker() = default;

QLineEdit *AgentPicker::searchEdit() const
{
    return m_search;
}

QListView *AgentPicker::listView() const
{
    return m_list;
}

QString AgentPicker::currentUsername() const
{
    return m_list->currentIndex().data(UsernameRole).toString();
}

void AgentPicker::selectFirst()
{
    if (m_filter->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_filter->index(0, 0));
    else if (m_filter->rowCount() > 0 && m_list->currentIndex().isValid())
        m_list->selectionModel()->select(m_list->currentIndex(), QItemSelectionModel::ClearAndSelect);
}

void AgentPicker::choose()
{
    const QModelIndex current = m_list->currentIndex();
    const QString username = current.data(UsernameRole).toString();
    if (username.isEmpty())
        return;
    emit agentChosen(username, current.data(DisplayNameRole).toString());
    accept();
}

bool AgentPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search field move through the list, as in the command palette.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            const int rows = m_filter->rowCount();
            if (rows == 0)
                return true;
            const int step = key->key() == Qt::Key_Down       ? 1
                             : key->key() == Qt::Key_Up       ? -1
                             : key->key() == Qt::Key_PageDown ? 5
                                                              : -5;
            const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
            m_list->setCurrentIndex(m_filter->index(qBound(0, current + step, rows - 1), 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

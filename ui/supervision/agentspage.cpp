#include "agentspage.h"

#include "agentboardmodel.h"
#include "agentpicker.h"
#include "drilldownmodel.h"
#include "exportablesection.h"
#include "supervisiontext.h"
#include "supervisionviews.h"

#include "common/messagebar.h"
#include "common/theme.h"
#include "inbox/inboxtext.h"

#include "services/inboxservice.h"
#include "services/supervisionservice.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace {

QTreeView *makeTable(QWidget *parent)
{
    QTreeView *view = SupervisionViews::makeTable(parent);
    view->setAllColumnsShowFocus(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

} // namespace

AgentsPage::AgentsPage(SupervisionService *supervision, InboxService *inbox, QWidget *parent)
    : QWidget(parent)
    , m_supervision(supervision)
    , m_inbox(inbox)
    , m_agents(new AgentBoardModel(this))
    , m_conversations(new DrillDownModel(supervision, this))
    , m_message(new MessageBar(this))
    , m_agentSection(new ExportableSection(this))
    , m_conversationSection(new ExportableSection(this))
    , m_agentCaption(new QLabel(this))
    , m_conversationCaption(new QLabel(this))
    , m_conversationEmpty(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_reassignButton(new QPushButton(this))
    , m_returnButton(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("agentsPage"));
    m_message->setObjectName(QStringLiteral("agentsMessage"));
    m_message->hide();

    // The agents: a drop target.
    m_agentView = makeTable(m_agentSection);
    m_agentView->setObjectName(QStringLiteral("agentBoardView"));
    m_agentView->setModel(m_agents);
    m_agentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agentView->setDragDropMode(QAbstractItemView::DropOnly);
    m_agentView->setDragDropOverwriteMode(true);   // a drop lands on an agent, never between two
    m_agentView->setDropIndicatorShown(true);
    m_agentView->setAcceptDrops(true);
    m_agentView->viewport()->setAcceptDrops(true);
    m_agentView->setDefaultDropAction(Qt::MoveAction);
    QHeaderView *agentHeader = m_agentView->header();
    agentHeader->resizeSection(AgentBoardModel::AgentColumn, 150);
    agentHeader->resizeSection(AgentBoardModel::PresenceColumn, 104);
    agentHeader->setSectionResizeMode(AgentBoardModel::QueuesColumn, QHeaderView::Stretch);
    for (int column = AgentBoardModel::OpenColumn; column < AgentBoardModel::ColumnCount; ++column)
        agentHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);   // one row per agent
    m_agentCaption->setProperty("role", QStringLiteral("caption"));
    m_agentCaption->setObjectName(QStringLiteral("agentBoardCaption"));
    m_agentSection->addHeaderWidget(m_agentCaption);
    m_agentSection->addCsvExport(m_agents);
    m_agentSection->setFileBase([] {
        return QStringLiteral("agents-%1")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    });
    m_agentSection->contentLayout()->addWidget(m_agentView, 1);
    m_agentSection->setMinimumWidth(560);

    // The selected agent's open conversations: dragged from here.
    m_conversationView = makeTable(m_conversationSection);
    m_conversationView->setObjectName(QStringLiteral("agentConversationsView"));
    m_conversationView->setModel(m_conversations);
    m_conversationView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_conversationView->setDragEnabled(true);
    m_conversationView->setDragDropMode(QAbstractItemView::DragOnly);
    m_conversationView->setDefaultDropAction(Qt::MoveAction);
    m_conversationView->setAlternatingRowColors(true);
    // Whose they are is the title; the channel is the customer's icon.
    m_conversationView->setColumnHidden(DrillDownModel::AssigneeColumn, true);
    m_conversationView->setColumnHidden(DrillDownModel::ChannelColumn, true);
    m_conversationView->setColumnHidden(DrillDownModel::QueueColumn, true);
    m_conversationView->setColumnHidden(DrillDownModel::AgeColumn, true);
    QHeaderView *conversationHeader = m_conversationView->header();
    conversationHeader->resizeSection(DrillDownModel::CustomerColumn, 136);
    conversationHeader->setSectionResizeMode(DrillDownModel::SubjectColumn, QHeaderView::Stretch);
    conversationHeader->resizeSection(DrillDownModel::StatusColumn, 100);
    conversationHeader->resizeSection(DrillDownModel::DueColumn, 124);
    m_conversationCaption->setProperty("role", QStringLiteral("caption"));
    m_conversationCaption->setObjectName(QStringLiteral("agentConversationsCaption"));
    m_conversationEmpty->setProperty("role", QStringLiteral("emptyBody"));
    m_conversationEmpty->setAlignment(Qt::AlignCenter);
    m_conversationEmpty->setWordWrap(true);
    m_conversationEmpty->setObjectName(QStringLiteral("agentConversationsEmpty"));
    m_hint->setProperty("role", QStringLiteral("caption"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("agentsHint"));
    m_reassignButton->setObjectName(QStringLiteral("reassignButton"));
    m_reassignButton->setProperty("primary", true);
    m_returnButton->setObjectName(QStringLiteral("returnToQueueButton"));
    m_selectionCaption = new QLabel(this);
    m_selectionCaption->setObjectName(QStringLiteral("agentsSelection"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_selectionCaption, 1);
    buttons->addWidget(m_returnButton);
    buttons->addWidget(m_reassignButton);
    m_conversationSection->addHeaderWidget(m_conversationCaption);
    m_conversationSection->addCsvExport(m_conversations);
    m_conversationSection->setFileBase([this] { return QStringLiteral("open-conversations-%1").arg(currentAgent()); });
    m_conversationSection->contentLayout()->addWidget(m_conversationView, 1);
    m_conversationSection->contentLayout()->addWidget(m_conversationEmpty, 1);
    m_conversationSection->contentLayout()->addWidget(m_hint);
    m_conversationSection->contentLayout()->addLayout(buttons);
    m_conversationSection->setMinimumWidth(420);
    m_conversationView->hide();

    SupervisionViews::sideBySide(m_splitter, QStringLiteral("agentsSplitter"), m_agentSection, m_conversationSection, 3, 2,
                                 {760, 510});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    // Keyboard: Ctrl+Shift+A reassigns the selected conversations, Enter opens one.
    m_reassignAction = new QAction(this);
    m_reassignAction->setObjectName(QStringLiteral("reassignAction"));
    m_reassignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_reassignAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_reassignAction);
    connect(m_reassignAction, &QAction::triggered, this, &AgentsPage::chooseAgent);
    connect(m_reassignButton, &QPushButton::clicked, this, &AgentsPage::chooseAgent);
    connect(m_returnButton, &QPushButton::clicked, this, &AgentsPage::returnToQueue);
    connect(m_conversationView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_conversations->conversationIdFromIndex(index))
            emit openConversationRequested(id);
    });

    connect(m_agents, &AgentBoardModel::reassignRequested, this, &AgentsPage::reassign);
    connect(m_agentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgentsPage::onCurrentAgentChanged);
    connect(m_conversationView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgentsPage::updateActions);
    connect(m_conversations, &DrillDownModel::stateChanged, this, &AgentsPage::updateConversationCaption);
    connect(m_conversations, &QAbstractItemModel::rowsInserted, this, &AgentsPage::updateConversationCaption);
    connect(m_conversations, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelection = selectedConversations(); });
    connect(m_conversations, &QAbstractItemModel::modelReset, this, [this] {
        // A refresh keeps the conversations that are still the agent's selected.
        QItemSelection selection;
        for (const qint64 id : std::as_const(m_keepSelection)) {
            const QModelIndex index = m_conversations->indexFromConversationId(id);
            if (index.isValid())
                selection.select(index, index.siblingAtColumn(DrillDownModel::ColumnCount - 1));
        }
        if (!selection.isEmpty())
            m_conversationView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        updateActions();
    });
    for (ExportableSection *section : {m_agentSection, m_conversationSection}) {
        connect(section, &ExportableSection::exported, this, [this](const QString &text, MessageBar::Type type) {
            m_message->showMessage(text, type, type == MessageBar::Positive ? 6000 : 0);
        });
    }

    retranslateUi();
    updateConversationCaption();
    updateActions();
}

AgentsPage::~AgentsPage() = default;

AgentBoardModel *AgentsPage::agentModel() const
{
    return m_agents;
}

QTreeView *AgentsPage::agentView() const
{
    return m_agentView;
}

DrillDownModel *AgentsPage::conversationModel() const
{
    return m_conversations;
}

QTreeView *AgentsPage::conversationView() const
{
    return m_conversationView;
}

MessageBar *AgentsPage::messageBar() const
{
    return m_message;
}

QAction *AgentsPage::reassignAction() const
{
    return m_reassignAction;
}

AgentPicker *AgentsPage::picker() const
{
    return m_picker;
}

void AgentsPage::refresh()
{
    if (!m_supervision)
        return;
    const quint64 generation = ++m_generation;
    if (m_agents->rowCount() == 0)
        m_agentCaption->setText(tr("Loading…"));
    m_supervision->agentBoard().then(this, [this, generation](const AgentBoard &board) {
        if (generation == m_generation)
            onBoard(board);
    });
    if (m_conversations->hasDrillDown())
        m_conversations->reload();
}

void AgentsPage::onBoard(const AgentBoard &board)
{
    const QString current = m_wantedAgent.isEmpty() ? currentAgent() : m_wantedAgent;
    m_wantedAgent.clear();
    m_agents->setBoard(board);
    if (board.refused || !board.message.isEmpty())
        m_message->showMessage(board.message.isEmpty() ? tr("The agents' figures could not be read.") : board.message,
                               board.refused ? MessageBar::Error : MessageBar::Warning);

    int available = 0;
    for (const AgentFigure &agent : m_agents->board().agents)
        available += agent.presence == Presence::Available ? 1 : 0;
    m_agentCaption->setText(board.refused ? QString()
                                          : tr("%1 of %Ln available", "agents", int(m_agents->board().agents.size()))
                                                .arg(QLocale().toString(available)));
    const QHash<QString, QString> names = m_agents->names();
    m_conversations->setAgentNames(names);
    emit agentNamesChanged(names);

    if (!current.isEmpty() && currentAgent() != current)
        selectAgent(current);
    m_wantedAgent.clear();   // not on this board either: the supervisor sees who is
    if (currentAgent().isEmpty() && m_agents->rowCount() > 0) {
        // Start on the busiest agent: the one a supervisor most likely looks at first.
        int busiest = 0;
        for (int row = 1; row < m_agents->rowCount(); ++row) {
            if (m_agents->agentAt(row).open > m_agents->agentAt(busiest).open)
                busiest = row;
        }
        m_agentView->setCurrentIndex(m_agents->index(busiest, 0));
    }
    emit boardShown();
}

bool AgentsPage::selectAgent(const QString &username)
{
    const QModelIndex index = m_agents->indexFromUsername(username);
    if (!index.isValid()) {
        m_wantedAgent = username;   // the board may be on its way
        return false;
    }
    m_wantedAgent.clear();
    m_agentView->setCurrentIndex(index);
    m_agentView->scrollTo(index);
    return true;
}

QString AgentsPage::currentAgent() const
{
    return m_agentView->currentIndex().data(AgentBoardModel::UsernameRole).toString();
}

void AgentsPage::onCurrentAgentChanged()
{
    const QString username = currentAgent();
    if (!username.isEmpty())
        m_wantedAgent.clear();   // the supervisor chose someone meanwhile
    if (username.isEmpty()) {
        m_conversations->clear();
        updateConversationCaption();
        return;
    }
    m_keepSelection.clear();
    m_conversationView->selectionModel()->clearSelection();
    DrillDown drill;
    drill.figure = QueueFigure::Open;
    drill.agent = username;
    m_conversations->setDrillDown(drill);
    updateConversationCaption();
}

QList<qint64> AgentsPage::selectedConversations() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_conversationView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_conversations->conversationIdFromIndex(index))
            ids.append(id);
    }
    return ids;
}

void AgentsPage::updateActions()
{
    const int selected = int(selectedConversations().size());
    m_reassignAction->setEnabled(selected > 0 && m_inbox);
    m_reassignButton->setEnabled(selected > 0 && m_inbox);
    m_returnButton->setEnabled(selected > 0 && m_inbox);
    m_selectionCaption->setText(selected > 0 ? tr("%Ln selected", "conversations", selected) : QString());
}

void AgentsPage::updateConversationCaption()
{
    const QString username = currentAgent();
    const QString name = m_agents->names().value(username, username);
    // The title names the agent; the caption counts their open conversations (from the board, so
    // also while only the first page is listed).
    m_conversationSection->setTitle(username.isEmpty() ? tr("Open conversations") : name);
    const QModelIndex agentIndex = m_agents->indexFromUsername(username);
    const int open = agentIndex.isValid() ? m_agents->agentAt(agentIndex.row()).open : -1;
    const int rows = m_conversations->rowCount();
    const QLocale locale;
    bool list = false;
    switch (m_conversations->state()) {
    case DrillDownModel::State::Idle:
        m_conversationCaption->clear();
        m_conversationEmpty->setText(tr("Select an agent to see their open conversations."));
        break;
    case DrillDownModel::State::Loading:
        m_conversationCaption->setText(tr("Loading…"));
        list = rows > 0;
        m_conversationEmpty->setText(tr("Loading…"));
        break;
    case DrillDownModel::State::Error:
        m_conversationCaption->clear();
        m_conversationEmpty->setText(m_conversations->errorString());
        break;
    case DrillDownModel::State::Empty:
        m_conversationCaption->clear();
        m_conversationEmpty->setText(tr("%1 has no open conversations.").arg(name));
        break;
    case DrillDownModel::State::Results:
        list = true;
        m_conversationCaption->setText(
            tr("%Ln open conversation(s)", nullptr, m_conversations->hasMore() ? qMax(open, rows) : rows));
        break;
    }
    m_conversationView->setVisible(list);
    m_conversationEmpty->setVisible(!list);
    m_conversationSection->csvButton()->setEnabled(rows > 0);
    updateActions();
}

void AgentsPage::chooseAgent()
{
    const QList<qint64> ids = selectedConversations();
    if (ids.isEmpty() || !m_inbox)
        return;
    if (m_picker) {
        m_picker->raise();
        return;
    }
    auto *picker = new AgentPicker(m_agents->board().agents, int(ids.size()), currentAgent(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker = picker;
    connect(picker, &AgentPicker::agentChosen, this, [this, ids](const QString &username) { reassign(ids, username); });
    connect(picker, &QDialog::finished, this, [this] { m_conversationView->setFocus(); });
    picker->open();
}

void AgentsPage::reassign(const QList<qint64> &conversationIds, const QString &username)
{
    if (conversationIds.isEmpty() || username.isEmpty() || !m_inbox)
        return;
    const QString name = m_agents->names().value(username, username);
    if (username == currentAgent() && m_conversations->drillDown().agent == username) {
        m_message->showMessage(tr("These conversations are already %1's.").arg(name), MessageBar::Information, 5000);
        return;
    }
    const int count = int(conversationIds.size());
    m_message->showMessage(tr("Reassigning %Ln conversation(s) to %1…", nullptr, count).arg(name),
                           MessageBar::Information);
    m_inbox->assign(conversationIds, username, QString()).then(this, [this, name, count](const CommandResult &result) {
        if (result.ok()) {
            m_message->showMessage(tr("%Ln conversation(s) reassigned to %1.", nullptr, count).arg(name),
                                   MessageBar::Positive, 8000);
        } else {
            m_message->showMessage(result.message.isEmpty() ? tr("Nothing was reassigned.") : result.message,
                                   MessageBar::Error);
        }
        m_keepSelection.clear();
        m_conversationView->selectionModel()->clearSelection();
        refresh();
        emit reassigned(result.ok());
    });
}

void AgentsPage::returnToQueue()
{
    if (!m_inbox)
        return;
    // Unassigning keeps each conversation's queue: one command per queue.
    QMap<QString, QList<qint64>> byQueue;
    const QModelIndexList rows = m_conversationView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const ConversationSummary &summary = m_conversations->summaryAt(index.row());
        byQueue[summary.queue].append(summary.id);
    }
    if (byQueue.isEmpty())
        return;
    const int count = int(rows.size());
    auto remaining = std::make_shared<int>(int(byQueue.size()));
    auto failure = std::make_shared<QString>();
    for (auto it = byQueue.cbegin(); it != byQueue.cend(); ++it) {
        m_inbox->assign(it.value(), QString(), it.key())
            .then(this, [this, remaining, failure, count](const CommandResult &result) {
                if (!result.ok() && failure->isEmpty())
                    *failure = result.message.isEmpty() ? tr("Nothing was returned to the queue.") : result.message;
                if (--*remaining > 0)
                    return;
                if (failure->isEmpty())
                    m_message->showMessage(tr("%Ln conversation(s) returned to their queue.", nullptr, count),
                                           MessageBar::Positive, 8000);
                else
                    m_message->showMessage(*failure, MessageBar::Error);
                m_keepSelection.clear();
                refresh();
                emit reassigned(failure->isEmpty());
            });
    }
}

void AgentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_agents->retranslate();
        m_conversations->retranslate();
    }
    QWidget::changeEvent(event);
}

void AgentsPage::retranslateUi()
{
    m_agentSection->setTitle(tr("Agents"));
    m_reassignAction->setText(tr("Reassign to Agent…"));
    m_returnButton->setText(tr("Return to Queue"));
    m_reassignButton->setText(tr("Reassign to…"));
    m_returnButton->setToolTip(tr("Unassign the selected conversations; they wait in their queue again"));
    m_reassignButton->setToolTip(tr("Choose another agent for the selected conversations (%1)")
                                     .arg(m_reassignAction->shortcut().toString(QKeySequence::NativeText)));
    m_hint->setText(tr("Select conversations, then press %1 or drag them onto an agent to reassign them.")
                        .arg(m_reassignAction->shortcut().toString(QKeySequence::NativeText)));
    m_agentView->setAccessibleName(tr("Agents"));
    m_conversationView->setAccessibleName(tr("The agent's open conversations"));
    updateActions();
    updateConversationCaption();
}

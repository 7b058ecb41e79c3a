#include "inboxpane.h"

#include "services/alertservice.h"

#include "bulkactionbar.h"
#include "commandpalette.h"
#include "composer.h"
#include "conversationcontextpanel.h"
#include "conversationdelegate.h"
#include "conversationlistmodel.h"
#include "conversationview.h"
#include "inboxnavigation.h"
#include "inboxtext.h"
#include "logcalldialog.h"
#include "messagebrowser.h"

#include "common/icons.h"
#include "common/theme.h"

#include "services/inboxservice.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSplitter>
#include <QTimer>
#include "domain/intentclassifier.h"
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>
#include <QMimeData>
#include <QDropEvent>
#include <QDragEnterEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace {
constexpr int SlaRepaintMs = 30 * 1000;
constexpr int SearchDelayMs = 200;
constexpr int RefreshDelayMs = 250;

/// Asks for one of @p choices in a window-modal list; @p chosen runs with the agent's pick.
void chooseOne(QWidget *parent, const QString &title, const QString &label, const QList<InboxText::Choice> &choices,
               const std::function<void(const InboxText::Choice &)> &chosen)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    QStringList texts;
    for (const InboxText::Choice &choice : choices)
        texts << choice.text;
    dialog->setComboBoxItems(texts);
    QObject::connect(dialog, &QInputDialog::textValueSelected, parent, [choices, texts, chosen](const QString &text) {
        const qsizetype index = texts.indexOf(text);
        if (index >= 0)
            chosen(choices.at(index));
    });
    dialog->open();
}

} // namespace

InboxPane::InboxPane(InboxService *inbox, CustomerService *customers, const Agent &agent, QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
    , m_customers(customers)
    , m_agent(agent)
    , m_slaTimer(new QTimer(this))
    , m_searchDelay(new QTimer(this))
    , m_refreshDelay(new QTimer(this))
    , m_openDelay(new QTimer(this))
{
    setAcceptDrops(true);   // .eml files dropped from a mail client or a folder

    // The topic classifier trains on the shipped examples in a few hundred
    // milliseconds: on the thread pool, never on the GUI thread.
    QtConcurrent::run([] {
        QString error;
        auto classifier = std::make_shared<IntentClassifier>(IntentClassifier::shipped(&error));
        if (!error.isEmpty())
            qWarning("InboxPane: topic suggestions are off: %s", qUtf8Printable(error));
        return std::shared_ptr<const IntentClassifier>(std::move(classifier));
    }).then(this, [this](std::shared_ptr<const IntentClassifier> classifier) {
        if (m_conversation)
            m_conversation->setClassifier(std::move(classifier));
    });
    setObjectName(QStringLiteral("inboxPane"));

    m_navigation = new InboxNavigation(this);
    m_navigation->setFixedWidth(228);   // room for "Sosiaalinen media", "Pian erääntyvät" and a count

    m_model = new ConversationListModel(m_inbox, this);
    m_delegate = new ConversationDelegate(m_model, this);
    m_delegate->setCurrentAgent(m_agent.username);

    m_conversation = new ConversationView(m_inbox, this);
    m_conversation->setAgent(m_agent);
    m_context = new ConversationContextPanel(m_customers, m_inbox, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(createListSide());
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_context);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({360, 560, 260});

    // A slim strip at the right edge: the customer panel folds away into it on narrow windows.
    auto *strip = new QFrame(this);
    strip->setObjectName(QStringLiteral("contextPanelStrip"));
    strip->setStyleSheet(QStringLiteral("QFrame#contextPanelStrip { background: %1; border-left: 1px solid %2; }")
                             .arg(Theme::surface().name(), Theme::border().name()));
    m_contextToggle = new QToolButton(strip);
    m_contextToggle->setObjectName(QStringLiteral("contextPanelToggle"));
    m_contextToggle->setIcon(Icons::customers());
    m_contextToggle->setIconSize(QSize(18, 18));
    m_contextToggle->setAutoRaise(true);
    m_contextToggle->setCheckable(true);   // checked: the panel is shown
    m_contextToggle->setFocusPolicy(Qt::StrongFocus);
    connect(m_contextToggle, &QToolButton::clicked, this, &InboxPane::toggleContextPanel);
    auto *stripLayout = new QVBoxLayout(strip);
    stripLayout->setContentsMargins(3, 8, 3, 8);
    stripLayout->addWidget(m_contextToggle);
    stripLayout->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(strip);

    createActions();

    m_slaTimer->setInterval(SlaRepaintMs);
    connect(m_slaTimer, &QTimer::timeout, this, [this] { setNow(QDateTime::currentDateTime()); });
    m_slaTimer->start();
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &InboxPane::applyQuery);
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(RefreshDelayMs);
    m_openDelay->setSingleShot(true);
    m_openDelay->setInterval(OpenDelayMs);
    connect(m_openDelay, &QTimer::timeout, this, &InboxPane::openCurrent);
    connect(m_refreshDelay, &QTimer::timeout, this, &InboxPane::reload);

    connect(m_navigation, &InboxNavigation::viewSelected, this,
            [this](InboxView view, std::optional<Channel> channel) {
                m_query.view = view;
                m_query.channel = view == InboxView::ByChannel ? channel : std::nullopt;
                m_keepConversation = 0;
                m_keepRow = -1;
                applyQuery();
            });
    connect(m_model, &ConversationListModel::loaded, this, &InboxPane::onListLoaded);
    connect(m_model, &ConversationListModel::stateChanged, this, &InboxPane::updateCaption);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPane::updateCaption);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxPane::onCurrentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxPane::onSelectionChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay->start(); });
    connect(m_sort, &QComboBox::activated, this, [this] {
        m_query.sort = InboxSort(m_sort->currentData().toInt());
        applyQuery();
    });
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        m_query.status.reset();
        m_query.priority.reset();
        m_query.queue.clear();
        m_query.topic.clear();
        m_query.assignee.clear();
        if (m_query.view != InboxView::ByChannel)
            m_query.channel.reset();
        rebuildFilterMenu();
        applyQuery();
    });

    connect(m_conversation, &ConversationView::threadLoaded, this, &InboxPane::onThreadLoaded);
    connect(m_conversation, &ConversationView::summaryChanged, m_model, &ConversationListModel::updateSummary);
    connect(m_context, &ConversationContextPanel::customerLoaded, this, [this](const CustomerDetails &details) {
        m_conversation->setCustomerDetails(details);
        maybeEmitShown();
    });
    connect(m_context, &ConversationContextPanel::openCustomerRequested, this, &InboxPane::openCustomerRequested);
    connect(m_context, &ConversationContextPanel::conversationRequested, this, [this](qint64 id) {
        openConversation(id);
    });

    connect(m_conversation->composer(), &Composer::leaveRequested, this, &InboxPane::focusList);
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);   // paging keys (see onCurrentChanged)

    connect(m_bulkBar, &BulkActionBar::assignToMeRequested, this, &InboxPane::assignToMe);
    connect(m_bulkBar, &BulkActionBar::assignToAgentRequested, this, &InboxPane::assignToAgent);
    connect(m_bulkBar, &BulkActionBar::assignToQueueRequested, this, [this](const QString &queue) {
        runCommand(m_inbox->assign(selectedIds(), QString(), queue), tr("Moved to the %1 queue.")
                                                                         .arg(InboxText::queue(queue)));
    });
    connect(m_bulkBar, &BulkActionBar::closeRequested, this, &InboxPane::resolveCurrent);
    connect(m_bulkBar, &BulkActionBar::addTopicRequested, this, [this](const QString &topic) {
        runCommand(m_inbox->addTopics(selectedIds(), {topic}), tr("Topic added."));
    });

    connect(m_inbox, &InboxService::countsChanged, this, &InboxPane::scheduleRefresh);

    m_inbox->macros().then(this, [this](const QList<Macro> &macros) {
        m_conversation->setMacros(macros);
    });

    retranslateUi();
    refreshCounts();
    m_navigation->selectView(InboxView::AllOpen);
}

InboxPane::~InboxPane() = default;

QWidget *InboxPane::createListSide()
{
    auto *side = new QWidget(this);
    side->setMinimumWidth(280);
    side->setAutoFillBackground(true);
    QPalette p = side->palette();
    p.setColor(QPalette::Window, Theme::surface());
    side->setPalette(p);

    m_search = new QLineEdit(side);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);

    m_filterButton = new QToolButton(side);
    m_filterButton->setObjectName(QStringLiteral("inboxFilters"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterMenu = new QMenu(m_filterButton);
    m_filterButton->setMenu(m_filterMenu);
    m_filterButton->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid #C7D0D5; border-radius: 5px;"
                                                 " padding: 5px 10px; background: #FFFFFF; }"
                                                 " QToolButton::menu-indicator { image: none; }"));

    m_sort = new QComboBox(side);
    m_sort->setObjectName(QStringLiteral("inboxSort"));

    auto *topRow = new QHBoxLayout;
    topRow->setSpacing(6);
    topRow->addWidget(m_search, 1);
    topRow->addWidget(m_filterButton);

    m_caption = new QLabel(side);
    m_caption->setProperty("role", QStringLiteral("caption"));
    auto *sortRow = new QHBoxLayout;
    sortRow->setSpacing(6);
    sortRow->addWidget(m_caption, 1);
    sortRow->addWidget(m_sort);

    m_filterCaption = new QLabel(side);
    m_filterCaption->setProperty("role", QStringLiteral("caption"));
    m_filterCaption->setWordWrap(true);
    m_clearFilters = new QPushButton(side);
    m_clearFilters->setObjectName(QStringLiteral("inboxClearFilters"));
    m_clearFilters->setProperty("link", true);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterCaption, 1);
    filterRow->addWidget(m_clearFilters);

    auto *controls = new QVBoxLayout;
    controls->setContentsMargins(10, 10, 10, 6);
    controls->setSpacing(6);
    controls->addLayout(topRow);
    controls->addLayout(filterRow);
    controls->addLayout(sortRow);

    m_bulkBar = new BulkActionBar(side);
    m_bulkBar->hide();

    m_list = new QListView(side);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setStyleSheet(QStringLiteral("QListView { border: none; border-top: 1px solid %1; }")
                              .arg(Theme::border().name()));

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addWidget(m_bulkBar);
    layout->addWidget(m_list, 1);
    return side;
}

QAction *InboxPane::addInboxAction(const QKeySequence &shortcut, Qt::ShortcutContext context, void (InboxPane::*slot)())
{
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    action->setShortcutContext(context);
    connect(action, &QAction::triggered, this, slot);
    if (context == Qt::WidgetShortcut) {
        // Plain letters: only where the agent is not typing.
        m_list->addAction(action);
        m_conversation->browser()->addAction(action);
        m_navigation->addAction(action);
    } else {
        addAction(action);
    }
    m_actions.append(action);
    return action;
}

void InboxPane::createActions()
{
    const auto letter = Qt::WidgetShortcut;
    const auto pane = Qt::WidgetWithChildrenShortcut;
    m_nextAction = addInboxAction(QKeySequence(Qt::Key_J), letter, &InboxPane::nextConversation);
    m_previousAction = addInboxAction(QKeySequence(Qt::Key_K), letter, &InboxPane::previousConversation);
    m_nextCtrlAction = addInboxAction(QKeySequence(Qt::CTRL | Qt::Key_Down), pane, &InboxPane::nextConversation);
    m_previousCtrlAction = addInboxAction(QKeySequence(Qt::CTRL | Qt::Key_Up), pane, &InboxPane::previousConversation);
    m_replyAction = addInboxAction(QKeySequence(Qt::Key_R), letter, &InboxPane::reply);
    m_noteAction = addInboxAction(QKeySequence(Qt::Key_N), letter, &InboxPane::note);
    m_resolveAction = addInboxAction(QKeySequence(Qt::Key_E), letter, &InboxPane::resolveCurrent);
    m_assignMeAction = addInboxAction(QKeySequence(Qt::Key_A), letter, &InboxPane::assignToMe);
    m_searchAction = addInboxAction(QKeySequence(Qt::Key_Slash), letter, &InboxPane::focusSearch);
    m_macroAction = addInboxAction(QKeySequence(Qt::CTRL | Qt::Key_M), pane, &InboxPane::insertMacro);
    m_logCallAction = addInboxAction(QKeySequence(Qt::CTRL | Qt::Key_L), pane, &InboxPane::logCall);
    m_openCustomerAction = addInboxAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), pane,
                                          &InboxPane::openCustomer);
    m_paletteAction = addInboxAction(QKeySequence(Qt::CTRL | Qt::Key_K), pane, &InboxPane::showPalette);
    m_reloadAction = addInboxAction(QKeySequence(Qt::Key_F5), pane, &InboxPane::reload);
    m_contextAction = addInboxAction(QKeySequence(Qt::CTRL | Qt::Key_I), pane, &InboxPane::toggleContextPanel);
    m_assignAgentAction = addInboxAction(QKeySequence(), pane, &InboxPane::assignToAgent);
    m_assignQueueAction = addInboxAction(QKeySequence(), pane, &InboxPane::assignToQueue);
    m_topicAction = addInboxAction(QKeySequence(), pane, &InboxPane::addTopic);
    m_urgentAction = addInboxAction(QKeySequence(), pane, &InboxPane::setPriorityUrgent);
    m_normalAction = addInboxAction(QKeySequence(), pane, &InboxPane::setPriorityNormal);
    m_pendingAction = addInboxAction(QKeySequence(), pane, &InboxPane::setPending);
    m_holdAction = addInboxAction(QKeySequence(), pane, &InboxPane::setOnHold);
    m_reopenAction = addInboxAction(QKeySequence(), pane, &InboxPane::reopen);
}

InboxService *InboxPane::service() const
{
    return m_inbox;
}

void InboxPane::setAlertService(AlertService *alerts)
{
    if (!alerts)
        return;
    m_conversation->setAlertService(alerts);
    connect(m_conversation, &ConversationView::fraudConfirmed, this, &InboxPane::cardWorkflowRequested,
            Qt::UniqueConnection);
    // A raised or decided alert moves the lists and the counts.
    connect(alerts, &AlertService::alertChanged, this, &InboxPane::scheduleRefresh, Qt::UniqueConnection);
}

InboxNavigation *InboxPane::navigation() const
{
    return m_navigation;
}

QListView *InboxPane::listView() const
{
    return m_list;
}

ConversationListModel *InboxPane::model() const
{
    return m_model;
}

ConversationView *InboxPane::conversationView() const
{
    return m_conversation;
}

ConversationContextPanel *InboxPane::contextPanel() const
{
    return m_context;
}

QMenu *InboxPane::filterMenu() const
{
    return m_filterMenu;
}

QLineEdit *InboxPane::searchEdit() const
{
    return m_search;
}

QToolButton *InboxPane::contextPanelToggle() const
{
    return m_contextToggle;
}

void InboxPane::setContextPanelShown(bool shown)
{
    m_context->setVisible(shown);
    updateContextToggle();
}

void InboxPane::updateContextToggle()
{
    const bool shown = isContextPanelShown();
    const QString shortcut = m_contextAction->shortcut().toString(QKeySequence::NativeText);
    m_contextAction->setText(shown ? tr("Hide the customer panel") : tr("Show the customer panel"));
    m_contextToggle->setChecked(shown);
    m_contextToggle->setToolTip(tr("%1 (%2)", "action, shortcut").arg(m_contextAction->text(), shortcut));
    m_contextToggle->setAccessibleName(m_contextAction->text());
}

bool InboxPane::isContextPanelShown() const
{
    return !m_context->isHidden();
}

void InboxPane::toggleContextPanel()
{
    setContextPanelShown(!isContextPanelShown());
}

void InboxPane::fitContextPanelToWindow()
{
    // The thread needs the room more than the customer summary (Ctrl+Shift+C opens the full one).
    const bool narrow = window()->width() < ContextPanelMinWindowWidth;
    if (m_narrowWindow == narrow)
        return;
    m_narrowWindow = narrow;
    setContextPanelShown(!narrow);
}

void InboxPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitContextPanelToWindow();
}

void InboxPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitContextPanelToWindow();
}

BulkActionBar *InboxPane::bulkActionBar() const
{
    return m_bulkBar;
}

QList<QAction *> InboxPane::inboxActions() const
{
    return m_actions;
}

void InboxPane::selectView(InboxView view, std::optional<Channel> channel)
{
    if (m_navigation->currentView() == view && m_navigation->currentChannel() == channel
        && m_navigation->currentItem()) {
        applyQuery();
        return;
    }
    m_navigation->selectView(view, channel);
}

bool InboxPane::selectConversation(qint64 conversationId)
{
    const QModelIndex index = m_model->indexFromConversationId(conversationId);
    if (!index.isValid())
        return false;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    openCurrent();   // asked for by name: at once, never coalesced as scrolling
    return true;
}

bool InboxPane::selectFirstConversation()
{
    if (m_model->rowCount() == 0)
        return false;
    m_list->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect);
    openCurrent();
    return true;
}

void InboxPane::openConversation(qint64 conversationId)
{
    if (selectConversation(conversationId))
        return;
    m_list->selectionModel()->clearSelection();
    m_list->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    m_openDelay->stop();
    m_shownConversation = 0;
    m_conversation->showConversation(conversationId);
}

void InboxPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InboxPane::focusList()
{
    m_list->setFocus(Qt::OtherFocusReason);
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0 && m_conversation->conversationId() == 0)
        selectFirstConversation();
}

void InboxPane::setNow(const QDateTime &now)
{
    m_delegate->setNow(now);
    m_list->viewport()->update();
    m_conversation->refreshCountdown();
}

void InboxPane::applyQuery()
{
    m_searchDelay->stop();
    m_query.text = m_search->text().trimmed();
    m_query.cursor.clear();
    m_query.limit = ConversationListModel::PageSize;
    m_model->setQuery(m_query);
    updateFilterCaption();
    updateCaption();
}

void InboxPane::refreshCounts()
{
    m_inbox->counts().then(this, [this](const InboxCounts &counts) { m_navigation->setCounts(counts); });
}

void InboxPane::scheduleRefresh()
{
    m_refreshDelay->start();
}

void InboxPane::onListLoaded()
{
    updateCaption();
    if (m_keepConversation != 0 && selectConversation(m_keepConversation)) {
        // still here
    } else if (m_keepRow >= 0 && m_model->rowCount() > 0) {
        const QModelIndex index = m_model->index(qMin(m_keepRow, m_model->rowCount() - 1), 0);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    } else if (m_model->rowCount() == 0) {
        m_conversation->showConversation(0);
    } else if (m_list->hasFocus() && !m_list->currentIndex().isValid()) {
        selectFirstConversation();
    }
    m_keepConversation = 0;
    m_keepRow = -1;
    emit listLoaded(m_model->rowCount());
}

void InboxPane::onCurrentChanged()
{
    // A single move opens the conversation at once; while the agent holds
    // J, or pages with Page Down, the rows fly past and only the one they stop on opens
    // (as in a mail client), so that scrolling never waits on threads and
    // customer panels nobody reads.
    const bool rapid = m_pagingMove
                       || (m_lastCurrentChange.isValid() && m_lastCurrentChange.elapsed() < RapidMoveMs);
    m_pagingMove = false;
    m_lastCurrentChange.start();
    if (rapid || m_openDelay->isActive()) {
        m_openDelay->start();
        return;
    }
    openCurrent();
}

void InboxPane::openCurrent()
{
    m_openDelay->stop();
    const qint64 id = currentId();
    if (id == 0)
        return;
    m_shownConversation = 0;
    m_conversation->showConversation(id);
}

void InboxPane::onSelectionChanged()
{
    const int count = int(m_list->selectionModel()->selectedRows().size());
    m_bulkBar->setSelectedCount(count);
    m_bulkBar->setVisible(count > 1);
}

void InboxPane::onThreadLoaded(qint64 conversationId)
{
    const ConversationSummary &c = m_conversation->thread().conversation;
    const bool sameCustomer = m_context->customerId() == c.customerId && m_context->isLoaded();
    m_context->showCustomer(c.customerId, conversationId, c.customerName);
    if (sameCustomer || c.customerId == 0) {
        m_conversation->setCustomerDetails(m_context->details());
    }
    maybeEmitShown();
}

void InboxPane::maybeEmitShown()
{
    const qint64 id = m_conversation->conversationId();
    if (id == 0 || !m_conversation->isLoaded() || !m_context->isLoaded() || m_shownConversation == id)
        return;
    if (m_context->customerId() != m_conversation->thread().conversation.customerId)
        return;
    m_shownConversation = id;
    emit conversationShown(id);
}

QList<qint64> InboxPane::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->conversationIdFromIndex(index));
    if (ids.isEmpty() && m_conversation->conversationId() != 0)
        ids.append(m_conversation->conversationId());
    return ids;
}

std::optional<ConversationSummary> InboxPane::currentConversation() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !m_model->conversationIdFromIndex(index))
        return std::nullopt;
    return m_model->summaryAt(index.row());
}

qint64 InboxPane::currentId() const
{
    return m_model->conversationIdFromIndex(m_list->currentIndex());
}

void InboxPane::runCommand(const QFuture<CommandResult> &future, const QString &done)
{
    QFuture<CommandResult> copy = future;
    copy.then(this, [this, done](const CommandResult &result) {
        if (result.ok()) {
            m_conversation->messageBar()->showMessage(done, MessageBar::Positive, 3000);
            scheduleRefresh();   // reloads the list, the counts and the open conversation
        } else {
            m_conversation->messageBar()->showMessage(result.message.isEmpty() ? tr("The change was not made.")
                                                                               : result.message,
                                                      MessageBar::Error);
        }
    });
}

void InboxPane::moveBy(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    int target = current < 0 ? 0 : qBound(0, current + delta, rows - 1);
    if (target == rows - 1 && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    const QModelIndex index = m_model->index(target, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void InboxPane::nextConversation()
{
    moveBy(1);
}

void InboxPane::previousConversation()
{
    moveBy(-1);
}

void InboxPane::reply()
{
    if (m_conversation->conversationId() != 0)
        m_conversation->composer()->startWriting(Composer::Mode::Reply);
}

void InboxPane::note()
{
    if (m_conversation->conversationId() != 0)
        m_conversation->composer()->startWriting(Composer::Mode::Note);
}

void InboxPane::resolveCurrent()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_keepRow = m_list->currentIndex().row();
    runCommand(m_inbox->setStatus(ids, ConversationStatus::Resolved),
               tr("%n conversation(s) resolved.", nullptr, int(ids.size())));
}

void InboxPane::assignToMe()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        runCommand(m_inbox->assign(ids, m_agent.username, QString()), tr("Assigned to you."));
}

void InboxPane::assignToAgent()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Assign to Agent"));
    dialog->setLabelText(tr("Agent's user name (empty to unassign):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids](const QString &name) {
        runCommand(m_inbox->assign(ids, name.trimmed(), QString()),
                   name.trimmed().isEmpty() ? tr("Unassigned.") : tr("Assigned to %1.").arg(name.trimmed()));
    });
    dialog->open();
}

void InboxPane::assignToQueue()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    chooseOne(this, tr("Move to Queue"), tr("Queue:"), InboxText::queues(),
              [this, ids](const InboxText::Choice &queue) {
                  runCommand(m_inbox->assign(ids, QString(), queue.name),
                             tr("Moved to the %1 queue.").arg(queue.text));
              });
}

void InboxPane::addTopic()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    chooseOne(this, tr("Add Topic"), tr("Topic:"), InboxText::topicChoices(),
              [this, ids](const InboxText::Choice &topic) {
                  runCommand(m_inbox->addTopics(ids, {topic.name}), tr("Topic added."));
              });
}

void InboxPane::setPriorityUrgent()
{
    runCommand(m_inbox->setPriority(selectedIds(), Priority::Urgent), tr("Priority set to urgent."));
}

void InboxPane::setPriorityNormal()
{
    runCommand(m_inbox->setPriority(selectedIds(), Priority::Normal), tr("Priority set to normal."));
}

void InboxPane::setPending()
{
    runCommand(m_inbox->setStatus(selectedIds(), ConversationStatus::PendingCustomer),
               tr("Waiting for the customer."));
}

void InboxPane::setOnHold()
{
    runCommand(m_inbox->setStatus(selectedIds(), ConversationStatus::OnHold), tr("Put on hold."));
}

void InboxPane::reopen()
{
    runCommand(m_inbox->setStatus(selectedIds(), ConversationStatus::Open), tr("Reopened."));
}

void InboxPane::insertMacro()
{
    if (m_conversation->conversationId() == 0)
        return;
    Composer *composer = m_conversation->composer();
    composer->startWriting(composer->mode());
    composer->openMacroPicker();
}

void InboxPane::logCall()
{
    const ConversationSummary &c = m_conversation->thread().conversation;
    const bool open = m_conversation->isLoaded();
    const qint64 customerId = open ? c.customerId : 0;
    const qint64 phoneConversation = open && c.channel == Channel::Phone && c.status != ConversationStatus::Closed
        ? c.id
        : 0;
    auto *dialog = new LogCallDialog(m_customers, m_inbox, customerId, open ? c.customerName : QString(),
                                     phoneConversation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LogCallDialog::callLogged, this, [this](qint64 conversationId) {
        m_conversation->messageBar()->showMessage(tr("Call logged."), MessageBar::Positive, 3000);
        scheduleRefresh();
        openConversation(conversationId);
    });
    dialog->open();
}

void InboxPane::openCustomer()
{
    if (m_context->customerId() != 0)
        emit openCustomerRequested(m_context->customerId());
}

void InboxPane::showPalette()
{
    auto *palette = new CommandPalette(m_actions, this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    palette->open();
}

void InboxPane::reload()
{
    refreshCounts();
    // Keep the agent's place: the same conversation, or its row when it has left the view.
    m_keepConversation = currentId();
    m_keepRow = m_list->currentIndex().row();
    m_model->reload();
    m_conversation->reload();
}

void InboxPane::rebuildFilterMenu()
{
    // clear() leaves the submenus made by addMenu() alive as children: delete them.
    const QList<QMenu *> submenus = m_filterMenu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    m_filterMenu->clear();
    for (QMenu *submenu : submenus)
        submenu->deleteLater();
    auto addChoice = [](QMenu *menu, const QString &text, bool checked, auto &&apply) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(checked);
        QObject::connect(action, &QAction::triggered, menu, apply);
    };
    auto after = [this] {
        applyQuery();
        // Not now: the menu's action that called us is still emitting.
        QMetaObject::invokeMethod(this, &InboxPane::rebuildFilterMenu, Qt::QueuedConnection);
    };

    QMenu *channel = m_filterMenu->addMenu(tr("Channel"));
    channel->setEnabled(m_query.view != InboxView::ByChannel);
    addChoice(channel, tr("Any channel"), !m_query.channel, [this, after] { m_query.channel.reset(); after(); });
    for (Channel c : ConversationNames::allChannels())
        addChoice(channel, InboxText::channel(c), m_query.channel == c, [this, after, c] { m_query.channel = c; after(); });

    QMenu *status = m_filterMenu->addMenu(tr("Status"));
    addChoice(status, tr("Any status"), !m_query.status, [this, after] { m_query.status.reset(); after(); });
    for (ConversationStatus s : {ConversationStatus::New, ConversationStatus::Open, ConversationStatus::PendingCustomer,
                                 ConversationStatus::OnHold, ConversationStatus::Resolved, ConversationStatus::Closed})
        addChoice(status, InboxText::status(s), m_query.status == s, [this, after, s] { m_query.status = s; after(); });

    QMenu *priority = m_filterMenu->addMenu(tr("Priority"));
    addChoice(priority, tr("Any priority"), !m_query.priority, [this, after] { m_query.priority.reset(); after(); });
    for (Priority p : {Priority::Urgent, Priority::High, Priority::Normal, Priority::Low})
        addChoice(priority, InboxText::priority(p), m_query.priority == p,
                  [this, after, p] { m_query.priority = p; after(); });

    QMenu *queue = m_filterMenu->addMenu(tr("Queue"));
    addChoice(queue, tr("Any queue"), m_query.queue.isEmpty(), [this, after] { m_query.queue.clear(); after(); });
    for (const InboxText::Choice &q : InboxText::queues()) {
        addChoice(queue, q.text, m_query.queue == q.name,
                  [this, after, name = q.name] { m_query.queue = name; after(); });
    }

    QMenu *topic = m_filterMenu->addMenu(tr("Topic"));
    addChoice(topic, tr("Any topic"), m_query.topic.isEmpty(), [this, after] { m_query.topic.clear(); after(); });
    for (const InboxText::Choice &t : InboxText::topicChoices()) {
        addChoice(topic, t.text, m_query.topic == t.name,
                  [this, after, name = t.name] { m_query.topic = name; after(); });
    }

    QMenu *assignee = m_filterMenu->addMenu(tr("Assignee"));
    addChoice(assignee, tr("Anyone"), m_query.assignee.isEmpty(), [this, after] { m_query.assignee.clear(); after(); });
    addChoice(assignee, tr("Me"), m_query.assignee == m_agent.username,
              [this, after] { m_query.assignee = m_agent.username; after(); });
}

void InboxPane::updateFilterCaption()
{
    QStringList parts;
    if (m_query.channel && m_query.view != InboxView::ByChannel)
        parts << InboxText::channel(*m_query.channel);
    if (m_query.status)
        parts << InboxText::status(*m_query.status);
    if (m_query.priority)
        parts << InboxText::priority(*m_query.priority);
    if (!m_query.queue.isEmpty())
        parts << InboxText::queue(m_query.queue);
    if (!m_query.topic.isEmpty())
        parts << InboxText::topic(m_query.topic);
    if (!m_query.assignee.isEmpty())
        parts << (m_query.assignee == m_agent.username ? tr("Assigned to me") : m_query.assignee);
    m_filterCaption->setText(tr("Filtered: %1").arg(parts.join(QStringLiteral(", "))));
    m_filterCaption->setVisible(!parts.isEmpty());
    m_clearFilters->setVisible(!parts.isEmpty());
    m_filterButton->setText(parts.isEmpty() ? tr("Filter") : tr("Filter (%1)").arg(parts.size()));
}

void InboxPane::updateCaption()
{
    const QLocale locale;
    switch (m_model->state()) {
    case ConversationListModel::State::Loading:
        m_caption->setText(tr("Loading…"));
        break;
    case ConversationListModel::State::Empty:
        m_caption->setText(m_query.text.isEmpty() ? tr("No conversations in this view.")
                                                  : tr("Nothing matches “%1”.").arg(m_query.text));
        break;
    case ConversationListModel::State::Error:
        m_caption->setText(tr("Could not load the list: %1").arg(m_model->errorString()));
        break;
    case ConversationListModel::State::Results:
        if (m_model->hasMore())
            m_caption->setText(tr("Showing %1, more below").arg(locale.toString(m_model->rowCount())));
        else
            m_caption->setText(tr("%n conversation(s)", nullptr, m_model->rowCount()));
        break;
    }
}

bool InboxPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_search->text().trimmed() != m_query.text)
                applyQuery();   // at once, not after the typing pause
            focusList();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (!m_search->text().isEmpty())
                m_search->clear();
            else
                focusList();
            return true;
        }
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        // Paging is scrolling: the row it lands on opens once the agent stops.
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
        case Qt::Key_Home:
        case Qt::Key_End:
            m_pagingMove = true;
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InboxPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InboxPane::retranslateUi()
{
    setWindowTitle(tr("Inbox"));
    m_search->setPlaceholderText(tr("Search messages and subjects ( / )"));
    m_clearFilters->setText(tr("Clear"));
    const int sort = m_sort->currentIndex();
    m_sort->clear();
    m_sort->addItem(tr("SLA due first"), int(InboxSort::SlaDue));
    m_sort->addItem(tr("Latest activity"), int(InboxSort::LastUpdate));
    m_sort->addItem(tr("Priority"), int(InboxSort::Priority));
    m_sort->setCurrentIndex(sort < 0 ? 0 : sort);

    m_nextAction->setText(tr("Next conversation"));
    m_previousAction->setText(tr("Previous conversation"));
    m_nextCtrlAction->setText(tr("Next conversation"));
    m_previousCtrlAction->setText(tr("Previous conversation"));
    m_replyAction->setText(tr("Reply"));
    m_noteAction->setText(tr("Add internal note"));
    m_resolveAction->setText(tr("Close (resolve)"));
    m_assignMeAction->setText(tr("Assign to me"));
    m_assignAgentAction->setText(tr("Assign to agent…"));
    m_assignQueueAction->setText(tr("Move to queue…"));
    m_topicAction->setText(tr("Add topic…"));
    m_urgentAction->setText(tr("Set priority: urgent"));
    m_normalAction->setText(tr("Set priority: normal"));
    m_pendingAction->setText(tr("Wait for the customer"));
    m_holdAction->setText(tr("Put on hold"));
    m_reopenAction->setText(tr("Reopen"));
    m_searchAction->setText(tr("Search conversations"));
    m_macroAction->setText(tr("Insert macro"));
    m_logCallAction->setText(tr("Log call"));
    m_openCustomerAction->setText(tr("Open the customer in Customers"));
    m_paletteAction->setText(tr("Show all actions"));
    m_reloadAction->setText(tr("Reload"));
    updateContextToggle();

    rebuildFilterMenu();
    updateFilterCaption();
    updateCaption();
}

namespace {

QStringList emlFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && path.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive))
            files << path;
    }
    return files;
}

} // namespace

void InboxPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!emlFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void InboxPane::dropEvent(QDropEvent *event)
{
    const QStringList files = emlFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importEmailFiles(files);
}

void InboxPane::importEmailFiles(const QStringList &files)
{
    m_conversation->messageBar()->showMessage(tr("Importing %n email file(s)…", nullptr, int(files.size())),
                                              MessageBar::Information, 0);
    m_inbox->importEmails(files).then(this, [this](const ImportResult &result) {
        QString text = tr("%n message(s) imported", nullptr, result.imported);
        if (result.duplicates > 0)
            text += QLatin1String("; ") + tr("%n already in the inbox, not imported again", nullptr, result.duplicates);
        if (!result.refused.isEmpty())
            text += QLatin1String(". ") + tr("Not imported: %1").arg(result.refused.join(QLatin1String("; ")));
        m_conversation->messageBar()->showMessage(text + QLatin1Char('.'),
                                                  result.refused.isEmpty() ? MessageBar::Positive : MessageBar::Warning,
                                                  result.refused.isEmpty() ? 5000 : 0);
        reload();   // refreshes the counts too
    });
}

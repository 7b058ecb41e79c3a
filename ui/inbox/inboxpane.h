#pragma once

#include "domain/agent.h"
#include "domain/command.h"
#include "domain/conversation.h"
#include "domain/inboxquery.h"
#include "domain/macro.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QList>
#include <QWidget>

#include <optional>

class AlertService;
class BulkActionBar;
class ConversationContextPanel;
class ConversationDelegate;
class ConversationListModel;
class ConversationView;
class CustomerService;
class InboxNavigation;
class InboxService;
class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QComboBox;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;

/// @short The Inbox area: views with counts, the conversation list, the open conversation and its customer.
///
/// Keyboard first: J/K (or Ctrl+Down/Up) move through the list, R replies,
/// N adds a note, E resolves, A assigns to me, / searches, Ctrl+L logs a
/// call, Ctrl+K lists every action, Ctrl+I shows or hides the customer panel
/// (which folds away by itself on windows narrower than 1366 px). Single-letter
/// keys act only while the list, the thread or the views have focus, never while typing.
class QDragEnterEvent;
class QDropEvent;
class QResizeEvent;
class QShowEvent;

class InboxPane : public QWidget
{
    Q_OBJECT

public:
    InboxPane(InboxService *inbox, CustomerService *customers, const Agent &agent, QWidget *parent = nullptr);
    ~InboxPane() override;

    InboxService *service() const;
    /// The conversation open on screen (nullopt: none), e.g. for the card workflow shortcut.
    std::optional<ConversationSummary> currentConversation() const;
    /// Alerts: evidence and the Genuine / Fraud decision on alert conversations.
    void setAlertService(AlertService *alerts);

    /// Imports .eml files (as dropped on the inbox); the result is shown in the message bar.
    void importEmailFiles(const QStringList &files);
    InboxNavigation *navigation() const;
    QListView *listView() const;
    ConversationListModel *model() const;
    ConversationView *conversationView() const;
    ConversationContextPanel *contextPanel() const;
    QLineEdit *searchEdit() const;
    /// The button at the right edge that shows or hides the customer panel (as Ctrl+I does).
    QToolButton *contextPanelToggle() const;
    QMenu *filterMenu() const;
    BulkActionBar *bulkActionBar() const;
    /// Every action the command palette lists.
    QList<QAction *> inboxActions() const;

    void selectView(InboxView view, std::optional<Channel> channel = std::nullopt);
    /// Makes @p conversationId current if it is listed; returns false otherwise.
    bool selectConversation(qint64 conversationId);
    bool selectFirstConversation();
    /// Selects @p conversationId in the list, or shows it beside the list when the view does not hold it.
    void openConversation(qint64 conversationId);
    void focusSearch();
    void focusList();
    /// Repaints the SLA countdowns against @p now (the timer does this every 30 s).
    void setNow(const QDateTime &now);
    /// Shows or hides the customer panel beside the conversation. It hides by itself when the
    /// window gets narrower than ContextPanelMinWindowWidth and comes back when it gets wider.
    void setContextPanelShown(bool shown);
    bool isContextPanelShown() const;

    static constexpr int ContextPanelMinWindowWidth = 1366;
    /// Moves of the current row closer together than this count as scrolling:
    /// the conversation opens OpenDelayMs after the last of them.
    static constexpr int RapidMoveMs = 150;
    static constexpr int OpenDelayMs = 120;

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);
    /// The list of the current view has loaded its first page.
    void listLoaded(int rowCount);
    /// The open conversation's thread and its customer are on screen.
    void conversationShown(qint64 conversationId);
    /// The agent recorded fraud on an alert: start the compromised-card
    /// workflow for the card, with @p reasonText prefilled.
    void cardWorkflowRequested(qint64 customerId, qint64 cardId, const QString &reasonText);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListSide();
    void createActions();
    QAction *addInboxAction(const QKeySequence &shortcut, Qt::ShortcutContext context, void (InboxPane::*slot)());
    void retranslateUi();
    void rebuildFilterMenu();
    void applyQuery();
    void updateCaption();
    void updateFilterCaption();
    void refreshCounts();
    void scheduleRefresh();
    void onListLoaded();
    void onCurrentChanged();
    void openCurrent();
    void onSelectionChanged();
    void onThreadLoaded(qint64 conversationId);
    void maybeEmitShown();
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void runCommand(const QFuture<CommandResult> &future, const QString &done);

    void nextConversation();
    void previousConversation();
    void reply();
    void note();
    void resolveCurrent();
    void assignToMe();
    void assignToAgent();
    void assignToQueue();
    void addTopic();
    void setPriorityUrgent();
    void setPriorityNormal();
    void setPending();
    void setOnHold();
    void reopen();
    void insertMacro();
    void logCall();
    void openCustomer();
    void showPalette();
    void reload();
    void moveBy(int delta);
    void toggleContextPanel();
    void updateContextToggle();
    void fitContextPanelToWindow();

    InboxService *m_inbox = nullptr;
    CustomerService *m_customers = nullptr;
    Agent m_agent;
    InboxQuery m_query;

    InboxNavigation *m_navigation = nullptr;
    ConversationListModel *m_model = nullptr;
    ConversationDelegate *m_delegate = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_filterButton = nullptr;
    QMenu *m_filterMenu = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_filterCaption = nullptr;
    QPushButton *m_clearFilters = nullptr;
    BulkActionBar *m_bulkBar = nullptr;
    ConversationView *m_conversation = nullptr;
    ConversationContextPanel *m_context = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_contextToggle = nullptr;
    QTimer *m_slaTimer = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_refreshDelay = nullptr;
    QTimer *m_openDelay = nullptr;        ///< coalesces opening while the current row moves fast
    QElapsedTimer m_lastCurrentChange;
    bool m_pagingMove = false;            ///< the next move of the current row comes from paging

    QList<QAction *> m_actions;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextCtrlAction = nullptr;
    QAction *m_previousCtrlAction = nullptr;
    QAction *m_replyAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_assignMeAction = nullptr;
    QAction *m_assignAgentAction = nullptr;
    QAction *m_assignQueueAction = nullptr;
    QAction *m_topicAction = nullptr;
    QAction *m_urgentAction = nullptr;
    QAction *m_normalAction = nullptr;
    QAction *m_pendingAction = nullptr;
    QAction *m_holdAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_macroAction = nullptr;
    QAction *m_logCallAction = nullptr;
    QAction *m_openCustomerAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_contextAction = nullptr;

    qint64 m_keepConversation = 0;   ///< re-selected after a reload
    int m_keepRow = -1;              ///< or this row, when it left the view
    qint64 m_shownConversation = 0;
    /// Whether the window was narrow at the last check: the agent's own toggle stands until this changes.
    std::optional<bool> m_narrowWindow;
};

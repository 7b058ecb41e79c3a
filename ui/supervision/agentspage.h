#pragma once

#include "domain/supervision.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class AgentBoardModel;
class AgentPicker;
class DrillDownModel;
class ExportableSection;
class InboxService;
class MessageBar;
class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;
class SupervisionService;

/// @short The agents: presence and workload, an agent's open conversations, and reassignment.
///
/// Select an agent to list their open conversations. Select one or more and
/// press Ctrl+Shift+A (or "Reassign to…") to choose another agent, or drag
/// them onto an agent's row; both go through InboxService::assign (which
/// lets only a supervisor assign to someone else). "Return to queue"
/// unassigns them, keeping their queue. The outcome shows in the message bar
/// and the figures refresh.
class AgentsPage : public QWidget
{
    Q_OBJECT

public:
    AgentsPage(SupervisionService *supervision, InboxService *inbox, QWidget *parent = nullptr);
    ~AgentsPage() override;

    void refresh();
    /// Selects @p username's row (and lists their conversations); false when not on the board
    /// (then the next board selects them if they are on it).
    bool selectAgent(const QString &username);
    QString currentAgent() const;

    /// Reassigns @p conversationIds to @p username; the outcome shows in the message bar.
    void reassign(const QList<qint64> &conversationIds, const QString &username);
    /// The conversations selected in the list.
    QList<qint64> selectedConversations() const;

    AgentBoardModel *agentModel() const;
    QTreeView *agentView() const;
    DrillDownModel *conversationModel() const;
    QTreeView *conversationView() const;
    MessageBar *messageBar() const;
    QAction *reassignAction() const;
    /// The picker while it is open (Ctrl+Shift+A), else null.
    AgentPicker *picker() const;

Q_SIGNALS:
    /// The agent board is on screen.
    void boardShown();
    /// A reassignment (or return to queue) finished; @p ok whether it was made.
    void reassigned(bool ok);
    void openConversationRequested(qint64 conversationId);
    /// The agents' display names changed (for other lists' assignee columns).
    void agentNamesChanged(const QHash<QString, QString> &names);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onBoard(const AgentBoard &board);
    void onCurrentAgentChanged();
    void updateConversationCaption();
    void updateActions();
    void chooseAgent();
    void returnToQueue();

    QPointer<SupervisionService> m_supervision;
    QPointer<InboxService> m_inbox;
    AgentBoardModel *m_agents = nullptr;
    DrillDownModel *m_conversations = nullptr;
    MessageBar *m_message = nullptr;
    ExportableSection *m_agentSection = nullptr;
    ExportableSection *m_conversationSection = nullptr;
    QTreeView *m_agentView = nullptr;
    QTreeView *m_conversationView = nullptr;
    QLabel *m_agentCaption = nullptr;
    QLabel *m_conversationCaption = nullptr;
    QLabel *m_conversationEmpty = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_selectionCaption = nullptr;
    QPushButton *m_reassignButton = nullptr;
    QPushButton *m_returnButton = nullptr;
    QAction *m_reassignAction = nullptr;
    QAction *m_openAction = nullptr;
    QSplitter *m_splitter = nullptr;
    QPointer<AgentPicker> m_picker;
    quint64 m_generation = 0;
    QList<qint64> m_keepSelection;
    QString m_wantedAgent;   ///< asked for by selectAgent() before the board had them
};

#pragma once

#include "domain/agent.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class AgentsPage;
class AnalyticsPage;
class AuditService;
class AuditViewer;
class InboxService;
class OverviewPage;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QueueBoardPage;
class SupervisionService;

/// @short The supervisor's area of the main window: Overview, Queues, Agents, Analytics and the Audit log.
///
/// The Overview comes first: the wallboard a supervisor keeps open all day.
/// A double-click there on a queue's figure or an agent opens the Queues or
/// Agents page on it.
///
/// Only a supervisor's window gets one (the composition root decides from
/// Backend::agent().role; the services refuse anyone else all the same).
/// The live pages refresh when the service reports figuresChanged() (after
/// a short pause, so a burst of changes reloads once) and every 30 seconds,
/// because ages and deadlines move by themselves; only the page on screen
/// is reloaded, a page shown later catches up when it appears.
class SupervisionWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Overview, Queues, Agents, Analytics, Audit };
    Q_ENUM(Page)

    static constexpr int RefreshIntervalMs = 30000;
    static constexpr int ChangeDelayMs = 400;

    struct Services
    {
        SupervisionService *supervision = nullptr;
        InboxService *inbox = nullptr;   ///< reassignment
        AuditService *audit = nullptr;   ///< the Audit page
    };

    SupervisionWorkspace(const Services &services, const Agent &agent, QWidget *parent = nullptr);
    ~SupervisionWorkspace() override;

    void showPage(Page page);
    Page currentPage() const;
    /// Reloads the page on screen now.
    void refresh();

    OverviewPage *overview() const;
    QueueBoardPage *queueBoard() const;
    AgentsPage *agents() const;
    AnalyticsPage *analytics() const;
    /// The audit viewer inside the Audit page; created the first time the page is shown.
    AuditViewer *auditViewer() const;
    QTabWidget *tabs() const;

Q_SIGNALS:
    /// Open this conversation in the inbox.
    void openConversationRequested(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void onPageChanged();
    void refreshPage(Page page);
    void markStale();
    void updateStamp();
    void ensureAuditViewer();

    Services m_services;
    Agent m_agent;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    QueueBoardPage *m_queues = nullptr;
    AgentsPage *m_agents = nullptr;
    AnalyticsPage *m_analytics = nullptr;
    QWidget *m_auditPage = nullptr;
    QPointer<AuditViewer> m_auditViewer;
    QLabel *m_title = nullptr;
    QLabel *m_stamp = nullptr;
    QPushButton *m_refresh = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_changeDelay = nullptr;
    QDateTime m_overviewAt;   ///< when the overview's boards were last loaded; null: stale
    QDateTime m_queuesAt;   ///< when the queue board was last loaded; null: stale
    QDateTime m_agentsAt;
    QDateTime m_lastUpdate;
};

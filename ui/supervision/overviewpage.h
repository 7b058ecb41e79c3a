#pragma once

#include "domain/supervision.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class AgentBoardModel;
class ExportableSection;
class MessageBar;
class QChartView;
class QLabel;
class QSplitter;
class QTreeView;
class QueueBoardModel;
class QueueBoardTiles;
class SupervisionService;

/// @short The supervisor's wallboard: the queue board's headline figures, the queues, the agents and the last week.
///
/// What a supervisor keeps open all day, on one screen: the tiles of the
/// queue board, the queues (folded to one row each) and the agents on the
/// left, and three small charts over the last ChartDays days on the right
/// (conversations per channel per day, first response against the SLA
/// target, CSAT per week). It reuses the queue board's and the agent board's
/// models and the analytics' chart builders.
///
/// refresh() reloads both boards (the workspace calls it on figuresChanged()
/// and every 30 seconds while the page is on screen); the charts, which
/// cost a pass over the period, are computed again only while the page is
/// shown and at most every AnalyticsIntervalMs. Double-click (or Enter) on
/// a queue's figure or on an agent asks for the page that has the details.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ChartDays = 7;
    static constexpr int AnalyticsIntervalMs = 5 * 60 * 1000;

    explicit OverviewPage(SupervisionService *service, QWidget *parent = nullptr);
    ~OverviewPage() override;

    /// Reloads the boards; the charts too when shown and older than AnalyticsIntervalMs (or of another day).
    void refresh();
    /// Computes the charts again now (unless a computation is running).
    void refreshAnalytics();

    /// Both boards and the charts have each arrived at least once (or been refused).
    bool isLoaded() const;
    bool isAnalyticsBusy() const;
    /// The days the charts cover (the last ChartDays, today included).
    AnalyticsPeriod period() const;
    /// When the charts' figures were last computed; null before the first.
    QDateTime analyticsComputedAt() const;

    QueueBoardTiles *tiles() const;
    QueueBoardModel *queueModel() const;
    QTreeView *queueView() const;
    AgentBoardModel *agentModel() const;
    QTreeView *agentView() const;
    /// Conversations per channel, first response against the target, CSAT per week.
    QList<QChartView *> chartViews() const;

Q_SIGNALS:
    /// The queue board is on screen with figures of @p at (also when refused: see the message bar).
    void boardShown(const QDateTime &at);
    /// The agent board is on screen.
    void agentsShown();
    /// The charts show a new result (or a refusal).
    void analyticsShown();
    /// The agents' display names changed (for other lists' assignee columns).
    void agentNamesChanged(const QHash<QString, QString> &names);
    /// The supervisor asked for the conversations behind the figure of @p column that @p drillDown counts.
    void queueFigureActivated(const DrillDown &drillDown, int column);
    /// The supervisor asked for @p username's details.
    void agentActivated(const QString &username);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onQueueBoard(const QueueBoard &board);
    void onAgentBoard(const AgentBoard &board);
    void onAnalytics(const Analytics &analytics);
    bool analyticsDue() const;
    void showCharts();
    void fitQueueView();
    void updateCaptions();
    void retranslateUi();

    QPointer<SupervisionService> m_service;
    QueueBoardModel *m_queues = nullptr;
    AgentBoardModel *m_agents = nullptr;
    MessageBar *m_message = nullptr;
    QueueBoardTiles *m_tiles = nullptr;
    QSplitter *m_splitter = nullptr;
    ExportableSection *m_queueSection = nullptr;
    ExportableSection *m_agentSection = nullptr;
    ExportableSection *m_chartSection = nullptr;
    QTreeView *m_queueView = nullptr;
    QTreeView *m_agentView = nullptr;
    QLabel *m_queueCaption = nullptr;
    QLabel *m_agentCaption = nullptr;
    QLabel *m_chartCaption = nullptr;
    QChartView *m_volumeChart = nullptr;
    QChartView *m_firstResponseChart = nullptr;
    QChartView *m_csatChart = nullptr;

    quint64 m_queueGeneration = 0;
    quint64 m_agentGeneration = 0;
    quint64 m_analyticsGeneration = 0;
    bool m_hasQueueBoard = false;
    bool m_hasAgentBoard = false;
    bool m_analyticsArrived = false;
    bool m_analyticsBusy = false;
    bool m_hasAnalytics = false;   ///< m_analytics holds a result to draw
    Analytics m_analytics;
    AnalyticsPeriod m_period;
    QDateTime m_analyticsAt;
    QSet<QString> m_expanded;   ///< queues the supervisor unfolded
};

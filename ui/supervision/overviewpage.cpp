#include "overviewpage.h"

#include "agentboardmodel.h"
#include "analyticscharts.h"
#include "chartstyle.h"
#include "exportablesection.h"
#include "queueboardmodel.h"
#include "queueboardtiles.h"
#include "supervisiontext.h"
#include "supervisionviews.h"

#include "common/messagebar.h"

#include "services/supervisionservice.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace {

/// Rows a little closer than on the Queues and Agents pages: every agent fits without scrolling.
QString compactRows()
{
    return QStringLiteral("QTreeView { border: none; } QTreeView::item { padding: 3px 2px; }");
}

/// The queue board without the columns a wallboard can do without (they are on the Queues page).
constexpr int HiddenQueueColumns[] = {QueueBoardModel::InProgressColumn, QueueBoardModel::PendingColumn};
/// The agent board's columns the overview shows: who, presence, and today's load.
constexpr int ShownAgentColumns[] = {AgentBoardModel::AgentColumn, AgentBoardModel::PresenceColumn,
                                     AgentBoardModel::OpenColumn, AgentBoardModel::BreachedColumn,
                                     AgentBoardModel::HandledTodayColumn};

} // namespace

OverviewPage::OverviewPage(SupervisionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_queues(new QueueBoardModel(this))
    , m_agents(new AgentBoardModel(this))
    , m_message(new MessageBar(this))
    , m_tiles(new QueueBoardTiles(m_queues, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_queueSection(new ExportableSection(this))
    , m_agentSection(new ExportableSection(this))
    , m_chartSection(new ExportableSection(this))
    , m_queueCaption(new QLabel(this))
    , m_agentCaption(new QLabel(this))
    , m_chartCaption(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_message->setObjectName(QStringLiteral("overviewMessage"));
    m_message->hide();
    for (QLabel *caption : {m_queueCaption, m_agentCaption, m_chartCaption})
        caption->setProperty("role", QStringLiteral("caption"));
    m_queueCaption->setObjectName(QStringLiteral("overviewQueuesCaption"));
    m_agentCaption->setObjectName(QStringLiteral("overviewAgentsCaption"));
    m_chartCaption->setObjectName(QStringLiteral("overviewChartsCaption"));

    // The queues, folded: one row each and the totals; a queue unfolds to its channels.
    m_queueView = SupervisionViews::makeTable(m_queueSection);
    m_queueView->setObjectName(QStringLiteral("overviewQueueView"));
    m_queueView->setModel(m_queues);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_queueView->setRootIsDecorated(true);
    m_queueView->setItemsExpandable(true);
    m_queueView->setExpandsOnDoubleClick(false);   // a double-click goes to the conversations
    m_queueView->setIndentation(16);
    m_queueView->setStyleSheet(compactRows());
    m_queueView->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_queueView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const int column : HiddenQueueColumns)
        m_queueView->setColumnHidden(column, true);
    QHeaderView *queueHeader = m_queueView->header();
    queueHeader->setSectionResizeMode(QueueBoardModel::NameColumn, QHeaderView::Stretch);
    for (int column = QueueBoardModel::WaitingColumn; column < QueueBoardModel::ColumnCount; ++column)
        queueHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);   // a handful of rows
    m_queueSection->addHeaderWidget(m_queueCaption);
    m_queueSection->contentLayout()->addWidget(m_queueView);

    // The agents: who is there and how loaded they are today.
    m_agentView = SupervisionViews::makeTable(m_agentSection);
    m_agentView->setObjectName(QStringLiteral("overviewAgentView"));
    m_agentView->setModel(m_agents);
    m_agentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentView->setAllColumnsShowFocus(true);
    m_agentView->setStyleSheet(compactRows());
    m_agentView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int column = 0; column < AgentBoardModel::ColumnCount; ++column)
        m_agentView->setColumnHidden(column, std::find(std::begin(ShownAgentColumns), std::end(ShownAgentColumns),
                                                       column) == std::end(ShownAgentColumns));
    QHeaderView *agentHeader = m_agentView->header();
    agentHeader->setSectionResizeMode(AgentBoardModel::AgentColumn, QHeaderView::Stretch);
    for (int column = AgentBoardModel::PresenceColumn; column < AgentBoardModel::ColumnCount; ++column)
        agentHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);   // one row per agent
    m_agentSection->addHeaderWidget(m_agentCaption);
    m_agentSection->contentLayout()->addWidget(m_agentView, 1);

    // The last days in three small charts.
    m_volumeChart = ChartStyle::makeView(ChartStyle::makeChart(), m_chartSection, 150);
    m_volumeChart->setObjectName(QStringLiteral("overviewVolumeChart"));
    m_firstResponseChart = ChartStyle::makeView(ChartStyle::makeChart(), m_chartSection, 150);
    m_firstResponseChart->setObjectName(QStringLiteral("overviewFirstResponseChart"));
    m_csatChart = ChartStyle::makeView(ChartStyle::makeChart(), m_chartSection, 150);
    m_csatChart->setObjectName(QStringLiteral("overviewCsatChart"));
    m_chartSection->addHeaderWidget(m_chartCaption);
    m_chartSection->contentLayout()->setSpacing(14);
    // The volumes over the whole width (a line per channel wants it); below them, side by side,
    // the response times and the satisfaction, each high enough to name every channel and tick.
    m_chartSection->contentLayout()->addWidget(m_volumeChart, 1);
    auto *lower = new QHBoxLayout;
    lower->setSpacing(14);
    lower->addWidget(m_firstResponseChart, 3);   // channel names beside the bars
    lower->addWidget(m_csatChart, 2);            // a few weeks
    m_chartSection->contentLayout()->addLayout(lower, 1);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(14);
    leftLayout->addWidget(m_queueSection);
    leftLayout->addWidget(m_agentSection, 1);
    left->setMinimumWidth(460);
    m_chartSection->setMinimumWidth(420);

    SupervisionViews::sideBySide(m_splitter, QStringLiteral("overviewSplitter"), left, m_chartSection, 1, 1,
                                 {620, 620});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_message);
    layout->addWidget(m_tiles);
    layout->addWidget(m_splitter, 1);

    connect(m_queueView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const std::optional<DrillDown> drill = m_queues->drillDownAt(index))
            emit queueFigureActivated(*drill, index.column());
    });
    connect(m_agentView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString username = index.data(AgentBoardModel::UsernameRole).toString();
        if (!username.isEmpty())
            emit agentActivated(username);
    });
    connect(m_queueView, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_expanded.insert(index.data(QueueBoardModel::QueueRole).toString());
        fitQueueView();
    });
    connect(m_queueView, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_expanded.remove(index.data(QueueBoardModel::QueueRole).toString());
        fitQueueView();
    });

    m_period = {QDate::currentDate().addDays(1 - ChartDays), QDate::currentDate()};
    retranslateUi();
    fitQueueView();
}

OverviewPage::~OverviewPage() = default;

QueueBoardTiles *OverviewPage::tiles() const
{
    return m_tiles;
}

QueueBoardModel *OverviewPage::queueModel() const
{
    return m_queues;
}

QTreeView *OverviewPage::queueView() const
{
    return m_queueView;
}

AgentBoardModel *OverviewPage::agentModel() const
{
    return m_agents;
}

QTreeView *OverviewPage::agentView() const
{
    return m_agentView;
}

QList<QChartView *> OverviewPage::chartViews() const
{
    return {m_volumeChart, m_firstResponseChart, m_csatChart};
}

bool OverviewPage::isLoaded() const
{
    return m_hasQueueBoard && m_hasAgentBoard && m_analyticsArrived;
}

bool OverviewPage::isAnalyticsBusy() const
{
    return m_analyticsBusy;
}

AnalyticsPeriod OverviewPage::period() const
{
    return m_period;
}

QDateTime OverviewPage::analyticsComputedAt() const
{
    return m_analyticsAt;
}

void OverviewPage::refresh()
{
    if (!m_service)
        return;
    const quint64 queueGeneration = ++m_queueGeneration;
    m_service->queueBoard().then(this, [this, queueGeneration](const QueueBoard &board) {
        if (queueGeneration == m_queueGeneration)
            onQueueBoard(board);
    });
    const quint64 agentGeneration = ++m_agentGeneration;
    m_service->agentBoard().then(this, [this, agentGeneration](const AgentBoard &board) {
        if (agentGeneration == m_agentGeneration)
            onAgentBoard(board);
    });
    if (isVisible() && analyticsDue())
        refreshAnalytics();
}

bool OverviewPage::analyticsDue() const
{
    if (m_analyticsBusy)
        return false;
    if (!m_analyticsAt.isValid() || m_period.to != QDate::currentDate())
        return true;
    return m_analyticsAt.msecsTo(QDateTime::currentDateTimeUtc()) >= AnalyticsIntervalMs;
}

void OverviewPage::refreshAnalytics()
{
    if (!m_service || m_analyticsBusy)
        return;
    const QDate today = QDate::currentDate();
    m_period = {today.addDays(1 - ChartDays), today};
    m_analyticsBusy = true;
    const quint64 generation = ++m_analyticsGeneration;
    updateCaptions();
    m_service->analytics(m_period).then(this, [this, generation](const Analytics &analytics) {
        if (generation == m_analyticsGeneration)
            onAnalytics(analytics);
    });
}

void OverviewPage::onQueueBoard(const QueueBoard &board)
{
    // Keep the cell the supervisor is on, and the queues they unfolded.
    const QModelIndex current = m_queueView->currentIndex();
    const std::optional<DrillDown> where = m_queues->drillDownAt(current);
    const int currentColumn = current.column();
    m_queues->setBoard(board);
    for (const QString &queue : QSet<QString>(m_expanded)) {
        const QModelIndex index = m_queues->queueIndex(queue);
        if (index.isValid())
            m_queueView->expand(index);
    }
    if (where) {
        const QModelIndex restore = m_queues->indexFromDrillDown(*where, currentColumn);
        if (restore.isValid())
            m_queueView->setCurrentIndex(restore);
    }
    fitQueueView();

    if (board.refused || !board.message.isEmpty())
        m_message->showMessage(board.message.isEmpty() ? tr("The queue board could not be read.") : board.message,
                               board.refused ? MessageBar::Error : MessageBar::Warning);
    else if (m_message->isVisible())
        m_message->hideMessage();
    m_hasQueueBoard = true;
    updateCaptions();
    emit boardShown(board.at.isValid() ? board.at : QDateTime::currentDateTimeUtc());
}

void OverviewPage::onAgentBoard(const AgentBoard &board)
{
    m_agents->setBoard(board);   // in place when the same agents: the selection stays
    if (board.refused)
        m_message->showMessage(board.message.isEmpty() ? tr("The agents' figures could not be read.") : board.message,
                               MessageBar::Error);
    m_hasAgentBoard = true;
    updateCaptions();
    emit agentNamesChanged(m_agents->names());
    emit agentsShown();
}

void OverviewPage::onAnalytics(const Analytics &analytics)
{
    m_analyticsBusy = false;
    m_analyticsArrived = true;
    m_analyticsAt = QDateTime::currentDateTimeUtc();
    if (analytics.refused) {
        m_message->showMessage(analytics.message.isEmpty() ? tr("The charts' figures could not be computed.")
                                                           : analytics.message,
                               MessageBar::Error);
    } else {
        m_analytics = analytics;
        if (!m_analytics.period.from.isValid())
            m_analytics.period = m_period;
        m_hasAnalytics = true;
        showCharts();
    }
    updateCaptions();
    emit analyticsShown();
}

void OverviewPage::showCharts()
{
    if (!m_hasAnalytics)
        return;
    QChart *volumes = AnalyticsCharts::volumes(m_analytics, tr("Conversations per channel"));
    volumes->legend()->setAlignment(Qt::AlignRight);   // a channel a line: no name cut short in any language
    ChartStyle::replaceChart(m_volumeChart, volumes);
    ChartStyle::replaceChart(m_firstResponseChart,
                             AnalyticsCharts::againstTarget(m_analytics.firstResponse,
                                                            tr("First response against the SLA target")));
    ChartStyle::replaceChart(m_csatChart,
                             AnalyticsCharts::csatPerWeek(m_analytics, tr("Satisfaction (CSAT) per week")));
}

void OverviewPage::fitQueueView()
{
    // As tall as its rows (the queues, the channels of those unfolded, the totals): the agents take the rest.
    int rows = 0;
    for (int row = 0; row < m_queues->rowCount(); ++row) {
        const QModelIndex queue = m_queues->index(row, 0);
        rows += 1 + (m_queueView->isExpanded(queue) ? m_queues->rowCount(queue) : 0);
    }
    const int rowHeight = m_queueView->sizeHintForRow(0) > 0 ? m_queueView->sizeHintForRow(0) : 30;
    const int header = m_queueView->header()->sizeHint().height();
    m_queueView->setFixedHeight(header + qBound(3, rows, 12) * rowHeight + 2 * m_queueView->frameWidth() + 2);
}

void OverviewPage::updateCaptions()
{
    const QLocale locale;
    if (!m_hasQueueBoard)
        m_queueCaption->setText(tr("Loading…"));
    else if (m_queues->rowCount() == 0)
        m_queueCaption->setText(tr("No open conversations"));
    else
        m_queueCaption->setText(tr("Double-click a figure for its conversations"));

    if (!m_hasAgentBoard) {
        m_agentCaption->setText(tr("Loading…"));
    } else {
        int available = 0;
        for (const AgentFigure &agent : m_agents->board().agents)
            available += agent.presence == Presence::Available ? 1 : 0;
        m_agentCaption->setText(m_agents->board().refused
                                    ? QString()
                                    : tr("%1 of %Ln available", "agents", int(m_agents->board().agents.size()))
                                          .arg(locale.toString(available)));
    }

    const QString period = SupervisionText::period(m_period.from, m_period.to);
    if (m_analyticsBusy && !m_hasAnalytics)
        m_chartCaption->setText(tr("Computing %1…").arg(period));
    else if (m_analyticsAt.isValid())
        m_chartCaption->setText(tr("%1 · computed %2")
                                    .arg(period, locale.toString(m_analyticsAt.toLocalTime().time(),
                                                                 QLocale::ShortFormat)));
    else
        m_chartCaption->setText(period);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The charts are computed only for a page on screen: catch up when it appears.
    if (analyticsDue())
        refreshAnalytics();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_queues->retranslate();
        m_agents->retranslate();
        showCharts();   // the charts carry words and formatted numbers
    }
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    m_queueSection->setTitle(tr("Queues"));
    m_agentSection->setTitle(tr("Agents"));
    m_chartSection->setTitle(tr("Last %1 days").arg(ChartDays));
    m_queueView->setAccessibleName(tr("Queues"));
    m_agentView->setAccessibleName(tr("Agents"));
    m_volumeChart->setAccessibleName(tr("Conversations per channel"));
    m_firstResponseChart->setAccessibleName(tr("First response against the SLA target"));
    m_csatChart->setAccessibleName(tr("Satisfaction (CSAT) per week"));
    m_queueView->setToolTip(tr("Double-click a figure to list its conversations on the Queues page"));
    m_agentView->setToolTip(tr("Double-click an agent for their open conversations on the Agents page"));
    updateCaptions();
}

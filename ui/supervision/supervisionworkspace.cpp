#include "supervisionworkspace.h"

#include "agentspage.h"
#include "analyticspage.h"
#include "overviewpage.h"
#include "queueboardpage.h"

#include "audit/auditviewer.h"
#include "common/theme.h"

#include "services/supervisionservice.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QString tabStyle()
{
    return QStringLiteral(
               "QTabWidget#supervisionTabs::pane { border: none; top: -1px; }"
               "QTabWidget#supervisionTabs > QTabBar { qproperty-drawBase: 0; }"
               "QTabBar#supervisionTabBar { border-bottom: 1px solid @border@; }"
               "QTabBar#supervisionTabBar::tab { background: transparent; color: @muted@; border: none;"
               " border-bottom: 2px solid transparent; padding: 7px 4px 8px 4px; margin-right: 22px; }"
               "QTabBar#supervisionTabBar::tab:selected { color: @accentHover@; border-bottom: 2px solid @accent@; }"
               "QTabBar#supervisionTabBar::tab:hover:!selected { color: @text@; }")
        .replace(QLatin1StringView("@border@"), Theme::border().name())
        .replace(QLatin1StringView("@muted@"), Theme::mutedText().name())
        .replace(QLatin1StringView("@accentHover@"), Theme::accentHover().name())
        .replace(QLatin1StringView("@accent@"), Theme::accent().name())
        .replace(QLatin1StringView("@text@"), Theme::text().name());
}

} // namespace

SupervisionWorkspace::SupervisionWorkspace(const Services &services, const Agent &agent, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_agent(agent)
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(services.supervision, this))
    , m_queues(new QueueBoardPage(services.supervision, this))
    , m_agents(new AgentsPage(services.supervision, services.inbox, this))
    , m_analytics(new AnalyticsPage(services.supervision, this))
    , m_auditPage(new QWidget(this))
    , m_title(new QLabel(this))
    , m_stamp(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_timer(new QTimer(this))
    , m_changeDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("supervisionWorkspace"));
    setAutoFillBackground(true);
    QPalette background = palette();
    background.setColor(QPalette::Window, Theme::window());
    setPalette(background);

    m_title->setProperty("role", QStringLiteral("emptyTitle"));
    m_title->setObjectName(QStringLiteral("supervisionTitle"));
    m_stamp->setProperty("role", QStringLiteral("caption"));
    m_stamp->setObjectName(QStringLiteral("supervisionUpdated"));
    m_refresh->setObjectName(QStringLiteral("supervisionRefresh"));
    m_refresh->setProperty("link", true);
    m_refresh->setShortcut(QKeySequence::Refresh);

    m_tabs->setObjectName(QStringLiteral("supervisionTabs"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("supervisionTabBar"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->tabBar()->setDrawBase(false);
    m_tabs->setStyleSheet(tabStyle());
    const auto wrap = [this](QWidget *page) {
        // Each page sits on the window colour with the same margins.
        auto *holder = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 14, 0, 0);
        layout->addWidget(page);
        return holder;
    };
    m_tabs->addTab(wrap(m_overview), QString());
    m_tabs->addTab(wrap(m_queues), QString());
    m_tabs->addTab(wrap(m_agents), QString());
    m_tabs->addTab(wrap(m_analytics), QString());
    auto *auditLayout = new QVBoxLayout(m_auditPage);
    auditLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_auditPage, QString());

    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 4);
    cornerLayout->setSpacing(6);
    cornerLayout->addWidget(m_stamp);
    cornerLayout->addWidget(m_refresh);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        markStale();
        if (isVisible())
            refresh();
    });
    m_timer->start();
    m_changeDelay->setSingleShot(true);
    m_changeDelay->setInterval(ChangeDelayMs);
    connect(m_changeDelay, &QTimer::timeout, this, [this] {
        markStale();
        if (isVisible())
            refresh();
    });
    if (services.supervision)
        connect(services.supervision, &SupervisionService::figuresChanged, m_changeDelay, qOverload<>(&QTimer::start));

    connect(m_tabs, &QTabWidget::currentChanged, this, &SupervisionWorkspace::onPageChanged);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        refresh();
        if (currentPage() == Page::Overview)
            m_overview->refreshAnalytics();   // asked for: the charts too, whatever their age
    });
    connect(m_queues, &QueueBoardPage::openConversationRequested, this,
            &SupervisionWorkspace::openConversationRequested);
    connect(m_agents, &AgentsPage::openConversationRequested, this, &SupervisionWorkspace::openConversationRequested);
    connect(m_overview, &OverviewPage::boardShown, this, [this](const QDateTime &at) {
        m_overviewAt = QDateTime::currentDateTimeUtc();
        m_lastUpdate = at.isValid() ? at : m_overviewAt;
        updateStamp();
    });
    // From the wallboard to the details: the figure on the Queues page, the agent on the Agents page.
    connect(m_overview, &OverviewPage::queueFigureActivated, this, [this](const DrillDown &drillDown, int column) {
        showPage(Page::Queues);
        m_queues->showFigure(drillDown, column);
        m_queues->boardView()->setFocus();
    });
    connect(m_overview, &OverviewPage::agentActivated, this, [this](const QString &username) {
        showPage(Page::Agents);
        m_agents->selectAgent(username);   // or when the board arrives
        m_agents->agentView()->setFocus();
    });
    connect(m_queues, &QueueBoardPage::boardShown, this, [this](const QDateTime &at) {
        m_queuesAt = QDateTime::currentDateTimeUtc();
        m_lastUpdate = at.isValid() ? at : m_queuesAt;
        updateStamp();
    });
    connect(m_agents, &AgentsPage::boardShown, this, [this] {
        m_agentsAt = QDateTime::currentDateTimeUtc();
        m_lastUpdate = m_agentsAt;
        updateStamp();
    });
    // The drill-down's assignee column names agents as the agent board does.
    connect(m_agents, &AgentsPage::agentNamesChanged, m_queues, &QueueBoardPage::setAgentNames);
    connect(m_overview, &OverviewPage::agentNamesChanged, m_queues, &QueueBoardPage::setAgentNames);
    // A reassignment moves the queue board and the overview too.
    connect(m_agents, &AgentsPage::reassigned, this, [this] {
        m_queuesAt = QDateTime();
        m_overviewAt = QDateTime();
    });

    retranslateUi();
}

SupervisionWorkspace::~SupervisionWorkspace() = default;

OverviewPage *SupervisionWorkspace::overview() const
{
    return m_overview;
}

QueueBoardPage *SupervisionWorkspace::queueBoard() const
{
    return m_queues;
}

AgentsPage *SupervisionWorkspace::agents() const
{
    return m_agents;
}

AnalyticsPage *SupervisionWorkspace::analytics() const
{
    return m_analytics;
}

AuditViewer *SupervisionWorkspace::auditViewer() const
{
    return m_auditViewer;
}

QTabWidget *SupervisionWorkspace::tabs() const
{
    return m_tabs;
}

void SupervisionWorkspace::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
    if (page == Page::Audit)
        ensureAuditViewer();
}

SupervisionWorkspace::Page SupervisionWorkspace::currentPage() const
{
    return Page(qBound(0, m_tabs->currentIndex(), int(Page::Audit)));
}

void SupervisionWorkspace::refresh()
{
    refreshPage(currentPage());
}

void SupervisionWorkspace::refreshPage(Page page)
{
    switch (page) {
    case Page::Overview:
        m_overview->refresh();   // the charts only when due
        break;
    case Page::Queues:
        m_queues->refresh();
        break;
    case Page::Agents:
        m_agents->refresh();
        break;
    case Page::Analytics:
        m_analytics->ensureLoaded();   // computed on demand: a period does not move by the minute
        break;
    case Page::Audit:
        ensureAuditViewer();
        break;
    }
}

void SupervisionWorkspace::markStale()
{
    m_overviewAt = QDateTime();
    m_queuesAt = QDateTime();
    m_agentsAt = QDateTime();
}

void SupervisionWorkspace::onPageChanged()
{
    const Page page = currentPage();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto stale = [&now](const QDateTime &at) { return !at.isValid() || at.msecsTo(now) >= RefreshIntervalMs; };
    if ((page == Page::Overview && stale(m_overviewAt)) || (page == Page::Queues && stale(m_queuesAt))
        || (page == Page::Agents && stale(m_agentsAt)) || page == Page::Analytics || page == Page::Audit)
        refreshPage(page);
    const bool live = page == Page::Overview || page == Page::Queues || page == Page::Agents;
    m_stamp->setVisible(live);
    m_refresh->setVisible(live);   // analytics has its own
    updateStamp();
}

void SupervisionWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The agents' names, for the assignee columns of every list, come with the agent board
    // (the overview reads one of its own).
    if (!m_agentsAt.isValid() && currentPage() != Page::Agents && currentPage() != Page::Overview)
        m_agents->refresh();
    onPageChanged();
}

void SupervisionWorkspace::ensureAuditViewer()
{
    if (m_auditViewer || !m_services.audit)
        return;
    auto *viewer = new AuditViewer(m_services.audit, m_auditPage);
    // A page here, not a window of its own.
    viewer->setWindowFlags(Qt::Widget);
    if (QLayout *inner = viewer->layout())
        inner->setContentsMargins(0, 14, 0, 0);
    m_auditPage->layout()->addWidget(viewer);
    viewer->show();
    m_auditViewer = viewer;
}

void SupervisionWorkspace::updateStamp()
{
    if (!m_lastUpdate.isValid()) {
        m_stamp->clear();
        return;
    }
    m_stamp->setText(
        tr("Live · updated %1").arg(QLocale().toString(m_lastUpdate.toLocalTime().time(), QLocale::ShortFormat)));
}

void SupervisionWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SupervisionWorkspace::retranslateUi()
{
    setWindowTitle(tr("Supervision"));
    m_title->setText(tr("Supervision"));
    m_tabs->setTabText(int(Page::Overview), tr("Overview"));
    m_tabs->setTabText(int(Page::Queues), tr("Queues"));
    m_tabs->setTabText(int(Page::Agents), tr("Agents"));
    m_tabs->setTabText(int(Page::Analytics), tr("Analytics"));
    m_tabs->setTabText(int(Page::Audit), tr("Audit Log"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the figures again now (%1). They also refresh by themselves.")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    updateStamp();
}

#include "analyticspage.h"

#include "analyticscharts.h"
#include "analyticstables.h"
#include "chartstyle.h"
#include "exportablesection.h"
#include "figuretile.h"
#include "sharebardelegate.h"
#include "supervisiontext.h"

#include "common/messagebar.h"
#include "common/theme.h"
#include "inbox/inboxtext.h"

#include "services/supervisionservice.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

/// The longest custom period: a year and a day (leap years).
constexpr int MaxCustomDays = 366;

/// A table as tall as its rows, up to @p maxRows; then it scrolls.
void fitHeight(QTreeView *view, int maxRows)
{
    const int rows = qMin(view->model() ? view->model()->rowCount() : 0, maxRows);
    const int rowHeight = view->sizeHintForRow(0) > 0 ? view->sizeHintForRow(0) : 28;
    const int header = view->header()->isHidden() ? 0 : view->header()->sizeHint().height();
    view->setFixedHeight(header + qMax(rows, 1) * rowHeight + 2 * view->frameWidth() + 2);
}

} // namespace

AnalyticsPage::AnalyticsPage(SupervisionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_periodLabel(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_apply(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_recompute(new QPushButton(this))
    , m_message(new MessageBar(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("analyticsPage"));
    m_range->setObjectName(QStringLiteral("analyticsRange"));
    for (int i = 0; i < 4; ++i)
        m_range->addItem(QString());
    m_range->setCurrentIndex(int(Range::Last30Days));
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodLabel->setBuddy(m_range);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(QDate::currentDate());
        edit->setMinimumDate(QDate::currentDate().addYears(-5));
    }
    m_from->setObjectName(QStringLiteral("analyticsFrom"));
    m_to->setObjectName(QStringLiteral("analyticsTo"));
    m_apply->setObjectName(QStringLiteral("analyticsApply"));
    m_progress->setObjectName(QStringLiteral("analyticsBusy"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("analyticsStatus"));
    m_status->setProperty("role", QStringLiteral("caption"));
    m_recompute->setObjectName(QStringLiteral("analyticsRecompute"));
    m_recompute->setProperty("link", true);
    m_message->setObjectName(QStringLiteral("analyticsMessage"));
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_range);
    bar->addSpacing(6);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_apply);
    bar->addStretch(1);
    bar->addWidget(m_progress, 0, Qt::AlignVCenter);
    bar->addWidget(m_status);
    bar->addWidget(m_recompute);

    m_scroll->setObjectName(QStringLiteral("analyticsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = createContent();
    m_scroll->setWidget(m_content);
    m_dim = new QGraphicsOpacityEffect(m_content);
    m_dim->setOpacity(0.45);
    m_dim->setEnabled(false);
    m_content->setGraphicsEffect(m_dim);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(m_range, &QComboBox::activated, this, [this](int index) { setRange(Range(index)); });
    connect(m_apply, &QPushButton::clicked, this, &AnalyticsPage::applyCustom);
    connect(m_recompute, &QPushButton::clicked, this, &AnalyticsPage::refresh);
    for (ExportableSection *section : std::as_const(m_sections)) {
        connect(section, &ExportableSection::exported, this, [this](const QString &text, MessageBar::Type type) {
            m_message->showMessage(text, type, type == MessageBar::Positive ? 6000 : 0);
        });
    }

    m_period = periodFor(Range::Last30Days, QDate::currentDate());
    retranslateUi();
    updatePeriodControls();
}

AnalyticsPage::~AnalyticsPage() = default;

QWidget *AnalyticsPage::createContent()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("scrollContent"));

    m_volumeTile = new FigureTile(content);
    m_volumeTile->setObjectName(QStringLiteral("tileConversations"));
    m_firstResponseTile = new FigureTile(content);
    m_firstResponseTile->setObjectName(QStringLiteral("tileFirstResponse"));
    m_resolutionTile = new FigureTile(content);
    m_resolutionTile->setObjectName(QStringLiteral("tileResolution"));
    m_slaTile = new FigureTile(content);
    m_slaTile->setObjectName(QStringLiteral("tileSlaMet"));
    m_csatTile = new FigureTile(content);
    m_csatTile->setObjectName(QStringLiteral("tileCsat"));
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (FigureTile *tile : {m_volumeTile, m_firstResponseTile, m_resolutionTile, m_slaTile, m_csatTile})
        tiles->addWidget(tile, 1);

    m_volumeModel = new QStandardItemModel(this);
    m_responseModel = new QStandardItemModel(this);
    m_slaAgentModel = new QStandardItemModel(this);
    m_slaQueueModel = new QStandardItemModel(this);
    m_topicModel = new QStandardItemModel(this);
    m_csatWeekModel = new QStandardItemModel(this);
    m_csatChannelModel = new QStandardItemModel(this);
    m_csatAgentModel = new QStandardItemModel(this);

    // Volumes: the chart; the numbers go to the CSV.
    m_volumeSection = addSection(QStringLiteral("volumeSection"));
    m_volumeChart = addChart(m_volumeSection, 280);
    m_volumeSection->addCsvExport(m_volumeModel);
    m_volumeSection->addPngExport(m_volumeChart);
    m_volumeSection->setFileBase([this] { return fileBase(QStringLiteral("volumes")); });

    // First response and resolution against the target: two charts side by side, one table below.
    m_responseSection = addSection(QStringLiteral("responseSection"));
    m_responseCharts = new QWidget(m_responseSection);
    m_responseCharts->setAutoFillBackground(true);
    QPalette white = m_responseCharts->palette();
    white.setColor(QPalette::Window, Theme::surface());
    m_responseCharts->setPalette(white);
    auto *charts = new QHBoxLayout(m_responseCharts);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(18);
    m_firstResponseChart = ChartStyle::makeView(ChartStyle::makeChart(), m_responseCharts, 270);
    m_resolutionChart = ChartStyle::makeView(ChartStyle::makeChart(), m_responseCharts, 270);
    charts->addWidget(m_firstResponseChart, 1);
    charts->addWidget(m_resolutionChart, 1);
    m_responseSection->contentLayout()->addWidget(m_responseCharts, 1);
    // Under each chart its figures: two views of one model (one CSV with both).
    m_firstResponseTable = addTable(m_responseSection, m_responseModel, true);
    m_firstResponseTable->setObjectName(QStringLiteral("firstResponseTable"));
    m_resolutionTable = addTable(m_responseSection, m_responseModel, true);
    m_resolutionTable->setObjectName(QStringLiteral("resolutionTable"));
    auto *tables = new QHBoxLayout;
    tables->setSpacing(18);
    tables->addWidget(m_firstResponseTable, 1);
    tables->addWidget(m_resolutionTable, 1);
    m_responseSection->contentLayout()->addLayout(tables);
    m_responseSection->addCsvExport(m_responseModel);   // both groups, in the model's order
    m_responseSection->addPngExport(m_responseCharts);
    m_responseSection->setFileBase([this] { return fileBase(QStringLiteral("response-times")); });

    // SLA met per agent and per queue (with the team).
    auto *shareDelegate = new ShareBarDelegate(this);
    shareDelegate->setWarningBelow(80);
    m_slaAgentSection = addSection(QStringLiteral("slaAgentSection"));
    m_slaAgentTable = addTable(m_slaAgentSection, m_slaAgentModel, true);
    m_slaAgentTable->setItemDelegateForColumn(AnalyticsTables::SlaShareColumn, shareDelegate);
    m_slaAgentSection->setFileBase([this] { return fileBase(QStringLiteral("sla-met-by-agent")); });
    m_slaQueueSection = addSection(QStringLiteral("slaQueueSection"));
    m_slaQueueTable = addTable(m_slaQueueSection, m_slaQueueModel, false);
    m_slaQueueTable->setItemDelegateForColumn(AnalyticsTables::SlaShareColumn, shareDelegate);
    m_slaQueueSection->setFileBase([this] { return fileBase(QStringLiteral("sla-met-by-queue")); });

    // Topics and card outcomes per week.
    m_topicSection = addSection(QStringLiteral("topicSection"));
    m_topicLegend = new QLabel(m_topicSection);
    m_topicLegend->setProperty("role", QStringLiteral("caption"));
    m_topicLegend->setWordWrap(true);
    m_topicSection->contentLayout()->addWidget(m_topicLegend);
    m_topicTable = addTable(m_topicSection, m_topicModel, false);
    m_topicTable->setObjectName(QStringLiteral("topicTable"));
    m_topicSection->setFileBase([this] { return fileBase(QStringLiteral("topics-and-outcomes")); });

    // Satisfaction.
    auto *csatDelegate = new ShareBarDelegate(this);
    csatDelegate->setWarningBelow(70);
    m_csatWeekSection = addSection(QStringLiteral("csatWeekSection"));
    m_csatChart = addChart(m_csatWeekSection, 280);
    m_csatWeekSection->addCsvExport(m_csatWeekModel);
    m_csatWeekSection->addPngExport(m_csatChart);
    m_csatWeekSection->setFileBase([this] { return fileBase(QStringLiteral("csat-by-week")); });
    m_csatChannelSection = addSection(QStringLiteral("csatChannelSection"));
    m_csatChannelTable = addTable(m_csatChannelSection, m_csatChannelModel, true);
    m_csatChannelTable->setItemDelegateForColumn(AnalyticsTables::CsatShareColumn, csatDelegate);
    m_csatChannelSection->setFileBase([this] { return fileBase(QStringLiteral("csat-by-channel")); });
    m_csatAgentSection = addSection(QStringLiteral("csatAgentSection"));
    m_csatAgentTable = addTable(m_csatAgentSection, m_csatAgentModel, true);
    m_csatAgentTable->setItemDelegateForColumn(AnalyticsTables::CsatShareColumn, csatDelegate);
    m_csatAgentSection->setFileBase([this] { return fileBase(QStringLiteral("csat-by-agent")); });

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(14);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_volumeSection, 0, 0, 1, 2);
    grid->addWidget(m_responseSection, 1, 0, 1, 2);
    grid->addWidget(m_slaAgentSection, 2, 0);
    grid->addWidget(m_slaQueueSection, 2, 1);
    grid->addWidget(m_topicSection, 3, 0, 1, 2);
    grid->addWidget(m_csatWeekSection, 4, 0, 2, 1);
    grid->addWidget(m_csatChannelSection, 4, 1);
    grid->addWidget(m_csatAgentSection, 5, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 6, 12);
    layout->setSpacing(14);
    layout->addLayout(tiles);
    layout->addLayout(grid);
    layout->addStretch(1);
    return content;
}

ExportableSection *AnalyticsPage::addSection(const QString &objectName)
{
    auto *section = new ExportableSection;
    section->setObjectName(QStringLiteral("section"));   // the theme styles sections by this name
    section->setProperty("sectionId", objectName);
    section->setAccessibleName(objectName);
    m_sections.append(section);
    return section;
}

QTreeView *AnalyticsPage::addTable(ExportableSection *section, QStandardItemModel *model, bool sortable)
{
    auto *view = new QTreeView(section);
    view->setRootIsDecorated(false);
    view->setItemsExpandable(false);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAllColumnsShowFocus(true);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral("QTreeView { border: none; } QTreeView::item { padding: 3px 2px; }"));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    QHeaderView *header = view->header();
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(56);
    header->setFont(Theme::derivedFont(header->font(), -1, QFont::Bold));
    if (sortable) {
        auto *proxy = new QSortFilterProxyModel(view);
        proxy->setSourceModel(model);
        proxy->setSortRole(AnalyticsTables::RawRole);
        proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        header->setSortIndicator(-1, Qt::AscendingOrder);
        // The CSV follows the order on screen.
        section->addCsvExport(proxy);
    } else {
        view->setModel(model);
        section->addCsvExport(model);
    }
    section->contentLayout()->addWidget(view);
    return view;
}

QChartView *AnalyticsPage::addChart(ExportableSection *section, int minimumHeight)
{
    QChartView *view = ChartStyle::makeView(ChartStyle::makeChart(), section, minimumHeight);
    section->contentLayout()->addWidget(view, 1);
    return view;
}

AnalyticsPeriod AnalyticsPage::periodFor(Range range, const QDate &today)
{
    switch (range) {
    case Range::Last7Days:
        return {today.addDays(-6), today};
    case Range::Last30Days:
        return {today.addDays(-29), today};
    case Range::Last90Days:
        return {today.addDays(-89), today};
    case Range::Custom:
        break;
    }
    return {today.addDays(-29), today};
}

void AnalyticsPage::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
    updatePeriodControls();
    if (range == Range::Custom) {
        m_from->setFocus();
        return;   // computed when the dates are applied
    }
    compute(periodFor(range, QDate::currentDate()));
}

AnalyticsPage::Range AnalyticsPage::range() const
{
    return Range(m_range->currentIndex());
}

void AnalyticsPage::setCustomPeriod(const QDate &from, const QDate &to)
{
    m_range->setCurrentIndex(int(Range::Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    updatePeriodControls();
    applyCustom();
}

void AnalyticsPage::applyCustom()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (from > to) {
        m_message->showMessage(tr("The first day comes after the last. Choose a first day on or before %1.")
                                   .arg(QLocale().toString(to, QLocale::ShortFormat)),
                               MessageBar::Warning);
        return;
    }
    if (from.daysTo(to) + 1 > MaxCustomDays) {
        m_message->showMessage(tr("Choose at most %1 days.").arg(MaxCustomDays), MessageBar::Warning);
        return;
    }
    compute({from, to});
}

AnalyticsPeriod AnalyticsPage::period() const
{
    return m_period;
}

void AnalyticsPage::refresh()
{
    // A preset moves with the calendar; custom dates stay.
    compute(range() == Range::Custom ? m_period : periodFor(range(), QDate::currentDate()));
}

void AnalyticsPage::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    refresh();
}

void AnalyticsPage::compute(const AnalyticsPeriod &period)
{
    if (!m_service)
        return;
    m_loaded = true;
    m_period = period;
    m_requested = period;
    if (m_message->isVisible() && m_message->type() == MessageBar::Warning)
        m_message->hideMessage();
    const quint64 generation = ++m_generation;
    setBusy(true);
    m_service->analytics(period).then(this, [this, generation](const Analytics &analytics) {
        if (generation != m_generation)
            return;   // the supervisor chose another period meanwhile
        onAnalytics(analytics);
    });
}

void AnalyticsPage::onAnalytics(const Analytics &analytics)
{
    setBusy(false);
    m_computedAt = QDateTime::currentDateTime();
    if (analytics.refused) {
        m_message->showMessage(analytics.message.isEmpty() ? tr("The figures could not be computed.")
                                                           : analytics.message,
                               MessageBar::Error);
        emit analyticsShown();
        return;
    }
    if (!analytics.message.isEmpty())
        m_message->showMessage(analytics.message, MessageBar::Warning);
    m_analytics = analytics;
    if (!m_analytics.period.from.isValid())
        m_analytics.period = m_requested;
    m_hasResult = true;
    showResult();
    emit analyticsShown();
}

void AnalyticsPage::showResult()
{
    if (!m_hasResult) {
        updatePeriodControls();
        return;
    }
    const Analytics &a = m_analytics;
    const QLocale locale;

    // Tiles.
    int conversations = 0;
    for (const ChannelVolume &volume : a.volumes)
        conversations += volume.count;
    const qint64 days = qMax<qint64>(1, a.period.from.daysTo(a.period.to) + 1);
    m_volumeTile->setValue(locale.toString(conversations));
    m_volumeTile->setDetail(tr("%1 a day on average").arg(locale.toString(double(conversations) / days, 'f', 0)));
    const auto durationTile = [](FigureTile *tile, const DurationStats &stats) {
        tile->setValue(SupervisionText::duration(stats.medianSeconds));
        QString detail = tr("%1 within target").arg(SupervisionText::percent(stats.met, stats.count));
        if (stats.targetSeconds > 0)
            detail = tr("Target %1 · %2").arg(SupervisionText::duration(stats.targetSeconds), detail);
        tile->setDetail(stats.count > 0 ? detail : tr("None in this period"));
        tile->setWarning(stats.targetSeconds > 0 && stats.medianSeconds > stats.targetSeconds);
    };
    durationTile(m_firstResponseTile, a.firstResponseAll);
    durationTile(m_resolutionTile, a.resolutionAll);
    m_slaTile->setValue(SupervisionText::percent(a.slaTeam.met, a.slaTeam.total));
    m_slaTile->setDetail(
        tr("%1 of %2 deadlines").arg(locale.toString(a.slaTeam.met), locale.toString(a.slaTeam.total)));
    m_slaTile->setWarning(a.slaTeam.total > 0 && 100.0 * a.slaTeam.met / a.slaTeam.total < 80.0);
    m_csatTile->setValue(SupervisionText::percent(a.csatAll.satisfied, a.csatAll.responses));
    QString csatDetail = tr("%Ln answer(s)", nullptr, a.csatAll.responses);
    if (a.csatAll.responses > 0)
        csatDetail = tr("%1 · average %2").arg(csatDetail, locale.toString(a.csatAll.average, 'f', 1));
    if (a.csatAll.requests > 0)
        csatDetail =
            tr("%1 · %2 answered").arg(csatDetail, SupervisionText::percent(a.csatAll.responses, a.csatAll.requests));
    m_csatTile->setDetail(csatDetail);

    // Charts.
    ChartStyle::replaceChart(m_volumeChart, AnalyticsCharts::volumes(a));
    ChartStyle::replaceChart(m_firstResponseChart,
                             AnalyticsCharts::againstTarget(a.firstResponse, tr("First response")));
    ChartStyle::replaceChart(m_resolutionChart, AnalyticsCharts::againstTarget(a.resolution, tr("Resolution")));
    ChartStyle::replaceChart(m_csatChart, AnalyticsCharts::csatPerWeek(a));

    // Tables.
    AnalyticsTables::fillVolumes(m_volumeModel, a, AnalyticsCharts::weeklyVolumes(a.period));
    AnalyticsTables::fillDurations(m_responseModel, a);
    AnalyticsTables::fillSla(m_slaAgentModel, a.slaByAgent, nullptr, tr("Agent"));
    AnalyticsTables::fillSla(m_slaQueueModel, a.slaByQueue, &a.slaTeam, tr("Queue"));
    const int outcomeHeading = AnalyticsTables::fillTopics(m_topicModel, a);
    Q_UNUSED(outcomeHeading)
    QList<CsatFigure> csatWeeks = a.csatByWeek;
    for (CsatFigure &week : csatWeeks) {
        const QDate start = QDate::fromString(week.key, Qt::ISODate);
        if (start.isValid())
            week.label = SupervisionText::weekLong(start);
    }
    AnalyticsTables::fillCsat(m_csatWeekModel, csatWeeks, tr("Week"));
    AnalyticsTables::fillCsat(m_csatChannelModel, a.csatByChannel, tr("Channel"));
    AnalyticsTables::fillCsat(m_csatAgentModel, a.csatByAgent, tr("Agent"));

    // Queue names in the SLA table, translated.
    for (int row = 0; row < m_slaQueueModel->rowCount(); ++row) {
        if (row < a.slaByQueue.size()) {
            QStandardItem *item = m_slaQueueModel->item(row, 0);
            const QString text = InboxText::queue(a.slaByQueue.at(row).key);
            item->setText(text);
            item->setData(text, AnalyticsTables::RawRole);
        }
    }

    // Column widths and heights.
    // The name column takes what the figures leave; figures fit their contents (a few rows only).
    const auto sizeColumns = [](QTreeView *view, int shareColumn) {
        QHeaderView *header = view->header();
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column < header->count(); ++column)
            header->setSectionResizeMode(column, column == shareColumn ? QHeaderView::Interactive
                                                                       : QHeaderView::ResizeToContents);
        if (shareColumn > 0)
            header->resizeSection(shareColumn, 170);
    };
    for (QTreeView *view : {m_firstResponseTable, m_resolutionTable}) {
        // Each shows the channel and its own five figures.
        const int first =
            view == m_firstResponseTable ? AnalyticsTables::FirstResponseColumn : AnalyticsTables::ResolutionColumn;
        QHeaderView *header = view->header();
        for (int column = 1; column < AnalyticsTables::DurationColumnCount; ++column)
            view->setColumnHidden(column, column < first || column >= first + 5);
        header->setSectionResizeMode(QHeaderView::Stretch);
        header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    }
    for (QTreeView *view : {m_slaAgentTable, m_slaQueueTable})
        sizeColumns(view, AnalyticsTables::SlaShareColumn);
    for (QTreeView *view : {m_csatChannelTable, m_csatAgentTable})
        sizeColumns(view, AnalyticsTables::CsatShareColumn);
    {
        QHeaderView *header = m_topicTable->header();
        header->setSectionResizeMode(0, QHeaderView::Interactive);
        header->resizeSection(0, 210);
        for (int column = 1; column < header->count(); ++column)
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        if (header->count() > 1)
            header->setSectionResizeMode(header->count() - 1, QHeaderView::ResizeToContents);   // the change
        m_topicTable->setFirstColumnSpanned(outcomeHeading, QModelIndex(), true);
    }
    fitHeight(m_firstResponseTable, 10);
    fitHeight(m_resolutionTable, 10);
    fitHeight(m_slaAgentTable, 14);
    fitHeight(m_slaQueueTable, 14);
    fitHeight(m_topicTable, 20);
    fitHeight(m_csatChannelTable, 9);
    fitHeight(m_csatAgentTable, 14);
    updatePeriodControls();
}

void AnalyticsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_dim->setEnabled(busy && m_hasResult);
    m_recompute->setEnabled(!busy);
    updatePeriodControls();
}

bool AnalyticsPage::isBusy() const
{
    return m_busy;
}

bool AnalyticsPage::hasResult() const
{
    return m_hasResult;
}

const Analytics &AnalyticsPage::analytics() const
{
    return m_analytics;
}

QList<QChartView *> AnalyticsPage::chartViews() const
{
    return {m_volumeChart, m_firstResponseChart, m_resolutionChart, m_csatChart};
}

QStandardItemModel *AnalyticsPage::topicsModel() const
{
    return m_topicModel;
}

QList<ExportableSection *> AnalyticsPage::sections() const
{
    return m_sections;
}

QString AnalyticsPage::fileBase(const QString &what) const
{
    return QStringLiteral("%1-%2-%3").arg(what, m_period.from.toString(Qt::ISODate), m_period.to.toString(Qt::ISODate));
}

void AnalyticsPage::updatePeriodControls()
{
    const bool custom = range() == Range::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_apply->setVisible(custom);
    if (!custom) {
        m_from->setDate(m_period.from);
        m_to->setDate(m_period.to);
    }
    const QString period = SupervisionText::period(m_period.from, m_period.to);
    if (m_busy)
        m_status->setText(tr("Computing %1…").arg(period));
    else if (m_hasResult)
        m_status->setText(
            tr("%1 · computed %2").arg(period, QLocale().toString(m_computedAt.time(), QLocale::ShortFormat)));
    else
        m_status->setText(period);
}

void AnalyticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void AnalyticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResult();   // charts and tables carry words and formatted numbers
    }
    QWidget::changeEvent(event);
}

void AnalyticsPage::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_range->setItemText(int(Range::Last7Days), tr("Last 7 days"));
    m_range->setItemText(int(Range::Last30Days), tr("Last 30 days"));
    m_range->setItemText(int(Range::Last90Days), tr("Last 90 days"));
    m_range->setItemText(int(Range::Custom), tr("Custom dates…"));
    m_from->setToolTip(tr("First day"));
    m_to->setToolTip(tr("Last day"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_apply->setText(tr("Show"));
    m_recompute->setText(tr("Recompute"));
    m_volumeTile->setCaption(tr("Conversations"));
    m_firstResponseTile->setCaption(tr("First response, median"));
    m_resolutionTile->setCaption(tr("Resolution, median"));
    m_slaTile->setCaption(tr("SLA met, team"));
    m_csatTile->setCaption(tr("Satisfaction (CSAT)"));
    m_volumeSection->setTitle(tr("Conversations per channel"));
    m_responseSection->setTitle(tr("Response and resolution times against the SLA"));
    m_slaAgentSection->setTitle(tr("SLA met per agent"));
    m_slaQueueSection->setTitle(tr("SLA met per queue"));
    m_topicSection->setTitle(tr("Topics and card outcomes per week"));
    m_topicLegend->setText(tr("New conversations per topic. A week that rose by half or more over the week "
                              "before (at least %1) is marked.")
                               .arg(AnalyticsTables::SpikeMinimumCount));
    m_csatWeekSection->setTitle(tr("Satisfaction per week"));
    m_csatChannelSection->setTitle(tr("Satisfaction per channel"));
    m_csatAgentSection->setTitle(tr("Satisfaction per agent"));
    m_firstResponseTable->setAccessibleName(tr("First response per channel"));
    m_resolutionTable->setAccessibleName(tr("Resolution per channel"));
    updatePeriodControls();
}

#pragma once

#include "domain/supervision.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class ExportableSection;
class FigureTile;
class MessageBar;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGraphicsOpacityEffect;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class SupervisionService;

/// @short Analytics for a chosen period: volumes, response times against the SLA, SLA met, topics, outcomes, CSAT.
///
/// Computing runs in the service, off the GUI thread; the page shows that it
/// is busy (dimmed figures, a progress bar) and stays usable meanwhile. A
/// result for an older request is dropped. Every table exports as CSV and
/// every chart as PNG, from the buttons in its section's title.
class AnalyticsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Last7Days, Last30Days, Last90Days, Custom };
    Q_ENUM(Range)

    explicit AnalyticsPage(SupervisionService *service, QWidget *parent = nullptr);
    ~AnalyticsPage() override;

    /// Chooses a preset period (or custom, taking the dates shown) and computes it.
    void setRange(Range range);
    Range range() const;
    /// Custom dates, both inclusive; computes at once.
    void setCustomPeriod(const QDate &from, const QDate &to);
    AnalyticsPeriod period() const;
    /// Computes the current period again.
    void refresh();
    /// Computes once, the first time the page is shown.
    void ensureLoaded();

    bool isBusy() const;
    bool hasResult() const;
    const Analytics &analytics() const;
    /// Every chart view on the page (volumes, first response, resolution, CSAT).
    QList<QChartView *> chartViews() const;
    QStandardItemModel *topicsModel() const;
    QList<ExportableSection *> sections() const;

    static AnalyticsPeriod periodFor(Range range, const QDate &today);

Q_SIGNALS:
    /// A result (or a refusal) is on screen.
    void analyticsShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createContent();
    ExportableSection *addSection(const QString &objectName);
    QTreeView *addTable(ExportableSection *section, QStandardItemModel *model, bool sortable);
    QChartView *addChart(ExportableSection *section, int minimumHeight);
    void compute(const AnalyticsPeriod &period);
    void onAnalytics(const Analytics &analytics);
    void showResult();
    void setBusy(bool busy);
    void updatePeriodControls();
    void applyCustom();
    void retranslateUi();
    QString fileBase(const QString &what) const;

    QPointer<SupervisionService> m_service;
    Analytics m_analytics;
    bool m_hasResult = false;
    bool m_busy = false;
    bool m_loaded = false;
    quint64 m_generation = 0;
    AnalyticsPeriod m_period;
    AnalyticsPeriod m_requested;
    QDateTime m_computedAt;

    QLabel *m_periodLabel = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_apply = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_recompute = nullptr;
    MessageBar *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QGraphicsOpacityEffect *m_dim = nullptr;

    FigureTile *m_volumeTile = nullptr;
    FigureTile *m_firstResponseTile = nullptr;
    FigureTile *m_resolutionTile = nullptr;
    FigureTile *m_slaTile = nullptr;
    FigureTile *m_csatTile = nullptr;

    ExportableSection *m_volumeSection = nullptr;
    ExportableSection *m_responseSection = nullptr;
    QWidget *m_responseCharts = nullptr;   ///< both charts, saved together as one PNG
    ExportableSection *m_slaAgentSection = nullptr;
    ExportableSection *m_slaQueueSection = nullptr;
    ExportableSection *m_topicSection = nullptr;
    ExportableSection *m_csatWeekSection = nullptr;
    ExportableSection *m_csatChannelSection = nullptr;
    ExportableSection *m_csatAgentSection = nullptr;
    QList<ExportableSection *> m_sections;

    QChartView *m_volumeChart = nullptr;
    QChartView *m_firstResponseChart = nullptr;
    QChartView *m_resolutionChart = nullptr;
    QChartView *m_csatChart = nullptr;

    QStandardItemModel *m_volumeModel = nullptr;
    QStandardItemModel *m_responseModel = nullptr;
    QStandardItemModel *m_slaAgentModel = nullptr;
    QStandardItemModel *m_slaQueueModel = nullptr;
    QStandardItemModel *m_topicModel = nullptr;
    QStandardItemModel *m_csatWeekModel = nullptr;
    QStandardItemModel *m_csatChannelModel = nullptr;
    QStandardItemModel *m_csatAgentModel = nullptr;

    QTreeView *m_firstResponseTable = nullptr;   ///< the first response's columns of m_responseModel
    QTreeView *m_resolutionTable = nullptr;      ///< the resolution's
    QTreeView *m_slaAgentTable = nullptr;
    QTreeView *m_slaQueueTable = nullptr;
    QTreeView *m_topicTable = nullptr;
    QTreeView *m_csatChannelTable = nullptr;
    QTreeView *m_csatAgentTable = nullptr;
    QLabel *m_topicLegend = nullptr;
};

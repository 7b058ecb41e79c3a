#pragma once

#include "benchoptions.h"
#include "benchreport.h"
#include "latencysamples.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class InboxBench;
class LocalBackend;
class SupervisionBench;

/// @short Runs every measurement of carddesk-bench in order and writes the report.
///
/// Order matters: the dataset is created (or found), then carddesk is started
/// for cold start while no one else holds the database's lock, then the bench
/// opens the database itself for the service, naive, widget and memory runs.
class BenchRunner : public QObject
{
    Q_OBJECT

public:
    explicit BenchRunner(const BenchOptions &options, QObject *parent = nullptr);
    ~BenchRunner() override;

    /// Everything; returns the process exit code (non-zero when a measurement failed).
    int run();

private:
    struct DatasetResult
    {
        QString path;
        bool reused = false;
        bool ok = false;
        qint64 customers = 0;
        qint64 bytes = 0;
        double seedSeconds = -1;     ///< open + migrate + generate, this run or when generated
        double inboxSeconds = -1;    ///< the inbox's second phase (DemoDataGenerator::generateInbox)
        QString inboxOn;             ///< when that was timed
        QString seededOn;            ///< when the timing was taken, for a reused dataset
        double openMs = -1;          ///< opening the existing database on the worker
    };

    struct ColdStartResult
    {
        bool measured = false;
        QString reason;              ///< why not measured
        QStringList arguments;
        LatencySamples wall;
        QList<qint64> reportedMs;
        qint64 maxRssKb = -1;
    };

    struct QueryOutcome
    {
        int serviceRows = -1;
        bool serviceHasMore = false;
        int naiveRows = -1;
    };

    struct GuiResult
    {
        bool measured = false;
        LatencySamples paint;
        LatencySamples answer;
        double worstStallMs = 0;
        QString worstStallContext;
        int stallsOver16 = 0;
        qint64 ticks = 0;
        int keystrokes = 0;
        int skippedKeystrokes = 0;
    };

    bool prepareDataset();
    bool prepareInbox();
    void measureColdStart();
    bool openBackend();
    void measureServiceLatency();
    void measureNaiveBaseline();
    void measureKeystrokeToPaint();
    void measureMemory();
    void measureInbox();
    void measureSupervision();
    void closeBackend();
    void buildReport();
    bool writeReport();

    void fail(const QString &what);
    /// Prints @p backend's demo-data progress every tenth, labelled @p what.
    void reportSeedProgress(LocalBackend &backend, const QString &what);
    void progress(const QString &message) const;
    QString datasetPath() const;
    QString seedRecordPath() const;
    QStringList fullQueries() const;

    BenchOptions m_options;
    BenchReport m_report;
    std::unique_ptr<LocalBackend> m_backend;
    QStringList m_failures;

    DatasetResult m_dataset;
    ColdStartResult m_coldStart;
    LatencySamples m_service;
    LatencySamples m_naive;
    QString m_naiveScope;
    QHash<QString, QueryOutcome> m_outcomes;
    GuiResult m_gui;
    std::unique_ptr<InboxBench> m_inbox;
    std::unique_ptr<SupervisionBench> m_supervision;
    double m_loadAtStart = -1;
    double m_loadAtEnd = -1;
    qint64 m_benchRssKb = -1;
    qint64 m_benchPeakKb = -1;
};

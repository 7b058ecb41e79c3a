#pragma once

#include "benchoptions.h"
#include "benchreport.h"
#include "latencysamples.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

/// @short The supervisor's figures in carddesk-bench (the supervision issue's item 7).
///
/// Budget: every figure of the queue board and of the analytics for a
/// 90-day period over the 1M-conversation dataset in <= 500 ms, off the GUI
/// thread. Measured through LocalBackend's SupervisionService signed in as a
/// demo supervisor, timed on the GUI thread from the call until the result
/// arrives there, with a stall monitor showing the thread never waited.
/// Beside it, in the same run, the naive way on its own read-only connection:
/// every row of the period fetched into C++ and computed row by row with
/// SlaPolicy (and every open row for the board). The service's hourly rollup
/// is measured too: how long it takes to compute from nothing (once, after
/// generating or migrating a dataset) and how long a refresh after a change takes.
class SupervisionBench
{
public:
    using Report = std::function<void(const QString &message)>;

    SupervisionBench(const QString &databasePath, const BenchOptions &options, Report progress, Report fail);

    /// How long generating the dataset took (the runner timed it; -1: not known), for the report.
    void setDatasetTimes(double customersSeconds, double inboxSeconds, const QString &when);

    void run();
    /// Adds the summary rows to @p report.
    void addSummary(BenchReport &report) const;
    /// The section (Markdown) between the report's supervision markers.
    QString section() const;

private:
    struct NaiveFigures
    {
        int firstResponses = 0;
        qint64 firstResponseMedian = -1;
        qint64 firstResponseP90 = -1;
        int resolutions = 0;
        qint64 resolutionMedian = -1;
        qint64 resolutionP90 = -1;
        int teamTotal = 0;
        int teamMet = 0;
        int csatResponses = 0;
        int csatRequests = 0;
        int volume = 0;
        qint64 rows = 0;
    };
    struct ServiceFigures
    {
        int firstResponses = -1;
        qint64 firstResponseMedian = -1;
        qint64 firstResponseP90 = -1;
        int resolutions = -1;
        qint64 resolutionMedian = -1;
        qint64 resolutionP90 = -1;
        int teamTotal = -1;
        int teamMet = -1;
        int csatResponses = -1;
        int csatRequests = -1;
        int volume = -1;
        int boardOpen = -1;
        int boardBreached = -1;
    };

    void measureDataset();
    void measureService();
    void measureNaive();
    NaiveFigures naiveAnalytics(QString *error);
    int naiveBoard(int *breached, QString *error);

    QString m_databasePath;
    BenchOptions m_options;
    Report m_progress;
    Report m_fail;

    double m_customersSeconds = -1;
    double m_inboxSeconds = -1;
    QString m_generatedOn;
    QDate m_from;
    QDate m_to;
    qint64 m_conversations = -1;
    qint64 m_resolved = -1;
    qint64 m_open = -1;
    qint64 m_surveys = -1;
    qint64 m_answers = -1;
    qint64 m_rollupHours = -1;
    qint64 m_rollupBytes = -1;
    double m_catchUpSeconds = -1;      ///< sign-in to no stale hour left (the service's background jobs)
    int m_staleAtSignIn = -1;
    double m_rebuildSeconds = -1;      ///< every hour computed again, one job
    int m_rebuiltHours = 0;
    double m_longestCatchUpJobMs = -1;

    LatencySamples m_board;
    LatencySamples m_agents;
    LatencySamples m_analytics;
    LatencySamples m_drillDown;
    LatencySamples m_afterChange;      ///< analytics right after a reassignment (its hours computed again)
    LatencySamples m_naiveAnalytics;
    LatencySamples m_naiveBoard;
    double m_worstStallMs = -1;
    double m_idleStallMs = -1;         ///< the same monitor with nothing to do: the machine's own noise
    double m_busyStallMs = -1;         ///< the same monitor while another thread spins: sharing the cores
    QString m_worstStallContext;
    qint64 m_ticks = 0;
    ServiceFigures m_service;
    NaiveFigures m_naive;
    bool m_naiveBoardOk = false;
    int m_naiveOpen = -1;
    int m_naiveBreached = -1;
};

#pragma once

#include "benchoptions.h"
#include "benchreport.h"
#include "latencysamples.h"

#include <QString>
#include <QStringList>

#include <functional>

class LocalBackend;

/// @short The inbox measurements of carddesk-bench (the inbox issue's item 9).
///
/// Against the budgets at 1M conversations / 5M messages: switching views in
/// the real InboxPane (<= 100 ms to the painted list), opening a conversation
/// of 200 messages (<= 50 ms to the painted thread), message search through
/// the service (p95 <= 50 ms), and scrolling a view of every open
/// conversation with a GUI stall monitor running. Beside each, the naive way
/// on the same file: a QSqlTableModel over the table with a filter and a
/// sort, count(*) per view for the navigation, and LIKE over the messages.
class InboxBench
{
public:
    using Report = std::function<void(const QString &message)>;

    InboxBench(LocalBackend *backend, const QString &databasePath, const BenchOptions &options, Report progress,
               Report fail);

    void run();
    /// Adds the summary rows to @p report.
    void addSummary(BenchReport &report) const;
    /// Adds the inbox section to @p report.
    void addSection(BenchReport &report) const;

private:
    struct ViewCase
    {
        QString label;
        int view = 0;         ///< InboxView
        int channel = -1;     ///< Channel, for ByChannel
        QString naiveWhere;   ///< the same view as a plain filter on the table
    };

    QList<ViewCase> viewCases() const;
    QStringList searchTerms() const;
    qint64 ensureLongConversation();
    void measureDataset();
    void measureSearch();
    void measureNaiveSearch();
    void measurePane();
    void measureNaiveViews();

    LocalBackend *m_backend;
    QString m_databasePath;
    BenchOptions m_options;
    Report m_progress;
    Report m_fail;
    QString m_agent;

    qint64 m_conversations = -1;
    qint64 m_messages = -1;
    qint64 m_openConversations = -1;
    qint64 m_longConversation = 0;
    int m_longMessages = 0;
    double m_longSetupSeconds = -1;

    LatencySamples m_search;         ///< service, first page
    QList<QStringList> m_searchRows; ///< term, p50, rows
    LatencySamples m_naiveSearch;
    QList<QStringList> m_naiveSearchRows;
    LatencySamples m_switch;         ///< selectView -> list painted
    LatencySamples m_switchLoaded;   ///< selectView -> first page in the model
    LatencySamples m_naiveSwitch;    ///< QSqlTableModel select + counts
    LatencySamples m_naiveModelOnly; ///< QSqlTableModel select only
    LatencySamples m_open;           ///< openConversation(200 messages) -> thread painted
    LatencySamples m_openService;    ///< InboxService::thread() alone
    double m_openStallMs = -1;
    QString m_openStallContext;
    double m_worstStallMs = -1;
    QString m_worstStallContext;
    int m_stallsOver16 = 0;
    qint64 m_ticks = 0;
    int m_scrolledRows = 0;
    int m_loadedRows = 0;
    double m_scrollSeconds = 0;
    qint64 m_rssAfterScrollKb = -1;
};

#pragma once

#include <QString>

/// @short What one carddesk-bench run measures, and where.
struct BenchOptions
{
    int customers = 1000000;
    quint64 seed = 20261122;
    QString dataDir;          ///< the dataset lives in dataDir/carddesk-<customers>.db
    QString output;           ///< the Markdown report
    QString carddesk;         ///< the application binary, for cold start
    bool quick = false;       ///< fewer rounds, for the ctest smoke run
    bool fresh = false;       ///< delete an existing dataset first
    bool naiveEveryKeystroke = false;   ///< naive baseline on every prefix, not only full queries
    bool inboxOnly = false;   ///< only the inbox measurements (7-10)
    bool supervisionOnly = false;   ///< only the supervisor's figures (12); rewrites only their section
    int keyIntervalMs = 40;   ///< pause between keystrokes once the previous one is painted
    int coldStartRuns = 5;
    QString command;          ///< how this run was started, for "How to reproduce"
};

#pragma once

#include <QString>
#include <QStringList>

/// @short Starts the real carddesk binary and times it to its "ready" line.
///
/// carddesk --exit-when-ready prints "ready <ms-since-process-start> rss-kb <n>"
/// once its window is shown and the database is open, then exits 0.
class ColdStartProbe
{
public:
    struct Run
    {
        bool ok = false;
        QString error;
        qint64 wallNs = 0;          ///< QProcess::start -> the ready line read
        qint64 reportedMs = -1;     ///< the child's own ms since process start
        qint64 rssKb = -1;          ///< the child's VmRSS at ready
    };

    ColdStartProbe(const QString &program, const QStringList &arguments);

    /// Whether the program exists and its --help mentions @p option.
    static bool supportsOption(const QString &program, const QString &option, QString *helpText);

    Run runOnce(int timeoutMs) const;

private:
    QString m_program;
    QStringList m_arguments;
};

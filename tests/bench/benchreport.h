#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// @short The Markdown report: a summary table of targets, then one section per measurement.
class BenchReport
{
public:
    enum class Verdict {
        Pass,
        Miss,
        NotMeasured,
        Failed,
        Informational   ///< a figure without a target
    };

    void setTitle(const QString &title);
    void addIntro(const QString &paragraph);

    /// A row of the summary table.
    void addSummary(const QString &measurement, const QString &target, const QString &measured, Verdict verdict);

    void addHeading(const QString &heading);
    void addParagraph(const QString &paragraph);
    void addTable(const QStringList &header, const QList<QStringList> &rows);

    /// The whole report.
    QString markdown() const;
    /// Title, intro and summary only, for the terminal.
    QString summaryMarkdown() const;
    /// The sections alone, without title and summary (a section another run keeps between markers).
    QString body() const;

    static QString verdictText(Verdict verdict);
    static QString table(const QStringList &header, const QList<QStringList> &rows);
    static QString ms(double milliseconds);   ///< "3.21 ms" with sensible precision

private:
    QString summaryTable() const;

    QString m_title;
    QStringList m_intro;
    QList<QStringList> m_summary;
    QString m_body;
};

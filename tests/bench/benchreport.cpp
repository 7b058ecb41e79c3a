#include "benchreport.h"

void BenchReport::setTitle(const QString &title)
{
    m_title = title;
}

void BenchReport::addIntro(const QString &paragraph)
{
    m_intro.append(paragraph);
}

void BenchReport::addSummary(const QString &measurement, const QString &target, const QString &measured,
                             Verdict verdict)
{
    m_summary.append({measurement, target, measured, verdictText(verdict)});
}

void BenchReport::addHeading(const QString &heading)
{
    m_body += QStringLiteral("\n## ") + heading + QStringLiteral("\n\n");
}

void BenchReport::addParagraph(const QString &paragraph)
{
    m_body += paragraph + QStringLiteral("\n\n");
}

void BenchReport::addTable(const QStringList &header, const QList<QStringList> &rows)
{
    m_body += table(header, rows) + QLatin1Char('\n');
}

QString BenchReport::summaryTable() const
{
    return table({QStringLiteral("Measurement"), QStringLiteral("Target"), QStringLiteral("Measured"),
                  QStringLiteral("Result")},
                 m_summary);
}

QString BenchReport::summaryMarkdown() const
{
    QString text = QStringLiteral("# ") + m_title + QStringLiteral("\n\n");
    for (const QString &paragraph : m_intro)
        text += paragraph + QStringLiteral("\n\n");
    text += QStringLiteral("## Summary\n\n") + summaryTable();
    return text;
}

QString BenchReport::body() const
{
    return m_body;
}

QString BenchReport::markdown() const
{
    return summaryMarkdown() + m_body;
}

QString BenchReport::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Miss:
        return QStringLiteral("**miss**");
    case Verdict::NotMeasured:
        return QStringLiteral("not measured");
    case Verdict::Failed:
        return QStringLiteral("**failed**");
    case Verdict::Informational:
        return QStringLiteral("—");
    }
    return QString();
}

QString BenchReport::table(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &cells) {
        QStringList escaped;
        for (QString cell : cells)
            escaped.append(cell.replace(QLatin1Char('|'), QLatin1String("\\|")));
        return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };
    QString text = line(header);
    QStringList rule;
    for (qsizetype i = 0; i < header.size(); ++i)
        rule.append(QStringLiteral("---"));
    text += line(rule);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString BenchReport::ms(double milliseconds)
{
    if (milliseconds >= 100.0)
        return QString::number(milliseconds, 'f', 0) + QStringLiteral(" ms");
    if (milliseconds >= 10.0)
        return QString::number(milliseconds, 'f', 1) + QStringLiteral(" ms");
    return QString::number(milliseconds, 'f', 2) + QStringLiteral(" ms");
}

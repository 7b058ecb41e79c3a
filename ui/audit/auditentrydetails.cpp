#include "auditentrydetails.h"

#include "audittext.h"

#include "common/theme.h"

#include <QEvent>
#include <QJsonDocument>

namespace {

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"color:%1; padding:2px 14px 2px 0; white-space:nowrap;\">%2</td>"
                          "<td style=\"padding:2px 0;\">%3</td></tr>")
        .arg(Theme::mutedText().name(), label.toHtmlEscaped(), valueHtml);
}

QString mono(const QString &text)
{
    return QStringLiteral("<span style=\"font-family:'%1';\">%2</span>")
        .arg(Theme::monospaceFont().family(), text.toHtmlEscaped());
}

/// A 64-digit hash in two lines of 32, so it fits a narrow pane.
QString hash(const QByteArray &hex)
{
    const QString text = QString::fromLatin1(hex);
    return text.size() <= 32 ? mono(text) : mono(text.left(32)) + QStringLiteral("<br>") + mono(text.mid(32));
}

} // namespace

AuditEntryDetails::AuditEntryDetails(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("auditEntryDetails"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(16);
    showNothing();
}

void AuditEntryDetails::showEntry(const AuditEntry &entry, const QString &agentName, const QString &problem)
{
    m_empty = false;
    const QString title = AuditText::action(entry.action);
    QString html = QStringLiteral("<h3 style=\"margin:0 0 2px 0;\">%1</h3>").arg(title.toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:%1; margin:0 0 12px 0;\">%2</p>")
                .arg(Theme::mutedText().name(),
                     tr("Entry %1 · %2").arg(entry.seq).arg(AuditText::time(entry.at)).toHtmlEscaped());
    if (!problem.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1; font-weight:bold; margin:0 0 12px 0;\">%2</p>")
                    .arg(Theme::danger().name(), tr("Chain check: %1").arg(problem).toHtmlEscaped());
    }

    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
    const QString agent = agentName.isEmpty() || agentName == entry.agent
                              ? entry.agent
                              : tr("%1 (%2)", "display name (user name)").arg(agentName, entry.agent);
    table += row(tr("Agent"), agent.toHtmlEscaped());
    table += row(tr("Action"), mono(entry.action));
    table += row(tr("Subject"), AuditText::subject(entry).toHtmlEscaped() + QStringLiteral(" &nbsp;")
                                    + mono(entry.subject));
    table += row(tr("Time (UTC)"), mono(entry.at.toUTC().toString(Qt::ISODateWithMs)));
    if (!entry.commandId.isNull())
        table += row(tr("Command"), mono(entry.commandId.toString(QUuid::WithoutBraces)));
    table += QStringLiteral("</table>");
    html += table;

    html += QStringLiteral("<h4 style=\"margin:16px 0 4px 0;\">%1</h4>").arg(tr("Details").toHtmlEscaped());
    const QString json = entry.details.isEmpty()
                             ? tr("(none)")
                             : QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Indented));
    html += QStringLiteral("<pre style=\"font-family:'%1'; background:%2; padding:8px; margin:0;\">%3</pre>")
                .arg(Theme::monospaceFont().family(), Theme::window().name(), json.trimmed().toHtmlEscaped());

    html += QStringLiteral("<h4 style=\"margin:16px 0 4px 0;\">%1</h4>").arg(tr("Chain").toHtmlEscaped());
    // Each hash under its label, in full width: 64 digits do not fit beside it.
    for (const auto &[label, value] : {std::pair{tr("Previous hash"), entry.prevHash}, std::pair{tr("Hash"), entry.hash}}) {
        html += QStringLiteral("<p style=\"margin:4px 0 0 0;\"><span style=\"color:%1;\">%2</span><br>%3</p>")
                    .arg(Theme::mutedText().name(), label.toHtmlEscaped(), hash(value));
    }
    setHtml(html);
}

void AuditEntryDetails::showNothing()
{
    m_empty = true;
    setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>")
                .arg(Theme::mutedText().name(),
                     tr("Select an entry to see everything it records: the details as written, and the hashes "
                        "that chain it to the entry before.")
                         .toHtmlEscaped()));
}

void AuditEntryDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_empty)
        showNothing();
    QTextBrowser::changeEvent(event);
}

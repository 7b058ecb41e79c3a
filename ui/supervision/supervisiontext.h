#pragma once

#include "domain/supervision.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QString>

/// @short Supervisor-facing words for supervision values, in the UI language.
///
/// Channel, queue and topic names come from InboxText, durations from
/// InboxText::duration; this adds what only the supervisor's area shows.
/// Like InboxText: call again after a language change.
namespace SupervisionText {

QString presence(Presence presence);
QColor presenceColour(Presence presence);
/// A small filled dot in the presence colour, for item views.
QIcon presenceIcon(Presence presence);

/// "Waiting", "Breached", … as a drill-down names what it lists.
QString figure(QueueFigure figure);

/// How long since @p since, "2 h 14 min"; a dash when @p since is null.
QString age(const QDateTime &since, const QDateTime &now);
/// A number of seconds as a duration; a dash below 0 (no figure).
QString duration(qint64 seconds);
/// "87%" (the locale's way), a dash when @p total is 0.
QString percent(int part, int total);
QString percent(double value);
/// The dash shown where there is no figure.
QString none();

/// "W47" for the ISO week of @p weekStart.
QString weekShort(const QDate &weekStart);
/// "Week 47: 16 Nov – 22 Nov"
QString weekLong(const QDate &weekStart);
/// A date without the year in the locale's order: "16 Nov" / "16.11."
QString dayMonth(const QDate &date);
/// The format dayMonth() uses: the locale's short date format without the year.
QString dayMonthFormat();
/// "16 Nov 2026 – 22 Nov 2026", in the locale's short form.
QString period(const QDate &from, const QDate &to);

} // namespace SupervisionText

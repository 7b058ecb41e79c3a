#include "supervisiontext.h"

#include "common/theme.h"
#include "inbox/inboxtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace SupervisionText {

QString presence(Presence presence)
{
    switch (presence) {
    case Presence::Available:
        return QCoreApplication::translate("SupervisionText", "Available", "agent presence");
    case Presence::Busy:
        return QCoreApplication::translate("SupervisionText", "Busy", "agent presence");
    case Presence::Away:
        return QCoreApplication::translate("SupervisionText", "Away", "agent presence");
    case Presence::Offline:
        return QCoreApplication::translate("SupervisionText", "Offline", "agent presence");
    }
    return QString();
}

QColor presenceColour(Presence presence)
{
    switch (presence) {
    case Presence::Available:
        return Theme::success();
    case Presence::Busy:
        return QColor(0xB5, 0x4A, 0x3C);   // a muted red: occupied, not alarming
    case Presence::Away:
        return QColor(0xC9, 0x8A, 0x1A);
    case Presence::Offline:
        break;
    }
    return QColor(0xA9, 0xB4, 0xBA);
}

QIcon presenceIcon(Presence presence)
{
    static QHash<int, QIcon> cache;
    const int key = int(presence);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(12, 12) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(presenceColour(presence));
        if (presence == Presence::Offline) {
            painter.setPen(QPen(presenceColour(presence), 1.6));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawEllipse(QRectF(2, 2, 8, 8));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

QString figure(QueueFigure figure)
{
    switch (figure) {
    case QueueFigure::Open:
        return QCoreApplication::translate("SupervisionText", "Open", "open conversations");
    case QueueFigure::Waiting:
        return QCoreApplication::translate("SupervisionText", "Waiting", "conversations nobody works yet");
    case QueueFigure::InProgress:
        return QCoreApplication::translate("SupervisionText", "In progress");
    case QueueFigure::PendingCustomer:
        return QCoreApplication::translate("SupervisionText", "Pending customer");
    case QueueFigure::DueSoon:
        return QCoreApplication::translate("SupervisionText", "Due soon");
    case QueueFigure::Breached:
        return QCoreApplication::translate("SupervisionText", "Breached", "past the SLA deadline");
    }
    return QString();
}

QString none()
{
    return QStringLiteral("–");
}

QString age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return none();
    return InboxText::duration(qMax<qint64>(0, since.secsTo(now)));
}

QString duration(qint64 seconds)
{
    return seconds < 0 ? none() : InboxText::duration(seconds);
}

QString percent(int part, int total)
{
    if (total <= 0)
        return none();
    return percent(100.0 * part / total);
}

QString percent(double value)
{
    const QLocale locale;
    const int decimals = value > 0 && value < 10 && value != std::floor(value) ? 1 : 0;
    return QCoreApplication::translate("SupervisionText", "%1%", "a percentage; the number comes first")
        .arg(locale.toString(value, 'f', decimals));
}

QString weekShort(const QDate &weekStart)
{
    return QCoreApplication::translate("SupervisionText", "W%1", "ISO week number, short").arg(weekStart.weekNumber());
}

QString weekLong(const QDate &weekStart)
{
    return QCoreApplication::translate("SupervisionText", "Week %1: %2 – %3")
        .arg(weekStart.weekNumber())
        .arg(dayMonth(weekStart), dayMonth(weekStart.addDays(6)));
}

QString dayMonthFormat()
{
    // The locale's short date without its year: "d.M.yyyy" -> "d.M.", "M/d/yy" -> "M/d".
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const qsizetype y = format.indexOf(QLatin1Char('y'));
    if (y >= 0) {
        qsizetype end = y;
        while (end < format.size() && format.at(end) == QLatin1Char('y'))
            ++end;
        qsizetype start = y;
        // Drop the separator next to the year as well, keeping a trailing dot ("16.11.").
        if (end < format.size() && !format.at(end).isLetter())
            ++end;
        else if (start > 0 && !format.at(start - 1).isLetter() && format.at(start - 1) != QLatin1Char('.'))
            --start;
        format.remove(start, end - start);
    }
    return format.trimmed();
}

QString dayMonth(const QDate &date)
{
    return QLocale().toString(date, dayMonthFormat());
}

QString period(const QDate &from, const QDate &to)
{
    const QLocale locale;
    return QCoreApplication::translate("SupervisionText", "%1 – %2", "from date – to date")
        .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
}

} // namespace SupervisionText

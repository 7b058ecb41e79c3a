#include "analyticstables.h"

#include "supervisiontext.h"

#include "common/icons.h"
#include "common/theme.h"
#include "inbox/inboxtext.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QStandardItemModel>

#include <algorithm>

namespace AnalyticsTables {

namespace {

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(text, RawRole);
    item->setEditable(false);
    return item;
}

QStandardItem *numberItem(int value)
{
    auto *item = new QStandardItem(QLocale().toString(value));
    item->setData(value, RawRole);
    item->setEditable(false);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (value == 0)
        item->setForeground(QColor(0xA3, 0xAD, 0xB3));
    return item;
}

QStandardItem *durationItem(qint64 seconds)
{
    auto *item = new QStandardItem(SupervisionText::duration(seconds));
    if (seconds >= 0)
        item->setData(qRound(seconds / 6.0) / 10.0, RawRole);   // minutes, one decimal
    item->setEditable(false);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (seconds < 0)
        item->setForeground(Theme::mutedText());
    return item;
}

QStandardItem *shareItem(int part, int total)
{
    auto *item = new QStandardItem(SupervisionText::percent(part, total));
    if (total > 0)
        item->setData(qRound(1000.0 * part / total) / 10.0, RawRole);
    item->setEditable(false);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setHeader(QStandardItemModel *model, int column, const QString &text, const QString &fileText = QString())
{
    auto *item = new QStandardItem(text);
    if (!fileText.isEmpty())
        item->setData(fileText, RawRole);
    model->setHorizontalHeaderItem(column, item);
}

void makeBold(const QList<QStandardItem *> &items)
{
    for (QStandardItem *item : items) {
        QFont font = QGuiApplication::font();
        font.setWeight(QFont::Bold);
        item->setFont(font);
    }
}

QDate weekStartOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

bool isSpike(int before, int count)
{
    if (count < SpikeMinimumCount)
        return false;
    if (before <= 0)
        return true;
    return 100.0 * (count - before) / before >= SpikeMinimumRise;
}

std::optional<double> change(int before, int count)
{
    if (before <= 0)
        return std::nullopt;
    return 100.0 * (count - before) / before;
}

void fillVolumes(QStandardItemModel *model, const Analytics &analytics, bool weekly)
{
    model->clear();
    QList<Channel> channels;
    QMap<QDate, QMap<int, int>> counts;
    for (const ChannelVolume &volume : analytics.volumes) {
        if (!channels.contains(volume.channel))
            channels.append(volume.channel);
        const QDate key = weekly ? weekStartOf(volume.day) : volume.day;
        counts[key][int(volume.channel)] += volume.count;
    }
    std::sort(channels.begin(), channels.end());
    model->setColumnCount(int(channels.size()) + 2);
    setHeader(model, 0,
              weekly ? QCoreApplication::translate("AnalyticsTables", "Week")
                     : QCoreApplication::translate("AnalyticsTables", "Day"),
              weekly ? QCoreApplication::translate("AnalyticsTables", "Week starting")
                     : QCoreApplication::translate("AnalyticsTables", "Day"));
    for (int i = 0; i < channels.size(); ++i)
        setHeader(model, i + 1, InboxText::channel(channels.at(i)));
    setHeader(model, int(channels.size()) + 1, QCoreApplication::translate("AnalyticsTables", "Total"));

    // Every day (week) of the period, the quiet ones too.
    QDate day = weekly ? weekStartOf(analytics.period.from) : analytics.period.from;
    while (day.isValid() && day <= analytics.period.to) {
        const QMap<int, int> row = counts.value(day);
        auto *label =
            new QStandardItem(weekly ? SupervisionText::weekLong(day) : QLocale().toString(day, QLocale::ShortFormat));
        label->setData(day, RawRole);
        label->setEditable(false);
        QList<QStandardItem *> items{label};
        int total = 0;
        for (const Channel channel : channels) {
            const int count = row.value(int(channel));
            total += count;
            items.append(numberItem(count));
        }
        items.append(numberItem(total));
        makeBold({items.last()});
        model->appendRow(items);
        day = day.addDays(weekly ? 7 : 1);
    }
}

void fillDurations(QStandardItemModel *model, const Analytics &analytics)
{
    model->clear();
    model->setColumnCount(DurationColumnCount);
    setHeader(model, 0, QCoreApplication::translate("AnalyticsTables", "Channel"));
    // Two groups of five: first response, then resolution. On screen each group is a table of
    // its own under its chart, so the headers are short; the file's headers say it in full.
    struct Group
    {
        int first;
        QString name;
        QString count;
        QString countFile;
    };
    const Group groups[] = {
        {1, QCoreApplication::translate("AnalyticsTables", "first response"),
         QCoreApplication::translate("AnalyticsTables", "Answered"),
         QCoreApplication::translate("AnalyticsTables", "First responses")},
        {6, QCoreApplication::translate("AnalyticsTables", "resolution"),
         QCoreApplication::translate("AnalyticsTables", "Resolved"),
         QCoreApplication::translate("AnalyticsTables", "Resolutions")},
    };
    for (const Group &group : groups) {
        const auto header = [&](int offset, const QString &text, const QString &fileText, const QString &tip) {
            setHeader(model, group.first + offset, text, fileText);
            model->horizontalHeaderItem(group.first + offset)->setToolTip(tip);
            model->horizontalHeaderItem(group.first + offset)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        };
        header(0, group.count, group.countFile, QString());
        header(1, QCoreApplication::translate("AnalyticsTables", "Median"),
               QCoreApplication::translate("AnalyticsTables", "Median %1 (minutes)").arg(group.name), QString());
        header(2, QCoreApplication::translate("AnalyticsTables", "90th pct."),
               QCoreApplication::translate("AnalyticsTables", "90th percentile %1 (minutes)").arg(group.name),
               QCoreApplication::translate("AnalyticsTables", "Nine in ten took no longer than this"));
        header(3, QCoreApplication::translate("AnalyticsTables", "Target"),
               QCoreApplication::translate("AnalyticsTables", "Target %1 (minutes)").arg(group.name),
               QCoreApplication::translate("AnalyticsTables", "The SLA target for normal priority"));
        header(4, QCoreApplication::translate("AnalyticsTables", "Met", "within the SLA target"),
               QCoreApplication::translate("AnalyticsTables", "Within target %1 (%)").arg(group.name),
               QCoreApplication::translate("AnalyticsTables", "Within the SLA target"));
    }
    const auto cells = [](const DurationStats &stats) {
        QList<QStandardItem *> items{numberItem(stats.count), durationItem(stats.medianSeconds),
                                     durationItem(stats.p90Seconds), durationItem(stats.targetSeconds),
                                     shareItem(stats.met, stats.count)};
        // Over target in the median or the 90th percentile: in the warning colour.
        if (stats.targetSeconds > 0) {
            if (stats.medianSeconds > stats.targetSeconds)
                items.at(1)->setForeground(Theme::warning());
            if (stats.p90Seconds > stats.targetSeconds)
                items.at(2)->setForeground(Theme::warning());
        }
        return items;
    };
    QList<Channel> channels;
    QMap<int, DurationStats> first;
    QMap<int, DurationStats> resolution;
    for (const auto &[channel, stats] : analytics.firstResponse) {
        channels.append(channel);
        first.insert(int(channel), stats);
    }
    for (const auto &[channel, stats] : analytics.resolution) {
        if (!channels.contains(channel))
            channels.append(channel);
        resolution.insert(int(channel), stats);
    }
    for (const Channel channel : std::as_const(channels)) {
        QStandardItem *label = textItem(InboxText::channel(channel));
        label->setIcon(Icons::channel(channel));
        model->appendRow(QList<QStandardItem *>{label} + cells(first.value(int(channel)))
                         + cells(resolution.value(int(channel))));
    }
    QList<QStandardItem *> all =
        QList<QStandardItem *>{textItem(QCoreApplication::translate("AnalyticsTables", "All channels"))}
        + cells(analytics.firstResponseAll) + cells(analytics.resolutionAll);
    makeBold(all);
    model->appendRow(all);
}

void fillSla(QStandardItemModel *model, const QList<SlaShare> &shares, const SlaShare *team, const QString &keyTitle)
{
    model->clear();
    model->setColumnCount(4);
    setHeader(model, 0, keyTitle);
    setHeader(model, 1, QCoreApplication::translate("AnalyticsTables", "Measured"));
    setHeader(model, 2, QCoreApplication::translate("AnalyticsTables", "Met"));
    setHeader(model, SlaShareColumn, QCoreApplication::translate("AnalyticsTables", "SLA met"),
              QCoreApplication::translate("AnalyticsTables", "SLA met (%)"));
    model->horizontalHeaderItem(1)->setToolTip(QCoreApplication::translate(
        "AnalyticsTables", "First responses and resolutions with a deadline in the period"));
    for (const SlaShare &share : shares) {
        model->appendRow({textItem(share.label.isEmpty() ? share.key : share.label), numberItem(share.total),
                          numberItem(share.met), shareItem(share.met, share.total)});
    }
    if (team) {
        QList<QStandardItem *> items{textItem(QCoreApplication::translate("AnalyticsTables", "Whole team")),
                                     numberItem(team->total), numberItem(team->met), shareItem(team->met, team->total)};
        makeBold(items);
        model->appendRow(items);
    }
}

int fillTopics(QStandardItemModel *model, const Analytics &analytics)
{
    model->clear();
    // The weeks, oldest first, and each topic's counts.
    QList<QDate> weeks;
    QMap<QString, QMap<QDate, int>> counts;
    QMap<QString, int> totals;
    for (const TopicWeek &week : analytics.topics) {
        if (!weeks.contains(week.weekStart))
            weeks.append(week.weekStart);
        counts[week.topic][week.weekStart] += week.count;
        totals[week.topic] += week.count;
    }
    for (const OutcomeWeek &week : analytics.outcomes) {
        if (!weeks.contains(week.weekStart))
            weeks.append(week.weekStart);
    }
    std::sort(weeks.begin(), weeks.end());

    const int changeColumn = int(weeks.size()) + 1;
    model->setColumnCount(changeColumn + 1);
    setHeader(model, 0, QCoreApplication::translate("AnalyticsTables", "Topic"));
    for (int i = 0; i < weeks.size(); ++i) {
        const QDate week = weeks.at(i);
        QString header = SupervisionText::weekShort(week);
        const bool partial = week.addDays(6) > analytics.period.to;
        const bool before = week < weekStartOf(analytics.period.from);
        if (partial)
            header = QCoreApplication::translate("AnalyticsTables", "%1\nso far", "a week not over yet").arg(header);
        setHeader(model, i + 1, header, week.toString(Qt::ISODate));   // the file: the week's Monday
        QStandardItem *headerItem = model->horizontalHeaderItem(i + 1);
        headerItem->setToolTip(
            before ? QCoreApplication::translate("AnalyticsTables", "%1, the week before the period, for the change")
                         .arg(SupervisionText::weekLong(week))
                   : SupervisionText::weekLong(week));
        headerItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    // The change column compares the last whole week with the one before it.
    int changeWeek = int(weeks.size()) - 1;
    if (changeWeek >= 2 && weeks.at(changeWeek).addDays(6) > analytics.period.to)
        --changeWeek;
    const QString changeOf = changeWeek >= 1 ? SupervisionText::weekShort(weeks.at(changeWeek)) : QString();
    setHeader(model, changeColumn,
              changeOf.isEmpty()
                  ? QCoreApplication::translate("AnalyticsTables", "Change")
                  : QCoreApplication::translate("AnalyticsTables", "Change\n%1", "change in week 47").arg(changeOf),
              QCoreApplication::translate("AnalyticsTables", "Change in %1 over the week before (%)").arg(changeOf));
    if (changeWeek >= 1)
        model->horizontalHeaderItem(changeColumn)
            ->setToolTip(QCoreApplication::translate("AnalyticsTables", "%1 against %2")
                             .arg(SupervisionText::weekLong(weeks.at(changeWeek)),
                                  SupervisionText::weekLong(weeks.at(changeWeek - 1))));
    model->horizontalHeaderItem(changeColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Busiest topics first.
    QStringList topics = counts.keys();
    std::sort(topics.begin(), topics.end(), [&totals](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });

    const QColor spikeBackground(0xFB, 0xEF, 0xD2);   // the warning pill's background
    const auto addWeeklyRow = [&](const QString &label, const QList<int> &values, bool markSpikes) {
        QList<QStandardItem *> items{textItem(label)};
        for (int i = 0; i < values.size(); ++i) {
            QStandardItem *item = numberItem(values.at(i));
            if (markSpikes && i > 0 && isSpike(values.at(i - 1), values.at(i))) {
                item->setData(true, SpikeRole);
                item->setBackground(spikeBackground);
                item->setForeground(Theme::warning());
                QFont font = QGuiApplication::font();
                font.setWeight(QFont::Bold);
                item->setFont(font);
                const std::optional<double> rise = change(values.at(i - 1), values.at(i));
                item->setToolTip(
                    rise ? QCoreApplication::translate("AnalyticsTables", "Up %1 on the week before (%2 → %3)")
                               .arg(SupervisionText::percent(*rise))
                               .arg(values.at(i - 1))
                               .arg(values.at(i))
                         : QCoreApplication::translate("AnalyticsTables", "New this week: %1, none the week before")
                               .arg(values.at(i)));
            }
            items.append(item);
        }
        // The change of the last whole week (a week not over yet would always look like a drop).
        const int last = changeWeek >= 0 && changeWeek < values.size() ? values.at(changeWeek) : 0;
        const int before = changeWeek >= 1 && changeWeek - 1 < values.size() ? values.at(changeWeek - 1) : 0;
        const std::optional<double> delta = change(before, last);
        auto *changeItem = new QStandardItem;
        changeItem->setEditable(false);
        changeItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (delta) {
            const QString sign = *delta > 0.5 ? QStringLiteral("+") : *delta < -0.5 ? QStringLiteral("−") : QString();
            changeItem->setText(sign + SupervisionText::percent(std::abs(std::round(*delta))));
            changeItem->setData(std::round(*delta * 10) / 10.0, RawRole);
        } else {
            changeItem->setText(last > 0 ? QCoreApplication::translate("AnalyticsTables", "new")
                                         : SupervisionText::none());
        }
        if (markSpikes && isSpike(before, last)) {
            changeItem->setBackground(spikeBackground);
            changeItem->setForeground(Theme::warning());
            QFont font = QGuiApplication::font();
            font.setWeight(QFont::Bold);
            changeItem->setFont(font);
            changeItem->setData(true, SpikeRole);
        } else if (!delta || std::abs(*delta) < 0.5) {
            changeItem->setForeground(Theme::mutedText());
        }
        items.append(changeItem);
        model->appendRow(items);
    };

    for (const QString &topic : std::as_const(topics)) {
        QList<int> values;
        for (const QDate &week : std::as_const(weeks))
            values.append(counts.value(topic).value(week));
        addWeeklyRow(InboxText::topic(topic), values, true);
    }

    // The card outcomes, under a heading row.
    const int headingRow = model->rowCount();
    QList<QStandardItem *> heading{textItem(QCoreApplication::translate("AnalyticsTables", "Card outcomes"))};
    for (int column = 1; column <= changeColumn; ++column) {
        auto *blank = new QStandardItem;
        blank->setEditable(false);
        heading.append(blank);
    }
    for (QStandardItem *item : heading)
        item->setBackground(Theme::window());
    makeBold({heading.first()});
    heading.first()->setForeground(Theme::mutedText());
    model->appendRow(heading);
    QMap<QDate, OutcomeWeek> outcomes;
    for (const OutcomeWeek &week : analytics.outcomes)
        outcomes.insert(week.weekStart, week);
    const auto outcomeRow = [&](const QString &label, int OutcomeWeek::*field) {
        QList<int> values;
        for (const QDate &week : std::as_const(weeks))
            values.append(outcomes.value(week).*field);
        addWeeklyRow(label, values, true);
    };
    outcomeRow(QCoreApplication::translate("AnalyticsTables", "Cards locked"), &OutcomeWeek::locks);
    outcomeRow(QCoreApplication::translate("AnalyticsTables", "Cards replaced"), &OutcomeWeek::replacements);
    outcomeRow(QCoreApplication::translate("AnalyticsTables", "Disputes filed"), &OutcomeWeek::disputes);
    return headingRow;
}

void fillCsat(QStandardItemModel *model, const QList<CsatFigure> &figures, const QString &keyTitle)
{
    model->clear();
    model->setColumnCount(4);
    setHeader(model, 0, keyTitle);
    setHeader(model, 1, QCoreApplication::translate("AnalyticsTables", "Answers"));
    setHeader(model, CsatShareColumn, QCoreApplication::translate("AnalyticsTables", "CSAT"),
              QCoreApplication::translate("AnalyticsTables", "CSAT (% answering 4 or 5)"));
    setHeader(model, 3, QCoreApplication::translate("AnalyticsTables", "Average"),
              QCoreApplication::translate("AnalyticsTables", "Average score (1–5)"));
    model->horizontalHeaderItem(CsatShareColumn)
        ->setToolTip(QCoreApplication::translate("AnalyticsTables", "The share of answers that are 4 or 5 out of 5"));
    for (const CsatFigure &figure : figures) {
        QString label = figure.label.isEmpty() ? figure.key : figure.label;
        bool ok = false;
        const Channel channel = ConversationNames::channelFromName(figure.key, &ok);
        QStandardItem *key = textItem(ok ? InboxText::channel(channel) : label);
        if (ok)
            key->setIcon(Icons::channel(channel));
        auto *average = new QStandardItem(figure.responses > 0 ? QLocale().toString(figure.average, 'f', 2)
                                                               : SupervisionText::none());
        if (figure.responses > 0)
            average->setData(std::round(figure.average * 100) / 100.0, RawRole);
        average->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        average->setEditable(false);
        model->appendRow({key, numberItem(figure.responses), shareItem(figure.satisfied, figure.responses), average});
    }
}

} // namespace AnalyticsTables

#pragma once

#include "domain/supervision.h"

#include <QString>

class QStandardItemModel;

/// @short Fills the analytics tables from one Analytics result, in the UI language.
///
/// Every cell carries its raw value in Qt::UserRole (numbers, minutes,
/// percentages) for sorting and for the CSV export; headers carry the
/// file's wording (with units) in Qt::UserRole too. A week whose count of a
/// topic rose sharply over the week before is marked (SpikeRole) and tinted.
namespace AnalyticsTables {

enum Role {
    RawRole = Qt::UserRole,
    SpikeRole = Qt::UserRole + 1   ///< bool: a sharp week-on-week rise
};

/// Column of the share bars in fillSla() and fillCsat().
constexpr int SlaShareColumn = 3;
constexpr int CsatShareColumn = 2;

/// A rise counts as a spike from this many conversations a week...
constexpr int SpikeMinimumCount = 10;
/// ...when it is at least this many percent over the week before.
constexpr double SpikeMinimumRise = 50.0;

/// Whether going from @p before to @p count in a week is a spike.
bool isSpike(int before, int count);
/// Week-on-week change in percent; nullopt when the week before had none.
std::optional<double> change(int before, int count);

/// One row per day (or per week for periods over 31 days): date, a column per channel, total.
void fillVolumes(QStandardItemModel *model, const Analytics &analytics, bool weekly);
/// Columns of fillDurations(): the channel, then first response and resolution (count, median, 90th, target, met).
constexpr int DurationColumnCount = 11;
constexpr int FirstResponseColumn = 1;   ///< the first of the first response's five
constexpr int ResolutionColumn = 6;      ///< the first of the resolution's five
/// One row per channel and a row for all: first response, then resolution.
void fillDurations(QStandardItemModel *model, const Analytics &analytics);
/// One row per agent (or queue), the team last when given: measured, met, share.
void fillSla(QStandardItemModel *model, const QList<SlaShare> &shares, const SlaShare *team, const QString &keyTitle);
/// Topics by week with the change of the last week; then the card outcomes by week.
/// Returns the row of the "Card outcomes" heading.
int fillTopics(QStandardItemModel *model, const Analytics &analytics);
/// One row per key: answers, CSAT, average score.
void fillCsat(QStandardItemModel *model, const QList<CsatFigure> &figures, const QString &keyTitle);

} // namespace AnalyticsTables

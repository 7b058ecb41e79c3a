#pragma once

#include <QList>
#include <QString>
#include <QStringView>

/// @short Primary account numbers (PANs): Luhn checks and masking.
///
/// Security invariant: no full card number is stored, logged or shown.
/// Every 13-19 digit Luhn-valid run in text that enters CardDesk is masked
/// to first six + last four before it is stored, indexed or displayed.
namespace CardNumber {

struct Match
{
    qsizetype start = 0;   ///< offset of the first digit in the text
    qsizetype length = 0;  ///< length in the text, separators included
    QString digits;        ///< the digits only
};

/// True if @p digits (digits only) passes the Luhn check.
bool isLuhnValid(QStringView digits);

/// Runs of 13-19 digits that pass Luhn. Digits may be grouped by single
/// spaces, hyphens or dots ("5413 3300 8901 2345"); a run glued to further
/// digits or letters on either side is not a card number.
QList<Match> findInText(QStringView text);

bool containsCardNumber(QStringView text);

/// Replaces every match with its first six and last four digits, the middle
/// digits replaced by '*', separators kept: "5413 33** **** 2345".
QString maskInText(const QString &text, int *maskedCount = nullptr);

/// Display form of a stored masked PAN: "5413 33•• •••• 2345".
QString displayMasked(QStringView bin6, QStringView last4);

} // namespace CardNumber

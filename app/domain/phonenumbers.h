#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// @short Phone numbers via libphonenumber (Google's metadata, Debian package).
///
/// Numbers are stored in E.164 ("+358401234567"). Regions are ISO 3166
/// codes: "FI", "SE", "NO".
namespace PhoneNumbers {

/// E.164 form of @p input, parsed with @p defaultRegion when it has no
/// country code; an empty string when it is not a valid number.
QString toE164(QStringView input, QStringView defaultRegion);

/// Every valid E.164 reading of @p input: with a '+' or 00 prefix only that
/// one; otherwise one per region among FI, SE and NO that accepts it.
QStringList candidatesE164(QStringView input);

/// True when @p input contains only digits and the characters "+-()./ "
/// and has at least five digits.
bool looksLikePhoneNumber(QStringView input);

/// "+358 40 1234567"
QString formatInternational(const QString &e164);

/// "040 1234567" (national format of the number's own region)
QString formatNational(const QString &e164);

/// National significant digits with the trunk prefix: "0401234567".
QString nationalDigits(const QString &e164);

} // namespace PhoneNumbers

#pragma once

#include <QChar>
#include <QStringView>

/// @short The countries CardDesk serves, and the digit tests their identifiers need.
namespace NordicCountry {

enum class Country {
    Unknown,
    Finland,
    Sweden,
    Norway
};

/// "FI", "SE", "NO" in any case; anything else is Unknown.
Country fromCode(QStringView code);

bool isAsciiDigit(QChar c);

/// True for a non-empty run of ASCII digits only.
bool allDigits(QStringView text);

} // namespace NordicCountry

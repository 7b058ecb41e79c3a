#pragma once

#include <QString>
#include <QStringView>

/// @short Validation of contact details entered by an agent.
///
/// Each function returns an empty string when the value is acceptable, or a
/// translated, human sentence saying what is wrong and what to do
/// ("Enter a Finnish postcode of five digits, for example 00100.").
/// Country is "FI", "SE" or "NO".
namespace ContactValidator {

QString checkEmail(QStringView email);
QString checkPhone(QStringView phone, QStringView country);
QString checkPostcode(QStringView postcode, QStringView country);
QString checkStreet(QStringView street);
QString checkCity(QStringView city);

/// Canonical stored form: "00100", "123 45", "0150".
QString normalizePostcode(QStringView postcode, QStringView country);

} // namespace ContactValidator

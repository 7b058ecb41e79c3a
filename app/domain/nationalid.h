#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

/// @short Nordic national identity numbers: validation, masking, demo generation.
///
/// FI henkilötunnus DDMMYYCZZZQ (century sign +, -, A; check char mod 31),
/// SE personnummer YYMMDD-ZZZQ (Luhn over the ten digits; '+' after 100),
/// NO fødselsnummer DDMMYYIIIKK (two mod-11 check digits).
/// Country codes are "FI", "SE", "NO".
namespace NationalId {

bool isValid(QStringView id, QStringView country);

/// Birth date part kept, the personal part hidden: "150385-****",
/// "850315-****", "150385*****". Never reveals the check characters.
QString mask(QStringView id, QStringView country);

/// A valid identity number for @p birthDate. @p serial selects the
/// individual number (taken modulo its range); @p female sets its parity.
QString generate(QStringView country, const QDate &birthDate, int serial, bool female);

} // namespace NationalId

#include "nationalid.h"

#include "nordiccountry.h"

namespace NationalId {

namespace {

using NordicCountry::Country;
using NordicCountry::allDigits;
using NordicCountry::isAsciiDigit;

Country countryOf(QStringView country)
{
    return NordicCountry::fromCode(country);
}

/// Value of the ASCII digits in @p s (the caller has checked them).
int number(QStringView s)
{
    int value = 0;
    for (QChar c : s)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

/// Non-negative remainder, whatever the sign of @p value.
int wrap(int value, int modulus)
{
    const int r = value % modulus;
    return r < 0 ? r + modulus : r;
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, QLatin1Char('0'));
}

QString threeDigits(int value)
{
    return QString::number(value).rightJustified(3, QLatin1Char('0'));
}

// --- Finland: DDMMYYCZZZQ ---------------------------------------------------

const char FinnishCheckChars[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/// The century a Finnish century sign stands for, or 0. Since 2023 the
/// signs B-F (2000s) and U-Y (1900s) are issued besides '+', '-' and 'A'.
int finnishCentury(QChar sign)
{
    switch (sign.toUpper().unicode()) {
    case u'+':
        return 1800;
    case u'-':
    case u'U':
    case u'V':
    case u'W':
    case u'X':
    case u'Y':
        return 1900;
    case u'A':
    case u'B':
    case u'C':
    case u'D':
    case u'E':
    case u'F':
        return 2000;
    default:
        return 0;
    }
}

QChar finnishCheckChar(QStringView dateDigits, QStringView individual)
{
    const qint64 value = qint64(number(dateDigits)) * 1000 + number(individual);
    return QLatin1Char(FinnishCheckChars[value % 31]);
}

bool isValidFinnish(QStringView id)
{
    if (id.size() != 11)
        return false;
    const QStringView date = id.first(6);
    const QStringView individual = id.sliced(7, 3);
    if (!allDigits(date) || !allDigits(individual))
        return false;
    const int century = finnishCentury(id.at(6));
    if (century == 0)
        return false;
    const QDate birth(century + number(date.sliced(4, 2)), number(date.sliced(2, 2)),
                      number(date.first(2)));
    if (!birth.isValid())
        return false;
    if (number(individual) < 2)   // 000 and 001 are never issued
        return false;
    return id.at(10).toUpper() == finnishCheckChar(date, individual);
}

QString generateFinnish(const QDate &birthDate, int serial, bool female)
{
    QChar sign;
    switch (birthDate.year() / 100) {
    case 18:
        sign = QLatin1Char('+');
        break;
    case 19:
        sign = QLatin1Char('-');
        break;
    case 20:
        sign = QLatin1Char('A');
        break;
    default:
        return QString();
    }
    // Ordinary individual numbers run 002-899; odd for men, even for women.
    const int pair = wrap(serial, 449);
    const int individual = 2 + 2 * pair + (female ? 0 : 1);
    const QString date = twoDigits(birthDate.day()) + twoDigits(birthDate.month())
            + twoDigits(birthDate.year() % 100);
    const QString zzz = threeDigits(individual);
    return date + sign + zzz + finnishCheckChar(date, zzz);
}

// --- Sweden: [CC]YYMMDD[-+]NNNC -----------------------------------------------

struct SwedishParts
{
    QStringView century;   ///< "19", or empty in the ten-digit form (views the input)
    QString tenDigits;     ///< YYMMDDNNNC, without century and separator
    QChar separator;       ///< '-', '+' or null
    bool valid = false;
};

SwedishParts splitSwedish(QStringView id)
{
    SwedishParts parts;
    qsizetype dateLength = 0;
    if (id.size() == 10 || id.size() == 12) {
        dateLength = id.size() - 4;
    } else if (id.size() == 11 || id.size() == 13) {
        dateLength = id.size() - 5;
        parts.separator = id.at(dateLength);
        if (parts.separator != QLatin1Char('-') && parts.separator != QLatin1Char('+'))
            return parts;
    } else {
        return parts;
    }
    const QStringView date = id.first(dateLength);
    const QStringView personal = id.last(4);
    if (!allDigits(date) || !allDigits(personal))
        return parts;
    if (dateLength == 8)
        parts.century = date.first(2);
    parts.tenDigits = date.last(6).toString();
    parts.tenDigits.append(personal);
    parts.valid = true;
    return parts;
}

bool luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitAt(digits, i);
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

int luhnCheckDigit(QStringView nineDigits)
{
    int sum = 0;
    for (qsizetype i = 0; i < nineDigits.size(); ++i) {
        int d = digitAt(nineDigits, i);
        if (i % 2 == 0) {   // weights 2,1,2,1,… from the left
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

bool isValidSwedish(QStringView id)
{
    const SwedishParts parts = splitSwedish(id);
    if (!parts.valid || !luhnValid(parts.tenDigits))
        return false;

    const int yy = number(parts.tenDigits.first(2));
    const int month = number(parts.tenDigits.sliced(2, 2));
    int day = number(parts.tenDigits.sliced(4, 2));
    if (day > 60)
        day -= 60;   // samordningsnummer (coordination number)

    int year = 0;
    if (!parts.century.isEmpty()) {
        year = number(parts.century) * 100 + yy;
    } else {
        // Ten-digit form: '-' (or none) under 100 years of age, '+' from the
        // year the person turns 100.
        const int thisYear = QDate::currentDate().year();
        year = thisYear - wrap(thisYear - yy, 100);
        if (parts.separator == QLatin1Char('+'))
            year -= 100;
    }
    return QDate(year, month, day).isValid();
}

QString generateSwedish(const QDate &birthDate, int serial, bool female)
{
    if (!birthDate.isValid() || birthDate.year() < 1800)
        return QString();
    // The third digit of the birth number is odd for men, even for women.
    const int pair = wrap(serial, 499);
    const int birthNumber = 2 + 2 * pair + (female ? 0 : 1);
    const QString nine = twoDigits(birthDate.year() % 100) + twoDigits(birthDate.month())
            + twoDigits(birthDate.day()) + threeDigits(birthNumber);
    const QChar separator = QDate::currentDate().year() - birthDate.year() >= 100
            ? QLatin1Char('+') : QLatin1Char('-');
    return nine.first(6) + separator + nine.sliced(6)
            + QLatin1Char(char('0' + luhnCheckDigit(nine)));
}

// --- Norway: DDMMYYIIIKK --------------------------------------------------------

/// Check digit for weights @p weights over the first @p count digits, or -1
/// when the remainder makes the number impossible (check digit 10).
int norwegianCheckDigit(const int *digits, const int *weights, int count)
{
    int sum = 0;
    for (int i = 0; i < count; ++i)
        sum += digits[i] * weights[i];
    const int check = 11 - sum % 11;
    if (check == 11)
        return 0;
    if (check == 10)
        return -1;
    return check;
}

constexpr int NorwegianWeights1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr int NorwegianWeights2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

/// The year of birth for two-digit year @p yy and individual number
/// @p individual, or 0 when that combination is never issued.
int norwegianYear(int yy, int individual)
{
    if (individual <= 499)
        return 1900 + yy;
    if (individual <= 749 && yy >= 54)
        return 1800 + yy;
    if (individual >= 500 && yy <= 39)
        return 2000 + yy;
    if (individual >= 900 && yy >= 40)
        return 1900 + yy;
    return 0;
}

bool isValidNorwegian(QStringView id)
{
    if (id.size() != 11 || !allDigits(id))
        return false;
    int digits[11];
    for (int i = 0; i < 11; ++i)
        digits[i] = digitAt(id, i);
    const int k1 = norwegianCheckDigit(digits, NorwegianWeights1, 9);
    if (k1 < 0 || k1 != digits[9])
        return false;
    const int k2 = norwegianCheckDigit(digits, NorwegianWeights2, 10);
    if (k2 < 0 || k2 != digits[10])
        return false;

    int day = number(id.first(2));
    if (day > 40)
        day -= 40;   // D-nummer
    const int month = number(id.sliced(2, 2));
    const int year = norwegianYear(number(id.sliced(4, 2)), number(id.sliced(6, 3)));
    return year != 0 && QDate(year, month, day).isValid();
}

QString generateNorwegian(const QDate &birthDate, int serial, bool female)
{
    const int year = birthDate.year();
    int first = 0;   // individual numbers first..last for this century
    int last = 0;
    if (year >= 1900 && year <= 1999) {
        first = 0;
        last = 499;
    } else if (year >= 2000 && year <= 2039) {
        first = 500;
        last = 999;
    } else if (year >= 1854 && year <= 1899) {
        first = 500;
        last = 749;
    } else {
        return QString();
    }
    const QString date = twoDigits(birthDate.day()) + twoDigits(birthDate.month())
            + twoDigits(year % 100);
    int digits[11];
    for (int i = 0; i < 6; ++i)
        digits[i] = digitAt(date, i);

    // The third individual digit is odd for men, even for women. About one
    // number in five has no valid check digits; walk on to the next one.
    const int pairs = (last - first + 1) / 2;
    const int start = wrap(serial, pairs);
    for (int step = 0; step < pairs; ++step) {
        const int individual = first + 2 * ((start + step) % pairs) + (female ? 0 : 1);
        digits[6] = individual / 100;
        digits[7] = individual / 10 % 10;
        digits[8] = individual % 10;
        const int k1 = norwegianCheckDigit(digits, NorwegianWeights1, 9);
        if (k1 < 0)
            continue;
        digits[9] = k1;
        const int k2 = norwegianCheckDigit(digits, NorwegianWeights2, 10);
        if (k2 < 0)
            continue;
        digits[10] = k2;
        QString id;
        id.reserve(11);
        for (int d : digits)
            id += QLatin1Char(char('0' + d));
        return id;
    }
    return QString();
}

} // namespace

bool isValid(QStringView id, QStringView country)
{
    const QStringView trimmed = id.trimmed();
    switch (countryOf(country)) {
    case Country::Finland:
        return isValidFinnish(trimmed);
    case Country::Sweden:
        return isValidSwedish(trimmed);
    case Country::Norway:
        return isValidNorwegian(trimmed);
    case Country::Unknown:
        break;
    }
    return false;
}

QString mask(QStringView id, QStringView country)
{
    const QStringView trimmed = id.trimmed();
    if (!isValid(trimmed, country)) {
        // Nothing of a malformed number is shown: it may be a typo of a
        // real one.
        return QString(trimmed.size(), QLatin1Char('*'));
    }
    switch (countryOf(country)) {
    case Country::Finland:
        return trimmed.first(7).toString().toUpper() + QLatin1StringView("****");
    case Country::Sweden: {
        const SwedishParts parts = splitSwedish(trimmed);
        const QChar separator = parts.separator.isNull() ? QLatin1Char('-') : parts.separator;
        return parts.century.toString() + parts.tenDigits.first(6) + separator
                + QLatin1StringView("****");
    }
    case Country::Norway:
        return trimmed.first(6).toString() + QLatin1StringView("*****");
    case Country::Unknown:
        break;
    }
    return QString();
}

QString generate(QStringView country, const QDate &birthDate, int serial, bool female)
{
    if (!birthDate.isValid())
        return QString();
    switch (countryOf(country)) {
    case Country::Finland:
        return generateFinnish(birthDate, serial, female);
    case Country::Sweden:
        return generateSwedish(birthDate, serial, female);
    case Country::Norway:
        return generateNorwegian(birthDate, serial, female);
    case Country::Unknown:
        break;
    }
    return QString();
}

} // namespace NationalId

#include "contactvalidator.h"

#include "nordiccountry.h"

#include "phonenumbers.h"

#include <QCoreApplication>
#include <QUrl>

namespace ContactValidator {

namespace {

constexpr qsizetype MaxEmailLength = 254;
constexpr qsizetype MaxLocalPartLength = 64;
constexpr qsizetype MaxAddressLineLength = 100;

using NordicCountry::Country;
using NordicCountry::allDigits;
using NordicCountry::isAsciiDigit;

Country countryOf(QStringView country)
{
    return NordicCountry::fromCode(country);
}

/// C0/C1 controls, zero-width and bidi format characters, and unpaired surrogates.
bool hasControlCharacters(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            return true;
    }
    return false;
}

bool hasLetter(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = text.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        }
        if (QChar::isLetter(cp))
            return true;
    }
    return false;
}

bool hasWhiteSpace(QStringView text)
{
    for (QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

/// Characters an address outside quotes may not hold (RFC 5322 specials).
bool isForbiddenInEmail(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'(': case u')': case u',': case u':': case u';':
    case u'<': case u'>': case u'[': case u']': case u'\\':
        return true;
    default:
        return false;
    }
}

QString checkLocalPart(QStringView local)
{
    if (local.isEmpty())
        return QCoreApplication::translate("ContactValidator",
                "Enter the part before the @ sign too, for example name@example.com.");
    if (local.size() > MaxLocalPartLength)
        return QCoreApplication::translate("ContactValidator",
                "The part before the @ sign is too long. It can have at most 64 characters.");
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
            || local.contains(QLatin1StringView("..")))
        return QCoreApplication::translate("ContactValidator",
                "The part before the @ sign cannot start or end with a dot or have two dots in "
                "a row. Check the address with the customer.");
    return QString();
}

QString checkDomain(QStringView domain)
{
    const QString mustHaveDot = QCoreApplication::translate("ContactValidator",
            "Enter the domain after the @ sign with at least one dot, for example "
            "name@example.com.");
    if (domain.isEmpty() || !domain.contains(QLatin1Char('.')))
        return mustHaveDot;
    if (domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
            || domain.contains(QLatin1StringView("..")))
        return QCoreApplication::translate("ContactValidator",
                "The domain after the @ sign cannot start or end with a dot or have two dots "
                "in a row. Check the address with the customer.");

    // Each label: letters (any script), digits and inner hyphens.
    const QList<QStringView> labels = domain.split(QLatin1Char('.'));
    for (const QStringView label : labels) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return QCoreApplication::translate("ContactValidator",
                    "A part of the domain after the @ sign cannot start or end with a hyphen. "
                    "Check the address with the customer.");
        for (QChar c : label) {
            if (c != QLatin1Char('-') && !c.isLetterOrNumber() && !c.isMark() && !c.isSurrogate())
                return QCoreApplication::translate("ContactValidator",
                        "The domain after the @ sign can contain only letters, digits, hyphens "
                        "and dots. Check the address with the customer.");
        }
    }
    const QStringView topLevel = labels.last();
    if (topLevel.size() < 2 || allDigits(topLevel))
        return QCoreApplication::translate("ContactValidator",
                "The domain after the @ sign must end in a name such as .fi or .com. Check the "
                "address with the customer.");

    // Internationalised domains must have a valid ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(domain.toString());
    if (ace.isEmpty() || ace.size() > 253)
        return QCoreApplication::translate("ContactValidator",
                "The domain after the @ sign is not a valid internet domain. Check the address "
                "with the customer.");
    return QString();
}

} // namespace

QString checkEmail(QStringView email)
{
    if (email.trimmed().isEmpty())
        return QCoreApplication::translate("ContactValidator",
                "Enter an email address, for example name@example.com.");
    if (email.size() > MaxEmailLength)
        return QCoreApplication::translate("ContactValidator",
                "The email address is too long. An address can have at most 254 characters.");
    if (hasControlCharacters(email))
        return QCoreApplication::translate("ContactValidator",
                "The email address contains invisible control characters. Type the address "
                "again instead of pasting it.");
    if (hasWhiteSpace(email))
        return QCoreApplication::translate("ContactValidator",
                "An email address cannot contain spaces. Remove the spaces and try again.");

    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at < 0)
        return QCoreApplication::translate("ContactValidator",
                "An email address needs an @ sign, for example name@example.com.");
    if (email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return QCoreApplication::translate("ContactValidator",
                "An email address can have only one @ sign. Check the address with the "
                "customer.");

    for (QChar c : email) {
        if (isForbiddenInEmail(c))
            return QCoreApplication::translate("ContactValidator",
                    "The email address contains a character that cannot be used in an address, "
                    "such as a comma, a bracket or a quotation mark. Remove it and try again.");
    }

    const QString localError = checkLocalPart(email.first(at));
    if (!localError.isEmpty())
        return localError;
    return checkDomain(email.sliced(at + 1));
}

QString checkPhone(QStringView phone, QStringView country)
{
    const QStringView trimmed = phone.trimmed();
    const Country c = countryOf(country);
    if (trimmed.isEmpty()) {
        switch (c) {
        case Country::Finland:
            return QCoreApplication::translate("ContactValidator",
                    "Enter a phone number, for example 040 123 4567 or +358 40 123 4567.");
        case Country::Sweden:
            return QCoreApplication::translate("ContactValidator",
                    "Enter a phone number, for example 070 123 45 67 or +46 70 123 45 67.");
        case Country::Norway:
            return QCoreApplication::translate("ContactValidator",
                    "Enter a phone number, for example 412 34 567 or +47 412 34 567.");
        case Country::Unknown:
            break;
        }
        return QCoreApplication::translate("ContactValidator",
                "Enter a phone number with its country code, for example +358 40 123 4567.");
    }
    if (!PhoneNumbers::looksLikePhoneNumber(trimmed))
        return QCoreApplication::translate("ContactValidator",
                "A phone number can contain only digits, spaces and the characters + - ( ) . / "
                "and needs at least five digits. Check the number and try again.");

    const QStringView region = c == Country::Unknown ? QStringView(u"ZZ") : country;
    if (!PhoneNumbers::toE164(trimmed, region).isEmpty())
        return QString();

    switch (c) {
    case Country::Finland:
        return QCoreApplication::translate("ContactValidator",
                "This is not a valid Finnish phone number. Check the digits, or enter a "
                "foreign number with its country code, for example +46 70 123 45 67.");
    case Country::Sweden:
        return QCoreApplication::translate("ContactValidator",
                "This is not a valid Swedish phone number. Check the digits, or enter a "
                "foreign number with its country code, for example +358 40 123 4567.");
    case Country::Norway:
        return QCoreApplication::translate("ContactValidator",
                "This is not a valid Norwegian phone number. Check the digits, or enter a "
                "foreign number with its country code, for example +358 40 123 4567.");
    case Country::Unknown:
        break;
    }
    return QCoreApplication::translate("ContactValidator",
            "This is not a valid phone number. Enter it with its country code, for example "
            "+358 40 123 4567.");
}

QString checkPostcode(QStringView postcode, QStringView country)
{
    const QStringView trimmed = postcode.trimmed();
    switch (countryOf(country)) {
    case Country::Finland:
        if (trimmed.size() == 5 && allDigits(trimmed))
            return QString();
        return QCoreApplication::translate("ContactValidator",
                "Enter a Finnish postcode of five digits, for example 00100.");
    case Country::Sweden: {
        const bool plain = trimmed.size() == 5 && allDigits(trimmed);
        const bool spaced = trimmed.size() == 6 && trimmed.at(3) == QLatin1Char(' ')
                && allDigits(trimmed.first(3)) && allDigits(trimmed.sliced(4));
        if ((plain || spaced) && trimmed.at(0) != QLatin1Char('0'))
            return QString();
        return QCoreApplication::translate("ContactValidator",
                "Enter a Swedish postcode of five digits, for example 113 51 or 11351. Swedish "
                "postcodes do not start with 0.");
    }
    case Country::Norway:
        if (trimmed.size() == 4 && allDigits(trimmed))
            return QString();
        return QCoreApplication::translate("ContactValidator",
                "Enter a Norwegian postcode of four digits, for example 0150.");
    case Country::Unknown:
        break;
    }
    return QCoreApplication::translate("ContactValidator",
            "Choose the customer's country (Finland, Sweden or Norway) before entering the "
            "postcode.");
}

QString checkStreet(QStringView street)
{
    const QStringView trimmed = street.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("ContactValidator",
                "Enter the street address, for example Mannerheimintie 12 B 7.");
    if (trimmed.size() > MaxAddressLineLength)
        return QCoreApplication::translate("ContactValidator",
                "The street address is too long. Shorten it to at most 100 characters.");
    if (hasControlCharacters(trimmed))
        return QCoreApplication::translate("ContactValidator",
                "The street address contains invisible control characters. Type it again "
                "instead of pasting it.");
    if (!hasLetter(trimmed))
        return QCoreApplication::translate("ContactValidator",
                "The street address must contain the name of the street, for example Storgatan "
                "5.");
    return QString();
}

QString checkCity(QStringView city)
{
    const QStringView trimmed = city.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("ContactValidator",
                "Enter the city or town, for example Helsinki.");
    if (trimmed.size() > MaxAddressLineLength)
        return QCoreApplication::translate("ContactValidator",
                "The city name is too long. Shorten it to at most 100 characters.");
    if (hasControlCharacters(trimmed))
        return QCoreApplication::translate("ContactValidator",
                "The city name contains invisible control characters. Type it again instead of "
                "pasting it.");
    if (!hasLetter(trimmed))
        return QCoreApplication::translate("ContactValidator",
                "The city name must contain letters, for example Tromsø. Enter the postcode in "
                "its own field.");
    return QString();
}

QString normalizePostcode(QStringView postcode, QStringView country)
{
    const QStringView trimmed = postcode.trimmed();
    if (countryOf(country) == Country::Sweden) {
        QString digits;
        digits.reserve(5);
        for (QChar c : trimmed) {
            if (c != QLatin1Char(' '))
                digits.append(c);
        }
        if (digits.size() == 5 && allDigits(digits))
            return digits.first(3) + QLatin1Char(' ') + digits.sliced(3);
        return trimmed.toString();
    }
    return trimmed.toString();
}

} // namespace ContactValidator

#include "phonenumbers.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

// PhoneNumberUtil is a thread-safe singleton: its const methods may be
// called from any thread (the seeding pool calls them in parallel).

namespace PhoneNumbers {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string toStd(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// A region code libphonenumber understands: "FI", "SE", "NO", or "ZZ"
/// (unknown: only numbers with a country code parse).
std::string regionCode(QStringView region)
{
    if (region.size() != 2)
        return std::string("ZZ");
    std::string code(2, 'Z');
    for (int i = 0; i < 2; ++i) {
        const char16_t c = region.at(i).unicode();
        if (c >= u'a' && c <= u'z')
            code[size_t(i)] = char(c - u'a' + 'A');
        else if (c >= u'A' && c <= u'Z')
            code[size_t(i)] = char(c);
        else
            return std::string("ZZ");
    }
    return code;
}

bool parseValid(QStringView input, const std::string &region, PhoneNumber *number)
{
    if (input.isEmpty() || input.size() > 64)
        return false;
    if (util().Parse(toStd(input), region, number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    return util().IsValidNumber(*number);
}

QString e164Of(const PhoneNumber &number)
{
    std::string out;
    util().Format(number, PhoneNumberUtil::E164, &out);
    return fromStd(out);
}

/// Digits after a '+' in @p e164, or an empty view when it is not E.164-shaped.
QStringView e164Digits(const QString &e164)
{
    if (e164.size() < 4 || e164.at(0) != QLatin1Char('+'))
        return QStringView();
    const QStringView digits = QStringView(e164).sliced(1);
    for (QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return QStringView();
    }
    return digits;
}

bool startsWithInternationalPrefix(QStringView trimmed)
{
    return trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1StringView("00"));
}

} // namespace

QString toE164(QStringView input, QStringView defaultRegion)
{
    PhoneNumber number;
    if (!parseValid(input.trimmed(), regionCode(defaultRegion), &number))
        return QString();
    return e164Of(number);
}

QStringList candidatesE164(QStringView input)
{
    QStringList candidates;
    const QStringView trimmed = input.trimmed();
    if (startsWithInternationalPrefix(trimmed)) {
        // "00" is the international call prefix in all three countries.
        const QString e164 = toE164(trimmed, u"FI");
        if (!e164.isEmpty())
            candidates.append(e164);
        return candidates;
    }
    static const char16_t *const regions[] = {u"FI", u"SE", u"NO"};
    for (const char16_t *region : regions) {
        const QString e164 = toE164(trimmed, QStringView(region));
        if (!e164.isEmpty() && !candidates.contains(e164))
            candidates.append(e164);
    }
    return candidates;
}

bool looksLikePhoneNumber(QStringView input)
{
    int digits = 0;
    for (QChar c : input) {
        switch (c.unicode()) {
        case u'0': case u'1': case u'2': case u'3': case u'4':
        case u'5': case u'6': case u'7': case u'8': case u'9':
            ++digits;
            break;
        case u'+': case u'-': case u'(': case u')': case u'.': case u'/': case u' ':
            break;
        default:
            return false;
        }
    }
    return digits >= 5;
}

QString formatInternational(const QString &e164)
{
    PhoneNumber number;
    if (util().Parse(toStd(e164), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return fromStd(out);
}

QString formatNational(const QString &e164)
{
    PhoneNumber number;
    if (util().Parse(toStd(e164), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util().Format(number, PhoneNumberUtil::NATIONAL, &out);
    return fromStd(out);
}

QString nationalDigits(const QString &e164)
{
    const QStringView digits = e164Digits(e164);
    if (digits.isEmpty())
        return QString();

    // Fast path for the desk's own countries (called once per customer when
    // seeding): the national significant number is everything after the
    // country code, and the trunk prefix is 0 in Finland and Sweden and
    // absent in Norway.
    if (digits.startsWith(QLatin1StringView("358")) || digits.startsWith(QLatin1StringView("46"))) {
        const qsizetype ccLength = digits.at(0) == QLatin1Char('3') ? 3 : 2;
        QString out;
        out.reserve(digits.size() - ccLength + 1);
        out += QLatin1Char('0');
        out += digits.sliced(ccLength);
        return out;
    }
    if (digits.startsWith(QLatin1StringView("47")))
        return digits.sliced(2).toString();

    PhoneNumber number;
    if (util().Parse(toStd(e164), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return QString();
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    std::string prefix;
    util().GetNddPrefixForRegion(region, true, &prefix);
    std::string national;
    util().GetNationalSignificantNumber(number, &national);
    return fromStd(prefix + national);
}

} // namespace PhoneNumbers

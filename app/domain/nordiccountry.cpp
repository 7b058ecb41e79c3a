#include "nordiccountry.h"

#include <QLatin1StringView>

namespace NordicCountry {

Country fromCode(QStringView code)
{
    if (code.compare(QLatin1StringView("FI"), Qt::CaseInsensitive) == 0)
        return Country::Finland;
    if (code.compare(QLatin1StringView("SE"), Qt::CaseInsensitive) == 0)
        return Country::Sweden;
    if (code.compare(QLatin1StringView("NO"), Qt::CaseInsensitive) == 0)
        return Country::Norway;
    return Country::Unknown;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !text.isEmpty();
}

} // namespace NordicCountry

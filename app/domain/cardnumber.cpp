#include "cardnumber.h"

#include <QChar>
#include <QVarLengthArray>

namespace CardNumber {

namespace {

constexpr int MinDigits = 13;
constexpr int MaxDigits = 19;
constexpr int KeepLeading = 6;
constexpr int KeepTrailing = 4;

/// Value of a decimal digit (ASCII or any Unicode Nd digit in the BMP), or -1.
int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u < 0x80)
        return -1;
    return c.isDigit() ? c.digitValue() : -1;
}

/// A single character that may separate digit groups: space (also the
/// no-break and thin spaces that copy-paste brings), hyphen (and its
/// Unicode look-alikes) or a dot.
bool isGroupSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'-':
    case u'.':
    case 0x00A0: // no-break space
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
        return true;
    default:
        return false;
    }
}

/// A letter or a digit right next to a run glues it into a longer token.
bool gluesToRun(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    if (c.isSurrogate())
        return false;
    return c.isLetterOrNumber();
}

bool luhn(const int *digits, int count)
{
    int sum = 0;
    bool doubleIt = false;
    for (int i = count - 1; i >= 0; --i) {
        int d = digits[i];
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

struct Group
{
    qsizetype start = 0;   ///< offset in the text of the group's first digit
    qsizetype end = 0;     ///< offset just past its last digit
    int firstDigit = 0;    ///< index into the run's digit array
    int digitCount = 0;
};

/// Appends the card numbers found in one maximal run of digit groups.
///
/// The whole run is preferred. When the whole run is no card number (a
/// reference number or a CVV written after the PAN, "4111 1111 1111 1111 123"),
/// consecutive groups inside it are tried, leftmost and longest first, so a
/// card number cannot hide behind neighbouring digit groups.
void matchRun(const QVarLengthArray<Group, 24> &groups,
              const QVarLengthArray<int, 64> &digits, bool gluedLeft, bool gluedRight,
              QList<Match> *out)
{
    const int groupCount = int(groups.size());
    int first = 0;
    while (first < groupCount) {
        int found = -1;
        int count = 0;
        int lastCandidate = first - 1;   // none fits yet
        // Extend to the right while the digit count can still fit.
        for (int last = first; last < groupCount; ++last) {
            count += groups[last].digitCount;
            if (count > MaxDigits)
                break;
            lastCandidate = last;
        }
        // Longest first.
        for (int last = lastCandidate; last >= first; --last) {
            int n = 0;
            for (int g = first; g <= last; ++g)
                n += groups[g].digitCount;
            if (n < MinDigits)
                break;
            if ((first == 0 && gluedLeft) || (last == groupCount - 1 && gluedRight))
                continue;
            if (luhn(digits.constData() + groups[first].firstDigit, n)) {
                found = last;
                break;
            }
        }
        if (found < 0) {
            ++first;
            continue;
        }
        Match match;
        match.start = groups[first].start;
        match.length = groups[found].end - groups[first].start;
        const int digitStart = groups[first].firstDigit;
        const int digitEnd = groups[found].firstDigit + groups[found].digitCount;
        match.digits.reserve(digitEnd - digitStart);
        for (int i = digitStart; i < digitEnd; ++i)
            match.digits.append(QLatin1Char(char('0' + digits[i])));
        out->append(match);
        first = found + 1;
    }
}

} // namespace

bool isLuhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t u = digits.at(i).unicode();
        if (u < u'0' || u > u'9')
            return false;
        int d = u - u'0';
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

QList<Match> findInText(QStringView text)
{
    QList<Match> matches;
    const qsizetype n = text.size();
    QVarLengthArray<Group, 24> groups;
    QVarLengthArray<int, 64> digits;

    qsizetype i = 0;
    while (i < n) {
        if (digitValue(text.at(i)) < 0) {
            ++i;
            continue;
        }
        // A maximal run: digit groups joined by single separators.
        const qsizetype runStart = i;
        groups.clear();
        digits.clear();
        for (;;) {
            Group group;
            group.start = i;
            group.firstDigit = int(digits.size());
            int d;
            while (i < n && (d = digitValue(text.at(i))) >= 0) {
                digits.append(d);
                ++i;
            }
            group.end = i;
            group.digitCount = int(i - group.start);
            groups.append(group);
            if (i + 1 < n && isGroupSeparator(text.at(i)) && digitValue(text.at(i + 1)) >= 0) {
                ++i;
                continue;
            }
            break;
        }
        const qsizetype runEnd = i;
        if (digits.size() >= MinDigits) {
            const bool gluedLeft = runStart > 0 && gluesToRun(text.at(runStart - 1));
            const bool gluedRight = runEnd < n && gluesToRun(text.at(runEnd));
            matchRun(groups, digits, gluedLeft, gluedRight, &matches);
        }
    }
    return matches;
}

bool containsCardNumber(QStringView text)
{
    return !findInText(text).isEmpty();
}

QString maskInText(const QString &text, int *maskedCount)
{
    const QList<Match> matches = findInText(text);
    if (maskedCount)
        *maskedCount = int(matches.size());
    if (matches.isEmpty())
        return text;

    QString masked = text;
    QChar *data = masked.data();
    for (const Match &match : matches) {
        const int digitCount = int(match.digits.size());
        int digitIndex = 0;
        for (qsizetype pos = match.start; pos < match.start + match.length; ++pos) {
            if (digitValue(data[pos]) < 0)
                continue;   // separator: kept
            if (digitIndex >= KeepLeading && digitIndex < digitCount - KeepTrailing)
                data[pos] = QLatin1Char('*');
            ++digitIndex;
        }
    }
    return masked;
}

QString displayMasked(QStringView bin6, QStringView last4)
{
    static const QChar dot(0x2022);   // •
    QString out;
    out.reserve(19);
    out += bin6.left(4);
    out += QLatin1Char(' ');
    out += bin6.mid(4, 2);
    for (qsizetype i = bin6.mid(4, 2).size(); i < 4; ++i)
        out += dot;
    out += QLatin1Char(' ');
    for (int i = 0; i < 4; ++i)
        out += dot;
    out += QLatin1Char(' ');
    out += last4;
    return out;
}

} // namespace CardNumber

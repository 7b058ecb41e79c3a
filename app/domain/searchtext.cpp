#include "searchtext.h"

#include <QChar>
#include <QList>
#include <QVarLengthArray>

#include <array>

namespace SearchText {

namespace {

using Buffer = QVarLengthArray<char16_t, 256>;

/// Letters that have no decomposition but are one or two Latin letters to
/// a Nordic reader (Norwegian/Danish æ ø, German ß, Sámi đ ŧ ŋ, Polish ł).
/// Applied to case-folded characters.
const char16_t *specialFold(char32_t cp)
{
    switch (cp) {
    case 0x00E6: return u"ae";  // æ
    case 0x00F8: return u"o";   // ø
    case 0x00DF: return u"ss";  // ß
    case 0x1E9E: return u"ss";  // ẞ
    case 0x0111: return u"d";   // đ
    case 0x00F0: return u"d";   // ð
    case 0x0142: return u"l";   // ł
    case 0x0153: return u"oe";  // œ
    case 0x00FE: return u"th";  // þ
    case 0x0167: return u"t";   // ŧ
    case 0x014B: return u"n";   // ŋ
    case 0x0127: return u"h";   // ħ
    case 0x0131: return u"i";   // ı
    default: return nullptr;
    }
}

bool isWhiteSpace(char32_t cp)
{
    return QChar::isSpace(cp);
}

/// Control and format characters (C0, C1, zero-width and bidi controls,
/// soft hyphen, BOM) carry no search meaning.
bool isDropped(char32_t cp)
{
    const QChar::Category category = QChar::category(cp);
    return category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Surrogate;
}

void appendCodePoint(Buffer &out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar::highSurrogate(cp));
        out.append(QChar::lowSurrogate(cp));
    } else {
        out.append(char16_t(cp));
    }
}

/// Folds one code point that is neither white space nor dropped:
/// compatibility decomposition, then case fold, special letters, and no
/// combining marks.
void foldCodePoint(char32_t cp, Buffer &out)
{
    if (const char16_t *special = specialFold(QChar::toCaseFolded(cp))) {
        for (; *special; ++special)
            out.append(*special);
        return;
    }
    if (QChar::decompositionTag(cp) == QChar::NoDecomposition) {
        appendCodePoint(out, QChar::toCaseFolded(cp));
        return;
    }
    const QString decomposed = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KD);
    const QList<uint> parts = decomposed.toUcs4();
    for (uint part : parts) {
        const char32_t folded = QChar::toCaseFolded(char32_t(part));
        if (isDropped(folded) || isWhiteSpace(folded))
            continue;
        if (const char16_t *special = specialFold(folded)) {
            for (; *special; ++special)
                out.append(*special);
            continue;
        }
        appendCodePoint(out, folded);
    }
}

/// Precomputed folding of U+0000..U+024F (ASCII, Latin-1, Latin Extended-A
/// and -B): the fast path for Nordic names.
struct LatinTable
{
    enum Kind : quint8 {
        Map,
        Space,
        Drop
    };
    struct Entry
    {
        char16_t text[3] = {0, 0, 0};
        quint8 length = 0;
        Kind kind = Map;
    };
    static constexpr char16_t Size = 0x250;
    std::array<Entry, Size> entries;

    LatinTable()
    {
        for (char16_t c = 0; c < Size; ++c) {
            Entry &entry = entries[c];
            if (isWhiteSpace(c)) {
                entry.kind = Space;
                continue;
            }
            if (isDropped(c)) {
                entry.kind = Drop;
                continue;
            }
            Buffer folded;
            foldCodePoint(c, folded);
            if (folded.isEmpty()) {
                entry.kind = Drop;
                continue;
            }
            const qsizetype length = qMin<qsizetype>(folded.size(), 3);
            for (qsizetype i = 0; i < length; ++i)
                entry.text[i] = folded[i];
            entry.length = quint8(length);
        }
    }
};

const LatinTable &latinTable()
{
    static const LatinTable table;   // thread-safe initialisation
    return table;
}

bool isCutControl(char16_t u)
{
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

} // namespace

QString fold(QStringView text)
{
    const LatinTable &table = latinTable();
    Buffer out;
    out.reserve(text.size());
    bool pendingSpace = false;

    const qsizetype n = text.size();
    const char16_t *data = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = data[i];
        if (u < 0x80) {
            // ASCII: the common case, no table needed for letters and digits.
            if (u >= u'A' && u <= u'Z') {
                if (pendingSpace && !out.isEmpty())
                    out.append(u' ');
                pendingSpace = false;
                out.append(char16_t(u + (u'a' - u'A')));
                continue;
            }
            if (u > 0x20 && u < 0x7F) {
                if (pendingSpace && !out.isEmpty())
                    out.append(u' ');
                pendingSpace = false;
                out.append(u);
                continue;
            }
        }
        if (u < LatinTable::Size) {
            const LatinTable::Entry &entry = table.entries[u];
            if (entry.kind == LatinTable::Space) {
                pendingSpace = true;
            } else if (entry.kind == LatinTable::Map) {
                if (pendingSpace && !out.isEmpty())
                    out.append(u' ');
                pendingSpace = false;
                out.append(entry.text, entry.length);
            }
            continue;
        }

        char32_t cp = u;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 < n && QChar::isLowSurrogate(data[i + 1])) {
                cp = QChar::surrogateToUcs4(u, data[i + 1]);
                ++i;
            } else {
                continue;   // unpaired
            }
        } else if (QChar::isLowSurrogate(u)) {
            continue;       // unpaired
        }
        if (isWhiteSpace(cp)) {
            pendingSpace = true;
            continue;
        }
        if (isDropped(cp))
            continue;
        const qsizetype before = out.size();
        if (pendingSpace && !out.isEmpty())
            out.append(u' ');
        const qsizetype afterSpace = out.size();
        foldCodePoint(cp, out);
        if (out.size() == afterSpace)
            out.resize(before);   // folded to nothing: keep the space pending
        else
            pendingSpace = false;
    }
    return QString(reinterpret_cast<const QChar *>(out.constData()), out.size());
}

QString digitsOnly(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            out.append(c);
    }
    return out;
}

QString sanitizeInput(QStringView text, qsizetype maxLength)
{
    if (maxLength < 0)
        maxLength = text.size();
    QString out;
    out.reserve(qMin(text.size(), maxLength));

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && out.size() < maxLength; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r' || u == u'\v' || u == u'\f') {
            if (u == u'\r' && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;   // CR LF is one line break
            out.append(QLatin1Char(' '));
            continue;
        }
        if (isCutControl(u))
            continue;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                if (out.size() + 2 > maxLength)
                    break;   // never cut a pair in two
                out.append(text.at(i));
                out.append(text.at(i + 1));
                ++i;
            }
            continue;        // an unpaired high surrogate is dropped
        }
        if (QChar::isLowSurrogate(u))
            continue;        // unpaired low surrogate
        out.append(QChar(u));
    }
    return out;
}

} // namespace SearchText

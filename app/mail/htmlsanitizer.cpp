#include "htmlsanitizer.h"

#include <QByteArray>
#include <QUrl>

#include <gumbo.h>

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace {

// --- gumbo with an arena --------------------------------------------------
// gumbo frees its tree recursively, which a hostile document nested a few
// hundred thousand levels deep could turn into a stack overflow. All of the
// parse's memory comes from this arena instead and goes in one piece.
class Arena
{
public:
    void *allocate(size_t size)
    {
        size = (size + 15) & ~size_t(15);
        if (size > BlockSize / 4) {
            m_blocks.emplace_back(static_cast<char *>(std::malloc(size)));
            return m_blocks.back().get();
        }
        if (m_used + size > BlockSize || m_blocks.empty() || !m_current) {
            m_blocks.emplace_back(static_cast<char *>(std::malloc(BlockSize)));
            m_current = m_blocks.back().get();
            m_used = 0;
        }
        void *p = m_current + m_used;
        m_used += size;
        return p;
    }

private:
    struct Free
    {
        void operator()(char *p) const { std::free(p); }
    };
    static constexpr size_t BlockSize = 256 * 1024;
    std::vector<std::unique_ptr<char, Free>> m_blocks;
    char *m_current = nullptr;
    size_t m_used = 0;
};

void *arenaAllocate(void *userdata, size_t size)
{
    return static_cast<Arena *>(userdata)->allocate(size);
}

void arenaFree(void *, void *) { }

class Document
{
public:
    explicit Document(const QString &html)
        : m_utf8(html.toUtf8())
    {
        GumboOptions options = kGumboDefaultOptions;
        options.allocator = arenaAllocate;
        options.deallocator = arenaFree;
        options.userdata = &m_arena;
        options.max_errors = 0; // errors are not wanted, only the tree
        m_output = gumbo_parse_with_options(&options, m_utf8.constData(), static_cast<size_t>(m_utf8.size()));
    }
    const GumboNode *root() const { return m_output ? m_output->root : nullptr; }

private:
    QByteArray m_utf8;
    Arena m_arena; // destroyed (with the whole tree) after m_output's last use
    GumboOutput *m_output = nullptr;
};

// --- a guard in front of gumbo ------------------------------------------------
// gumbo's tree construction is quadratic in the depth of open elements (and a
// few hundred thousand unclosed <b> or <table> exhaust memory). A cheap scan
// estimates the deepest nesting; a document beyond any real mail is reduced
// to its escaped text instead of being parsed.
constexpr int MaxInputDepth = 1500;
constexpr int MaxInputTags = 200000;

bool isVoidName(const QByteArray &name)
{
    static const char *const names[] = {"area", "base", "br",    "col",    "embed", "hr",  "img",   "input",
                                        "link", "meta", "param", "source", "track", "wbr", "keygen"};
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

bool isImplicitlyClosed(const QByteArray &name)
{
    return name == "p" || name == "li" || name == "td" || name == "th" || name == "tr" || name == "option"
        || name == "dt" || name == "dd";
}

bool nestingIsSane(const QByteArray &html)
{
    std::vector<QByteArray> stack;
    int tags = 0;
    const qsizetype size = html.size();
    qsizetype i = 0;
    auto readName = [&html, size](qsizetype from) {
        qsizetype end = from;
        while (end < size && (std::isalnum(static_cast<unsigned char>(html.at(end))) || html.at(end) == '-'))
            ++end;
        return html.mid(from, end - from).toLower();
    };
    while ((i = html.indexOf('<', i)) >= 0) {
        if (i + 1 >= size)
            break;
        const char next = html.at(i + 1);
        if (next == '!' && html.mid(i, 4) == "<!--") {
            const qsizetype end = html.indexOf("-->", i + 4);
            if (end < 0)
                break;
            i = end + 3;
            continue;
        }
        if (next == '/') {
            const QByteArray name = readName(i + 2);
            for (qsizetype k = qsizetype(stack.size()) - 1, seen = 0; k >= 0 && seen < 16; --k, ++seen) {
                if (stack[size_t(k)] == name) {
                    stack.resize(size_t(k));
                    break;
                }
            }
            i += 2;
            continue;
        }
        if (!std::isalpha(static_cast<unsigned char>(next))) {
            ++i;
            continue;
        }
        const QByteArray name = readName(i + 1);
        const qsizetype close = html.indexOf('>', i);
        const bool selfClosing = close > 0 && html.at(close - 1) == '/';
        i += 1 + name.size();
        if (++tags > MaxInputTags)
            return false;
        if (isVoidName(name) || selfClosing)
            continue;
        if (isImplicitlyClosed(name)) {
            for (qsizetype k = qsizetype(stack.size()) - 1, seen = 0; k >= 0 && seen < 4; --k, ++seen) {
                if (stack[size_t(k)] == name) {
                    stack.resize(size_t(k));
                    break;
                }
            }
        }
        stack.push_back(name);
        if (stack.size() > size_t(MaxInputDepth))
            return false;
    }
    return true;
}

/// The text of a document too deep to parse: markup removed, everything
/// escaped, lines kept. Only <br> is written, so nothing can survive.
QString escapedTextOnly(const QString &html, bool asHtml)
{
    QString out;
    out.reserve(html.size());
    bool inTag = false;
    for (const QChar c : html) {
        if (inTag) {
            if (c == QLatin1Char('>'))
                inTag = false;
            continue;
        }
        if (c == QLatin1Char('<')) {
            inTag = true;
            continue;
        }
        if (!asHtml) {
            out.append(c);
            continue;
        }
        switch (c.unicode()) {
        case '&': out.append(QLatin1String("&amp;")); break;
        case '"': out.append(QLatin1String("&quot;")); break;
        case '\n': out.append(QLatin1String("<br>")); break;
        default: out.append(c);
        }
    }
    return out;
}

// --- the allowlist ----------------------------------------------------------

enum class Action {
    Keep, ///< the element and its allowed attributes
    AsDiv, ///< a block container not on the list: kept as <div> so lines stay apart
    Unwrap, ///< the element goes, its content stays
    Drop ///< the element goes with everything in it
};

Action actionFor(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_A:
    case GUMBO_TAG_IMG: return Action::Keep;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    // Not named in the header, but never wanted in a mail body either.
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_ISINDEX: return Action::Drop;
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND: return Action::AsDiv;
    default: return Action::Unwrap;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR: return true;
    default: return actionFor(tag) == Action::AsDiv;
    }
}

void appendEscaped(QString *out, QStringView text, bool attribute)
{
    out->reserve(out->size() + text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out->append(QLatin1String("&amp;")); break;
        case '<': out->append(QLatin1String("&lt;")); break;
        case '>': out->append(QLatin1String("&gt;")); break;
        case '"':
            if (attribute)
                out->append(QLatin1String("&quot;"));
            else
                out->append(c);
            break;
        case '\'':
            if (attribute)
                out->append(QLatin1String("&#39;"));
            else
                out->append(c);
            break;
        case 0: out->append(QChar(QChar::ReplacementCharacter)); break;
        default: out->append(c);
        }
    }
}

QString attributeValue(const GumboElement &element, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

bool hasAttribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

/// The URL as a browser would see it: entities are already decoded by the
/// parser; leading/trailing C0 controls and spaces go, and tabs and line
/// breaks inside are ignored (the WHATWG URL parser strips them).
QString normalizedUrl(const QString &raw)
{
    QString url;
    url.reserve(raw.size());
    for (const QChar c : raw) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            continue;
        url.append(c);
    }
    qsizetype begin = 0;
    qsizetype end = url.size();
    while (begin < end && url.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && url.at(end - 1).unicode() <= 0x20)
        --end;
    return url.mid(begin, end - begin);
}

/// href on <a>: only http, https and mailto; anything relative, scheme-less
/// or with control characters is refused.
QString safeHref(const QString &raw)
{
    const QString url = normalizedUrl(raw);
    for (const QChar c : url) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            return {};
    }
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    const QString scheme = url.left(colon).toLower();
    for (const QChar c : scheme) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+')
            || c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!ok)
            return {};
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return {};
        return url;
    }
    if (scheme == QLatin1String("mailto"))
        return url;
    return {};
}

/// src on <img>: only "cid:" of one of the message's own parts.
QString safeImageSource(const QString &raw, const QSet<QString> &allowedContentIds)
{
    const QString url = normalizedUrl(raw);
    if (!url.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
        return {};
    QString id = QUrl::fromPercentEncoding(url.mid(4).toUtf8());
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2);
    if (id.isEmpty() || !allowedContentIds.contains(id))
        return {};
    return QLatin1String("cid:") + url.mid(4);
}

bool safeSpan(const QString &value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n >= 1 && n <= 1000;
}

void appendAttribute(QString *out, const char *name, const QString &value)
{
    out->append(QLatin1Char(' '));
    out->append(QLatin1String(name));
    out->append(QLatin1String("=\""));
    appendEscaped(out, value, true);
    out->append(QLatin1Char('"'));
}

/// Returns false when the element must not be written at all (an <a>
/// without a safe href is unwrapped, an <img> without a safe src dropped).
bool openTag(QString *out, const GumboElement &element, const QSet<QString> &allowedContentIds)
{
    const GumboTag tag = element.tag;
    QString attributes;
    if (tag == GUMBO_TAG_A) {
        const QString href = safeHref(attributeValue(element, "href"));
        if (href.isEmpty())
            return false;
        appendAttribute(&attributes, "href", href);
    } else if (tag == GUMBO_TAG_IMG) {
        const QString src = safeImageSource(attributeValue(element, "src"), allowedContentIds);
        if (src.isEmpty())
            return false;
        appendAttribute(&attributes, "src", src);
        if (hasAttribute(element, "alt"))
            appendAttribute(&attributes, "alt", attributeValue(element, "alt"));
    } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
        const QString colspan = attributeValue(element, "colspan");
        if (safeSpan(colspan))
            appendAttribute(&attributes, "colspan", colspan.trimmed());
        const QString rowspan = attributeValue(element, "rowspan");
        if (safeSpan(rowspan))
            appendAttribute(&attributes, "rowspan", rowspan.trimmed());
    }
    if (hasAttribute(element, "title"))
        appendAttribute(&attributes, "title", attributeValue(element, "title"));

    out->append(QLatin1Char('<'));
    out->append(QLatin1String(gumbo_normalized_tagname(tag)));
    out->append(attributes);
    out->append(QLatin1Char('>'));
    return true;
}

constexpr int MaxOutputDepth = 256;

struct Frame
{
    const GumboNode *node;
    unsigned int next; ///< next child to visit
    const char *closeTag; ///< written when the frame is left, or nullptr
};

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT)
        return &node->v.element.children;
    return nullptr;
}

} // namespace

namespace HtmlSanitizer {

QString sanitize(const QString &html, const QSet<QString> &allowedContentIds)
{
    if (!nestingIsSane(html.toUtf8()))
        return escapedTextOnly(html, true);
    const Document document(html);
    QString out;
    if (!document.root())
        return out;
    out.reserve(html.size());

    // An explicit stack: a hostile document may nest far deeper than the C++ stack.
    std::vector<Frame> stack;
    stack.push_back({document.root(), 0, nullptr});
    int openTags = 0;
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboVector *children = childrenOf(frame.node);
        if (!children || frame.next >= children->length) {
            if (frame.closeTag) {
                out.append(QLatin1String("</"));
                out.append(QLatin1String(frame.closeTag));
                out.append(QLatin1Char('>'));
                --openTags;
            }
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children->data[frame.next++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA: appendEscaped(&out, QString::fromUtf8(child->v.text.text), false); break;
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_TEMPLATE: break;
        case GUMBO_NODE_ELEMENT: {
            const GumboElement &element = child->v.element;
            if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
                break; // SVG and MathML content: dropped
            const Action action = actionFor(element.tag);
            if (action == Action::Drop)
                break;
            const char *closeTag = nullptr;
            if (openTags < MaxOutputDepth) {
                if (action == Action::Keep && openTag(&out, element, allowedContentIds)) {
                    if (isVoid(element.tag))
                        break;
                    closeTag = gumbo_normalized_tagname(element.tag);
                } else if (action == Action::Keep && element.tag == GUMBO_TAG_IMG) {
                    // A remote or unknown image: only its alt text remains.
                    const QString alt = attributeValue(element, "alt").simplified();
                    if (!alt.isEmpty()) {
                        out.append(QLatin1Char('['));
                        appendEscaped(&out, alt, false);
                        out.append(QLatin1Char(']'));
                    }
                    break;
                } else if (action == Action::AsDiv) {
                    out.append(QLatin1String("<div>"));
                    closeTag = "div";
                }
            }
            if (closeTag)
                ++openTags;
            stack.push_back({child, 0, closeTag});
            break;
        }
        }
    }
    return out;
}

QString toPlainText(const QString &html)
{
    if (!nestingIsSane(html.toUtf8()))
        return escapedTextOnly(html, false);
    const Document document(html);
    QString out;
    if (!document.root())
        return out;

    struct PlainFrame
    {
        const GumboNode *node;
        unsigned int next;
        bool block;
        bool pre;
    };
    std::vector<PlainFrame> stack;
    stack.push_back({document.root(), 0, false, false});
    auto breakLine = [&out] {
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out.append(QLatin1Char('\n'));
    };
    int preDepth = 0;
    while (!stack.empty()) {
        PlainFrame &frame = stack.back();
        const GumboVector *children = childrenOf(frame.node);
        if (!children || frame.next >= children->length) {
            if (frame.block)
                breakLine();
            if (frame.pre)
                --preDepth;
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children->data[frame.next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
            || child->type == GUMBO_NODE_CDATA) {
            const QString text = QString::fromUtf8(child->v.text.text);
            if (preDepth > 0) {
                out.append(text);
            } else {
                // Collapse white space as a browser does.
                for (const QChar c : text) {
                    if (c.isSpace()) {
                        if (!out.isEmpty() && !out.endsWith(QLatin1Char(' '))
                            && !out.endsWith(QLatin1Char('\n')))
                            out.append(QLatin1Char(' '));
                    } else {
                        out.append(c);
                    }
                }
            }
            continue;
        }
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = child->v.element;
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML || actionFor(element.tag) == Action::Drop)
            continue;
        if (element.tag == GUMBO_TAG_BR) {
            while (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
            out.append(QLatin1Char('\n'));
            continue;
        }
        const bool block = isBlock(element.tag);
        if (block)
            breakLine();
        if (element.tag == GUMBO_TAG_LI)
            out.append(QStringLiteral("• "));
        if (element.tag == GUMBO_TAG_TD || element.tag == GUMBO_TAG_TH) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')) && !out.endsWith(QLatin1Char(' ')))
                out.append(QLatin1Char(' '));
        }
        if (element.tag == GUMBO_TAG_IMG || element.tag == GUMBO_TAG_BR || element.tag == GUMBO_TAG_HR)
            continue;
        const bool pre = element.tag == GUMBO_TAG_PRE;
        if (pre)
            ++preDepth;
        stack.push_back({child, 0, block, pre});
    }

    // At most one empty line in a row, no trailing white space.
    QString result;
    result.reserve(out.size());
    int newlines = 0;
    for (const QChar c : std::as_const(out)) {
        if (c == QLatin1Char('\n')) {
            if (++newlines > 2)
                continue;
        } else {
            newlines = 0;
        }
        result.append(c);
    }
    return result.trimmed();
}

} // namespace HtmlSanitizer

#pragma once

#include <QSet>
#include <QString>

/// @short Email HTML reduced to an allowlist, on a real HTML5 parser (gumbo).
///
/// Kept: structure and text formatting (p, br, div, span, b, strong, i, em,
/// u, s, ul, ol, li, blockquote, pre, code, h1-h6, table, thead, tbody, tr,
/// td, th, hr, a, img). Attributes: href on a (http, https, mailto only; shown,
/// never followed automatically), src on img only as "cid:" of the message's
/// own parts (everything else dropped, so no remote content or tracking pixel
/// loads), alt, title, colspan, rowspan. Dropped with their content: script,
/// style, iframe, object, embed, form, input, button, select, textarea,
/// svg, math, template, noscript, head, meta, link, base. Everything else
/// is unwrapped (its text kept). style attributes are removed.
namespace HtmlSanitizer {

/// @p allowedContentIds: the Content-IDs of this message's parts (cid: targets).
QString sanitize(const QString &html, const QSet<QString> &allowedContentIds = {});

/// Readable plain text of an HTML body (block elements become line breaks).
QString toPlainText(const QString &html);

} // namespace HtmlSanitizer

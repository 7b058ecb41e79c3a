#pragma once

#include <QString>
#include <QStringView>

/// @short Folding of names and search text the way a Nordic agent expects.
///
/// Case is folded (Unicode, not ASCII only); diacritics are folded so that
/// "Mäkinen", "MÄKINEN" and "makinen" are the same search key (ä→a, ö→o,
/// å→a, ü→u, é→e, æ→ae, ø→o, ß→ss); control characters are dropped and runs
/// of white space become one space. The stored index and the typed query
/// are folded by the same function, so they always agree.
namespace SearchText {

QString fold(QStringView text);

/// Only the ASCII digits of @p text.
QString digitsOnly(QStringView text);

/// Removes C0/C1 control characters and unpaired surrogates, and cuts the
/// text to at most @p maxLength characters (never inside a surrogate pair).
QString sanitizeInput(QStringView text, qsizetype maxLength);

} // namespace SearchText

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// @short The fixed lookup query set, and how an agent types it.
namespace LookupQueries {

/// Queries as an agent types them: surname prefixes, full surnames, email
/// fragments, phone numbers in several formats, a customer number, card
/// last fours, and one- and two-letter starts.
QStringList queries();

/// One keystroke of one query: the field's text after the key, and the text
/// the search model sends to the service (trimmed).
struct Keystroke
{
    QString query;      ///< the whole query being typed
    QChar key;          ///< the character typed
    QString fieldText;  ///< the search field after the key
    QString searchText; ///< what the model searches for (trimmed field text)
    bool searches = true;  ///< false when trimming makes it the same as the keystroke before
    bool complete = false; ///< the last keystroke of the query
};

/// Every prefix of every query, keystroke by keystroke, in typing order.
QList<Keystroke> keystrokes(const QStringList &queries);

/// The search texts of @p keystrokes that reach the service, in order.
QStringList searchTexts(const QList<Keystroke> &keystrokes);

} // namespace LookupQueries

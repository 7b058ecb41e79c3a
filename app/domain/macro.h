#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// @short A canned reply with a body per language and {placeholders}.
///
/// Placeholders: {customer.first_name}, {customer.last_name}, {customer.name},
/// {customer.number}, {card.last4}, {agent.name}, {agent.first_name},
/// {conversation.subject}, {today}.
struct Macro
{
    QString id;                         ///< "card_locked_confirmation"
    QHash<QString, QString> titles;     ///< language code -> title
    QHash<QString, QString> bodies;     ///< language code -> body
    QStringList topics;                 ///< topic names this macro answers
    QString shortcut;                   ///< optional, e.g. "lock"

    QString title(const QString &language) const;   ///< falls back to English
    QString body(const QString &language) const;    ///< falls back to English
};

namespace MacroCatalog {

/// Loads macros from a JSON file (default: the shipped ":/macros/macros.json").
/// Returns an empty list and sets *error when the file is missing or malformed.
QList<Macro> load(const QString &path, QString *error);

} // namespace MacroCatalog

namespace MacroRenderer {

/// Replaces every {placeholder} with its value from @p values (keys without
/// braces, e.g. "customer.first_name"). Unknown or empty placeholders are
/// left in place and listed in *missing, so the agent sees what to fill in.
QString render(const QString &body, const QHash<QString, QString> &values, QStringList *missing = nullptr);

} // namespace MacroRenderer

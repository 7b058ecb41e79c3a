#include "macro.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace {

const QString DefaultLanguage = QStringLiteral("en");

QString pickLanguage(const QHash<QString, QString> &texts, const QString &language)
{
    const QString exact = texts.value(language);
    if (!exact.isEmpty())
        return exact;
    return texts.value(DefaultLanguage);
}

/// A placeholder name: lower-case ASCII letters, digits, '_' and '.', starting
/// with a letter, not ending with '.'. Anything else between braces is text.
bool isPlaceholderName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    const QChar first = name.front();
    if (first.unicode() < u'a' || first.unicode() > u'z')
        return false;
    if (name.back() == QLatin1Char('.'))
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

bool readTexts(const QJsonValue &value, QHash<QString, QString> *out)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return false;
        const QString text = it.value().toString();
        if (!text.isEmpty())
            out->insert(it.key(), text);
    }
    return true;
}

} // namespace

QString Macro::title(const QString &language) const
{
    return pickLanguage(titles, language);
}

QString Macro::body(const QString &language) const
{
    return pickLanguage(bodies, language);
}

namespace MacroCatalog {

QList<Macro> load(const QString &path, QString *error)
{
    const QString fileName = path.isEmpty() ? QStringLiteral(":/macros/macros.json") : path;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QList<Macro>();
    };

    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("MacroCatalog", "Cannot open the macro file %1: %2").arg(fileName, file.errorString()));
    // A macro catalogue is a few hundred kilobytes at most; refuse anything absurd.
    constexpr qint64 MaxSize = 8 * 1024 * 1024;
    if (file.size() > MaxSize)
        return fail(QCoreApplication::translate("MacroCatalog", "The macro file %1 is too large.").arg(fileName));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("MacroCatalog", "The macro file %1 is not valid JSON: %2 at offset %3")
                            .arg(fileName, parseError.errorString())
                            .arg(parseError.offset));
    if (!document.isObject() || !document.object().value(QLatin1StringView("macros")).isArray())
        return fail(QCoreApplication::translate("MacroCatalog", "The macro file %1 has no \"macros\" list.").arg(fileName));

    const QJsonArray entries = document.object().value(QLatin1StringView("macros")).toArray();
    QList<Macro> macros;
    macros.reserve(entries.size());
    QSet<QString> ids;
    QSet<QString> shortcuts;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject())
            return fail(QCoreApplication::translate("MacroCatalog", "Macro number %1 is not an object.").arg(i + 1));
        const QJsonObject object = entry.toObject();

        Macro macro;
        macro.id = object.value(QLatin1StringView("id")).toString();
        if (macro.id.isEmpty())
            return fail(QCoreApplication::translate("MacroCatalog", "Macro number %1 has no id.").arg(i + 1));
        if (ids.contains(macro.id))
            return fail(QCoreApplication::translate("MacroCatalog", "The macro id \"%1\" appears twice.").arg(macro.id));
        ids.insert(macro.id);

        if (!readTexts(object.value(QLatin1StringView("titles")), &macro.titles))
            return fail(QCoreApplication::translate("MacroCatalog", "The macro \"%1\" has no valid titles.").arg(macro.id));
        if (!readTexts(object.value(QLatin1StringView("bodies")), &macro.bodies))
            return fail(QCoreApplication::translate("MacroCatalog", "The macro \"%1\" has no valid bodies.").arg(macro.id));
        if (macro.titles.value(DefaultLanguage).isEmpty() || macro.bodies.value(DefaultLanguage).isEmpty())
            return fail(QCoreApplication::translate("MacroCatalog", "The macro \"%1\" has no English title or body.").arg(macro.id));

        const QJsonValue topics = object.value(QLatin1StringView("topics"));
        if (!topics.isUndefined() && !topics.isArray())
            return fail(QCoreApplication::translate("MacroCatalog", "The topics of macro \"%1\" are not a list.").arg(macro.id));
        const QJsonArray topicArray = topics.toArray();
        for (const QJsonValue &topic : topicArray) {
            if (!topic.isString() || topic.toString().isEmpty())
                return fail(QCoreApplication::translate("MacroCatalog", "The macro \"%1\" has an invalid topic.").arg(macro.id));
            macro.topics.append(topic.toString());
        }

        macro.shortcut = object.value(QLatin1StringView("shortcut")).toString();
        if (!macro.shortcut.isEmpty()) {
            if (shortcuts.contains(macro.shortcut))
                return fail(QCoreApplication::translate("MacroCatalog", "The macro shortcut \"%1\" appears twice.").arg(macro.shortcut));
            shortcuts.insert(macro.shortcut);
        }
        macros.append(macro);
    }
    if (error)
        error->clear();
    return macros;
}

} // namespace MacroCatalog

namespace MacroRenderer {

QString render(const QString &body, const QHash<QString, QString> &values, QStringList *missing)
{
    QString out;
    out.reserve(body.size() + 64);
    if (missing)
        missing->clear();

    const qsizetype n = body.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype open = body.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            out.append(QStringView(body).mid(i));
            break;
        }
        out.append(QStringView(body).mid(i, open - i));
        const qsizetype close = body.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0) {
            out.append(QStringView(body).mid(open));
            break;
        }
        const QStringView name = QStringView(body).mid(open + 1, close - open - 1);
        if (!isPlaceholderName(name)) {
            // Ordinary text such as "{ }" or "{{": keep the brace and look on
            // from the next character, so "{{agent.name}" still finds the name.
            out.append(QLatin1Char('{'));
            i = open + 1;
            continue;
        }
        const QString key = name.toString();
        const QString value = values.value(key);
        if (value.isEmpty()) {
            out.append(QStringView(body).mid(open, close - open + 1));
            if (missing && !missing->contains(key))
                missing->append(key);
        } else {
            out.append(value);   // inserted as is: never expanded again
        }
        i = close + 1;
    }
    return out;
}

} // namespace MacroRenderer

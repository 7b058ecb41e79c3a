#include "lookupqueries.h"

namespace LookupQueries {

QStringList queries()
{
    return {
        // surname prefixes and full surnames
        QStringLiteral("Virt"),
        QStringLiteral("Korh"),
        QStringLiteral("Mäki"),
        QStringLiteral("Virtanen"),
        QStringLiteral("Korhonen"),
        QStringLiteral("Lindström"),
        QStringLiteral("Sjöberg"),
        // email fragments
        QStringLiteral("aino.virt"),
        QStringLiteral("matti.virtanen"),
        QStringLiteral("@example"),
        // phone numbers in several formats
        QStringLiteral("040 123 4567"),
        QStringLiteral("+358 40 1234567"),
        QStringLiteral("0401234567"),
        QStringLiteral("+46 70 123 4567"),
        // customer number, card last fours
        QStringLiteral("100000042"),
        QStringLiteral("4821"),
        QStringLiteral("7715"),
        // one and two letters: the B-tree prefix path
        QStringLiteral("V"),
        QStringLiteral("Vi"),
    };
}

QList<Keystroke> keystrokes(const QStringList &queries)
{
    QList<Keystroke> result;
    for (const QString &query : queries) {
        QString previous;
        for (qsizetype n = 1; n <= query.size(); ++n) {
            Keystroke keystroke;
            keystroke.query = query;
            keystroke.key = query.at(n - 1);
            keystroke.fieldText = query.left(n);
            keystroke.searchText = keystroke.fieldText.trimmed();
            keystroke.searches = keystroke.searchText != previous && !keystroke.searchText.isEmpty();
            keystroke.complete = n == query.size();
            previous = keystroke.searchText;
            result.append(keystroke);
        }
    }
    return result;
}

QStringList searchTexts(const QList<Keystroke> &keystrokes)
{
    QStringList texts;
    for (const Keystroke &keystroke : keystrokes) {
        if (keystroke.searches)
            texts.append(keystroke.searchText);
    }
    return texts;
}

} // namespace LookupQueries

#include "cardcontrols.h"

#include <QHash>

#include <algorithm>
#include <numeric>

CardControls CardControls::of(const Card &card)
{
    return {card.onlineEnabled, card.abroadEnabled, card.contactlessEnabled, card.atmEnabled};
}

bool CardControls::relaxes(const CardControls &before) const
{
    return (online && !before.online) || (abroad && !before.abroad) || (contactless && !before.contactless)
           || (atm && !before.atm);
}

QString CardControls::wouldDecline(const Transaction &transaction, const QString &homeCountry) const
{
    if (transaction.status == TransactionStatus::Declined || transaction.status == TransactionStatus::Reversed)
        return QString();
    const QString &mode = transaction.entryMode;
    if (!online && mode == QLatin1StringView("online"))
        return QStringLiteral("online");
    if (!atm && mode == QLatin1StringView("atm"))
        return QStringLiteral("atm");
    if (!contactless && mode == QLatin1StringView("contactless"))
        return QStringLiteral("contactless");
    // Online purchases are judged by the online control alone: a foreign web
    // shop is not "abroad" for the card in the customer's hand.
    if (!abroad && mode != QLatin1StringView("online") && !transaction.country.isEmpty()
        && transaction.country != homeCountry)
        return QStringLiteral("abroad");
    return QString();
}

bool CardLimits::relaxes(const CardLimits &before) const
{
    const auto looser = [](const std::optional<qint64> &now, const std::optional<qint64> &was) {
        return was && (!now || *now > *was);
    };
    return looser(perPurchaseMinor, before.perPurchaseMinor) || looser(dailyMinor, before.dailyMinor)
           || looser(dailyCashMinor, before.dailyCashMinor);
}

QStringList CardLimits::wouldDecline(const QList<Transaction> &transactions, const QString &currency) const
{
    QStringList verdicts(transactions.size());
    QList<int> order(transactions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&transactions](int a, int b) {
        return transactions.at(a).occurredAt < transactions.at(b).occurredAt;
    });
    QHash<QDate, qint64> spent;
    QHash<QDate, qint64> cash;
    for (const int i : std::as_const(order)) {
        const Transaction &t = transactions.at(i);
        if (t.status == TransactionStatus::Declined || t.status == TransactionStatus::Reversed
            || t.amount.currency != currency || t.amount.minor <= 0)
            continue;
        const QDate day = t.occurredAt.toUTC().date();
        const bool atm = t.entryMode == QLatin1StringView("atm");
        if (perPurchaseMinor && t.amount.minor > *perPurchaseMinor)
            verdicts[i] = QStringLiteral("per_purchase");
        else if (dailyMinor && spent.value(day) + t.amount.minor > *dailyMinor)
            verdicts[i] = QStringLiteral("daily");
        else if (atm && dailyCashMinor && cash.value(day) + t.amount.minor > *dailyCashMinor)
            verdicts[i] = QStringLiteral("daily_cash");
        if (!verdicts.at(i).isEmpty())
            continue;
        spent[day] += t.amount.minor;
        if (atm)
            cash[day] += t.amount.minor;
    }
    return verdicts;
}

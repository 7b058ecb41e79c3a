#include "cardcontrols.h"

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

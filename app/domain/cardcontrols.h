#pragma once

#include "customer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// @short What a card may be used for: online (card not present), abroad, contactless, at ATMs.
struct CardControls
{
    bool online = true;
    bool abroad = true;
    bool contactless = true;
    bool atm = true;

    static CardControls of(const Card &card);
    bool operator==(const CardControls &other) const
    {
        return online == other.online && abroad == other.abroad && contactless == other.contactless
               && atm == other.atm;
    }

    /// Whether any control is on here but off in @p before: the card opens
    /// up (needs strong verification), rather than only closing down.
    bool relaxes(const CardControls &before) const;

    /// The control that would decline @p transaction for a card whose
    /// holder lives in @p homeCountry, or empty: "online", "abroad",
    /// "contactless" or "atm". A transaction that was declined or reversed
    /// anyway is not counted.
    QString wouldDecline(const Transaction &transaction, const QString &homeCountry) const;
};

/// @short Spending limits of a card, in its account's currency (minor units); unset: no limit of this console's.
struct CardLimits
{
    std::optional<qint64> perPurchaseMinor;
    std::optional<qint64> dailyMinor;       ///< everything of one (UTC) day
    std::optional<qint64> dailyCashMinor;   ///< ATM withdrawals of one day

    bool operator==(const CardLimits &other) const
    {
        return perPurchaseMinor == other.perPurchaseMinor && dailyMinor == other.dailyMinor
               && dailyCashMinor == other.dailyCashMinor;
    }
    /// Whether any limit is higher here than in @p before, or gone: needs strong verification.
    bool relaxes(const CardLimits &before) const;

    /// For each of @p transactions (in any order), the limit that would have
    /// declined it: "per_purchase", "daily", "daily_cash", or empty. Played
    /// in time order, the day's sums counting only what would still have
    /// been approved; declined and reversed transactions and those in
    /// another currency than @p currency are not judged.
    QStringList wouldDecline(const QList<Transaction> &transactions, const QString &currency) const;
};

#pragma once

#include "customer.h"

#include <QString>

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

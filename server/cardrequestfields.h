#pragma once

#include "requestbody.h"

#include "domain/cardcontrols.h"

#include <QStringList>

/// @short The card controls and limits as request bodies carry them, for the commands and their previews.
namespace CardRequestFields {

/// "online", "abroad", "contactless", "atm": each a required boolean.
QStringList controlFields();
CardControls readControls(RequestBody &body);

/// "perPurchase", "daily", "dailyCash": each required, an amount in minor
/// units of the card account's currency (at least 1) or null for no limit.
QStringList limitFields();
CardLimits readLimits(RequestBody &body);

} // namespace CardRequestFields

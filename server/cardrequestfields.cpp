#include "cardrequestfields.h"

#include <optional>

namespace CardRequestFields {

namespace {

// The largest integer a JSON number carries exactly.
constexpr qint64 MaxMinorAmount = (qint64(1) << 53) - 1;

std::optional<qint64> readLimit(RequestBody &body, const QString &field)
{
    if (!body.contains(field)) {
        body.addError(field, QStringLiteral("is required (null for no limit)"));
        return std::nullopt;
    }
    return body.integer(field, false, 1, MaxMinorAmount);
}

} // namespace

QStringList controlFields()
{
    return {QStringLiteral("online"), QStringLiteral("abroad"), QStringLiteral("contactless"), QStringLiteral("atm")};
}

CardControls readControls(RequestBody &body)
{
    CardControls controls;
    controls.online = body.boolean(QStringLiteral("online"), true).value_or(true);
    controls.abroad = body.boolean(QStringLiteral("abroad"), true).value_or(true);
    controls.contactless = body.boolean(QStringLiteral("contactless"), true).value_or(true);
    controls.atm = body.boolean(QStringLiteral("atm"), true).value_or(true);
    return controls;
}

QStringList limitFields()
{
    return {QStringLiteral("perPurchase"), QStringLiteral("daily"), QStringLiteral("dailyCash")};
}

CardLimits readLimits(RequestBody &body)
{
    CardLimits limits;
    limits.perPurchaseMinor = readLimit(body, QStringLiteral("perPurchase"));
    limits.dailyMinor = readLimit(body, QStringLiteral("daily"));
    limits.dailyCashMinor = readLimit(body, QStringLiteral("dailyCash"));
    return limits;
}

} // namespace CardRequestFields

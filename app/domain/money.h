#pragma once

#include <QString>
#include <QtGlobal>

/// @short An amount in minor units (cents, öre) with its ISO 4217 currency.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("EUR");

    double major() const { return double(minor) / 100.0; }
};

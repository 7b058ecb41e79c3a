#pragma once

#include "customer.h"

#include <QString>

/// @short TransactionStatus as stored and sent: "pending", "posted", "declined", "reversed".
namespace TransactionStatusNames {
QString name(TransactionStatus status);
/// Anything unknown reads as posted (the status rows have carried since version 1).
TransactionStatus fromName(QStringView name);
} // namespace TransactionStatusNames

#include "transactionstatusnames.h"

namespace TransactionStatusNames {

QString name(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Pending: return QStringLiteral("pending");
    case TransactionStatus::Posted: return QStringLiteral("posted");
    case TransactionStatus::Declined: return QStringLiteral("declined");
    case TransactionStatus::Reversed: return QStringLiteral("reversed");
    }
    return QStringLiteral("posted");
}

TransactionStatus fromName(QStringView name)
{
    if (name == u"pending")
        return TransactionStatus::Pending;
    if (name == u"declined")
        return TransactionStatus::Declined;
    if (name == u"reversed")
        return TransactionStatus::Reversed;
    return TransactionStatus::Posted;
}

} // namespace TransactionStatusNames

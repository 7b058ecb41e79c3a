#include "transactionmodel.h"

#include "common/displaytext.h"

TransactionModel::TransactionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TransactionModel::setTransactions(const QList<Transaction> &transactions)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(transactions.size());
    for (const Transaction &t : transactions) {
        Row row;
        row.transaction = t;
        formatRow(row);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

const Transaction *TransactionModel::transactionFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row()).transaction;
}

void TransactionModel::retranslate()
{
    for (Row &row : m_rows)
        formatRow(row);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int TransactionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const Transaction &t = row.transaction;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return row.dateText;
        case Card:
            return row.cardText;
        case Merchant:
            return t.merchant;
        case Country:
            return t.country;
        case Mcc:
            return t.mcc;
        case Amount:
            return row.amountText;
        case Status:
            return row.statusText;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Date)
            return DisplayText::dateTime(t.occurredAt);
        if (index.column() == Merchant)
            return t.merchant;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        switch (index.column()) {
        case Date:
            return t.occurredAt;
        case Card:
            return t.cardLast4;
        case Merchant:
            return t.merchant;
        case Country:
            return t.country;
        case Mcc:
            return t.mcc;
        case Amount:
            return t.amount.minor;
        case Status:
            return int(t.status);
        }
        break;
    case StatusRole:
        return int(t.status);
    case DisputeRole:
        return t.disputeStatus;
    case MutedRole:
        return t.status == TransactionStatus::Declined || t.status == TransactionStatus::Reversed;
    default:
        break;
    }
    return QVariant();
}

QVariant TransactionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == Amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();

    switch (section) {
    case Date:
        return tr("Date");
    case Card:
        return tr("Card");
    case Merchant:
        return tr("Merchant");
    case Country:
        return tr("Country");
    case Mcc:
        return tr("MCC", "merchant category code");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    }
    return QVariant();
}

void TransactionModel::formatRow(Row &row) const
{
    const Transaction &t = row.transaction;
    row.dateText = DisplayText::recentDateTime(t.occurredAt);
    row.cardText = t.cardLast4.isEmpty() ? QString() : DisplayText::lastFour(t.cardLast4);
    row.amountText = DisplayText::money(t.amount);
    row.statusText = DisplayText::transactionStatus(t.status);
    if (!t.disputeStatus.isEmpty())
        row.statusText += QStringLiteral(", ") + DisplayText::disputeStatus(t.disputeStatus);
}

#pragma once

#include "domain/customer.h"

#include <QAbstractTableModel>
#include <QList>

/// @short A customer's recent card transactions, newest first.
class TransactionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Date,
        Card,
        Merchant,
        Country,
        Mcc,
        Amount,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1,   ///< the column's value for sorting: QDateTime, minor units, …
        StatusRole,                        ///< int, TransactionStatus
        DisputeRole,                       ///< QString: "", "open", "won", "lost"
        MutedRole                          ///< bool: declined or reversed
    };
    Q_ENUM(Role)

    explicit TransactionModel(QObject *parent = nullptr);

    void setTransactions(const QList<Transaction> &transactions);
    const Transaction *transactionFromIndex(const QModelIndex &index) const;

    /// Re-creates dates and amounts after a language (and locale) change.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Transaction transaction;
        QString dateText;
        QString cardText;
        QString amountText;
        QString statusText;
    };

    void formatRow(Row &row) const;

    QList<Row> m_rows;
};

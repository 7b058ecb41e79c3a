#pragma once

#include "domain/alert.h"
#include "domain/customer.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class Database;

/// @short Suspicious-transaction alerts in SQLite (migration 13), and the transactions they judge.
///
/// Runs on the database worker thread only; the caller owns the
/// transaction (CommandProcessor), so an alert, its conversation and its
/// audit entry commit together.
class AlertRepository
{
public:
    explicit AlertRepository(Database &database);

    /// The customer who holds @p cardId, and their home country; std::nullopt
    /// with an empty *error when there is no such card.
    struct CardOwner
    {
        qint64 customerId = 0;
        QString homeCountry;
        QString language;
        QString last4;
    };
    std::optional<CardOwner> ownerOfCard(qint64 cardId, QString *error);

    /// Stores an incoming transaction of @p cardId (its id is ignored); returns the new id, or 0.
    qint64 insertTransaction(qint64 cardId, const Transaction &transaction, QString *error);
    /// The stored transaction of @p cardId with the same time, amount, merchant and category
    /// (the same authorisation delivered again), or 0.
    qint64 sameTransaction(qint64 cardId, const Transaction &transaction, QString *error);
    /// The transactions with these ids (with their card's last four), oldest first.
    QList<Transaction> transactions(const QList<qint64> &ids, QString *error);
    /// The customer's transactions from @p since, on every card, oldest first.
    QList<Transaction> customerTransactions(qint64 customerId, const QDateTime &since, QString *error);
    /// Of @p ids, those that some alert already names as evidence.
    QSet<qint64> alreadyAlerted(const QList<qint64> &ids, QString *error);

    /// Inserts @p alert (its conversation exists) and its evidence links; returns the new id or 0.
    qint64 insert(const Alert &alert, QString *error);
    std::optional<Alert> alert(qint64 alertId, QString *error);
    std::optional<Alert> alertOfConversation(qint64 conversationId, QString *error);
    /// The first alert that names @p transactionId as evidence, or 0.
    qint64 alertOfTransaction(qint64 transactionId, QString *error);
    /// Records the decision on an open alert; false with *conflict when it was no longer open.
    bool decide(qint64 alertId, Alert::Status status, const QString &note, const QString &agent,
                const QDateTime &at, const QString &commandId, bool *conflict, QString *error);

private:
    std::optional<Alert> alertWhere(const QString &column, qint64 value, QString *error);

    Database &m_database;
};

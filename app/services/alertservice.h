#pragma once

#include "domain/alert.h"
#include "domain/command.h"
#include "domain/customer.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

/// @short What screening incoming transactions did.
struct ScreeningResult
{
    CommandResult result;            ///< Applied when an alert was raised, AlreadyApplied when it existed
    QList<qint64> transactionIds;    ///< the incoming transactions as stored, in the order given
    qint64 alertId = 0;              ///< the alert raised, or the one that already names them; 0: nothing found
    qint64 conversationId = 0;       ///< its conversation in the inbox
    QList<FraudRules::Finding> findings;   ///< what the rules found this time
};

/// @short Suspicious-transaction alerts: the fraud rules over incoming transactions, and the agent's decision.
///
/// Asynchronous like the other services. An alert is a conversation on the
/// alert channel (queue "fraud") whose first message states the evidence;
/// deciding it is a command with its audit entry. Screening is idempotent:
/// a transaction already named by an alert never raises a second one.
class AlertService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AlertService() override = default;

    /// @short Stores the card's incoming transactions (those with id 0, unless
    /// the same one is stored already; the others must be stored), judges them
    /// against the customer's own history (FraudRules) and raises one alert for
    /// what the rules find.
    virtual QFuture<ScreeningResult> screenIncoming(qint64 cardId, const QList<Transaction> &incoming) = 0;
    /// @short The alert behind an alert conversation, with its evidence transactions (found = false if none).
    virtual QFuture<AlertDetails> alertOfConversation(qint64 conversationId) = 0;
    /// @short The customer confirms the transactions: the alert closes with @p note (required).
    virtual QFuture<CommandResult> markGenuine(qint64 alertId, const QString &note) = 0;
    /// @short Not the customer: records the decision and returns what the
    /// compromised-card workflow starts from (customer, card, reason text).
    virtual QFuture<FraudDecision> markFraud(qint64 alertId, const QString &note) = 0;

Q_SIGNALS:
    /// An alert was raised or decided; its conversation changed too.
    void alertChanged(qint64 alertId, qint64 conversationId);
};

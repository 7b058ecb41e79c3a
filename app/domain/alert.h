#pragma once

#include "command.h"
#include "customer.h"
#include "fraudrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// @short One rule's finding as an alert keeps it: the rule, the evidence by id, the figures.
struct AlertFinding
{
    QString rule;                  ///< FraudRules::ruleName()
    QList<qint64> transactionIds;  ///< oldest first
    QStringList figures;
    QJsonObject details;

    static AlertFinding of(const FraudRules::Finding &finding);
    QJsonObject toJson() const;
    static std::optional<AlertFinding> fromJson(const QJsonObject &object);
};

/// @short A suspicious-transaction alert: raised by the rules, decided by an agent.
///
/// It lives in the inbox as a conversation on the alert channel; this is what
/// the rules found and what the agent decided.
struct Alert
{
    enum class Status {
        Open,
        Genuine,   ///< the customer confirmed the transactions: closed with a note
        Fraud      ///< not the customer: the compromised-card workflow follows
    };

    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 customerId = 0;
    qint64 cardId = 0;
    Status status = Status::Open;
    QList<AlertFinding> findings;
    QDateTime raisedAt;
    QString decisionNote;
    QString decidedBy;
    QDateTime decidedAt;

    /// The rule names, space separated, as stored.
    QString ruleNames() const;
    /// Every evidence transaction id, each once, in the findings' order.
    QList<qint64> transactionIds() const;

    static QString statusName(Status status);   ///< "open", "genuine", "fraud"
    static std::optional<Status> statusFromName(const QString &name);

    static QJsonArray findingsToJson(const QList<AlertFinding> &findings);
    /// std::nullopt when @p json is not a list of findings.
    static std::optional<QList<AlertFinding>> findingsFromJson(const QByteArray &json);

    /// The alert conversation's subject: "Suspicious: amount far above usual, rapid series (card •••• 4021)".
    static QString subjectText(const QList<FraudRules::Finding> &findings, const QString &cardLast4);
    /// The alert's first message: each rule with its figures and its transactions. English:
    /// alerts are internal, read by agents and the risk team. No card number beyond the last four.
    static QString evidenceText(const QList<FraudRules::Finding> &findings, const QString &cardLast4);
    /// What the wizard's reason field starts with after "fraud": the rules and the transactions.
    static QString fraudReasonText(const Alert &alert, const QList<Transaction> &evidence);
};

/// @short An alert with its evidence transactions, as the inbox shows it.
struct AlertDetails
{
    bool found = false;
    Alert alert;
    QList<Transaction> evidence;   ///< oldest first
    QString cardLast4;
    QString error;                 ///< storage failure, for the agent
};

/// @short What the UI needs after "fraud" to start the compromised-card wizard.
struct FraudDecision
{
    CommandResult result;
    qint64 customerId = 0;
    qint64 cardId = 0;
    qint64 conversationId = 0;
    QString reasonText;
};

Q_DECLARE_METATYPE(AlertDetails)

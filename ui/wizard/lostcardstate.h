#pragma once

#include "domain/cardworkflow.h"
#include "domain/conversation.h"
#include "domain/customer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

/// @short Everything the lost-card wizard knows and has done, saved with the workflow so any agent can resume.
struct LostCardState
{
    // What the workflow is about (not saved in data: the workflow row has it)
    qint64 workflowId = 0;
    int workflowVersion = 0;
    qint64 customerId = 0;
    qint64 cardId = 0;
    qint64 conversationId = 0;
    CardWorkflow::Situation situation = CardWorkflow::Situation::Lost;
    CardWorkflow::Step step = CardWorkflow::Step::Situation;

    // Read from the services, never saved
    CustomerDetails customer;
    std::optional<Channel> conversationChannel;

    // The answers, saved in the workflow's data
    QString reasonText;            ///< prefilled from an alert, or the customer's words
    bool locked = false;
    QDateTime lockedAt;
    QString lockMessage;
    QDateTime lastCertainUse;
    enum class Verdict { Unreviewed, Recognised, NotRecognised };
    QMap<qint64, Verdict> verdicts;                      ///< transaction id -> verdict
    QMap<qint64, DisputeReasons::Reason> disputeReasons; ///< per not-recognised transaction
    QMap<qint64, QJsonObject> evidence;                  ///< per not-recognised transaction
    bool declaration = false;      ///< the customer declares they did not make the not-authorised ones
    QMap<qint64, QString> filed;   ///< transaction id -> "merchant · amount" of disputes filed
    QMap<qint64, QString> descriptions;   ///< transaction id -> "date · merchant · amount" (not saved)
    QString policeReference;
    bool replacementOrdered = false;
    bool closedWithoutReplacement = false;
    QString replacementMessage;
    QString newLast4;
    QString delivery;              ///< "post", "pickup_point", "expedited"
    QString pickupPoint;
    bool pinCarriesOver = true;
    bool contactConfirmed = false;
    bool confirmationSent = false;
    bool noteAdded = false;

    const Card *card() const;
    QString last4() const;
    int notRecognisedCount() const;
    /// Not-recognised transactions without a dispute yet.
    QList<qint64> disputesToFile() const;
    /// The evidence filed with the dispute of @p transactionId (the declaration for a not-authorised one).
    QJsonObject evidenceFor(qint64 transactionId) const;
    WorkflowFacts facts(const QString &agentName) const;

    QJsonObject toJson() const;
    /// Restores the answers of a saved workflow.
    void restore(const WorkflowRecord &workflow);
};

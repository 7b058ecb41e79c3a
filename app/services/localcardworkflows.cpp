// LocalCardService: the lost / stolen / damaged / compromised card workflow
// and the disputes it files. The card actions themselves are in
// localcardservice.cpp; the wizard calls those as the steps come.

#include "localcardservice.h"

#include "commandprocessor.h"
#include "domain/cardnumber.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/workflowrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaObject>

using CardLifecycle::State;
using CardWorkflow::Situation;
using CardWorkflow::Step;

namespace {

QString workflowSubject(qint64 workflowId)
{
    return QStringLiteral("workflow:") + QString::number(workflowId);
}

CommandResult outcomeOf(CommandResult::Status status, const QString &message)
{
    CommandResult outcome;
    outcome.status = status;
    outcome.message = message;
    return outcome;
}

/// Answers are kept to what the wizard needs: no card numbers beyond the last four, bounded size.
constexpr int MaxWorkflowDataBytes = 256 * 1024;

} // namespace

QFuture<WorkflowResult> LocalCardService::startWorkflow(qint64 customerId, qint64 cardId, Situation situation,
                                                        qint64 conversationId)
{
    const Command command = Command::make(QStringLiteral("card.workflow.start"),
                                          QStringLiteral("card:") + QString::number(cardId),
                                          {{QStringLiteral("customerId"), customerId},
                                           {QStringLiteral("situation"), CardWorkflow::situationName(situation)},
                                           {QStringLiteral("conversationId"), conversationId}},
                                          m_agent.username);
    const QString agent = m_agent.username;
    return m_worker->run([command, customerId, cardId, situation, conversationId, agent](Database &db) {
        WorkflowResult answer;
        answer.result = CommandProcessor(db).apply(command, [&](Database &db, const Command &, QJsonObject *audit) {
            QString error;
            const std::optional<CardRecord> record = CardRepository(db).card(cardId, &error);
            if (!record || record->customerId != customerId)
                return outcomeOf(error.isEmpty() ? CommandResult::Rejected : CommandResult::Failed,
                                 tr("There is no card %1 for this customer.").arg(cardId));
            const QString last4 = QStringLiteral("•••• ") + record->card.last4;
            WorkflowRepository workflows(db);
            if (const std::optional<WorkflowRecord> open = workflows.openWorkflowOfCard(cardId, &error)) {
                answer.workflow = *open;
                return outcomeOf(CommandResult::Rejected,
                                 tr("%1 started a workflow for the card %2 at %3. Resume it instead of starting "
                                    "another.")
                                     .arg(open->startedBy, last4,
                                          QLocale().toString(open->startedAt.toLocalTime(), QLocale::ShortFormat)));
            }
            const State status = record->card.status;
            if (status != State::Active && status != State::Locked)
                return outcomeOf(CommandResult::Rejected,
                                 tr("The card %1 is %2. This workflow is for a card the customer has had in use; "
                                    "for a card on its way, use Card not received.")
                                     .arg(last4, stateText(status)));
            WorkflowRecord workflow;
            workflow.customerId = customerId;
            workflow.cardId = cardId;
            workflow.situation = situation;
            workflow.conversationId = conversationId;
            workflow.step = Step::Situation;
            workflow.startedBy = agent;
            const qint64 id = workflows.insertWorkflow(workflow, &error);
            if (!id)
                return outcomeOf(CommandResult::Failed, tr("The workflow could not be saved: %1").arg(error));
            answer.workflow = workflows.workflow(id, &error).value_or(workflow);
            audit->insert(QStringLiteral("customerId"), customerId);
            audit->insert(QStringLiteral("workflowId"), id);
            audit->insert(QStringLiteral("last4"), record->card.last4);
            audit->insert(QStringLiteral("situation"), CardWorkflow::situationName(situation));
            return outcomeOf(CommandResult::Applied, tr("Workflow started for the card %1.").arg(last4));
        });
        return answer;
    });
}

QFuture<WorkflowResult> LocalCardService::workflow(qint64 workflowId)
{
    return m_worker->run([workflowId](Database &db) mutable {
        WorkflowResult answer;
        QString error;
        CommandProcessor::resolveProvisional(db, QStringLiteral("workflow"), &workflowId, nullptr);
        const std::optional<WorkflowRecord> found = WorkflowRepository(db).workflow(workflowId, &error);
        if (found) {
            answer.workflow = *found;
            answer.result.status = CommandResult::Applied;
        } else {
            answer.result = outcomeOf(error.isEmpty() ? CommandResult::Rejected : CommandResult::Failed,
                                      error.isEmpty() ? tr("There is no workflow %1.").arg(workflowId) : error);
        }
        return answer;
    });
}

QFuture<QList<WorkflowRecord>> LocalCardService::openWorkflows(qint64 customerId)
{
    return m_worker->run([customerId](Database &db) {
        QString error;
        const QList<WorkflowRecord> open = WorkflowRepository(db).openWorkflows(customerId, &error);
        if (!error.isEmpty())
            qWarning("LocalCardService: open workflows of customer %lld: %s", customerId, qUtf8Printable(error));
        return open;
    });
}

QFuture<WorkflowResult> LocalCardService::saveWorkflow(qint64 workflowId, int expectedVersion, Step step,
                                                       const QJsonObject &data)
{
    return storeWorkflow(QStringLiteral("card.workflow.save"), workflowId, expectedVersion, step, data,
                         QStringLiteral("open"));
}

QFuture<WorkflowResult> LocalCardService::finishWorkflow(qint64 workflowId, int expectedVersion, bool completed,
                                                         const QJsonObject &data)
{
    return storeWorkflow(completed ? QStringLiteral("card.workflow.complete") : QStringLiteral("card.workflow.abandon"),
                         workflowId, expectedVersion, completed ? Step::Done : Step::Situation, data,
                         completed ? QStringLiteral("completed") : QStringLiteral("abandoned"));
}

QFuture<WorkflowResult> LocalCardService::storeWorkflow(const QString &type, qint64 workflowId, int expectedVersion,
                                                        Step step, const QJsonObject &data, const QString &state)
{
    // The answers are stored (and sent): never a full card number in them.
    if (CardNumber::containsCardNumber(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)))) {
        WorkflowResult refused;
        refused.result = outcomeOf(CommandResult::Rejected,
                                   tr("An answer holds a full card number. Card numbers are never stored: keep the "
                                      "last four digits at most, and save again."));
        return QtFuture::makeReadyFuture(refused);
    }
    Command command = Command::make(type, workflowSubject(workflowId),
                                    {{QStringLiteral("expectedVersion"), expectedVersion},
                                     {QStringLiteral("step"), CardWorkflow::stepName(step)},
                                     {QStringLiteral("data"), data}},
                                    m_agent.username);
    const QString agent = m_agent.username;
    return m_worker->run([command, workflowId, expectedVersion, step, data, state, agent](Database &db) mutable {
        WorkflowResult answer;
        CommandProcessor::resolveProvisional(db, QStringLiteral("workflow"), &workflowId, &command);
        answer.result = CommandProcessor(db).apply(command, [&](Database &db, const Command &, QJsonObject *audit) {
            WorkflowRepository workflows(db);
            QString error;
            const std::optional<WorkflowRecord> current = workflows.workflow(workflowId, &error);
            if (!current)
                return outcomeOf(error.isEmpty() ? CommandResult::Rejected : CommandResult::Failed,
                                 tr("There is no workflow %1.").arg(workflowId));
            answer.workflow = *current;
            if (current->state != QLatin1StringView("open"))
                return outcomeOf(CommandResult::Rejected,
                                 tr("This workflow was %1 by %2 at %3; nothing more can be saved in it.")
                                     .arg(current->state == QLatin1StringView("completed") ? tr("completed")
                                                                                           : tr("abandoned"),
                                          current->updatedBy,
                                          QLocale().toString(current->updatedAt.toLocalTime(), QLocale::ShortFormat)));
            if (current->version != expectedVersion)
                return outcomeOf(CommandResult::Conflict,
                                 tr("%1 continued this workflow at %2 while you had it open. Close it and resume "
                                    "it from the customer view to see their changes.")
                                     .arg(current->updatedBy,
                                          QLocale().toString(current->updatedAt.toLocalTime(), QLocale::ShortFormat)));
            if (QJsonDocument(data).toJson(QJsonDocument::Compact).size() > MaxWorkflowDataBytes)
                return outcomeOf(CommandResult::Rejected,
                                 tr("The workflow's answers are too large to save. Shorten the notes."));
            bool conflict = false;
            if (!workflows.saveWorkflow(workflowId, expectedVersion, step, data, state, agent, &conflict, &error))
                return outcomeOf(conflict ? CommandResult::Conflict : CommandResult::Failed,
                                 conflict ? tr("A colleague saved this workflow at the same moment. Resume it again.")
                                          : tr("The workflow could not be saved: %1").arg(error));
            answer.workflow = workflows.workflow(workflowId, &error).value_or(*current);
            audit->insert(QStringLiteral("customerId"), current->customerId);
            audit->insert(QStringLiteral("cardId"), current->cardId);
            audit->insert(QStringLiteral("step"), CardWorkflow::stepName(step));
            audit->insert(QStringLiteral("state"), state);
            return outcomeOf(CommandResult::Applied, tr("Workflow saved."));
        });
        return answer;
    });
}

QFuture<TransactionList> LocalCardService::transactionsSince(qint64 cardId, const QDateTime &since)
{
    return m_worker->run([cardId, since](Database &db) {
        TransactionList list;
        list.transactions = CardRepository(db).transactionsSince(cardId, since, &list.error);
        return list;
    });
}

QFuture<CommandResult> LocalCardService::fileDispute(qint64 workflowId, qint64 transactionId,
                                                     DisputeReasons::Reason reason, const QJsonObject &evidence,
                                                     const QString &policeReference)
{
    const QString reference = policeReference.trimmed();
    Command command = Command::make(QStringLiteral("card.dispute.file"),
                                    QStringLiteral("transaction:") + QString::number(transactionId),
                                    {{QStringLiteral("workflowId"), workflowId},
                                     {QStringLiteral("reason"), DisputeReasons::reasonName(reason)},
                                     {QStringLiteral("evidence"), evidence},
                                     {QStringLiteral("policeReference"), reference}},
                                    m_agent.username);
    const QString agent = m_agent.username;
    return m_worker->run([this, command, workflowId, transactionId, reason, evidence, reference, agent](Database &db) mutable {
        CommandProcessor::resolveProvisional(db, QStringLiteral("workflow"), &workflowId, &command);
        qint64 cardId = 0;
        qint64 customerId = 0;
        const CommandResult result = CommandProcessor(db).apply(command, [&](Database &db, const Command &cmd,
                                                                              QJsonObject *audit) {
            WorkflowRepository workflows(db);
            QString error;
            const std::optional<Transaction> charged = workflows.transaction(transactionId, &error);
            if (!charged)
                return outcomeOf(error.isEmpty() ? CommandResult::Rejected : CommandResult::Failed,
                                 tr("There is no transaction %1.").arg(transactionId));
            const std::optional<CardRecord> card = CardRepository(db).card(charged->cardId, &error);
            if (!card)
                return outcomeOf(CommandResult::Failed, tr("The card of this transaction could not be read: %1")
                                                            .arg(error));
            std::optional<WorkflowRecord> workflow;
            if (workflowId > 0) {
                workflow = workflows.workflow(workflowId, &error);
                if (!workflow || workflow->cardId != charged->cardId)
                    return outcomeOf(CommandResult::Rejected,
                                     tr("This transaction was not made with the workflow's card. Nothing was filed."));
            }
            if (const std::optional<Dispute> existing = workflows.disputeOfTransaction(transactionId, &error))
                return outcomeOf(CommandResult::Rejected,
                                 tr("%1 already disputed this purchase at %2. Nothing was filed again.")
                                     .arg(existing->agent,
                                          QLocale().toString(existing->openedAt.toLocalTime(), QLocale::ShortFormat)));
            if (charged->status == TransactionStatus::Declined || charged->status == TransactionStatus::Reversed)
                return outcomeOf(CommandResult::Rejected,
                                 tr("This transaction was declined or reversed: the customer was not charged, so "
                                    "there is nothing to dispute."));
            const QString problem = DisputeReasons::evidenceProblem(reason, evidence, charged->amount.minor,
                                                                    charged->occurredAt);
            if (!problem.isEmpty()) {
                CommandResult refused = outcomeOf(CommandResult::Rejected, DisputeReasons::evidenceMessage(problem));
                refused.fieldErrors.insert(problem, QStringLiteral("required"));
                return refused;
            }
            if (workflow && CardWorkflow::policeReferenceRequired(workflow->situation, 1)
                && !CardWorkflow::isPlausiblePoliceReference(reference)) {
                CommandResult refused = outcomeOf(
                    CommandResult::Rejected,
                    reference.isEmpty()
                        ? tr("The card was stolen: enter the police report reference before filing disputes.")
                        : tr("\"%1\" does not look like a police report reference (4 to 40 letters and digits). "
                             "Check it with the customer.")
                              .arg(reference.left(60)));
                refused.fieldErrors.insert(QStringLiteral("policeReference"), QStringLiteral("required"));
                return refused;
            }
            Dispute dispute;
            dispute.transactionId = transactionId;
            dispute.cardId = charged->cardId;
            dispute.reason = reason;
            dispute.evidence = evidence;
            dispute.policeReference = reference;
            dispute.workflowId = workflowId;
            dispute.agent = agent;
            const qint64 id = workflows.insertDispute(dispute, &error);
            if (!id)
                return outcomeOf(CommandResult::Failed, tr("The dispute could not be filed: %1").arg(error));
            cardId = charged->cardId;
            customerId = card->customerId;
            audit->insert(QStringLiteral("customerId"), customerId);
            audit->insert(QStringLiteral("cardId"), cardId);
            audit->insert(QStringLiteral("disputeId"), id);
            audit->insert(QStringLiteral("amountMinor"), double(charged->amount.minor));
            audit->insert(QStringLiteral("merchant"), charged->merchant);
            audit->insert(QStringLiteral("reason"), DisputeReasons::reasonName(reason));
            if (!reference.isEmpty())
                audit->insert(QStringLiteral("policeReference"), reference);
            Q_UNUSED(cmd);
            return outcomeOf(CommandResult::Applied,
                             tr("Dispute filed for %1 at %2.").arg(QLocale().toCurrencyString(
                                                                       charged->amount.major(),
                                                                       charged->amount.currency),
                                                                   charged->merchant));
        });
        if (result.status == CommandResult::Applied)
            QMetaObject::invokeMethod(this, [this, cardId, customerId] { Q_EMIT cardChanged(cardId, customerId); },
                                      Qt::QueuedConnection);
        return result;
    });
}

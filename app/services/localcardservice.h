#pragma once

#include "cardservice.h"
#include "domain/agent.h"

#include <functional>
#include <optional>

class CardRepository;
class DatabaseWorker;
class QJsonObject;
struct CardRecord;

/// @short CardService on the local database (the worker thread).
class LocalCardService : public CardService
{
    Q_OBJECT

public:
    explicit LocalCardService(DatabaseWorker *worker, QObject *parent = nullptr);

    void setAgent(const Agent &agent);

    QFuture<CommandResult> recordVerification(qint64 customerId, qint64 cardId, Verification::Method method,
                                              bool passed) override;
    QFuture<CommandResult> lock(qint64 cardId, int expectedVersion, CardLifecycle::LockReason reason,
                                        const QString &reasonText) override;
    QFuture<CommandResult> unlock(qint64 cardId, int expectedVersion, const QString &reasonText) override;
    QFuture<CommandResult> close(qint64 cardId, int expectedVersion, CardLifecycle::CloseReason reason,
                                 const QString &reasonText) override;
    QFuture<CommandResult> activate(qint64 cardId, int expectedVersion, bool customerConfirmedReceipt) override;
    QFuture<CommandResult> orderReplacement(qint64 cardId, int expectedVersion, const ReplacementOrder &order) override;
    QFuture<CommandResult> resetPin(qint64 cardId, int expectedVersion, bool byLetter) override;
    QFuture<CommandResult> reportNotReceived(qint64 cardId, int expectedVersion) override;
    QFuture<ControlsPreview> previewControls(qint64 cardId, const CardControls &controls) override;
    QFuture<CommandResult> setControls(qint64 cardId, int expectedVersion, const CardControls &controls) override;
    QFuture<ControlsPreview> previewLimits(qint64 cardId, const CardLimits &limits) override;
    QFuture<CommandResult> setLimits(qint64 cardId, int expectedVersion, const CardLimits &limits) override;
    QFuture<CardLimits> limits(qint64 cardId) override;
    QFuture<QList<CardEvent>> events(qint64 cardId) override;

    // The workflow (localcardworkflows.cpp)
    QFuture<WorkflowResult> startWorkflow(qint64 customerId, qint64 cardId, CardWorkflow::Situation situation,
                                          qint64 conversationId) override;
    QFuture<WorkflowResult> workflow(qint64 workflowId) override;
    QFuture<QList<WorkflowRecord>> openWorkflows(qint64 customerId) override;
    QFuture<WorkflowResult> saveWorkflow(qint64 workflowId, int expectedVersion, CardWorkflow::Step step,
                                         const QJsonObject &data) override;
    QFuture<WorkflowResult> finishWorkflow(qint64 workflowId, int expectedVersion, bool completed,
                                           const QJsonObject &data) override;
    QFuture<TransactionList> transactionsSince(qint64 cardId, const QDateTime &since) override;
    QFuture<CommandResult> fileDispute(qint64 workflowId, qint64 transactionId, DisputeReasons::Reason reason,
                                       const QJsonObject &evidence, const QString &policeReference) override;

    // The card panel: deliveries, the address flag, the caller's verification.
    QFuture<CardHolderStatus> holderStatus(qint64 customerId) override;
    QFuture<QHash<qint64, QStringList>> unsentActions(qint64 customerId) override;
    QFuture<CommandResult> clearAddressFlag(qint64 customerId, const QString &note) override;

    /// "locked", "closed", … for the agent, translated.
    static QString stateText(CardLifecycle::State state);

private:
    /// For each recent transaction of the card, what would decline it (empty: nothing).
    using Judge = std::function<QStringList(const QList<Transaction> &recent, const CardRecord &record)>;
    /// The card's last PreviewDays days of transactions, judged.
    QFuture<ControlsPreview> preview(qint64 cardId, const Judge &judge);

    static CardEvent closingEvent(const Card &card, CardLifecycle::CloseReason reason, const QString &text,
                                  const QString &agent, const Command &command);
    static QString verificationNeeded(Verification::Action action);
    static QString changedMeanwhile(const QString &last4, CardLifecycle::State now);
    static QString writeFailed(const QString &last4, bool conflict, const QString &error);

    /// The body of a card command, given the card as it is now; runs inside the command's transaction.
    using CardCommand = std::function<CommandResult(CardRepository &cards, const CardRecord &record,
                                                    const Command &command, QJsonObject *audit)>;
    /// Applies @p command to the card: refused when there is none, a
    /// Conflict naming the last change when it is no longer at
    /// @p expectedVersion; announces the change.
    QFuture<CommandResult> applyToCard(const Command &command, qint64 cardId, int expectedVersion,
                                       const CardCommand &body);

    /// More changes in the same transaction, after the card moved; false fails the command.
    using AfterTransition = std::function<bool(CardRepository &cards, const CardRecord &record,
                                               const CardEvent &event, QJsonObject *audit, QString *error)>;

    QFuture<CommandResult> transition(const QString &type, qint64 cardId, int expectedVersion,
                                      CardLifecycle::State to, std::optional<CardLifecycle::CloseReason> reason,
                                      const QString &reasonCode, const QString &reasonText,
                                      Verification::Action action, const AfterTransition &after = {});

    /// Writes the workflow's step, answers and state as one command.
    QFuture<WorkflowResult> storeWorkflow(const QString &type, qint64 workflowId, int expectedVersion,
                                          CardWorkflow::Step step, const QJsonObject &data, const QString &state);

    DatabaseWorker *m_worker;
    Agent m_agent;
};

#pragma once

#include "cardservice.h"
#include "domain/agent.h"

#include <optional>

class DatabaseWorker;

/// @short CardService on the local database (the worker thread).
class LocalCardService : public CardService
{
    Q_OBJECT

public:
    explicit LocalCardService(DatabaseWorker *worker, QObject *parent = nullptr);

    void setAgent(const Agent &agent);

    QFuture<CommandResult> recordVerification(qint64 customerId, qint64 cardId, Verification::Method method,
                                              bool passed) override;
    QFuture<CommandResult> lock(qint64 cardId, int expectedVersion, const QString &reasonText) override;
    QFuture<CommandResult> unlock(qint64 cardId, int expectedVersion, const QString &reasonText) override;
    QFuture<CommandResult> close(qint64 cardId, int expectedVersion, CardLifecycle::CloseReason reason,
                                 const QString &reasonText) override;
    QFuture<QList<CardEvent>> events(qint64 cardId) override;

    /// "locked", "closed", … for the agent, translated.
    static QString stateText(CardLifecycle::State state);

private:
    QFuture<CommandResult> transition(qint64 cardId, int expectedVersion, CardLifecycle::State to,
                                      std::optional<CardLifecycle::CloseReason> reason, const QString &reasonCode,
                                      const QString &reasonText, Verification::Action action);

    DatabaseWorker *m_worker;
    Agent m_agent;
};

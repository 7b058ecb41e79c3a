#pragma once

#include "auditservice.h"

#include "domain/agent.h"
#include "domain/auditquery.h"

class DatabaseWorker;

/// @short AuditService over the local SQLite database.
///
/// Reads are jobs on the database worker. The chain check is a series of
/// jobs of a few thousand entries each, so lookups and commands posted
/// meanwhile run between them instead of waiting for the whole log.
///
/// Role policy, enforced here: only a supervisor reads the audit log.
class LocalAuditService : public AuditService
{
    Q_OBJECT

public:
    /// Entries verified per job of the chain check.
    static constexpr int ChainStepSize = 2000;

    LocalAuditService(DatabaseWorker *worker, QObject *parent = nullptr);

    void setAgent(const Agent &agent);

    /// @short A filter as the supervisor typed it, read: the query so far and what is left to resolve.
    struct CheckedFilter
    {
        AuditQuery query;           ///< agent, action and times; no ids yet
        QString customerNumber;     ///< digits only; empty: none
        QString last4;              ///< a card's last four; empty: none
        qint64 cardId = 0;          ///< a card named by its id ("#45"); 0: none
        AuditPage refusal;          ///< refused when the filter cannot be read
    };
    /// @short Reads what the supervisor typed (RemoteAuditService reads it the same way).
    ///
    /// Nothing typed is echoed back in a message: a pasted card number must not travel further.
    static CheckedFilter checkFilter(const AuditFilter &filter);
    /// @short Why anyone but a supervisor is refused, translated.
    static QString supervisorsOnlyMessage();
    /// @short The summary of a finished chain check: intact, or what is wrong where, translated.
    static QString chainMessage(const AuditChain::Verification &verification, qint64 checked);

    QFuture<AuditPage> entries(const AuditFilter &filter, qint64 beforeSeq, int limit) override;
    QFuture<AuditFilterChoices> filterChoices() override;
    QFuture<AuditChainReport> checkChain() override;

private:
    bool isSupervisor() const;

    DatabaseWorker *m_worker;
    Agent m_agent;
};

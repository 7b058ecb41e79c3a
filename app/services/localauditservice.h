#pragma once

#include "auditservice.h"

#include "domain/agent.h"

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

    QFuture<AuditPage> entries(const AuditFilter &filter, qint64 beforeSeq, int limit) override;
    QFuture<AuditFilterChoices> filterChoices() override;
    QFuture<AuditChainReport> checkChain() override;

private:
    bool isSupervisor() const;

    DatabaseWorker *m_worker;
    Agent m_agent;
};

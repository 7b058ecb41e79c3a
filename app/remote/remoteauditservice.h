#pragma once

#include "services/auditservice.h"
#include "services/localauditservice.h"

#include "domain/agent.h"

#include <QPromise>

#include <memory>

class ApiClient;
struct ApiResult;

/// @short The audit log in remote mode: the server's log, read and checked on the server.
///
/// The cache only holds this console's own entries; the log that counts is
/// the server's. entries() asks GET /v1/audit (the customer number resolved
/// by GET /v1/customers?q=, a card's last four among that customer's cards
/// by GET /v1/customers/{id}, a card id checked by GET /v1/cards/{id}; cards
/// that share their last four are read one request each and merged, newest
/// first), filterChoices() GET /v1/audit/filter-choices, checkChain() POST
/// /v1/audit/verify. Filters are read as LocalAuditService reads them.
/// Offline, or when the server fails, the answer is a refusal that says so;
/// nothing is answered from the cache. Only supervisors: anyone else is
/// refused here before a request is made (and the server answers 403 anyway).
class RemoteAuditService : public AuditService
{
    Q_OBJECT

public:
    explicit RemoteAuditService(ApiClient *api, QObject *parent = nullptr);

    void setAgent(const Agent &agent);

    QFuture<AuditPage> entries(const AuditFilter &filter, qint64 beforeSeq, int limit) override;
    QFuture<AuditFilterChoices> filterChoices() override;
    /// One request: the progress range is set when the server has answered (the entries it checked).
    QFuture<AuditChainReport> checkChain() override;

    /// Entries per request to the server (its limit).
    static constexpr int MaxPageSize = 200;
    /// How long the chain check may take on the server before the console gives up.
    static constexpr int VerifyTimeoutMs = 60000;

Q_SIGNALS:
    /// Whether the last call reached the server.
    void reachabilityChanged(bool reachable);

private:
    /// One entries() call on its way: the filter as read, then its ids resolved.
    struct Read
    {
        LocalAuditService::CheckedFilter checked;
        QList<qint64> cardIds;    ///< the cards the filter names; empty: any card
        qint64 beforeSeq = 0;
        int limit = 50;
        QPromise<AuditPage> promise;
    };

    bool isSupervisor() const;
    /// The customer number into the customer's id (GET /v1/customers?q=).
    void resolveCustomer(const std::shared_ptr<Read> &read);
    /// A card's last four (among the customer's cards) or a card id into card ids.
    void resolveCards(const std::shared_ptr<Read> &read);
    /// GET /v1/audit, once per card when several are named, merged newest first.
    void readEntries(const std::shared_ptr<Read> &read);
    static void answer(const std::shared_ptr<Read> &read, const AuditPage &page);
    /// A refused page for a call that did not succeed: offline, not permitted, or the server's error.
    static AuditPage failedPage(const ApiResult &result);
    /// The message for a call that did not succeed, translated.
    static QString failureMessage(const ApiResult &result);

    ApiClient *m_api = nullptr;
    Agent m_agent;
};

#pragma once

#include "services/customerservice.h"

class ApiClient;
class DatabaseWorker;
class LocalCustomerService;

/// @short Customers in remote mode: the server when it answers, the cache when it does not.
///
/// search() asks GET /v1/customers?q= and falls back to the cache's own
/// lookup when the server cannot be reached (the page's error then says the
/// results are from this computer's copy). customer() refreshes the cache
/// from GET /v1/customers/{id} (customer, accounts, cards) and then reads it
/// through the local service, so offline the last copy is shown. Contact
/// changes go through the local service (and its commands through the
/// outbox); a national-ID reveal asks the server directly (only it holds the
/// full number).
class RemoteCustomerService : public CustomerService
{
    Q_OBJECT

public:
    RemoteCustomerService(DatabaseWorker *worker, ApiClient *api, LocalCustomerService *local,
                          QObject *parent = nullptr);

    QFuture<SearchPage> search(const SearchRequest &request) override;
    QFuture<CustomerResult> customer(qint64 customerId) override;
    QFuture<CommandResult> updateContactDetails(qint64 customerId, int expectedVersion,
                                                const ContactDetails &details) override;
    QFuture<RevealResult> revealNationalId(qint64 customerId, const QString &reason) override;

Q_SIGNALS:
    /// Whether the last call reached the server.
    void reachabilityChanged(bool reachable);

private:
    DatabaseWorker *m_worker = nullptr;
    ApiClient *m_api = nullptr;
    LocalCustomerService *m_local = nullptr;
};

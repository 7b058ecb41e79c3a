#pragma once

#include "customerservice.h"

#include "domain/agent.h"

#include <QAtomicInteger>

class DatabaseWorker;

/// @short CustomerService over the local SQLite database.
///
/// Every call is a job on the database worker. A new search supersedes the
/// ones still waiting in the queue: they answer SearchPage::superseded at
/// once instead of running, so fast typing never builds a backlog.
class LocalCustomerService : public CustomerService
{
    Q_OBJECT

public:
    LocalCustomerService(DatabaseWorker *worker, QObject *parent = nullptr);

    void setAgent(const Agent &agent);

    QFuture<SearchPage> search(const SearchRequest &request) override;
    QFuture<CustomerResult> customer(qint64 customerId) override;
    QFuture<CommandResult> updateContactDetails(qint64 customerId, int expectedVersion,
                                                const ContactDetails &details) override;
    QFuture<RevealResult> revealNationalId(qint64 customerId, const QString &reason) override;

private:
    void notifyChanged(qint64 customerId);

    DatabaseWorker *m_worker;
    Agent m_agent;
    QAtomicInteger<quint64> m_searchTicket;
};

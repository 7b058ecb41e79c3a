#pragma once

#include "domain/jsoncodec.h"

#include <QString>

class Database;

/// @short Writes what the server says into remote mode's SQLite cache (worker thread only).
///
/// The cache has the local schema, so the local services read it unchanged.
/// Rows keep the server's ids; a row is inserted or updated in place
/// (upsert), and the customer's search document is rebuilt with it. Every
/// call runs in the caller's transaction (it opens none).
class RemoteCache
{
public:
    explicit RemoteCache(Database &database);

    /// The customer, their accounts and their cards (GET /v1/customers/{id}).
    bool storeCustomerView(const JsonCodec::CustomerView &view, QString *error);
    /// One card (GET /v1/cards/{id}, or a change of the feed). A card whose
    /// customer or account is not in the cache is skipped (true, *stored false):
    /// the cache holds what this agent has opened.
    bool storeCard(const JsonCodec::CardView &view, bool *stored, QString *error);
    /// Whether the outbox still holds a command for @p subject ("card:12")
    /// that the server has not taken yet (pending or sending).
    bool hasUnsentCommand(const QString &subject, bool *unsent, QString *error);

private:
    bool storeCustomer(const Customer &customer, QString *error);
    bool storeAccount(qint64 customerId, const Account &account, QString *error);

    Database &m_database;
};

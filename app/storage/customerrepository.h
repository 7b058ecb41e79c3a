#pragma once

#include "domain/customer.h"
#include "domain/customersearch.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class Database;
class QSqlQuery;

/// @short The customer aggregate in SQLite: lookup, details, contact changes, search index.
///
/// Runs on the database worker thread only.
class CustomerRepository
{
public:
    explicit CustomerRepository(Database &database);

    /// Longest search text looked at; the rest is ignored, not an error.
    static constexpr int MaxQueryLength = 200;
    /// At most this many words are used from the search text.
    static constexpr int MaxQueryTerms = 8;
    /// Customer numbers are nine digits (100000000 + id in the demo data).
    static constexpr int CustomerNumberLength = 9;

    /// Lookup by name, email, phone (any format), customer number, city or
    /// card last four. Results come in customer-number order (names for one
    /// or two letters), keyset-paged by SearchPage::nextCursor.
    SearchPage search(const SearchRequest &request);

    std::optional<CustomerDetails> details(qint64 customerId, QString *error);
    std::optional<Customer> customer(qint64 customerId, QString *error);

    /// The stored national identity number, for an audited reveal.
    QString nationalId(qint64 customerId, QString *error);

    /// Writes new contact details if the stored version is @p expectedVersion;
    /// bumps the version and rebuilds the search document. The caller owns the
    /// transaction. Returns false with *conflict set when the version moved on.
    bool updateContact(qint64 customerId, int expectedVersion, const ContactDetails &details,
                       bool *conflict, QString *error);

    /// Rebuilds the customer's full-text document from its rows.
    bool refreshSearchDocument(qint64 customerId, QString *error);

    /// Rebuilds every document (migration step 2, and repair).
    static bool rebuildSearchIndex(QSqlDatabase &db, QString *error);

    /// Transaction columns, for "SELECT <these> FROM cards AS k JOIN transactions AS t …".
    static constexpr const char *TransactionColumns =
        "t.id, t.card_id, k.last4, t.occurred_at, t.amount_minor, t.currency, t.merchant, t.mcc, t.country,"
        " t.status, t.dispute_status, t.entry_mode";
    static Transaction transactionFromRow(const QSqlQuery &row);

private:
    SearchPage searchFullText(const SearchRequest &request, const QString &matchExpression,
                              const QStringList &shortTerms);
    SearchPage searchNamePrefix(const SearchRequest &request, const QString &prefix);
    SearchPage searchPhoneExact(const SearchRequest &request, const QStringList &candidatesE164);
    SearchPage searchCustomerNumberExact(const SearchRequest &request, const QString &number);
    SearchPage searchCustomerNumberPrefix(const SearchRequest &request, const QString &digits);

    Database &m_database;
};

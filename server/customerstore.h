#pragma once

#include "sqldialect.h"

#include "domain/customer.h"
#include "domain/jsoncodec.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// @short Customer lookup and the customer view's data.
///
/// Lookup folds the query like the console does (SearchText::fold) and
/// matches every word against the customer's search document (name, e-mail,
/// phone digits, customer number, city, card last fours): three characters
/// or more anywhere, one or two at the start of a word. Results are in name
/// order (last, first, id), paged by keyset on that order, never by OFFSET.
/// On PostgreSQL a page is found by walking the name order through an index
/// that carries the document, by the pg_trgm GIN index, or the one after the
/// other, chosen by what was typed (see customerstore.cpp); the rows and
/// their order are the same whichever way.
class CustomerStore
{
public:
    struct Page
    {
        QList<CustomerSummary> rows;
        QString next;       ///< opaque cursor; empty when this was the last page
        QString strategy;   ///< how the rows were found, e.g. "walk 30000, trigram" (tests, diagnostics)
    };

    /// A customer's profile with who changed it last (for a 412 answer).
    struct Record
    {
        Customer customer;
        QString updatedBy;   ///< empty: nobody since the import

        QString changedBy() const { return updatedBy.isEmpty() ? QStringLiteral("system") : updatedBy; }
        QDateTime changedAt() const { return customer.updatedAt; }
    };

    CustomerStore(QSqlDatabase db, SqlDialect dialect);

    /// nullopt: *error set, or *badCursor when @p after cannot be read.
    std::optional<Page> search(const QString &text, int limit, const QString &after, bool *badCursor, QString *error);

    /// The customer view as @p agent sees it (their latest verification of
    /// the caller); nullopt with an empty *error: no such customer.
    std::optional<JsonCodec::CustomerView> view(qint64 customerId, const QString &agent, int recentTransactions,
                                                QString *error);

    /// The profile alone; nullopt with an empty *error: no such customer.
    std::optional<Record> record(qint64 customerId, QString *error);
    /// The full national identity number, for an audited reveal only; empty
    /// (and *error empty) when there is no such customer.
    QString nationalId(qint64 customerId, QString *error);

    /// The card panel's status as @p agent sees it (their latest verification).
    std::optional<JsonCodec::HolderView> holder(qint64 customerId, const QString &agent, QString *error);

    /// Writes @p contact (normalised already; empty phone and e-mail are
    /// none) at @p expectedVersion only (*conflict otherwise), raises the
    /// version, records @p agent and @p now as the last change and makes the
    /// search document again (the lookup finds the new phone, e-mail, city).
    bool updateContact(qint64 customerId, int expectedVersion, const ContactDetails &contact, const QString &agent,
                       const QDateTime &now, bool *conflict, QString *error);

    /// Clears the address flag; false with an empty *error when there was none.
    bool clearAddressFlag(qint64 customerId, QString *error);

    /// The search document of a customer, as the lookup reads it.
    static QString searchDocument(const QString &firstName, const QString &lastName, const QString &email,
                                  const QString &customerNumber, const QString &city, const QString &phoneE164,
                                  const QStringList &cardLast4s);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

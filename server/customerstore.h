#pragma once

#include "sqldialect.h"

#include "domain/customer.h"
#include "domain/jsoncodec.h"

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

    CustomerStore(QSqlDatabase db, SqlDialect dialect);

    /// nullopt: *error set, or *badCursor when @p after cannot be read.
    std::optional<Page> search(const QString &text, int limit, const QString &after, bool *badCursor, QString *error);

    /// The customer view as @p agent sees it (their latest verification of
    /// the caller); nullopt with an empty *error: no such customer.
    std::optional<JsonCodec::CustomerView> view(qint64 customerId, const QString &agent, int recentTransactions,
                                                QString *error);

    /// The search document of a customer, as the lookup reads it.
    static QString searchDocument(const QString &firstName, const QString &lastName, const QString &email,
                                  const QString &customerNumber, const QString &city, const QString &phoneE164,
                                  const QStringList &cardLast4s);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

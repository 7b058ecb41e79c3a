#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class Database;
class LocalBackend;

/// Small, explicit test data written through SQL and indexed the way the
/// application indexes it (CustomerRepository::refreshSearchDocument).
namespace Fixtures {

struct Person
{
    QString first;
    QString last;
    QString phoneE164;
    QString email;
    QString city;
    QString country = QStringLiteral("FI");
    QStringList last4s;
    QString cardStatus = QStringLiteral("active");
};

/// Inserts the person with one account and a card per last four; returns the customer id.
qint64 addCustomer(Database &db, const Person &person);

/// One card transaction as a test writes it; what a test does not set is an ordinary purchase at home.
struct TransactionRow
{
    qint64 cardId = 0;
    QDateTime at;
    qint64 amountMinor = 1990;
    QString merchant = QStringLiteral("Shop");
    QString mcc = QStringLiteral("5411");
    QString country = QStringLiteral("FI");
    QString status = QStringLiteral("posted");
    QString entryMode = QStringLiteral("chip");
};

/// Inserts @p row in EUR; returns its id, 0 when the insert failed.
qint64 addTransaction(Database &db, const TransactionRow &row);

/// The people most tests use: Virtanens, Mäkinen, Åberg, Ødegård, Lindström …
void addStandardPeople(Database &db);

/// A LocalBackend on @p databasePath without demo data, signed in as
/// @p agentUsername (created as an agent when no agent is on record); null,
/// with *error, when it did not open.
std::unique_ptr<LocalBackend> openBackend(const QString &databasePath, QString *error,
                                          const QString &agentUsername = QStringLiteral("test.agent"));

} // namespace Fixtures

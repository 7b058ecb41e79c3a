#pragma once

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

/// The people most tests use: Virtanens, Mäkinen, Åberg, Ødegård, Lindström …
void addStandardPeople(Database &db);

/// A LocalBackend on @p databasePath without demo data, signed in as
/// @p agentUsername (created as an agent when no agent is on record); null,
/// with *error, when it did not open.
std::unique_ptr<LocalBackend> openBackend(const QString &databasePath, QString *error,
                                          const QString &agentUsername = QStringLiteral("test.agent"));

} // namespace Fixtures

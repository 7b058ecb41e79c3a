#include "fixtures.h"

#include "domain/nationalid.h"
#include "domain/searchtext.h"
#include "services/localbackend.h"
#include "storage/conversationrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

namespace Fixtures {

qint64 addCustomer(Database &db, const Person &person)
{
    static int serial = 0;
    ++serial;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO customers (customer_number, first_name, last_name, first_name_fold, last_name_fold,"
        " birth_date, national_id, country, phone_e164, email, street, postcode, city, language,"
        " loyalty_tier, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, '1985-03-15', ?, ?, ?, ?, 'Testikatu 1', '00100', ?, 'fi', 'basic',"
        " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"));
    query.addBindValue(QString::number(200000000 + serial));
    query.addBindValue(person.first);
    query.addBindValue(person.last);
    query.addBindValue(SearchText::fold(person.first));
    query.addBindValue(SearchText::fold(person.last));
    query.addBindValue(NationalId::generate(person.country, QDate(1985, 3, 15), serial, serial % 2));
    query.addBindValue(person.country);
    query.addBindValue(person.phoneE164.isEmpty() ? QVariant() : QVariant(person.phoneE164));
    query.addBindValue(person.email.isEmpty() ? QVariant() : QVariant(person.email));
    query.addBindValue(person.city);
    if (!query.exec())
        qFatal("Fixtures: %s", qUtf8Printable(query.lastError().text()));
    const qint64 id = query.lastInsertId().toLongLong();

    QSqlQuery account(db.connection());
    account.prepare(QStringLiteral(
        "INSERT INTO accounts (customer_id, account_number, product, currency, credit_limit_minor,"
        " balance_minor, due_date, opened_at) VALUES (?, ?, 'Test Mastercard', 'EUR', 300000, 12345,"
        " '2026-12-15', '2024-01-01T00:00:00Z')"));
    account.addBindValue(id);
    account.addBindValue(QStringLiteral("FI-") + QString::number(id));
    if (!account.exec())
        qFatal("Fixtures: %s", qUtf8Printable(account.lastError().text()));
    const qint64 accountId = account.lastInsertId().toLongLong();

    for (const QString &last4 : person.last4s) {
        QSqlQuery card(db.connection());
        card.prepare(QStringLiteral(
            "INSERT INTO cards (account_id, customer_id, bin, last4, product, embossed_name, status,"
            " expiry, issued_at) VALUES (?, ?, '535110', ?, 'Test Mastercard', 'TEST PERSON', ?,"
            " '2028-05', '2024-01-01T00:00:00Z')"));
        card.addBindValue(accountId);
        card.addBindValue(id);
        card.addBindValue(last4);
        card.addBindValue(person.cardStatus);
        if (!card.exec())
            qFatal("Fixtures: %s", qUtf8Printable(card.lastError().text()));
    }

    QString error;
    if (!CustomerRepository(db).refreshSearchDocument(id, &error))
        qFatal("Fixtures: %s", qUtf8Printable(error));
    return id;
}

void addStandardPeople(Database &db)
{
    addCustomer(db, {QStringLiteral("Aino"), QStringLiteral("Virtanen"), QStringLiteral("+358401234567"),
                     QStringLiteral("aino.virtanen@example.fi"), QStringLiteral("Helsinki"), QStringLiteral("FI"),
                     {QStringLiteral("4821")}});
    addCustomer(db, {QStringLiteral("Matti"), QStringLiteral("Virtanen"), QStringLiteral("+358451112233"),
                     QStringLiteral("matti.v@example.fi"), QStringLiteral("Oulu"), QStringLiteral("FI"),
                     {QStringLiteral("7310")}, QStringLiteral("locked")});
    addCustomer(db, {QStringLiteral("Mikko"), QStringLiteral("Mäkinen"), QStringLiteral("+358505556677"),
                     QStringLiteral("mikko.makinen@example.fi"), QStringLiteral("Tampere"), QStringLiteral("FI"),
                     {QStringLiteral("1207")}});
    addCustomer(db, {QStringLiteral("Åsa"), QStringLiteral("Lindström"), QStringLiteral("+46701234567"),
                     QStringLiteral("asa.lindstrom@example.se"), QStringLiteral("Stockholm"), QStringLiteral("SE"),
                     {QStringLiteral("9001")}});
    addCustomer(db, {QStringLiteral("Øystein"), QStringLiteral("Ødegård"), QStringLiteral("+4791234567"),
                     QStringLiteral("oystein@example.no"), QStringLiteral("Oslo"), QStringLiteral("NO"),
                     {QStringLiteral("3141")}});
    addCustomer(db, {QStringLiteral("Lars"), QStringLiteral("Åberg"), QString(),
                     QStringLiteral("lars.aberg@example.se"), QStringLiteral("Göteborg"), QStringLiteral("SE"),
                     {QStringLiteral("5555"), QStringLiteral("6666")}});
}

std::unique_ptr<LocalBackend> openBackend(const QString &databasePath, QString *error, const QString &agentUsername)
{
    auto backend = std::make_unique<LocalBackend>();
    LocalBackend::Options options;
    options.databasePath = databasePath;
    options.seedDemoIfEmpty = false;
    options.agentUsername = agentUsername;
    const OpenResult result = TestSupport::await(backend->open(options));
    if (!result.ok()) {
        if (error)
            *error = result.message;
        return nullptr;
    }
    return backend;
}

qint64 addTransaction(Database &db, const TransactionRow &row)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO transactions (card_id, occurred_at, amount_minor, currency, merchant, mcc,"
                             " country, status, entry_mode) VALUES (?, ?, ?, 'EUR', ?, ?, ?, ?, ?)"));
    q.addBindValue(row.cardId);
    q.addBindValue(ConversationRepository::isoTime(row.at.toUTC()));
    q.addBindValue(row.amountMinor);
    q.addBindValue(row.merchant);
    q.addBindValue(row.mcc);
    q.addBindValue(row.country);
    q.addBindValue(row.status);
    q.addBindValue(row.entryMode);
    if (!q.exec()) {
        qWarning("Fixtures::addTransaction: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

} // namespace Fixtures

#include "testsupport.h"

#include "domain/searchtext.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourcesHoldNumberedMigrations();
    void migratesFromEmpty();
    void migratesFromEachOlderVersion_data();
    void migratesFromEachOlderVersion();
    void reopeningIsANoOp();
    void refusesNewerSchema();
    void failedMigrationLeavesNothingBehind();
    void cardLifecycleMapsOldStatesAndKeepsTransactions();
    void lookupBadgeQueriesUseIndexes_data();
    void lookupBadgeQueriesUseIndexes();

private:
    static QStringList tables(Database &db);
    static int version(Database &db);
};

QStringList TestMigrations::tables(Database &db)
{
    QStringList names;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

int TestMigrations::version(Database &db)
{
    return Migrator(db.connection()).currentVersion();
}

void TestMigrations::resourcesHoldNumberedMigrations()
{
    const QList<Migrator::Migration> migrations = Migrator::available();
    QVERIFY(migrations.size() >= 3);
    for (int i = 0; i < migrations.size(); ++i) {
        QCOMPARE(migrations.at(i).version, i + 1);
        QVERIFY(!migrations.at(i).sql.trimmed().isEmpty());
    }
}

void TestMigrations::migratesFromEmpty()
{
    Database db(QStringLiteral("empty"));
    const OpenResult result = db.open(QStringLiteral(":memory:"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(version(db), Migrator::available().constLast().version);
    const QStringList names = tables(db);
    for (const char *table : {"customers", "accounts", "cards", "transactions", "customer_search",
                              "commands", "audit_log", "schema_migrations", "agents"})
        QVERIFY2(names.contains(QLatin1String(table)), table);

    QSqlQuery pragma(db.connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 1);
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous")) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 2);   // FULL
}

void TestMigrations::migratesFromEachOlderVersion_data()
{
    QTest::addColumn<int>("startVersion");
    const int latest = Migrator::available().constLast().version;
    for (int v = 1; v < latest; ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestMigrations::migratesFromEachOlderVersion()
{
    QFETCH(int, startVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database old(QStringLiteral("old"));
        const OpenResult result = old.open(path, startVersion);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(version(old), startVersion);
        // A customer as an older CardDesk wrote it (version 1 columns only).
        QSqlQuery insert(old.connection());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO customers (customer_number, first_name, last_name, first_name_fold,"
            " last_name_fold, birth_date, national_id, country, phone_e164, email, city, language,"
            " created_at, updated_at) VALUES ('100000042', 'Eeva', 'Hämäläinen', 'eeva', 'hamalainen',"
            " '1970-01-01', '010170-123F', 'FI', '+358401112223', 'eeva@example.fi', 'Lahti', 'fi',"
            " '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")));
    }
    Database upgraded(QStringLiteral("upgraded"));
    const OpenResult result = upgraded.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(version(upgraded), Migrator::available().constLast().version);
    QCOMPARE(result.customerCount, 1);

    // The data survived, and the search index covers it (built by step 2,
    // or kept by the repository when the index already existed).
    if (startVersion >= 2) {
        QString error;
        QVERIFY(CustomerRepository(upgraded).refreshSearchDocument(1, &error));
    }
    const SearchPage page = CustomerRepository(upgraded).search({QStringLiteral("hämäläinen"), QString(), 10});
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.constFirst().customerNumber, QStringLiteral("100000042"));
    const SearchPage byPhone = CustomerRepository(upgraded).search({QStringLiteral("040 111 2223"), QString(), 10});
    QCOMPARE(byPhone.rows.size(), 1);
}

void TestMigrations::reopeningIsANoOp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.sqlite"));
    {
        Database db(QStringLiteral("first"));
        QVERIFY(db.open(path).ok());
    }
    Database db(QStringLiteral("second"));
    QVERIFY(db.open(path).ok());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && query.next());
    QCOMPARE(query.value(0).toInt(), Migrator::available().size());
}

void TestMigrations::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db(QStringLiteral("writer"));
        QVERIFY(db.open(path).ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")));
    }
    Database db(QStringLiteral("reader"));
    const OpenResult result = db.open(path);
    QCOMPARE(result.status, OpenResult::NewerSchema);
    QVERIFY(result.message.contains(QLatin1String("newer")));
    QVERIFY(!db.isOpen());
}

void TestMigrations::failedMigrationLeavesNothingBehind()
{
    Database db(QStringLiteral("failing"));
    QVERIFY(db.open(QStringLiteral(":memory:"), 1).ok());
    // Make migration 2 fail half-way: its table name is taken.
    QSqlQuery block(db.connection());
    QVERIFY(block.exec(QStringLiteral("CREATE TABLE customer_search (x)")));
    Migrator migrator(db.connection());
    QString error;
    QVERIFY(!migrator.migrate(&error));
    QVERIFY(error.contains(QLatin1String("customer_search")));
    QCOMPARE(migrator.currentVersion(), 1);
    QVERIFY(!tables(db).contains(QLatin1String("commands")));
}

void TestMigrations::cardLifecycleMapsOldStatesAndKeepsTransactions()
{
    // Version 7 rebuilds the cards table. Dropping the old one with foreign
    // keys on would cascade to every transaction; it must not, and every old
    // state must land on the lifecycle.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    {
        Database old(QStringLiteral("v6"));
        QVERIFY(old.open(path, 6).ok());
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO customers (id, customer_number, first_name, last_name, first_name_fold, last_name_fold,"
            " birth_date, national_id, country, city, language, created_at, updated_at) VALUES (1, '100000001',"
            " 'Aino', 'Virtanen', 'aino', 'virtanen', '1980-01-01', '010180-123A', 'FI', 'Helsinki', 'fi',"
            " '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO accounts (id, customer_id, account_number, product, currency, credit_limit_minor,"
            " balance_minor, minimum_due_minor, due_date, status, opened_at) VALUES (1, 1, 'FI-1', 'Aurora',"
            " 'EUR', 500000, 0, 0, '2026-12-15', 'open', '2024-01-01T00:00:00Z')")));
        const char *const cards[] = {
            "(1, 'active', NULL, NULL)",       "(2, 'locked', 'customer_request', NULL)",
            "(3, 'inactive', NULL, NULL)",     "(4, 'blocked', 'stolen', NULL)",
            "(5, 'active', 'stolen', 4)",      "(6, 'expired', 'expired', NULL)",
            "(7, 'active', 'renewal', 6)",     "(8, 'closed', NULL, NULL)",
        };
        for (const char *card : cards) {
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO cards (id, status, status_reason, replacement_of, account_id,"
                                           " customer_id, bin, last4, product, embossed_name, expiry, issued_at)"
                                           " SELECT column1, column2, column3, column4, 1, 1, '535110', '40'"
                                           " || printf('%02d', column1), 'Aurora', 'AINO VIRTANEN', '2028-05',"
                                           " '2024-01-01T00:00:00Z' FROM (VALUES ")
                                + QLatin1String(card) + QLatin1Char(')')),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO transactions (card_id, occurred_at, amount_minor, currency,"
                                          " merchant, mcc, country, status) VALUES (%1, '2026-11-01T10:00:00Z',"
                                          " 1250, 'EUR', 'Shop', '5411', 'FI', 'posted')")
                               .arg(QString::fromLatin1(card).mid(1).section(QLatin1Char(','), 0, 0))));
        }
    }
    Database upgraded(QStringLiteral("v7"));
    const OpenResult result = upgraded.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QSqlQuery q(upgraded.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id || ':' || status || ':' || ifnull(status_reason, '') || ':' ||"
                                  " ifnull(replacement_reason, '') || ':' || version FROM cards ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    QCOMPARE(rows, QStringList({QStringLiteral("1:active:::1"), QStringLiteral("2:locked:customer_request::1"),
                                QStringLiteral("3:pending_activation:::1"), QStringLiteral("4:closed:stolen::1"),
                                QStringLiteral("5:active::stolen:1"), QStringLiteral("6:closed:expired::1"),
                                QStringLiteral("7:active::expired:1"),
                                QStringLiteral("8:closed:customer_request::1")}));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transactions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    // Version 9 classified the old rows: small grocery payments are contactless.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transactions WHERE entry_mode = 'contactless'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);   // back on after the rebuild
    // The new CHECKs hold: an old state and a closed card without a reason are refused.
    QVERIFY(!q.exec(QStringLiteral("UPDATE cards SET status = 'blocked' WHERE id = 1")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE cards SET status = 'closed', status_reason = NULL WHERE id = 1")));
    // Deleting a card still cascades to its transactions: the references point at the new table.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM cards WHERE id = 8")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transactions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 7);
}

void TestMigrations::lookupBadgeQueriesUseIndexes_data()
{
    // The lookup computes these for every result row: a full scan of cards
    // per row cost 100 ms a row at a million customers.
    QTest::addColumn<QString>("sql");
    QTest::addRow("replacement of a card") << "SELECT 1 FROM cards r WHERE r.replacement_of = 5";
    QTest::addRow("cards of a customer") << "SELECT 1 FROM cards k WHERE k.customer_id = 5";
    QTest::addRow("accounts of a customer") << "SELECT 1 FROM accounts a WHERE a.customer_id = 5";
    QTest::addRow("customer by phone") << "SELECT 1 FROM customers c WHERE c.phone_e164 IN ('+358401234567')";
    QTest::addRow("customer by number") << "SELECT 1 FROM customers c WHERE c.customer_number = '100000001'";
}

void TestMigrations::lookupBadgeQueriesUseIndexes()
{
    QFETCH(QString, sql);
    Database db(QStringLiteral("plans"));
    QVERIFY(db.open(QStringLiteral(":memory:")).ok());
    QSqlQuery plan(db.connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    const QString joined = steps.join(QLatin1String("; "));
    QVERIFY2(joined.contains(QLatin1String("USING")) && !joined.contains(QLatin1String("SCAN")),
             qPrintable(joined));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

#include "customerstore.h"
#include "databaseurl.h"
#include "postgrescluster.h"
#include "schemamigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

/// CustomerStore::search on PostgreSQL chooses how to find a page (a walk in
/// name order through customers_search_order, the trigram index, or the one
/// after the other) by what was typed; every way must give the rows a single
/// statement gives, in the same order, page after page. The customers here
/// are made so that each way is taken: 40,000 with surnames in a known order
/// ("l00001" ... "l40000"), first names that match densely ("anna", one in
/// five), sparsely ("karl", one in 100) or too sparsely for the walk
/// ("reijo", one in 600: the 51st comes after 30,000 customers, the walk
/// gives way after 10,000), and a
/// cluster of 600 Virtanens after all of them, with three earlier customers
/// whose e-mail says "virtanen" and who must come first. Each result is
/// checked against an independent reading of the rules: every word of three
/// letters or more anywhere in the search document, shorter ones at the start
/// of a word, sorted by last name, first name, id.
class TestCustomerSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void migrationGivesTheNameIndexTheDocument();
    void firstPageMatchesOneStatement_data();
    void firstPageMatchesOneStatement();
    void everyPageFollowsOn_data();
    void everyPageFollowsOn();
    void badCursorIsRefused();
    void rowsComeWithCardsAndBadges();

private:
    struct Row
    {
        qint64 id = 0;
        QString last;
        QString first;
        QString doc;
    };

    QList<qint64> expected(const QString &text) const;
    QSqlDatabase db() const { return QSqlDatabase::database(QStringLiteral("customersearch")); }

    std::unique_ptr<PostgresCluster> m_cluster;
    QList<Row> m_rows;
};

namespace {

constexpr int NamedInOrder = 40000;
constexpr int Virtanens = 600;

bool exec(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qWarning("%s\n%s", qPrintable(statement.left(200)), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QList<qint64> idsOf(const QList<CustomerSummary> &rows)
{
    QList<qint64> ids;
    for (const CustomerSummary &row : rows)
        ids << row.id;
    return ids;
}

} // namespace

void TestCustomerSearch::initTestCase()
{
    m_cluster = std::make_unique<PostgresCluster>();
    QString error;
    if (!m_cluster->start(&error) || !m_cluster->createDatabase(QStringLiteral("search"), &error))
        QFAIL(qPrintable(QStringLiteral("PostgreSQL for the test: ") + error));
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_cluster->url(QStringLiteral("search")), &error);
    QVERIFY2(url, qPrintable(error));
    QSqlDatabase database = url->open(QStringLiteral("customersearch"), &error);
    QVERIFY2(database.isOpen(), qPrintable(error));
    SchemaMigrator migrator(database, SqlDialect::PostgreSql);
    QVERIFY2(migrator.migrate(nullptr, &error), qPrintable(error));

    // The test cluster commits asynchronously; VACUUM marks pages all-visible
    // (which the index-only walk relies on) only once the commits are on disk.
    QVERIFY(exec(database, QStringLiteral("SET synchronous_commit = on")));

    // Search documents as CustomerStore::searchDocument makes them (folded
    // names, e-mail, customer number, city, phone digits in both forms).
    const QString document = QStringLiteral(
        "f || ' ' || l || ' | ' || e || ' | ' || (100000000 + k)::text || ' | helsinki | 3584' "
        "|| lpad(k::text, 8, '0') || ' | 04' || lpad(k::text, 8, '0')");
    const QString insert = QStringLiteral(
        "INSERT INTO customers (id, customer_number, first_name, last_name, first_name_fold, last_name_fold, "
        "birth_date, national_id, country, phone_e164, email, city, language, search_doc, created_at, updated_at) "
        "SELECT k, (100000000 + k)::text, initcap(f), initcap(l), f, l, DATE '1980-01-01', "
        "'010180-' || lpad(k::text, 5, '0'), 'FI', '+3584' || lpad(k::text, 8, '0'), e, 'Helsinki', 'fi', %1, "
        "now(), now() FROM (%2) s");
    QVERIFY(exec(database, insert.arg(document, QStringLiteral(
        "SELECT k, f, l, CASE WHEN k IN (5, 17, 2999) THEN 'old.virtanen@example.fi' "
        "ELSE f || '.' || l || '@example.fi' END AS e FROM (SELECT k, "
        "CASE WHEN k % 600 = 0 THEN 'reijo' WHEN k % 100 = 7 THEN 'karl' WHEN k % 5 = 1 THEN 'anna' "
        "ELSE 'eero' END AS f, 'l' || lpad(k::text, 5, '0') AS l "
        "FROM generate_series(1, 40000) k) g"))));
    QVERIFY(exec(database, insert.arg(document, QStringLiteral(
        "SELECT k, f, 'virtanen' AS l, f || '.virtanen@example.fi' AS e FROM (SELECT k, "
        "(ARRAY['aino', 'matti', 'liisa', 'pekka'])[k % 4 + 1] AS f FROM generate_series(40001, 40600) k) g"))));
    // Cards and accounts for two of them, for the last fours and badges that
    // come with the rows: customer 1 has an active, a locked and a lost card
    // never replaced, and an overdue account; customer 6 a stolen card that
    // was replaced.
    QVERIFY(exec(database, QStringLiteral(
        "INSERT INTO accounts (id, customer_id, account_number, product, currency, credit_limit_minor, "
        "balance_minor, status, opened_at) VALUES "
        "(1, 1, 'A-1', 'Aurora', 'EUR', 100000, 5000, 'overdue', now()), "
        "(2, 6, 'A-6', 'Aurora', 'EUR', 100000, 0, 'open', now())")));
    QVERIFY(exec(database, QStringLiteral(
        "INSERT INTO cards (id, account_id, customer_id, bin, last4, product, embossed_name, status, status_reason, "
        "expiry, issued_at, replacement_of, replacement_reason) VALUES "
        "(1, 1, 1, '522184', '1111', 'Aurora', 'ANNA L', 'active', NULL, DATE '2029-12-31', now(), NULL, NULL), "
        "(2, 1, 1, '522184', '2222', 'Aurora', 'ANNA L', 'locked', 'misplaced', DATE '2029-12-31', now(), NULL, NULL), "
        "(3, 1, 1, '522184', '3333', 'Aurora', 'ANNA L', 'closed', 'lost', DATE '2029-12-31', now(), NULL, NULL), "
        "(4, 2, 6, '522184', '4444', 'Aurora', 'ANNA L', 'closed', 'stolen', DATE '2029-12-31', now(), NULL, NULL), "
        "(5, 2, 6, '522184', '5555', 'Aurora', 'ANNA L', 'active', NULL, DATE '2029-12-31', now(), 4, 'stolen')")));
    QVERIFY(exec(database, QStringLiteral("VACUUM ANALYZE customers")));

    QSqlQuery all(database);
    QVERIFY(all.exec(QStringLiteral("SELECT id, last_name_fold, first_name_fold, search_doc FROM customers")));
    while (all.next())
        m_rows.append({all.value(0).toLongLong(), all.value(1).toString(), all.value(2).toString(),
                       all.value(3).toString()});
    QCOMPARE(m_rows.size(), NamedInOrder + Virtanens);
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.last, a.first, a.id) < std::tie(b.last, b.first, b.id);
    });
}

void TestCustomerSearch::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("customersearch"));
    m_cluster.reset();
}

QList<qint64> TestCustomerSearch::expected(const QString &text) const
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<qint64> ids;
    for (const Row &row : m_rows) {
        const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return word.size() >= 3 ? row.doc.contains(word)
                                    : row.doc.startsWith(word) || row.doc.contains(QLatin1Char(' ') + word);
        });
        if (all)
            ids << row.id;
    }
    return ids;
}

void TestCustomerSearch::migrationGivesTheNameIndexTheDocument()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'customers'")));
    QHash<QString, QString> indexes;
    while (query.next())
        indexes.insert(query.value(0).toString(), query.value(1).toString());
    QVERIFY2(indexes.contains(QStringLiteral("customers_search_order")), qPrintable(indexes.keys().join(u", ")));
    const QString definition = indexes.value(QStringLiteral("customers_search_order"));
    QVERIFY2(definition.contains(QLatin1String("(last_name_fold, first_name_fold, id) INCLUDE (search_doc)")),
             qPrintable(definition));
    QVERIFY2(!indexes.contains(QStringLiteral("customers_by_name")), "the index it replaces is still there");
    // Room on each page for updates, and the order a plain CLUSTER restores.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT array_to_string(c.reloptions, ','), i.indisclustered FROM pg_class c "
        "JOIN pg_index i ON i.indrelid = c.oid JOIN pg_class x ON x.oid = i.indexrelid "
        "WHERE c.relname = 'customers' AND x.relname = 'customers_search_order'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("fillfactor=90"));
    QVERIFY(query.value(1).toBool());
    QVERIFY(indexes.contains(QStringLiteral("customers_search_trgm")));
    // The walk is an index-only scan: no table rows read.
    QVERIFY(query.exec(QStringLiteral(
        "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM customers c WHERE c.search_doc LIKE '%anna%' "
        "ORDER BY c.last_name_fold, c.first_name_fold, c.id LIMIT 51")));
    QString plan;
    while (query.next())
        plan += query.value(0).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QLatin1String("Index Only Scan using customers_search_order")), qPrintable(plan));
    QVERIFY2(plan.contains(QLatin1String("Heap Fetches: 0")), qPrintable(plan));
}

void TestCustomerSearch::firstPageMatchesOneStatement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<int>("total");   // all matches by the rules (-1: not counted): guards the data against drift
    QTest::addRow("dense first name: the walk") << QStringLiteral("anna") << QStringLiteral("walk 10000") << 8000;
    QTest::addRow("sparse first name: still the walk") << QStringLiteral("karl") << QStringLiteral("walk 10000")
                                                       << 400;
    QTest::addRow("too sparse: walk, then trigram") << QStringLiteral("reijo")
                                                    << QStringLiteral("walk 10000, trigram") << 66;
    QTest::addRow("late surname cluster: walk, then trigram")
        << QStringLiteral("virtanen") << QStringLiteral("walk 10000, trigram") << Virtanens + 3;
    QTest::addRow("phone number: trigram") << QStringLiteral("0400000123") << QStringLiteral("trigram") << 1;
    QTest::addRow("two words: trigram") << QStringLiteral("anna l0001") << QStringLiteral("trigram") << 2;
    QTest::addRow("card-like four digits: trigram") << QStringLiteral("0123") << QStringLiteral("trigram") << -1;
    QTest::addRow("short word: the walk to the end") << QStringLiteral("vi") << QStringLiteral("walk") << Virtanens;
    QTest::addRow("short and long word") << QStringLiteral("matti vi") << QStringLiteral("walk 10000, trigram")
                                         << Virtanens / 4;
    QTest::addRow("nothing matches") << QStringLiteral("zzzq") << QStringLiteral("walk 10000, trigram") << 0;
}

void TestCustomerSearch::firstPageMatchesOneStatement()
{
    QFETCH(QString, text);
    QFETCH(QString, strategy);
    QFETCH(int, total);
    const QList<qint64> all = expected(text);
    if (total >= 0)
        QCOMPARE(all.size(), total);
    else
        QVERIFY(all.size() > 50);
    CustomerStore store(db(), SqlDialect::PostgreSql);
    bool badCursor = false;
    QString error;
    const std::optional<CustomerStore::Page> page = store.search(text, 50, QString(), &badCursor, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->strategy, strategy);
    QCOMPARE(idsOf(page->rows), all.mid(0, 50));
    QCOMPARE(page->next.isEmpty(), all.size() <= 50);
    if (text == QLatin1String("virtanen")) {
        // The three with an old e-mail come before the cluster, in name order.
        QCOMPARE(page->rows.at(0).id, 5);
        QCOMPARE(page->rows.at(1).id, 17);
        QCOMPARE(page->rows.at(2).id, 2999);
        QCOMPARE(page->rows.at(3).lastNameFold, QStringLiteral("virtanen"));
    }
}

void TestCustomerSearch::everyPageFollowsOn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addRow("walk pages") << QStringLiteral("karl") << 30;
    QTest::addRow("trigram pages") << QStringLiteral("virtanen") << 170;
    QTest::addRow("walk, then trigram, per page") << QStringLiteral("reijo") << 20;
    QTest::addRow("dense, a long way") << QStringLiteral("anna") << 200;
}

void TestCustomerSearch::everyPageFollowsOn()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    const QList<qint64> all = expected(text);
    QList<qint64> seen;
    CustomerStore store(db(), SqlDialect::PostgreSql);
    QString cursor;
    int pages = 0;
    // "anna" has 8,000: the first ten pages are enough to cross many walks.
    const int maxPages = 10;
    do {
        bool badCursor = false;
        QString error;
        const std::optional<CustomerStore::Page> page = store.search(text, limit, cursor, &badCursor, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(!badCursor);
        QVERIFY(page->rows.size() <= limit);
        seen += idsOf(page->rows);
        cursor = page->next;
        ++pages;
    } while (!cursor.isEmpty() && pages < maxPages);
    QCOMPARE(seen, all.mid(0, seen.size()));
    if (cursor.isEmpty())
        QCOMPARE(seen.size(), all.size());
    else
        QCOMPARE(seen.size(), maxPages * limit);
}

void TestCustomerSearch::badCursorIsRefused()
{
    CustomerStore store(db(), SqlDialect::PostgreSql);
    bool badCursor = false;
    QString error;
    QVERIFY(!store.search(QStringLiteral("anna"), 50, QStringLiteral("bm9wZQ"), &badCursor, &error));
    QVERIFY(badCursor);
}

void TestCustomerSearch::rowsComeWithCardsAndBadges()
{
    CustomerStore store(db(), SqlDialect::PostgreSql);
    bool badCursor = false;
    QString error;
    const std::optional<CustomerStore::Page> page = store.search(QStringLiteral("anna"), 50, QString(), &badCursor,
                                                                 &error);
    QVERIFY2(page, qPrintable(error));
    QVERIFY(page->rows.size() >= 2);
    const CustomerSummary &first = page->rows.at(0);
    QCOMPARE(first.id, 1);
    QCOMPARE(first.cardLast4s, QStringLiteral("1111 2222"));   // not the closed one
    QCOMPARE(first.badges, CustomerSummary::HasLockedCard | CustomerSummary::HasBlockedCard | CustomerSummary::Overdue);
    const CustomerSummary &second = page->rows.at(1);
    QCOMPARE(second.id, 6);
    QCOMPARE(second.cardLast4s, QStringLiteral("5555"));
    QCOMPARE(second.badges, int(CustomerSummary::NoBadge));   // its stolen card was replaced
    QCOMPARE(page->rows.at(2).cardLast4s, QString());
}

QTEST_GUILESS_MAIN(TestCustomerSearch)
#include "tst_customersearch.moc"

#include "testsupport.h"

#include "databaseurl.h"
#include "postgrescluster.h"
#include "schemamigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The server's schema migrations on both dialects: from empty, again (a no-op),
/// and what the schema promises (append-only audit log, the trigram index).
class TestServerMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void splitsScriptsAtTopLevelSemicolonsOnly();
    void everyDialectHasTheSameVersions();
    void migratesFromEmpty_data();
    void migratesFromEmpty();
    void rerunIsANoOp_data();
    void rerunIsANoOp();
    void auditLogIsAppendOnly_data();
    void auditLogIsAppendOnly();
    void postgresSearchHasATrigramIndex();

private:
    QSqlDatabase connection(const QString &dialect);
    static qint64 scalar(QSqlDatabase db, const QString &statement);

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_pgError;
};

void TestServerMigrations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cluster = std::make_unique<PostgresCluster>();
    if (!m_cluster->start(&m_pgError) || !m_cluster->createDatabase(QStringLiteral("migrations"), &m_pgError))
        QFAIL(qPrintable(QStringLiteral("PostgreSQL for the test: ") + m_pgError));
}

void TestServerMigrations::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_cluster.reset();
}

QSqlDatabase TestServerMigrations::connection(const QString &dialect)
{
    const QString name = QStringLiteral("migrations-") + dialect;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QString text = dialect == QLatin1String("postgresql")
        ? m_cluster->url(QStringLiteral("migrations"))
        : QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(text, &error);
    if (!url)
        qFatal("bad url %s: %s", qPrintable(text), qPrintable(error));
    QSqlDatabase db = url->open(name, &error);
    if (!db.isValid())
        qWarning("cannot open %s: %s", qPrintable(text), qPrintable(error));
    return db;
}

qint64 TestServerMigrations::scalar(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

void TestServerMigrations::splitsScriptsAtTopLevelSemicolonsOnly()
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE t (a text DEFAULT 'x;y', \"b;c\" int);\n"
        "/* block; comment */ INSERT INTO t VALUES ('it''s; fine', 1);\n"
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'no; way';\nEND;\n$$;\n"
        "CREATE TRIGGER g BEFORE DELETE ON t\nBEGIN\n  SELECT RAISE(ABORT, 'no');\n  SELECT CASE WHEN 1 THEN 2 END;\nEND;\n"
        "CREATE TRIGGER h BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();\n"
        "SELECT 1");
    const QStringList statements = SchemaMigrator::splitStatements(script);
    QCOMPARE(statements.size(), 6);
    QVERIFY(statements.at(0).startsWith(QLatin1String("CREATE TABLE t")));
    QVERIFY(statements.at(0).contains(QLatin1String("'x;y'")));
    QVERIFY(statements.at(1).contains(QLatin1String("'it''s; fine'")));
    QVERIFY(statements.at(2).contains(QLatin1String("END;\n$$")));
    QVERIFY(statements.at(3).endsWith(QLatin1String("END")));
    QVERIFY(statements.at(3).contains(QLatin1String("SELECT CASE WHEN 1 THEN 2 END;")));
    QVERIFY(statements.at(4).startsWith(QLatin1String("CREATE TRIGGER h")));
    QCOMPARE(statements.at(5), QStringLiteral("SELECT 1"));
}

void TestServerMigrations::everyDialectHasTheSameVersions()
{
    const QList<SchemaMigrator::Migration> postgres = SchemaMigrator::available(SqlDialect::PostgreSql);
    const QList<SchemaMigrator::Migration> sqlite = SchemaMigrator::available(SqlDialect::Sqlite);
    QVERIFY(postgres.size() >= 3);
    QCOMPARE(postgres.size(), sqlite.size());
    for (qsizetype i = 0; i < postgres.size(); ++i) {
        QCOMPARE(postgres.at(i).version, int(i + 1));
        QCOMPARE(postgres.at(i).name, sqlite.at(i).name);
    }
}

void TestServerMigrations::migratesFromEmpty_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addRow("postgresql") << QStringLiteral("postgresql");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
}

void TestServerMigrations::migratesFromEmpty()
{
    QFETCH(QString, dialect);
    QSqlDatabase db = connection(dialect);
    QVERIFY(db.isOpen());
    const SqlDialect sqlDialect = dialect == QLatin1String("postgresql") ? SqlDialect::PostgreSql : SqlDialect::Sqlite;
    SchemaMigrator migrator(db, sqlDialect);
    QString error;
    QCOMPARE(migrator.currentVersion(&error), 0);
    QStringList applied;
    QVERIFY2(migrator.migrate(&applied, &error), qPrintable(error));
    const QList<SchemaMigrator::Migration> available = SchemaMigrator::available(sqlDialect);
    QCOMPARE(applied.size(), available.size());
    QCOMPARE(applied.first(), QStringLiteral("0001_agents_and_sessions"));
    QCOMPARE(migrator.currentVersion(&error), available.last().version);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")), qint64(available.size()));
    // Every table the server reads and writes is there and empty.
    for (const char *table : {"agents", "sessions", "login_failures", "idempotency_keys", "changes", "audit_log",
                              "customers", "customer_benefits", "accounts", "cards", "card_events", "transactions",
                              "verifications", "conversations", "conversation_topics", "messages", "attachments",
                              "attachment_blobs", "card_orders", "card_limits", "alerts", "alert_transactions"}) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), qint64(0));
    }
    // Columns later migrations add: who changed a customer last (0007).
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(updated_by) FROM customers")), qint64(0));
    // The lifecycle's states are the only ones a card may be in.
    QSqlQuery bad(db);
    QVERIFY(!bad.exec(QStringLiteral("INSERT INTO customers (id, customer_number, first_name, last_name, "
                                     "first_name_fold, last_name_fold, birth_date, national_id, country, language, "
                                     "created_at, updated_at) VALUES (1, '1', 'a', 'b', 'a', 'b', '1980-01-01', 'x', "
                                     "'DK', 'fi', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
}

void TestServerMigrations::rerunIsANoOp_data()
{
    migratesFromEmpty_data();
}

void TestServerMigrations::rerunIsANoOp()
{
    QFETCH(QString, dialect);
    QSqlDatabase db = connection(dialect);
    const SqlDialect sqlDialect = dialect == QLatin1String("postgresql") ? SqlDialect::PostgreSql : SqlDialect::Sqlite;
    const qint64 rows = scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations"));
    QVERIFY(rows > 0);
    SchemaMigrator migrator(db, sqlDialect);
    QStringList applied;
    QString error;
    QVERIFY2(migrator.migrate(&applied, &error), qPrintable(error));
    QVERIFY2(applied.isEmpty(), qPrintable(applied.join(u", ")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")), rows);
}

void TestServerMigrations::auditLogIsAppendOnly_data()
{
    migratesFromEmpty_data();
}

void TestServerMigrations::auditLogIsAppendOnly()
{
    QFETCH(QString, dialect);
    QSqlDatabase db = connection(dialect);
    QSqlQuery insert(db);
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO audit_log (seq, at, agent, action, subject, details, prev_hash, "
                                        "hash) VALUES (1, '2026-11-22T09:00:00.000Z', 'a', 'session.login', "
                                        "'agent:a', '{}', '%1', '%2')")
                             .arg(QString(64, QLatin1Char('0')), QString(64, QLatin1Char('a')))),
             qPrintable(insert.lastError().text()));
    QSqlQuery update(db);
    QVERIFY(!update.exec(QStringLiteral("UPDATE audit_log SET agent = 'b'")));
    QVERIFY2(update.lastError().text().contains(QLatin1String("append-only")), qPrintable(update.lastError().text()));
    QSqlQuery remove(db);
    QVERIFY(!remove.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE agent = 'a'")), qint64(1));
}

void TestServerMigrations::postgresSearchHasATrigramIndex()
{
    QSqlDatabase db = connection(QStringLiteral("postgresql"));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'customers_search_trgm'")));
    QVERIFY2(query.next(), "customers_search_trgm is missing");
    QVERIFY2(query.value(0).toString().contains(QLatin1String("gin_trgm_ops")), qPrintable(query.value(0).toString()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")), qint64(1));
}

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "tst_servermigrations.moc"

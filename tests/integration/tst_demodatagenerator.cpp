#include "testsupport.h"

#include "domain/cardnumber.h"
#include "domain/nationalid.h"
#include "domain/phonenumbers.h"
#include "domain/searchtext.h"
#include "storage/customersearchdocument.h"
#include "storage/database.h"
#include "storage/demodatagenerator.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sameSeedGivesIdenticalData();
    void countsMatchTheRequest();
    void nationalIdsAreValidForTheirCountry();
    void phoneNumbersAreValidE164();
    void noTextHoldsACardNumber();
    void replacementsPointToRetiredCardsOfTheSameCustomer();
    void foldColumnsMatchSearchTextFold();
    void searchDocumentsAreTheApplicationsOwn();
    void showcaseCustomersAreFixed();
    void constraintsHoldAndPragmasAreRestored();
    void transactionsLieInTheNinetyDayWindow();
    void mixIsNordic();
    void refusesANonEmptyDatabase();
    void inboxSecondPhaseMatchesOnePass();
    void contentIsPinned();
    void openQueueIsDueAsARealOne();
    void inboxSecondPhaseScalesAndRecoversIndexes();
    void plantedFraudRaisesAlertsOnEveryRule();
    void supervisionFiguresAreRealistic();
    void cardOutcomesSpreadOverWeeks();

private:
    static QDate referenceDate() { return QDate(2026, 11, 22); }
    static bool generate(Database &db, int customers, quint64 seed, QString *error);
    static QByteArray contentHash(QSqlDatabase &db);
    static QByteArray inboxHash(QSqlDatabase &db);
    static QByteArray hashOf(QSqlDatabase &db, const QStringList &statements);
    QSqlDatabase &sql() { return m_db->connection(); }
    qint64 scalar(const QString &statement);

    static constexpr int Customers = 3000;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

bool TestDemoDataGenerator::generate(Database &db, int customers, quint64 seed, QString *error)
{
    DemoDataGenerator::Options options;
    options.customers = customers;
    options.seed = seed;
    options.referenceDate = referenceDate();
    DemoDataGenerator generator(options);
    return generator.generate(db.connection(), {}, error);
}

QByteArray TestDemoDataGenerator::contentHash(QSqlDatabase &db)
{
    return hashOf(db, {QStringLiteral("SELECT * FROM agents ORDER BY id"),
                       QStringLiteral("SELECT * FROM customers ORDER BY id"),
                       QStringLiteral("SELECT * FROM customer_benefits ORDER BY id"),
                       QStringLiteral("SELECT * FROM accounts ORDER BY id"),
                       QStringLiteral("SELECT * FROM cards ORDER BY id"),
                       QStringLiteral("SELECT * FROM transactions ORDER BY id"),
                       QStringLiteral("SELECT rowid, doc FROM customer_search ORDER BY rowid"),
                       QStringLiteral("SELECT key, value FROM meta ORDER BY key")});
}

QByteArray TestDemoDataGenerator::inboxHash(QSqlDatabase &db)
{
    // The contentless full-text index is compared through what it finds.
    return hashOf(db, {QStringLiteral("SELECT * FROM conversations ORDER BY id"),
                       QStringLiteral("SELECT * FROM conversation_topics ORDER BY conversation_id, topic"),
                       QStringLiteral("SELECT * FROM messages ORDER BY id"),
                       QStringLiteral("SELECT * FROM attachments ORDER BY id"),
                       QStringLiteral("SELECT * FROM inbox_counts ORDER BY key"),
                       QStringLiteral("SELECT * FROM alerts ORDER BY id"),
                       QStringLiteral("SELECT * FROM alert_transactions ORDER BY alert_id, transaction_id"),
                       QStringLiteral("SELECT * FROM csat_requests ORDER BY id"),
                       QStringLiteral("SELECT * FROM csat_answers ORDER BY id"),
                       // The cards' history (the customers' own locks, and what the
                       // conversations left): by content, ids depend on the order written.
                       QStringLiteral("SELECT card_id, at, from_state, to_state, reason_code, channel, agent"
                                      " FROM card_events ORDER BY card_id, at, to_state"),
                       QStringLiteral("SELECT card_id, kind, delivery, address, pin_carries_over, requested_at, agent"
                                      " FROM card_orders ORDER BY card_id, requested_at"),
                       QStringLiteral("SELECT transaction_id, card_id, reason, status, opened_at, agent"
                                      " FROM disputes ORDER BY transaction_id"),
                       QStringLiteral("SELECT id, dispute_status FROM transactions WHERE dispute_status IS NOT NULL"
                                      " ORDER BY id"),
                       QStringLiteral("SELECT rowid FROM conversation_search WHERE conversation_search MATCH"
                                      " 'kortti OR card OR kortet' ORDER BY rowid")});
}

QByteArray TestDemoDataGenerator::hashOf(QSqlDatabase &db, const QStringList &statements)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(statement))
            qFatal("hashOf: %s", qPrintable(query.lastError().text()));
        hash.addData(statement.toUtf8());
        const QSqlRecord record = query.record();
        const int columns = record.count();
        const int firstAddedColumn = statement.contains(QLatin1String("FROM messages "))
                                         ? record.indexOf(QStringLiteral("command_id"))
                                     : statement.contains(QLatin1String("FROM conversations "))
                                         ? record.indexOf(QStringLiteral("customer_ref"))
                                         : -1;
        while (query.next()) {
            for (int c = 0; c < columns; ++c) {
                const QVariant value = query.value(c);
                // Remote mode's columns (migration 17: messages.command_id,
                // conversations.customer_ref) are empty in local data: left
                // out, so that a pin names content, not the schema.
                if (value.isNull() && firstAddedColumn >= 0 && c >= firstAddedColumn)
                    continue;
                hash.addData(value.isNull() ? QByteArray("\x01NULL") : value.toString().toUtf8());
                hash.addData(QByteArray("\x1f", 1));
            }
            hash.addData(QByteArray("\x1e", 1));
        }
    }
    return hash.result();
}

qint64 TestDemoDataGenerator::scalar(const QString &statement)
{
    QSqlQuery query(sql());
    if (!query.exec(statement) || !query.next()) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

void TestDemoDataGenerator::initTestCase()
{
    TestSupport::pinEnvironment();
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(QStringLiteral("demo"));
    const OpenResult result = m_db->open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(result.ok(), qPrintable(result.message));

    QList<int> reported;
    DemoDataGenerator::Options options;
    options.customers = Customers;
    options.seed = 20261122;
    options.referenceDate = referenceDate();
    DemoDataGenerator generator(options);
    QString error;
    QVERIFY2(generator.generate(m_db->connection(),
                                [&reported](int done, int total) {
                                    QCOMPARE(total, Customers);
                                    reported.append(done);
                                },
                                &error),
             qPrintable(error));
    QVERIFY(reported.size() >= 2);
    QCOMPARE(reported.first(), 0);
    QCOMPARE(reported.last(), Customers);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
}

void TestDemoDataGenerator::cleanupTestCase()
{
    m_db.reset();
}

void TestDemoDataGenerator::sameSeedGivesIdenticalData()
{
    QTemporaryDir dir;
    QByteArray hashes[3];
    const quint64 seeds[3] = {7, 7, 8};
    for (int i = 0; i < 3; ++i) {
        Database db(QStringLiteral("determinism%1").arg(i));
        const OpenResult result = db.open(dir.filePath(QStringLiteral("d%1.sqlite").arg(i)));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QString error;
        QVERIFY2(generate(db, 1200, seeds[i], &error), qPrintable(error));
        hashes[i] = contentHash(db.connection());
    }
    QCOMPARE(hashes[0], hashes[1]);
    QVERIFY(hashes[0] != hashes[2]);
}

void TestDemoDataGenerator::countsMatchTheRequest()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), qint64(Customers));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer_search")), qint64(Customers));
    QCOMPARE(scalar(QStringLiteral("SELECT max(id) FROM customers")), qint64(Customers));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers "
                                   "WHERE customer_number <> CAST(100000000 + id AS TEXT)")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agents")), qint64(12));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agents WHERE role = 'supervisor'")), qint64(2));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers c WHERE NOT EXISTS "
                                   "(SELECT 1 FROM accounts a WHERE a.customer_id = c.id)")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts a WHERE NOT EXISTS "
                                   "(SELECT 1 FROM cards k WHERE k.account_id = a.id)")),
             qint64(0));
    const qint64 transactions = scalar(QStringLiteral("SELECT count(*) FROM transactions"));
    QVERIFY2(transactions > Customers * 20 && transactions < Customers * 30,
             qPrintable(QString::number(transactions)));

    QSqlQuery meta(sql());
    QVERIFY(meta.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'demo%' ORDER BY key")));
    QStringList rows;
    while (meta.next())
        rows.append(meta.value(0).toString() + QLatin1Char('=') + meta.value(1).toString());
    QCOMPARE(rows, QStringList({QStringLiteral("demo_conversations=-1"),
                                QStringLiteral("demo_customers=3000"),
                                QStringLiteral("demo_reference_date=2026-11-22"),
                                QStringLiteral("demo_seed=20261122")}));
}

void TestDemoDataGenerator::nationalIdsAreValidForTheirCountry()
{
    QSqlQuery query(sql());
    QVERIFY(query.exec(QStringLiteral("SELECT id, national_id, country FROM customers")));
    int checked = 0;
    while (query.next()) {
        const QString id = query.value(1).toString();
        const QString country = query.value(2).toString();
        QVERIFY2(NationalId::isValid(id, country),
                 qPrintable(QStringLiteral("customer %1: %2 (%3)").arg(query.value(0).toString(), id, country)));
        ++checked;
    }
    QCOMPARE(checked, Customers);
}

void TestDemoDataGenerator::phoneNumbersAreValidE164()
{
    QSqlQuery query(sql());
    QVERIFY(query.exec(QStringLiteral("SELECT id, phone_e164, country FROM customers WHERE phone_e164 IS NOT NULL")));
    int checked = 0;
    while (query.next()) {
        const QString phone = query.value(1).toString();
        QCOMPARE(PhoneNumbers::toE164(phone, query.value(2).toString()), phone);
        ++checked;
    }
    // About 6 % have no phone; customer 7 is one of them.
    QVERIFY(checked > Customers * 85 / 100 && checked < Customers);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE email IS NULL")) > 0);
}

void TestDemoDataGenerator::noTextHoldsACardNumber()
{
    QSqlQuery tables(sql());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_search_%'")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QVERIFY(names.contains(QStringLiteral("transactions")));
    QVERIFY(names.contains(QStringLiteral("customer_search")));

    qint64 values = 0;
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(sql());
        rows.setForwardOnly(true);
        QVERIFY2(rows.exec(QStringLiteral("SELECT * FROM ") + table), qPrintable(rows.lastError().text()));
        const int columns = rows.record().count();
        while (rows.next()) {
            for (int c = 0; c < columns; ++c) {
                const QVariant value = rows.value(c);
                if (value.typeId() != QMetaType::QString)
                    continue;
                const QString text = value.toString();
                QVERIFY2(CardNumber::findInText(text).isEmpty(),
                         qPrintable(table + QStringLiteral(": ") + text));
                ++values;
            }
        }
    }
    QVERIFY(values > 100000);
}

void TestDemoDataGenerator::replacementsPointToRetiredCardsOfTheSameCustomer()
{
    const qint64 replacements = scalar(QStringLiteral("SELECT count(*) FROM cards WHERE replacement_of IS NOT NULL"));
    QVERIFY(replacements > Customers * 5 / 100);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM cards r JOIN cards o ON o.id = r.replacement_of "
                 "WHERE o.status = 'closed' AND o.customer_id = r.customer_id "
                 "AND o.account_id = r.account_id AND r.status = 'active' AND o.id < r.id "
                 "AND r.replacement_reason = o.status_reason")),
             replacements);
    // Every closed card has exactly one replacement.
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM cards o WHERE o.status = 'closed' AND "
                 "(SELECT count(*) FROM cards r WHERE r.replacement_of = o.id) <> 1")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE status = 'closed' AND "
                                   "status_reason NOT IN ('lost', 'stolen', 'damaged', 'fraud', 'expired')")),
             qint64(0));
    // Only replacements say why they replaced, and only closed and locked cards have a status reason.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE (replacement_reason IS NULL) <> "
                                   "(replacement_of IS NULL)")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE status NOT IN ('closed', 'locked') AND "
                                   "status_reason IS NOT NULL")),
             qint64(0));
    for (const char *reason : {"lost", "stolen", "damaged", "fraud", "expired"}) {
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE status = 'closed' AND status_reason = '")
                        + QLatin1StringView(reason) + QLatin1Char('\''))
                     > 0,
                 reason);
    }
    for (const char *status : {"active", "locked", "closed", "pending_activation"})
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE status = '") + QLatin1StringView(status)
                        + QLatin1Char('\''))
                     > 0,
                 status);
    // Masked PAN parts only: a Mastercard BIN and four digits.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE NOT ("
                                   "(CAST(bin AS INTEGER) BETWEEN 510000 AND 559999 OR "
                                   " CAST(bin AS INTEGER) BETWEEN 222100 AND 272099) "
                                   "AND length(last4) = 4)")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE embossed_name GLOB '*[^A-Z -]*'")),
             qint64(0));
}

void TestDemoDataGenerator::foldColumnsMatchSearchTextFold()
{
    QSqlQuery query(sql());
    QVERIFY(query.exec(QStringLiteral("SELECT first_name, last_name, first_name_fold, last_name_fold FROM customers")));
    while (query.next()) {
        QCOMPARE(query.value(2).toString(), SearchText::fold(query.value(0).toString()));
        QCOMPARE(query.value(3).toString(), SearchText::fold(query.value(1).toString()));
    }
}

void TestDemoDataGenerator::searchDocumentsAreTheApplicationsOwn()
{
    QSqlQuery query(sql());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT c.customer_number, c.first_name, c.last_name, c.email, c.phone_e164, c.city, s.doc, "
        "(SELECT group_concat(last4, ' ') FROM (SELECT last4 FROM cards k WHERE k.customer_id = c.id ORDER BY k.id)) "
        "FROM customers c JOIN customer_search s ON s.rowid = c.id WHERE c.id <= 200 ORDER BY c.id")));
    int checked = 0;
    while (query.next()) {
        CustomerSearchFields fields;
        fields.customerNumber = query.value(0).toString();
        fields.firstName = query.value(1).toString();
        fields.lastName = query.value(2).toString();
        fields.email = query.value(3).toString();
        fields.phoneE164 = query.value(4).toString();
        fields.city = query.value(5).toString();
        fields.cardLast4s = query.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(query.value(6).toString(), CustomerSearchDocument::build(fields));
        ++checked;
    }
    QCOMPARE(checked, 200);

    QSqlQuery match(sql());
    QVERIFY(match.exec(QStringLiteral("SELECT rowid FROM customer_search WHERE customer_search MATCH '\"virtanen\"'")));
    QList<qint64> ids;
    while (match.next())
        ids.append(match.value(0).toLongLong());
    QVERIFY(ids.contains(1));
    QVERIFY(ids.contains(5));
}

void TestDemoDataGenerator::showcaseCustomersAreFixed()
{
    QSqlQuery query(sql());
    QVERIFY(query.exec(QStringLiteral("SELECT id, first_name, last_name, city, country, language, phone_e164, "
                                      "email, loyalty_tier FROM customers WHERE id <= 8 ORDER BY id")));
    const QStringList expected = {
        QStringLiteral("1|Aino|Virtanen|Helsinki|FI|fi|+358401234567|aino.virtanen@example.fi|gold"),
        QStringLiteral("2|Mikko|Mäkinen|Tampere|FI|fi|+358501234567|mikko.makinen@example.fi|silver"),
        QStringLiteral("3|Åsa|Lindström|Stockholm|SE|sv|+46701234567|asa.lindstrom@example.se|basic"),
        QStringLiteral("4|Øystein|Bjørnstad|Oslo|NO|nb|+4791234567|oystein.bjornstad@example.no|platinum"),
        QStringLiteral("5|Matti|Virtanen|Oulu|FI|fi|+358441234567|matti.virtanen@example.fi|basic"),
        QStringLiteral("6|Johan|Sjöberg|Vaasa|FI|sv|+358451234567|johan.sjoberg@example.fi|silver"),
        QStringLiteral("7|Liisa|Korhonen|Turku|FI|fi|||basic"),
        QStringLiteral("8|Ingrid|Ødegård|Bergen|NO|en|+4792345678|ingrid.odegard@example.no|gold"),
    };
    QStringList actual;
    while (query.next()) {
        QStringList fields;
        for (int c = 0; c < 9; ++c)
            fields.append(query.value(c).toString());
        actual.append(fields.join(QLatin1Char('|')));
    }
    QCOMPARE(actual, expected);

    auto cards = [this](int customer) {
        QSqlQuery q(sql());
        q.exec(QStringLiteral("SELECT last4 || ':' || status || ':' || ifnull(status_reason, '') || ':' || "
                              "ifnull((SELECT last4 FROM cards o WHERE o.id = k.replacement_of), '') "
                              "FROM cards k WHERE customer_id = %1 ORDER BY id").arg(customer));
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    };
    QCOMPARE(cards(1), QStringList({QStringLiteral("4021:active::"),
                                    QStringLiteral("7715:locked:customer_request:")}));
    QCOMPARE(cards(2), QStringList({QStringLiteral("3388:closed:stolen:"),
                                    QStringLiteral("9104:active::3388")}));
    QCOMPARE(cards(6), QStringList({QStringLiteral("8842:closed:fraud:"),
                                    QStringLiteral("1937:active::8842")}));
    QCOMPARE(cards(7), QStringList({QStringLiteral("4455:pending_activation::")}));
    QCOMPARE(cards(8), QStringList({QStringLiteral("3020:closed:expired:"),
                                    QStringLiteral("7781:active::3020")}));

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE customer_id = 5 AND status = 'overdue' "
                                   "AND due_date < '2026-11-22' AND minimum_due_minor > 0")),
             qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer_benefits WHERE customer_id = 1 "
                                   "AND code = 'BONUS2X-NOV'")),
             qint64(1));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM transactions t JOIN cards k ON k.id = t.card_id "
                                  "WHERE k.customer_id = 6 AND t.dispute_status = 'open'"))
            >= 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM transactions t JOIN cards k ON k.id = t.card_id "
                                  "WHERE k.customer_id = 1")) > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transactions t JOIN cards k ON k.id = t.card_id "
                                   "WHERE k.customer_id = 7")),
             qint64(0));
}

void TestDemoDataGenerator::constraintsHoldAndPragmasAreRestored()
{
    QSqlQuery query(sql());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));   // includes CHECK and NOT NULL
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    query.finish();
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
    query.finish();
    QCOMPARE(scalar(QStringLiteral("PRAGMA synchronous")), qint64(2));   // FULL, as Database set it
    QCOMPARE(scalar(QStringLiteral("PRAGMA ignore_check_constraints")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("PRAGMA cache_size")), qint64(-16000));
}

void TestDemoDataGenerator::transactionsLieInTheNinetyDayWindow()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transactions WHERE occurred_at < '2026-08-25' "
                                   "OR occurred_at >= '2026-11-23'")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transactions WHERE occurred_at NOT GLOB "
                                   "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE expiry NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE status_reason = 'expired' AND expiry >= '2026-11'")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cards WHERE status IN ('active', 'locked', 'pending_activation') "
                                   "AND expiry < '2026-11'")),
             qint64(0));
    // How each card was used: an ATM withdrawal is an ATM one, and every mode occurs.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transactions WHERE (mcc = '6011') <> (entry_mode = 'atm')")),
             qint64(0));
    for (const char *mode : {"chip", "contactless", "online", "atm"})
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM transactions WHERE entry_mode = '") + QLatin1StringView(mode)
                        + QLatin1Char('\''))
                     > 0,
                 mode);
    for (const char *status : {"posted", "pending", "declined", "reversed"})
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM transactions WHERE status = '")
                        + QLatin1StringView(status) + QLatin1Char('\''))
                     > 0,
                 status);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM transactions WHERE dispute_status = 'open'")) > 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT country) FROM transactions")) >= 9);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transactions WHERE amount_minor <= 0")), qint64(0));
}

void TestDemoDataGenerator::mixIsNordic()
{
    const qint64 fi = scalar(QStringLiteral("SELECT count(*) FROM customers WHERE country = 'FI'"));
    const qint64 se = scalar(QStringLiteral("SELECT count(*) FROM customers WHERE country = 'SE'"));
    const qint64 no = scalar(QStringLiteral("SELECT count(*) FROM customers WHERE country = 'NO'"));
    QVERIFY(fi > Customers * 55 / 100 && fi < Customers * 65 / 100);
    QVERIFY(se > Customers * 20 / 100 && se < Customers * 30 / 100);
    QVERIFY(no > Customers * 11 / 100 && no < Customers * 19 / 100);
    const qint64 virtanen = scalar(QStringLiteral("SELECT count(*) FROM customers WHERE last_name = 'Virtanen'"));
    QVERIFY2(virtanen * 1000 >= fi * 8 && virtanen * 1000 <= fi * 25, qPrintable(QString::number(virtanen)));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE last_name GLOB '*[äöåæøÄÖÅÆØ]*'"))
            > Customers / 20);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts a JOIN customers c ON c.id = a.customer_id "
                                   "WHERE a.currency <> CASE c.country WHEN 'FI' THEN 'EUR' "
                                   "WHEN 'SE' THEN 'SEK' ELSE 'NOK' END")),
             qint64(0));
    const qint64 overdue = scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE status = 'overdue'"));
    const qint64 accounts = scalar(QStringLiteral("SELECT count(*) FROM accounts"));
    QVERIFY(overdue * 100 > accounts * 2 && overdue * 100 < accounts * 7);
}

void TestDemoDataGenerator::refusesANonEmptyDatabase()
{
    QString error;
    QVERIFY(!generate(*m_db, 10, 1, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), qint64(Customers));
}


void TestDemoDataGenerator::inboxSecondPhaseMatchesOnePass()
{
    // One pass with the inbox, against customers first and the inbox after:
    // the same inbox, row for row.
    QTemporaryDir dir;
    Database onePass(QStringLiteral("onePass"));
    Database twoPhases(QStringLiteral("twoPhases"));
    QVERIFY(onePass.open(dir.filePath(QStringLiteral("one.sqlite"))).ok());
    QVERIFY(twoPhases.open(dir.filePath(QStringLiteral("two.sqlite"))).ok());
    QString error;
    QVERIFY2(generate(onePass, 1200, 11, &error), qPrintable(error));

    DemoDataGenerator::Options options;
    options.customers = 1200;
    options.seed = 11;
    options.referenceDate = referenceDate();
    options.conversations = 0;
    QVERIFY2(DemoDataGenerator(options).generate(twoPhases.connection(), {}, &error), qPrintable(error));
    QSqlQuery count(twoPhases.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM conversations")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    count.finish();

    // The second phase takes the seed and the date from the database, not from its options.
    DemoDataGenerator::Options inbox;
    inbox.conversations = 1200;
    inbox.seed = 99;
    inbox.referenceDate = referenceDate().addDays(30);
    QList<int> reported;
    QVERIFY2(DemoDataGenerator(inbox).generateInbox(twoPhases.connection(),
                                                    [&reported](int done, int) { reported << done; }, &error),
             qPrintable(error));
    QCOMPARE(reported.first(), 0);
    QCOMPARE(reported.last(), 1200);
    QCOMPARE(inboxHash(twoPhases.connection()), inboxHash(onePass.connection()));
    QCOMPARE(twoPhases.metaValue(QStringLiteral("demo_conversations")), QStringLiteral("1200"));
}

void TestDemoDataGenerator::inboxSecondPhaseScalesAndRecoversIndexes()
{
    QTemporaryDir dir;
    Database db(QStringLiteral("scaled"));
    QVERIFY(db.open(dir.filePath(QStringLiteral("scaled.sqlite"))).ok());
    QString error;
    QVERIFY2(generate(db, 800, 5, &error), qPrintable(error));
    auto value = [&db](const QString &statement) {
        QSqlQuery query(db.connection());
        return query.exec(statement) && query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 indexes = value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                                " AND tbl_name = 'conversations'"));
    QVERIFY(indexes >= 10);

    // A load killed after its indexes were dropped: the definition is in meta.
    QSqlQuery kill(db.connection());
    QVERIFY(kill.exec(QStringLiteral("DROP INDEX conversations_open_due")));
    QVERIFY(kill.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo_dropped_indexes',"
                                     " 'CREATE INDEX conversations_open_due ON conversations (is_open, sla_due, id)')")));
    kill.finish();

    // Twice the conversations, with five messages each on average.
    DemoDataGenerator::Options inbox;
    inbox.conversations = 1600;
    QVERIFY2(DemoDataGenerator(inbox).generateInbox(db.connection(), {}, &error), qPrintable(error));
    // Besides those, the alerts the fraud rules raised on the planted fraud: one message each.
    const qint64 alerts = value(QStringLiteral("SELECT count(*) FROM alerts"));
    QVERIFY(alerts > 0);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM conversations WHERE channel = 'alert'")), alerts);
    const qint64 conversations = value(QStringLiteral("SELECT count(*) FROM conversations"));
    QVERIFY2(conversations - alerts >= 1600 && conversations - alerts <= 1602, qPrintable(QString::number(conversations)));
    const qint64 messages = value(QStringLiteral("SELECT count(*) FROM messages"));
    QVERIFY2(messages - alerts > 4 * (conversations - alerts) && messages - alerts < 6 * (conversations - alerts),
             qPrintable(QString::number(messages)));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                  " AND tbl_name = 'conversations'")),
             indexes);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'demo_dropped_indexes'")), qint64(0));
    QCOMPARE(value(QStringLiteral("SELECT n FROM inbox_counts WHERE key = 'open'")),
             value(QStringLiteral("SELECT count(*) FROM conversations WHERE status NOT IN ('resolved', 'closed')")));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM conversation_search")), conversations + messages);
    QSqlQuery check(db.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestDemoDataGenerator::contentIsPinned()
{
    // The exact bytes of a small demo set: a refactoring of the generator
    // (its randomness, its texts, its order of draws) must keep them, or
    // change these on purpose (screenshots and tests name demo rows).
    // Changed on purpose for the fraud alerts: planted fraud patterns, trips
    // that keep the customer away from home shops, alerts raised by the rules
    // instead of canned alert texts.
    // Changed on purpose for the supervisor's workspace: the agents' queues
    // and presence, resolved conversations answered and resolved against
    // their targets, and their satisfaction surveys (a stream of their own).
    // Changed on purpose for the card outcomes: the cards' history of the
    // window (a stream of its own; no card's status moved): the inbox hash
    // now takes in the card events, orders and disputes, and the content
    // hash changed only by the transactions that resolved disputed-purchase
    // conversations disputed (transactions.dispute_status mirrors them).
    // Changed on purpose for remote-mode analytics: every resolved or closed
    // conversation has an assignee (someone handled it; the roll is still
    // drawn, so only the inbox hash moved), so each survey names an agent.
    QTemporaryDir dir;
    Database db(QStringLiteral("pinned"));
    QVERIFY(db.open(dir.filePath(QStringLiteral("pinned.sqlite"))).ok());
    QString error;
    QVERIFY2(generate(db, 300, 7, &error), qPrintable(error));
    QCOMPARE(contentHash(db.connection()).toHex(), QByteArray("adf584f49be318fe3cc2172dd189d82cb30a6ebf23665e8796c1a4463367ab78"));
    QCOMPARE(inboxHash(db.connection()).toHex(), QByteArray("b6b8ad4c4d95992850dab56ed3682b19f2661c0aa1631ecb027e4cc75e2a9ca8"));
}

void TestDemoDataGenerator::openQueueIsDueAsARealOne()
{
    // At the reference moment (12:00 UTC): about a tenth of the open queue
    // breached, not most of it, and nothing written after that moment.
    const QString moment = QStringLiteral("'2026-11-22T12:00:00Z'");
    const qint64 open = scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE resolved_at IS NULL"));
    const qint64 breached = scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE resolved_at IS NULL"
                                                  " AND sla_due < ") + moment);
    QVERIFY(open > 500);
    QVERIFY2(breached * 100 >= open * 5 && breached * 100 <= open * 20,
             qPrintable(QStringLiteral("%1 of %2 breached").arg(breached).arg(open)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE at > ") + moment), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE created_at > updated_at")), qint64(0));
}

void TestDemoDataGenerator::plantedFraudRaisesAlertsOnEveryRule()
{
    // 0.8 % of the customers carry a planted pattern; the real rules found them.
    const qint64 alerts = scalar(QStringLiteral("SELECT count(*) FROM alerts"));
    QVERIFY2(alerts >= Customers * 4 / 1000 && alerts <= Customers * 12 / 1000, qPrintable(QString::number(alerts)));
    for (const QString &rule : {QStringLiteral("amount_above_usual"), QStringLiteral("night_hours"),
                                QStringLiteral("new_country"), QStringLiteral("rapid_series"),
                                QStringLiteral("cnp_high_risk")}) {
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE ' ' || rules || ' ' LIKE '%% %1 %%'")
                            .arg(rule)) > 0,
                 qPrintable(rule));
    }
    // Each an open alert conversation of its customer, stating its evidence.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alerts a JOIN conversations c ON c.id = a.conversation_id"
                                   " WHERE c.channel = 'alert' AND c.queue = 'fraud' AND c.status = 'new'"
                                   " AND c.customer_id = a.customer_id AND a.status = 'open'")),
             alerts);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alerts a JOIN messages m ON m.conversation_id = a.conversation_id"
                                   " WHERE m.author = 'Fraud monitoring' AND m.body_text LIKE '%[' || substr(a.rules, 1,"
                                   " instr(a.rules || ' ', ' ') - 1) || ']%'")),
             alerts);
    // The evidence is the customer's own transactions, on the alert's card among them.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alert_transactions x JOIN alerts a ON a.id = x.alert_id"
                                   " JOIN transactions t ON t.id = x.transaction_id JOIN cards k ON k.id = t.card_id"
                                   " WHERE k.customer_id <> a.customer_id")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alerts a WHERE NOT EXISTS (SELECT 1 FROM alert_transactions x"
                                   " JOIN transactions t ON t.id = x.transaction_id"
                                   " WHERE x.alert_id = a.id AND t.card_id = a.card_id)")),
             qint64(0));
    // No canned alert texts any more: every alert conversation has its alerts row.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE channel = 'alert'")), alerts);
    // The showcase customers keep their data as it was.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE customer_id <= 8")), qint64(0));
}

void TestDemoDataGenerator::supervisionFiguresAreRealistic()
{
    // Every agent works queues and has a presence since before the reference moment.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agents WHERE queues = '' OR presence_since IS NULL"
                                   " OR presence_since > '2026-11-22T12:00:00Z'")),
             qint64(0));
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT presence) FROM agents")) == 4);

    // Resolved conversations: most answered and resolved in time, some late.
    const qint64 resolved = scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE resolved_at IS NOT NULL"));
    QVERIFY(resolved > 1000);
    const qint64 answered = scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE resolved_at IS NOT NULL"
                                                  " AND first_responded_at IS NOT NULL AND first_response_due IS NOT NULL"));
    const qint64 answeredInTime = scalar(QStringLiteral(
        "SELECT count(*) FROM conversations WHERE resolved_at IS NOT NULL AND first_response_due IS NOT NULL"
        " AND first_responded_at <= first_response_due"));
    QVERIFY2(answeredInTime * 100 >= answered * 75 && answeredInTime * 100 <= answered * 95,
             qPrintable(QStringLiteral("%1 of %2 answered in time").arg(answeredInTime).arg(answered)));
    const qint64 resolvedInTime = scalar(QStringLiteral(
        "SELECT count(*) FROM conversations WHERE resolved_at <= resolution_due"));
    QVERIFY2(resolvedInTime * 100 >= resolved * 75 && resolvedInTime * 100 <= resolved * 95,
             qPrintable(QStringLiteral("%1 of %2 resolved in time").arg(resolvedInTime).arg(resolved)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE first_responded_at < created_at"
                                   " OR resolved_at < first_responded_at OR resolved_at > '2026-11-22T12:00:00Z'")),
             qint64(0));

    // A survey for each resolved conversation (alerts aside), about a third answered, mostly 4-5.
    const qint64 surveyed = scalar(QStringLiteral("SELECT count(*) FROM csat_requests"));
    QVERIFY2(surveyed * 100 >= resolved * 90 && surveyed <= resolved, qPrintable(QString::number(surveyed)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_requests r JOIN conversations c ON c.id = r.conversation_id"
                                   " WHERE r.sent_at < c.resolved_at OR r.channel <> c.channel"
                                   " OR r.agent IS NOT c.assignee")),
             qint64(0));
    const qint64 answers = scalar(QStringLiteral("SELECT count(*) FROM csat_answers"));
    QVERIFY2(answers * 100 >= surveyed * 28 && answers * 100 <= surveyed * 42,
             qPrintable(QStringLiteral("%1 answers to %2 surveys").arg(answers).arg(surveyed)));
    const qint64 satisfied = scalar(QStringLiteral("SELECT count(*) FROM csat_answers WHERE score >= 4"));
    QVERIFY2(satisfied * 100 >= answers * 65 && satisfied * 100 <= answers * 90, qPrintable(QString::number(satisfied)));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM csat_answers WHERE score <= 2")) > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_answers a JOIN csat_requests r"
                                   " ON r.conversation_id = a.conversation_id WHERE a.answered_at < r.sent_at")),
             qint64(0));
    // Chat pleases more than email; two agents noticeably less than the rest.
    const qint64 chat = scalar(QStringLiteral("SELECT round(avg(score) * 100) FROM csat_answers WHERE channel = 'chat'"));
    const qint64 email = scalar(QStringLiteral("SELECT round(avg(score) * 100) FROM csat_answers WHERE channel = 'email'"));
    QVERIFY2(chat > email + 20, qPrintable(QStringLiteral("chat %1, email %2").arg(chat).arg(email)));
    const qint64 struggling = scalar(QStringLiteral(
        "SELECT round(avg(score) * 100) FROM csat_answers WHERE agent IN ('ville.rantanen', 'johan.eriksson')"));
    const qint64 others = scalar(QStringLiteral(
        "SELECT round(avg(score) * 100) FROM csat_answers WHERE agent NOT IN ('ville.rantanen', 'johan.eriksson')"));
    QVERIFY2(struggling + 30 < others, qPrintable(QStringLiteral("%1 against %2").arg(struggling).arg(others)));
    // Every hour the inbox touches waits for the supervisor's rollup.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM supervision_stale_hours")) > 24 * 50);
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
void TestDemoDataGenerator::cardOutcomesSpreadOverWeeks()
{
    // The supervisor's card outcomes per week have something to show: locks,
    // replacements ordered and disputes opened in the 90 days before the
    // reference moment, in many different weeks.
    const QString window = QStringLiteral(" >= '2026-08-24T12:00:00Z' AND %1 <= '2026-11-22T12:00:00Z'");
    const struct
    {
        const char *what;
        QString from;
        QString column;
    } outcomes[] = {
        {"locks", QStringLiteral("card_events WHERE to_state = 'locked' AND "), QStringLiteral("at")},
        {"replacements", QStringLiteral("card_orders WHERE kind = 'replacement' AND "), QStringLiteral("requested_at")},
        {"disputes", QStringLiteral("disputes WHERE "), QStringLiteral("opened_at")},
    };
    for (const auto &outcome : outcomes) {
        const QString where = outcome.from + outcome.column + window.arg(outcome.column);
        const qint64 count = scalar(QStringLiteral("SELECT count(*) FROM ") + where);
        const qint64 weeks = scalar(QStringLiteral("SELECT count(DISTINCT strftime('%Y-%W', %1)) FROM ")
                                        .arg(outcome.column) + where);
        QVERIFY2(count >= 20 && weeks >= 6, qPrintable(QStringLiteral("%1: %2 in %3 weeks").arg(QLatin1String(outcome.what))
                                                          .arg(count).arg(weeks)));
        // Nothing after the reference moment.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ") + outcome.from + outcome.column
                        + QStringLiteral(" > '2026-11-22T12:00:00Z'")),
                 qint64(0));
    }
    // Locks at the desk (lost cards), by the customers in the app, and of the cards locked today.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM card_events WHERE to_state = 'locked' AND channel = 'agent_console'")) > 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM card_events WHERE to_state = 'locked' AND channel = 'app'")) > 0);

    // The history agrees with the cards as the customer view shows them: a
    // card's last event leads to its status today; a replacement order is for
    // a card that arrived (none is on its way); a dispute's transaction shows it.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cards AS k JOIN card_events AS e ON e.id ="
                                   " (SELECT max(id) FROM card_events WHERE card_id = k.id) WHERE e.to_state <> k.status")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM card_orders AS o JOIN cards AS k ON k.id = o.card_id"
                                   " WHERE k.status IN ('ordered', 'shipped', 'delivered') OR o.requested_at < k.issued_at")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM disputes AS d JOIN transactions AS t ON t.id = d.transaction_id"
                                   " WHERE t.card_id <> d.card_id OR t.status <> 'posted' OR t.occurred_at > d.opened_at"
                                   " OR (d.status <> 'withdrawn' AND t.dispute_status IS NOT d.status)")),
             qint64(0));
    // The showcase customers' cards keep the history the tests know: none.
    QCOMPARE(scalar(QStringLiteral("SELECT (SELECT count(*) FROM card_events WHERE card_id IN"
                                   " (SELECT id FROM cards WHERE customer_id <= 8)) + (SELECT count(*) FROM card_orders"
                                   " WHERE card_id IN (SELECT id FROM cards WHERE customer_id <= 8))"
                                   " + (SELECT count(*) FROM disputes WHERE card_id IN"
                                   " (SELECT id FROM cards WHERE customer_id <= 8))")),
             qint64(0));
    // Every row meets the schema's CHECKs (skipped while filling).
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), qint64(0));
}

#include "tst_demodatagenerator.moc"

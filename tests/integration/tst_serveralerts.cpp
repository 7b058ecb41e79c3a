#include "fixtures.h"
#include "testsupport.h"

#include "servertestharness.h"

#include "domain/jsoncodec.h"
#include "services/alertservice.h"
#include "services/localbackend.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <map>
#include <memory>

using TestSupport::await;

namespace {

const QString Password = QStringLiteral("alerts-pw-4242");
const QString Aino = QStringLiteral("aino.laine");       // an agent, from the console's file
const QString Bo = QStringLiteral("bo.holm");            // an agent
const QString Supervisor = QStringLiteral("svea.berg");  // a supervisor
// Full card numbers (Luhn-valid test numbers) written into stored text behind the API's back.
const QString PanInMerchant = QStringLiteral("ONLINE 4111 1111 1111 1111 STORE");
const QString PanInNote = QStringLiteral("Card 5555555555554444 was in the customer's hand");

using Reply = ServerReply;
using ServerTest::describe;
using ServerTest::holdsCardNumber;
using ServerTest::isProblem;
using ServerTest::jsonBody;
using ServerTest::newKey;

QDateTime timeOf(const QJsonValue &value)
{
    return JsonCodec::parseTimestamp(value.toString()).value_or(QDateTime());
}

QList<qint64> idsOf(const QJsonArray &items, const QString &key = QStringLiteral("id"))
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids << item.toObject().value(key).toInteger();
    return ids;
}

/// An alert of the console's file, as the console stored it.
struct SourceAlert
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 customerId = 0;
    qint64 cardId = 0;
    QString status;
    QJsonArray findings;
    QDateTime raisedAt;
    QString decisionNote;
    QString decidedBy;
    QDateTime decidedAt;
    QString commandId;
    QList<qint64> evidence;   ///< alert_transactions, by id
};

} // namespace

/// The fraud alerts of the contract over HTTP: carddesk-server on a throwaway
/// PostgreSQL and on SQLite, each holding the same console file imported
/// with --import-sqlite. The console raised its alerts itself
/// (LocalAlertService::screenIncoming over 90 days of everyday spending, so
/// the rules find what they find in the console) and decided one of them, so
/// the server's answers are compared with what the console stored.
/// Functions run in order: the lists and details before the decisions.
class TestServerAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void importCopiesTheConsoleAlerts_data() { dialects(); }
    void importCopiesTheConsoleAlerts();
    void listIsNewestFirstAndPages_data() { dialects(); }
    void listIsNewestFirstAndPages();
    void listFilters_data() { dialects(); }
    void listFilters();
    void listRefusesBadQueries_data() { dialects(); }
    void listRefusesBadQueries();
    void detailsHaveTheEvidenceOldestFirst_data() { dialects(); }
    void detailsHaveTheEvidenceOldestFirst();
    void cardNumbersInStoredTextLeaveMasked_data() { dialects(); }
    void cardNumbersInStoredTextLeaveMasked();
    void genuineResolvesTheAlertAndItsConversation_data() { dialects(); }
    void genuineResolvesTheAlertAndItsConversation();
    void fraudTakesTheConversationOnAndLeavesTheCardToTheWorkflow_data() { dialects(); }
    void fraudTakesTheConversationOnAndLeavesTheCardToTheWorkflow();
    void anAlertIsDecidedOnce_data() { dialects(); }
    void anAlertIsDecidedOnce();
    void twoDecisionsAtOnceMakeOne_data() { dialects(); }
    void twoDecisionsAtOnceMakeOne();
    void badDecisionsAreRefusedAndChangeNothing_data() { dialects(); }
    void badDecisionsAreRefusedAndChangeNothing();
    void noAnswerHoldsAFullCardNumber();

private:
    using Desk = ServerDesk;

    static void dialects() { ServerTestHarness::dialects(); }
    Desk &desk();
    bool buildConsoleFile(QString *error);
    bool readConsoleFile(QString *error);
    bool prepare(Desk &desk, QString *error);

    QNetworkReply *start(const QByteArray &method, const QString &path, const QString &as,
                         const QByteArray &body = QByteArray(), const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply finish(QNetworkReply *reply);
    Reply send(const QByteArray &method, const QString &path, const QString &as, const QByteArray &body = QByteArray(),
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path, const QString &as = Aino) { return send("GET", path, as); }
    /// POST /v1/alerts/{id}/{decision} as @p as with @p body, under @p key (none when empty).
    Reply decide(qint64 alertId, const QString &decision, const QString &as, const QByteArray &body,
                 const QString &key);
    /// Every alert of GET /v1/alerts?@p query, page by page (limit in the query); *pages counts them.
    QJsonArray walk(const QString &query, int *pages = nullptr);
    /// The change feed's cursor now, and the changes after @p since in *changes.
    QString feed(const QString &since, QJsonArray *changes = nullptr);
    /// The audit entries of @p action (supervisor's view), newest first.
    QJsonArray audit(const QString &action);

    /// The console's alerts, newest first (raised_at, id), optionally only those @p keep says.
    QList<qint64> expectedIds(const std::function<bool(const SourceAlert &)> &keep = {}) const;
    const SourceAlert &source(const QString &label) const { return m_source.at(m_labels.value(label)); }

    ServerTestHarness m_harness;
    QTemporaryDir m_dir;
    QString m_consoleFile;
    Desk *m_current = nullptr;
    std::map<qint64, SourceAlert> m_source;
    QHash<QString, qint64> m_labels;          ///< "A1" ... -> alert id
    QHash<QString, qint64> m_customers;       ///< "A", "B", "C" -> customer id
};

TestServerAlerts::Desk &TestServerAlerts::desk()
{
    m_current = &m_harness.currentDesk();
    return *m_current;
}

void TestServerAlerts::initTestCase()
{
    TestSupport::pinEnvironment();
    QVERIFY(m_dir.isValid());
    // The contract run (ctest tst_serveralerts_contract) sends all HTTP through
    // Prism, which checks it against the contract.
    QString error;
    QVERIFY2(m_harness.readContractSettings(&error), qPrintable(error));
    QVERIFY2(buildConsoleFile(&error), qPrintable(QStringLiteral("the console's file: ") + error));
    QVERIFY2(readConsoleFile(&error), qPrintable(QStringLiteral("reading the console's file: ") + error));

    QVERIFY2(m_harness.createDesks(QStringLiteral("alerts"), m_dir.path(), &error), qPrintable(error));
    for (const QString &dialect : {QStringLiteral("postgresql"), QStringLiteral("sqlite")})
        QVERIFY2(prepare(m_harness.desk(dialect), &error), qPrintable(dialect + QStringLiteral(": ") + error));
}

void TestServerAlerts::cleanup()
{
    const QString violations = m_harness.takeContractViolations();
    if (!violations.isEmpty())
        QFAIL(qPrintable(violations));
}

void TestServerAlerts::cleanupTestCase()
{
    m_harness.shutDown();
}

bool TestServerAlerts::buildConsoleFile(QString *error)
{
    m_consoleFile = m_dir.filePath(QStringLiteral("console/carddesk.sqlite"));
    QDir().mkpath(QFileInfo(m_consoleFile).absolutePath());
    std::unique_ptr<LocalBackend> backend = Fixtures::openBackend(m_consoleFile, error, Aino);
    if (!backend)
        return false;
    // Three customers with ninety days of everyday life in Helsinki each:
    // groceries and lunches, 08:00-20:00, at home.
    const QList<QPair<QString, Fixtures::Person>> people{
        {QStringLiteral("A"), {QStringLiteral("Aino"), QStringLiteral("Virtanen"), QString(),
                               QStringLiteral("aino.virtanen@example.fi"), QStringLiteral("Helsinki"),
                               QStringLiteral("FI"), {QStringLiteral("4021")}}},
        {QStringLiteral("B"), {QStringLiteral("Bertil"), QStringLiteral("Lind"), QString(),
                               QStringLiteral("bertil.lind@example.fi"), QStringLiteral("Espoo"),
                               QStringLiteral("FI"), {QStringLiteral("5522")}}},
        {QStringLiteral("C"), {QStringLiteral("Cecilia"), QStringLiteral("Ek"), QString(),
                               QStringLiteral("cecilia.ek@example.fi"), QStringLiteral("Vantaa"),
                               QStringLiteral("FI"), {QStringLiteral("7788")}}},
    };
    QHash<QString, qint64> cards;
    for (const QPair<QString, Fixtures::Person> &entry : people) {
        const QString label = entry.first;
        const Fixtures::Person person = entry.second;
        const auto ids = await(backend->worker()->run([person](Database &db) {
            const qint64 customer = Fixtures::addCustomer(db, person);
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT id FROM cards WHERE customer_id = ?"));
            q.addBindValue(customer);
            const qint64 card = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            const QTimeZone helsinki("Europe/Helsinki");
            const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(helsinki).date();
            for (int d = 90; d >= 3; --d) {
                Fixtures::TransactionRow row;
                row.cardId = card;
                row.at = QDateTime(today.addDays(-d), QTime(8 + d % 12, 10), helsinki);
                row.amountMinor = 400 + (d * 1379) % 9100;
                row.merchant = QStringLiteral("K-Market Hakaniemi");
                row.entryMode = d % 3 ? QStringLiteral("contactless") : QStringLiteral("chip");
                if (!Fixtures::addTransaction(db, row))
                    return std::make_pair(qint64(0), qint64(0));
            }
            return std::make_pair(customer, card);
        }));
        if (!ids.first || !ids.second) {
            *error = QStringLiteral("customer %1 was not written").arg(label);
            return false;
        }
        m_customers.insert(label, ids.first);
        cards.insert(label, ids.second);
    }
    // The rules raise the alerts, in this order (A1 oldest, C2 newest): for
    // each customer an online casino abroad in the evening, then a large
    // online purchase at night.
    const QTimeZone helsinki("Europe/Helsinki");
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(helsinki).date();
    const QList<std::tuple<QString, QString, int, QTime, qint64, QString, QString, QString>> raised{
        {QStringLiteral("A1"), QStringLiteral("A"), 2, QTime(19, 0), 25000, QStringLiteral("LUCKYSPIN CASINO"),
         QStringLiteral("7995"), QStringLiteral("MT")},
        {QStringLiteral("B1"), QStringLiteral("B"), 2, QTime(19, 5), 27000, QStringLiteral("LUCKYSPIN CASINO"),
         QStringLiteral("7995"), QStringLiteral("MT")},
        {QStringLiteral("C1"), QStringLiteral("C"), 2, QTime(19, 10), 29000, QStringLiteral("LUCKYSPIN CASINO"),
         QStringLiteral("7995"), QStringLiteral("MT")},
        {QStringLiteral("A2"), QStringLiteral("A"), 1, QTime(3, 10), 184000, QStringLiteral("ELECTRO WORLD ONLINE"),
         QStringLiteral("5732"), QStringLiteral("NL")},
        {QStringLiteral("B2"), QStringLiteral("B"), 1, QTime(3, 20), 192000, QStringLiteral("ELECTRO WORLD ONLINE"),
         QStringLiteral("5732"), QStringLiteral("NL")},
        {QStringLiteral("C2"), QStringLiteral("C"), 1, QTime(3, 30), 199000, QStringLiteral("ELECTRO WORLD ONLINE"),
         QStringLiteral("5732"), QStringLiteral("NL")},
    };
    for (const auto &[label, customer, daysAgo, time, minor, merchant, mcc, country] : raised) {
        Transaction t;
        t.occurredAt = QDateTime(today.addDays(-daysAgo), time, helsinki).toUTC();
        t.amount = {minor, QStringLiteral("EUR")};
        t.merchant = merchant;
        t.mcc = mcc;
        t.country = country;
        t.entryMode = QStringLiteral("online");
        t.status = TransactionStatus::Pending;
        const ScreeningResult screening = await(backend->alerts()->screenIncoming(cards.value(customer), {t}));
        if (screening.result.status != CommandResult::Applied || !screening.alertId) {
            *error = QStringLiteral("the rules raised no alert %1: %2").arg(label, screening.result.message);
            return false;
        }
        m_labels.insert(label, screening.alertId);
        QTest::qWait(5);   // raised at distinct moments
    }
    // One decided in the console: it travels with its decision.
    const CommandResult decided = await(backend->alerts()->markGenuine(
        m_labels.value(QStringLiteral("C2")), QStringLiteral("Customer plays there on Fridays; confirmed by phone.")));
    if (decided.status != CommandResult::Applied) {
        *error = QStringLiteral("the console's decision: ") + decided.message;
        return false;
    }
    backend.reset();
    return true;
}

bool TestServerAlerts::readConsoleFile(QString *error)
{
    const QString name = QStringLiteral("console-source");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_consoleFile);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok
             && q.exec(QStringLiteral("SELECT id, conversation_id, customer_id, card_id, status, findings, raised_at, "
                                      "decision_note, decided_by, decided_at, command_id FROM alerts"));
        while (ok && q.next()) {
            SourceAlert a;
            a.id = q.value(0).toLongLong();
            a.conversationId = q.value(1).toLongLong();
            a.customerId = q.value(2).toLongLong();
            a.cardId = q.value(3).toLongLong();
            a.status = q.value(4).toString();
            a.findings = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
            a.raisedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toUTC();
            a.decisionNote = q.value(7).toString();
            a.decidedBy = q.value(8).toString();
            a.decidedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs).toUTC();
            a.commandId = q.value(10).toString();
            m_source[a.id] = a;
        }
        QSqlQuery links(db);
        ok = ok && links.exec(QStringLiteral("SELECT alert_id, transaction_id FROM alert_transactions "
                                             "ORDER BY alert_id, transaction_id"));
        while (ok && links.next())
            m_source[links.value(0).toLongLong()].evidence << links.value(1).toLongLong();
        if (!ok)
            *error = q.lastError().text() + links.lastError().text() + db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (ok && m_source.size() != 6) {
        *error = QStringLiteral("the console's file holds %1 alerts, not 6").arg(m_source.size());
        return false;
    }
    return ok;
}

bool TestServerAlerts::prepare(Desk &desk, QString *error)
{
    // The console's file, with its agent (aino.laine) under the demo password;
    // then a second agent and a supervisor.
    if (!m_harness.importConsole(desk, m_consoleFile, Password, error)
        || !m_harness.addAgent(desk, Bo, QStringLiteral("agent"), QStringLiteral("Bo Holm"), Password, error)
        || !m_harness.addAgent(desk, Supervisor, QStringLiteral("supervisor"), QStringLiteral("Svea Berg"), Password,
                               error))
        return false;
    m_current = &desk;
    return m_harness.startServer(desk, error) && m_harness.signIn(desk, {Aino, Bo, Supervisor}, Password, error);
}

QNetworkReply *TestServerAlerts::start(const QByteArray &method, const QString &path, const QString &as,
                                       const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_harness.begin(*m_current, method, path, m_current->tokens.value(as), body, headers);
}

Reply TestServerAlerts::finish(QNetworkReply *reply)
{
    return m_harness.finish(*m_current, reply);
}

Reply TestServerAlerts::send(const QByteArray &method, const QString &path, const QString &as, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return finish(start(method, path, as, body, headers));
}

Reply TestServerAlerts::decide(qint64 alertId, const QString &decision, const QString &as, const QByteArray &body,
                               const QString &key)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key.toLatin1()});
    return send("POST", QStringLiteral("/v1/alerts/%1/%2").arg(alertId).arg(decision), as, body, headers);
}

QJsonArray TestServerAlerts::walk(const QString &query, int *pages)
{
    QJsonArray all;
    QString after;
    int count = 0;
    for (; count < 50; ++count) {
        QString path = QStringLiteral("/v1/alerts?") + query;
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + after;
        const Reply reply = get(path);
        if (reply.status != 200) {
            qWarning("%s: %s", qPrintable(path), qPrintable(describe(reply)));
            return {};
        }
        for (const QJsonValue &item : reply.items())
            all.append(item);
        const QJsonValue next = reply.json.value(QStringLiteral("next"));
        if (next.isNull()) {
            ++count;
            break;
        }
        after = next.toString();
    }
    if (pages)
        *pages = count;
    return all;
}

QString TestServerAlerts::feed(const QString &since, QJsonArray *changes)
{
    return m_harness.feed(*m_current, m_current->tokens.value(Aino), since, changes);
}

QJsonArray TestServerAlerts::audit(const QString &action)
{
    const Reply reply = get(QStringLiteral("/v1/audit?action=%1&limit=200").arg(action), Supervisor);
    if (reply.status != 200)
        qWarning("the audit log: %s", qPrintable(describe(reply)));
    return reply.items();
}

QList<qint64> TestServerAlerts::expectedIds(const std::function<bool(const SourceAlert &)> &keep) const
{
    QList<const SourceAlert *> alerts;
    for (const auto &[id, alert] : m_source) {
        if (!keep || keep(alert))
            alerts << &alert;
    }
    std::sort(alerts.begin(), alerts.end(), [](const SourceAlert *a, const SourceAlert *b) {
        return a->raisedAt != b->raisedAt ? a->raisedAt > b->raisedAt : a->id > b->id;
    });
    QList<qint64> ids;
    for (const SourceAlert *alert : alerts)
        ids << alert->id;
    return ids;
}

void TestServerAlerts::importCopiesTheConsoleAlerts()
{
    desk();
    // Every alert as the console stored it, the decided one with its decision.
    const QJsonArray items = walk(QStringLiteral("limit=200"));
    QCOMPARE(items.size(), qsizetype(m_source.size()));
    for (const QJsonValue &value : items) {
        const QJsonObject alert = value.toObject();
        const qint64 id = alert.value(QStringLiteral("id")).toInteger();
        QVERIFY2(m_source.count(id), qPrintable(QString::number(id)));
        const SourceAlert &s = m_source.at(id);
        QCOMPARE(alert.value(QStringLiteral("conversationId")).toInteger(), s.conversationId);
        QCOMPARE(alert.value(QStringLiteral("customerId")).toInteger(), s.customerId);
        QCOMPARE(alert.value(QStringLiteral("cardId")).toInteger(), s.cardId);
        QCOMPARE(alert.value(QStringLiteral("status")).toString(), s.status);
        QCOMPARE(timeOf(alert.value(QStringLiteral("raisedAt"))), s.raisedAt);
        QCOMPARE(alert.value(QStringLiteral("findings")).toArray(), s.findings);
        QVERIFY(!s.findings.isEmpty());
        if (s.status == QLatin1String("open")) {
            QVERIFY(alert.value(QStringLiteral("decisionNote")).isNull());
            QVERIFY(alert.value(QStringLiteral("decidedBy")).isNull());
            QVERIFY(alert.value(QStringLiteral("decidedAt")).isNull());
        } else {
            QCOMPARE(alert.value(QStringLiteral("decisionNote")).toString(), s.decisionNote);
            QCOMPARE(alert.value(QStringLiteral("decidedBy")).toString(), s.decidedBy);
            QCOMPARE(timeOf(alert.value(QStringLiteral("decidedAt"))), s.decidedAt);
        }
    }
    QCOMPARE(source(QStringLiteral("C2")).status, QStringLiteral("genuine"));
    QCOMPARE(source(QStringLiteral("C2")).decidedBy, Aino);

    // The evidence links, and the decision's command and rules, as stored.
    const QString name = QStringLiteral("import-check-") + m_current->dialect;
    std::map<qint64, QList<qint64>> imported;
    QString commandId;
    QString rules;
    {
        QSqlDatabase db = m_harness.open(*m_current, name);
        {
            QSqlQuery links(db);
            if (links.exec(QStringLiteral("SELECT alert_id, transaction_id FROM alert_transactions "
                                          "ORDER BY alert_id, transaction_id"))) {
                while (links.next())
                    imported[links.value(0).toLongLong()] << links.value(1).toLongLong();
            }
            QSqlQuery command(db);
            if (command.exec(QStringLiteral("SELECT command_id, rules FROM alerts WHERE id = %1")
                                 .arg(m_labels.value(QStringLiteral("C2"))))
                && command.next()) {
                commandId = command.value(0).toString();
                rules = command.value(1).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    for (const auto &[id, alert] : m_source) {
        QVERIFY(!alert.evidence.isEmpty());
        QCOMPARE(imported[id], alert.evidence);
    }
    QVERIFY(!source(QStringLiteral("C2")).commandId.isEmpty());
    QCOMPARE(QUuid::fromString(commandId), QUuid::fromString(source(QStringLiteral("C2")).commandId));
    QStringList names;
    for (const QJsonValue &finding : source(QStringLiteral("C2")).findings)
        names << finding.toObject().value(QStringLiteral("rule")).toString();
    QCOMPARE(rules, names.join(u' '));
}

void TestServerAlerts::listIsNewestFirstAndPages()
{
    desk();
    const QList<qint64> expected = expectedIds();
    QCOMPARE(expected.size(), qsizetype(6));
    QCOMPARE(expected.first(), m_labels.value(QStringLiteral("C2")));   // raised last
    QCOMPARE(expected.last(), m_labels.value(QStringLiteral("A1")));    // raised first

    // One page by default, next null.
    const Reply all = get(QStringLiteral("/v1/alerts"));
    QVERIFY2(all.status == 200, qPrintable(describe(all)));
    QVERIFY(all.header("Content-Type").startsWith("application/json"));
    QCOMPARE(idsOf(all.items()), expected);
    QVERIFY(all.json.value(QStringLiteral("next")).isNull());

    // Pages of 4: 4 then 2; pages of 1: six pages, every alert once, in order.
    const Reply first = get(QStringLiteral("/v1/alerts?limit=4"));
    QCOMPARE(idsOf(first.items()), expected.mid(0, 4));
    QVERIFY(first.json.value(QStringLiteral("next")).isString());
    const Reply second =
        get(QStringLiteral("/v1/alerts?limit=4&after=") + first.json.value(QStringLiteral("next")).toString());
    QCOMPARE(idsOf(second.items()), expected.mid(4));
    QVERIFY(second.json.value(QStringLiteral("next")).isNull());
    int pages = 0;
    QCOMPARE(idsOf(walk(QStringLiteral("limit=1"), &pages)), expected);
    QCOMPARE(pages, 6);
}

void TestServerAlerts::listFilters()
{
    desk();
    const qint64 aino = m_customers.value(QStringLiteral("A"));
    const qint64 cecilia = m_customers.value(QStringLiteral("C"));
    const auto is = [](const QString &status) { return [status](const SourceAlert &a) { return a.status == status; }; };

    const QList<qint64> open = expectedIds(is(QStringLiteral("open")));
    QCOMPARE(open.size(), qsizetype(5));
    QCOMPARE(idsOf(walk(QStringLiteral("status=open&limit=50"))), open);
    int pages = 0;
    QCOMPARE(idsOf(walk(QStringLiteral("status=open&limit=2"), &pages)), open);
    QCOMPARE(pages, 3);
    QCOMPARE(idsOf(walk(QStringLiteral("status=genuine"))), QList<qint64>{m_labels.value(QStringLiteral("C2"))});
    QCOMPARE(walk(QStringLiteral("status=fraud")).size(), qsizetype(0));

    // A customer's, newest first; a customer's open ones.
    QCOMPARE(idsOf(walk(QStringLiteral("customerId=%1").arg(aino))),
             (QList<qint64>{m_labels.value(QStringLiteral("A2")), m_labels.value(QStringLiteral("A1"))}));
    QCOMPARE(idsOf(walk(QStringLiteral("customerId=%1&status=open").arg(cecilia))),
             QList<qint64>{m_labels.value(QStringLiteral("C1"))});
    QCOMPARE(idsOf(walk(QStringLiteral("customerId=%1&limit=1").arg(cecilia))),
             (QList<qint64>{m_labels.value(QStringLiteral("C2")), m_labels.value(QStringLiteral("C1"))}));
    QCOMPARE(walk(QStringLiteral("customerId=987654")).size(), qsizetype(0));

    // The alert behind a conversation (the inbox's alert view opens it this way).
    const SourceAlert &b1 = source(QStringLiteral("B1"));
    QCOMPARE(idsOf(walk(QStringLiteral("conversationId=%1").arg(b1.conversationId))), QList<qint64>{b1.id});
    QCOMPARE(walk(QStringLiteral("conversationId=%1&status=genuine").arg(b1.conversationId)).size(), qsizetype(0));
    QCOMPARE(walk(QStringLiteral("conversationId=987654")).size(), qsizetype(0));

    // Agents and supervisors alike read alerts.
    const Reply asSupervisor = get(QStringLiteral("/v1/alerts?status=open"), Supervisor);
    QCOMPARE(idsOf(asSupervisor.items()), open);
}

void TestServerAlerts::listRefusesBadQueries()
{
    desk();
    const QList<QPair<QString, QString>> bad{
        {QStringLiteral("status=closed"), QStringLiteral("status")},
        {QStringLiteral("status=OPEN"), QStringLiteral("status")},
        {QStringLiteral("limit=0"), QStringLiteral("limit")},
        {QStringLiteral("limit=201"), QStringLiteral("limit")},
        {QStringLiteral("limit=ten"), QStringLiteral("limit")},
        {QStringLiteral("customerId=-4"), QStringLiteral("customerId")},
        {QStringLiteral("conversationId=abc"), QStringLiteral("conversationId")},
        {QStringLiteral("after=not%20a%20cursor"), QStringLiteral("after")},
    };
    for (const auto &[query, parameter] : bad) {
        const Reply reply = get(QStringLiteral("/v1/alerts?") + query);
        QVERIFY2(isProblem(reply, 400, QStringLiteral("malformed_request")), qPrintable(query + u' ' + describe(reply)));
        QVERIFY2(reply.json.value(QStringLiteral("detail")).toString().contains(parameter), qPrintable(describe(reply)));
    }
    // A cursor of another list (a card's transactions) is not one of this list.
    const Reply transactions =
        get(QStringLiteral("/v1/cards/%1/transactions?limit=1").arg(source(QStringLiteral("A1")).cardId));
    QVERIFY2(transactions.status == 200, qPrintable(describe(transactions)));
    const QString foreign = transactions.json.value(QStringLiteral("next")).toString();
    QVERIFY(!foreign.isEmpty());
    const Reply wrongCursor = get(QStringLiteral("/v1/alerts?after=") + foreign);
    QVERIFY2(isProblem(wrongCursor, 400, QStringLiteral("malformed_request")), qPrintable(describe(wrongCursor)));

    const Reply anonymous = send("GET", QStringLiteral("/v1/alerts"), QString());
    QVERIFY2(isProblem(anonymous, 401, QStringLiteral("unauthenticated")), qPrintable(describe(anonymous)));
    const Reply anonymousOne = send("GET", QStringLiteral("/v1/alerts/%1").arg(m_labels.value(QStringLiteral("A1"))),
                                    QString());
    QCOMPARE(anonymousOne.status, 401);
}

void TestServerAlerts::detailsHaveTheEvidenceOldestFirst()
{
    desk();
    for (const auto &[id, s] : m_source) {
        const Reply reply = get(QStringLiteral("/v1/alerts/%1").arg(id));
        QVERIFY2(reply.status == 200, qPrintable(describe(reply)));
        const QJsonObject alert = reply.json.value(QStringLiteral("alert")).toObject();
        QCOMPARE(alert.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(alert.value(QStringLiteral("findings")).toArray(), s.findings);
        // The list shows the same alert.
        const QJsonArray listed = walk(QStringLiteral("conversationId=%1").arg(s.conversationId));
        QCOMPARE(listed.size(), qsizetype(1));
        QCOMPARE(listed.at(0).toObject(), alert);
        // Evidence: every transaction the findings name, each once, oldest first, of the alert's card.
        QList<qint64> named;
        for (const QJsonValue &finding : s.findings) {
            for (const QJsonValue &t : finding.toObject().value(QStringLiteral("transactions")).toArray()) {
                if (!named.contains(t.toInteger()))
                    named << t.toInteger();
            }
        }
        const QJsonArray evidence = reply.json.value(QStringLiteral("evidence")).toArray();
        QList<qint64> shown = idsOf(evidence);
        QCOMPARE(shown.size(), named.size());
        std::sort(named.begin(), named.end());
        QList<qint64> sortedShown = shown;
        std::sort(sortedShown.begin(), sortedShown.end());
        QCOMPARE(sortedShown, named);
        QCOMPARE(sortedShown, s.evidence);
        for (qsizetype i = 1; i < evidence.size(); ++i)
            QVERIFY(timeOf(evidence.at(i - 1).toObject().value(QStringLiteral("occurredAt")))
                    <= timeOf(evidence.at(i).toObject().value(QStringLiteral("occurredAt"))));
        const QString last4 = reply.json.value(QStringLiteral("cardLast4")).toString();
        QVERIFY(QStringList({QStringLiteral("4021"), QStringLiteral("5522"), QStringLiteral("7788")}).contains(last4));
        for (const QJsonValue &value : evidence) {
            const QJsonObject t = value.toObject();
            QCOMPARE(t.value(QStringLiteral("cardId")).toInteger(), s.cardId);
            QCOMPARE(t.value(QStringLiteral("cardLast4")).toString(), last4);
            QVERIFY(QStringList({QStringLiteral("7995"), QStringLiteral("5732")})
                        .contains(t.value(QStringLiteral("mcc")).toString()));
            QVERIFY(QStringList({QStringLiteral("LUCKYSPIN CASINO"), QStringLiteral("ELECTRO WORLD ONLINE")})
                        .contains(t.value(QStringLiteral("merchant")).toString()));
        }
    }
    const Reply unknown = get(QStringLiteral("/v1/alerts/987654"));
    QVERIFY2(isProblem(unknown, 404, QStringLiteral("not_found")), qPrintable(describe(unknown)));
    QVERIFY(unknown.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("987654")));
}

void TestServerAlerts::cardNumbersInStoredTextLeaveMasked()
{
    desk();
    // Text that reached the database with a card number in it (behind the
    // API's back: the API refuses it) leaves masked in every answer.
    const SourceAlert &b1 = source(QStringLiteral("B1"));
    const SourceAlert &c2 = source(QStringLiteral("C2"));
    QString error;
    QVERIFY2(m_harness.exec(*m_current, QStringLiteral("UPDATE transactions SET merchant = ? WHERE id = ?"),
                            {PanInMerchant, b1.evidence.constFirst()}, &error),
             qPrintable(error));
    QVERIFY2(m_harness.exec(*m_current, QStringLiteral("UPDATE alerts SET decision_note = ? WHERE id = ?"),
                            {PanInNote, c2.id}, &error),
             qPrintable(error));
    const Reply details = get(QStringLiteral("/v1/alerts/%1").arg(b1.id));
    QVERIFY2(details.status == 200, qPrintable(describe(details)));
    const QString merchant =
        details.json.value(QStringLiteral("evidence")).toArray().at(0).toObject().value(QStringLiteral("merchant")).toString();
    QVERIFY2(merchant.startsWith(QLatin1String("ONLINE")) && merchant.contains(QLatin1String("1111")),
             qPrintable(merchant));
    QVERIFY2(!holdsCardNumber(merchant), qPrintable(merchant));
    const Reply decided = get(QStringLiteral("/v1/alerts?status=genuine"));
    const QString note = decided.items().at(0).toObject().value(QStringLiteral("decisionNote")).toString();
    QVERIFY2(note.startsWith(QLatin1String("Card ")) && note.contains(QLatin1String("4444")), qPrintable(note));
    QVERIFY2(!holdsCardNumber(note), qPrintable(note));
    QVERIFY(!holdsCardNumber(QString::fromUtf8(details.body)));
    QVERIFY(!holdsCardNumber(QString::fromUtf8(decided.body)));
}

void TestServerAlerts::genuineResolvesTheAlertAndItsConversation()
{
    desk();
    const SourceAlert &a1 = source(QStringLiteral("A1"));
    const QString conversationPath = QStringLiteral("/v1/conversations/%1").arg(a1.conversationId);
    const Reply conversationBefore = get(conversationPath);
    QVERIFY2(conversationBefore.status == 200, qPrintable(describe(conversationBefore)));
    QCOMPARE(conversationBefore.json.value(QStringLiteral("channel")).toString(), QStringLiteral("alert"));
    QCOMPARE(conversationBefore.json.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    QVERIFY(!conversationBefore.json.value(QStringLiteral("firstResponseDue")).isNull());
    const int versionBefore = conversationBefore.json.value(QStringLiteral("version")).toInt();
    const int messagesBefore = conversationBefore.json.value(QStringLiteral("messageCount")).toInt();
    const Reply cardBefore = get(QStringLiteral("/v1/cards/%1").arg(a1.cardId));
    QVERIFY2(cardBefore.status == 200, qPrintable(describe(cardBefore)));
    const QString cursor = feed(QString());
    QVERIFY(!cursor.isEmpty());

    const QString key = newKey();
    const QString note = QStringLiteral("Customer confirmed the casino deposit; on holiday in Malta.");
    const QByteArray body = jsonBody({{QStringLiteral("alertId"), a1.id}, {QStringLiteral("note"), note}});
    const Reply decided = decide(a1.id, QStringLiteral("genuine"), Aino, body, key);
    QVERIFY2(decided.status == 200, qPrintable(describe(decided)));
    QVERIFY(decided.header("Idempotent-Replayed").isEmpty());
    // The answer is the alert as it is now.
    const QJsonObject alert = decided.json;
    QCOMPARE(alert.value(QStringLiteral("id")).toInteger(), a1.id);
    QCOMPARE(alert.value(QStringLiteral("status")).toString(), QStringLiteral("genuine"));
    QCOMPARE(alert.value(QStringLiteral("decisionNote")).toString(), note);
    QCOMPARE(alert.value(QStringLiteral("decidedBy")).toString(), Aino);
    const QDateTime decidedAt = timeOf(alert.value(QStringLiteral("decidedAt")));
    QVERIFY(decidedAt.isValid() && qAbs(decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(alert.value(QStringLiteral("findings")).toArray(), a1.findings);
    QCOMPARE(get(QStringLiteral("/v1/alerts/%1").arg(a1.id)).json.value(QStringLiteral("alert")).toObject(), alert);

    // Its conversation: the note, answered, resolved.
    const Reply conversation = get(conversationPath);
    QCOMPARE(conversation.json.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QVERIFY(conversation.json.value(QStringLiteral("firstResponseDue")).isNull());
    QCOMPARE(conversation.json.value(QStringLiteral("messageCount")).toInt(), messagesBefore + 1);
    QCOMPARE(conversation.json.value(QStringLiteral("assignee")), conversationBefore.json.value(QStringLiteral("assignee")));
    const int version = conversation.json.value(QStringLiteral("version")).toInt();
    QVERIFY(version > versionBefore);
    const Reply messages = get(conversationPath + QStringLiteral("/messages?limit=200"));
    const QJsonObject message = messages.items().last().toObject();
    QCOMPARE(message.value(QStringLiteral("direction")).toString(), QStringLiteral("note"));
    QCOMPARE(message.value(QStringLiteral("author")).toString(), Aino);
    QCOMPARE(message.value(QStringLiteral("bodyText")).toString(),
             QStringLiteral("Genuine: the customer confirmed the transactions. ") + note);
    QCOMPARE(message.value(QStringLiteral("commandId")).toString(), key);

    // The card is not touched.
    const Reply card = get(QStringLiteral("/v1/cards/%1").arg(a1.cardId));
    QCOMPARE(card.json.value(QStringLiteral("card")).toObject(), cardBefore.json.value(QStringLiteral("card")).toObject());

    // The feed: the conversation, then its note, then the alert.
    QJsonArray changes;
    const QString after = feed(cursor, &changes);
    QCOMPARE(changes.size(), qsizetype(3));
    const QJsonObject c0 = changes.at(0).toObject();
    const QJsonObject c1 = changes.at(1).toObject();
    const QJsonObject c2 = changes.at(2).toObject();
    QCOMPARE(c0.value(QStringLiteral("entity")).toString(), QStringLiteral("conversation"));
    QCOMPARE(c0.value(QStringLiteral("entityId")).toInteger(), a1.conversationId);
    QCOMPARE(c0.value(QStringLiteral("version")).toInt(), version);
    QCOMPARE(c0.value(QStringLiteral("data")).toObject(), conversation.json);
    QCOMPARE(c1.value(QStringLiteral("entity")).toString(), QStringLiteral("message"));
    QCOMPARE(c1.value(QStringLiteral("entityId")).toInteger(), message.value(QStringLiteral("id")).toInteger());
    QCOMPARE(c1.value(QStringLiteral("data")).toObject(), message);
    QCOMPARE(c2.value(QStringLiteral("entity")).toString(), QStringLiteral("alert"));
    QCOMPARE(c2.value(QStringLiteral("entityId")).toInteger(), a1.id);
    QCOMPARE(c2.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    QCOMPARE(c2.value(QStringLiteral("data")).toObject(), alert);
    QVERIFY(c0.value(QStringLiteral("seq")).toInteger() < c1.value(QStringLiteral("seq")).toInteger());
    QVERIFY(c1.value(QStringLiteral("seq")).toInteger() < c2.value(QStringLiteral("seq")).toInteger());

    // The audit entry: one, by the agent, naming the alert, its conversation, customer and card.
    QJsonArray entries;
    for (const QJsonValue &entry : audit(QStringLiteral("alert.genuine"))) {
        if (entry.toObject().value(QStringLiteral("commandId")).toString() == key)
            entries.append(entry);
    }
    QCOMPARE(entries.size(), qsizetype(1));
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("agent")).toString(), Aino);
    QCOMPARE(entry.value(QStringLiteral("subject")).toString(), QStringLiteral("alert:%1").arg(a1.id));
    const QJsonObject details = entry.value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("alertId")).toInteger(), a1.id);
    QCOMPARE(details.value(QStringLiteral("conversationId")).toInteger(), a1.conversationId);
    QCOMPARE(details.value(QStringLiteral("customerId")).toInteger(), a1.customerId);
    QCOMPARE(details.value(QStringLiteral("cardId")).toInteger(), a1.cardId);
    QCOMPARE(details.value(QStringLiteral("decision")).toString(), QStringLiteral("genuine"));

    // The same command again: the stored answer, nothing new anywhere.
    const Reply replay = decide(a1.id, QStringLiteral("genuine"), Aino, body, key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.body, decided.body);
    QJsonArray later;
    feed(after, &later);
    QCOMPARE(later.size(), qsizetype(0));
    QCOMPARE(get(conversationPath).json.value(QStringLiteral("messageCount")).toInt(), messagesBefore + 1);
    int count = 0;
    for (const QJsonValue &e : audit(QStringLiteral("alert.genuine")))
        count += e.toObject().value(QStringLiteral("commandId")).toString() == key;
    QCOMPARE(count, 1);
    // The key with another body is refused.
    const Reply reused = decide(a1.id, QStringLiteral("genuine"), Aino,
                                jsonBody({{QStringLiteral("note"), QStringLiteral("Something else.")}}), key);
    QVERIFY2(isProblem(reused, 422, QStringLiteral("idempotency_key_reused")), qPrintable(describe(reused)));
}

void TestServerAlerts::fraudTakesTheConversationOnAndLeavesTheCardToTheWorkflow()
{
    desk();
    // B1: its first evidence transaction's merchant holds a card number (see above).
    const SourceAlert &b1 = source(QStringLiteral("B1"));
    const QString conversationPath = QStringLiteral("/v1/conversations/%1").arg(b1.conversationId);
    const Reply conversationBefore = get(conversationPath);
    QCOMPARE(conversationBefore.json.value(QStringLiteral("queue")).toString(), QStringLiteral("fraud"));
    QVERIFY(conversationBefore.json.value(QStringLiteral("assignee")).isNull());
    const Reply cardBefore = get(QStringLiteral("/v1/cards/%1").arg(b1.cardId));
    QCOMPARE(cardBefore.json.value(QStringLiteral("card")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
    const QString cursor = feed(QString());

    // A supervisor decides (agents and supervisors alike may); no alertId in the body.
    const QString key = newKey();
    const QString note = QStringLiteral("Customer has never gambled online; card is at home.");
    const Reply decided = decide(b1.id, QStringLiteral("fraud"), Supervisor,
                                 jsonBody({{QStringLiteral("note"), QStringLiteral("  ") + note + u'\n'}}), key);
    QVERIFY2(decided.status == 200, qPrintable(describe(decided)));
    // FraudDecision: what the compromised-card workflow starts from.
    const QJsonObject alert = decided.json.value(QStringLiteral("alert")).toObject();
    QCOMPARE(alert.value(QStringLiteral("status")).toString(), QStringLiteral("fraud"));
    QCOMPARE(alert.value(QStringLiteral("decisionNote")).toString(), note);   // trimmed
    QCOMPARE(alert.value(QStringLiteral("decidedBy")).toString(), Supervisor);
    QCOMPARE(decided.json.value(QStringLiteral("customerId")).toInteger(), b1.customerId);
    QCOMPARE(decided.json.value(QStringLiteral("cardId")).toInteger(), b1.cardId);
    QCOMPARE(decided.json.value(QStringLiteral("conversationId")).toInteger(), b1.conversationId);
    const QString reason = decided.json.value(QStringLiteral("reasonText")).toString();
    QVERIFY2(reason.startsWith(QStringLiteral("Fraud alert %1 (").arg(b1.id)), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("the customer does not recognise")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("ONLINE")) && reason.contains(QLatin1String("(MT)")), qPrintable(reason));
    QVERIFY2(!holdsCardNumber(reason), qPrintable(reason));

    // Its conversation: taken on by the deciding agent in the fraud queue, open, answered.
    const Reply conversation = get(conversationPath);
    QCOMPARE(conversation.json.value(QStringLiteral("assignee")).toString(), Supervisor);
    QCOMPARE(conversation.json.value(QStringLiteral("queue")).toString(), QStringLiteral("fraud"));
    QCOMPARE(conversation.json.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QVERIFY(conversation.json.value(QStringLiteral("firstResponseDue")).isNull());
    const QJsonObject message =
        get(conversationPath + QStringLiteral("/messages?limit=200")).items().last().toObject();
    QCOMPARE(message.value(QStringLiteral("direction")).toString(), QStringLiteral("note"));
    QCOMPARE(message.value(QStringLiteral("bodyText")).toString(),
             QStringLiteral("Fraud: the customer does not recognise the transactions; the compromised-card workflow "
                            "follows. ")
                 + note);

    // The card is the workflow's to lock: the decision leaves it as it was.
    const Reply card = get(QStringLiteral("/v1/cards/%1").arg(b1.cardId));
    QCOMPARE(card.json.value(QStringLiteral("card")).toObject(), cardBefore.json.value(QStringLiteral("card")).toObject());

    QJsonArray changes;
    feed(cursor, &changes);
    QStringList entities;
    for (const QJsonValue &change : changes)
        entities << change.toObject().value(QStringLiteral("entity")).toString();
    QCOMPARE(entities, (QStringList{QStringLiteral("conversation"), QStringLiteral("message"), QStringLiteral("alert")}));
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("data")).toObject(), conversation.json);
    QCOMPARE(changes.at(2).toObject().value(QStringLiteral("data")).toObject(), alert);

    QJsonObject entry;
    for (const QJsonValue &e : audit(QStringLiteral("alert.fraud"))) {
        if (e.toObject().value(QStringLiteral("commandId")).toString() == key)
            entry = e.toObject();
    }
    QCOMPARE(entry.value(QStringLiteral("agent")).toString(), Supervisor);
    QCOMPARE(entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("decision")).toString(),
             QStringLiteral("fraud"));

    const Reply replay = decide(b1.id, QStringLiteral("fraud"), Supervisor,
                                jsonBody({{QStringLiteral("note"), QStringLiteral("  ") + note + u'\n'}}), key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.body, decided.body);
}

void TestServerAlerts::anAlertIsDecidedOnce()
{
    desk();
    // Decided here (A1 genuine, B1 fraud) or in the console (C2): each decision is 409.
    const QList<QPair<QString, QString>> decided{{QStringLiteral("A1"), QStringLiteral("genuine")},
                                                 {QStringLiteral("B1"), QStringLiteral("fraud")},
                                                 {QStringLiteral("C2"), QStringLiteral("genuine")}};
    for (const auto &[label, status] : decided) {
        const SourceAlert &s = source(label);
        const Reply before = get(QStringLiteral("/v1/alerts/%1").arg(s.id));
        QCOMPARE(before.json.value(QStringLiteral("alert")).toObject().value(QStringLiteral("status")).toString(),
                 status);
        const QString cursor = feed(QString());
        for (const QString &decision : {QStringLiteral("genuine"), QStringLiteral("fraud")}) {
            const QString key = newKey();
            const QByteArray body = jsonBody({{QStringLiteral("note"), QStringLiteral("Second thoughts.")}});
            const Reply again = decide(s.id, decision, Bo, body, key);
            QVERIFY2(isProblem(again, 409, QStringLiteral("transition_not_allowed")), qPrintable(describe(again)));
            const QString detail = again.json.value(QStringLiteral("detail")).toString();
            QVERIFY2(detail.contains(status) && detail.contains(QString::number(s.id)), qPrintable(detail));
            // The refusal is the key's answer from now on.
            const Reply replay = decide(s.id, decision, Bo, body, key);
            QCOMPARE(replay.status, 409);
            QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        }
        QCOMPARE(get(QStringLiteral("/v1/alerts/%1").arg(s.id)).json.value(QStringLiteral("alert")),
                 before.json.value(QStringLiteral("alert")));
        QJsonArray changes;
        feed(cursor, &changes);
        QCOMPARE(changes.size(), qsizetype(0));
    }
}

void TestServerAlerts::twoDecisionsAtOnceMakeOne()
{
    desk();
    const SourceAlert &b2 = source(QStringLiteral("B2"));
    const int messagesBefore = get(QStringLiteral("/v1/conversations/%1").arg(b2.conversationId))
                                   .json.value(QStringLiteral("messageCount"))
                                   .toInt();
    const QString cursor = feed(QString());
    // Two agents at the same moment, one says genuine, the other fraud.
    QNetworkReply *genuine =
        start("POST", QStringLiteral("/v1/alerts/%1/genuine").arg(b2.id), Aino,
              jsonBody({{QStringLiteral("note"), QStringLiteral("Customer confirmed.")}}),
              {{"Idempotency-Key", newKey().toLatin1()}});
    QNetworkReply *fraud =
        start("POST", QStringLiteral("/v1/alerts/%1/fraud").arg(b2.id), Bo,
              jsonBody({{QStringLiteral("note"), QStringLiteral("Customer denies it.")}}),
              {{"Idempotency-Key", newKey().toLatin1()}});
    const Reply first = finish(genuine);
    const Reply second = finish(fraud);
    QList<int> statuses{first.status, second.status};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 409}));
    const Reply &winner = first.status == 200 ? first : second;
    const Reply &loser = first.status == 200 ? second : first;
    QVERIFY2(isProblem(loser, 409, QStringLiteral("transition_not_allowed")), qPrintable(describe(loser)));
    const QString decidedAs = first.status == 200 ? QStringLiteral("genuine") : QStringLiteral("fraud");
    const QJsonObject alert = get(QStringLiteral("/v1/alerts/%1").arg(b2.id)).json.value(QStringLiteral("alert")).toObject();
    QCOMPARE(alert.value(QStringLiteral("status")).toString(), decidedAs);
    QCOMPARE(alert.value(QStringLiteral("decidedBy")).toString(), first.status == 200 ? Aino : Bo);
    QCOMPARE(decidedAs == QLatin1String("genuine") ? winner.json : winner.json.value(QStringLiteral("alert")).toObject(),
             alert);
    // One note on the conversation, one set of changes on the feed.
    QCOMPARE(get(QStringLiteral("/v1/conversations/%1").arg(b2.conversationId))
                 .json.value(QStringLiteral("messageCount"))
                 .toInt(),
             messagesBefore + 1);
    QJsonArray changes;
    feed(cursor, &changes);
    QCOMPARE(changes.size(), qsizetype(3));
}

void TestServerAlerts::badDecisionsAreRefusedAndChangeNothing()
{
    desk();
    const SourceAlert &a2 = source(QStringLiteral("A2"));
    const QString conversationPath = QStringLiteral("/v1/conversations/%1").arg(a2.conversationId);
    const Reply conversationBefore = get(conversationPath);
    const Reply alertBefore = get(QStringLiteral("/v1/alerts/%1").arg(a2.id));
    QCOMPARE(alertBefore.json.value(QStringLiteral("alert")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("open"));
    const QString cursor = feed(QString());
    const QByteArray good = jsonBody({{QStringLiteral("note"), QStringLiteral("Customer confirmed.")}});

    // No key, or one that is not a UUID.
    Reply reply = decide(a2.id, QStringLiteral("genuine"), Aino, good, QString());
    QVERIFY2(isProblem(reply, 400, QStringLiteral("idempotency_key_missing")), qPrintable(describe(reply)));
    reply = decide(a2.id, QStringLiteral("fraud"), Aino, good, QStringLiteral("not-a-uuid"));
    QVERIFY2(isProblem(reply, 400, QStringLiteral("idempotency_key_missing")), qPrintable(describe(reply)));
    // Not JSON (Prism answers that itself in the contract run), not an object.
    if (!m_current->proxy) {
        reply = decide(a2.id, QStringLiteral("genuine"), Aino, "{\"note\": ", newKey());
        QVERIFY2(isProblem(reply, 400, QStringLiteral("malformed_request")), qPrintable(describe(reply)));
    }
    reply = decide(a2.id, QStringLiteral("genuine"), Aino, "[1, 2]", newKey());
    QVERIFY2(isProblem(reply, 400, QStringLiteral("malformed_request")), qPrintable(describe(reply)));

    // Fields that fail their rule, each named.
    const QList<std::tuple<QString, QJsonObject, QString>> invalid{
        {QStringLiteral("genuine"), QJsonObject{}, QStringLiteral("note")},
        {QStringLiteral("fraud"), QJsonObject{{QStringLiteral("note"), QStringLiteral("   ")}}, QStringLiteral("note")},
        {QStringLiteral("genuine"), QJsonObject{{QStringLiteral("note"), 42}}, QStringLiteral("note")},
        {QStringLiteral("fraud"), QJsonObject{{QStringLiteral("note"), QString(4001, u'x')}}, QStringLiteral("note")},
        {QStringLiteral("genuine"),
         QJsonObject{{QStringLiteral("note"), QStringLiteral("ok")}, {QStringLiteral("alertId"), a2.id + 1000}},
         QStringLiteral("alertId")},
        {QStringLiteral("genuine"),
         QJsonObject{{QStringLiteral("note"), QStringLiteral("ok")}, {QStringLiteral("alertId"), QStringLiteral("x")}},
         QStringLiteral("alertId")},
        {QStringLiteral("fraud"),
         QJsonObject{{QStringLiteral("note"), QStringLiteral("ok")}, {QStringLiteral("decision"), QStringLiteral("fraud")}},
         QStringLiteral("decision")},
    };
    for (const auto &[decision, body, field] : invalid) {
        const QString key = newKey();
        reply = decide(a2.id, decision, Aino, jsonBody(body), key);
        QVERIFY2(isProblem(reply, 422, QStringLiteral("validation_failed"), field),
                 qPrintable(field + u' ' + describe(reply)));
        // The same command again gets the same refusal.
        const Reply replay = decide(a2.id, decision, Aino, jsonBody(body), key);
        QCOMPARE(replay.status, 422);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QJsonObject first = reply.json;
        QJsonObject again = replay.json;
        first.remove(QStringLiteral("instance"));   // each request's own id
        again.remove(QStringLiteral("instance"));
        QCOMPARE(again, first);
    }
    // A full card number in the note: refused, not stored, not echoed.
    reply = decide(a2.id, QStringLiteral("genuine"), Aino,
                   jsonBody({{QStringLiteral("note"), QStringLiteral("Customer read me 4111 1111 1111 1111.")}}),
                   newKey());
    QVERIFY2(isProblem(reply, 422, QStringLiteral("card_number_in_text"), QStringLiteral("note")),
             qPrintable(describe(reply)));
    QVERIFY(!holdsCardNumber(QString::fromUtf8(reply.body)));
    // An alert nobody raised; no token.
    reply = decide(987654, QStringLiteral("genuine"), Aino, good, newKey());
    QVERIFY2(isProblem(reply, 404, QStringLiteral("not_found")), qPrintable(describe(reply)));
    QVERIFY(reply.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("987654")));
    reply = decide(987654, QStringLiteral("fraud"), Aino, good, newKey());
    QVERIFY2(isProblem(reply, 404, QStringLiteral("not_found")), qPrintable(describe(reply)));
    reply = decide(a2.id, QStringLiteral("genuine"), QString(), good, newKey());
    QVERIFY2(isProblem(reply, 401, QStringLiteral("unauthenticated")), qPrintable(describe(reply)));
    // Nothing changed: the alert, its conversation, the feed, the audit log.
    QCOMPARE(get(QStringLiteral("/v1/alerts/%1").arg(a2.id)).json, alertBefore.json);
    QCOMPARE(get(conversationPath).json, conversationBefore.json);
    QJsonArray changes;
    feed(cursor, &changes);
    QCOMPARE(changes.size(), qsizetype(0));
    for (const QString &action : {QStringLiteral("alert.genuine"), QStringLiteral("alert.fraud")}) {
        for (const QJsonValue &entry : audit(action))
            QVERIFY(entry.toObject().value(QStringLiteral("subject")).toString() != QStringLiteral("alert:%1").arg(a2.id));
    }
}

void TestServerAlerts::noAnswerHoldsAFullCardNumber()
{
    // Every answer of this test, both dialects: lists, details with a card
    // number planted in a merchant and a note, decisions, refusals, the feed.
    QVERIFY(m_harness.bodies().size() > 100);
    bool sawMaskedMerchant = false;
    for (const QByteArray &body : std::as_const(m_harness.bodies())) {
        const QString text = QString::fromUtf8(body);
        QVERIFY2(!holdsCardNumber(text), qPrintable(text.left(2000)));
        sawMaskedMerchant = sawMaskedMerchant || text.contains(QLatin1String("ONLINE "));
    }
    QVERIFY(sawMaskedMerchant);
}

QTEST_GUILESS_MAIN(TestServerAlerts)
#include "tst_serveralerts.moc"

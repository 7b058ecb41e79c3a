#include "fixtures.h"
#include "testsupport.h"

#include "servertestharness.h"

#include "domain/cardnumber.h"
#include "domain/cardworkflow.h"
#include "domain/command.h"
#include "domain/jsoncodec.h"
#include "remote/commandroute.h"
#include "services/cardservice.h"
#include "services/localbackend.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QDir>
#include <QFile>
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
#include <QUuid>

#include <memory>

using TestSupport::await;

namespace {

const QString Password = QStringLiteral("workflows-pw-4242");
const QString Aino = QStringLiteral("aino.laine");       // an agent, from the console's file
const QString Bo = QStringLiteral("bo.holm");            // another agent
const QString Supervisor = QStringLiteral("svea.berg");  // a supervisor
// A full card number (a Luhn-valid test number) in a merchant, written behind the API's back.
const QString PanInMerchant = QStringLiteral("ONLINE 4111 1111 1111 1111 STORE");
const QString Pan = QStringLiteral("5555 5555 5555 4444");

using Reply = ServerReply;
using ServerTest::describe;
using ServerTest::holdsCardNumber;
using ServerTest::isProblem;
using ServerTest::jsonBody;
using ServerTest::newKey;

QByteArray ifMatch(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

/// The wizard's answers at a step, with the keys LostCardState::toJson writes.
QJsonObject wizardData(const QString &reasonText, bool locked, const QJsonObject &transactions,
                       const QString &policeReference = QString())
{
    return {{QStringLiteral("reasonText"), reasonText},
            {QStringLiteral("locked"), locked},
            {QStringLiteral("lockedAt"), locked ? QStringLiteral("2026-11-22T09:12:30.000Z") : QString()},
            {QStringLiteral("lockMessage"), locked ? QStringLiteral("Locked.") : QString()},
            {QStringLiteral("lastCertainUse"), QStringLiteral("2026-11-21T18:00:00.000Z")},
            {QStringLiteral("transactions"), transactions},
            {QStringLiteral("declaration"), true},
            {QStringLiteral("policeReference"), policeReference},
            {QStringLiteral("replacementOrdered"), false},
            {QStringLiteral("closedWithoutReplacement"), false},
            {QStringLiteral("replacementMessage"), QString()},
            {QStringLiteral("newLast4"), QString()},
            {QStringLiteral("delivery"), QStringLiteral("post")},
            {QStringLiteral("pickupPoint"), QString()},
            {QStringLiteral("pinCarriesOver"), true},
            {QStringLiteral("contactConfirmed"), false},
            {QStringLiteral("confirmationSent"), false},
            {QStringLiteral("noteAdded"), false}};
}

} // namespace

/// The card workflow and disputes of the contract over HTTP: carddesk-server
/// on a throwaway PostgreSQL and on SQLite, each holding the same console
/// file imported with --import-sqlite (with a workflow and a dispute the
/// console made itself). The lost-card path is the console's own: the
/// console's LocalCardService walks it on a copy of the file, and the
/// commands it recorded (type, subject, payload) go to the server as
/// CommandRoute sends them in remote mode. Functions run in order.
class TestServerWorkflows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void importCopiesTheConsoleWorkflowsAndDisputes_data() { dialects(); }
    void importCopiesTheConsoleWorkflowsAndDisputes();
    void lostCardPathAsTheConsoleSendsIt_data() { dialects(); }
    void lostCardPathAsTheConsoleSendsIt();
    void secondStartIsWorkflowOpenWithCurrent_data() { dialects(); }
    void secondStartIsWorkflowOpenWithCurrent();
    void anyAgentResumesAndAStaleSaveIs412_data() { dialects(); }
    void anyAgentResumesAndAStaleSaveIs412();
    void badStartsAreRefused_data() { dialects(); }
    void badStartsAreRefused();
    void disputeEvidenceIsChecked_data() { dialects(); }
    void disputeEvidenceIsChecked();
    void stolenCardNeedsAPoliceReference_data() { dialects(); }
    void stolenCardNeedsAPoliceReference();
    void aTransactionIsDisputedOnce_data() { dialects(); }
    void aTransactionIsDisputedOnce();
    void disputeOutsideAWorkflow_data() { dialects(); }
    void disputeOutsideAWorkflow();
    void twoAtOnceMakeOne_data() { dialects(); }
    void twoAtOnceMakeOne();
    void replayWithTheSameKeyAppliesOnce_data() { dialects(); }
    void replayWithTheSameKeyAppliesOnce();
    void unknownIdsAre404_data() { dialects(); }
    void unknownIdsAre404();
    void cardNumbersAreRefusedAndMasked_data() { dialects(); }
    void cardNumbersAreRefusedAndMasked();
    void noAnswerOrAuditEntryHoldsAFullCardNumber();

private:
    using Desk = ServerDesk;

    static void dialects() { ServerTestHarness::dialects(); }
    Desk &desk();
    bool buildConsoleFile(QString *error);
    bool walkTheLostCardPathInTheConsole(QString *error);
    bool prepare(Desk &desk, QString *error);

    Reply send(const QByteArray &method, const QString &path, const QString &as, const QByteArray &body = QByteArray(),
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path, const QString &as = Aino) { return send("GET", path, as); }
    QNetworkReply *begin(const QByteArray &method, const QString &path, const QString &as, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers);
    Reply finish(QNetworkReply *reply);
    /// POST /v1/cards/{card}/workflows as @p as.
    Reply start(qint64 cardId, qint64 customerId, const QString &situation, const QString &as = Aino,
                const QString &key = newKey(), qint64 conversationId = 0);
    /// POST /v1/workflows/{id}/@p action (save, complete, abandon) with If-Match @p version.
    Reply store(qint64 workflowId, const QString &action, int version, const QString &step, const QJsonObject &data,
                const QString &as = Aino, const QString &key = newKey());
    /// POST /v1/cards/{card}/disputes.
    Reply dispute(qint64 cardId, qint64 transactionId, qint64 workflowId, const QString &reason,
                  const QJsonObject &evidence, const QString &policeReference, const QString &as = Aino,
                  const QString &key = newKey());
    /// The transaction's dispute status as GET /v1/cards/{card}/transactions shows it ("" for null).
    QString disputeStatus(qint64 cardId, qint64 transactionId);
    /// The change feed's cursor now, and the changes after @p since in *changes.
    QString feed(const QString &since, QJsonArray *changes = nullptr);
    /// The audit entries of @p action ("card.workflow." for a prefix), newest first.
    QJsonArray audit(const QString &action);

    ServerTestHarness m_harness;
    QTemporaryDir m_dir;
    QString m_consoleFile;     ///< what the servers import
    QString m_wizardFile;      ///< the copy the console walks the lost-card path on
    Desk *m_current = nullptr;
    QHash<QString, qint64> m_customers;       ///< "A", "B", "C" -> customer id
    QHash<QString, qint64> m_cards;           ///< last four -> card id
    QHash<QString, qint64> m_tx;              ///< label -> transaction id
    QHash<QString, qint64> m_txAmount;        ///< label -> amount in cents
    qint64 m_conversation = 0;                ///< a call of customer A
    qint64 m_consoleWorkflow = 0;             ///< the workflow the console left open on card 5522
    QJsonObject m_consoleWorkflowData;
    QList<Command> m_wizardCommands;          ///< the console's commands of the lost-card path, in order
    QJsonObject m_wizardFinal;                ///< the console's workflow at the end of it
};

TestServerWorkflows::Desk &TestServerWorkflows::desk()
{
    m_current = &m_harness.currentDesk();
    return *m_current;
}

void TestServerWorkflows::initTestCase()
{
    TestSupport::pinEnvironment();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_harness.readContractSettings(&error), qPrintable(error));
    QVERIFY2(buildConsoleFile(&error), qPrintable(QStringLiteral("the console's file: ") + error));
    QVERIFY2(walkTheLostCardPathInTheConsole(&error), qPrintable(QStringLiteral("the console's lost card: ") + error));

    QVERIFY2(m_harness.createDesks(QStringLiteral("workflows"), m_dir.path(), &error), qPrintable(error));
    for (const QString &dialect : {QStringLiteral("postgresql"), QStringLiteral("sqlite")})
        QVERIFY2(prepare(m_harness.desk(dialect), &error), qPrintable(dialect + QStringLiteral(": ") + error));
}

void TestServerWorkflows::cleanup()
{
    const QString violations = m_harness.takeContractViolations();
    if (!violations.isEmpty())
        QFAIL(qPrintable(violations));
}

void TestServerWorkflows::cleanupTestCase()
{
    m_harness.shutDown();
}

bool TestServerWorkflows::buildConsoleFile(QString *error)
{
    m_consoleFile = m_dir.filePath(QStringLiteral("console/carddesk.sqlite"));
    QDir().mkpath(QFileInfo(m_consoleFile).absolutePath());
    std::unique_ptr<LocalBackend> backend = Fixtures::openBackend(m_consoleFile, error, Aino);
    if (!backend)
        return false;
    // A: one card per test; B: the card the console itself left a workflow
    // and a dispute on; C: a card still on its way.
    const QList<std::tuple<QString, Fixtures::Person>> people{
        {QStringLiteral("A"), {QStringLiteral("Aino"), QStringLiteral("Virtanen"), QString(),
                               QStringLiteral("aino.virtanen@example.fi"), QStringLiteral("Helsinki"),
                               QStringLiteral("FI"),
                               {QStringLiteral("4021"), QStringLiteral("4022"), QStringLiteral("4023"),
                                QStringLiteral("4025"), QStringLiteral("4026"), QStringLiteral("4027")}}},
        {QStringLiteral("B"), {QStringLiteral("Bertil"), QStringLiteral("Lind"), QString(),
                               QStringLiteral("bertil.lind@example.fi"), QStringLiteral("Espoo"),
                               QStringLiteral("FI"), {QStringLiteral("5522")}}},
        {QStringLiteral("C"), {QStringLiteral("Cecilia"), QStringLiteral("Ek"), QString(),
                               QStringLiteral("cecilia.ek@example.fi"), QStringLiteral("Vantaa"),
                               QStringLiteral("FI"), {QStringLiteral("7001")}, QStringLiteral("ordered")}},
    };
    for (const auto &[label, person] : people) {
        const qint64 customer = await(backend->worker()->run([person = person](Database &db) {
            return Fixtures::addCustomer(db, person);
        }));
        if (!customer) {
            *error = QStringLiteral("customer %1 was not written").arg(label);
            return false;
        }
        m_customers.insert(label, customer);
    }
    const QHash<QString, qint64> cards = await(backend->worker()->run([](Database &db) {
        QHash<QString, qint64> out;
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT last4, id FROM cards")))
            while (q.next())
                out.insert(q.value(0).toString(), q.value(1).toLongLong());
        return out;
    }));
    m_cards = cards;
    // The call the compromised-card workflow comes from (assigned to Aino in the cards queue).
    m_conversation = await(backend->worker()->run([customer = m_customers.value(QStringLiteral("A"))](Database &db) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO conversations (customer_id, channel, queue, status, assignee, subject, "
                                 "created_at, updated_at, sla_due) VALUES (?, 'phone', 'cards', 'open', ?, "
                                 "'Suspicious text message', ?, ?, '9999-12-31T23:59:59.000Z')"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const QVariant &value : QVariantList{customer, Aino, now, now})
            q.addBindValue(value);
        return q.exec() ? q.lastInsertId().toLongLong() : qint64(0);
    }));
    if (!m_conversation) {
        *error = QStringLiteral("the conversation was not written");
        return false;
    }
    // The transactions, label -> (card, days ago, amount, merchant, status).
    const QList<std::tuple<QString, QString, int, qint64, QString, QString>> rows{
        {QStringLiteral("L1"), QStringLiteral("4021"), 1, 184000, QStringLiteral("ELECTRO WORLD ONLINE"),
         QStringLiteral("posted")},
        {QStringLiteral("L2"), QStringLiteral("4021"), 2, 5990, QStringLiteral("CAFE REGATTA"), QStringLiteral("posted")},
        {QStringLiteral("L3"), QStringLiteral("4021"), 3, 2390, QStringLiteral("K-MARKET"), QStringLiteral("posted")},
        {QStringLiteral("S1"), QStringLiteral("4022"), 1, 49900, QStringLiteral("GADGET SHOP"), QStringLiteral("posted")},
        {QStringLiteral("SP"), QStringLiteral("4022"), 1, 12900, QStringLiteral("ONLINE STORE"), QStringLiteral("pending")},
        {QStringLiteral("W1"), QStringLiteral("4023"), 1, 3300, QStringLiteral("KIOSKI"), QStringLiteral("posted")},
        {QStringLiteral("E1"), QStringLiteral("4025"), 5, 10000, QStringLiteral("STREAMFLIX"), QStringLiteral("posted")},
        {QStringLiteral("E2"), QStringLiteral("4025"), 5, 10000, QStringLiteral("STREAMFLIX"), QStringLiteral("posted")},
        {QStringLiteral("E3"), QStringLiteral("4025"), 4, 7500, QStringLiteral("SHOE SHOP"), QStringLiteral("posted")},
        {QStringLiteral("ED"), QStringLiteral("4025"), 3, 9900, QStringLiteral("DECLINED SHOP"),
         QStringLiteral("declined")},
        {QStringLiteral("R1"), QStringLiteral("4026"), 2, 4400, QStringLiteral("BOOKS"), QStringLiteral("posted")},
        {QStringLiteral("N1"), QStringLiteral("4027"), 6, 8900, QStringLiteral("CONCERT TICKETS"),
         QStringLiteral("posted")},
        {QStringLiteral("N2"), QStringLiteral("4027"), 7, 2500, QStringLiteral("PIZZERIA"), QStringLiteral("posted")},
        {QStringLiteral("B1"), QStringLiteral("5522"), 1, 99000, QStringLiteral("WATCH STORE"), QStringLiteral("posted")},
        {QStringLiteral("B2"), QStringLiteral("5522"), 2, 1500, QStringLiteral("BAKERY"), QStringLiteral("posted")},
    };
    for (const auto &[label, last4, daysAgo, minor, merchant, status] : rows) {
        Fixtures::TransactionRow row;
        row.cardId = m_cards.value(last4);
        row.at = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        row.amountMinor = minor;
        row.merchant = merchant;
        row.status = status;
        row.entryMode = QStringLiteral("online");
        const qint64 id = await(backend->worker()->run([row](Database &db) { return Fixtures::addTransaction(db, row); }));
        if (!id) {
            *error = QStringLiteral("transaction %1 was not written").arg(label);
            return false;
        }
        m_tx.insert(label, id);
        m_txAmount.insert(label, minor);
    }
    // The console's own workflow on B's card: stolen, saved at the review,
    // one dispute filed with the police reference; left open for a colleague.
    CardService *cardService = backend->cards();
    const WorkflowResult started = await(cardService->startWorkflow(m_customers.value(QStringLiteral("B")),
                                                                    m_cards.value(QStringLiteral("5522")),
                                                                    CardWorkflow::Situation::Stolen, 0));
    if (started.result.status != CommandResult::Applied) {
        *error = QStringLiteral("the console's start: ") + started.result.message;
        return false;
    }
    m_consoleWorkflow = started.workflow.id;
    m_consoleWorkflowData = wizardData(QStringLiteral("Bag stolen at the railway station."), true,
                                       {{QString::number(m_tx.value(QStringLiteral("B1"))),
                                         QJsonObject{{QStringLiteral("verdict"), QStringLiteral("not_recognised")},
                                                     {QStringLiteral("reason"), QStringLiteral("not_authorised")}}}},
                                       QStringLiteral("2026/112233"));
    const WorkflowResult saved = await(cardService->saveWorkflow(m_consoleWorkflow, 1, CardWorkflow::Step::Review,
                                                                 m_consoleWorkflowData));
    const CommandResult filed = await(cardService->fileDispute(
        m_consoleWorkflow, m_tx.value(QStringLiteral("B1")), DisputeReasons::Reason::NotAuthorised,
        {{QStringLiteral("declaration"), true}}, QStringLiteral("2026/112233")));
    if (saved.result.status != CommandResult::Applied || filed.status != CommandResult::Applied) {
        *error = QStringLiteral("the console's save or dispute: ") + saved.result.message + filed.message;
        return false;
    }
    backend.reset();
    // The lost-card path is walked on a copy; the servers import the file as it is now.
    m_wizardFile = m_dir.filePath(QStringLiteral("wizard/carddesk.sqlite"));
    QDir().mkpath(QFileInfo(m_wizardFile).absolutePath());
    if (!QFile::copy(m_consoleFile, m_wizardFile)) {
        *error = QStringLiteral("could not copy the console's file");
        return false;
    }
    return true;
}

bool TestServerWorkflows::walkTheLostCardPathInTheConsole(QString *error)
{
    std::unique_ptr<LocalBackend> backend = Fixtures::openBackend(m_wizardFile, error, Aino);
    if (!backend)
        return false;
    CardService *cards = backend->cards();
    const qint64 customer = m_customers.value(QStringLiteral("A"));
    const qint64 card = m_cards.value(QStringLiteral("4021"));
    const auto applied = [error](const CommandResult &result, const QString &what) {
        if (result.status == CommandResult::Applied)
            return true;
        *error = what + QStringLiteral(": ") + result.message;
        return false;
    };
    // As the wizard does it: the situation (start), the lock, the answers,
    // the review with its disputes, the replacement step, the summary's completion.
    if (!applied(await(cards->recordVerification(customer, card, Verification::Method::CardIdentified, true)),
                 QStringLiteral("verification")))
        return false;
    const WorkflowResult started = await(cards->startWorkflow(customer, card, CardWorkflow::Situation::Lost, 0));
    if (!applied(started.result, QStringLiteral("start")))
        return false;
    const qint64 workflow = started.workflow.id;
    if (!applied(await(cards->lock(card, 1, CardLifecycle::LockReason::Lost, QString())), QStringLiteral("lock")))
        return false;
    const QString l1 = QString::number(m_tx.value(QStringLiteral("L1")));
    const QString l2 = QString::number(m_tx.value(QStringLiteral("L2")));
    const QString l3 = QString::number(m_tx.value(QStringLiteral("L3")));
    const QString reason = QStringLiteral("Lost on the tram this morning.");
    QJsonObject verdicts{
        {l1, QJsonObject{{QStringLiteral("verdict"), QStringLiteral("not_recognised")},
                         {QStringLiteral("reason"), QStringLiteral("not_authorised")}}},
        {l2, QJsonObject{{QStringLiteral("verdict"), QStringLiteral("not_recognised")},
                         {QStringLiteral("reason"), QStringLiteral("amount_differs")},
                         {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("receiptAmountMinor"), 4990}}}}},
        {l3, QJsonObject{{QStringLiteral("verdict"), QStringLiteral("recognised")}}},
    };
    if (!applied(await(cards->saveWorkflow(workflow, 1, CardWorkflow::Step::Locked, wizardData(reason, true, {}))).result,
                 QStringLiteral("save locked")))
        return false;
    if (!applied(await(cards->saveWorkflow(workflow, 2, CardWorkflow::Step::Review,
                                           wizardData(reason, true, verdicts)))
                     .result,
                 QStringLiteral("save review")))
        return false;
    if (!applied(await(cards->fileDispute(workflow, m_tx.value(QStringLiteral("L1")),
                                          DisputeReasons::Reason::NotAuthorised,
                                          {{QStringLiteral("declaration"), true}}, QString())),
                 QStringLiteral("dispute L1"))
        || !applied(await(cards->fileDispute(workflow, m_tx.value(QStringLiteral("L2")),
                                             DisputeReasons::Reason::AmountDiffers,
                                             {{QStringLiteral("receiptAmountMinor"), 4990}}, QString())),
                    QStringLiteral("dispute L2")))
        return false;
    for (const QString &id : {l1, l2}) {
        QJsonObject entry = verdicts.value(id).toObject();
        entry.insert(QStringLiteral("filed"), QStringLiteral("Dispute filed"));
        verdicts.insert(id, entry);
    }
    if (!applied(await(cards->saveWorkflow(workflow, 3, CardWorkflow::Step::Replacement,
                                           wizardData(reason, true, verdicts)))
                     .result,
                 QStringLiteral("save replacement")))
        return false;
    QJsonObject last = wizardData(reason, true, verdicts);
    last.insert(QStringLiteral("confirmationSent"), true);
    const WorkflowResult finished = await(cards->finishWorkflow(workflow, 4, true, last));
    if (!applied(finished.result, QStringLiteral("complete")))
        return false;
    m_wizardFinal = {{QStringLiteral("state"), finished.workflow.state},
                     {QStringLiteral("step"), CardWorkflow::stepName(finished.workflow.step)},
                     {QStringLiteral("version"), finished.workflow.version},
                     {QStringLiteral("data"), finished.workflow.data}};
    backend.reset();

    // What the console recorded: the commands its outbox would send in remote mode.
    const QString name = QStringLiteral("wizard-commands");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_wizardFile);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok
             && q.exec(QStringLiteral("SELECT id, type, subject, payload, agent, state FROM commands "
                                      "ORDER BY issued_at, rowid"));
        while (ok && q.next()) {
            Command command;
            command.id = QUuid::fromString(q.value(0).toString());
            command.type = q.value(1).toString();
            command.subject = q.value(2).toString();
            command.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            command.agent = q.value(4).toString();
            if (q.value(5).toString() != QLatin1String("applied")) {
                *error = QStringLiteral("the console did not apply %1").arg(command.type);
                ok = false;
            }
            m_wizardCommands << command;
        }
        if (!ok && error->isEmpty())
            *error = q.lastError().text() + db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Only those of this walk: the file had the B card's three before the copy.
    QList<Command> walk;
    bool seenVerification = false;
    for (const Command &command : std::as_const(m_wizardCommands)) {
        seenVerification = seenVerification || (command.type == QLatin1String("customer.verification.record")
                                                && command.subject.endsWith(QString::number(customer)));
        // What the console does itself (delivery tracking) the server does itself in remote mode.
        if (seenVerification && !CommandRoute::serverSideTypes().contains(command.type))
            walk << command;
    }
    m_wizardCommands = walk;
    if (ok && m_wizardCommands.size() != 9) {
        QStringList types;
        for (const Command &command : std::as_const(m_wizardCommands))
            types << command.type;
        *error = QStringLiteral("the console recorded %1 commands: %2").arg(m_wizardCommands.size()).arg(types.join(u' '));
        return false;
    }
    return ok;
}

bool TestServerWorkflows::prepare(Desk &desk, QString *error)
{
    if (!m_harness.importConsole(desk, m_consoleFile, Password, error)
        || !m_harness.addAgent(desk, Bo, QStringLiteral("agent"), QStringLiteral("Bo Holm"), Password, error)
        || !m_harness.addAgent(desk, Supervisor, QStringLiteral("supervisor"), QStringLiteral("Svea Berg"), Password,
                               error))
        return false;
    // A full card number in a merchant, as a careless acquirer might send it.
    if (!m_harness.exec(desk, QStringLiteral("UPDATE transactions SET merchant = ? WHERE id = ?"),
                        {PanInMerchant, m_tx.value(QStringLiteral("SP"))}, error))
        return false;
    m_current = &desk;
    return m_harness.startServer(desk, error) && m_harness.signIn(desk, {Aino, Bo, Supervisor}, Password, error);
}

Reply TestServerWorkflows::send(const QByteArray &method, const QString &path, const QString &as,
                                const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return finish(begin(method, path, as, body, headers));
}

QNetworkReply *TestServerWorkflows::begin(const QByteArray &method, const QString &path, const QString &as,
                                          const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_harness.begin(*m_current, method, path, m_current->tokens.value(as), body, headers);
}

Reply TestServerWorkflows::finish(QNetworkReply *reply)
{
    return m_harness.finish(*m_current, reply);
}

Reply TestServerWorkflows::start(qint64 cardId, qint64 customerId, const QString &situation, const QString &as,
                                 const QString &key, qint64 conversationId)
{
    return send("POST", QStringLiteral("/v1/cards/%1/workflows").arg(cardId), as,
                jsonBody({{QStringLiteral("customerId"), customerId},
                          {QStringLiteral("situation"), situation},
                          {QStringLiteral("conversationId"), conversationId}}),
                {{"Idempotency-Key", key.toLatin1()}});
}

Reply TestServerWorkflows::store(qint64 workflowId, const QString &action, int version, const QString &step,
                                 const QJsonObject &data, const QString &as, const QString &key)
{
    return send("POST", QStringLiteral("/v1/workflows/%1/%2").arg(workflowId).arg(action), as,
                jsonBody({{QStringLiteral("expectedVersion"), version},
                          {QStringLiteral("step"), step},
                          {QStringLiteral("data"), data}}),
                {{"Idempotency-Key", key.toLatin1()}, {"If-Match", ifMatch(version)}});
}

Reply TestServerWorkflows::dispute(qint64 cardId, qint64 transactionId, qint64 workflowId, const QString &reason,
                                   const QJsonObject &evidence, const QString &policeReference, const QString &as,
                                   const QString &key)
{
    return send("POST", QStringLiteral("/v1/cards/%1/disputes").arg(cardId), as,
                jsonBody({{QStringLiteral("transactionId"), transactionId},
                          {QStringLiteral("workflowId"), workflowId},
                          {QStringLiteral("reason"), reason},
                          {QStringLiteral("evidence"), evidence},
                          {QStringLiteral("policeReference"), policeReference}}),
                {{"Idempotency-Key", key.toLatin1()}});
}

QString TestServerWorkflows::disputeStatus(qint64 cardId, qint64 transactionId)
{
    const Reply reply = get(QStringLiteral("/v1/cards/%1/transactions?limit=200").arg(cardId));
    for (const QJsonValue &item : reply.json.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toInteger() == transactionId)
            return item.toObject().value(QStringLiteral("disputeStatus")).toString();
    }
    return QStringLiteral("(not listed)");
}

QString TestServerWorkflows::feed(const QString &since, QJsonArray *changes)
{
    return m_harness.feed(*m_current, m_current->tokens.value(Aino), since, changes);
}

QJsonArray TestServerWorkflows::audit(const QString &action)
{
    const Reply reply = get(QStringLiteral("/v1/audit?action=%1&limit=200").arg(action), Supervisor);
    if (reply.status != 200)
        qWarning("the audit log: %s", qPrintable(describe(reply)));
    return reply.json.value(QStringLiteral("items")).toArray();
}

void TestServerWorkflows::importCopiesTheConsoleWorkflowsAndDisputes()
{
    desk();
    const qint64 card = m_cards.value(QStringLiteral("5522"));
    // The console's workflow, as the console saved it: any agent can resume it.
    const Reply workflow = get(QStringLiteral("/v1/workflows/%1").arg(m_consoleWorkflow), Bo);
    QVERIFY2(workflow.status == 200, qPrintable(describe(workflow)));
    QCOMPARE(workflow.header("ETag"), ifMatch(2));
    QCOMPARE(workflow.id(), m_consoleWorkflow);
    QCOMPARE(workflow.json.value(QStringLiteral("customerId")).toInteger(), m_customers.value(QStringLiteral("B")));
    QCOMPARE(workflow.json.value(QStringLiteral("cardId")).toInteger(), card);
    QCOMPARE(workflow.json.value(QStringLiteral("situation")).toString(), QStringLiteral("stolen"));
    QCOMPARE(workflow.json.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(workflow.json.value(QStringLiteral("step")).toString(), QStringLiteral("review"));
    QCOMPARE(workflow.version(), 2);
    QVERIFY(workflow.json.value(QStringLiteral("conversationId")).isNull());
    QCOMPARE(workflow.json.value(QStringLiteral("startedBy")).toString(), Aino);
    QCOMPARE(workflow.json.value(QStringLiteral("data")).toObject(), m_consoleWorkflowData);
    QVERIFY(JsonCodec::parseTimestamp(workflow.json.value(QStringLiteral("startedAt")).toString()));

    // The card and the customer view show it as the open one.
    const Reply details = get(QStringLiteral("/v1/cards/%1").arg(card));
    QVERIFY2(details.status == 200, qPrintable(describe(details)));
    QCOMPARE(details.json.value(QStringLiteral("openWorkflow")).toObject().value(QStringLiteral("id")).toInteger(),
             m_consoleWorkflow);
    const Reply customer = get(QStringLiteral("/v1/customers/%1").arg(m_customers.value(QStringLiteral("B"))));
    QVERIFY2(customer.status == 200, qPrintable(describe(customer)));
    const QJsonArray open = customer.json.value(QStringLiteral("holder")).toObject().value(QStringLiteral("openWorkflows")).toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_consoleWorkflow);
    // A card without one says null.
    const Reply other = get(QStringLiteral("/v1/cards/%1").arg(m_cards.value(QStringLiteral("4021"))));
    QVERIFY(other.json.contains(QStringLiteral("openWorkflow")));
    QVERIFY(other.json.value(QStringLiteral("openWorkflow")).isNull());

    // Its dispute came along: the transaction is disputed, and disputed once.
    QCOMPARE(disputeStatus(card, m_tx.value(QStringLiteral("B1"))), QStringLiteral("open"));
    QCOMPARE(disputeStatus(card, m_tx.value(QStringLiteral("B2"))), QString());
    const Reply again = dispute(card, m_tx.value(QStringLiteral("B1")), m_consoleWorkflow,
                                QStringLiteral("not_authorised"), {{QStringLiteral("declaration"), true}},
                                QStringLiteral("2026/112233"));
    QVERIFY2(isProblem(again, 409, QStringLiteral("already_exists")), qPrintable(describe(again)));
    QVERIFY2(again.json.value(QStringLiteral("detail")).toString().contains(Aino), qPrintable(describe(again)));
    // A start on that card is the console's workflow to resume.
    const Reply second = start(card, m_customers.value(QStringLiteral("B")), QStringLiteral("lost"), Bo);
    QVERIFY2(isProblem(second, 409, QStringLiteral("workflow_open")), qPrintable(describe(second)));
    QCOMPARE(second.current().value(QStringLiteral("id")).toInteger(), m_consoleWorkflow);
    // New rows get new ids after the imported ones (PostgreSQL's sequences moved on).
    const Reply filed = dispute(card, m_tx.value(QStringLiteral("B2")), m_consoleWorkflow,
                                QStringLiteral("not_authorised"), {{QStringLiteral("declaration"), true}},
                                QStringLiteral("2026/112233"), Bo);
    QVERIFY2(filed.status == 201, qPrintable(describe(filed)));
    QVERIFY(filed.id() > 1);
}

void TestServerWorkflows::lostCardPathAsTheConsoleSendsIt()
{
    desk();
    const qint64 card = m_cards.value(QStringLiteral("4021"));
    const qint64 customer = m_customers.value(QStringLiteral("A"));
    const QString cursor = feed(QString());
    QVERIFY(!cursor.isEmpty());
    const Reply before = get(QStringLiteral("/v1/cards/%1").arg(card));
    QCOMPARE(before.header("ETag"), ifMatch(1));

    // The console's commands, as its outbox sends them (CommandRoute); the
    // workflow id the console made is the server's once the start is answered.
    qint64 consoleWorkflow = 0;
    for (const Command &command : std::as_const(m_wizardCommands)) {
        if (command.subject.startsWith(QLatin1String("workflow:"))) {
            consoleWorkflow = command.subject.mid(9).toLongLong();
            break;
        }
    }
    QVERIFY(consoleWorkflow > 0);
    qint64 serverWorkflow = 0;
    int version = 0;
    for (Command command : std::as_const(m_wizardCommands)) {
        if (serverWorkflow) {
            command.subject.replace(QStringLiteral("workflow:") + QString::number(consoleWorkflow),
                                    QStringLiteral("workflow:") + QString::number(serverWorkflow));
            if (command.payload.value(QStringLiteral("workflowId")).toInteger() == consoleWorkflow)
                command.payload.insert(QStringLiteral("workflowId"), serverWorkflow);
        }
        CommandRoute::Context context;
        context.cardId = card;
        QString error;
        const std::optional<CommandRoute> route = CommandRoute::of(command, &error, context);
        QVERIFY2(route, qPrintable(command.type + QStringLiteral(": ") + error));
        QList<QPair<QByteArray, QByteArray>> headers{
            {"Idempotency-Key", command.id.toString(QUuid::WithoutBraces).toLatin1()}};
        if (route->ifMatch())
            headers.append({"If-Match", CommandRoute::ifMatchHeader(*route->ifMatch())});
        const Reply reply = send(route->method().toLatin1(), route->path(), Aino, jsonBody(route->body()), headers);
        QVERIFY2(reply.status == 200 || reply.status == 201,
                 qPrintable(command.type + QStringLiteral(" ") + route->path() + QStringLiteral(": ") + describe(reply)));
        if (command.type == QLatin1String("card.workflow.start")) {
            // The answer names the server's workflow: its id and version (ETag).
            QCOMPARE(reply.status, 201);
            serverWorkflow = reply.id();
            QVERIFY(serverWorkflow > 0);
            QCOMPARE(reply.header("Location"), QByteArrayLiteral("/v1/workflows/") + QByteArray::number(serverWorkflow));
            QCOMPARE(reply.header("ETag"), ifMatch(1));
            QCOMPARE(reply.version(), 1);
            QCOMPARE(reply.json.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QCOMPARE(reply.json.value(QStringLiteral("step")).toString(), QStringLiteral("situation"));
            QCOMPARE(reply.json.value(QStringLiteral("situation")).toString(), QStringLiteral("lost"));
            QCOMPARE(reply.json.value(QStringLiteral("startedBy")).toString(), Aino);
            QCOMPARE(reply.json.value(QStringLiteral("data")).toObject(), QJsonObject());
            version = 1;
            // The card shows it; its own version did not move (the lock's If-Match still holds).
            const Reply details = get(QStringLiteral("/v1/cards/%1").arg(card));
            QCOMPARE(details.header("ETag"), ifMatch(1));
            QCOMPARE(details.json.value(QStringLiteral("openWorkflow")).toObject().value(QStringLiteral("id")).toInteger(),
                     serverWorkflow);
            QCOMPARE(details.json.value(QStringLiteral("openWorkflow")).toObject().value(QStringLiteral("version")).toInt(),
                     1);
            const Reply view = get(QStringLiteral("/v1/customers/%1").arg(customer));
            const QJsonArray open =
                view.json.value(QStringLiteral("holder")).toObject().value(QStringLiteral("openWorkflows")).toArray();
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.at(0).toObject().value(QStringLiteral("id")).toInteger(), serverWorkflow);
        } else if (command.type.startsWith(QLatin1String("card.workflow."))) {
            ++version;
            QCOMPARE(reply.version(), version);
            QCOMPARE(reply.header("ETag"), ifMatch(version));
            QCOMPARE(reply.json.value(QStringLiteral("data")).toObject(),
                     command.payload.value(QStringLiteral("data")).toObject());
        } else if (command.type == QLatin1String("card.dispute.file")) {
            QCOMPARE(reply.status, 201);
            QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
            QCOMPARE(reply.json.value(QStringLiteral("workflowId")).toInteger(), serverWorkflow);
            QCOMPARE(reply.json.value(QStringLiteral("cardId")).toInteger(), card);
            QCOMPARE(reply.json.value(QStringLiteral("agent")).toString(), Aino);
            QVERIFY(reply.json.value(QStringLiteral("policeReference")).isNull());
            QCOMPARE(reply.json.value(QStringLiteral("evidence")).toObject(),
                     command.payload.value(QStringLiteral("evidence")).toObject());
        }
    }
    QVERIFY(serverWorkflow > 0);
    QCOMPARE(version, 5);

    // Where the server left it is where the console left it.
    const Reply workflow = get(QStringLiteral("/v1/workflows/%1").arg(serverWorkflow));
    QCOMPARE(workflow.json.value(QStringLiteral("state")).toString(), m_wizardFinal.value(QStringLiteral("state")).toString());
    QCOMPARE(workflow.json.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(workflow.json.value(QStringLiteral("step")).toString(), m_wizardFinal.value(QStringLiteral("step")).toString());
    QCOMPARE(workflow.version(), m_wizardFinal.value(QStringLiteral("version")).toInt());
    QCOMPARE(workflow.json.value(QStringLiteral("data")).toObject(), m_wizardFinal.value(QStringLiteral("data")).toObject());
    QCOMPARE(disputeStatus(card, m_tx.value(QStringLiteral("L1"))), QStringLiteral("open"));
    QCOMPARE(disputeStatus(card, m_tx.value(QStringLiteral("L2"))), QStringLiteral("open"));
    QCOMPARE(disputeStatus(card, m_tx.value(QStringLiteral("L3"))), QString());
    const Reply details = get(QStringLiteral("/v1/cards/%1").arg(card));
    QCOMPARE(details.json.value(QStringLiteral("card")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("locked"));
    QVERIFY(details.json.value(QStringLiteral("openWorkflow")).isNull());
    const Reply view = get(QStringLiteral("/v1/customers/%1").arg(customer));
    QVERIFY(view.json.value(QStringLiteral("holder")).toObject().value(QStringLiteral("openWorkflows")).toArray().isEmpty());
    // Ended: nothing more is saved in it.
    const Reply late = store(serverWorkflow, QStringLiteral("save"), version, QStringLiteral("summary"), {});
    QVERIFY2(isProblem(late, 409, QStringLiteral("transition_not_allowed")), qPrintable(describe(late)));

    // The feed: the workflow at each version, each dispute, each transaction's new dispute status.
    QJsonArray changes;
    feed(cursor, &changes);
    QList<int> versions;
    QList<qint64> disputedTransactions;
    QList<qint64> changedTransactions;
    for (const QJsonValue &value : std::as_const(changes)) {
        const QJsonObject change = value.toObject();
        const QString entity = change.value(QStringLiteral("entity")).toString();
        const QJsonObject data = change.value(QStringLiteral("data")).toObject();
        QCOMPARE(change.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
        if (entity == QLatin1String("workflow") && change.value(QStringLiteral("entityId")).toInteger() == serverWorkflow) {
            versions << change.value(QStringLiteral("version")).toInt();
            QCOMPARE(data.value(QStringLiteral("version")).toInt(), versions.constLast());
        } else if (entity == QLatin1String("dispute")) {
            QCOMPARE(data.value(QStringLiteral("id")).toInteger(), change.value(QStringLiteral("entityId")).toInteger());
            disputedTransactions << data.value(QStringLiteral("transactionId")).toInteger();
        } else if (entity == QLatin1String("transaction")) {
            QCOMPARE(data.value(QStringLiteral("disputeStatus")).toString(), QStringLiteral("open"));
            changedTransactions << change.value(QStringLiteral("entityId")).toInteger();
        }
    }
    QCOMPARE(versions, (QList<int>{1, 2, 3, 4, 5}));
    const QList<qint64> disputed{m_tx.value(QStringLiteral("L1")), m_tx.value(QStringLiteral("L2"))};
    QCOMPARE(disputedTransactions, disputed);
    QCOMPARE(changedTransactions, disputed);

    // The audit log: each command once, about this customer and card, the dispute by its transaction.
    QMap<QString, int> actions;
    for (const QJsonValue &value : audit(QStringLiteral("card."))) {
        const QJsonObject entry = value.toObject();
        const QJsonObject auditDetails = entry.value(QStringLiteral("details")).toObject();
        if (auditDetails.value(QStringLiteral("workflowId")).toInteger() != serverWorkflow)
            continue;
        const QString action = entry.value(QStringLiteral("action")).toString();
        ++actions[action];
        QCOMPARE(auditDetails.value(QStringLiteral("cardId")).toInteger(), card);
        QCOMPARE(auditDetails.value(QStringLiteral("customerId")).toInteger(), customer);
        if (action == QLatin1String("card.workflow.start")) {
            QCOMPARE(entry.value(QStringLiteral("subject")).toString(), QStringLiteral("card:%1").arg(card));
            QCOMPARE(auditDetails.value(QStringLiteral("last4")).toString(), QStringLiteral("4021"));
            QCOMPARE(auditDetails.value(QStringLiteral("situation")).toString(), QStringLiteral("lost"));
        } else if (action == QLatin1String("card.dispute.file")) {
            QVERIFY(disputed.contains(auditDetails.value(QStringLiteral("transactionId")).toInteger()));
            QCOMPARE(entry.value(QStringLiteral("subject")).toString(),
                     QStringLiteral("transaction:%1").arg(auditDetails.value(QStringLiteral("transactionId")).toInteger()));
        } else {
            QCOMPARE(entry.value(QStringLiteral("subject")).toString(), QStringLiteral("workflow:%1").arg(serverWorkflow));
        }
    }
    QCOMPARE(actions.value(QStringLiteral("card.workflow.start")), 1);
    QCOMPARE(actions.value(QStringLiteral("card.workflow.save")), 3);
    QCOMPARE(actions.value(QStringLiteral("card.workflow.complete")), 1);
    QCOMPARE(actions.value(QStringLiteral("card.dispute.file")), 2);
}

void TestServerWorkflows::secondStartIsWorkflowOpenWithCurrent()
{
    desk();
    const qint64 card = m_cards.value(QStringLiteral("4023"));
    const qint64 customer = m_customers.value(QStringLiteral("A"));
    const Reply first = start(card, customer, QStringLiteral("compromised"), Aino, newKey(), m_conversation);
    QVERIFY2(first.status == 201, qPrintable(describe(first)));
    QCOMPARE(first.json.value(QStringLiteral("conversationId")).toInteger(), m_conversation);
    const Reply saved = store(first.id(), QStringLiteral("save"), 1, QStringLiteral("locked"),
                              wizardData(QStringLiteral("Phished."), true, {}));
    QVERIFY2(saved.status == 200, qPrintable(describe(saved)));

    // Another agent's start: the open one, as it is now, to resume.
    const Reply second = start(card, customer, QStringLiteral("stolen"), Bo);
    QVERIFY2(isProblem(second, 409, QStringLiteral("workflow_open")), qPrintable(describe(second)));
    QCOMPARE(second.current().value(QStringLiteral("id")).toInteger(), first.id());
    QCOMPARE(second.current().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(second.current().value(QStringLiteral("situation")).toString(), QStringLiteral("compromised"));
    QCOMPARE(second.current().value(QStringLiteral("startedBy")).toString(), Aino);
    QCOMPARE(second.current().value(QStringLiteral("step")).toString(), QStringLiteral("locked"));
    QVERIFY2(second.json.value(QStringLiteral("detail")).toString().contains(Aino), qPrintable(describe(second)));

    // Abandoned (by the colleague who resumed it): what was done stays, the card is free for a new one.
    const Reply abandoned = store(first.id(), QStringLiteral("abandon"), 2, QStringLiteral("situation"),
                                  saved.json.value(QStringLiteral("data")).toObject(), Bo);
    QVERIFY2(abandoned.status == 200, qPrintable(describe(abandoned)));
    QCOMPARE(abandoned.json.value(QStringLiteral("state")).toString(), QStringLiteral("abandoned"));
    QCOMPARE(abandoned.json.value(QStringLiteral("updatedBy")).toString(), Bo);
    QCOMPARE(abandoned.version(), 3);
    QCOMPARE(abandoned.json.value(QStringLiteral("data")).toObject(), saved.json.value(QStringLiteral("data")).toObject());
    const Reply completeAfter = store(first.id(), QStringLiteral("complete"), 3, QStringLiteral("done"), {});
    QVERIFY2(isProblem(completeAfter, 409, QStringLiteral("transition_not_allowed")), qPrintable(describe(completeAfter)));
    QVERIFY(get(QStringLiteral("/v1/cards/%1").arg(card)).json.value(QStringLiteral("openWorkflow")).isNull());
    const Reply third = start(card, customer, QStringLiteral("stolen"), Bo);
    QVERIFY2(third.status == 201, qPrintable(describe(third)));
    QVERIFY(third.id() > first.id());
    QCOMPARE(third.json.value(QStringLiteral("startedBy")).toString(), Bo);
    const Reply abandonThird = store(third.id(), QStringLiteral("abandon"), 1, QStringLiteral("situation"), {}, Bo);
    QVERIFY2(abandonThird.status == 200, qPrintable(describe(abandonThird)));
}

void TestServerWorkflows::anyAgentResumesAndAStaleSaveIs412()
{
    Desk &d = desk();
    const qint64 card = m_cards.value(QStringLiteral("4027"));
    const Reply started = start(card, m_customers.value(QStringLiteral("A")), QStringLiteral("lost"));
    QVERIFY2(started.status == 201, qPrintable(describe(started)));
    const qint64 id = started.id();
    const QJsonObject ainos = wizardData(QStringLiteral("Lost at the gym."), true, {});
    const Reply saved = store(id, QStringLiteral("save"), 1, QStringLiteral("locked"), ainos);
    QCOMPARE(saved.version(), 2);

    // A colleague resumes it (any agent may; a supervisor reads it too) ...
    const Reply resumed = get(QStringLiteral("/v1/workflows/%1").arg(id), Bo);
    QCOMPARE(resumed.header("ETag"), ifMatch(2));
    QCOMPARE(get(QStringLiteral("/v1/workflows/%1").arg(id), Supervisor).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/v1/workflows/%1").arg(id), QString()).status, 401);
    const QJsonObject bos = wizardData(QStringLiteral("Lost at the gym; the locker was open."), true, {});
    const Reply boSaved = store(id, QStringLiteral("save"), 2, QStringLiteral("review"), bos, Bo);
    QVERIFY2(boSaved.status == 200, qPrintable(describe(boSaved)));
    QCOMPARE(boSaved.json.value(QStringLiteral("updatedBy")).toString(), Bo);
    QCOMPARE(boSaved.json.value(QStringLiteral("startedBy")).toString(), Aino);

    // ... so the first agent's next save, at the version she saw, is 412 with the workflow as he left it.
    const Reply stale = store(id, QStringLiteral("save"), 2, QStringLiteral("review"), ainos);
    QVERIFY2(isProblem(stale, 412, QStringLiteral("version_conflict")), qPrintable(describe(stale)));
    QCOMPARE(stale.current().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(stale.current().value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(stale.current().value(QStringLiteral("data")).toObject(), bos);
    QCOMPARE(stale.json.value(QStringLiteral("changedBy")).toString(), Bo);
    QCOMPARE(JsonCodec::parseTimestamp(stale.json.value(QStringLiteral("changedAt")).toString()),
             JsonCodec::parseTimestamp(boSaved.json.value(QStringLiteral("updatedAt")).toString()));
    const Reply staleComplete = store(id, QStringLiteral("complete"), 1, QStringLiteral("done"), ainos);
    QVERIFY2(isProblem(staleComplete, 412, QStringLiteral("version_conflict")), qPrintable(describe(staleComplete)));

    // If-Match: required, well formed, and the body's expectedVersion says the same.
    const QByteArray body = jsonBody({{QStringLiteral("expectedVersion"), 3},
                                      {QStringLiteral("step"), QStringLiteral("review")},
                                      {QStringLiteral("data"), ainos}});
    const QString path = QStringLiteral("/v1/workflows/%1/save").arg(id);
    const Reply missing = send("POST", path, Aino, body, {{"Idempotency-Key", newKey().toLatin1()}});
    QVERIFY2(isProblem(missing, 428, QStringLiteral("precondition_required")), qPrintable(describe(missing)));
    const Reply malformed = send("POST", path, Aino, body, {{"Idempotency-Key", newKey().toLatin1()}, {"If-Match", "3"}});
    QVERIFY2(isProblem(malformed, 400, QStringLiteral("malformed_request")), qPrintable(describe(malformed)));
    const Reply mismatch =
        send("POST", path, Aino, body, {{"Idempotency-Key", newKey().toLatin1()}, {"If-Match", ifMatch(2)}});
    QVERIFY2(isProblem(mismatch, 422, QStringLiteral("validation_failed"), QStringLiteral("expectedVersion")),
             qPrintable(describe(mismatch)));
    // Bad steps and data are named.
    const Reply badStep = store(id, QStringLiteral("save"), 3, QStringLiteral("wherever"), ainos);
    QVERIFY2(isProblem(badStep, 422, QStringLiteral("validation_failed"), QStringLiteral("step")),
             qPrintable(describe(badStep)));
    const Reply badData = send("POST", path, Aino,
                               jsonBody({{QStringLiteral("expectedVersion"), 3},
                                         {QStringLiteral("step"), QStringLiteral("review")},
                                         {QStringLiteral("data"), QJsonArray{1, 2}}}),
                               {{"Idempotency-Key", newKey().toLatin1()}, {"If-Match", ifMatch(3)}});
    QVERIFY2(isProblem(badData, 422, QStringLiteral("validation_failed"), QStringLiteral("data")),
             qPrintable(describe(badData)));
    QJsonObject huge;
    for (int i = 0; i < 120; ++i)
        huge.insert(QStringLiteral("k%1").arg(i), i);
    const Reply tooMany = store(id, QStringLiteral("save"), 3, QStringLiteral("review"), huge);
    QVERIFY2(isProblem(tooMany, 422, QStringLiteral("validation_failed"), QStringLiteral("data")),
             qPrintable(describe(tooMany)));

    // None of it changed anything: still Bo's version 3.
    const Reply now = get(QStringLiteral("/v1/workflows/%1").arg(id));
    QCOMPARE(now.version(), 3);
    QCOMPARE(now.json.value(QStringLiteral("data")).toObject(), bos);
    QString error;
    QList<QVariantList> rows;
    QVERIFY2(m_harness.exec(d,
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'card.workflow.save' "
                                           "AND subject = ?"),
                            {QStringLiteral("workflow:%1").arg(id)}, &error, &rows),
             qPrintable(error));
    QCOMPARE(rows.value(0).value(0).toInt(), 2);
}

void TestServerWorkflows::badStartsAreRefused()
{
    desk();
    const qint64 card = m_cards.value(QStringLiteral("4026"));
    const qint64 customer = m_customers.value(QStringLiteral("A"));
    const Reply notHolder = start(card, m_customers.value(QStringLiteral("B")), QStringLiteral("lost"));
    QVERIFY2(isProblem(notHolder, 422, QStringLiteral("validation_failed"), QStringLiteral("customerId")),
             qPrintable(describe(notHolder)));
    const Reply badSituation = start(card, customer, QStringLiteral("misplaced"));
    QVERIFY2(isProblem(badSituation, 422, QStringLiteral("validation_failed"), QStringLiteral("situation")),
             qPrintable(describe(badSituation)));
    const Reply noConversation = start(card, customer, QStringLiteral("lost"), Aino, newKey(), 987654);
    QVERIFY2(isProblem(noConversation, 422, QStringLiteral("validation_failed"), QStringLiteral("conversationId")),
             qPrintable(describe(noConversation)));
    const Reply unknownField = send("POST", QStringLiteral("/v1/cards/%1/workflows").arg(card), Aino,
                                    jsonBody({{QStringLiteral("customerId"), customer},
                                              {QStringLiteral("situation"), QStringLiteral("lost")},
                                              {QStringLiteral("conversationId"), 0},
                                              {QStringLiteral("cardId"), card}}),
                                    {{"Idempotency-Key", newKey().toLatin1()}});
    QVERIFY2(isProblem(unknownField, 422, QStringLiteral("validation_failed"), QStringLiteral("cardId")),
             qPrintable(describe(unknownField)));
    // A card still on its way is not a card the customer lost.
    const Reply ordered = start(m_cards.value(QStringLiteral("7001")), m_customers.value(QStringLiteral("C")),
                                QStringLiteral("lost"));
    QVERIFY2(isProblem(ordered, 422, QStringLiteral("validation_failed"), QStringLiteral("cardId")),
             qPrintable(describe(ordered)));
    QVERIFY2(QString::fromUtf8(ordered.body).contains(QLatin1String("is ordered")), qPrintable(describe(ordered)));
    const Reply noKey = send("POST", QStringLiteral("/v1/cards/%1/workflows").arg(card), Aino,
                             jsonBody({{QStringLiteral("customerId"), customer},
                                       {QStringLiteral("situation"), QStringLiteral("lost")},
                                       {QStringLiteral("conversationId"), 0}}));
    QVERIFY2(isProblem(noKey, 400, QStringLiteral("idempotency_key_missing")), qPrintable(describe(noKey)));
    QCOMPARE(send("POST", QStringLiteral("/v1/cards/%1/workflows").arg(card), QString(),
                  jsonBody({{QStringLiteral("customerId"), customer}}), {{"Idempotency-Key", newKey().toLatin1()}})
                 .status,
             401);
    QVERIFY(get(QStringLiteral("/v1/cards/%1").arg(card)).json.value(QStringLiteral("openWorkflow")).isNull());
}

void TestServerWorkflows::disputeEvidenceIsChecked()
{
    desk();
    const qint64 card = m_cards.value(QStringLiteral("4025"));
    const Reply started = start(card, m_customers.value(QStringLiteral("A")), QStringLiteral("lost"));
    QVERIFY2(started.status == 201, qPrintable(describe(started)));
    const qint64 workflow = started.id();
    const qint64 e1 = m_tx.value(QStringLiteral("E1"));
    const QDate today = QDate::currentDate();
    const QDate charged = QDateTime::currentDateTimeUtc().addDays(-5).toLocalTime().date();
    struct Case
    {
        QString reason;
        QJsonObject evidence;
        QString field;
    };
    const QList<Case> cases{
        {QStringLiteral("not_authorised"), {}, QStringLiteral("evidence.declaration")},
        {QStringLiteral("not_authorised"), {{QStringLiteral("declaration"), false}},
         QStringLiteral("evidence.declaration")},
        {QStringLiteral("duplicate"), {}, QStringLiteral("evidence.duplicateOf")},
        {QStringLiteral("duplicate"), {{QStringLiteral("duplicateOf"), e1}}, QStringLiteral("evidence.duplicateOf")},
        {QStringLiteral("duplicate"), {{QStringLiteral("duplicateOf"), m_tx.value(QStringLiteral("L3"))}},
         QStringLiteral("evidence.duplicateOf")},
        {QStringLiteral("amount_differs"), {{QStringLiteral("receiptAmountMinor"), 10000}},
         QStringLiteral("evidence.receiptAmountMinor")},
        {QStringLiteral("amount_differs"), {{QStringLiteral("receiptAmountMinor"), 12.5}},
         QStringLiteral("evidence.receiptAmountMinor")},
        {QStringLiteral("not_received"),
         {{QStringLiteral("expectedBy"), JsonCodec::date(today.addDays(3))}, {QStringLiteral("merchantContacted"), true}},
         QStringLiteral("evidence.expectedBy")},
        {QStringLiteral("not_received"),
         {{QStringLiteral("expectedBy"), JsonCodec::date(today.addDays(-2))},
          {QStringLiteral("merchantContacted"), false}},
         QStringLiteral("evidence.merchantContacted")},
        {QStringLiteral("not_received"), {{QStringLiteral("expectedBy"), QStringLiteral("last week")}},
         QStringLiteral("evidence.expectedBy")},
        {QStringLiteral("cancelled_recurring"), {{QStringLiteral("cancelledOn"), JsonCodec::date(charged.addDays(2))}},
         QStringLiteral("evidence.cancelledOn")},
        {QStringLiteral("not_authorised"), {{QStringLiteral("declaration"), true}, {QStringLiteral("note"), QStringLiteral("x")}},
         QStringLiteral("evidence.note")},
        {QStringLiteral("chargeback"), {{QStringLiteral("declaration"), true}}, QStringLiteral("reason")},
    };
    for (const Case &c : cases) {
        const Reply refused = dispute(card, e1, workflow, c.reason, c.evidence, QString());
        QVERIFY2(isProblem(refused, 422, QStringLiteral("validation_failed"), c.field),
                 qPrintable(c.reason + QStringLiteral(" ") + c.field + QStringLiteral(": ") + describe(refused)));
    }
    // The transaction and the workflow must be this card's.
    const Reply otherCard = dispute(card, m_tx.value(QStringLiteral("L3")), workflow, QStringLiteral("not_authorised"),
                                    {{QStringLiteral("declaration"), true}}, QString());
    QVERIFY2(isProblem(otherCard, 422, QStringLiteral("validation_failed"), QStringLiteral("transactionId")),
             qPrintable(describe(otherCard)));
    const Reply otherWorkflow = dispute(card, e1, m_consoleWorkflow, QStringLiteral("not_authorised"),
                                        {{QStringLiteral("declaration"), true}}, QString());
    QVERIFY2(isProblem(otherWorkflow, 422, QStringLiteral("validation_failed"), QStringLiteral("workflowId")),
             qPrintable(describe(otherWorkflow)));
    const Reply noWorkflow = dispute(card, e1, 0, QStringLiteral("not_authorised"),
                                     {{QStringLiteral("declaration"), true}}, QString());
    QVERIFY2(isProblem(noWorkflow, 422, QStringLiteral("validation_failed"), QStringLiteral("workflowId")),
             qPrintable(describe(noWorkflow)));
    // A declined purchase charged nothing.
    const Reply declined = dispute(card, m_tx.value(QStringLiteral("ED")), workflow, QStringLiteral("not_authorised"),
                                   {{QStringLiteral("declaration"), true}}, QString());
    QVERIFY2(isProblem(declined, 409, QStringLiteral("transition_not_allowed")), qPrintable(describe(declined)));
    QCOMPARE(disputeStatus(card, e1), QString());
    QCOMPARE(disputeStatus(card, m_tx.value(QStringLiteral("ED"))), QString());

    // With what each reason needs, it is filed.
    const Reply duplicate = dispute(card, m_tx.value(QStringLiteral("E2")), workflow, QStringLiteral("duplicate"),
                                    {{QStringLiteral("duplicateOf"), e1}}, QString());
    QVERIFY2(duplicate.status == 201, qPrintable(describe(duplicate)));
    QCOMPARE(duplicate.json.value(QStringLiteral("reason")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(duplicate.json.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("duplicateOf")).toInteger(), e1);
    QCOMPARE(duplicate.header("Location"), QByteArrayLiteral("/v1/cards/") + QByteArray::number(card) + "/transactions");
    const Reply cancelled = dispute(card, e1, workflow, QStringLiteral("cancelled_recurring"),
                                    {{QStringLiteral("cancelledOn"), JsonCodec::date(charged.addDays(-10))}}, QString());
    QVERIFY2(cancelled.status == 201, qPrintable(describe(cancelled)));
    const Reply notReceived = dispute(card, m_tx.value(QStringLiteral("E3")), workflow, QStringLiteral("not_received"),
                                      {{QStringLiteral("expectedBy"), JsonCodec::date(today.addDays(-1))},
                                       {QStringLiteral("merchantContacted"), true}},
                                      QStringLiteral("  "));
    QVERIFY2(notReceived.status == 201, qPrintable(describe(notReceived)));
    QVERIFY(notReceived.json.value(QStringLiteral("policeReference")).isNull());
    QCOMPARE(disputeStatus(card, e1), QStringLiteral("open"));
    QCOMPARE(disputeStatus(card, m_tx.value(QStringLiteral("E2"))), QStringLiteral("open"));
    QCOMPARE(disputeStatus(card, m_tx.value(QStringLiteral("E3"))), QStringLiteral("open"));
}

void TestServerWorkflows::stolenCardNeedsAPoliceReference()
{
    desk();
    const qint64 card = m_cards.value(QStringLiteral("4022"));
    const Reply started = start(card, m_customers.value(QStringLiteral("A")), QStringLiteral("stolen"));
    QVERIFY2(started.status == 201, qPrintable(describe(started)));
    const qint64 workflow = started.id();
    const qint64 s1 = m_tx.value(QStringLiteral("S1"));
    const QJsonObject declared{{QStringLiteral("declaration"), true}};
    for (const QString &reference : {QString(), QStringLiteral("ab"), QStringLiteral("no digits here"),
                                     QStringLiteral("12345678901234567890123456789012345678901")}) {
        const Reply refused = dispute(card, s1, workflow, QStringLiteral("not_authorised"), declared, reference);
        QVERIFY2(isProblem(refused, 422, QStringLiteral("validation_failed"), QStringLiteral("policeReference")),
                 qPrintable(reference + QStringLiteral(": ") + describe(refused)));
    }
    QCOMPARE(disputeStatus(card, s1), QString());
    const Reply filed = dispute(card, s1, workflow, QStringLiteral("not_authorised"), declared,
                                QStringLiteral(" 5500/R/12345/26 "));
    QVERIFY2(filed.status == 201, qPrintable(describe(filed)));
    QCOMPARE(filed.json.value(QStringLiteral("policeReference")).toString(), QStringLiteral("5500/R/12345/26"));
    QCOMPARE(filed.json.value(QStringLiteral("transactionId")).toInteger(), s1);
    QVERIFY(JsonCodec::parseTimestamp(filed.json.value(QStringLiteral("openedAt")).toString()));
    // The purchase whose merchant carried a card number: filed, and the number stays out of every record.
    const QString cursor = feed(QString());
    const Reply pending = dispute(card, m_tx.value(QStringLiteral("SP")), workflow, QStringLiteral("not_authorised"),
                                  declared, QStringLiteral("5500/R/12345/26"));
    QVERIFY2(pending.status == 201, qPrintable(describe(pending)));
    QJsonArray changes;
    feed(cursor, &changes);
    bool sawTransaction = false;
    for (const QJsonValue &change : std::as_const(changes)) {
        if (change.toObject().value(QStringLiteral("entity")).toString() != QLatin1String("transaction"))
            continue;
        sawTransaction = true;
        const QString merchant =
            change.toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("merchant")).toString();
        QVERIFY2(!CardNumber::containsCardNumber(merchant) && merchant.contains(QLatin1String("4111 11")),
                 qPrintable(merchant));
    }
    QVERIFY(sawTransaction);
    const QJsonArray entries = audit(QStringLiteral("card.dispute.file"));
    QVERIFY(!entries.isEmpty());
    const QJsonObject newest = entries.at(0).toObject().value(QStringLiteral("details")).toObject();
    QCOMPARE(newest.value(QStringLiteral("transactionId")).toInteger(), m_tx.value(QStringLiteral("SP")));
    QCOMPARE(newest.value(QStringLiteral("policeReference")).toString(), QStringLiteral("5500/R/12345/26"));
    QCOMPARE(newest.value(QStringLiteral("last4")).toString(), QStringLiteral("4022"));
}

void TestServerWorkflows::aTransactionIsDisputedOnce()
{
    desk();
    const qint64 card = m_cards.value(QStringLiteral("4022"));
    const qint64 s1 = m_tx.value(QStringLiteral("S1"));
    const Reply open = get(QStringLiteral("/v1/cards/%1").arg(card));
    const qint64 workflow = open.json.value(QStringLiteral("openWorkflow")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(workflow > 0);
    const Reply again = dispute(card, s1, workflow, QStringLiteral("duplicate"),
                                {{QStringLiteral("duplicateOf"), m_tx.value(QStringLiteral("SP"))}},
                                QStringLiteral("5500/R/12345/26"), Bo);
    QVERIFY2(isProblem(again, 409, QStringLiteral("already_exists")), qPrintable(describe(again)));
    QVERIFY2(again.json.value(QStringLiteral("detail")).toString().contains(Aino), qPrintable(describe(again)));
    QList<QVariantList> rows;
    QString error;
    QVERIFY2(m_harness.exec(*m_current, QStringLiteral("SELECT count(*) FROM disputes WHERE transaction_id = ?"), {s1},
                            &error, &rows),
             qPrintable(error));
    QCOMPARE(rows.value(0).value(0).toInt(), 1);
    const Reply finished = store(workflow, QStringLiteral("complete"), 1, QStringLiteral("done"), {});
    QVERIFY2(finished.status == 200, qPrintable(describe(finished)));
}

void TestServerWorkflows::disputeOutsideAWorkflow()
{
    // The console files a dispute outside the lost-card workflow with
    // workflowId 0; its outbox leaves the contract's workflowId out.
    desk();
    const qint64 card = m_cards.value(QStringLiteral("4027"));
    const qint64 n1 = m_tx.value(QStringLiteral("N1"));
    const Command command = Command::make(QStringLiteral("card.dispute.file"),
                                          QStringLiteral("transaction:") + QString::number(n1),
                                          {{QStringLiteral("workflowId"), 0},
                                           {QStringLiteral("reason"), QStringLiteral("not_authorised")},
                                           {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("declaration"), true}}},
                                           {QStringLiteral("policeReference"), QString()}},
                                          Aino);
    CommandRoute::Context context;
    context.cardId = card;
    QString error;
    const std::optional<CommandRoute> route = CommandRoute::of(command, &error, context);
    QVERIFY2(route, qPrintable(error));
    QVERIFY(!route->body().contains(QStringLiteral("workflowId")));
    const Reply filed = send(route->method().toLatin1(), route->path(), Aino, jsonBody(route->body()),
                             {{"Idempotency-Key", command.id.toString(QUuid::WithoutBraces).toLatin1()}});
    QVERIFY2(filed.status == 201, qPrintable(describe(filed)));
    QVERIFY(filed.json.value(QStringLiteral("workflowId")).isNull());
    QCOMPARE(filed.json.value(QStringLiteral("transactionId")).toInteger(), n1);
    QCOMPARE(filed.json.value(QStringLiteral("cardId")).toInteger(), card);
    QCOMPARE(disputeStatus(card, n1), QStringLiteral("open"));
    // Its audit entry names no workflow.
    const QJsonArray entries = audit(QStringLiteral("card.dispute.file"));
    QVERIFY(!entries.isEmpty());
    const QJsonObject details = entries.at(0).toObject().value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("transactionId")).toInteger(), n1);
    QVERIFY(!details.contains(QStringLiteral("workflowId")));

    // workflowId null is the same; a transaction is still disputed once.
    const qint64 n2 = m_tx.value(QStringLiteral("N2"));
    const QJsonObject body{{QStringLiteral("transactionId"), n2},
                           {QStringLiteral("workflowId"), QJsonValue::Null},
                           {QStringLiteral("reason"), QStringLiteral("not_authorised")},
                           {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("declaration"), true}}},
                           {QStringLiteral("policeReference"), QString()}};
    const QString path = QStringLiteral("/v1/cards/%1/disputes").arg(card);
    const Reply withNull = send("POST", path, Aino, jsonBody(body), {{"Idempotency-Key", newKey().toLatin1()}});
    QVERIFY2(withNull.status == 201, qPrintable(describe(withNull)));
    QVERIFY(withNull.json.value(QStringLiteral("workflowId")).isNull());
    const Reply twice = send("POST", path, Bo, jsonBody(body), {{"Idempotency-Key", newKey().toLatin1()}});
    QVERIFY2(isProblem(twice, 409, QStringLiteral("already_exists")), qPrintable(describe(twice)));
}

void TestServerWorkflows::twoAtOnceMakeOne()
{
    desk();
    // Two agents start a workflow for one card at the same moment (two
    // workers): one starts it, the other is told to resume that one.
    const qint64 card = m_cards.value(QStringLiteral("4023"));
    const qint64 customer = m_customers.value(QStringLiteral("A"));
    const QByteArray body = jsonBody({{QStringLiteral("customerId"), customer},
                                      {QStringLiteral("situation"), QStringLiteral("stolen")},
                                      {QStringLiteral("conversationId"), 0}});
    const QString path = QStringLiteral("/v1/cards/%1/workflows").arg(card);
    QNetworkReply *first = begin("POST", path, Aino, body, {{"Idempotency-Key", newKey().toLatin1()}});
    QNetworkReply *second = begin("POST", path, Bo, body, {{"Idempotency-Key", newKey().toLatin1()}});
    const Reply a = finish(first);
    const Reply b = finish(second);
    QVERIFY2((a.status == 201) != (b.status == 201), qPrintable(describe(a) + QLatin1Char('\n') + describe(b)));
    const Reply &won = a.status == 201 ? a : b;
    const Reply &lost = a.status == 201 ? b : a;
    QVERIFY2(isProblem(lost, 409, QStringLiteral("workflow_open")), qPrintable(describe(lost)));
    QCOMPARE(lost.current().value(QStringLiteral("id")).toInteger(), won.id());

    // Both file a dispute of one purchase at once: it is filed once.
    const QByteArray filing = jsonBody({{QStringLiteral("transactionId"), m_tx.value(QStringLiteral("W1"))},
                                        {QStringLiteral("workflowId"), won.id()},
                                        {QStringLiteral("reason"), QStringLiteral("not_authorised")},
                                        {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("declaration"), true}}},
                                        {QStringLiteral("policeReference"), QStringLiteral("2026/998877")}});
    const QString disputes = QStringLiteral("/v1/cards/%1/disputes").arg(card);
    first = begin("POST", disputes, Aino, filing, {{"Idempotency-Key", newKey().toLatin1()}});
    second = begin("POST", disputes, Bo, filing, {{"Idempotency-Key", newKey().toLatin1()}});
    const Reply c = finish(first);
    const Reply d = finish(second);
    QVERIFY2((c.status == 201) != (d.status == 201), qPrintable(describe(c) + QLatin1Char('\n') + describe(d)));
    QVERIFY2(isProblem(c.status == 201 ? d : c, 409, QStringLiteral("already_exists")),
             qPrintable(describe(c) + QLatin1Char('\n') + describe(d)));

    // Two saves at one version: one is saved, the other is 412.
    const QString save = QStringLiteral("/v1/workflows/%1/save").arg(won.id());
    const auto saveBody = [](const QString &words) {
        return jsonBody({{QStringLiteral("expectedVersion"), 1},
                         {QStringLiteral("step"), QStringLiteral("locked")},
                         {QStringLiteral("data"), QJsonObject{{QStringLiteral("reasonText"), words}}}});
    };
    first = begin("POST", save, Aino, saveBody(QStringLiteral("Aino's words")),
                  {{"Idempotency-Key", newKey().toLatin1()}, {"If-Match", ifMatch(1)}});
    second = begin("POST", save, Bo, saveBody(QStringLiteral("Bo's words")),
                   {{"Idempotency-Key", newKey().toLatin1()}, {"If-Match", ifMatch(1)}});
    const Reply e = finish(first);
    const Reply f = finish(second);
    QVERIFY2((e.status == 200) != (f.status == 200), qPrintable(describe(e) + QLatin1Char('\n') + describe(f)));
    const Reply &saved = e.status == 200 ? e : f;
    const Reply &stale = e.status == 200 ? f : e;
    QVERIFY2(isProblem(stale, 412, QStringLiteral("version_conflict")), qPrintable(describe(stale)));
    QCOMPARE(stale.current().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(stale.current().value(QStringLiteral("data")).toObject(), saved.json.value(QStringLiteral("data")).toObject());
    const Reply abandoned = store(won.id(), QStringLiteral("abandon"), 2, QStringLiteral("situation"), {});
    QVERIFY2(abandoned.status == 200, qPrintable(describe(abandoned)));
}

void TestServerWorkflows::replayWithTheSameKeyAppliesOnce()
{
    Desk &d = desk();
    const qint64 card = m_cards.value(QStringLiteral("4026"));
    const qint64 customer = m_customers.value(QStringLiteral("A"));
    const QString startKey = newKey();
    const Reply first = start(card, customer, QStringLiteral("damaged"), Aino, startKey);
    QVERIFY2(first.status == 201, qPrintable(describe(first)));
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    const Reply replayed = start(card, customer, QStringLiteral("damaged"), Aino, startKey);
    QCOMPARE(replayed.status, 201);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    QCOMPARE(replayed.id(), first.id());
    QCOMPARE(replayed.header("ETag"), first.header("ETag"));
    QCOMPARE(replayed.header("Location"), first.header("Location"));
    const Reply reused = start(card, customer, QStringLiteral("lost"), Aino, startKey);
    QVERIFY2(isProblem(reused, 422, QStringLiteral("idempotency_key_reused")), qPrintable(describe(reused)));

    const QString saveKey = newKey();
    const QJsonObject data = wizardData(QStringLiteral("Card snapped in two."), false, {});
    const Reply saved = store(first.id(), QStringLiteral("save"), 1, QStringLiteral("replacement"), data, Aino, saveKey);
    QCOMPARE(saved.version(), 2);
    const Reply savedAgain = store(first.id(), QStringLiteral("save"), 1, QStringLiteral("replacement"), data, Aino, saveKey);
    QCOMPARE(savedAgain.status, 200);
    QCOMPARE(savedAgain.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    QCOMPARE(savedAgain.version(), 2);
    QCOMPARE(get(QStringLiteral("/v1/workflows/%1").arg(first.id())).version(), 2);
    // A refusal is kept too: the same key answers the same 412.
    const QString staleKey = newKey();
    const Reply stale = store(first.id(), QStringLiteral("save"), 1, QStringLiteral("summary"), data, Aino, staleKey);
    QVERIFY2(isProblem(stale, 412, QStringLiteral("version_conflict")), qPrintable(describe(stale)));
    const Reply staleAgain = store(first.id(), QStringLiteral("save"), 1, QStringLiteral("summary"), data, Aino, staleKey);
    QVERIFY2(isProblem(staleAgain, 412, QStringLiteral("version_conflict")), qPrintable(describe(staleAgain)));
    QCOMPARE(staleAgain.header("Idempotent-Replayed"), QByteArrayLiteral("true"));

    const QString disputeKey = newKey();
    const qint64 r1 = m_tx.value(QStringLiteral("R1"));
    const Reply filed = dispute(card, r1, first.id(), QStringLiteral("not_authorised"),
                                {{QStringLiteral("declaration"), true}}, QString(), Aino, disputeKey);
    QVERIFY2(filed.status == 201, qPrintable(describe(filed)));
    const Reply filedAgain = dispute(card, r1, first.id(), QStringLiteral("not_authorised"),
                                     {{QStringLiteral("declaration"), true}}, QString(), Aino, disputeKey);
    QCOMPARE(filedAgain.status, 201);
    QCOMPARE(filedAgain.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    QCOMPARE(filedAgain.id(), filed.id());
    // Another agent cannot take over the key.
    const Reply boKey = dispute(card, r1, first.id(), QStringLiteral("not_authorised"),
                                {{QStringLiteral("declaration"), true}}, QString(), Bo, disputeKey);
    QVERIFY2(isProblem(boKey, 422, QStringLiteral("idempotency_key_reused")), qPrintable(describe(boKey)));

    // Applied once each: one audit entry per key.
    for (const QString &key : {startKey, saveKey, disputeKey}) {
        QList<QVariantList> rows;
        QString error;
        QVERIFY2(m_harness.exec(d,
                                d.dialect == QLatin1String("postgresql")
                                    ? QStringLiteral("SELECT count(*) FROM audit_log WHERE command_id = CAST(? AS uuid)")
                                    : QStringLiteral("SELECT count(*) FROM audit_log WHERE lower(command_id) = lower(?)"),
                                {key}, &error, &rows),
                 qPrintable(error));
        QCOMPARE(rows.value(0).value(0).toInt(), 1);
    }
    const Reply finished = store(first.id(), QStringLiteral("complete"), 2, QStringLiteral("done"), data);
    QVERIFY2(finished.status == 200, qPrintable(describe(finished)));
}

void TestServerWorkflows::unknownIdsAre404()
{
    desk();
    const qint64 none = 987654321;
    QVERIFY(isProblem(get(QStringLiteral("/v1/workflows/%1").arg(none)), 404, QStringLiteral("not_found")));
    for (const QString &action : {QStringLiteral("save"), QStringLiteral("complete"), QStringLiteral("abandon")}) {
        const Reply reply = store(none, action, 1, QStringLiteral("done"), {});
        QVERIFY2(isProblem(reply, 404, QStringLiteral("not_found")), qPrintable(action + describe(reply)));
    }
    const Reply startNone = start(none, m_customers.value(QStringLiteral("A")), QStringLiteral("lost"));
    QVERIFY2(isProblem(startNone, 404, QStringLiteral("not_found")), qPrintable(describe(startNone)));
    const Reply disputeNone = dispute(none, m_tx.value(QStringLiteral("L3")), 1, QStringLiteral("not_authorised"),
                                      {{QStringLiteral("declaration"), true}}, QString());
    QVERIFY2(isProblem(disputeNone, 404, QStringLiteral("not_found")), qPrintable(describe(disputeNone)));
    QCOMPARE(get(QStringLiteral("/v1/workflows/abc")).status, 404);
}

void TestServerWorkflows::cardNumbersAreRefusedAndMasked()
{
    Desk &d = desk();
    const qint64 card = m_cards.value(QStringLiteral("4027"));
    const qint64 id =
        get(QStringLiteral("/v1/cards/%1").arg(card)).json.value(QStringLiteral("openWorkflow")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const Reply before = get(QStringLiteral("/v1/workflows/%1").arg(id));
    const int version = before.version();
    const QList<std::pair<QJsonObject, QString>> cases{
        {{{QStringLiteral("reasonText"), QStringLiteral("The card ") + Pan + QStringLiteral(" was in the bag")}},
         QStringLiteral("data.reasonText")},
        {{{QStringLiteral("transactions"),
           QJsonObject{{QStringLiteral("17"), QJsonObject{{QStringLiteral("note"), QStringLiteral("5555555555554444")}}}}}},
         QStringLiteral("data.transactions.17.note")},
        {{{QStringLiteral("lines"), QJsonArray{QStringLiteral("ok"), QStringLiteral("4111-1111-1111-1111")}}},
         QStringLiteral("data.lines.1")},
        {{{QStringLiteral("number"), double(Q_INT64_C(4111111111111111))}}, QStringLiteral("data.number")},
    };
    for (const auto &[data, field] : cases) {
        const Reply refused = store(id, QStringLiteral("save"), version, QStringLiteral("review"), data);
        QVERIFY2(isProblem(refused, 422, QStringLiteral("card_number_in_text"), field),
                 qPrintable(field + QStringLiteral(": ") + describe(refused)));
    }
    const Reply reference = dispute(card, m_tx.value(QStringLiteral("L3")), id, QStringLiteral("not_authorised"),
                                    {{QStringLiteral("declaration"), true}}, Pan.left(19));
    QVERIFY2(isProblem(reference, 422, QStringLiteral("card_number_in_text"), QStringLiteral("policeReference")),
             qPrintable(describe(reference)));
    const Reply after = get(QStringLiteral("/v1/workflows/%1").arg(id));
    QCOMPARE(after.version(), version);
    QCOMPARE(after.json.value(QStringLiteral("data")).toObject(), before.json.value(QStringLiteral("data")).toObject());

    // Answers written behind the API's back leave masked.
    QString error;
    QVERIFY2(m_harness.exec(d,
                            d.dialect == QLatin1String("postgresql")
                                ? QStringLiteral("UPDATE card_workflows SET data = CAST(? AS jsonb) WHERE id = ?")
                                : QStringLiteral("UPDATE card_workflows SET data = ? WHERE id = ?"),
                            {QStringLiteral("{\"reasonText\": \"card %1 lost\", \"%1\": {\"x\": \"%1\"}}").arg(Pan), id},
                            &error),
             qPrintable(error));
    const Reply masked = get(QStringLiteral("/v1/workflows/%1").arg(id));
    QCOMPARE(masked.status, 200);
    QVERIFY2(!holdsCardNumber(QString::fromUtf8(masked.body)), masked.body.constData());
    QVERIFY2(masked.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("reasonText")).toString().contains(
                 QLatin1String("5555 55")),
             masked.body.constData());
    const Reply asOpen = get(QStringLiteral("/v1/customers/%1").arg(m_customers.value(QStringLiteral("A"))));
    QVERIFY2(!holdsCardNumber(QString::fromUtf8(asOpen.body)), asOpen.body.constData());
    const Reply finished = store(id, QStringLiteral("abandon"), version, QStringLiteral("situation"), {});
    QVERIFY2(finished.status == 200, qPrintable(describe(finished)));
    QVERIFY2(!holdsCardNumber(QString::fromUtf8(finished.body)), finished.body.constData());
}

void TestServerWorkflows::noAnswerOrAuditEntryHoldsAFullCardNumber()
{
    // Every answer of every test, the whole feed and every audit entry as stored, on both desks.
    QVERIFY(m_harness.bodies().size() > 100);
    for (const QByteArray &body : std::as_const(m_harness.bodies()))
        QVERIFY2(!holdsCardNumber(QString::fromUtf8(body)), body.constData());
    for (auto &[dialect, d] : m_harness.desks()) {
        m_current = &d;
        QJsonArray changes;
        feed(QStringLiteral("0"), &changes);
        QVERIFY(!changes.isEmpty());
        const QString all = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
        QVERIFY2(!holdsCardNumber(all), qPrintable(dialect));
        QList<QVariantList> rows;
        QString error;
        QVERIFY2(m_harness.exec(d,
                                d.dialect == QLatin1String("postgresql")
                                    ? QStringLiteral("SELECT action, subject, CAST(details AS text) FROM audit_log")
                                    : QStringLiteral("SELECT action, subject, details FROM audit_log"),
                                {}, &error, &rows),
                 qPrintable(error));
        int disputes = 0;
        for (const QVariantList &row : std::as_const(rows)) {
            const QString text = row.value(1).toString() + QLatin1Char(' ') + row.value(2).toString();
            QVERIFY2(!holdsCardNumber(text), qPrintable(dialect + QStringLiteral(": ") + text));
            disputes += row.value(0).toString() == QLatin1String("card.dispute.file") ? 1 : 0;
        }
        QVERIFY(disputes >= 8);
    }
}

QTEST_GUILESS_MAIN(TestServerWorkflows)
#include "tst_serverworkflows.moc"

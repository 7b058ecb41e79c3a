#include "testsupport.h"

#include "remotetestserver.h"

#include "remote/connectionstatus.h"
#include "remote/eventsocket.h"
#include "remote/outboxsender.h"
#include "remote/remoteauditservice.h"
#include "remote/remotebackend.h"
#include "services/auditservice.h"
#include "services/cardservice.h"
#include "services/customerservice.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using TestSupport::await;

namespace {

const QString AgentName = QStringLiteral("aino.lehtonen");
const QString Supervisor = QStringLiteral("riikka.nurmi");

} // namespace

/// The audit viewer's service in remote mode (RemoteAuditService): a
/// supervisor's console reads, filters and checks the server's audit log,
/// with entries an agent's console wrote through its card actions;
/// carddesk-server on a throwaway PostgreSQL with the demo data.
class TestRemoteAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void supervisorReadsTheAgentsCardActions();
    void filtersNarrowTheServersLog();
    void pagesFollowEachOther();
    void cardsSharingTheirLastFourAreReadTogether();
    void filterChoicesAndChainCheckComeFromTheServer();
    void anAgentIsRefusedHereAndByTheServer();
    void offlineTheLogIsRefusedWithAReason();

private:
    std::unique_ptr<RemoteBackend> openBackend(const QString &username, const QString &cacheName);
    static QList<AuditEntry> allEntries(AuditService *audit, const AuditFilter &filter, int pageSize = 200);
    /// The seqs of every entry @p filter finds, read @p pageSize at a time.
    static QList<qint64> seqsOf(AuditService *audit, const AuditFilter &filter, int pageSize);

    RemoteTestServer m_server;
    std::unique_ptr<RemoteBackend> m_agent;
    std::unique_ptr<RemoteBackend> m_supervisor;
    qint64 m_customerId = 0;
    QString m_customerNumber;
    qint64 m_cardId = 0;
    QString m_last4;
};

void TestRemoteAudit::initTestCase()
{
    TestSupport::pinEnvironment();
    QString error;
    RemoteTestServer::Options data;
    data.customers = 60;
    data.conversations = 20;
    QVERIFY2(m_server.start(data, &error), qPrintable(error));
    const QList<QVariantList> rows = m_server.demoRows(
        QStringLiteral("SELECT c.id, c.customer_number, k.id, k.last4 FROM customers c"
                       " JOIN cards k ON k.customer_id = c.id WHERE k.status = 'active' ORDER BY c.id, k.id LIMIT 1"),
        &error);
    QVERIFY2(error.isEmpty() && rows.size() == 1, qPrintable(error));
    m_customerId = rows.at(0).at(0).toLongLong();
    m_customerNumber = rows.at(0).at(1).toString();
    m_cardId = rows.at(0).at(2).toLongLong();
    m_last4 = rows.at(0).at(3).toString();

    m_agent = openBackend(AgentName, QStringLiteral("agent"));
    QVERIFY(m_agent);
    m_supervisor = openBackend(Supervisor, QStringLiteral("supervisor"));
    QVERIFY(m_supervisor);
    QCOMPARE(m_supervisor->agent().role, Agent::RoleSupervisor);
    QVERIFY(qobject_cast<RemoteAuditService *>(m_supervisor->audit()));

    // The agent verifies the caller and locks the card, then unlocks it: two
    // card actions the server writes into its log when the outbox sends them.
    const CustomerResult opened = await(m_agent->customers()->customer(m_customerId));
    QVERIFY2(opened.found, qPrintable(opened.error));
    int version = 0;
    for (const Card &card : opened.details.cards) {
        if (card.id == m_cardId)
            version = card.version;
    }
    QVERIFY(version > 0);
    QSignalSpy acknowledged(m_agent.get(), &RemoteBackend::commandAcknowledged);
    QCOMPARE(await(m_agent->cards()->recordVerification(m_customerId, m_cardId, Verification::Method::StrongElectronicId, true))
                 .status,
             CommandResult::Applied);
    const CommandResult locked = await(m_agent->cards()->lock(m_cardId, version, CardLifecycle::LockReason::CustomerRequest,
                                                              QStringLiteral("customer travelling")));
    QVERIFY2(locked.status == CommandResult::Applied, qPrintable(locked.message));
    const CommandResult unlocked = await(m_agent->cards()->unlock(m_cardId, version + 1, QStringLiteral("back home")));
    QVERIFY2(unlocked.status == CommandResult::Applied, qPrintable(unlocked.message));
    const auto acknowledgedTypes = [&acknowledged] {
        QStringList types;
        for (const QList<QVariant> &args : std::as_const(acknowledged))
            types << args.at(1).toString();
        return types;
    };
    QTRY_VERIFY_WITH_TIMEOUT(acknowledgedTypes().contains(QStringLiteral("card.unlock")), 15000);
    QVERIFY(acknowledgedTypes().contains(QStringLiteral("card.lock")));
}

void TestRemoteAudit::cleanupTestCase()
{
    m_agent.reset();
    m_supervisor.reset();
}

std::unique_ptr<RemoteBackend> TestRemoteAudit::openBackend(const QString &username, const QString &cacheName)
{
    auto backend = std::make_unique<RemoteBackend>();
    RemoteBackend::Options options;
    options.serverUrl = m_server.url();
    options.username = username;
    options.password = RemoteTestServer::password();
    options.cachePath = m_server.filePath(cacheName + QStringLiteral(".sqlite"));
    const OpenResult opened = await(backend->open(options));
    if (!opened.ok()) {
        qWarning("RemoteBackend for %s did not open: %s", qPrintable(username), qPrintable(opened.message));
        return nullptr;
    }
    backend->sender()->setBackoff(100, 1000);
    return backend;
}

QList<AuditEntry> TestRemoteAudit::allEntries(AuditService *audit, const AuditFilter &filter, int pageSize)
{
    QList<AuditEntry> entries;
    qint64 before = 0;
    for (int page = 0; page < 1000; ++page) {
        const AuditPage found = await(audit->entries(filter, before, pageSize));
        if (found.refused || !found.message.isEmpty()) {
            qWarning("the audit page was refused: %s", qPrintable(found.message));
            return {};
        }
        if (found.entries.size() > pageSize) {
            qWarning("a page of %lld entries, %d asked", static_cast<long long>(found.entries.size()), pageSize);
            return {};
        }
        entries << found.entries;
        before = found.nextBeforeSeq;
        if (before == 0)
            break;
    }
    return entries;
}

QList<qint64> TestRemoteAudit::seqsOf(AuditService *audit, const AuditFilter &filter, int pageSize)
{
    QList<qint64> seqs;
    for (const AuditEntry &entry : allEntries(audit, filter, pageSize))
        seqs << entry.seq;
    return seqs;
}

void TestRemoteAudit::supervisorReadsTheAgentsCardActions()
{
    // Not the supervisor's own cache (which holds no card action): the server's log.
    const AuditPage page = await(m_supervisor->audit()->entries(AuditFilter(), 0, 200));
    QVERIFY2(!page.refused && page.message.isEmpty(), qPrintable(page.message));
    QVERIFY(!page.entries.isEmpty());
    const QString subject = QStringLiteral("card:") + QString::number(m_cardId);
    const auto byAgent = [&](const QString &action) {
        return std::find_if(page.entries.cbegin(), page.entries.cend(), [&](const AuditEntry &e) {
            return e.action == action && e.agent == AgentName && e.subject == subject;
        });
    };
    const auto lock = byAgent(QStringLiteral("card.lock"));
    const auto unlock = byAgent(QStringLiteral("card.unlock"));
    QVERIFY2(lock != page.entries.cend(), "the agent's lock is not in the supervisor's view of the log");
    QVERIFY(unlock != page.entries.cend());
    QVERIFY2(unlock->seq > lock->seq, "newest first");
    QVERIFY(!lock->commandId.isNull());
    QCOMPARE(lock->details.value(QStringLiteral("to")).toString(), QStringLiteral("locked"));
    // Newest first throughout, and the entries carry their hashes (a reader can check them).
    for (qsizetype i = 1; i < page.entries.size(); ++i)
        QVERIFY(page.entries.at(i - 1).seq > page.entries.at(i).seq);
    QCOMPARE(lock->hash, AuditChain::computeHash(*lock));
}

void TestRemoteAudit::filtersNarrowTheServersLog()
{
    AuditService *audit = m_supervisor->audit();
    // By action: exact, and a prefix.
    AuditFilter filter;
    filter.action = QStringLiteral("card.lock");
    QList<AuditEntry> entries = allEntries(audit, filter);
    QVERIFY(!entries.isEmpty());
    for (const AuditEntry &e : std::as_const(entries))
        QCOMPARE(e.action, QStringLiteral("card.lock"));
    filter.action = QStringLiteral("card.");
    entries = allEntries(audit, filter);
    QStringList actions;
    for (const AuditEntry &e : std::as_const(entries)) {
        QVERIFY2(e.action.startsWith(QLatin1String("card.")), qPrintable(e.action));
        actions << e.action;
    }
    QVERIFY(actions.contains(QStringLiteral("card.lock")) && actions.contains(QStringLiteral("card.unlock")));

    // By agent and by customer number: the customer number is the server's customer.
    filter = AuditFilter();
    filter.agent = AgentName;
    filter.customerNumber = m_customerNumber;
    entries = allEntries(audit, filter);
    QVERIFY(entries.size() >= 3);   // the verification, the lock, the unlock
    for (const AuditEntry &e : std::as_const(entries))
        QCOMPARE(e.agent, AgentName);

    // By the card's last four (among the customer's cards) and by its id: the card's two actions.
    filter = AuditFilter();
    filter.customerNumber = m_customerNumber;
    filter.card = m_last4;
    filter.action = QStringLiteral("card.");
    entries = allEntries(audit, filter);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("card.unlock"));
    QCOMPARE(entries.at(1).action, QStringLiteral("card.lock"));
    filter.customerNumber.clear();
    filter.card = QStringLiteral("#") + QString::number(m_cardId);
    QCOMPARE(allEntries(audit, filter).size(), 2);

    // By day: today has them; a day long ago has none.
    filter = AuditFilter();
    filter.action = QStringLiteral("card.lock");
    filter.from = QDate::currentDate();
    QVERIFY(!allEntries(audit, filter).isEmpty());
    filter.from = QDate(2001, 1, 1);
    filter.to = QDate(2001, 1, 2);
    QVERIFY(allEntries(audit, filter).isEmpty());

    // What the server does not know is said, pointing at the field.
    filter = AuditFilter();
    filter.customerNumber = QStringLiteral("999999999");
    AuditPage page = await(audit->entries(filter, 0, 50));
    QVERIFY(!page.refused);
    QCOMPARE(page.field, AuditPage::CustomerField);
    QVERIFY(!page.message.isEmpty());
    filter = AuditFilter();
    filter.card = QStringLiteral("#999999999");
    page = await(audit->entries(filter, 0, 50));
    QCOMPARE(page.field, AuditPage::CardField);
    QVERIFY(page.entries.isEmpty());
    // A last four alone cannot be found on the server; a full card number is refused before any request.
    filter = AuditFilter();
    filter.card = m_last4;
    page = await(audit->entries(filter, 0, 50));
    QVERIFY(page.refused);
    QCOMPARE(page.field, AuditPage::CardField);
    filter.card = QStringLiteral("5555 5555 5555 4444");
    page = await(audit->entries(filter, 0, 50));
    QVERIFY(page.refused);
    QCOMPARE(page.field, AuditPage::CardField);
    QVERIFY(!page.message.contains(QLatin1String("5555")));
}

void TestRemoteAudit::pagesFollowEachOther()
{
    // The agent's entries (the supervisor's reads, audited too, are not among them).
    AuditFilter filter;
    filter.agent = AgentName;
    const QList<qint64> all = seqsOf(m_supervisor->audit(), filter, 200);
    QVERIFY(all.size() >= 4);   // the sign-in, the verification, the lock, the unlock
    // Pages of two: the same entries, in the same order, none twice.
    QCOMPARE(seqsOf(m_supervisor->audit(), filter, 2), all);
}

void TestRemoteAudit::cardsSharingTheirLastFourAreReadTogether()
{
    // A replacement for a damaged card keeps its number: two cards of the
    // customer end in the same four digits, and the filter names both.
    const CustomerResult opened = await(m_agent->customers()->customer(m_customerId));
    int version = 0;
    for (const Card &card : opened.details.cards) {
        if (card.id == m_cardId)
            version = card.version;
    }
    QVERIFY(version > 0);
    QSignalSpy acknowledged(m_agent.get(), &RemoteBackend::commandAcknowledged);
    ReplacementOrder order;
    order.reason = CardLifecycle::CloseReason::Damaged;
    const CommandResult ordered = await(m_agent->cards()->orderReplacement(m_cardId, version, order));
    QVERIFY2(ordered.status == CommandResult::Applied, qPrintable(ordered.message));
    QTRY_VERIFY_WITH_TIMEOUT(!acknowledged.isEmpty(), 15000);
    qint64 replacement = 0;
    int status = 0;
    const QJsonObject view =
        m_server.get(QStringLiteral("/v1/customers/%1").arg(m_customerId), m_agent->token(), &status);
    QCOMPARE(status, 200);
    for (const QJsonValue &card : view.value(QStringLiteral("cards")).toArray()) {
        const QJsonObject c = card.toObject();
        if (c.value(QStringLiteral("last4")).toString() == m_last4 && c.value(QStringLiteral("id")).toInteger() != m_cardId)
            replacement = c.value(QStringLiteral("id")).toInteger();
    }
    QVERIFY2(replacement > 0, "the server has no replacement with the same last four");

    AuditService *audit = m_supervisor->audit();
    AuditFilter one;
    one.card = QStringLiteral("#") + QString::number(m_cardId);
    AuditFilter other;
    other.card = QStringLiteral("#") + QString::number(replacement);
    QList<qint64> expected = seqsOf(audit, one, 200) + seqsOf(audit, other, 200);
    std::sort(expected.begin(), expected.end(), std::greater<qint64>());
    QVERIFY(!expected.isEmpty());
    AuditFilter both;
    both.customerNumber = m_customerNumber;
    both.card = m_last4;
    QCOMPARE(seqsOf(audit, both, 200), expected);
    // Merged page by page as well.
    QCOMPARE(seqsOf(audit, both, 1), expected);
}

void TestRemoteAudit::filterChoicesAndChainCheckComeFromTheServer()
{
    const AuditFilterChoices choices = await(m_supervisor->audit()->filterChoices());
    QVERIFY2(!choices.refused, qPrintable(choices.message));
    QVERIFY(choices.actions.contains(QStringLiteral("card.lock")));
    QVERIFY(choices.actions.contains(QStringLiteral("session.login")));
    const auto agent = std::find_if(choices.agents.cbegin(), choices.agents.cend(),
                                    [](const AuditFilterChoices::AgentChoice &c) { return c.username == AgentName; });
    QVERIFY(agent != choices.agents.cend());
    QCOMPARE(agent->displayName, QStringLiteral("Aino Lehtonen"));

    QFuture<AuditChainReport> check = m_supervisor->audit()->checkChain();
    QFutureWatcher<AuditChainReport> watcher;
    watcher.setFuture(check);
    const AuditChainReport report = await(check);
    QVERIFY2(!report.refused, qPrintable(report.message));
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(report.total > 0);
    QCOMPARE(report.checked, report.total);
    QCOMPARE(report.entryToShow, 0);
    QVERIFY(report.message.contains(QString::number(report.checked)));
    QCOMPARE(check.progressValue(), check.progressMaximum());
}

void TestRemoteAudit::anAgentIsRefusedHereAndByTheServer()
{
    AuditService *audit = m_agent->audit();
    const AuditPage page = await(audit->entries(AuditFilter(), 0, 50));
    QVERIFY(page.refused);
    QVERIFY(!page.retryable);   // for good: the viewer disables itself
    QCOMPARE(page.field, AuditPage::NoField);
    QVERIFY(page.entries.isEmpty());
    QVERIFY(!page.message.isEmpty());
    QVERIFY(await(audit->filterChoices()).refused);
    const AuditChainReport report = await(audit->checkChain());
    QVERIFY(report.refused && !report.ok);
    // The server refuses the agent's token as well: the console is not the only guard.
    int status = 0;
    m_server.get(QStringLiteral("/v1/audit"), m_agent->token(), &status);
    QCOMPARE(status, 403);
    m_server.get(QStringLiteral("/v1/audit/filter-choices"), m_agent->token(), &status);
    QCOMPARE(status, 403);
}

void TestRemoteAudit::offlineTheLogIsRefusedWithAReason()
{
    m_server.stopServer();
    const AuditPage page = await(m_supervisor->audit()->entries(AuditFilter(), 0, 50));
    const AuditFilterChoices choices = await(m_supervisor->audit()->filterChoices());
    const AuditChainReport report = await(m_supervisor->audit()->checkChain());
    const bool offline = m_supervisor->connectionStatus()->state() == ConnectionStatus::State::Offline;
    QString error;
    QVERIFY2(m_server.startServer(&error), qPrintable(error));
    // Nothing from this computer's copy, which is not the log: a refusal that says why.
    QVERIFY(page.refused);
    QVERIFY(page.entries.isEmpty());
    QVERIFY2(page.message.contains(QLatin1String("offline")), qPrintable(page.message));
    QVERIFY2(page.retryable, "offline is for now only: the viewer must stay usable");
    QVERIFY(choices.refused && !choices.message.isEmpty());
    QVERIFY(report.refused && !report.ok);
    QVERIFY2(report.message.contains(QLatin1String("offline")), qPrintable(report.message));
    QVERIFY2(offline, "the status bar was not told that the server is away");
    // Back online, the log reads again.
    QTRY_VERIFY_WITH_TIMEOUT(!await(m_supervisor->audit()->entries(AuditFilter(), 0, 50)).refused, 10000);
}

QTEST_GUILESS_MAIN(TestRemoteAudit)
#include "tst_remoteaudit.moc"

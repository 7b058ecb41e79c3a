// The audit log as a supervisor reads it: filters over a real SQLite file,
// the chain check finding an edited and a deleted entry, and the role rule.

#include "fixtures.h"
#include "testsupport.h"

#include "services/auditservice.h"
#include "services/cardservice.h"
#include "services/customerservice.h"
#include "services/inboxservice.h"
#include "services/localauditservice.h"
#include "services/localbackend.h"
#include "storage/auditlog.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using TestSupport::await;

namespace {

QList<qint64> seqs(const QList<AuditEntry> &entries)
{
    QList<qint64> result;
    for (const AuditEntry &entry : entries)
        result << entry.seq;
    return result;
}

/// Every entry matching @p filter, page by page, newest first.
QList<AuditEntry> allPages(AuditService *audit, const AuditFilter &filter, int pageSize = 3)
{
    QList<AuditEntry> all;
    qint64 before = 0;
    for (int guard = 0; guard < 1000; ++guard) {
        const AuditPage page = await(audit->entries(filter, before, pageSize));
        if (page.refused || !page.message.isEmpty())
            qFatal("allPages: %s", qUtf8Printable(page.message));
        all += page.entries;
        if (page.nextBeforeSeq == 0)
            return all;
        before = page.nextBeforeSeq;
    }
    qFatal("allPages: the pages never ended");
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void untouchedChainIsIntact();
    void editedEntryIsReportedAsAltered();
    void deletedEntryIsReportedAsMissing();
    void brokenLinksAreFoundAcrossSteps();
    void chainCheckReportsProgressAndCanBeCanceled();
    void customerFilterFindsTheirCardAndConversationEntries();
    void cardFilterByLastFourOrId();
    void agentActionAndPrefixFilters();
    void dateRangeAndPaging();
    void filterChoicesListAgentsAndActions();
    void badFilterInputIsRefusedClearly();
    void agentsAreRefused();
    void migrationIndexesEarlierEntries();

private:
    void reopenAs(const QString &username);
    void exec(const QString &sql);
    /// Appends entries straight to the log (for long chains and set times).
    void append(const QList<AuditEntry> &entries);
    void appendMany(int count);
    /// The caller named the card (an audit entry about the customer), then the card command.
    CommandResult identifyAnd(qint64 customerId, qint64 cardId,
                              const std::function<QFuture<CommandResult>(CardService *)> &command);
    CommandResult lock(qint64 customerId, qint64 cardId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<LocalBackend> m_backend;
    qint64 m_aino = 0;          // customer with cards 1111 and 2222, and a conversation
    qint64 m_bertil = 0;        // customer with card 1111 too, and a conversation
    QString m_ainoNumber;
    qint64 m_ainoCard1111 = 0;
    qint64 m_ainoCard2222 = 0;
    qint64 m_bertilCard1111 = 0;
    qint64 m_ainoConversation = 0;
    qint64 m_bertilConversation = 0;
};

void TestAuditLog::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("carddesk.sqlite"));
    QString error;
    m_backend = Fixtures::openBackend(m_path, &error);   // "test.agent", an agent
    QVERIFY2(m_backend, qPrintable(error));
    const QVariantList ids = await(m_backend->worker()->run([](Database &db) {
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO agents (username, display_name, role)"
                                 " VALUES ('riikka.nurmi', 'Riikka Nurmi', 'supervisor')"));
        Fixtures::Person aino;
        aino.first = QStringLiteral("Aino");
        aino.last = QStringLiteral("Virtanen");
        aino.last4s = {QStringLiteral("1111"), QStringLiteral("2222")};
        Fixtures::Person bertil;
        bertil.first = QStringLiteral("Bertil");
        bertil.last = QStringLiteral("Åberg");
        bertil.last4s = {QStringLiteral("1111")};
        const qint64 a = Fixtures::addCustomer(db, aino);
        const qint64 b = Fixtures::addCustomer(db, bertil);
        QVariantList result{a, b};
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT customer_number FROM customers WHERE id = %1").arg(a));
        result << (q.next() ? q.value(0) : QVariant());
        for (const auto &[customer, last4] : {std::pair{a, "1111"}, std::pair{a, "2222"}, std::pair{b, "1111"}}) {
            q.exec(QStringLiteral("SELECT id FROM cards WHERE customer_id = %1 AND last4 = '%2'")
                       .arg(customer).arg(QLatin1String(last4)));
            result << (q.next() ? q.value(0) : QVariant());
        }
        ConversationRepository conversations(db);
        SqlTransaction transaction(db.connection());
        QString error;
        for (const qint64 customer : {a, b}) {
            ConversationRepository::NewConversation n;
            n.customerId = customer;
            n.subject = QStringLiteral("Kortti");
            n.createdAt = QDateTime::currentDateTimeUtc();
            n.resolutionDue = n.createdAt.addDays(2);
            result << conversations.insertConversation(n, &error);
        }
        transaction.commit();
        return result;
    }));
    QCOMPARE(ids.size(), 8);
    m_aino = ids.at(0).toLongLong();
    m_bertil = ids.at(1).toLongLong();
    m_ainoNumber = ids.at(2).toString();
    m_ainoCard1111 = ids.at(3).toLongLong();
    m_ainoCard2222 = ids.at(4).toLongLong();
    m_bertilCard1111 = ids.at(5).toLongLong();
    m_ainoConversation = ids.at(6).toLongLong();
    m_bertilConversation = ids.at(7).toLongLong();
    QVERIFY(m_ainoCard1111 && m_ainoCard2222 && m_bertilCard1111 && m_ainoConversation && m_bertilConversation);
}

void TestAuditLog::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

void TestAuditLog::reopenAs(const QString &username)
{
    m_backend.reset();
    QString error;
    m_backend = Fixtures::openBackend(m_path, &error, username);
    QVERIFY2(m_backend, qPrintable(error));
}

void TestAuditLog::exec(const QString &sql)
{
    const QString error = await(m_backend->worker()->run([sql](Database &db) {
        QSqlQuery query(db.connection());
        return query.exec(sql) ? QString() : query.lastError().text();
    }));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestAuditLog::append(const QList<AuditEntry> &entries)
{
    const QString error = await(m_backend->worker()->run([entries](Database &db) {
        SqlTransaction transaction(db.connection());
        AuditLog log(db);
        QString error;
        for (AuditEntry entry : entries) {
            if (!log.append(entry, &error))
                return error;
        }
        return transaction.commit() ? QString() : transaction.lastError();
    }));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestAuditLog::appendMany(int count)
{
    QList<AuditEntry> entries;
    for (int i = 0; i < count; ++i) {
        AuditEntry entry;
        entry.agent = QStringLiteral("test.agent");
        entry.action = QStringLiteral("conversation.note");
        entry.subject = QStringLiteral("conversation:%1").arg(m_ainoConversation);
        entry.details = {{QStringLiteral("characters"), i}};
        entries << entry;
    }
    append(entries);
}

CommandResult TestAuditLog::identifyAnd(qint64 customerId, qint64 cardId,
                                        const std::function<QFuture<CommandResult>(CardService *)> &command)
{
    CardService *cards = m_backend->cards();
    const CommandResult identified =
        await(cards->recordVerification(customerId, cardId, Verification::Method::CardIdentified, true));
    if (identified.status != CommandResult::Applied)
        return identified;
    return await(command(cards));
}

CommandResult TestAuditLog::lock(qint64 customerId, qint64 cardId)
{
    return identifyAnd(customerId, cardId, [cardId](CardService *cards) {
        return cards->lock(cardId, 1, CardLifecycle::LockReason::Lost, QString());
    });
}

void TestAuditLog::untouchedChainIsIntact()
{
    // Real commands through the services, then the supervisor checks.
    QCOMPARE(lock(m_aino, m_ainoCard1111).status, CommandResult::Applied);
    QCOMPARE(await(m_backend->inbox()->addNote(m_ainoConversation, QStringLiteral("Called back"))).status,
             CommandResult::Applied);
    reopenAs(QStringLiteral("riikka.nurmi"));

    const AuditChainReport report = await(m_backend->audit()->checkChain());
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(!report.refused);
    QCOMPARE(report.total, 5);     // login, verification, lock, note, login
    QCOMPARE(report.checked, 5);
    QCOMPARE(report.entryToShow, 0);
    QVERIFY(report.message.contains(QLatin1String("intact")));
}

void TestAuditLog::editedEntryIsReportedAsAltered()
{
    appendMany(9);   // seq 2..10 after the login
    reopenAs(QStringLiteral("riikka.nurmi"));
    exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(QStringLiteral("UPDATE audit_log SET details = '{\"characters\":999}' WHERE seq = 6"));

    const AuditChainReport report = await(m_backend->audit()->checkChain());
    QVERIFY(!report.ok);
    QVERIFY(!report.refused);
    QCOMPARE(report.verification.firstBadSeq, 6);
    QCOMPARE(report.verification.problem, AuditChain::Verification::Altered);
    QCOMPARE(report.entryToShow, 6);
    QCOMPARE(report.checked, 5);
    QVERIFY2(report.message.contains(QLatin1String("Entry 6 was altered")), qPrintable(report.message));
}

void TestAuditLog::deletedEntryIsReportedAsMissing()
{
    appendMany(9);
    reopenAs(QStringLiteral("riikka.nurmi"));
    exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 4"));

    const AuditChainReport report = await(m_backend->audit()->checkChain());
    QVERIFY(!report.ok);
    QCOMPARE(report.verification.firstBadSeq, 4);
    QCOMPARE(report.verification.problem, AuditChain::Verification::Missing);
    QCOMPARE(report.entryToShow, 5);   // the first entry after the gap
    QCOMPARE(report.checked, 3);
    QVERIFY2(report.message.contains(QLatin1String("Entry 4 is missing")), qPrintable(report.message));
}

void TestAuditLog::brokenLinksAreFoundAcrossSteps()
{
    // Past the first step, and right at a step's boundary.
    const int step = LocalAuditService::ChainStepSize;
    appendMany(2 * step + 50);
    reopenAs(QStringLiteral("riikka.nurmi"));
    const AuditChainReport intact = await(m_backend->audit()->checkChain());
    QVERIFY2(intact.ok, qPrintable(intact.message));
    QCOMPARE(intact.checked, 2 * step + 52);

    exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    exec(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(step + 1));
    const AuditChainReport gap = await(m_backend->audit()->checkChain());
    QCOMPARE(gap.verification.problem, AuditChain::Verification::Missing);
    QCOMPARE(gap.verification.firstBadSeq, step + 1);
    QCOMPARE(gap.entryToShow, step + 2);

    // A forger who rewrites an entry and its hash breaks the next link instead.
    exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 1500").arg(QString(64, QLatin1Char('a'))));
    const AuditChainReport forged = await(m_backend->audit()->checkChain());
    QCOMPARE(forged.verification.firstBadSeq, 1500);
    QCOMPARE(forged.verification.problem, AuditChain::Verification::Altered);
}

void TestAuditLog::chainCheckReportsProgressAndCanBeCanceled()
{
    appendMany(3 * LocalAuditService::ChainStepSize);
    reopenAs(QStringLiteral("riikka.nurmi"));
    const int total = 3 * LocalAuditService::ChainStepSize + 2;

    QFutureWatcher<AuditChainReport> watcher;
    QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
    QSignalSpy range(&watcher, &QFutureWatcherBase::progressRangeChanged);
    watcher.setFuture(m_backend->audit()->checkChain());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 20000);
    QVERIFY(watcher.result().ok);
    QVERIFY(!range.isEmpty());
    QCOMPARE(range.constLast().at(1).toInt(), total);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(watcher.progressValue(), total);

    // Other work runs between the steps, not after the whole check: with
    // the worker held, queue the check, then a lookup and a probe. The
    // check's second step is posted by its first, so it queues behind them.
    QSemaphore held;
    m_backend->worker()->run([&held](Database &) { held.acquire(); });
    QFuture<AuditChainReport> check = m_backend->audit()->checkChain();
    QFuture<CustomerResult> lookup = m_backend->customers()->customer(m_aino);
    QFuture<int> probe = m_backend->worker()->run([check](Database &) mutable {
        const int done = check.progressValue();
        check.cancel();   // before its second step runs
        return done;
    });
    held.release();
    QCOMPARE(await(probe), LocalAuditService::ChainStepSize);
    QVERIFY(await(lookup).found);
    QTRY_VERIFY(check.isFinished());
    QVERIFY(check.isCanceled());
    QCOMPARE(check.resultCount(), 0);
}

void TestAuditLog::customerFilterFindsTheirCardAndConversationEntries()
{
    const auto note = [this](qint64 conversation) {
        return await(m_backend->inbox()->addNote(conversation, QStringLiteral("Checked"))).status;
    };
    QCOMPARE(lock(m_aino, m_ainoCard2222).status, CommandResult::Applied);      // 2 customer:, 3 card:
    QCOMPARE(note(m_ainoConversation), CommandResult::Applied);                 // 4 conversation:
    QCOMPARE(note(m_bertilConversation), CommandResult::Applied);               // 5 Bertil's
    QVERIFY(await(m_backend->customers()->revealNationalId(m_aino, QStringLiteral("Fraud case"))).ok);   // 6
    QCOMPARE(lock(m_bertil, m_bertilCard1111).status, CommandResult::Applied);  // 7, 8 Bertil's
    // One bulk command over both customers' conversations concerns both.
    QCOMPARE(await(m_backend->inbox()->setPriority({m_bertilConversation, m_ainoConversation}, Priority::High)).status,
             CommandResult::Applied);                                            // 9
    reopenAs(QStringLiteral("riikka.nurmi"));                                   // 10

    AuditFilter filter;
    filter.customerNumber = m_ainoNumber;
    QCOMPARE(seqs(allPages(m_backend->audit(), filter, 2)), (QList<qint64>{9, 6, 4, 3, 2}));
    // Spaces as people type them do not matter.
    filter.customerNumber = m_ainoNumber.left(3) + QStringLiteral(" ") + m_ainoNumber.mid(3);
    QCOMPARE(seqs(allPages(m_backend->audit(), filter)), (QList<qint64>{9, 6, 4, 3, 2}));

    filter.customerNumber = QStringLiteral("999999999");
    const AuditPage none = await(m_backend->audit()->entries(filter, 0, 50));
    QVERIFY(none.entries.isEmpty());
    QCOMPARE(none.field, AuditPage::CustomerField);
    QVERIFY(none.message.contains(QLatin1String("999999999")));
}

void TestAuditLog::cardFilterByLastFourOrId()
{
    QCOMPARE(lock(m_aino, m_ainoCard1111).status, CommandResult::Applied);      // 2, 3
    QCOMPARE(lock(m_aino, m_ainoCard2222).status, CommandResult::Applied);      // 4, 5
    QCOMPARE(lock(m_bertil, m_bertilCard1111).status, CommandResult::Applied);  // 6, 7
    // Refused (unlocking needs strong verification): a refusal changes nothing and leaves no entry.
    QCOMPARE(await(m_backend->cards()->unlock(m_ainoCard1111, 2, QString())).status, CommandResult::Rejected);
    reopenAs(QStringLiteral("riikka.nurmi"));                                   // 8
    AuditService *audit = m_backend->audit();

    AuditFilter filter;
    filter.card = QStringLiteral("1111");
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{7, 3}));   // both customers' cards ending 1111
    filter.customerNumber = m_ainoNumber;
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{3}));
    filter.customerNumber.clear();
    filter.card = QStringLiteral("#%1").arg(m_ainoCard2222);
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{5}));
    filter.card = QStringLiteral("card:%1").arg(m_bertilCard1111);
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{7}));

    filter.card = QStringLiteral("9999");
    const AuditPage none = await(audit->entries(filter, 0, 50));
    QVERIFY(none.entries.isEmpty());
    QCOMPARE(none.field, AuditPage::CardField);
    QVERIFY(!none.message.isEmpty());
}

void TestAuditLog::agentActionAndPrefixFilters()
{
    QCOMPARE(lock(m_aino, m_ainoCard1111).status, CommandResult::Applied);      // 2, 3 test.agent
    QCOMPARE(await(m_backend->inbox()->addNote(m_ainoConversation, QStringLiteral("x"))).status,
             CommandResult::Applied);                                            // 4 test.agent
    reopenAs(QStringLiteral("riikka.nurmi"));                                   // 5 login
    QCOMPARE(lock(m_bertil, m_bertilCard1111).status, CommandResult::Applied);  // 6, 7 riikka
    const qint64 card = m_ainoCard2222;
    QCOMPARE(identifyAnd(m_aino, card,
                         [card](CardService *cards) {
                             return cards->close(card, 1, CardLifecycle::CloseReason::Stolen, QString());
                         })
                 .status,
             CommandResult::Applied);                                            // 8, 9 riikka
    AuditService *audit = m_backend->audit();

    AuditFilter filter;
    filter.agent = QStringLiteral("riikka.nurmi");
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{9, 8, 7, 6, 5}));
    filter.agent = QStringLiteral("test.agent");
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{4, 3, 2, 1}));

    filter.agent.clear();
    filter.action = QStringLiteral("card.lock");
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{7, 3}));
    filter.action = QStringLiteral("card.");
    QCOMPARE(seqs(allPages(audit, filter, 1)), (QList<qint64>{9, 7, 3}));
    filter.action = QStringLiteral("session.");
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{5, 1}));
    filter.action = QStringLiteral("customer.");
    QCOMPARE(seqs(allPages(audit, filter, 2)), (QList<qint64>{8, 6, 2}));
    filter.agent = QStringLiteral("riikka.nurmi");
    filter.action = QStringLiteral("card.");
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{9, 7}));
    filter.action = QStringLiteral("car");   // not a prefix: an exact action that does not exist
    QVERIFY(allPages(audit, filter).isEmpty());
}

void TestAuditLog::dateRangeAndPaging()
{
    QList<AuditEntry> entries;
    const QDate day(2025, 6, 10);
    for (int i = 0; i < 30; ++i) {
        AuditEntry entry;
        // Ten entries on each of three days, Helsinki time (the test's zone).
        entry.at = day.addDays(i / 10).startOfDay().addSecs(3600 * (i % 10) + 60).toUTC();
        entry.agent = QStringLiteral("test.agent");
        entry.action = QStringLiteral("customer.contact.update");
        entry.subject = QStringLiteral("customer:%1").arg(i % 2 ? m_aino : m_bertil);
        entries << entry;
    }
    // The login (seq 1) is today, so these keep the time of the entry before them.
    exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(QStringLiteral("UPDATE audit_log SET at = '2025-01-01T00:00:00.000Z' WHERE seq = 1"));
    append(entries);   // seq 2..31
    reopenAs(QStringLiteral("riikka.nurmi"));
    AuditService *audit = m_backend->audit();

    AuditFilter filter;
    filter.from = day.addDays(1);
    filter.to = day.addDays(1);
    const QList<AuditEntry> middle = allPages(audit, filter, 4);
    QCOMPARE(seqs(middle), (QList<qint64>{21, 20, 19, 18, 17, 16, 15, 14, 13, 12}));
    for (const AuditEntry &entry : middle)
        QCOMPARE(entry.at.toLocalTime().date(), day.addDays(1));

    filter.from = day.addDays(2);
    filter.to = QDate();
    filter.customerNumber = m_ainoNumber;
    QCOMPARE(seqs(allPages(audit, filter)), (QList<qint64>{31, 29, 27, 25, 23}));

    filter.customerNumber.clear();
    filter.from = QDate(2024, 1, 1);
    filter.to = QDate(2024, 12, 31);
    QVERIFY(allPages(audit, filter).isEmpty());

    // Whole log, in pages of 7: every entry once, newest first.
    const QList<qint64> all = seqs(allPages(audit, AuditFilter(), 7));
    QCOMPARE(all.size(), 32);   // two logins and thirty entries
    QCOMPARE(all.constFirst(), 32);
    QCOMPARE(all.constLast(), 1);
    QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), 32);
}

void TestAuditLog::filterChoicesListAgentsAndActions()
{
    QCOMPARE(lock(m_aino, m_ainoCard1111).status, CommandResult::Applied);
    reopenAs(QStringLiteral("riikka.nurmi"));
    const AuditFilterChoices choices = await(m_backend->audit()->filterChoices());
    QVERIFY(!choices.refused);
    QCOMPARE(choices.actions, (QStringList{QStringLiteral("card.lock"), QStringLiteral("customer.verification.record"),
                                           QStringLiteral("session.login")}));
    QCOMPARE(choices.agents.size(), 2);
    QCOMPARE(choices.agents.at(0).username, QStringLiteral("riikka.nurmi"));
    QCOMPARE(choices.agents.at(0).displayName, QStringLiteral("Riikka Nurmi"));
    QCOMPARE(choices.agents.at(1).username, QStringLiteral("test.agent"));
}

void TestAuditLog::badFilterInputIsRefusedClearly()
{
    reopenAs(QStringLiteral("riikka.nurmi"));
    AuditService *audit = m_backend->audit();
    const auto refusal = [audit](const AuditFilter &filter) { return await(audit->entries(filter, 0, 50)); };

    AuditFilter filter;
    filter.customerNumber = QStringLiteral("1' OR '1'='1");
    AuditPage page = refusal(filter);
    QVERIFY(page.refused);
    QCOMPARE(page.field, AuditPage::CustomerField);
    QVERIFY(page.entries.isEmpty());

    filter = {};
    filter.card = QStringLiteral("5351 1012 3456 7890");   // a full card number is never echoed
    page = refusal(filter);
    QVERIFY(page.refused);
    QCOMPARE(page.field, AuditPage::CardField);
    QVERIFY(!page.message.contains(QLatin1String("7890")));

    filter = {};
    filter.action = QString(100000, QLatin1Char('a'));
    page = refusal(filter);
    QVERIFY(page.refused);
    QCOMPARE(page.field, AuditPage::ActionField);

    filter = {};
    filter.agent = QString(100000, QLatin1Char('x'));
    page = refusal(filter);
    QVERIFY(page.refused);
    QCOMPARE(page.field, AuditPage::AgentField);

    filter = {};
    filter.agent = QStringLiteral("o'brien\"; DROP TABLE audit_log; --");   // just a name nobody has
    page = refusal(filter);
    QVERIFY2(!page.refused, qPrintable(page.message));
    QVERIFY(page.entries.isEmpty());
    QVERIFY(await(audit->checkChain()).ok);   // the log is still there

    filter = {};
    filter.from = QDate(2025, 2, 1);
    filter.to = QDate(2025, 1, 1);
    page = refusal(filter);
    QVERIFY(page.refused);
    QCOMPARE(page.field, AuditPage::DateField);
}

void TestAuditLog::agentsAreRefused()
{
    // test.agent is an agent: the service refuses, whatever a UI would show.
    AuditService *audit = m_backend->audit();
    const AuditPage page = await(audit->entries(AuditFilter(), 0, 50));
    QVERIFY(page.refused);
    QVERIFY(page.entries.isEmpty());
    QVERIFY(page.message.contains(QLatin1String("supervisors")));
    const AuditFilterChoices choices = await(audit->filterChoices());
    QVERIFY(choices.refused);
    QVERIFY(choices.actions.isEmpty());
    const AuditChainReport report = await(audit->checkChain());
    QVERIFY(report.refused);
    QVERIFY(!report.ok);
    QCOMPARE(report.checked, 0);
}

void TestAuditLog::migrationIndexesEarlierEntries()
{
    // Entries written before version 14 are found by customer and card too.
    m_backend.reset();
    m_path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QString ainoNumber;
    qint64 bertilCard = 0;
    {
        Database old(QStringLiteral("old"));
        const OpenResult opened = old.open(m_path, 13);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        Fixtures::Person aino;
        aino.first = QStringLiteral("Aino");
        aino.last = QStringLiteral("Virtanen");
        aino.last4s = {QStringLiteral("1111")};
        Fixtures::Person bertil = aino;
        bertil.first = QStringLiteral("Bertil");
        const qint64 ainoId = Fixtures::addCustomer(old, aino);
        const qint64 bertilId = Fixtures::addCustomer(old, bertil);
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT customer_number FROM customers WHERE id = %1").arg(ainoId)) && q.next());
        ainoNumber = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM cards WHERE customer_id = %1").arg(bertilId)) && q.next());
        bertilCard = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM cards WHERE customer_id = %1").arg(ainoId)) && q.next());
        const qint64 ainoCard = q.value(0).toLongLong();
        ConversationRepository conversations(old);
        QString error;
        ConversationRepository::NewConversation n;
        n.subject = QStringLiteral("Kortti");
        n.createdAt = QDateTime::currentDateTimeUtc();
        n.resolutionDue = n.createdAt.addDays(2);
        n.customerId = ainoId;
        const qint64 ainoConversation = conversations.insertConversation(n, &error);
        n.customerId = bertilId;
        const qint64 bertilConversation = conversations.insertConversation(n, &error);
        QVERIFY2(ainoConversation && bertilConversation, qPrintable(error));

        // As CardDesk wrote them before: the chain only.
        const QList<std::pair<QString, QJsonObject>> rows = {
            {QStringLiteral("customer:%1").arg(ainoId), {}},                                          // 1 Aino
            {QStringLiteral("card:%1").arg(bertilCard), {{QStringLiteral("customerId"), bertilId}}},   // 2 Bertil
            {QStringLiteral("conversation:%1,%2").arg(bertilConversation).arg(ainoConversation), {}}, // 3 both
            {QStringLiteral("agent:someone"), {}},                                                     // 4 nobody
            {QStringLiteral("card:%1").arg(bertilCard), {{QStringLiteral("newCardId"), ainoCard}}},   // 5 both
            {QStringLiteral("message:<x@y>"), {{QStringLiteral("conversationId"), ainoConversation}}}, // 6 Aino
        };
        QByteArray previous = AuditChain::genesisHash();
        qint64 seq = 0;
        for (const auto &[subject, details] : rows) {
            AuditEntry entry;
            entry.seq = ++seq;
            entry.at = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC).addSecs(seq);
            entry.agent = QStringLiteral("old.agent");
            entry.action = QStringLiteral("old.action");
            entry.subject = subject;
            entry.details = details;
            entry.prevHash = previous;
            entry.hash = AuditChain::computeHash(entry);
            previous = entry.hash;
            QSqlQuery insert(old.connection());
            insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, agent, action, subject, details,"
                                          " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            const QVariantList values{entry.seq, entry.at.toString(Qt::ISODateWithMs), entry.agent, entry.action,
                                      entry.subject,
                                      QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
                                      QString::fromLatin1(entry.prevHash), QString::fromLatin1(entry.hash)};
            for (const QVariant &value : values)
                insert.addBindValue(value);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO agents (username, display_name, role)"
                                      " VALUES ('riikka.nurmi', 'Riikka Nurmi', 'supervisor')")));
    }
    reopenAs(QStringLiteral("riikka.nurmi"));   // migrates to 14; the login is entry 7
    AuditFilter filter;
    filter.customerNumber = ainoNumber;
    QCOMPARE(seqs(allPages(m_backend->audit(), filter)), (QList<qint64>{6, 5, 3, 1}));
    filter.customerNumber.clear();
    filter.card = QStringLiteral("#%1").arg(bertilCard);
    QCOMPARE(seqs(allPages(m_backend->audit(), filter)), (QList<qint64>{5, 2}));
    filter.card.clear();
    filter.agent = QStringLiteral("old.agent");
    QCOMPARE(allPages(m_backend->audit(), filter).size(), 6);
    QVERIFY(await(m_backend->audit()->checkChain()).ok);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"

#include "fixtures.h"
#include "testsupport.h"

#include "domain/nationalid.h"
#include "services/commandprocessor.h"
#include "services/customerservice.h"
#include "services/localbackend.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using TestSupport::await;

class TestLocalCustomerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openRecordsTheLogin();
    void defaultAgentIsTheFirstOnRecord();
    void searchRunsOffTheCallingThread();
    void queuedSearchesAreSuperseded();
    void updateIsACommandWithAnAuditEntry();
    void invalidDetailsAreRefusedFieldByField();
    void staleVersionIsRefused();
    void sameCommandAppliesOnce();
    void revealIsAuditedAndNeedsAReason();
    void auditLogRefusesEditsAndDetectsTampering();

private:
    qint64 idOf(const QString &query);
    QList<AuditEntry> audit();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
};

void TestLocalCustomerService::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_backend = Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error);
    QVERIFY2(m_backend, qPrintable(error));
    await(m_backend->worker()->run([](Database &db) {
        Fixtures::addStandardPeople(db);
        return true;
    }));
}

void TestLocalCustomerService::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

qint64 TestLocalCustomerService::idOf(const QString &query)
{
    const SearchPage page = await(m_backend->customers()->search({query, QString(), 5}));
    return page.rows.isEmpty() ? 0 : page.rows.constFirst().id;
}

QList<AuditEntry> TestLocalCustomerService::audit()
{
    return await(m_backend->worker()->run([](Database &db) {
        QString error;
        return AuditLog(db).entries(1, 1000, &error);
    }));
}

void TestLocalCustomerService::openRecordsTheLogin()
{
    QCOMPARE(m_backend->agent().username, QStringLiteral("test.agent"));
    const QList<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().action, QStringLiteral("session.login"));
    QCOMPARE(entries.constFirst().agent, QStringLiteral("test.agent"));
}

void TestLocalCustomerService::defaultAgentIsTheFirstOnRecord()
{
    QTemporaryDir dir;
    LocalBackend backend;
    LocalBackend::Options options;
    options.databasePath = dir.filePath(QStringLiteral("demo.sqlite"));
    options.demoCustomers = 50;
    const OpenResult result = await(backend.open(options));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.seeded);
    QCOMPARE(result.customerCount, 50);
    QCOMPARE(backend.agent().username, QStringLiteral("aino.lehtonen"));
    QCOMPARE(backend.agent().displayName, QStringLiteral("Aino Lehtonen"));
}

void TestLocalCustomerService::searchRunsOffTheCallingThread()
{
    QThread *callerThread = QThread::currentThread();
    QThread *ranOn = await(m_backend->worker()->run([](Database &) { return QThread::currentThread(); }));
    QVERIFY(ranOn != callerThread);

    QFuture<SearchPage> future = m_backend->customers()->search({QStringLiteral("Virtanen"), QString(), 50});
    const SearchPage page = await(future);
    QCOMPARE(page.rows.size(), 2);
    QCOMPARE(page.text, QStringLiteral("Virtanen"));
}

void TestLocalCustomerService::queuedSearchesAreSuperseded()
{
    // Hold the worker so the searches queue up behind it, as fast typing does.
    QFuture<bool> busy = m_backend->worker()->run([](Database &) {
        QThread::msleep(200);
        return true;
    });
    CustomerService *service = m_backend->customers();
    QFuture<SearchPage> first = service->search({QStringLiteral("V"), QString(), 50});
    QFuture<SearchPage> second = service->search({QStringLiteral("Vi"), QString(), 50});
    QFuture<SearchPage> third = service->search({QStringLiteral("Vir"), QString(), 50});
    await(busy);
    QVERIFY(await(first).superseded);
    QVERIFY(await(first).rows.isEmpty());
    QVERIFY(await(second).superseded);
    const SearchPage last = await(third);
    QVERIFY(!last.superseded);
    QCOMPARE(last.text, QStringLiteral("Vir"));
    QCOMPARE(last.rows.size(), 2);
}

void TestLocalCustomerService::updateIsACommandWithAnAuditEntry()
{
    CustomerService *service = m_backend->customers();
    const qint64 id = idOf(QStringLiteral("Aino Virtanen"));
    QVERIFY(id > 0);
    const CustomerResult before = await(service->customer(id));
    QVERIFY(before.found);

    QSignalSpy changed(service, &CustomerService::customerChanged);
    ContactDetails details = before.details.customer.contact;
    details.phoneE164 = QStringLiteral("050 765 4321");    // as an agent types it
    details.email = QStringLiteral("  aino@uusi.example.fi ");
    details.postcode = QStringLiteral("00530");
    const CommandResult result = await(service->updateContactDetails(id, before.details.customer.version, details));
    QVERIFY2(result.status == CommandResult::Applied, qPrintable(result.message));
    QVERIFY(!result.commandId.isNull());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toLongLong(), id);

    const CustomerResult after = await(service->customer(id));
    QCOMPARE(after.details.customer.contact.phoneE164, QStringLiteral("+358507654321"));
    QCOMPARE(after.details.customer.contact.email, QStringLiteral("aino@uusi.example.fi"));
    QCOMPARE(after.details.customer.version, before.details.customer.version + 1);
    QCOMPARE(idOf(QStringLiteral("050 765 4321")), id);

    const QList<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), 2);
    const AuditEntry &entry = entries.constLast();
    QCOMPARE(entry.action, QStringLiteral("customer.contact.update"));
    QCOMPARE(entry.subject, QStringLiteral("customer:%1").arg(id));
    QCOMPARE(entry.commandId, result.commandId);
    const QJsonObject changes = entry.details.value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.value(QStringLiteral("phone")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("+358507654321"));
    QVERIFY(!changes.contains(QStringLiteral("city")));
    QVERIFY(AuditChain::verify(entries).ok);
}

void TestLocalCustomerService::invalidDetailsAreRefusedFieldByField()
{
    CustomerService *service = m_backend->customers();
    const qint64 id = idOf(QStringLiteral("Mäkinen"));
    const CustomerResult before = await(service->customer(id));
    ContactDetails details = before.details.customer.contact;
    details.email = QStringLiteral("mikko at example");
    details.postcode = QStringLiteral("1234");
    details.phoneE164 = QStringLiteral("12");
    const CommandResult result = await(service->updateContactDetails(id, before.details.customer.version, details));
    QCOMPARE(result.status, CommandResult::Rejected);
    QVERIFY(result.fieldErrors.contains(QStringLiteral("email")));
    QVERIFY(result.fieldErrors.contains(QStringLiteral("postcode")));
    QVERIFY(result.fieldErrors.contains(QStringLiteral("phone")));
    QVERIFY(!result.fieldErrors.contains(QStringLiteral("city")));

    const CustomerResult after = await(service->customer(id));
    QCOMPARE(after.details.customer.contact.email, before.details.customer.contact.email);
    QCOMPARE(after.details.customer.version, before.details.customer.version);
    QCOMPARE(audit().size(), 1);   // the login only
}

void TestLocalCustomerService::staleVersionIsRefused()
{
    CustomerService *service = m_backend->customers();
    const qint64 id = idOf(QStringLiteral("Lindström"));
    const CustomerResult before = await(service->customer(id));
    ContactDetails details = before.details.customer.contact;
    details.city = QStringLiteral("Uppsala");
    details.postcode = QStringLiteral("753 10");
    QVERIFY(await(service->updateContactDetails(id, before.details.customer.version, details)).ok());
    details.city = QStringLiteral("Malmö");
    const CommandResult stale = await(service->updateContactDetails(id, before.details.customer.version, details));
    QCOMPARE(stale.status, CommandResult::Conflict);
    QVERIFY(stale.message.contains(QLatin1String("Someone else")));
    QCOMPARE(await(service->customer(id)).details.customer.contact.city, QStringLiteral("Uppsala"));
}

void TestLocalCustomerService::sameCommandAppliesOnce()
{
    const Command command = Command::make(QStringLiteral("test.touch"), QStringLiteral("customer:1"),
                                          {}, QStringLiteral("test.agent"));
    const auto applyOnce = [command](Database &db) {
        int runs = 0;
        CommandProcessor processor(db);
        const CommandResult first = processor.apply(command, [&runs](Database &, const Command &, QJsonObject *) {
            ++runs;
            CommandResult r;
            r.status = CommandResult::Applied;
            return r;
        });
        const CommandResult second = processor.apply(command, [&runs](Database &, const Command &, QJsonObject *) {
            ++runs;
            CommandResult r;
            r.status = CommandResult::Applied;
            return r;
        });
        return QList<int>{first.status, second.status, runs};
    };
    const QList<int> outcome = await(m_backend->worker()->run(applyOnce));
    QCOMPARE(outcome.at(0), int(CommandResult::Applied));
    QCOMPARE(outcome.at(1), int(CommandResult::AlreadyApplied));
    QCOMPARE(outcome.at(2), 1);
    QCOMPARE(audit().size(), 2);   // login + one
}

void TestLocalCustomerService::revealIsAuditedAndNeedsAReason()
{
    CustomerService *service = m_backend->customers();
    const qint64 id = idOf(QStringLiteral("Ødegård"));
    const RevealResult refused = await(service->revealNationalId(id, QStringLiteral("   ")));
    QVERIFY(!refused.ok);
    QVERIFY(refused.nationalId.isEmpty());
    QCOMPARE(audit().size(), 1);

    const RevealResult reveal = await(service->revealNationalId(id, QStringLiteral("Customer verification")));
    QVERIFY2(reveal.ok, qPrintable(reveal.message));
    QVERIFY(NationalId::isValid(reveal.nationalId, QStringLiteral("NO")));
    const QList<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.constLast().action, QStringLiteral("customer.national_id.reveal"));
    QCOMPARE(entries.constLast().details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Customer verification"));
    QVERIFY(!entries.constLast().details.contains(QStringLiteral("nationalId")));
}

void TestLocalCustomerService::auditLogRefusesEditsAndDetectsTampering()
{
    const qint64 id = idOf(QStringLiteral("Åberg"));
    await(m_backend->customers()->revealNationalId(id, QStringLiteral("Fraud investigation")));
    const QStringList failures = await(m_backend->worker()->run([](Database &db) {
        QStringList errors;
        QSqlQuery update(db.connection());
        if (!update.exec(QStringLiteral("UPDATE audit_log SET agent = 'mallory' WHERE seq = 1")))
            errors << update.lastError().text();
        QSqlQuery remove(db.connection());
        if (!remove.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")))
            errors << remove.lastError().text();
        return errors;
    }));
    QCOMPARE(failures.size(), 2);
    QVERIFY(failures.constFirst().contains(QLatin1String("append-only")));

    const AuditChain::Verification intact = await(m_backend->worker()->run([](Database &db) {
        QString error;
        return AuditLog(db).verify(&error);
    }));
    QVERIFY(intact.ok);

    // Someone with the file drops the trigger and edits an entry: the chain tells.
    const AuditChain::Verification tampered = await(m_backend->worker()->run([](Database &db) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        query.exec(QStringLiteral("UPDATE audit_log SET agent = 'mallory' WHERE seq = 1"));
        QString error;
        return AuditLog(db).verify(&error);
    }));
    QVERIFY(!tampered.ok);
    QCOMPARE(tampered.firstBadSeq, 1);
}

QTEST_GUILESS_MAIN(TestLocalCustomerService)
#include "tst_localcustomerservice.moc"

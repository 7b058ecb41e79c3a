#include "localbackend.h"

#include "localalertservice.h"
#include "localauditservice.h"
#include "deliverytracker.h"
#include "localcardservice.h"

#include "localcustomerservice.h"
#include "localinboxservice.h"
#include "localsupervisionservice.h"

#include "mail/attachmentstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/demodatagenerator.h"
#include "storage/sqltransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

namespace {

struct OpenOutcome
{
    OpenResult result;
    Agent agent;
};

/// The agent to act as: the one asked for, else the first one on record;
/// a database without agents gets one for the operating-system user.
bool resolveAgent(Database &db, const QString &wanted, Agent *agent, QString *error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT username, display_name, role FROM agents"
                                 " WHERE username = ? OR ? = '' ORDER BY (username = ?) DESC, id LIMIT 1"));
    // Never bind a null QString here: it becomes SQL NULL and "? = ''" fails.
    const QString name = wanted.isNull() ? QStringLiteral("") : wanted;
    query.addBindValue(name);
    query.addBindValue(name);
    query.addBindValue(name);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.next()) {
        agent->username = query.value(0).toString();
        agent->displayName = query.value(1).toString();
        agent->role = query.value(2).toString() == QLatin1String("supervisor") ? Agent::RoleSupervisor
                                                                             : Agent::RoleAgent;
        return true;
    }
    if (!wanted.isEmpty()) {
        QSqlQuery any(db.connection());
        if (any.exec(QStringLiteral("SELECT count(*) FROM agents")) && any.next() && any.value(0).toInt() > 0) {
            *error = QCoreApplication::translate("LocalBackend", "There is no agent called %1 in this database.").arg(wanted);
            return false;
        }
    }
    QString user = wanted;
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", QStringLiteral("agent"));
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO agents (username, display_name, role) VALUES (?, ?, 'agent')"));
    insert.addBindValue(user);
    insert.addBindValue(user);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    agent->username = user;
    agent->displayName = user;
    agent->role = Agent::RoleAgent;
    return true;
}

bool recordLogin(Database &db, const Agent &agent, QString *error)
{
    SqlTransaction transaction(db.connection());
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.agent = agent.username;
    entry.action = QStringLiteral("session.login");
    entry.subject = QStringLiteral("agent:") + agent.username;
    entry.details = {
        {QStringLiteral("mode"), QStringLiteral("local")},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
    };
    AuditLog audit(db);
    if (!transaction.isActive() || !audit.append(entry, error))
        return false;
    return transaction.commit();
}

} // namespace

LocalBackend::LocalBackend(QObject *parent)
    : Backend(parent)
    , m_worker(std::make_unique<DatabaseWorker>())
    , m_customers(new LocalCustomerService(m_worker.get(), this))
    , m_inbox(new LocalInboxService(m_worker.get(), this))
    , m_cards(new LocalCardService(m_worker.get(), this))
    , m_deliveries(new DeliveryTracker(m_worker.get(), this))
    , m_audit(new LocalAuditService(m_worker.get(), this))
    , m_alerts(new LocalAlertService(m_worker.get(), this))
    , m_supervision(new LocalSupervisionService(m_worker.get(), this))
{
    // A card moving along its way is a change of the card like any other.
    connect(m_deliveries, &DeliveryTracker::cardMoved, m_cards, &CardService::cardChanged);
    // The supervisor's figures follow the inbox and the cards.
    m_supervision->followChanges(m_inbox, m_cards);
}

LocalBackend::~LocalBackend()
{
    // Jobs still queued on the worker refer to the services: let the worker
    // drain and stop first, then delete the services.
    m_worker.reset();
    delete m_customers;
    m_customers = nullptr;
    delete m_inbox;
    m_inbox = nullptr;
    delete m_cards;
    m_cards = nullptr;
    delete m_audit;
    m_audit = nullptr;
    delete m_alerts;
    m_alerts = nullptr;
    delete m_supervision;
    m_supervision = nullptr;
}

QFuture<OpenResult> LocalBackend::open(const Options &options)
{
    m_path = options.databasePath;
    // Attachments live beside the database (a temporary folder for ":memory:").
    m_inbox->setDatabasePath(options.databasePath);
    const QString attachmentRoot = m_inbox->attachmentRoot();
    QFuture<OpenOutcome> opened = m_worker->run([this, options, attachmentRoot](Database &db) {
        OpenOutcome outcome;
        outcome.result = db.open(options.databasePath);
        if (!outcome.result.ok())
            return outcome;

        DemoDataGenerator::Options demo;
        demo.customers = options.demoCustomers;
        demo.seed = options.demoSeed;
        demo.conversations = options.demoConversations;
        if (options.demoClockNow) {
            // The queue is due as a real one is at the moment the console starts.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            demo.referenceDate = now.date();
            demo.referenceTime = now.time();
        }
        // Demo receipts and statements go to the attachment store like imported mail.
        demo.storeAttachment = [attachmentRoot](const QByteArray &bytes) {
            const AttachmentStore::Stored stored = AttachmentStore(attachmentRoot).storeBytes(bytes);
            return stored.ok ? stored.sha256 : QByteArray();
        };
        const auto progress = [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT seedProgress(done, total); },
                                      Qt::QueuedConnection);
        };
        const bool seedAll = options.seedDemoIfEmpty && outcome.result.customerCount == 0;
        const bool seedInbox = !seedAll && options.replaceDemoInbox && options.demoConversations > 0
                               && db.metaValue(QStringLiteral("demo_conversations")).toLongLong()
                                      != options.demoConversations;
        if (seedAll || seedInbox) {
            DemoDataGenerator generator(demo);
            QString error;
            const bool ok = seedAll ? generator.generate(db.connection(), progress, &error)
                                    : generator.generateInbox(db.connection(), progress, &error);
            if (!ok) {
                outcome.result.status = OpenResult::Failed;
                outcome.result.message = seedAll ? tr("The demo data could not be created: %1").arg(error)
                                                 : tr("The demo inbox could not be created: %1").arg(error);
                db.close();
                return outcome;
            }
            outcome.result.seeded = seedAll;
            outcome.result.inboxSeeded = seedInbox || options.demoConversations != 0;
            if (seedAll)
                outcome.result.customerCount = db.customerCount();
        }

        QString error;
        if (!resolveAgent(db, options.agentUsername, &outcome.agent, &error)
            || !recordLogin(db, outcome.agent, &error)) {
            outcome.result.status = OpenResult::Failed;
            outcome.result.message = tr("You could not be signed in: %1").arg(error);
            db.close();
        }
        return outcome;
    });
    return opened.then(this, [this](const OpenOutcome &outcome) {
        if (outcome.result.ok()) {
            m_agent = outcome.agent;
            if (m_customers)
                m_customers->setAgent(outcome.agent);
            if (m_inbox)
                m_inbox->setAgent(outcome.agent);
            if (m_cards)
                m_cards->setAgent(outcome.agent);
            m_deliveries->start();
            if (m_audit)
                m_audit->setAgent(outcome.agent);
            if (m_alerts)
                m_alerts->setAgent(outcome.agent);
            if (m_supervision)
                m_supervision->setAgent(outcome.agent);
        }
        return outcome.result;
    });
}

CustomerService *LocalBackend::customers()
{
    return m_customers;
}

InboxService *LocalBackend::inbox()
{
    return m_inbox;
}

CardService *LocalBackend::cards()
{
    return m_cards;
}

AuditService *LocalBackend::audit()
{
    return m_audit;
}

AlertService *LocalBackend::alerts()
{
    return m_alerts;
}

SupervisionService *LocalBackend::supervision()
{
    return m_supervision;
}

Agent LocalBackend::agent() const
{
    return m_agent;
}

QString LocalBackend::description() const
{
    return tr("Local database: %1").arg(QDir::toNativeSeparators(m_path));
}

DatabaseWorker *LocalBackend::worker() const
{
    return m_worker.get();
}

DeliveryTracker *LocalBackend::deliveryTracker() const
{
    return m_deliveries;
}

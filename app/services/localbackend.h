#pragma once

#include "backend.h"
#include "openresult.h"

#include <QFuture>
#include <QString>

#include <memory>

class DatabaseWorker;
class LocalAlertService;
class DeliveryTracker;
class LocalAuditService;
class LocalCustomerService;
class LocalCardService;
class LocalInboxService;
class LocalSupervisionService;

/// @short SQLite is the truth: one desk, the demo, and the tests.
///
/// Owns the database worker thread. open() runs entirely on that thread:
/// it opens the file, applies migrations, fills an empty database with
/// demo data when asked to, and records the agent's login in the audit log.
class LocalBackend : public Backend
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;          ///< a file path, or ":memory:"
        bool seedDemoIfEmpty = true;
        int demoCustomers = 20000;
        quint64 demoSeed = 20261122;
        /// Demo conversations (DemoDataGenerator::Options::conversations):
        /// below 0 the density for the scale.
        int demoConversations = -1;
        /// With demoConversations above 0: replace the inbox of an existing
        /// demo database unless it already has that many conversations
        /// (DemoDataGenerator::generateInbox, the inbox's second phase).
        bool replaceDemoInbox = false;
        /// Place the demo inbox around the current moment (the console), not
        /// around noon UTC of the day (the benchmark's reproducible dataset).
        bool demoClockNow = false;
        QString agentUsername;         ///< empty: the first demo agent
    };

    explicit LocalBackend(QObject *parent = nullptr);
    ~LocalBackend() override;

    QFuture<OpenResult> open(const Options &options);

    CustomerService *customers() override;
    InboxService *inbox() override;
    CardService *cards() override;
    AuditService *audit() override;
    AlertService *alerts() override;
    SupervisionService *supervision() override;
    Agent agent() const override;
    QString description() const override;

    DatabaseWorker *worker() const;
    /// Moves ordered cards along their way; started once open() succeeded.
    DeliveryTracker *deliveryTracker() const;

Q_SIGNALS:
    /// Demo-data progress while open() fills an empty database.
    void seedProgress(int done, int total);

private:
    std::unique_ptr<DatabaseWorker> m_worker;
    LocalCustomerService *m_customers = nullptr;
    LocalInboxService *m_inbox = nullptr;
    LocalCardService *m_cards = nullptr;
    DeliveryTracker *m_deliveries = nullptr;
    LocalAuditService *m_audit = nullptr;
    LocalAlertService *m_alerts = nullptr;
    LocalSupervisionService *m_supervision = nullptr;
    Agent m_agent;
    QString m_path;
};

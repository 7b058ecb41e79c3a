#include "fixtures.h"
#include "testsupport.h"

#include "domain/slapolicy.h"
#include "domain/supervision.h"
#include "services/inboxservice.h"
#include "services/localbackend.h"
#include "services/localsupervisionservice.h"
#include "services/supervisionservice.h"
#include "storage/auditlog.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/migrator.h"
#include "storage/supervisionrepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using TestSupport::await;

namespace {

const QTimeZone &helsinki()
{
    static const QTimeZone zone("Europe/Helsinki");
    return zone;
}

QDateTime utc(const char *iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

/// One conversation as a test writes it; times are UTC "yyyy-MM-ddTHH:mm:ssZ", empty for NULL.
struct Row
{
    qint64 id = 0;
    QString channel = QStringLiteral("email");
    QString queue = QStringLiteral("cards");
    QString status = QStringLiteral("open");
    QString priority = QStringLiteral("normal");
    QString assignee;
    QString topics;
    QString createdAt;
    QString firstResponseDue;
    QString firstRespondedAt;
    QString resolutionDue;
    QString resolvedAt;
    QString slaDue;
};

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

void insert(Database &db, const Row &row)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO conversations (id, channel, queue, status, priority, assignee, topics, subject, created_at,"
        " updated_at, first_response_due, first_responded_at, resolution_due, resolved_at, sla_due)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.id);
    q.addBindValue(row.channel);
    q.addBindValue(row.queue);
    q.addBindValue(row.status);
    q.addBindValue(row.priority);
    q.addBindValue(orNull(row.assignee));
    q.addBindValue(row.topics.isNull() ? QStringLiteral("") : row.topics);
    q.addBindValue(row.createdAt);
    q.addBindValue(row.createdAt);
    q.addBindValue(orNull(row.firstResponseDue));
    q.addBindValue(orNull(row.firstRespondedAt));
    q.addBindValue(orNull(row.resolutionDue));
    q.addBindValue(orNull(row.resolvedAt));
    q.addBindValue(row.slaDue.isEmpty() ? QStringLiteral("9999-12-31T23:59:59Z") : row.slaDue);
    if (!q.exec())
        qFatal("insert conversation %lld: %s", row.id, qPrintable(q.lastError().text()));
}

void exec(Database &db, const QString &sql)
{
    QString error;
    if (!Migrator::execScript(db.connection(), sql, &error))
        qFatal("%s: %s", qPrintable(sql), qPrintable(error));
}

QList<qint64> idsOf(const ConversationPage &page)
{
    QList<qint64> ids;
    for (const ConversationSummary &row : page.rows)
        ids << row.id;
    return ids;
}

} // namespace

class TestSupervisionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void queueBoardBuckets();
    void drillDownListsExactlyTheConversationsBehindAFigure();
    void drillDownPagesMostUrgentFirstOnAnIndex();
    void agentBoardCountsOpenBreachedAndToday();
    void analyticsVolumesAndLocalDays();
    void analyticsResponseTimesAcrossWeekendAndBusinessHours();
    void analyticsSlaSharesByAgentQueueAndTeam();
    void analyticsTopicsWeekOnWeekAndCardOutcomes();
    void analyticsCsat();
    void rollupFollowsChangesAndThePolicy();
    void presenceIsACommandWithItsAuditEntry();
    void inboxChangesMoveTheFiguresOnceForMany();
    void onlySupervisorsGetFigures();

private:
    void addAgents();
    void addBoardConversations();
    void addAnalyticsConversations();
    SupervisionRepository repository();
    Analytics analytics();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_now = utc("2026-01-14T12:00:00Z");   // Wed 14:00 in Helsinki
};

void TestSupervisionRepository::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("supervision-test"));
    const OpenResult opened = m_db->open(m_dir->filePath(QStringLiteral("carddesk.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    addAgents();
}

void TestSupervisionRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSupervisionRepository::addAgents()
{
    exec(*m_db, QStringLiteral(
        "INSERT INTO agents (username, display_name, role, queues) VALUES"
        " ('anna', 'Anna Aalto', 'agent', 'cards billing'),"
        " ('bert', 'Bert Berg', 'agent', 'cards'),"
        " ('sue', 'Sue Supervisor', 'supervisor', 'billing cards fraud');"));
}

SupervisionRepository TestSupervisionRepository::repository()
{
    SupervisionRepository repository(*m_db, SlaPolicy::defaults());
    repository.setTimeZone(helsinki());
    return repository;
}

Analytics TestSupervisionRepository::analytics()
{
    QString error;
    // Mon 5 Jan to Sun 18 Jan 2026: two whole weeks.
    const Analytics figures = repository().analytics({QDate(2026, 1, 5), QDate(2026, 1, 18)}, &error);
    if (!error.isEmpty())
        qFatal("analytics: %s", qPrintable(error));
    return figures;
}

// Open conversations as of Wed 14 Jan 2026 12:00 UTC.
void TestSupervisionRepository::addBoardConversations()
{
    auto open = [](qint64 id, const char *queue, const char *channel, const char *status, const char *assignee,
                   const char *created, const char *slaDue) {
        Row row;
        row.id = id;
        row.queue = QString::fromLatin1(queue);
        row.channel = QString::fromLatin1(channel);
        row.status = QString::fromLatin1(status);
        row.assignee = QString::fromLatin1(assignee);
        row.createdAt = QString::fromLatin1(created);
        row.slaDue = QString::fromLatin1(slaDue);
        return row;
    };
    // cards / email
    insert(*m_db, open(1, "cards", "email", "new", "", "2026-01-14T08:00:00Z", "2026-01-14T11:00:00Z"));   // waiting, breached
    insert(*m_db, open(2, "cards", "email", "open", "", "2026-01-13T09:00:00Z", "2026-01-14T12:30:00Z"));  // waiting, due soon
    insert(*m_db, open(3, "cards", "email", "open", "anna", "2026-01-14T10:00:00Z", "2026-01-15T10:00:00Z"));   // in progress
    insert(*m_db, open(4, "cards", "email", "pending", "anna", "2026-01-12T10:00:00Z", "2026-01-14T11:59:59Z"));   // pending, breached
    // New is waiting whoever holds it; due exactly an hour from now is not "within the hour".
    insert(*m_db, open(5, "cards", "email", "new", "bert", "2026-01-14T11:00:00Z", "2026-01-14T13:00:00Z"));
    // On hold, due exactly now: not breached yet, due soon.
    insert(*m_db, open(6, "cards", "email", "on_hold", "bert", "2026-01-10T10:00:00Z", "2026-01-14T12:00:00Z"));
    // billing / chat
    insert(*m_db, open(7, "billing", "chat", "open", "", "2026-01-14T11:50:00Z", "2026-01-14T11:52:00Z"));   // waiting, breached
    insert(*m_db, open(8, "billing", "chat", "pending", "", "2026-01-14T11:40:00Z", "2026-01-14T18:00:00Z"));   // pending only
    // Resolved today by Anna, answered first today by her in 2 minutes.
    Row resolved = open(9, "billing", "chat", "resolved", "anna", "2026-01-14T08:30:00Z", "2026-01-14T09:30:00Z");
    resolved.firstResponseDue = QStringLiteral("2026-01-14T08:32:00Z");
    resolved.firstRespondedAt = QStringLiteral("2026-01-14T08:32:00Z");
    resolved.resolutionDue = QStringLiteral("2026-01-14T09:30:00Z");
    resolved.resolvedAt = QStringLiteral("2026-01-14T09:00:00Z");
    insert(*m_db, resolved);
    exec(*m_db, QStringLiteral("UPDATE conversations SET first_responded_at = '2026-01-14T10:30:00Z' WHERE id = 3;"
                               // before local midnight (22:00 UTC): not today
                               "UPDATE conversations SET first_responded_at = '2026-01-13T21:00:00Z' WHERE id = 6;"));
    exec(*m_db, QString::fromLatin1(ConversationRepository::rebuildCountsSql()));
}

void TestSupervisionRepository::queueBoardBuckets()
{
    addBoardConversations();
    QString error;
    const QueueBoard board = repository().queueBoard(m_now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(board.refused, false);
    QCOMPARE(board.at, m_now);
    QCOMPARE(board.rows.size(), 2);

    const QueueBoardRow &chat = board.rows.at(0);
    QCOMPARE(chat.queue, QStringLiteral("billing"));
    QCOMPARE(chat.channel, Channel::Chat);
    QCOMPARE(chat.waiting, 1);
    QCOMPARE(chat.inProgress, 0);
    QCOMPARE(chat.pendingCustomer, 1);
    QCOMPARE(chat.dueSoon, 0);
    QCOMPARE(chat.breached, 1);
    QCOMPARE(chat.oldestWaitingSince, utc("2026-01-14T11:50:00Z"));
    QCOMPARE(chat.open(), 2);

    const QueueBoardRow &email = board.rows.at(1);
    QCOMPARE(email.queue, QStringLiteral("cards"));
    QCOMPARE(email.channel, Channel::Email);
    QCOMPARE(email.waiting, 3);          // 1, 2, 5
    QCOMPARE(email.inProgress, 2);       // 3, 6
    QCOMPARE(email.pendingCustomer, 1);  // 4
    QCOMPARE(email.dueSoon, 2);          // 2 (12:30), 6 (due now)
    QCOMPARE(email.breached, 2);         // 1, 4
    QCOMPARE(email.oldestWaitingSince, utc("2026-01-13T09:00:00Z"));
    QCOMPARE(email.open(), 6);

    // Queues with open conversations and the queues agents work.
    QCOMPARE(board.queues, QStringList({QStringLiteral("billing"), QStringLiteral("cards"), QStringLiteral("fraud")}));
}

void TestSupervisionRepository::drillDownListsExactlyTheConversationsBehindAFigure()
{
    addBoardConversations();
    QString error;
    SupervisionRepository figures = repository();
    const QueueBoard board = figures.queueBoard(m_now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    auto all = [&](const DrillDown &drillDown) {
        QList<qint64> ids;
        QString cursor;
        do {
            const ConversationPage page = figures.drillDown(drillDown, cursor, 2, m_now);
            if (!page.error.isEmpty())
                qFatal("drill-down: %s", qPrintable(page.error));
            ids << idsOf(page);
            cursor = page.hasMore ? page.nextCursor : QString();
        } while (!cursor.isEmpty());
        return ids;
    };
    // Every figure of every row: as many conversations as the figure says.
    for (const QueueBoardRow &row : board.rows) {
        const std::pair<QueueFigure, int> figuresOfRow[] = {
            {QueueFigure::Open, row.open()},         {QueueFigure::Waiting, row.waiting},
            {QueueFigure::InProgress, row.inProgress}, {QueueFigure::PendingCustomer, row.pendingCustomer},
            {QueueFigure::DueSoon, row.dueSoon},      {QueueFigure::Breached, row.breached}};
        for (const auto &[figure, count] : figuresOfRow) {
            const QList<qint64> ids = all(DrillDown{figure, row.queue, row.channel, QString()});
            QVERIFY2(ids.size() == count, qPrintable(QStringLiteral("%1/%2 figure %3: %4 listed, %5 counted")
                                                          .arg(row.queue).arg(int(row.channel)).arg(int(figure))
                                                          .arg(ids.size()).arg(count)));
        }
    }
    // Exactly which, most urgent first.
    QCOMPARE(all({QueueFigure::Waiting, QStringLiteral("cards"), Channel::Email, QString()}), QList<qint64>({1, 2, 5}));
    QCOMPARE(all({QueueFigure::InProgress, QStringLiteral("cards"), Channel::Email, QString()}), QList<qint64>({6, 3}));
    QCOMPARE(all({QueueFigure::Breached, QString(), std::nullopt, QString()}), QList<qint64>({1, 7, 4}));
    QCOMPARE(all({QueueFigure::DueSoon, QString(), std::nullopt, QString()}), QList<qint64>({6, 2}));
    QCOMPARE(all({QueueFigure::PendingCustomer, QString(), std::nullopt, QString()}), QList<qint64>({4, 8}));
    QCOMPARE(all({QueueFigure::Open, QString(), std::nullopt, QStringLiteral("anna")}), QList<qint64>({4, 3}));
    QCOMPARE(all({QueueFigure::Breached, QString(), std::nullopt, QStringLiteral("anna")}), QList<qint64>({4}));
    QCOMPARE(all({QueueFigure::Waiting, QString(), Channel::Chat, QString()}), QList<qint64>({7}));
    QCOMPARE(all({QueueFigure::Open, QStringLiteral("fraud"), std::nullopt, QString()}), QList<qint64>());
}

void TestSupervisionRepository::drillDownPagesMostUrgentFirstOnAnIndex()
{
    addBoardConversations();
    SupervisionRepository figures = repository();
    const DrillDown open{QueueFigure::Open, QString(), std::nullopt, QString()};
    const ConversationPage first = figures.drillDown(open, QString(), 3, m_now);
    QCOMPARE(idsOf(first), QList<qint64>({1, 7, 4}));
    QVERIFY(first.hasMore);
    const ConversationPage second = figures.drillDown(open, first.nextCursor, 3, m_now);
    QCOMPARE(idsOf(second), QList<qint64>({6, 2, 5}));
    const ConversationPage third = figures.drillDown(open, second.nextCursor, 3, m_now);
    QCOMPARE(idsOf(third), QList<qint64>({8, 3}));
    QVERIFY(!third.hasMore);
    // The rows are the inbox's own summaries.
    QCOMPARE(first.rows.at(0).status, ConversationStatus::New);
    QCOMPARE(first.rows.at(2).assignee, QStringLiteral("anna"));

    for (const DrillDown &d : {open, DrillDown{QueueFigure::Breached, QString(), Channel::Email, QString()},
                               DrillDown{QueueFigure::Waiting, QStringLiteral("cards"), std::nullopt, QStringLiteral("bert")}}) {
        QString plan;
        figures.drillDown(d, QString(), 50, m_now, &plan);
        QVERIFY2(plan.contains(QLatin1String("USING INDEX conversations_")) && !plan.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(plan));
    }
}

void TestSupervisionRepository::agentBoardCountsOpenBreachedAndToday()
{
    addBoardConversations();
    exec(*m_db, QStringLiteral("UPDATE agents SET presence = 'busy', presence_since = '2026-01-14T07:00:00Z'"
                               " WHERE username = 'anna';"));
    QString error;
    const AgentBoard board = repository().agentBoard(m_now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(board.agents.size(), 3);
    const AgentFigure &anna = board.agents.at(0);
    QCOMPARE(anna.displayName, QStringLiteral("Anna Aalto"));
    QCOMPARE(anna.role, Agent::RoleAgent);
    QCOMPARE(anna.queues, QStringList({QStringLiteral("cards"), QStringLiteral("billing")}));
    QCOMPARE(anna.presence, Presence::Busy);
    QCOMPARE(anna.presenceSince, utc("2026-01-14T07:00:00Z"));
    QCOMPARE(anna.open, 2);           // 3, 4
    QCOMPARE(anna.breached, 1);       // 4
    QCOMPARE(anna.handledToday, 1);   // 9
    QCOMPARE(anna.firstResponsesToday, 2);
    // 3: email from 12:00 to 12:30 local, 1800 s of business time; 9: chat, 120 s.
    QCOMPARE(anna.averageFirstResponseSeconds, qint64(960));

    const AgentFigure &bert = board.agents.at(1);
    QCOMPARE(bert.username, QStringLiteral("bert"));
    QCOMPARE(bert.presence, Presence::Offline);
    QVERIFY(!bert.presenceSince.isValid());
    QCOMPARE(bert.open, 2);           // 5, 6
    QCOMPARE(bert.breached, 0);       // 6 is due exactly now
    QCOMPARE(bert.handledToday, 0);
    QCOMPARE(bert.firstResponsesToday, 0);   // 6 was answered before local midnight
    QCOMPARE(bert.averageFirstResponseSeconds, qint64(-1));

    QCOMPARE(board.agents.at(2).role, Agent::RoleSupervisor);
    QCOMPARE(board.agents.at(2).open, 0);
}

// Conversations of January 2026 in Helsinki (UTC+2); the period is Mon 5 to Sun 18 Jan.
void TestSupervisionRepository::addAnalyticsConversations()
{
    Row e1;   // Fri 17:00 local, answered Mon 09:00, resolved Wed 12:00
    e1.id = 1;
    e1.assignee = QStringLiteral("anna");
    e1.topics = QStringLiteral("lost_stolen_card");
    e1.createdAt = QStringLiteral("2026-01-09T15:00:00Z");
    e1.firstResponseDue = QStringLiteral("2026-01-14T09:00:00Z");
    e1.firstRespondedAt = QStringLiteral("2026-01-12T07:00:00Z");
    e1.resolutionDue = QStringLiteral("2026-01-13T10:00:00Z");   // resolved after it: breached
    e1.resolvedAt = QStringLiteral("2026-01-14T10:00:00Z");
    e1.status = QStringLiteral("resolved");
    insert(*m_db, e1);

    Row e2;   // Saturday noon, answered Mon 08:30 local (after its due 08:00), resolved Mon 10:00
    e2.id = 2;
    e2.assignee = QStringLiteral("bert");
    e2.topics = QStringLiteral("pin");
    e2.createdAt = QStringLiteral("2026-01-10T10:00:00Z");
    e2.firstResponseDue = QStringLiteral("2026-01-12T06:00:00Z");
    e2.firstRespondedAt = QStringLiteral("2026-01-12T06:30:00Z");
    e2.resolutionDue = QStringLiteral("2026-01-20T00:00:00Z");
    e2.resolvedAt = QStringLiteral("2026-01-12T08:00:00Z");
    e2.status = QStringLiteral("closed");
    insert(*m_db, e2);

    Row e3;   // Mon 5 Jan 17:00 local, over Epiphany (Tue 6 Jan), answered Wed 09:00; no due time
    e3.id = 3;
    e3.assignee = QStringLiteral("anna");
    e3.queue = QStringLiteral("billing");
    e3.topics = QStringLiteral("invoice_due_date");
    e3.createdAt = QStringLiteral("2026-01-05T15:00:00Z");
    e3.firstRespondedAt = QStringLiteral("2026-01-07T07:00:00Z");
    insert(*m_db, e3);

    auto chat = [](qint64 id, const char *assignee, const char *topics, const char *created, const char *firstDue,
                   const char *responded, const char *resolutionDue, const char *resolved) {
        Row row;
        row.id = id;
        row.channel = QStringLiteral("chat");
        row.queue = QStringLiteral("billing");
        row.assignee = QString::fromLatin1(assignee);
        row.topics = QString::fromLatin1(topics);
        row.createdAt = QString::fromLatin1(created);
        row.firstResponseDue = QString::fromLatin1(firstDue);
        row.firstRespondedAt = QString::fromLatin1(responded);
        row.resolutionDue = QString::fromLatin1(resolutionDue);
        row.resolvedAt = QString::fromLatin1(resolved);
        row.status = row.resolvedAt.isEmpty() ? QStringLiteral("open") : QStringLiteral("resolved");
        return row;
    };
    insert(*m_db, chat(11, "anna", "phishing", "2026-01-13T10:00:00Z", "2026-01-13T10:02:00Z", "2026-01-13T10:01:00Z",
                       "2026-01-13T11:00:00Z", "2026-01-13T10:30:00Z"));
    insert(*m_db, chat(12, "bert", "phishing", "2026-01-13T11:00:00Z", "2026-01-13T11:02:00Z", "2026-01-13T11:05:00Z",
                       "2026-01-13T12:00:00Z", "2026-01-13T13:00:00Z"));
    insert(*m_db, chat(13, "", "phishing card_not_received", "2026-01-15T09:00:00Z", "2026-01-15T09:02:00Z",
                       "2026-01-15T09:00:30Z", "2026-01-15T10:00:00Z", "2026-01-15T09:20:00Z"));
    // The week before the period (topics only) and the day after it (nowhere).
    insert(*m_db, chat(14, "", "phishing", "2025-12-30T10:00:00Z", "", "", "", ""));
    insert(*m_db, chat(15, "", "phishing", "2026-01-19T10:00:00Z", "", "", "", ""));
    // 23:00 UTC on Sun 4 Jan is 01:00 on Mon 5 Jan in Helsinki: the period's first day.
    Row h6 = chat(16, "bert", "pin", "2026-01-04T23:00:00Z", "2026-01-04T23:02:00Z", "2026-01-04T23:01:00Z", "", "");
    h6.queue = QStringLiteral("cards");
    insert(*m_db, h6);
}

void TestSupervisionRepository::analyticsVolumesAndLocalDays()
{
    addAnalyticsConversations();
    const Analytics figures = analytics();
    QCOMPARE(figures.refused, false);
    QCOMPARE(figures.period.from, QDate(2026, 1, 5));
    QList<QString> volumes;
    for (const ChannelVolume &v : figures.volumes)
        volumes << QStringLiteral("%1 %2 %3").arg(v.day.toString(Qt::ISODate), ConversationNames::channelName(v.channel)).arg(v.count);
    QCOMPARE(volumes, QList<QString>({QStringLiteral("2026-01-05 email 1"), QStringLiteral("2026-01-05 chat 1"),
                                      QStringLiteral("2026-01-09 email 1"), QStringLiteral("2026-01-10 email 1"),
                                      QStringLiteral("2026-01-13 chat 2"), QStringLiteral("2026-01-15 chat 1")}));
}

void TestSupervisionRepository::analyticsResponseTimesAcrossWeekendAndBusinessHours()
{
    addAnalyticsConversations();
    const Analytics figures = analytics();
    QCOMPARE(figures.firstResponse.size(), 2);
    // Email on business hours: e1 Fri 17-18 + Mon 08-09 = 7200 s; e2 from Saturday to Mon 08:30 = 1800 s;
    // e3 Mon 17-18, Epiphany, Wed 08-09 = 7200 s.
    const auto [emailChannel, email] = figures.firstResponse.at(0);
    QCOMPARE(emailChannel, Channel::Email);
    QCOMPARE(email.count, 3);
    QCOMPARE(email.medianSeconds, qint64(7200));   // [1800, 7200, 7200]: rank 2
    QCOMPARE(email.p90Seconds, qint64(7200));      // rank 3
    QCOMPARE(email.met, 2);                        // e2 came after its due time; e3 has none
    QCOMPARE(email.targetSeconds, qint64(24 * 3600));
    // Chat on the clock: 60 (h6), 60, 300, 30.
    const auto [chatChannel, chat] = figures.firstResponse.at(1);
    QCOMPARE(chatChannel, Channel::Chat);
    QCOMPARE(chat.count, 4);
    QCOMPARE(chat.medianSeconds, qint64(60));      // [30, 60, 60, 300]: rank 2
    QCOMPARE(chat.p90Seconds, qint64(300));        // rank 4
    QCOMPARE(chat.met, 3);
    QCOMPARE(chat.targetSeconds, qint64(120));
    // All seven: [30, 60, 60, 300, 1800, 7200, 7200].
    QCOMPARE(figures.firstResponseAll.count, 7);
    QCOMPARE(figures.firstResponseAll.medianSeconds, qint64(300));   // rank 4
    QCOMPARE(figures.firstResponseAll.p90Seconds, qint64(7200));     // rank 7
    QCOMPARE(figures.firstResponseAll.met, 5);
    QCOMPARE(figures.firstResponseAll.targetSeconds, qint64(-1));

    // Resolutions. e1: Fri 1 h + Mon 10 h + Tue 10 h + Wed 08-12 = 25 h; e2 Mon 08-10 = 2 h.
    QCOMPARE(figures.resolution.size(), 2);
    const auto [emailResolved, emailResolution] = figures.resolution.at(0);
    QCOMPARE(emailResolved, Channel::Email);
    QCOMPARE(emailResolution.count, 2);
    QCOMPARE(emailResolution.medianSeconds, qint64(7200));
    QCOMPARE(emailResolution.p90Seconds, qint64(25 * 3600));
    QCOMPARE(emailResolution.met, 1);
    QCOMPARE(emailResolution.targetSeconds, qint64(80 * 3600));
    const auto [chatResolved, chatResolution] = figures.resolution.at(1);
    QCOMPARE(chatResolved, Channel::Chat);
    QCOMPARE(chatResolution.count, 3);             // [1200, 1800, 7200]
    QCOMPARE(chatResolution.medianSeconds, qint64(1800));
    QCOMPARE(chatResolution.p90Seconds, qint64(7200));
    QCOMPARE(chatResolution.met, 2);
    QCOMPARE(figures.resolutionAll.count, 5);      // [1200, 1800, 7200, 7200, 90000]
    QCOMPARE(figures.resolutionAll.medianSeconds, qint64(7200));
    QCOMPARE(figures.resolutionAll.p90Seconds, qint64(90000));
    QCOMPARE(figures.resolutionAll.met, 3);
}

void TestSupervisionRepository::analyticsSlaSharesByAgentQueueAndTeam()
{
    addAnalyticsConversations();
    const Analytics figures = analytics();
    QCOMPARE(figures.slaByAgent.size(), 2);
    QCOMPARE(figures.slaByAgent.at(0).key, QStringLiteral("anna"));
    QCOMPARE(figures.slaByAgent.at(0).label, QStringLiteral("Anna Aalto"));
    QCOMPARE(figures.slaByAgent.at(0).total, 5);   // e1 both, e3, h1 both
    QCOMPARE(figures.slaByAgent.at(0).met, 4);     // e1's resolution breached
    QCOMPARE(figures.slaByAgent.at(1).key, QStringLiteral("bert"));
    QCOMPARE(figures.slaByAgent.at(1).total, 5);   // e2 both, h2 both, h6
    QCOMPARE(figures.slaByAgent.at(1).met, 2);     // e2's resolution, h6
    QCOMPARE(figures.slaByQueue.size(), 2);
    QCOMPARE(figures.slaByQueue.at(0).key, QStringLiteral("billing"));
    QCOMPARE(figures.slaByQueue.at(0).total, 7);
    QCOMPARE(figures.slaByQueue.at(0).met, 5);
    QCOMPARE(figures.slaByQueue.at(1).key, QStringLiteral("cards"));
    QCOMPARE(figures.slaByQueue.at(1).total, 5);
    QCOMPARE(figures.slaByQueue.at(1).met, 3);
    QCOMPARE(figures.slaTeam.total, 12);           // the unassigned h3 counts for the team
    QCOMPARE(figures.slaTeam.met, 8);
}

void TestSupervisionRepository::analyticsTopicsWeekOnWeekAndCardOutcomes()
{
    addAnalyticsConversations();
    // A customer with a card: two locks, an unlock, a replacement, a PIN letter, a dispute.
    Fixtures::Person person;
    person.first = QStringLiteral("Olli");
    person.last = QStringLiteral("Outcome");
    person.city = QStringLiteral("Espoo");
    person.last4s = {QStringLiteral("1234")};
    Fixtures::addCustomer(*m_db, person);
    Fixtures::TransactionRow purchase;
    purchase.cardId = 1;
    purchase.at = utc("2026-01-10T12:00:00Z");
    const qint64 transaction = Fixtures::addTransaction(*m_db, purchase);
    QVERIFY(transaction > 0);
    exec(*m_db, QStringLiteral(
        "INSERT INTO card_events (card_id, at, from_state, to_state, channel) VALUES"
        " (1, '2025-12-31T10:00:00Z', 'active', 'locked', 'agent_console'),"
        " (1, '2026-01-01T10:00:00Z', 'locked', 'active', 'agent_console'),"
        " (1, '2026-01-13T08:00:00Z', 'active', 'locked', 'app');"
        "INSERT INTO card_orders (card_id, kind, delivery, address, pin_carries_over, requested_at, agent) VALUES"
        " (1, 'replacement', 'post', 'Testikatu 1', 1, '2026-01-06T09:00:00Z', 'anna'),"
        " (1, 'pin_letter', 'post', 'Testikatu 1', 0, '2026-01-07T09:00:00Z', 'anna');"
        "INSERT INTO disputes (transaction_id, card_id, reason, opened_at, agent) VALUES"
        " (%1, 1, 'not_authorised', '2026-01-14T09:00:00Z', 'anna');").arg(transaction));

    const Analytics figures = analytics();
    QStringList topics;
    for (const TopicWeek &week : figures.topics)
        topics << QStringLiteral("%1 %2 %3").arg(week.topic, week.weekStart.toString(Qt::ISODate)).arg(week.count);
    // Every week from the one before the period, for each topic seen; the day after the period is not counted.
    QCOMPARE(topics, QStringList({QStringLiteral("lost_stolen_card 2025-12-29 0"),
                                  QStringLiteral("lost_stolen_card 2026-01-05 1"),
                                  QStringLiteral("lost_stolen_card 2026-01-12 0"),
                                  QStringLiteral("card_not_received 2025-12-29 0"),
                                  QStringLiteral("card_not_received 2026-01-05 0"),
                                  QStringLiteral("card_not_received 2026-01-12 1"),
                                  QStringLiteral("pin 2025-12-29 0"),
                                  QStringLiteral("pin 2026-01-05 2"),   // e2, and h6 on local Monday
                                  QStringLiteral("pin 2026-01-12 0"),
                                  QStringLiteral("invoice_due_date 2025-12-29 0"),
                                  QStringLiteral("invoice_due_date 2026-01-05 1"),
                                  QStringLiteral("invoice_due_date 2026-01-12 0"),
                                  QStringLiteral("phishing 2025-12-29 1"),
                                  QStringLiteral("phishing 2026-01-05 0"),
                                  QStringLiteral("phishing 2026-01-12 3")}));

    QStringList outcomes;
    for (const OutcomeWeek &week : figures.outcomes)
        outcomes << QStringLiteral("%1 %2/%3/%4").arg(week.weekStart.toString(Qt::ISODate)).arg(week.locks)
                        .arg(week.replacements).arg(week.disputes);
    QCOMPARE(outcomes, QStringList({QStringLiteral("2025-12-29 1/0/0"), QStringLiteral("2026-01-05 0/1/0"),
                                    QStringLiteral("2026-01-12 1/0/1")}));
}

void TestSupervisionRepository::analyticsCsat()
{
    addAnalyticsConversations();
    exec(*m_db, QStringLiteral(
        "INSERT INTO csat_requests (conversation_id, agent, channel, sent_at) VALUES"
        " (2, 'bert', 'email', '2026-01-12T08:01:00Z'), (11, 'anna', 'chat', '2026-01-13T10:31:00Z'),"
        " (12, 'bert', 'chat', '2026-01-13T13:01:00Z'), (13, NULL, 'chat', '2026-01-15T09:21:00Z');"
        "INSERT INTO csat_answers (conversation_id, agent, channel, score, answered_at) VALUES"
        " (11, 'anna', 'chat', 5, '2026-01-13T11:00:00Z'), (12, 'bert', 'chat', 2, '2026-01-13T14:00:00Z'),"
        " (2, 'bert', 'email', 4, '2026-01-12T09:00:00Z'),"
        // 08:00 UTC on Mon 19 Jan is after the period, in Helsinki too.
        " (13, NULL, 'chat', 3, '2026-01-19T08:00:00Z');"));
    const Analytics figures = analytics();
    QCOMPARE(figures.csatAll.requests, 4);
    QCOMPARE(figures.csatAll.responses, 3);
    QCOMPARE(figures.csatAll.satisfied, 2);
    QVERIFY(qAbs(figures.csatAll.average - 11.0 / 3) < 1e-9);

    QCOMPARE(figures.csatByChannel.size(), 2);
    QCOMPARE(figures.csatByChannel.at(0).key, QStringLiteral("email"));
    QCOMPARE(figures.csatByChannel.at(0).requests, 1);
    QCOMPARE(figures.csatByChannel.at(0).responses, 1);
    QCOMPARE(figures.csatByChannel.at(0).average, 4.0);
    QCOMPARE(figures.csatByChannel.at(1).key, QStringLiteral("chat"));
    QCOMPARE(figures.csatByChannel.at(1).requests, 3);
    QCOMPARE(figures.csatByChannel.at(1).responses, 2);
    QCOMPARE(figures.csatByChannel.at(1).satisfied, 1);
    QCOMPARE(figures.csatByChannel.at(1).average, 3.5);

    QCOMPARE(figures.csatByAgent.size(), 2);
    QCOMPARE(figures.csatByAgent.at(0).label, QStringLiteral("Anna Aalto"));
    QCOMPARE(figures.csatByAgent.at(0).responses, 1);
    QCOMPARE(figures.csatByAgent.at(0).average, 5.0);
    QCOMPARE(figures.csatByAgent.at(1).key, QStringLiteral("bert"));
    QCOMPARE(figures.csatByAgent.at(1).requests, 2);
    QCOMPARE(figures.csatByAgent.at(1).responses, 2);
    QCOMPARE(figures.csatByAgent.at(1).satisfied, 1);
    QCOMPARE(figures.csatByAgent.at(1).average, 3.0);

    QCOMPARE(figures.csatByWeek.size(), 2);
    QCOMPARE(figures.csatByWeek.at(0).key, QStringLiteral("2026-01-05"));
    QCOMPARE(figures.csatByWeek.at(0).responses, 0);
    QCOMPARE(figures.csatByWeek.at(1).key, QStringLiteral("2026-01-12"));
    QCOMPARE(figures.csatByWeek.at(1).requests, 4);
    QCOMPARE(figures.csatByWeek.at(1).responses, 3);
    QCOMPARE(figures.csatByWeek.at(1).satisfied, 2);
}

void TestSupervisionRepository::rollupFollowsChangesAndThePolicy()
{
    addAnalyticsConversations();
    QCOMPARE(analytics().slaByAgent.at(0).total, 5);
    QString error;
    // The first read computed the hours it needed; the one of the day after the period waits.
    QCOMPARE(repository().staleHourCount(&error), 1);

    // A reassignment moves e1's figures from Anna to Bert: its hours are marked in its transaction.
    exec(*m_db, QStringLiteral("UPDATE conversations SET assignee = 'bert' WHERE id = 1;"));
    QCOMPARE(repository().staleHourCount(&error), 1 + 3);   // e1 came in, was answered and resolved in three hours
    Analytics figures = analytics();
    QCOMPARE(figures.slaByAgent.at(0).key, QStringLiteral("anna"));
    QCOMPARE(figures.slaByAgent.at(0).total, 3);
    QCOMPARE(figures.slaByAgent.at(1).total, 7);

    // A reopened conversation is no longer resolved.
    exec(*m_db, QStringLiteral("UPDATE conversations SET status = 'open', resolved_at = NULL WHERE id = 12;"));
    QCOMPARE(analytics().resolutionAll.count, 4);
    exec(*m_db, QStringLiteral("DELETE FROM conversations WHERE id = 11;"));
    QCOMPARE(analytics().resolutionAll.count, 3);

    // Another policy (Epiphany a working day) computes the stored hours again.
    SlaPolicy policy = SlaPolicy::defaults();
    policy.setHolidays({});
    SupervisionRepository other(*m_db, policy);
    other.setTimeZone(helsinki());
    const Analytics withoutHoliday = other.analytics({QDate(2026, 1, 5), QDate(2026, 1, 18)}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // e3: Mon 17-18 + Tue 6 Jan 10 h + Wed 08-09 = 12 h, the largest email first response now.
    QCOMPARE(withoutHoliday.firstResponse.at(0).second.p90Seconds, qint64(12 * 3600));
    QCOMPARE(analytics().firstResponse.at(0).second.p90Seconds, qint64(7200));

    // The background catch-up leaves nothing stale.
    exec(*m_db, QStringLiteral("UPDATE conversations SET queue = 'general';"));
    QVERIFY(repository().staleHourCount(&error) > 0);
    int left = 0;
    do {
        left = repository().refreshStaleHours(2, &error);
        QVERIFY2(left >= 0, qPrintable(error));
    } while (left > 0);
    QCOMPARE(analytics().slaByQueue.size(), 1);
}

void TestSupervisionRepository::presenceIsACommandWithItsAuditEntry()
{
    m_db.reset();
    QString error;
    std::unique_ptr<LocalBackend> backend =
        Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error, QStringLiteral("bert"));
    QVERIFY2(backend, qPrintable(error));
    QSignalSpy changed(backend->supervision(), &SupervisionService::figuresChanged);
    const CommandResult result = await(backend->supervision()->setPresence(Presence::Available));
    QVERIFY2(result.status == CommandResult::Applied, qPrintable(result.message));
    QVERIFY(changed.wait(2000));
    const QList<AuditEntry> entries = await(backend->worker()->run([](Database &db) {
        AuditQuery query;
        query.action = QStringLiteral("agent.presence.set");
        QString error;
        return AuditLog(db).query(query, &error).entries;
    }));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).agent, QStringLiteral("bert"));
    QCOMPARE(entries.at(0).subject, QStringLiteral("agent:bert"));
    QCOMPARE(entries.at(0).details.value(QStringLiteral("from")).toString(), QStringLiteral("offline"));
    QCOMPARE(entries.at(0).details.value(QStringLiteral("to")).toString(), QStringLiteral("available"));
    const QString stored = await(backend->worker()->run([](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT presence || ' ' || (presence_since IS NOT NULL) FROM agents WHERE username = 'bert'"));
        return q.next() ? q.value(0).toString() : QString();
    }));
    QCOMPARE(stored, QStringLiteral("available 1"));
}

void TestSupervisionRepository::inboxChangesMoveTheFiguresOnceForMany()
{
    addBoardConversations();
    m_db.reset();
    QString error;
    std::unique_ptr<LocalBackend> backend =
        Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error, QStringLiteral("sue"));
    QVERIFY2(backend, qPrintable(error));
    QSignalSpy changed(backend->supervision(), &SupervisionService::figuresChanged);
    QCOMPARE(await(backend->inbox()->setStatus({1, 2}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(await(backend->inbox()->setPriority({3}, Priority::High)).status, CommandResult::Applied);
    QCOMPARE(await(backend->inbox()->assign({7}, QStringLiteral("bert"), QString())).status, CommandResult::Applied);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 2000);
    QTest::qWait(2 * LocalSupervisionService::ChangeDelayMs);
    QCOMPARE(changed.count(), 1);   // one refresh for the burst
    // And the board has moved: 1 and 2 are no longer open, 7 is in progress.
    const QueueBoard board = await(backend->supervision()->queueBoard());
    QCOMPARE(board.rows.at(0).waiting, 0);
    QCOMPARE(board.rows.at(0).inProgress, 1);
    QCOMPARE(board.rows.at(1).open(), 4);
}

void TestSupervisionRepository::onlySupervisorsGetFigures()
{
    addBoardConversations();
    m_db.reset();
    const QString path = m_dir->filePath(QStringLiteral("carddesk.sqlite"));
    QString error;
    {
        std::unique_ptr<LocalBackend> agent = Fixtures::openBackend(path, &error, QStringLiteral("anna"));
        QVERIFY2(agent, qPrintable(error));
        SupervisionService *service = agent->supervision();
        const QueueBoard board = await(service->queueBoard());
        QVERIFY(board.refused);
        QVERIFY(board.rows.isEmpty());
        QVERIFY(board.message.contains(QLatin1String("supervisors")));
        const AgentBoard agents = await(service->agentBoard());
        QVERIFY(agents.refused);
        QVERIFY(agents.agents.isEmpty());
        const Analytics figures = await(service->analytics({QDate(2026, 1, 5), QDate(2026, 1, 18)}));
        QVERIFY(figures.refused);
        QCOMPARE(figures.slaTeam.total, 0);
        const ConversationPage page = await(service->drillDown({QueueFigure::Open, {}, {}, {}}, QString(), 50));
        QVERIFY(page.rows.isEmpty());
        QVERIFY(!page.error.isEmpty());
        // Presence is anyone's own.
        QCOMPARE(await(service->setPresence(Presence::Away)).status, CommandResult::Applied);
    }
    {
        std::unique_ptr<LocalBackend> supervisor = Fixtures::openBackend(path, &error, QStringLiteral("sue"));
        QVERIFY2(supervisor, qPrintable(error));
        SupervisionService *service = supervisor->supervision();
        const QueueBoard board = await(service->queueBoard());
        QVERIFY2(!board.refused, qPrintable(board.message));
        QCOMPARE(board.rows.size(), 2);
        QCOMPARE(board.rows.at(1).open(), 6);
        const AgentBoard agents = await(service->agentBoard());
        QVERIFY2(!agents.refused, qPrintable(agents.message));
        QCOMPARE(agents.agents.size(), 3);
        QCOMPARE(agents.agents.at(0).presence, Presence::Away);   // set by Anna above
        const ConversationPage page = await(service->drillDown({QueueFigure::Open, QStringLiteral("billing"), {}, {}},
                                                               QString(), 50));
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(idsOf(page), QList<qint64>({7, 8}));
        const Analytics figures = await(service->analytics({QDate(2026, 1, 12), QDate(2026, 1, 18)}));
        QVERIFY2(!figures.refused, qPrintable(figures.message));
        QCOMPARE(figures.resolutionAll.count, 1);   // 9, resolved on the 14th
        const Analytics backwards = await(service->analytics({QDate(2026, 1, 18), QDate(2026, 1, 12)}));
        QVERIFY(backwards.refused);
    }
}

QTEST_GUILESS_MAIN(TestSupervisionRepository)
#include "tst_supervisionrepository.moc"

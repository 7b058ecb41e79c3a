#include "testsupport.h"

#include "postgrescluster.h"
#include "servertestharness.h"

#include "domain/jsoncodec.h"
#include "storage/database.h"
#include "storage/demodatagenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

namespace {

const QString Password = QStringLiteral("supervision-pw-42");
const QString Supervisor = QStringLiteral("svea.berg");
const QString Aino = QStringLiteral("aino.laine");
const QString Bo = QStringLiteral("bo.holm");
const QString Cai = QStringLiteral("cai.virtanen");
const QString Dan = QStringLiteral("dan.eriksson");
const QString NothingDue = QStringLiteral("9999-12-31T23:59:59.000Z");

/// The server's time text: UTC, milliseconds, "Z" (both dialects take it).
QString iso(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QVariant isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(iso(time)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

using Reply = ServerReply;
using ServerTest::isProblem;
using ServerTest::newKey;

char *describe(const Reply &reply)
{
    return qstrdup(ServerTest::describe(reply, 800).toUtf8().constData());
}

/// The item of @p items whose @p key is @p value.
QJsonObject itemWith(const QJsonArray &items, const QString &key, const QString &value)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    }
    return {};
}

QDateTime timeOf(const QJsonValue &value)
{
    return JsonCodec::parseTimestamp(value.toString()).value_or(QDateTime());
}

/// A time column as read straight from either database (PostgreSQL gives a
/// QDateTime, SQLite the server's text).
QDateTime timeFrom(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    return JsonCodec::parseTimestamp(value.toString()).value_or(QDateTime());
}

/// The ids of @p items, in order.
QList<qint64> idsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids << item.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}

} // namespace

/// Agents' presence and the supervision figures over HTTP: carddesk-server on
/// a throwaway PostgreSQL and on SQLite, each with a desk whose inbox, survey
/// answers and agents are written here, so every figure is known in advance.
/// Numbers are chosen so that a figure counted the obvious wrong way (closed
/// conversations as open, yesterday as today, a replayed command twice, the
/// first reply of a logged call as a reply...) comes out different.
class TestServerSupervision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void queueFigures_data() { dialects(); }
    void queueFigures();
    void agentFigures_data() { dialects(); }
    void agentFigures();
    void topicTrendsPerDay_data() { dialects(); }
    void topicTrendsPerDay();
    void satisfactionAverageAndCsat_data() { dialects(); }
    void satisfactionAverageAndCsat();
    void daysOutOfRangeAre400_data() { dialects(); }
    void daysOutOfRangeAre400();
    void supervisionIsForSupervisorsOnly_data() { dialects(); }
    void supervisionIsForSupervisorsOnly();
    void agentsPageByUserName_data() { dialects(); }
    void agentsPageByUserName();
    void presenceChangeIsSeenEverywhere_data() { dialects(); }
    void presenceChangeIsSeenEverywhere();
    void presenceIsAppliedOncePerKey_data() { dialects(); }
    void presenceIsAppliedOncePerKey();
    void invalidPresenceIsRefused_data() { dialects(); }
    void invalidPresenceIsRefused();
    void signingInAndOutSetPresence_data() { dialects(); }
    void signingInAndOutSetPresence();
    void demoImportGivesAgentsTheirQueues();
    void demoImportWithoutConversations_data() { dialects(); }
    void demoImportWithoutConversations();
    void demoImportCarriesTheSurveys();
    // Last: its surveys and answers would move the figures the tests above check.
    void satisfactionSurveyOnResolutionAndItsAnswer_data() { dialects(); }
    void satisfactionSurveyOnResolutionAndItsAnswer();
    // The supervisors' history and its feed entities (surveys and card outcomes
    // of their own customers, in periods of their own).
    void surveysAndAnswersGoOnTheFeed_data() { dialects(); }
    void surveysAndAnswersGoOnTheFeed();
    void cardOutcomesGoOnTheFeed_data() { dialects(); }
    void cardOutcomesGoOnTheFeed();
    void historyOfConversations_data() { dialects(); }
    void historyOfConversations();
    void historyOfSurveysAndAnswers_data() { dialects(); }
    void historyOfSurveysAndAnswers();
    void historyOfCardOutcomes_data() { dialects(); }
    void historyOfCardOutcomes();
    void historyRefusesBadQueries_data() { dialects(); }
    void historyRefusesBadQueries();

private:
    using Desk = ServerDesk;
    /// What seed() wrote into a desk's database.
    struct Seed
    {
        QHash<QString, qint64> ids;   ///< conversation label -> id
        QDateTime at;                 ///< "now" of the data
    };

    static void dialects() { ServerTestHarness::dialects(); }
    Desk &desk();
    bool addAgent(const Desk &desk, const QString &username, const QString &role, const QString &queues,
                  QString *error);
    bool seed(Desk &desk, QString *error);
    bool start(Desk &desk, QString *error);

    Reply send(const Desk &desk, const QByteArray &method, const QString &path, const QString &token,
               const QByteArray &body = QByteArray(), const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path, const QString &as);
    /// POST /v1/agents/me/presence as @p as with @p body and @p key (none when empty).
    Reply setPresence(const QString &as, const QByteArray &body, const QString &key);
    /// The change feed's cursor now, and the changes after @p since in *changes.
    QString feed(const QString &since, QJsonArray *changes = nullptr);
    /// The supervisor's audit entries of agent.presence.set by @p agent, newest first.
    QJsonArray presenceAudit(const QString &agent);
    /// Runs @p statement (an INSERT ... RETURNING id) on the current desk's
    /// database; the id, or 0 with a warning.
    qint64 insertRow(const QString &statement, const QVariantList &values);
    /// A customer with a registered address, on the current desk.
    qint64 addCustomer(const QString &number);
    /// An active card of @p customerId (on an account of its own), version 1.
    qint64 addCard(qint64 customerId, const QString &last4);
    /// A conversation written behind the API's back; null times are left null.
    qint64 addConversation(qint64 customerId, const QString &channel, const QString &status, const QString &assignee,
                           const QDateTime &created, const QDateTime &firstResponseDue,
                           const QDateTime &firstRespondedAt, const QDateTime &resolutionDue,
                           const QDateTime &resolvedAt);
    /// The changes of @p entity after @p since, in feed order.
    QList<QJsonObject> changesOf(const QString &since, const QString &entity);
    /// Every page of GET /v1/supervision/history?@p query&limit=@p limit, following
    /// next to its end (at most 100 pages); the items in order, *pages the answers.
    QJsonArray history(const QString &query, int limit, int *pages = nullptr);

    ServerTestHarness m_harness;
    QTemporaryDir m_dir;
    std::map<QString, Seed> m_seeds;   ///< dialect -> what seed() wrote
};

TestServerSupervision::Desk &TestServerSupervision::desk()
{
    return m_harness.currentDesk();
}

void TestServerSupervision::initTestCase()
{
    TestSupport::pinEnvironment();
    QVERIFY(m_dir.isValid());
    // "Today" is the UTC day: keep the data and the requests on one day
    // (at worst a wait of a few minutes around midnight).
    const QTime clock = QDateTime::currentDateTimeUtc().time();
    if (clock < QTime(0, 1))
        QTest::qWait(clock.msecsTo(QTime(0, 1)) + 1000);
    else if (clock > QTime(23, 57))
        QTest::qWait(clock.msecsTo(QTime(23, 59, 59, 999)) + 61000);

    // In a contract run (CARDDESK_CONTRACT_PROXY, CARDDESK_CONTRACT_SPEC set)
    // every answer goes through Prism, which checks it against the contract.
    QString error;
    QVERIFY2(m_harness.readContractSettings(&error), qPrintable(error));
    QVERIFY2(m_harness.createDesks(QStringLiteral("supervision"), m_dir.path(), &error), qPrintable(error));
    for (const QString &dialect : {QStringLiteral("postgresql"), QStringLiteral("sqlite")}) {
        Desk &desk = m_harness.desk(dialect);
        QVERIFY2(seed(desk, &error), qPrintable(dialect + QStringLiteral(": ") + error));
        QVERIFY2(start(desk, &error), qPrintable(dialect + QStringLiteral(": ") + error));
    }
}

void TestServerSupervision::cleanup()
{
    const QString violations = m_harness.takeContractViolations();
    if (!violations.isEmpty())
        QFAIL(qPrintable(violations));
}

void TestServerSupervision::cleanupTestCase()
{
    m_harness.shutDown();
}

bool TestServerSupervision::addAgent(const Desk &desk, const QString &username, const QString &role,
                                     const QString &queues, QString *error)
{
    return m_harness.addAgent(desk, username, role,
                              username.section(QLatin1Char('.'), 0, 0) + QStringLiteral(" Test"), Password, error,
                              queues);
}

bool TestServerSupervision::seed(Desk &desk, QString *error)
{
    // The agents (their first --add-agent migrates the database). Dan works no
    // queue: the presence tests change his without moving a queue's figures.
    if (!addAgent(desk, Supervisor, QStringLiteral("supervisor"), QStringLiteral("cards"), error)
        || !addAgent(desk, Aino, QStringLiteral("agent"), QStringLiteral("cards,billing"), error)
        || !addAgent(desk, Bo, QStringLiteral("agent"), QStringLiteral("billing"), error)
        || !addAgent(desk, Cai, QStringLiteral("agent"), QStringLiteral("cards,fraud"), error)
        || !addAgent(desk, Dan, QStringLiteral("agent"), QString(), error))
        return false;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Seed &seeded = m_seeds[desk.dialect];
    seeded.at = now;
    const QDate today = now.date();
    const QDateTime r = now.addSecs(-40);                        // today, a moment ago
    const QDateTime y = startOfDay(today).addSecs(-3600);        // yesterday, 23:00
    const QDateTime old = now.addDays(-20);
    const QString name = QStringLiteral("seed-") + desk.dialect;
    bool ok = true;
    {
        QSqlDatabase db = m_harness.open(desk, name);
        ok = db.isOpen();
        struct Row
        {
            QString label;
            QString queue;
            QString channel;
            QString status;
            QString assignee;
            QDateTime created;
            QDateTime firstResponseDue;
            QDateTime firstRespondedAt;
            QDateTime resolutionDue;
            QString slaDue;
            QStringList topics;
        };
        const auto t = [](const QDateTime &time) { return iso(time); };
        const QList<Row> rows{
            // cards: open 4 (c1, c2, c3, c5), unassigned 2 (c1, c5), due soon 2 (c1, c2),
            // breached 1 (c2), oldest waiting c2 (c3 came in earlier but is answered).
            {QStringLiteral("c1"), QStringLiteral("cards"), QStringLiteral("chat"), QStringLiteral("open"), QString(),
             now.addSecs(-2 * 3600), now.addSecs(30 * 60), {}, now.addDays(1), t(now.addSecs(30 * 60)), {}},
            {QStringLiteral("c2"), QStringLiteral("cards"), QStringLiteral("email"), QStringLiteral("new"), Aino,
             now.addSecs(-5 * 3600), now.addSecs(-10 * 60), {}, now.addDays(1), t(now.addSecs(-10 * 60)), {}},
            {QStringLiteral("c3"), QStringLiteral("cards"), QStringLiteral("email"), QStringLiteral("pending"), Aino,
             now.addDays(-3), now.addDays(-3).addSecs(3600), now.addDays(-3).addSecs(1800), now.addSecs(3 * 3600),
             t(now.addSecs(3 * 3600)), {}},
            {QStringLiteral("c4"), QStringLiteral("cards"), QStringLiteral("email"), QStringLiteral("resolved"), Aino,
             now.addSecs(-10 * 3600), now.addSecs(-9 * 3600), {}, now.addDays(-1), t(now.addDays(-1)), {}},
            {QStringLiteral("c5"), QStringLiteral("cards"), QStringLiteral("webform"), QStringLiteral("on_hold"),
             QString(), now.addSecs(-3600), {}, {}, {}, NothingDue, {}},
            // billing: open 1 (b1), due soon, answered; b2 is closed (and overdue once).
            {QStringLiteral("b1"), QStringLiteral("billing"), QStringLiteral("email"), QStringLiteral("open"), Bo,
             now.addDays(-1), now.addDays(-1).addSecs(3600), now.addDays(-1).addSecs(600), now.addSecs(50 * 60),
             t(now.addSecs(50 * 60)), {}},
            {QStringLiteral("b2"), QStringLiteral("billing"), QStringLiteral("email"), QStringLiteral("closed"), Bo,
             now.addDays(-2), {}, {}, now.addSecs(-3600), t(now.addSecs(-3600)), {}},
            // general: x1, x2 resolved or closed through the API by Aino, x3 set pending by Bo.
            {QStringLiteral("x1"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("open"), Aino,
             old, {}, old.addSecs(3600), now.addDays(5), t(now.addDays(5)), {}},
            {QStringLiteral("x2"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("open"), Aino,
             old, {}, old.addSecs(3600), now.addDays(5), t(now.addDays(5)), {}},
            {QStringLiteral("x3"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("open"), Bo,
             old, {}, old.addSecs(3600), now.addDays(5), t(now.addDays(5)), {}},
            // First responses: Aino's today after 600, 1200 and 3000 s (median 1200),
            // yesterday's (100 s) and a logged call's today (50 s) are not counted;
            // Bo's today after 300 and 500 s (median 400).
            {QStringLiteral("d1"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"), Aino,
             r.addSecs(-600), {}, r, {}, NothingDue, {}},
            {QStringLiteral("d2"), QStringLiteral("general"), QStringLiteral("chat"), QStringLiteral("resolved"), Aino,
             r.addSecs(-1200), {}, r, {}, NothingDue, {}},
            {QStringLiteral("d3"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"), Aino,
             r.addSecs(-3000), {}, r, {}, NothingDue, {}},
            {QStringLiteral("d4"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"), Aino,
             y.addSecs(-100), {}, y, {}, NothingDue, {}},
            {QStringLiteral("d5"), QStringLiteral("general"), QStringLiteral("phone"), QStringLiteral("resolved"), Aino,
             r.addSecs(-50), {}, r, {}, NothingDue, {}},
            {QStringLiteral("e1"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"), Bo,
             r.addSecs(-300), {}, r, {}, NothingDue, {}},
            {QStringLiteral("e2"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"), Bo,
             r.addSecs(-500), {}, r, {}, NothingDue, {}},
            // Topics, new on: today (t1, t2), yesterday (t3), 2 days ago (t4), 3 days ago (t5).
            {QStringLiteral("t1"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"),
             QString(), r, {}, {}, {}, NothingDue, {QStringLiteral("lost_stolen_card"), QStringLiteral("pin")}},
            {QStringLiteral("t2"), QStringLiteral("general"), QStringLiteral("chat"), QStringLiteral("resolved"),
             QString(), r, {}, {}, {}, NothingDue, {QStringLiteral("lost_stolen_card")}},
            {QStringLiteral("t3"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"),
             QString(), y, {}, {}, {}, NothingDue, {QStringLiteral("pin")}},
            {QStringLiteral("t4"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"),
             QString(), startOfDay(today.addDays(-2)).addSecs(3600), {}, {}, {}, NothingDue,
             {QStringLiteral("phishing")}},
            {QStringLiteral("t5"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"),
             QString(), startOfDay(today.addDays(-3)).addSecs(3600), {}, {}, {}, NothingDue,
             {QStringLiteral("lost_stolen_card")}},
            // Survey answers' conversations.
            {QStringLiteral("s-email"), QStringLiteral("general"), QStringLiteral("email"), QStringLiteral("resolved"),
             QString(), old, {}, {}, {}, NothingDue, {}},
            {QStringLiteral("s-chat"), QStringLiteral("general"), QStringLiteral("chat"), QStringLiteral("resolved"),
             QString(), old, {}, {}, {}, NothingDue, {}},
            {QStringLiteral("s-phone"), QStringLiteral("general"), QStringLiteral("phone"), QStringLiteral("resolved"),
             QString(), old, {}, {}, {}, NothingDue, {}},
        };
        const QVariant none(QMetaType(QMetaType::QString));
        for (const Row &row : rows) {
            if (!ok)
                break;
            const bool closed = row.status == QLatin1String("resolved") || row.status == QLatin1String("closed");
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral(
                "INSERT INTO conversations (channel, queue, status, priority, assignee, language, subject, topics, "
                "created_at, updated_at, first_response_due, first_responded_at, resolution_due, resolved_at, "
                "sla_due) VALUES (?, ?, ?, 'normal', ?, 'en', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            for (const QVariant &value :
                 QVariantList{row.channel, row.queue, row.status, row.assignee.isEmpty() ? none : row.assignee,
                              QStringLiteral("Conversation ") + row.label,
                              row.topics.isEmpty() ? QStringLiteral("") : row.topics.join(QLatin1Char(' ')),
                              iso(row.created), iso(row.created), isoOrNull(row.firstResponseDue),
                              isoOrNull(row.firstRespondedAt), isoOrNull(row.resolutionDue),
                              closed ? QVariant(iso(now.addSecs(-3600))) : none, row.slaDue})
                insert.addBindValue(value);
            ok = insert.exec() && insert.next();
            if (!ok) {
                *error = row.label + QStringLiteral(": ") + insert.lastError().text();
                break;
            }
            const qint64 id = insert.value(0).toLongLong();
            insert.finish();
            seeded.ids.insert(row.label, id);
            for (const QString &topic : row.topics) {
                QSqlQuery tag(db);
                tag.prepare(QStringLiteral("INSERT INTO conversation_topics (conversation_id, topic) VALUES (?, ?)"));
                tag.addBindValue(id);
                tag.addBindValue(topic);
                if (!(ok = tag.exec()))
                    *error = tag.lastError().text();
            }
        }
        struct MessageRow
        {
            QString conversation;
            int seq;
            QString direction;
            QString author;
            QDateTime at;
        };
        // Aino's replies today: d1, d2, d3 and one more in c3 (4); a note and
        // a logged call (inbound, written by her) are not replies, nor is d4's
        // of yesterday. Bo's: e1, e2 (2).
        const QList<MessageRow> messages{
            {QStringLiteral("d1"), 1, QStringLiteral("inbound"), QStringLiteral("customer@example.fi"), r.addSecs(-600)},
            {QStringLiteral("d1"), 2, QStringLiteral("outbound"), Aino, r},
            {QStringLiteral("d1"), 3, QStringLiteral("note"), Aino, r.addSecs(5)},
            {QStringLiteral("d2"), 1, QStringLiteral("outbound"), Aino, r},
            {QStringLiteral("d3"), 1, QStringLiteral("outbound"), Aino, r},
            {QStringLiteral("d4"), 1, QStringLiteral("outbound"), Aino, y},
            {QStringLiteral("d5"), 1, QStringLiteral("inbound"), Aino, r},
            {QStringLiteral("c3"), 1, QStringLiteral("outbound"), Aino, r.addSecs(10)},
            {QStringLiteral("e1"), 1, QStringLiteral("outbound"), Bo, r},
            {QStringLiteral("e2"), 1, QStringLiteral("outbound"), Bo, r},
        };
        for (const MessageRow &message : messages) {
            if (!ok)
                break;
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO messages (conversation_id, seq, direction, author, at, "
                                          "body_text, delivery) VALUES (?, ?, ?, ?, ?, 'Hello', ?)"));
            for (const QVariant &value :
                 QVariantList{seeded.ids.value(message.conversation), message.seq, message.direction, message.author,
                              iso(message.at),
                              message.direction == QLatin1String("inbound") ? QStringLiteral("received")
                                                                            : QStringLiteral("sent")})
                insert.addBindValue(value);
            if (!(ok = insert.exec()))
                *error = message.conversation + QStringLiteral(": ") + insert.lastError().text();
        }
        // Survey answers: today email 5 and 4, chat 2, phone 3; yesterday email 2;
        // 8 days ago chat 5 (outside a week).
        const QList<std::tuple<QString, int, QDateTime>> answers{
            {QStringLiteral("s-email"), 5, r},
            {QStringLiteral("s-email"), 4, r},
            {QStringLiteral("s-chat"), 2, r},
            {QStringLiteral("s-phone"), 3, r},
            {QStringLiteral("s-email"), 2, y},
            {QStringLiteral("s-chat"), 5, startOfDay(today.addDays(-8)).addSecs(3600)},
        };
        for (const auto &[conversation, score, at] : answers) {
            if (!ok)
                break;
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral(
                "INSERT INTO satisfaction_responses (conversation_id, score, answered_at) VALUES (?, ?, ?)"));
            insert.addBindValue(seeded.ids.value(conversation));
            insert.addBindValue(score);
            insert.addBindValue(iso(at));
            if (!(ok = insert.exec()))
                *error = insert.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool TestServerSupervision::start(Desk &desk, QString *error)
{
    if (!m_harness.startServer(desk, error)
        || !m_harness.signIn(desk, {Supervisor, Aino, Bo, Cai, Dan}, Password, error))
        return false;
    // Signing in made each of them available; through the command: Aino and
    // Cai stay available, Bo is busy, the supervisor and Dan go offline.
    const QList<QPair<QString, QString>> presences{{Aino, QStringLiteral("available")},
                                                   {Bo, QStringLiteral("busy")},
                                                   {Cai, QStringLiteral("available")},
                                                   {Supervisor, QStringLiteral("offline")},
                                                   {Dan, QStringLiteral("offline")}};
    for (const auto &[username, presence] : presences) {
        const Reply reply = send(desk, "POST", QStringLiteral("/v1/agents/me/presence"), desk.tokens.value(username),
                                 QJsonDocument(QJsonObject{{QStringLiteral("presence"), presence}})
                                     .toJson(QJsonDocument::Compact),
                                 {{"Idempotency-Key", newKey().toLatin1()}});
        if (reply.status != 200) {
            *error = QStringLiteral("presence of %1: %2").arg(username, QString::fromUtf8(reply.body));
            return false;
        }
    }
    // Who resolved what today is the audit log's: Aino resolves x1 and then
    // closes it (one conversation handled), resolves x2; Bo only sets x3 pending.
    const QList<std::tuple<QString, QString, QString, int>> statuses{
        {Aino, QStringLiteral("x1"), QStringLiteral("resolved"), 1},
        {Aino, QStringLiteral("x1"), QStringLiteral("closed"), 2},
        {Aino, QStringLiteral("x2"), QStringLiteral("resolved"), 1},
        {Bo, QStringLiteral("x3"), QStringLiteral("pending"), 1},
    };
    for (const auto &[username, label, status, version] : statuses) {
        const Reply reply =
            send(desk, "POST",
                 QStringLiteral("/v1/conversations/%1/status").arg(m_seeds.at(desk.dialect).ids.value(label)),
                 desk.tokens.value(username),
                 QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson(QJsonDocument::Compact),
                 {{"Idempotency-Key", newKey().toLatin1()}, {"If-Match", '"' + QByteArray::number(version) + '"'}});
        if (reply.status != 200) {
            *error = QStringLiteral("%1 of %2: %3").arg(status, label, QString::fromUtf8(reply.body));
            return false;
        }
    }
    return true;
}

Reply TestServerSupervision::send(const Desk &desk, const QByteArray &method, const QString &path,
                                  const QString &token, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_harness.send(desk, method, path, token, body, headers);
}

Reply TestServerSupervision::get(const QString &path, const QString &as)
{
    return send(desk(), "GET", path, desk().tokens.value(as));
}

Reply TestServerSupervision::setPresence(const QString &as, const QByteArray &body, const QString &key)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key.toLatin1()});
    return send(desk(), "POST", QStringLiteral("/v1/agents/me/presence"), desk().tokens.value(as), body, headers);
}

QString TestServerSupervision::feed(const QString &since, QJsonArray *changes)
{
    // A supervisor's feed: everything (an agent's skips the satisfaction scores).
    return m_harness.feed(desk(), desk().tokens.value(Supervisor), since, changes);
}

QJsonArray TestServerSupervision::presenceAudit(const QString &agent)
{
    const Reply reply =
        get(QStringLiteral("/v1/audit?action=agent.presence.set&agent=%1&limit=200").arg(agent), Supervisor);
    if (reply.status != 200)
        qWarning("the audit log: %s", describe(reply));
    return reply.items();
}

qint64 TestServerSupervision::insertRow(const QString &statement, const QVariantList &values)
{
    QString error;
    QList<QVariantList> rows;
    if (!m_harness.exec(desk(), statement, values, &error, &rows) || rows.isEmpty()) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(error));
        return 0;
    }
    return rows.constFirst().constFirst().toLongLong();
}

qint64 TestServerSupervision::addCustomer(const QString &number)
{
    const QString now = iso(QDateTime::currentDateTimeUtc());
    return insertRow(QStringLiteral("INSERT INTO customers (customer_number, first_name, last_name, first_name_fold, "
                                    "last_name_fold, birth_date, national_id, country, language, street, postcode, "
                                    "city, created_at, updated_at) VALUES (?, 'Hilda', 'History', 'hilda', "
                                    "'history', '1979-04-02', '020479-321B', 'FI', 'fi', 'Aleksanterinkatu 1', "
                                    "'00100', 'Helsinki', ?, ?) RETURNING id"),
                     {number, now, now});
}

qint64 TestServerSupervision::addCard(qint64 customerId, const QString &last4)
{
    const qint64 account = insertRow(QStringLiteral("INSERT INTO accounts (customer_id, account_number, product, "
                                                    "currency, credit_limit_minor, balance_minor, opened_at) VALUES "
                                                    "(?, ?, 'Test Mastercard', 'EUR', 300000, 0, ?) RETURNING id"),
                                     {customerId, QStringLiteral("FI-H-%1-%2").arg(customerId).arg(last4),
                                      iso(QDateTime::currentDateTimeUtc().addYears(-2))});
    if (!account)
        return 0;
    return insertRow(QStringLiteral("INSERT INTO cards (account_id, customer_id, bin, last4, product, embossed_name, "
                                    "status, expiry, issued_at) VALUES (?, ?, '535110', ?, 'Test Mastercard', "
                                    "'HILDA HISTORY', 'active', '2029-12-31', ?) RETURNING id"),
                     {account, customerId, last4, iso(QDateTime::currentDateTimeUtc().addYears(-2))});
}

qint64 TestServerSupervision::addConversation(qint64 customerId, const QString &channel, const QString &status,
                                              const QString &assignee, const QDateTime &created,
                                              const QDateTime &firstResponseDue, const QDateTime &firstRespondedAt,
                                              const QDateTime &resolutionDue, const QDateTime &resolvedAt)
{
    const QVariant none(QMetaType(QMetaType::QString));
    const bool open = status != QLatin1String("resolved") && status != QLatin1String("closed");
    const QDateTime due = !firstRespondedAt.isValid() && firstResponseDue.isValid() ? firstResponseDue
                                                                                     : resolutionDue;
    return insertRow(
        QStringLiteral("INSERT INTO conversations (customer_id, channel, queue, status, priority, assignee, language, "
                       "subject, topics, created_at, updated_at, first_response_due, first_responded_at, "
                       "resolution_due, resolved_at, sla_due) VALUES (?, ?, 'history', ?, 'normal', ?, 'en', "
                       "'History test', '', ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {customerId > 0 ? QVariant(customerId) : QVariant(QMetaType(QMetaType::LongLong)), channel, status,
         assignee.isEmpty() ? none : QVariant(assignee), iso(created), iso(created), isoOrNull(firstResponseDue),
         isoOrNull(firstRespondedAt), isoOrNull(resolutionDue), isoOrNull(resolvedAt),
         open && due.isValid() ? iso(due) : NothingDue});
}

QList<QJsonObject> TestServerSupervision::changesOf(const QString &since, const QString &entity)
{
    QJsonArray changes;
    feed(since, &changes);
    QList<QJsonObject> out;
    for (const QJsonValue &change : std::as_const(changes)) {
        if (change.toObject().value(QStringLiteral("entity")).toString() == entity)
            out << change.toObject();
    }
    return out;
}

QJsonArray TestServerSupervision::history(const QString &query, int limit, int *pages)
{
    QJsonArray items;
    QString after;
    int answers = 0;
    for (; answers < 100; ++answers) {
        const Reply reply = get(QStringLiteral("/v1/supervision/history?%1&limit=%2%3")
                                    .arg(query)
                                    .arg(limit)
                                    .arg(after.isEmpty() ? QString() : QStringLiteral("&after=") + after),
                                Supervisor);
        if (reply.status != 200 || !reply.json.value(QStringLiteral("items")).isArray()
            || !reply.json.contains(QStringLiteral("next"))) {
            qWarning("the history (%s): %s", qPrintable(query), describe(reply));
            return {};
        }
        const QJsonArray page = reply.items();
        if (page.size() > limit) {
            qWarning("the history (%s): %d items on a page of %d", qPrintable(query), int(page.size()), limit);
            return {};
        }
        for (const QJsonValue &item : page)
            items.append(item);
        const QJsonValue next = reply.json.value(QStringLiteral("next"));
        if (next.isNull()) {
            ++answers;
            break;
        }
        after = next.toString();
    }
    if (pages)
        *pages = answers;
    return items;
}

void TestServerSupervision::queueFigures()
{
    const Desk &d = desk();
    const Reply reply = get(QStringLiteral("/v1/supervision/queues"), Supervisor);
    QVERIFY2(reply.status == 200, describe(reply));
    const QDateTime at = timeOf(reply.json.value(QStringLiteral("at")));
    QVERIFY2(at.isValid() && qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60, describe(reply));
    const QJsonArray items = reply.items();
    // The queues with open conversations or agents, by name; fraud has agents only.
    QStringList queues;
    for (const QJsonValue &item : items)
        queues << item.toObject().value(QStringLiteral("queue")).toString();
    QCOMPARE(queues, (QStringList{QStringLiteral("billing"), QStringLiteral("cards"), QStringLiteral("fraud"),
                                  QStringLiteral("general")}));
    struct Expected
    {
        const char *queue;
        int open, unassigned, dueSoon, breached, agentsAvailable;
        QDateTime oldestWaitingSince;
    };
    const QDateTime c2Created =
        QDateTime::fromString(iso(m_seeds.at(d.dialect).at.addSecs(-5 * 3600)), Qt::ISODateWithMs);
    const QList<Expected> expected{
        // Bo is busy: only Aino is available for billing; b2 is closed.
        {"billing", 1, 0, 1, 0, 1, {}},
        // Resolved c4 is not counted, though overdue; breached c2 is due soon too (the
        // console's Due soon view); the supervisor of cards is offline.
        {"cards", 4, 2, 2, 1, 2, c2Created},
        {"fraud", 0, 0, 0, 0, 1, {}},
        // x3 is pending (open), x1 and x2 were resolved through the API.
        {"general", 1, 0, 0, 0, 0, {}},
    };
    for (const Expected &e : expected) {
        const QJsonObject item = itemWith(items, QStringLiteral("queue"), QLatin1String(e.queue));
        QCOMPARE(item.keys(), (QStringList{QStringLiteral("agentsAvailable"), QStringLiteral("breached"),
                                           QStringLiteral("dueSoon"), QStringLiteral("oldestWaitingSince"),
                                           QStringLiteral("open"), QStringLiteral("queue"),
                                           QStringLiteral("unassigned")}));
        const QByteArray what = QByteArray(e.queue) + ": " + QJsonDocument(item).toJson(QJsonDocument::Compact);
        QVERIFY2(item.value(QStringLiteral("open")).toInt() == e.open, what);
        QVERIFY2(item.value(QStringLiteral("unassigned")).toInt() == e.unassigned, what);
        QVERIFY2(item.value(QStringLiteral("dueSoon")).toInt() == e.dueSoon, what);
        QVERIFY2(item.value(QStringLiteral("breached")).toInt() == e.breached, what);
        QVERIFY2(item.value(QStringLiteral("agentsAvailable")).toInt() == e.agentsAvailable, what);
        if (e.oldestWaitingSince.isValid())
            QVERIFY2(timeOf(item.value(QStringLiteral("oldestWaitingSince"))) == e.oldestWaitingSince, what);
        else
            QVERIFY2(item.value(QStringLiteral("oldestWaitingSince")).isNull(), what);
    }
}

void TestServerSupervision::agentFigures()
{
    const Reply reply = get(QStringLiteral("/v1/supervision/agents"), Supervisor);
    QVERIFY2(reply.status == 200, describe(reply));
    QVERIFY(timeOf(reply.json.value(QStringLiteral("at"))).isValid());
    const QJsonArray items = reply.items();
    QStringList agents;
    for (const QJsonValue &item : items)
        agents << item.toObject().value(QStringLiteral("agent")).toObject().value(QStringLiteral("username")).toString();
    QCOMPARE(agents, (QStringList{Aino, Bo, Cai, Dan, Supervisor}));
    struct Expected
    {
        QString agent;
        int openAssigned, breached, handledToday, repliesToday;
        QJsonValue median;
    };
    const QList<Expected> expected{
        // c2 and c3 (c4 resolved; x1 and x2 handled today, x1 twice but once counted);
        // replies d1, d2, d3 and c3's (not the note, the logged call, yesterday's d4);
        // first responses 600, 1200, 3000 s.
        {Aino, 2, 1, 2, 4, 1200},
        // b1 and pending x3 (setting pending is not handling); 300 and 500 s.
        {Bo, 2, 0, 0, 2, 400},
        {Cai, 0, 0, 0, 0, QJsonValue(QJsonValue::Null)},
        {Supervisor, 0, 0, 0, 0, QJsonValue(QJsonValue::Null)},
    };
    for (const Expected &e : expected) {
        QJsonObject item;
        for (const QJsonValue &value : items) {
            if (value.toObject().value(QStringLiteral("agent")).toObject().value(QStringLiteral("username")) == e.agent)
                item = value.toObject();
        }
        const QByteArray what = QJsonDocument(item).toJson(QJsonDocument::Compact);
        QCOMPARE(item.keys(), (QStringList{QStringLiteral("agent"), QStringLiteral("breached"),
                                           QStringLiteral("handledToday"), QStringLiteral("medianFirstResponseSeconds"),
                                           QStringLiteral("openAssigned"), QStringLiteral("repliesToday")}));
        QVERIFY2(item.value(QStringLiteral("openAssigned")).toInt() == e.openAssigned, what);
        QVERIFY2(item.value(QStringLiteral("breached")).toInt() == e.breached, what);
        QVERIFY2(item.value(QStringLiteral("handledToday")).toInt() == e.handledToday, what);
        QVERIFY2(item.value(QStringLiteral("repliesToday")).toInt() == e.repliesToday, what);
        QVERIFY2(item.value(QStringLiteral("medianFirstResponseSeconds")) == e.median, what);
    }
    // The agent as GET /v1/agents shows them: presence and queues included.
    const QJsonObject aino = itemWith(get(QStringLiteral("/v1/agents"), Aino).items(), QStringLiteral("username"), Aino);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("agent")).toObject(), aino);
    QCOMPARE(aino.value(QStringLiteral("presence")).toString(), QStringLiteral("available"));
}

void TestServerSupervision::topicTrendsPerDay()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto perDay = [](const QJsonObject &trend) {
        QList<int> counts;
        for (const QJsonValue &day : trend.value(QStringLiteral("perDay")).toArray())
            counts << day.toObject().value(QStringLiteral("count")).toInt();
        return counts;
    };

    Reply reply = get(QStringLiteral("/v1/supervision/topics?days=3"), Supervisor);
    QVERIFY2(reply.status == 200, describe(reply));
    QCOMPARE(reply.json.value(QStringLiteral("days")).toInt(), 3);
    QCOMPARE(reply.json.value(QStringLiteral("from")).toString(), JsonCodec::date(today.addDays(-2)));
    QCOMPARE(reply.json.value(QStringLiteral("to")).toString(), JsonCodec::date(today));
    QJsonArray items = reply.items();
    // Every topic, most frequent first (ties by name); t5, 3 days ago, is outside.
    QCOMPARE(items.size(), 11);
    QStringList order;
    for (const QJsonValue &item : items)
        order << item.toObject().value(QStringLiteral("topic")).toString();
    QCOMPARE(order.mid(0, 4), (QStringList{QStringLiteral("lost_stolen_card"), QStringLiteral("pin"),
                                           QStringLiteral("phishing"), QStringLiteral("address_change")}));
    QJsonObject lost = items.at(0).toObject();
    QCOMPARE(lost.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(perDay(lost), (QList<int>{0, 0, 2}));
    QCOMPARE(perDay(items.at(1).toObject()), (QList<int>{0, 1, 1}));
    QCOMPARE(perDay(items.at(2).toObject()), (QList<int>{1, 0, 0}));
    QCOMPARE(items.at(3).toObject().value(QStringLiteral("total")).toInt(), 0);
    const QJsonArray days = lost.value(QStringLiteral("perDay")).toArray();
    QCOMPARE(days.at(0).toObject().value(QStringLiteral("date")).toString(), JsonCodec::date(today.addDays(-2)));
    QCOMPARE(days.at(2).toObject().value(QStringLiteral("date")).toString(), JsonCodec::date(today));

    // A week (the default) takes t5 in.
    reply = get(QStringLiteral("/v1/supervision/topics"), Supervisor);
    QVERIFY2(reply.status == 200, describe(reply));
    QCOMPARE(reply.json.value(QStringLiteral("days")).toInt(), 7);
    lost = itemWith(reply.items(), QStringLiteral("topic"), QStringLiteral("lost_stolen_card"));
    QCOMPARE(lost.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(perDay(lost), (QList<int>{0, 0, 0, 1, 0, 0, 2}));

    // Today only.
    reply = get(QStringLiteral("/v1/supervision/topics?days=1"), Supervisor);
    QVERIFY2(reply.status == 200, describe(reply));
    items = reply.items();
    QCOMPARE(itemWith(items, QStringLiteral("topic"), QStringLiteral("lost_stolen_card")).value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(itemWith(items, QStringLiteral("topic"), QStringLiteral("pin")).value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(itemWith(items, QStringLiteral("topic"), QStringLiteral("phishing")).value(QStringLiteral("total")).toInt(), 0);
}

void TestServerSupervision::satisfactionAverageAndCsat()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    Reply reply = get(QStringLiteral("/v1/supervision/satisfaction"), Supervisor);
    QVERIFY2(reply.status == 200, describe(reply));
    QJsonObject s = reply.json;
    QCOMPARE(s.value(QStringLiteral("days")).toInt(), 7);
    QCOMPARE(s.value(QStringLiteral("from")).toString(), JsonCodec::date(today.addDays(-6)));
    QCOMPARE(s.value(QStringLiteral("to")).toString(), JsonCodec::date(today));
    // 5, 4, 2, 3 today and 2 yesterday; the 5 of 8 days ago is outside.
    QCOMPARE(s.value(QStringLiteral("responses")).toInt(), 5);
    QCOMPARE(s.value(QStringLiteral("averageScore")).toDouble(), 3.2);
    QCOMPARE(s.value(QStringLiteral("csat")).toDouble(), 0.4);
    const QJsonArray byChannel = s.value(QStringLiteral("byChannel")).toArray();
    QCOMPARE(byChannel.size(), 3);
    // Most answers first, then by name.
    QCOMPARE(byChannel.at(0).toObject(), (QJsonObject{{QStringLiteral("channel"), QStringLiteral("email")},
                                                      {QStringLiteral("responses"), 3},
                                                      {QStringLiteral("averageScore"), 3.67}}));
    QCOMPARE(byChannel.at(1).toObject(), (QJsonObject{{QStringLiteral("channel"), QStringLiteral("chat")},
                                                      {QStringLiteral("responses"), 1},
                                                      {QStringLiteral("averageScore"), 2}}));
    QCOMPARE(byChannel.at(2).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    const QJsonArray perDay = s.value(QStringLiteral("perDay")).toArray();
    QCOMPARE(perDay.size(), 7);
    QCOMPARE(perDay.at(6).toObject(), (QJsonObject{{QStringLiteral("date"), JsonCodec::date(today)},
                                                   {QStringLiteral("responses"), 4},
                                                   {QStringLiteral("averageScore"), 3.5}}));
    QCOMPARE(perDay.at(5).toObject().value(QStringLiteral("averageScore")).toDouble(), 2.0);
    QCOMPARE(perDay.at(0).toObject(), (QJsonObject{{QStringLiteral("date"), JsonCodec::date(today.addDays(-6))},
                                                   {QStringLiteral("responses"), 0},
                                                   {QStringLiteral("averageScore"), QJsonValue::Null}}));

    reply = get(QStringLiteral("/v1/supervision/satisfaction?days=1"), Supervisor);
    QVERIFY2(reply.status == 200, describe(reply));
    s = reply.json;
    QCOMPARE(s.value(QStringLiteral("responses")).toInt(), 4);
    QCOMPARE(s.value(QStringLiteral("averageScore")).toDouble(), 3.5);
    QCOMPARE(s.value(QStringLiteral("csat")).toDouble(), 0.5);
    QCOMPARE(s.value(QStringLiteral("perDay")).toArray().size(), 1);

    reply = get(QStringLiteral("/v1/supervision/satisfaction?days=90"), Supervisor);
    QVERIFY2(reply.status == 200, describe(reply));
    QCOMPARE(reply.json.value(QStringLiteral("responses")).toInt(), 6);
    QCOMPARE(reply.json.value(QStringLiteral("averageScore")).toDouble(), 3.5);
    QCOMPARE(reply.json.value(QStringLiteral("csat")).toDouble(), 0.5);
}

void TestServerSupervision::daysOutOfRangeAre400()
{
    for (const QString &endpoint : {QStringLiteral("topics"), QStringLiteral("satisfaction")}) {
        for (const QString &days : {QStringLiteral("0"), QStringLiteral("91"), QStringLiteral("week"),
                                    QStringLiteral("-3")}) {
            const Reply reply =
                get(QStringLiteral("/v1/supervision/%1?days=%2").arg(endpoint, days), Supervisor);
            QVERIFY2(isProblem(reply, 400, QStringLiteral("malformed_request")), describe(reply));
            QVERIFY2(reply.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("days")),
                     describe(reply));
        }
    }
}

void TestServerSupervision::supervisionIsForSupervisorsOnly()
{
    for (const QString &figures :
         {QStringLiteral("queues"), QStringLiteral("agents"), QStringLiteral("topics"), QStringLiteral("satisfaction"),
          QStringLiteral("history?entity=csat_answer&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z")}) {
        const QString path = QStringLiteral("/v1/supervision/") + figures;
        const Reply refused = get(path, Aino);
        QVERIFY2(isProblem(refused, 403, QStringLiteral("forbidden")), describe(refused));
        QVERIFY2(!refused.json.contains(QStringLiteral("items")), describe(refused));
        const Reply anonymous = send(desk(), "GET", path, QString());
        QVERIFY2(isProblem(anonymous, 401, QStringLiteral("unauthenticated")), describe(anonymous));
        const Reply allowed = get(path, Supervisor);
        QVERIFY2(allowed.status == 200, describe(allowed));
    }
}

void TestServerSupervision::agentsPageByUserName()
{
    QStringList names;
    QString after;
    QList<int> pageSizes;
    for (int page = 0; page < 10; ++page) {
        const Reply reply = get(QStringLiteral("/v1/agents?limit=2") + (after.isEmpty() ? QString()
                                                                                        : QStringLiteral("&after=") + after),
                                Bo);
        QVERIFY2(reply.status == 200, describe(reply));
        pageSizes << int(reply.items().size());
        for (const QJsonValue &item : reply.items())
            names << item.toObject().value(QStringLiteral("username")).toString();
        const QJsonValue next = reply.json.value(QStringLiteral("next"));
        if (next.isNull())
            break;
        after = next.toString();
    }
    QCOMPARE(pageSizes, (QList<int>{2, 2, 1}));
    QCOMPARE(names, (QStringList{Aino, Bo, Cai, Dan, Supervisor}));

    const QJsonArray all = get(QStringLiteral("/v1/agents"), Bo).items();
    QCOMPARE(all.size(), 5);
    const QJsonObject aino = itemWith(all, QStringLiteral("username"), Aino);
    QCOMPARE(aino.keys(), (QStringList{QStringLiteral("displayName"), QStringLiteral("id"), QStringLiteral("language"),
                                       QStringLiteral("presence"), QStringLiteral("presenceSince"),
                                       QStringLiteral("queues"), QStringLiteral("role"), QStringLiteral("username")}));
    QCOMPARE(aino.value(QStringLiteral("queues")).toArray(),
             (QJsonArray{QStringLiteral("cards"), QStringLiteral("billing")}));
    QCOMPARE(aino.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QCOMPARE(aino.value(QStringLiteral("presence")).toString(), QStringLiteral("available"));
    QVERIFY(timeOf(aino.value(QStringLiteral("presenceSince"))).isValid());
    const QJsonObject supervisor = itemWith(all, QStringLiteral("username"), Supervisor);
    QCOMPARE(supervisor.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(supervisor.value(QStringLiteral("presence")).toString(), QStringLiteral("offline"));
    QVERIFY(timeOf(supervisor.value(QStringLiteral("presenceSince"))).isValid());   // went offline after signing in
    QCOMPARE(itemWith(all, QStringLiteral("username"), Bo).value(QStringLiteral("presence")).toString(),
             QStringLiteral("busy"));

    for (const QString &bad : {QStringLiteral("limit=0"), QStringLiteral("limit=201"), QStringLiteral("after=____"),
                               QStringLiteral("after=no.dots")}) {
        const Reply reply = get(QStringLiteral("/v1/agents?") + bad, Bo);
        QVERIFY2(isProblem(reply, 400, QStringLiteral("malformed_request")), describe(reply));
    }
}

void TestServerSupervision::presenceChangeIsSeenEverywhere()
{
    const QString cursor = feed(QString());
    QVERIFY(!cursor.isEmpty());
    const qsizetype audited = presenceAudit(Dan).size();
    const QString previous = get(QStringLiteral("/v1/me"), Dan).json.value(QStringLiteral("presence")).toString();
    QVERIFY(!previous.isEmpty() && previous != QLatin1String("away"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Reply reply = setPresence(Dan, R"({"presence":"away"})", newKey());
    QVERIFY2(reply.status == 200, describe(reply));
    const QJsonObject agent = reply.json;
    QCOMPARE(agent.value(QStringLiteral("username")).toString(), Dan);
    QCOMPARE(agent.value(QStringLiteral("presence")).toString(), QStringLiteral("away"));
    const QDateTime since = timeOf(agent.value(QStringLiteral("presenceSince")));
    QVERIFY2(since >= before && since <= QDateTime::currentDateTimeUtc().addSecs(1), describe(reply));

    // The list of agents, the agent's own profile and the supervisor's figures.
    QCOMPARE(itemWith(get(QStringLiteral("/v1/agents"), Aino).items(), QStringLiteral("username"), Dan), agent);
    QCOMPARE(get(QStringLiteral("/v1/me"), Dan).json, agent);
    bool inFigures = false;
    for (const QJsonValue &item : get(QStringLiteral("/v1/supervision/agents"), Supervisor).items()) {
        if (item.toObject().value(QStringLiteral("agent")).toObject() == agent)
            inFigures = true;
    }
    QVERIFY(inFigures);

    // The change feed carries the agent as GET shows them, once.
    QJsonArray changes;
    feed(cursor, &changes);
    QCOMPARE(changes.size(), 1);
    const QJsonObject change = changes.at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("entity")).toString(), QStringLiteral("agent"));
    QCOMPARE(change.value(QStringLiteral("entityId")).toInteger(), agent.value(QStringLiteral("id")).toInteger());
    QCOMPARE(change.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    QCOMPARE(change.value(QStringLiteral("data")).toObject(), agent);
    QVERIFY(!change.contains(QStringLiteral("version")));

    // And the audit log, from and to.
    const QJsonArray entries = presenceAudit(Dan);
    QCOMPARE(entries.size(), audited + 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("subject")).toString(), QStringLiteral("agent:") + Dan);
    const QJsonObject details = entry.value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("away"));
    QCOMPARE(details.value(QStringLiteral("from")).toString(), previous);

    // The same presence again keeps its time; another starts a new one.
    QTest::qWait(20);
    reply = setPresence(Dan, R"({"presence":"away"})", newKey());
    QVERIFY2(reply.status == 200, describe(reply));
    QCOMPARE(timeOf(reply.json.value(QStringLiteral("presenceSince"))), since);
    reply = setPresence(Dan, R"({"presence":"available"})", newKey());
    QVERIFY2(reply.status == 200, describe(reply));
    QVERIFY(timeOf(reply.json.value(QStringLiteral("presenceSince"))) > since);
    // Dan works no queue: no queue's figures count him.
    const Reply queues = get(QStringLiteral("/v1/supervision/queues"), Supervisor);
    QCOMPARE(itemWith(queues.items(), QStringLiteral("queue"), QStringLiteral("cards"))
                 .value(QStringLiteral("agentsAvailable"))
                 .toInt(),
             2);
}

void TestServerSupervision::presenceIsAppliedOncePerKey()
{
    const QString cursor = feed(QString());
    const qsizetype audited = presenceAudit(Dan).size();
    const QString key = newKey();
    const QByteArray busy = R"({"presence":"busy"})";
    const Reply first = setPresence(Dan, busy, key);
    QVERIFY2(first.status == 200, describe(first));
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    QTest::qWait(20);
    const Reply again = setPresence(Dan, busy, key);
    QVERIFY2(again.status == 200, describe(again));
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json, first.json);
    // Applied once: one change, one audit entry.
    QJsonArray changes;
    feed(cursor, &changes);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(presenceAudit(Dan).size(), audited + 1);

    // The same key with another body is refused, and changes nothing.
    const Reply reused = setPresence(Dan, R"({"presence":"away"})", key);
    QVERIFY2(isProblem(reused, 422, QStringLiteral("idempotency_key_reused")), describe(reused));
    QCOMPARE(get(QStringLiteral("/v1/me"), Dan).json.value(QStringLiteral("presence")).toString(),
             QStringLiteral("busy"));
    // A command needs its key.
    const Reply keyless = setPresence(Dan, R"({"presence":"away"})", QString());
    QVERIFY2(isProblem(keyless, 400, QStringLiteral("idempotency_key_missing")), describe(keyless));
    const Reply badKey = setPresence(Dan, R"({"presence":"away"})", QStringLiteral("not-a-uuid"));
    QVERIFY2(isProblem(badKey, 400, QStringLiteral("idempotency_key_missing")), describe(badKey));
    QCOMPARE(presenceAudit(Dan).size(), audited + 1);
}

void TestServerSupervision::invalidPresenceIsRefused()
{
    const QString before = get(QStringLiteral("/v1/me"), Dan).json.value(QStringLiteral("presence")).toString();
    QVERIFY(!before.isEmpty());
    const qsizetype audited = presenceAudit(Dan).size();
    const QList<QPair<QByteArray, QString>> invalid{
        {R"({"presence":"lunch"})", QStringLiteral("presence")},
        {R"({"presence":"Available"})", QStringLiteral("presence")},
        {R"({"presence":""})", QStringLiteral("presence")},
        {R"({"presence":3})", QStringLiteral("presence")},
        {R"({})", QStringLiteral("presence")},
        {R"({"presence":"away","queues":["cards"]})", QStringLiteral("queues")},
    };
    for (const auto &[body, field] : invalid) {
        const Reply reply = setPresence(Dan, body, newKey());
        QVERIFY2(isProblem(reply, 422, QStringLiteral("validation_failed"), field),
                 qPrintable(QString::fromUtf8(body) + QStringLiteral(" -> ") + QString::fromUtf8(describe(reply))));
    }
    const Reply lunch = setPresence(Dan, R"({"presence":"lunch"})", newKey());
    const QString message =
        lunch.json.value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("available")) && message.contains(QLatin1String("offline")),
             qPrintable(message));
    // Not JSON at all (Prism answers that itself in the contract run).
    if (!desk().proxy) {
        const Reply garbled = setPresence(Dan, "presence=away", newKey());
        QVERIFY2(isProblem(garbled, 400, QStringLiteral("malformed_request")), describe(garbled));
    }
    // Nothing changed, nothing audited.
    QCOMPARE(get(QStringLiteral("/v1/me"), Dan).json.value(QStringLiteral("presence")).toString(), before);
    QCOMPARE(presenceAudit(Dan).size(), audited);
}

void TestServerSupervision::signingInAndOutSetPresence()
{
    // Dan is offline (he went offline after the desk's sign-in; the tests
    // before may have changed it): a second sign-in makes him available, as
    // the presence command would, and signing out makes him offline again.
    Desk &d = desk();
    QVERIFY2(setPresence(Dan, R"({"presence":"offline"})", newKey()).status == 200, "Dan could not go offline");
    const auto sessionAudit = [this] {
        return get(QStringLiteral("/v1/audit?action=session.&agent=%1&limit=200").arg(Dan), Supervisor).items();
    };
    const qsizetype audited = sessionAudit().size();
    QString cursor = feed(QString());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QByteArray credentials = QJsonDocument(QJsonObject{{QStringLiteral("username"), Dan},
                                                             {QStringLiteral("password"), Password}})
                                       .toJson(QJsonDocument::Compact);
    const Reply signIn = send(d, "POST", QStringLiteral("/v1/sessions"), QString(), credentials);
    QVERIFY2(signIn.status == 201, describe(signIn));
    const QString token = signIn.json.value(QStringLiteral("token")).toString();
    const QJsonObject signedIn = signIn.json.value(QStringLiteral("agent")).toObject();
    QCOMPARE(signedIn.value(QStringLiteral("presence")).toString(), QStringLiteral("available"));
    const QDateTime since = timeOf(signedIn.value(QStringLiteral("presenceSince")));
    QVERIFY2(since >= before && since <= QDateTime::currentDateTimeUtc().addSecs(1), describe(signIn));
    // Everyone sees it: the agent's profile, the list of agents, the figures, the feed.
    QCOMPARE(send(d, "GET", QStringLiteral("/v1/me"), token).json, signedIn);
    QCOMPARE(itemWith(get(QStringLiteral("/v1/agents"), Aino).items(), QStringLiteral("username"), Dan), signedIn);
    bool inFigures = false;
    for (const QJsonValue &item : get(QStringLiteral("/v1/supervision/agents"), Supervisor).items())
        inFigures = inFigures || item.toObject().value(QStringLiteral("agent")).toObject() == signedIn;
    QVERIFY(inFigures);
    QJsonArray changes;
    cursor = feed(cursor, &changes);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("agent"));
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("data")).toObject(), signedIn);
    // The sign-in's audit entry says what became of the presence.
    QJsonArray entries = sessionAudit();
    QCOMPARE(entries.size(), audited + 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("session.login"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("details")).toObject().value(QStringLiteral("presence")),
             QJsonValue(QJsonObject{{QStringLiteral("from"), QStringLiteral("offline")},
                                    {QStringLiteral("to"), QStringLiteral("available")}}));

    // Busy, then another sign-in: busy stays busy, and nothing goes to the feed.
    QVERIFY2(setPresence(Dan, R"({"presence":"busy"})", newKey()).status == 200, "Dan could not be busy");
    cursor = feed(cursor);
    const Reply again = send(d, "POST", QStringLiteral("/v1/sessions"), QString(), credentials);
    QVERIFY2(again.status == 201, describe(again));
    QCOMPARE(again.json.value(QStringLiteral("agent")).toObject().value(QStringLiteral("presence")).toString(),
             QStringLiteral("busy"));
    changes = QJsonArray();
    cursor = feed(cursor, &changes);
    QCOMPARE(changes.size(), 0);

    // Signing out: offline, from now, in the feed and the audit log.
    QTest::qWait(20);
    const QDateTime beforeOut = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Reply signOut = send(d, "DELETE", QStringLiteral("/v1/sessions/current"), token);
    QVERIFY2(signOut.status == 204, describe(signOut));
    QCOMPARE(send(d, "GET", QStringLiteral("/v1/me"), token).status, 401);
    const QJsonObject out = get(QStringLiteral("/v1/me"), Dan).json;   // his first session still works
    QCOMPARE(out.value(QStringLiteral("presence")).toString(), QStringLiteral("offline"));
    QVERIFY(timeOf(out.value(QStringLiteral("presenceSince"))) >= beforeOut);
    changes = QJsonArray();
    feed(cursor, &changes);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("data")).toObject(), out);
    entries = sessionAudit();
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("session.logout"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("details")).toObject().value(QStringLiteral("presence")),
             QJsonValue(QJsonObject{{QStringLiteral("from"), QStringLiteral("busy")},
                                    {QStringLiteral("to"), QStringLiteral("offline")}}));
}

void TestServerSupervision::demoImportGivesAgentsTheirQueues()
{
    // The console keeps no queues per agent: the import gives each demo agent
    // the queues of the conversations assigned to them (every queue if none).
    const QString demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    {
        Database demo(QStringLiteral("supervision-demo"));
        const OpenResult opened = demo.open(demoPath);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        DemoDataGenerator::Options options;
        options.customers = 40;
        options.conversations = 80;
        DemoDataGenerator generator(options);
        QVERIFY2(generator.generate(demo.connection(), {}, &error), qPrintable(error));
        demo.close();
    }
    const QString target = m_dir.filePath(QStringLiteral("imported.db"));
    Desk importDesk;
    importDesk.dialect = QStringLiteral("sqlite");
    importDesk.databaseUrl = QStringLiteral("sqlite:") + target;
    QVERIFY2(m_harness.importConsole(importDesk, demoPath, Password, &error), qPrintable(error));

    QMap<QString, QStringList> expected;   // agent -> queues
    QMap<QString, QStringList> imported;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo-source"));
        source.setDatabaseName(demoPath);
        QVERIFY(source.open());
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo-target"));
        server.setDatabaseName(target);
        QVERIFY(server.open());
        QSqlQuery every(source);
        QVERIFY(every.exec(QStringLiteral("SELECT DISTINCT queue FROM conversations ORDER BY queue")));
        QStringList everyQueue;
        while (every.next())
            everyQueue << every.value(0).toString();
        QVERIFY(everyQueue.size() >= 2);
        QSqlQuery agents(source);
        QVERIFY(agents.exec(QStringLiteral("SELECT username FROM agents")));
        while (agents.next()) {
            QSqlQuery own(source);
            own.prepare(QStringLiteral("SELECT DISTINCT queue FROM conversations WHERE assignee = ? ORDER BY queue"));
            own.addBindValue(agents.value(0).toString());
            QVERIFY(own.exec());
            QStringList queues;
            while (own.next())
                queues << own.value(0).toString();
            expected.insert(agents.value(0).toString(), queues.isEmpty() ? everyQueue : queues);
        }
        QSqlQuery rows(server);
        QVERIFY(rows.exec(QStringLiteral("SELECT username, queues, presence FROM agents")));
        while (rows.next()) {
            imported.insert(rows.value(0).toString(), rows.value(1).toString().split(QLatin1Char(' ')));
            QCOMPARE(rows.value(2).toString(), QStringLiteral("offline"));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-source"));
    QSqlDatabase::removeDatabase(QStringLiteral("demo-target"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(imported, expected);
}

void TestServerSupervision::demoImportWithoutConversations()
{
    // A console file with customers but an empty inbox: no agent has a
    // conversation, and every queue of the inbox is none. Both dialects import
    // it alike (SQLite once refused: an empty queue list went in as NULL), the
    // agents sign in and the agents' list shows each with no queues.
    QFETCH(QString, dialect);
    const QString demoPath = m_dir.filePath(QStringLiteral("demo-no-inbox.sqlite"));
    QString error;
    if (!QFile::exists(demoPath)) {
        Database demo(QStringLiteral("supervision-demo-no-inbox"));
        const OpenResult opened = demo.open(demoPath);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        DemoDataGenerator::Options options;
        options.customers = 12;
        options.conversations = 0;
        DemoDataGenerator generator(options);
        QVERIFY2(generator.generate(demo.connection(), {}, &error), qPrintable(error));
        demo.close();
    }
    QStringList agents;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("no-inbox-source"));
        source.setDatabaseName(demoPath);
        QVERIFY(source.open());
        QSqlQuery count(source);
        QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers), "
                                          "(SELECT count(*) FROM conversations)")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 12);
        QCOMPARE(count.value(1).toInt(), 0);
        QSqlQuery names(source);
        QVERIFY(names.exec(QStringLiteral("SELECT username FROM agents ORDER BY username")));
        while (names.next())
            agents << names.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("no-inbox-source"));
    QVERIFY(agents.size() >= 2);

    Desk desk;
    desk.dialect = dialect;
    if (dialect == QLatin1String("postgresql")) {
        QVERIFY2(m_harness.cluster().createDatabase(QStringLiteral("noinbox"), &error), qPrintable(error));
        desk.databaseUrl = m_harness.cluster().url(QStringLiteral("noinbox"));
    } else {
        desk.databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("no-inbox.db"));
    }
    QVERIFY2(m_harness.importConsole(desk, demoPath, Password, &error), qPrintable(error));
    QVERIFY2(m_harness.startServer(desk, &error), qPrintable(error));
    const Reply signIn = send(desk, "POST", QStringLiteral("/v1/sessions"), QString(),
                              QJsonDocument(QJsonObject{{QStringLiteral("username"), agents.constFirst()},
                                                        {QStringLiteral("password"), Password}})
                                  .toJson(QJsonDocument::Compact));
    QVERIFY2(signIn.status == 201, describe(signIn));
    const QString token = signIn.json.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    // Signing in made the first available; the others never signed in.
    QCOMPARE(signIn.json.value(QStringLiteral("agent")).toObject().value(QStringLiteral("presence")).toString(),
             QStringLiteral("available"));

    QStringList listed;
    QString after;
    for (int page = 0; page < 20; ++page) {
        const Reply reply = send(desk, "GET",
                                 QStringLiteral("/v1/agents?limit=5")
                                     + (after.isEmpty() ? QString() : QStringLiteral("&after=") + after),
                                 token);
        QVERIFY2(reply.status == 200, describe(reply));
        for (const QJsonValue &item : reply.items()) {
            const QJsonObject agent = item.toObject();
            const QString username = agent.value(QStringLiteral("username")).toString();
            QVERIFY2(agent.value(QStringLiteral("queues")).isArray(), qPrintable(username));
            QVERIFY2(agent.value(QStringLiteral("queues")).toArray().isEmpty(), qPrintable(username));
            const bool signedIn = username == agents.constFirst();
            QCOMPARE(agent.value(QStringLiteral("presence")).toString(),
                     signedIn ? QStringLiteral("available") : QStringLiteral("offline"));
            QCOMPARE(agent.value(QStringLiteral("presenceSince")).isNull(), !signedIn);
            listed << username;
        }
        const QJsonValue next = reply.json.value(QStringLiteral("next"));
        if (next.isNull())
            break;
        after = next.toString();
    }
    QCOMPARE(listed, agents);
}

void TestServerSupervision::demoImportCarriesTheSurveys()
{
    // The console's demo surveys and answers come across with their conversations:
    // one survey per customer's conversation, answered when the console has an answer.
    const QString demoPath = m_dir.filePath(QStringLiteral("demo-surveys.sqlite"));
    QString error;
    {
        Database demo(QStringLiteral("supervision-demo-surveys"));
        const OpenResult opened = demo.open(demoPath);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        DemoDataGenerator::Options options;
        options.customers = 60;
        options.conversations = 400;
        DemoDataGenerator generator(options);
        QVERIFY2(generator.generate(demo.connection(), {}, &error), qPrintable(error));
        demo.close();
    }
    int expectedSurveys = 0;
    int expectedAnswered = 0;
    int expectedAnswers = 0;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("surveys-source"));
        source.setDatabaseName(demoPath);
        QVERIFY(source.open());
        QSqlQuery q(source);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*), count(a.conversation_id) FROM csat_requests r JOIN conversations c "
            "ON c.id = r.conversation_id LEFT JOIN (SELECT DISTINCT conversation_id FROM csat_answers) a "
            "ON a.conversation_id = r.conversation_id WHERE c.customer_id IS NOT NULL AND r.channel <> 'alert' "
            "AND coalesce(r.agent, c.assignee) IS NOT NULL")));
        QVERIFY(q.next());
        expectedSurveys = q.value(0).toInt();
        expectedAnswered = q.value(1).toInt();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM csat_answers")));
        QVERIFY(q.next());
        expectedAnswers = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("surveys-source"));
    QVERIFY2(expectedSurveys > 0 && expectedAnswers > 0, "the demo has surveys and answers");

    Desk importDesk;
    importDesk.dialect = QStringLiteral("sqlite");
    importDesk.databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("imported-surveys.db"));
    QVERIFY2(m_harness.importConsole(importDesk, demoPath, Password, &error), qPrintable(error));
    QList<QVariantList> rows;
    QVERIFY2(m_harness.exec(importDesk,
                            QStringLiteral("SELECT (SELECT count(*) FROM satisfaction_requests), "
                                           "(SELECT count(*) FROM satisfaction_requests WHERE answered_at IS NOT NULL), "
                                           "(SELECT count(*) FROM satisfaction_responses), "
                                           "(SELECT count(*) FROM satisfaction_responses WHERE channel IS NULL)"),
                            {}, &error, &rows),
             qPrintable(error));
    QCOMPARE(rows.constFirst().at(0).toInt(), expectedSurveys);
    QCOMPARE(rows.constFirst().at(1).toInt(), expectedAnswered);
    QCOMPARE(rows.constFirst().at(2).toInt(), expectedAnswers);
    QCOMPARE(rows.constFirst().at(3).toInt(), 0);
}

void TestServerSupervision::satisfactionSurveyOnResolutionAndItsAnswer()
{
    // Two customers and their open conversations, written behind the API's back.
    const Desk &d = desk();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    QList<qint64> customers;
    for (const QString &number : {QStringLiteral("CSAT-1"), QStringLiteral("CSAT-2")}) {
        QList<QVariantList> rows;
        QVERIFY2(m_harness.exec(d,
                                QStringLiteral("INSERT INTO customers (customer_number, first_name, last_name, "
                                               "first_name_fold, last_name_fold, birth_date, national_id, country, "
                                               "language, created_at, updated_at) VALUES (?, 'Saga', 'Survey', "
                                               "'saga', 'survey', '1980-05-01', '010580-123A', 'FI', 'fi', ?, ?) "
                                               "RETURNING id"),
                                {number, iso(now), iso(now)}, &error, &rows),
                 qPrintable(error));
        QCOMPARE(rows.size(), 1);
        customers << rows.constFirst().constFirst().toLongLong();
    }
    struct Row
    {
        QString label;
        qint64 customer;
        QString channel;
        QString assignee;
    };
    // s1, s2: the first customer's (chat with Cai, email with Cai); s3: an alert;
    // s4: unassigned; s5: a conversation nobody resolves (no survey to answer).
    const QList<Row> rows{{QStringLiteral("s1"), customers.at(0), QStringLiteral("chat"), Cai},
                          {QStringLiteral("s2"), customers.at(0), QStringLiteral("email"), Cai},
                          {QStringLiteral("s3"), customers.at(1), QStringLiteral("alert"), Cai},
                          {QStringLiteral("s4"), customers.at(1), QStringLiteral("email"), QString()},
                          {QStringLiteral("s5"), customers.at(1), QStringLiteral("chat"), Cai}};
    QHash<QString, qint64> ids;
    for (const Row &row : rows) {
        QList<QVariantList> inserted;
        QVERIFY2(m_harness.exec(d,
                                QStringLiteral("INSERT INTO conversations (customer_id, channel, queue, status, "
                                               "priority, assignee, language, subject, topics, created_at, "
                                               "updated_at, sla_due) VALUES (?, ?, 'surveys', 'open', 'normal', ?, "
                                               "'fi', 'Survey test', '', ?, ?, ?) RETURNING id"),
                                {row.customer, row.channel,
                                 row.assignee.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : row.assignee,
                                 iso(now.addSecs(-3600)), iso(now.addSecs(-3600)), NothingDue},
                                &error, &inserted),
                 qPrintable(error));
        ids.insert(row.label, inserted.constFirst().constFirst().toLongLong());
    }
    const QString danToken = d.tokens.value(Dan);
    const auto setStatus = [&](const QString &label, const QString &status, int version) {
        return send(d, "POST", QStringLiteral("/v1/conversations/%1/status").arg(ids.value(label)), danToken,
                    QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson(QJsonDocument::Compact),
                    {{"Idempotency-Key", newKey().toLatin1()}, {"If-Match", '"' + QByteArray::number(version) + '"'}});
    };
    const auto surveys = [&](const QString &label) {
        QList<QVariantList> found;
        if (!m_harness.exec(d,
                            QStringLiteral("SELECT agent, channel, customer_id, sent_at FROM satisfaction_requests "
                                           "WHERE conversation_id = ?"),
                            {ids.value(label)}, &error, &found))
            qWarning("satisfaction_requests: %s", qPrintable(error));
        return found;
    };
    // The status entries' satisfactionSurvey, oldest first.
    const auto surveyNotes = [&](const QString &label) {
        QList<QVariantList> found;
        if (!m_harness.exec(d,
                            QStringLiteral("SELECT details FROM audit_log WHERE action = 'conversation.status' AND "
                                           "subject = ? ORDER BY seq"),
                            {QStringLiteral("conversation:%1").arg(ids.value(label))}, &error, &found))
            qWarning("audit_log: %s", qPrintable(error));
        QStringList notes;
        for (const QVariantList &row : std::as_const(found))
            notes << QJsonDocument::fromJson(row.constFirst().toString().toUtf8())
                         .object()
                         .value(QStringLiteral("satisfactionSurvey"))
                         .toString();
        return notes;
    };

    // Dan resolves Cai's chat: the survey goes out on chat, for Cai.
    Reply reply = setStatus(QStringLiteral("s1"), QStringLiteral("resolved"), 1);
    QVERIFY2(reply.status == 200, describe(reply));
    QList<QVariantList> sent = surveys(QStringLiteral("s1"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().at(0).toString(), Cai);
    QCOMPARE(sent.constFirst().at(1).toString(), QStringLiteral("chat"));
    QCOMPARE(sent.constFirst().at(2).toLongLong(), customers.at(0));
    QCOMPARE(surveyNotes(QStringLiteral("s1")), QStringList{QStringLiteral("sent")});

    // The same customer again within 14 days: none.
    reply = setStatus(QStringLiteral("s2"), QStringLiteral("resolved"), 1);
    QVERIFY2(reply.status == 200, describe(reply));
    QVERIFY(surveys(QStringLiteral("s2")).isEmpty());
    QCOMPARE(surveyNotes(QStringLiteral("s2")), QStringList{QStringLiteral("recent_survey")});

    // Reopened and resolved again: still the one survey.
    QVERIFY(setStatus(QStringLiteral("s1"), QStringLiteral("open"), 2).status == 200);
    QVERIFY(setStatus(QStringLiteral("s1"), QStringLiteral("resolved"), 3).status == 200);
    QCOMPARE(surveys(QStringLiteral("s1")).size(), 1);
    QCOMPARE(surveyNotes(QStringLiteral("s1")),
             (QStringList{QStringLiteral("sent"), QString(), QStringLiteral("already_surveyed")}));

    // An alert: none. An unassigned conversation: the survey names who resolved it.
    QVERIFY(setStatus(QStringLiteral("s3"), QStringLiteral("resolved"), 1).status == 200);
    QVERIFY(surveys(QStringLiteral("s3")).isEmpty());
    QCOMPARE(surveyNotes(QStringLiteral("s3")), QStringList{QStringLiteral("alert_channel")});
    QVERIFY(setStatus(QStringLiteral("s4"), QStringLiteral("resolved"), 1).status == 200);
    sent = surveys(QStringLiteral("s4"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().at(0).toString(), Dan);

    // The answer, as the survey tool delivers it (any signed-in agent): 201, for Cai, on chat.
    const auto answer = [&](const QString &label, const QJsonValue &score, const QString &as, const QString &key) {
        return send(d, "POST", QStringLiteral("/v1/conversations/%1/satisfaction").arg(ids.value(label)),
                    d.tokens.value(as),
                    QJsonDocument(QJsonObject{{QStringLiteral("score"), score}}).toJson(QJsonDocument::Compact),
                    key.isEmpty() ? ServerTestHarness::Headers{}
                                  : ServerTestHarness::Headers{{"Idempotency-Key", key.toLatin1()}});
    };
    const QString key = newKey();
    const Reply recorded = answer(QStringLiteral("s1"), 5, Aino, key);
    QVERIFY2(recorded.status == 201, describe(recorded));
    QCOMPARE(recorded.json.value(QStringLiteral("conversationId")).toInteger(), ids.value(QStringLiteral("s1")));
    QCOMPARE(recorded.json.value(QStringLiteral("score")).toInt(), 5);
    QCOMPARE(recorded.json.value(QStringLiteral("agent")).toString(), Cai);
    QCOMPARE(recorded.json.value(QStringLiteral("channel")).toString(), QStringLiteral("chat"));
    QVERIFY(timeOf(recorded.json.value(QStringLiteral("surveyedAt"))).isValid());
    QVERIFY(qAbs(timeOf(recorded.json.value(QStringLiteral("answeredAt"))).secsTo(QDateTime::currentDateTimeUtc()))
            < 60);
    // The same command again: the first answer, replayed, not a second one.
    const Reply replayed = answer(QStringLiteral("s1"), 5, Aino, key);
    QCOMPARE(replayed.status, 201);
    QCOMPARE(replayed.json, recorded.json);
    // Another answer: 409, and the first stands.
    const Reply second = answer(QStringLiteral("s1"), 1, Bo, newKey());
    QVERIFY2(isProblem(second, 409, QStringLiteral("already_exists")), describe(second));
    QVERIFY2(second.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("score 5")),
             describe(second));
    QList<QVariantList> stored;
    QVERIFY2(m_harness.exec(d,
                            QStringLiteral("SELECT score, agent, channel FROM satisfaction_responses "
                                           "WHERE conversation_id = ?"),
                            {ids.value(QStringLiteral("s1"))}, &error, &stored),
             qPrintable(error));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().at(0).toInt(), 5);
    QCOMPARE(stored.constFirst().at(1).toString(), Cai);
    QCOMPARE(stored.constFirst().at(2).toString(), QStringLiteral("chat"));
    QList<QVariantList> audited;
    QVERIFY2(m_harness.exec(d,
                            QStringLiteral("SELECT agent, details FROM audit_log WHERE action = "
                                           "'conversation.csat_answer' AND subject = ?"),
                            {QStringLiteral("conversation:%1").arg(ids.value(QStringLiteral("s1")))}, &error,
                            &audited),
             qPrintable(error));
    QCOMPARE(audited.size(), 1);
    QCOMPARE(audited.constFirst().at(0).toString(), Aino);
    QCOMPARE(QJsonDocument::fromJson(audited.constFirst().at(1).toString().toUtf8())
                 .object()
                 .value(QStringLiteral("score"))
                 .toInt(),
             5);

    // No survey went out: 409 survey_not_sent (s2: fatigue; s5: never resolved).
    for (const QString &label : {QStringLiteral("s2"), QStringLiteral("s5")}) {
        const Reply refused = answer(label, 4, Aino, newKey());
        QVERIFY2(isProblem(refused, 409, QStringLiteral("survey_not_sent")), describe(refused));
    }
    // Scores are 1 to 5, whole numbers.
    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(6), QJsonValue(4.5), QJsonValue(QStringLiteral("5"))}) {
        const Reply refused = answer(QStringLiteral("s4"), bad, Aino, newKey());
        QVERIFY2(isProblem(refused, 422, QStringLiteral("validation_failed")), describe(refused));
        QVERIFY2(refused.body.contains("score"), describe(refused));
    }
    const Reply unknown = send(d, "POST", QStringLiteral("/v1/conversations/987654321/satisfaction"),
                               d.tokens.value(Aino), QByteArrayLiteral("{\"score\":3}"),
                               {{"Idempotency-Key", newKey().toLatin1()}});
    QVERIFY2(isProblem(unknown, 404, QStringLiteral("not_found")), describe(unknown));
    const Reply noKey = answer(QStringLiteral("s4"), 3, Aino, QString());
    QVERIFY2(isProblem(noKey, 400, QStringLiteral("idempotency_key_missing")), describe(noKey));
    // A supervisor may record one too; the unassigned conversation's counts for Dan.
    const Reply bySupervisor = answer(QStringLiteral("s4"), 2, Supervisor, newKey());
    QVERIFY2(bySupervisor.status == 201, describe(bySupervisor));
    QCOMPARE(bySupervisor.json.value(QStringLiteral("agent")).toString(), Dan);
    QCOMPARE(bySupervisor.json.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
}

void TestServerSupervision::surveysAndAnswersGoOnTheFeed()
{
    // Resolving an open conversation sends its survey: a csat_request change
    // after the conversation's, in the same command; the answer is a
    // csat_answer change. A survey not sent, a repeat and a refused answer add none.
    const Desk &d = desk();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 customer = addCustomer(QStringLiteral("FEED-CSAT"));
    QVERIFY(customer > 0);
    const qint64 conversation = addConversation(customer, QStringLiteral("chat"), QStringLiteral("open"), Cai,
                                                now.addSecs(-3600), {}, {}, now.addDays(1), {});
    QVERIFY(conversation > 0);
    const auto setStatus = [&](const QString &status, int version, const QString &key) {
        return send(d, "POST", QStringLiteral("/v1/conversations/%1/status").arg(conversation), d.tokens.value(Dan),
                    QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson(QJsonDocument::Compact),
                    {{"Idempotency-Key", key.toLatin1()}, {"If-Match", '"' + QByteArray::number(version) + '"'}});
    };
    const QString before = feed(QString());
    QVERIFY(!before.isEmpty());
    const QString resolveKey = newKey();
    Reply reply = setStatus(QStringLiteral("resolved"), 1, resolveKey);
    QVERIFY2(reply.status == 200, describe(reply));

    QString error;
    QList<QVariantList> rows;
    QVERIFY2(m_harness.exec(d, QStringLiteral("SELECT id, sent_at FROM satisfaction_requests WHERE conversation_id = ?"),
                            {conversation}, &error, &rows),
             qPrintable(error));
    QCOMPARE(rows.size(), 1);
    const qint64 surveyId = rows.constFirst().at(0).toLongLong();
    const QDateTime sentAt = timeFrom(rows.constFirst().at(1));
    QVERIFY(sentAt.isValid());

    QJsonArray all;
    const QString afterResolve = feed(before, &all);
    QList<QJsonObject> requests;
    qint64 conversationSeq = 0;
    for (const QJsonValue &value : std::as_const(all)) {
        const QJsonObject change = value.toObject();
        if (change.value(QStringLiteral("entity")).toString() == QLatin1String("conversation")
            && change.value(QStringLiteral("entityId")).toInteger() == conversation)
            conversationSeq = change.value(QStringLiteral("seq")).toInteger();
        if (change.value(QStringLiteral("entity")).toString() == QLatin1String("csat_request"))
            requests << change;
    }
    QCOMPARE(requests.size(), 1);
    // An agent's console never gets the scores: its feed skips them, and moves past them.
    QJsonArray agentsView;
    QCOMPARE(m_harness.feed(d, d.tokens.value(Aino), before, &agentsView), afterResolve);
    bool conversationThere = false;
    for (const QJsonValue &value : std::as_const(agentsView)) {
        const QString entity = value.toObject().value(QStringLiteral("entity")).toString();
        QVERIFY2(entity != QLatin1String("csat_request") && entity != QLatin1String("csat_answer"),
                 "an agent's feed carries a satisfaction score");
        conversationThere = conversationThere || entity == QLatin1String("conversation");
    }
    QVERIFY(conversationThere);
    const QJsonObject request = requests.constFirst();
    QVERIFY2(conversationSeq > 0 && request.value(QStringLiteral("seq")).toInteger() > conversationSeq,
             "the survey's change comes after the conversation's");
    QCOMPARE(request.value(QStringLiteral("entityId")).toInteger(), surveyId);
    QCOMPARE(request.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    QVERIFY(request.value(QStringLiteral("version")).isUndefined() || request.value(QStringLiteral("version")).isNull());
    QCOMPARE(timeOf(request.value(QStringLiteral("at"))), sentAt);
    const std::optional<JsonCodec::CsatRequestRecord> sent =
        JsonCodec::csatRequestFromJson(request.value(QStringLiteral("data")), &error);
    QVERIFY2(sent, qPrintable(error));
    QCOMPARE(sent->id, surveyId);
    QCOMPARE(sent->conversationId, conversation);
    QCOMPARE(sent->agent, Cai);   // the assignee, not Dan who resolved it
    QCOMPARE(sent->channel, Channel::Chat);
    QCOMPARE(sent->sentAt, sentAt);
    // The history gives the same item.
    const QString period = QStringLiteral("from=%1&to=%2").arg(iso(now.addSecs(-7200)), iso(now.addSecs(7200)));
    const QJsonArray surveys = history(QStringLiteral("entity=csat_request&") + period, 1000);
    QJsonObject listed;
    for (const QJsonValue &item : surveys) {
        if (item.toObject().value(QStringLiteral("id")).toInteger() == surveyId)
            listed = item.toObject();
    }
    QCOMPARE(listed, request.value(QStringLiteral("data")).toObject());

    // The same command again (replayed), reopened and resolved again: no survey, no change.
    QCOMPARE(setStatus(QStringLiteral("resolved"), 1, resolveKey).status, 200);
    QCOMPARE(setStatus(QStringLiteral("open"), 2, newKey()).status, 200);
    QCOMPARE(setStatus(QStringLiteral("resolved"), 3, newKey()).status, 200);
    QCOMPARE(changesOf(afterResolve, QStringLiteral("csat_request")).size(), 0);

    // The answer: a csat_answer change for the survey's agent and channel.
    const QString beforeAnswer = feed(afterResolve);
    const auto answer = [&](int score, const QString &key) {
        return send(d, "POST", QStringLiteral("/v1/conversations/%1/satisfaction").arg(conversation),
                    d.tokens.value(Aino),
                    QJsonDocument(QJsonObject{{QStringLiteral("score"), score}}).toJson(QJsonDocument::Compact),
                    {{"Idempotency-Key", key.toLatin1()}});
    };
    const QString answerKey = newKey();
    reply = answer(4, answerKey);
    QVERIFY2(reply.status == 201, describe(reply));
    rows.clear();
    QVERIFY2(m_harness.exec(d,
                            QStringLiteral("SELECT id, answered_at FROM satisfaction_responses WHERE conversation_id = ?"),
                            {conversation}, &error, &rows),
             qPrintable(error));
    QCOMPARE(rows.size(), 1);
    const qint64 answerId = rows.constFirst().at(0).toLongLong();
    const QList<QJsonObject> answers = changesOf(beforeAnswer, QStringLiteral("csat_answer"));
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.constFirst().value(QStringLiteral("entityId")).toInteger(), answerId);
    QCOMPARE(answers.constFirst().value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    const std::optional<JsonCodec::CsatAnswerRecord> answered =
        JsonCodec::csatAnswerFromJson(answers.constFirst().value(QStringLiteral("data")), &error);
    QVERIFY2(answered, qPrintable(error));
    QCOMPARE(answered->id, answerId);
    QCOMPARE(answered->conversationId, conversation);
    QCOMPARE(answered->agent, Cai);
    QCOMPARE(answered->channel, Channel::Chat);
    QCOMPARE(answered->score, 4);
    QCOMPARE(answered->answeredAt, timeFrom(rows.constFirst().at(1)));
    const QJsonArray given = history(QStringLiteral("entity=csat_answer&") + period, 1000);
    QVERIFY(idsOf(given).contains(answerId));

    // Replayed, and a second answer (409): no more changes.
    const QString afterAnswer = feed(beforeAnswer);
    QCOMPARE(answer(4, answerKey).status, 201);
    const Reply second = answer(2, newKey());
    QVERIFY2(isProblem(second, 409, QStringLiteral("already_exists")), describe(second));
    QCOMPARE(changesOf(afterAnswer, QStringLiteral("csat_answer")).size(), 0);
}

void TestServerSupervision::cardOutcomesGoOnTheFeed()
{
    // A lock, a dispute and a replacement order each go on the feed as a
    // card_outcome of their kind with their row's id and card; an unlock, a
    // PIN letter and the close of a replacement are none, a replay adds none.
    const Desk &d = desk();
    const qint64 customer = addCustomer(QStringLiteral("FEED-CARD"));
    QVERIFY(customer > 0);
    const qint64 card = addCard(customer, QStringLiteral("7311"));
    QVERIFY(card > 0);
    const qint64 purchase = insertRow(QStringLiteral("INSERT INTO transactions (card_id, occurred_at, amount_minor, "
                                                     "currency, merchant, mcc, country, status) VALUES (?, ?, 24900, "
                                                     "'EUR', 'GADGET SHOP', '5732', 'FI', 'posted') RETURNING id"),
                                      {card, iso(QDateTime::currentDateTimeUtc().addDays(-2))});
    QVERIFY(purchase > 0);
    const QString aino = d.tokens.value(Aino);
    const Reply verified = send(d, "POST", QStringLiteral("/v1/customers/%1/verifications").arg(customer), aino,
                                ServerTest::jsonBody({{QStringLiteral("method"), QStringLiteral("strong_eid")},
                                                      {QStringLiteral("passed"), true},
                                                      {QStringLiteral("cardId"), card}}),
                                {{"Idempotency-Key", newKey().toLatin1()}});
    QVERIFY2(verified.status == 201, describe(verified));
    const auto cardCommand = [&](const QString &action, int version, QJsonObject body, const QString &key) {
        body.insert(QStringLiteral("expectedVersion"), version);
        return send(d, "POST", QStringLiteral("/v1/cards/%1/%2").arg(card).arg(action), aino, ServerTest::jsonBody(body),
                    {{"Idempotency-Key", key.toLatin1()}, {"If-Match", '"' + QByteArray::number(version) + '"'}});
    };
    const auto lockEvents = [&]() {
        QString error;
        QList<QVariantList> rows;
        if (!m_harness.exec(d, QStringLiteral("SELECT id, at FROM card_events WHERE card_id = ? AND "
                                              "to_state = 'locked' ORDER BY id"),
                            {card}, &error, &rows))
            qWarning("card_events: %s", qPrintable(error));
        return rows;
    };
    const auto outcomeOf = [](const QJsonObject &change) {
        return JsonCodec::cardOutcomeFromJson(change.value(QStringLiteral("data")));
    };

    // The lock (replayed once).
    QString cursor = feed(QString());
    const QString lockKey = newKey();
    const QJsonObject lockBody{{QStringLiteral("reason"), QStringLiteral("lost")}, {QStringLiteral("text"), QString()}};
    Reply reply = cardCommand(QStringLiteral("lock"), 1, lockBody, lockKey);
    QVERIFY2(reply.status == 200, describe(reply));
    QCOMPARE(cardCommand(QStringLiteral("lock"), 1, lockBody, lockKey).status, 200);
    QList<QVariantList> locks = lockEvents();
    QCOMPARE(locks.size(), 1);
    QList<QJsonObject> outcomes = changesOf(cursor, QStringLiteral("card_outcome"));
    QCOMPARE(outcomes.size(), 1);
    std::optional<JsonCodec::CardOutcomeRecord> outcome = outcomeOf(outcomes.constFirst());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, JsonCodec::CardOutcomeRecord::Lock);
    QCOMPARE(outcome->id, locks.constFirst().at(0).toLongLong());
    QCOMPARE(outcomes.constFirst().value(QStringLiteral("entityId")).toInteger(), outcome->id);
    QCOMPARE(outcomes.constFirst().value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
    QCOMPARE(outcome->cardId, card);
    QCOMPARE(outcome->at, timeFrom(locks.constFirst().at(1)));

    // Unlocked (no outcome) and locked again (a second, with the new event's id).
    cursor = feed(cursor);
    reply = cardCommand(QStringLiteral("unlock"), 2,
                        {{QStringLiteral("reason"), QString()}, {QStringLiteral("text"), QString()}}, newKey());
    QVERIFY2(reply.status == 200, describe(reply));
    QCOMPARE(changesOf(cursor, QStringLiteral("card_outcome")).size(), 0);
    reply = cardCommand(QStringLiteral("lock"), 3,
                        {{QStringLiteral("reason"), QStringLiteral("misplaced")}, {QStringLiteral("text"), QString()}},
                        newKey());
    QVERIFY2(reply.status == 200, describe(reply));
    locks = lockEvents();
    QCOMPARE(locks.size(), 2);
    outcomes = changesOf(cursor, QStringLiteral("card_outcome"));
    QCOMPARE(outcomes.size(), 1);
    outcome = outcomeOf(outcomes.constFirst());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, JsonCodec::CardOutcomeRecord::Lock);
    QCOMPARE(outcome->id, locks.at(1).at(0).toLongLong());

    // A PIN letter is an order, but no outcome.
    cursor = feed(cursor);
    reply = cardCommand(QStringLiteral("pin-reset"), 4, {{QStringLiteral("byLetter"), true}}, newKey());
    QVERIFY2(reply.status == 200, describe(reply));
    QCOMPARE(changesOf(cursor, QStringLiteral("card_outcome")).size(), 0);

    // A dispute of the purchase.
    cursor = feed(cursor);
    reply = send(d, "POST", QStringLiteral("/v1/cards/%1/disputes").arg(card), aino,
                 ServerTest::jsonBody({{QStringLiteral("transactionId"), purchase},
                                       {QStringLiteral("workflowId"), QJsonValue::Null},
                                       {QStringLiteral("reason"), QStringLiteral("not_authorised")},
                                       {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("declaration"), true}}},
                                       {QStringLiteral("policeReference"), QString()}}),
                 {{"Idempotency-Key", newKey().toLatin1()}});
    QVERIFY2(reply.status == 201, describe(reply));
    const qint64 disputeId = reply.id();
    QVERIFY(disputeId > 0);
    outcomes = changesOf(cursor, QStringLiteral("card_outcome"));
    QCOMPARE(outcomes.size(), 1);
    outcome = outcomeOf(outcomes.constFirst());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, JsonCodec::CardOutcomeRecord::Dispute);
    QCOMPARE(outcome->id, disputeId);
    QCOMPARE(outcomes.constFirst().value(QStringLiteral("entityId")).toInteger(), disputeId);
    QCOMPARE(outcome->cardId, card);
    QCOMPARE(outcome->at, timeOf(reply.json.value(QStringLiteral("openedAt"))));

    // The replacement: the order of the new card (closing the old one for lost is no lock).
    cursor = feed(cursor);
    reply = cardCommand(QStringLiteral("replacement"), 5,
                        {{QStringLiteral("reason"), QStringLiteral("lost")},
                         {QStringLiteral("delivery"), QStringLiteral("post")},
                         {QStringLiteral("pickupPoint"), QString()},
                         {QStringLiteral("pinCarriesOver"), false}},
                        newKey());
    QVERIFY2(reply.status == 201, describe(reply));
    const qint64 newCard =
        reply.json.value(QStringLiteral("replacement")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(newCard > 0 && newCard != card);
    QString error;
    QList<QVariantList> orders;
    QVERIFY2(m_harness.exec(d, QStringLiteral("SELECT id, requested_at FROM card_orders WHERE kind = 'replacement' "
                                              "AND card_id = ?"),
                            {newCard}, &error, &orders),
             qPrintable(error));
    QCOMPARE(orders.size(), 1);
    outcomes = changesOf(cursor, QStringLiteral("card_outcome"));
    QCOMPARE(outcomes.size(), 1);
    outcome = outcomeOf(outcomes.constFirst());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, JsonCodec::CardOutcomeRecord::Replacement);
    QCOMPARE(outcome->id, orders.constFirst().at(0).toLongLong());
    QCOMPARE(outcomes.constFirst().value(QStringLiteral("entityId")).toInteger(), outcome->id);
    QCOMPARE(outcome->cardId, newCard);
    QCOMPARE(outcome->at, timeFrom(orders.constFirst().at(1)));
}

void TestServerSupervision::historyOfConversations()
{
    // A period of its own, long ago: what came in during it, and what came in
    // before and was answered or resolved during it; nothing resolved before
    // it, nothing that came in at its end or after.
    const QDateTime p(QDate(2020, 3, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end = p.addDays(10);
    const qint64 customer = addCustomer(QStringLiteral("HISTORY-CONV"));
    QVERIFY(customer > 0);
    const auto add = [&](const QString &status, const QDateTime &created, const QDateTime &firstDue,
                         const QDateTime &responded, const QDateTime &resolutionDue, const QDateTime &resolved) {
        return addConversation(customer, QStringLiteral("email"), status, Bo, created, firstDue, responded,
                               resolutionDue, resolved);
    };
    const qint64 openedIn = add(QStringLiteral("open"), p.addDays(1), p.addDays(1).addSecs(3600), {}, p.addDays(3), {});
    const qint64 twin = add(QStringLiteral("open"), p.addDays(1), p.addDays(1).addSecs(3600), {}, p.addDays(3), {});
    const qint64 atStart = add(QStringLiteral("new"), p, p.addSecs(3600), {}, p.addDays(2), {});
    const qint64 resolvedIn = add(QStringLiteral("resolved"), p.addDays(-5), p.addDays(-5).addSecs(3600),
                                  p.addDays(-5).addSecs(1800), p.addDays(-2), p.addDays(2));
    const qint64 answeredIn = add(QStringLiteral("pending"), p.addDays(-3), p.addDays(-3).addSecs(3600),
                                  p.addSecs(3600), p.addDays(1), {});
    const qint64 resolvedBefore = add(QStringLiteral("closed"), p.addDays(-5), p.addDays(-5).addSecs(3600),
                                      p.addDays(-4), p.addDays(-2), p.addSecs(-1));
    const qint64 atEnd = add(QStringLiteral("open"), end, end.addSecs(3600), {}, end.addDays(2), {});
    const qint64 resolvedLater = add(QStringLiteral("resolved"), p.addDays(9), p.addDays(9).addSecs(3600),
                                     p.addDays(9).addSecs(600), p.addDays(11), p.addDays(20));
    const qint64 quietBefore = add(QStringLiteral("open"), p.addDays(-30), p.addDays(-30).addSecs(3600), {},
                                   p.addDays(-28), {});
    for (const qint64 id :
         {openedIn, twin, atStart, resolvedIn, answeredIn, resolvedBefore, atEnd, resolvedLater, quietBefore})
        QVERIFY(id > 0);
    // Those that came in during the period by when (twins by id), then those
    // answered in it, then those resolved in it.
    const QList<qint64> expected{atStart, openedIn, twin, resolvedLater, answeredIn, resolvedIn};

    const QString query = QStringLiteral("entity=conversation&from=%1&to=%2").arg(iso(p), iso(end));
    int pages = 0;
    const QJsonArray whole = history(query, 1000, &pages);
    QCOMPARE(pages, 1);
    QCOMPARE(idsOf(whole), expected);
    // A page at a time of 1 to 4: the same, each once, in the same order;
    // pages are full but the last.
    for (const int limit : {1, 2, 3, 4}) {
        QCOMPARE(idsOf(history(query, limit, &pages)), expected);
        QCOMPARE(pages, int((expected.size() + limit - 1) / limit));
    }

    // An item is the conversation as GET gives it, with its SLA times as stored.
    QJsonObject resolved;
    for (const QJsonValue &item : whole) {
        if (item.toObject().value(QStringLiteral("id")).toInteger() == resolvedIn)
            resolved = item.toObject();
    }
    const Reply single = get(QStringLiteral("/v1/conversations/%1").arg(resolvedIn), Supervisor);
    QVERIFY2(single.status == 200, describe(single));
    QCOMPARE(resolved, single.json);
    const QJsonObject sla = resolved.value(QStringLiteral("sla")).toObject();
    QCOMPARE(timeOf(sla.value(QStringLiteral("firstResponseDue"))), p.addDays(-5).addSecs(3600));
    QCOMPARE(timeOf(sla.value(QStringLiteral("firstRespondedAt"))), p.addDays(-5).addSecs(1800));
    QCOMPARE(timeOf(sla.value(QStringLiteral("resolutionDue"))), p.addDays(-2));
    QCOMPARE(timeOf(sla.value(QStringLiteral("resolvedAt"))), p.addDays(2));
    QString error;
    const std::optional<ConversationSummary> parsed = JsonCodec::conversationFromJson(resolved, &error);
    QVERIFY2(parsed && parsed->slaTimes, qPrintable(error));
    QCOMPARE(parsed->slaTimes->resolvedAt, p.addDays(2));

    // Another period: none of them.
    const Reply empty = get(QStringLiteral("/v1/supervision/history?entity=conversation&from=%1&to=%2")
                                .arg(iso(p.addDays(-400)), iso(p.addDays(-100))),
                            Supervisor);
    QVERIFY2(empty.status == 200, describe(empty));
    QVERIFY(empty.items().isEmpty());
    QVERIFY(empty.json.value(QStringLiteral("next")).isNull());
}

void TestServerSupervision::historyOfSurveysAndAnswers()
{
    // Surveys sent and answers given in a period of their own, each answer for
    // its survey's agent and channel (an answer stored before surveys named
    // them takes its survey's; one without a survey its conversation's channel).
    const QDateTime q(QDate(2020, 6, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end = q.addDays(10);
    const qint64 customer = addCustomer(QStringLiteral("HISTORY-CSAT"));
    QVERIFY(customer > 0);
    QList<qint64> conversations;
    for (const QString &channel : {QStringLiteral("chat"), QStringLiteral("email"), QStringLiteral("webform"),
                                   QStringLiteral("app"), QStringLiteral("phone")}) {
        conversations << addConversation(customer, channel, QStringLiteral("resolved"), Cai, q.addDays(-20),
                                         q.addDays(-20).addSecs(3600), q.addDays(-20).addSecs(600), q.addDays(-18),
                                         q.addDays(-19));
        QVERIFY(conversations.constLast() > 0);
    }
    const auto survey = [&](int conversation, const QString &agent, const QString &channel, const QDateTime &sent) {
        return insertRow(QStringLiteral("INSERT INTO satisfaction_requests (conversation_id, customer_id, agent, "
                                        "channel, sent_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                         {conversations.at(conversation), customer, agent, channel, iso(sent)});
    };
    const qint64 sentIn = survey(0, Cai, QStringLiteral("chat"), q.addDays(1));
    const qint64 sentBefore = survey(1, Bo, QStringLiteral("email"), q.addMSecs(-1));
    const qint64 sentAtStart = survey(2, Aino, QStringLiteral("webform"), q);
    const qint64 sentAtEnd = survey(3, Cai, QStringLiteral("app"), end);
    for (const qint64 id : {sentIn, sentBefore, sentAtStart, sentAtEnd})
        QVERIFY(id > 0);
    const QVariant none(QMetaType(QMetaType::QString));
    const auto answer = [&](int conversation, int score, const QVariant &agent, const QVariant &channel,
                            const QDateTime &at) {
        return insertRow(QStringLiteral("INSERT INTO satisfaction_responses (conversation_id, score, answered_at, agent, "
                                        "channel) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                         {conversations.at(conversation), score, iso(at), agent, channel});
    };
    const qint64 answeredIn = answer(0, 5, Cai, QStringLiteral("chat"), q.addDays(2));
    const qint64 oldStyle = answer(1, 2, none, none, q.addDays(1));       // its survey's: Bo, email
    const qint64 noSurvey = answer(4, 3, none, none, q.addDays(3));       // no survey: phone, nobody
    const qint64 answeredLater = answer(0, 1, Cai, QStringLiteral("chat"), end);
    for (const qint64 id : {answeredIn, oldStyle, noSurvey, answeredLater})
        QVERIFY(id > 0);

    const QString period = QStringLiteral("from=%1&to=%2").arg(iso(q), iso(end));
    QJsonArray expectedSurveys;
    for (const auto &[id, conversation, agent, channel, sent] :
         {std::tuple{sentAtStart, 2, Aino, Channel::WebForm, q},
          std::tuple{sentIn, 0, Cai, Channel::Chat, q.addDays(1)}}) {
        JsonCodec::CsatRequestRecord record;
        record.id = id;
        record.conversationId = conversations.at(conversation);
        record.agent = agent;
        record.channel = channel;
        record.sentAt = sent;
        expectedSurveys.append(JsonCodec::toJson(record));
    }
    int pages = 0;
    QCOMPARE(history(QStringLiteral("entity=csat_request&") + period, 1000), expectedSurveys);
    QCOMPARE(history(QStringLiteral("entity=csat_request&") + period, 1, &pages), expectedSurveys);
    QCOMPARE(pages, 2);

    QJsonArray expectedAnswers;
    for (const auto &[id, conversation, agent, channel, score, at] :
         {std::tuple{oldStyle, 1, Bo, Channel::Email, 2, q.addDays(1)},
          std::tuple{answeredIn, 0, Cai, Channel::Chat, 5, q.addDays(2)},
          std::tuple{noSurvey, 4, QString(), Channel::Phone, 3, q.addDays(3)}}) {
        JsonCodec::CsatAnswerRecord record;
        record.id = id;
        record.conversationId = conversations.at(conversation);
        record.agent = agent;
        record.channel = channel;
        record.score = score;
        record.answeredAt = at;
        expectedAnswers.append(JsonCodec::toJson(record));
    }
    QCOMPARE(history(QStringLiteral("entity=csat_answer&") + period, 1000), expectedAnswers);
    QCOMPARE(history(QStringLiteral("entity=csat_answer&") + period, 1, &pages), expectedAnswers);
    QCOMPARE(pages, 3);
    QVERIFY(expectedAnswers.at(2).toObject().value(QStringLiteral("agent")).isNull());
}

void TestServerSupervision::historyOfCardOutcomes()
{
    // Locks, replacements and disputes of a period of their own: by kind,
    // then time and id; a page ends inside a kind or goes on into the next.
    const QDateTime r(QDate(2020, 9, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end = r.addDays(10);
    const qint64 customer = addCustomer(QStringLiteral("HISTORY-CARDS"));
    QVERIFY(customer > 0);
    const qint64 first = addCard(customer, QStringLiteral("1101"));
    const qint64 second = addCard(customer, QStringLiteral("1102"));
    const qint64 ordered = addCard(customer, QStringLiteral("1103"));
    QVERIFY(first > 0 && second > 0 && ordered > 0);
    const auto event = [&](qint64 card, const QString &from, const QString &to, const QDateTime &at) {
        return insertRow(QStringLiteral("INSERT INTO card_events (card_id, at, from_state, to_state, channel, agent) "
                                        "VALUES (?, ?, ?, ?, 'agent_console', ?) RETURNING id"),
                         {card, iso(at), from, to, Aino});
    };
    const qint64 lockIn = event(first, QStringLiteral("active"), QStringLiteral("locked"), r.addDays(1));
    const qint64 lockTwin = event(second, QStringLiteral("active"), QStringLiteral("locked"), r.addDays(1));
    const qint64 unlock = event(first, QStringLiteral("locked"), QStringLiteral("active"), r.addDays(1).addSecs(60));
    const qint64 lockBefore = event(second, QStringLiteral("active"), QStringLiteral("locked"), r.addSecs(-1));
    const qint64 lockAtStart = event(second, QStringLiteral("active"), QStringLiteral("locked"), r);
    const qint64 lockAtEnd = event(first, QStringLiteral("active"), QStringLiteral("locked"), end);
    const auto order = [&](qint64 card, const QString &kind, const QDateTime &at) {
        return insertRow(QStringLiteral("INSERT INTO card_orders (card_id, kind, delivery, address, pin_carries_over, "
                                        "requested_at, agent) VALUES (?, ?, 'post', 'Aleksanterinkatu 1, 00100 "
                                        "Helsinki', ?, ?, ?) RETURNING id"),
                         {card, kind, false, iso(at), Aino});
    };
    const qint64 replacementIn = order(ordered, QStringLiteral("replacement"), r.addDays(2));
    const qint64 pinLetter = order(first, QStringLiteral("pin_letter"), r.addDays(2));
    const qint64 replacementLater = order(ordered, QStringLiteral("replacement"), r.addDays(20));
    const auto dispute = [&](qint64 card, const QDateTime &at) {
        const qint64 purchase = insertRow(QStringLiteral("INSERT INTO transactions (card_id, occurred_at, "
                                                         "amount_minor, currency, merchant, mcc, country, status) "
                                                         "VALUES (?, ?, 1500, 'EUR', 'BAKERY', '5462', 'FI', "
                                                         "'posted') RETURNING id"),
                                          {card, iso(at.addDays(-1))});
        return insertRow(QStringLiteral("INSERT INTO disputes (transaction_id, card_id, reason, status, opened_at, "
                                        "agent) VALUES (?, ?, 'not_authorised', 'open', ?, ?) RETURNING id"),
                         {purchase, card, iso(at), Aino});
    };
    const qint64 disputeIn = dispute(first, r.addDays(3));
    const qint64 disputeSecond = dispute(second, r.addDays(5));
    const qint64 disputeBefore = dispute(first, r.addDays(-3));
    for (const qint64 id : {lockIn, lockTwin, unlock, lockBefore, lockAtStart, lockAtEnd, replacementIn, pinLetter,
                            replacementLater, disputeIn, disputeSecond, disputeBefore})
        QVERIFY(id > 0);

    using Kind = JsonCodec::CardOutcomeRecord::Kind;
    QJsonArray expected;
    for (const auto &[kind, id, card, at] :
         {std::tuple{Kind::Lock, lockAtStart, second, r}, std::tuple{Kind::Lock, lockIn, first, r.addDays(1)},
          std::tuple{Kind::Lock, lockTwin, second, r.addDays(1)},
          std::tuple{Kind::Replacement, replacementIn, ordered, r.addDays(2)},
          std::tuple{Kind::Dispute, disputeIn, first, r.addDays(3)},
          std::tuple{Kind::Dispute, disputeSecond, second, r.addDays(5)}})
        expected.append(JsonCodec::toJson(JsonCodec::CardOutcomeRecord{kind, id, card, at}));

    const QString query = QStringLiteral("entity=card_outcome&from=%1&to=%2").arg(iso(r), iso(end));
    int pages = 0;
    QCOMPARE(history(query, 1000, &pages), expected);
    QCOMPARE(pages, 1);
    for (const int limit : {1, 2, 3, 4}) {
        QCOMPARE(history(query, limit, &pages), expected);
        QCOMPARE(pages, int((expected.size() + limit - 1) / limit));
    }
    // The data parse as the feed's do.
    for (const QJsonValue &item : std::as_const(expected))
        QVERIFY(JsonCodec::cardOutcomeFromJson(item));
}

void TestServerSupervision::historyRefusesBadQueries()
{
    const QString period = QStringLiteral("from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z");
    const QList<QPair<QString, QString>> bad{
        {QStringLiteral("entity"), period},
        {QStringLiteral("entity"), QStringLiteral("entity=cards&") + period},
        {QStringLiteral("entity"), QStringLiteral("entity=&") + period},
        {QStringLiteral("from"), QStringLiteral("entity=conversation&to=2026-02-01T00:00:00Z")},
        {QStringLiteral("to"), QStringLiteral("entity=conversation&from=2026-01-01T00:00:00Z")},
        {QStringLiteral("from"), QStringLiteral("entity=conversation&from=yesterday&to=2026-02-01T00:00:00Z")},
        {QStringLiteral("to"), QStringLiteral("entity=conversation&from=2026-01-01T00:00:00Z&to=2026-13-01T00:00:00Z")},
        // from >= to; more than 400 days
        {QStringLiteral("to"), QStringLiteral("entity=conversation&from=2026-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")},
        {QStringLiteral("to"), QStringLiteral("entity=csat_request&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")},
        {QStringLiteral("to"), QStringLiteral("entity=csat_answer&from=2025-01-01T00:00:00Z&to=2026-02-05T00:00:01Z")},
        {QStringLiteral("limit"), QStringLiteral("entity=card_outcome&limit=0&") + period},
        {QStringLiteral("limit"), QStringLiteral("entity=card_outcome&limit=1001&") + period},
        {QStringLiteral("limit"), QStringLiteral("entity=card_outcome&limit=many&") + period},
        {QStringLiteral("after"), QStringLiteral("entity=card_outcome&after=not%20a%20cursor&") + period},
    };
    for (const auto &[field, query] : bad) {
        const Reply reply = get(QStringLiteral("/v1/supervision/history?") + query, Supervisor);
        QVERIFY2(isProblem(reply, 400, QStringLiteral("malformed_request")), describe(reply));
        QVERIFY2(reply.json.value(QStringLiteral("detail")).toString().contains(field), describe(reply));
    }
    // 400 days exactly is allowed.
    const Reply longest = get(QStringLiteral("/v1/supervision/history?entity=csat_answer&from=2025-01-01T00:00:00Z&"
                                             "to=2026-02-05T00:00:00Z"),
                              Supervisor);
    QVERIFY2(longest.status == 200, describe(longest));

    // A cursor of another history (or of another list) is refused, not misread.
    const qint64 customer = addCustomer(QStringLiteral("HISTORY-CURSOR"));
    QVERIFY(customer > 0);
    const QDateTime p(QDate(2019, 5, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 2; ++i)
        QVERIFY(addConversation(customer, QStringLiteral("chat"), QStringLiteral("open"), Cai, p.addDays(i), {}, {},
                                p.addDays(i + 2), {})
                > 0);
    const QString conversationPeriod = QStringLiteral("from=%1&to=%2").arg(iso(p), iso(p.addDays(5)));
    const Reply firstPage = get(QStringLiteral("/v1/supervision/history?entity=conversation&limit=1&")
                                    + conversationPeriod,
                                Supervisor);
    QVERIFY2(firstPage.status == 200 && firstPage.json.value(QStringLiteral("next")).isString(), describe(firstPage));
    const QString next = firstPage.json.value(QStringLiteral("next")).toString();
    const Reply foreign = get(QStringLiteral("/v1/supervision/history?entity=card_outcome&after=%1&").arg(next)
                                  + conversationPeriod,
                              Supervisor);
    QVERIFY2(isProblem(foreign, 400, QStringLiteral("malformed_request")), describe(foreign));
    QVERIFY2(foreign.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("after")), describe(foreign));
    const Reply listCursor = get(QStringLiteral("/v1/supervision/history?entity=conversation&after=c2VxPTQ4MjA5MQ&")
                                     + conversationPeriod,
                                 Supervisor);
    QVERIFY2(isProblem(listCursor, 400, QStringLiteral("malformed_request")), describe(listCursor));
    const Reply secondPage = get(QStringLiteral("/v1/supervision/history?entity=conversation&limit=1&after=%1&")
                                     .arg(next)
                                     + conversationPeriod,
                                 Supervisor);
    QVERIFY2(secondPage.status == 200, describe(secondPage));
    QCOMPARE(secondPage.items().size(), 1);
    QVERIFY(secondPage.json.value(QStringLiteral("next")).isNull());

    // Supervisors only.
    const Reply agent = get(QStringLiteral("/v1/supervision/history?entity=conversation&") + conversationPeriod, Aino);
    QVERIFY2(isProblem(agent, 403, QStringLiteral("forbidden")), describe(agent));
}

QTEST_GUILESS_MAIN(TestServerSupervision)
#include "tst_serversupervision.moc"

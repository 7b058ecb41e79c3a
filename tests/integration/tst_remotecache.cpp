#include "domain/conversation.h"
#include "domain/jsoncodec.h"
#include "fixtures.h"
#include "remote/changefeed.h"
#include "remote/remotecache.h"
#include "services/commandprocessor.h"
#include "storage/supervisionrepository.h"
#include "storage/workflowrepository.h"
#include "domain/command.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"
#include "storage/sqltransaction.h"
#include "storage/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

/// @short The change feed applied to a console's cache, page by page, as
/// ChangeFeed does it against the server (no network: the pages are given).
class TestRemoteCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void messageBeforeItsNewConversationInOnePageIsKept();
    void messageBeforeItsNewConversationAcrossPagesIsKept();
    void messageOfAConversationTheCacheNeverHoldsIsLeftOut();
    void conversationWithoutTopicsSubjectOrPreviewIsStored();
    void provisionalConversationTakesTheServersIdFromTheFeed();
    void provisionalWorkflowTakesTheServersIdFromTheAnswer();
    void serversSlaTimesAreStoredExactly();
    void desksSurveysAnswersAndCardOutcomesReachTheAnalytics();

private:
    static ConversationSummary conversation(qint64 id, int version = 1);
    static Message message(qint64 id, qint64 conversationId, const QString &text);
    static QJsonObject change(qint64 seq, const QString &entity, qint64 id, const QJsonObject &data,
                              std::optional<int> version = std::nullopt);
    int messagesOf(qint64 conversationId);
    QString cursor();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRemoteCache::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(QStringLiteral("tst_remotecache"));
    const OpenResult opened = m_db->open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(QLatin1StringView(QTest::currentTestFunction()))));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QString error;
    QVERIFY2(SyncState(*m_db).setValue(SyncState::ServerUrl, QStringLiteral("https://carddesk.example"), &error),
             qPrintable(error));
}

void TestRemoteCache::cleanup()
{
    m_db.reset();
}

ConversationSummary TestRemoteCache::conversation(qint64 id, int version)
{
    ConversationSummary c;
    c.id = id;
    c.customerName = QStringLiteral("aino@example.fi");
    c.channel = Channel::Phone;
    c.status = ConversationStatus::Open;
    c.queue = QStringLiteral("cards");
    c.assignee = QStringLiteral("aino.lehtonen");
    c.language = QStringLiteral("fi");
    c.subject = QStringLiteral("Card stolen");
    c.preview = QStringLiteral("Phone call (7 min 0 s): Card stolen");
    c.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    c.updatedAt = c.createdAt;
    c.resolutionDue = c.createdAt.addDays(1);
    c.messageCount = 1;
    c.version = version;
    return c;
}

Message TestRemoteCache::message(qint64 id, qint64 conversationId, const QString &text)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.direction = MessageDirection::Inbound;
    m.author = QStringLiteral("aino.lehtonen");
    m.at = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    m.bodyText = text;
    m.delivery = DeliveryState::Received;
    m.commandId = QUuid::createUuid();
    return m;
}

QJsonObject TestRemoteCache::change(qint64 seq, const QString &entity, qint64 id, const QJsonObject &data,
                                    std::optional<int> version)
{
    JsonCodec::Change c;
    c.seq = seq;
    c.entity = entity;
    c.entityId = id;
    c.op = QStringLiteral("upsert");
    c.version = version;
    c.data = data;
    c.at = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    return JsonCodec::toJson(c);
}

int TestRemoteCache::messagesOf(qint64 conversationId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString TestRemoteCache::cursor()
{
    QString error;
    return SyncState(*m_db).value(SyncState::ChangesCursor, &error);
}

void TestRemoteCache::messageBeforeItsNewConversationInOnePageIsKept()
{
    // As a server before the fix wrote a logged call: the message, then its new conversation.
    const QJsonArray page{change(11, QStringLiteral("message"), 501, JsonCodec::toJson(message(501, 77, QStringLiteral("Phone call"))))
                          , change(12, QStringLiteral("conversation"), 77, JsonCodec::toJson(conversation(77)), 1)};
    const ChangeFeed::Applied applied = ChangeFeed::applyPage(*m_db, page, QString(), QStringLiteral("12"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(messagesOf(77), 1);
    QCOMPARE(applied.conversations, QList<qint64>{77});
    QCOMPARE(cursor(), QStringLiteral("12"));
}

void TestRemoteCache::messageBeforeItsNewConversationAcrossPagesIsKept()
{
    // Read ahead: two pages applied in one transaction, the conversation in the second.
    const QJsonArray first{change(21, QStringLiteral("message"), 601, JsonCodec::toJson(message(601, 88, QStringLiteral("Hei"))))};
    const QJsonArray second{change(22, QStringLiteral("conversation"), 88, JsonCodec::toJson(conversation(88)), 1),
                            change(23, QStringLiteral("message"), 602, JsonCodec::toJson(message(602, 88, QStringLiteral("Kiitos"))))};
    const ChangeFeed::Applied applied = ChangeFeed::applyPages(*m_db, {first, second}, QString(), QStringLiteral("23"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(messagesOf(88), 2);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT body_text FROM messages WHERE conversation_id = 88 ORDER BY seq")));
    QStringList texts;
    while (q.next())
        texts << q.value(0).toString();
    QCOMPARE(texts, (QStringList{QStringLiteral("Hei"), QStringLiteral("Kiitos")}));   // feed order kept
}

void TestRemoteCache::messageOfAConversationTheCacheNeverHoldsIsLeftOut()
{
    // A message for a conversation the feed does not bring: not stored, and
    // the page is applied all the same (the thread is read when opened).
    const QJsonArray page{change(31, QStringLiteral("message"), 701, JsonCodec::toJson(message(701, 99, QStringLiteral("?"))))};
    const ChangeFeed::Applied applied = ChangeFeed::applyPage(*m_db, page, QString(), QStringLiteral("31"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(messagesOf(99), 0);
    QVERIFY(applied.conversations.isEmpty());
    QCOMPARE(cursor(), QStringLiteral("31"));
}

void TestRemoteCache::conversationWithoutTopicsSubjectOrPreviewIsStored()
{
    // A logged call's conversation before the classifier ran: no topics, and
    // here no subject or preview either. The cache's columns are NOT NULL;
    // a refused row would stop the console's sync on this page for good.
    ConversationSummary bare = conversation(55);
    bare.topics.clear();
    bare.subject.clear();
    bare.preview.clear();
    const QJsonArray page{change(41, QStringLiteral("conversation"), 55, JsonCodec::toJson(bare), 1)};
    const ChangeFeed::Applied applied = ChangeFeed::applyPage(*m_db, page, QString(), QStringLiteral("41"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT topics, subject, last_message_preview FROM conversations WHERE id = 55")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString());
    QCOMPARE(q.value(1).toString(), QString());
    QCOMPARE(q.value(2).toString(), QString());
}

void TestRemoteCache::provisionalConversationTakesTheServersIdFromTheFeed()
{
    // Offline, this console logged a call: a provisional conversation (a
    // negative id) with the call's message, then a note and a priority
    // change queued about it. The feed brings the server's copy (the answer
    // to the call was lost): the cache holds one conversation, under the
    // server's id, and the queued commands name that id, with If-Match
    // moved onto the server's versions.
    m_db->setProvisionalIds(true);
    QString error;
    const Command call = Command::make(QStringLiteral("conversation.call"), QStringLiteral("customer:0"), {},
                                       QStringLiteral("aino.lehtonen"));
    qint64 provisional = 0;
    {
        SqlTransaction transaction(m_db->connection());
        ConversationRepository conversations(*m_db);
        ConversationRepository::NewConversation n;
        n.contact = QStringLiteral("+358401234567");
        n.channel = Channel::Phone;
        n.status = ConversationStatus::Open;
        n.subject = QStringLiteral("Kortti rikki");
        provisional = conversations.insertConversation(n, &error);
        QVERIFY2(provisional < 0, qPrintable(QString::number(provisional) + error));
        Message callMessage = message(0, provisional, QStringLiteral("Puhelu: kortti rikki"));
        callMessage.commandId = call.id;
        QVERIFY2(conversations.insertMessage(callMessage, {}, QString(), &error) > 0, qPrintable(error));
        Message noteMessage = message(0, provisional, QStringLiteral("Soittaa huomenna"));
        noteMessage.direction = MessageDirection::Note;
        QVERIFY2(conversations.insertMessage(noteMessage, {}, QString(), &error) > 0, qPrintable(error));
        // The queued commands, as the outbox sink made them against the console's versions.
        const QString subject = QStringLiteral("conversation:%1").arg(provisional);
        const QString path = QStringLiteral("/v1/conversations/%1").arg(provisional);
        OutboxRepository outbox(*m_db);
        const Command note = Command::make(QStringLiteral("conversation.note"), subject,
                                           {{QStringLiteral("body"), QStringLiteral("Soittaa huomenna")}},
                                           QStringLiteral("aino.lehtonen"));
        QVERIFY2(outbox.enqueue(note, {QStringLiteral("POST"), path + QStringLiteral("/messages"),
                                       {{QStringLiteral("body"), QStringLiteral("Soittaa huomenna")}}, std::nullopt},
                                &error),
                 qPrintable(error));
        const Command priority = Command::make(
            QStringLiteral("conversation.priority"), subject,
            {{QStringLiteral("conversationIds"), QJsonArray{double(provisional)}}, {QStringLiteral("priority"), QStringLiteral("high")}},
            QStringLiteral("aino.lehtonen"));
        // Made after the note: the console's version was 3 (created 1, call 2, note 3); its effect made it 4.
        QVERIFY2(conversations.setPriority(provisional, Priority::High, QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
        QVERIFY2(outbox.enqueue(priority, {QStringLiteral("POST"), path + QStringLiteral("/priority"),
                                           priority.payload, 3},
                                &error),
                 qPrintable(error));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(messagesOf(provisional), 2);

    // The server made it 4242 at version 2 (created, then the call's message).
    const qint64 serverId = 4242;
    ConversationSummary onServer = conversation(serverId, 2);
    Message serverCall = message(9001, serverId, QStringLiteral("Puhelu: kortti rikki"));
    serverCall.commandId = call.id;
    const QJsonArray page{change(51, QStringLiteral("conversation"), serverId, JsonCodec::toJson(onServer), 2),
                          change(52, QStringLiteral("message"), 9001, JsonCodec::toJson(serverCall))};
    const ChangeFeed::Applied applied = ChangeFeed::applyPage(*m_db, page, QString(), QStringLiteral("52"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.adoptions.size(), 1);
    QCOMPARE(applied.adoptions.first().provisional, provisional);
    QCOMPARE(applied.adoptions.first().serverId, serverId);

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM conversations WHERE id < 0")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(messagesOf(provisional), 0);
    QCOMPARE(messagesOf(serverId), 2);   // the call (with the server's id now) and the note
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE id = 9001 AND conversation_id = 4242")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Search finds it under the server's id.
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT rowid >> 20 FROM conversation_search WHERE text MATCH 'huomenna'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), serverId);

    OutboxRepository outbox(*m_db);
    const std::optional<OutboxEntry> first = outbox.nextPending(&error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->subject, QStringLiteral("conversation:4242"));
    QCOMPARE(first->request.path, QStringLiteral("/v1/conversations/4242/messages"));
    QVERIFY(!OutboxRepository::namesProvisionalId(first->request.path));
    QVERIFY(q.exec(QStringLiteral("SELECT subject, path, body, if_match FROM outbox WHERE type = 'conversation.priority'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("conversation:4242"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("/v1/conversations/4242/priority"));
    QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value(QStringLiteral("conversationIds")),
             QJsonValue(QJsonArray{4242}));
    // Server: 2 after the call, 3 after the note; the priority was made against the note's version.
    QCOMPARE(q.value(3).toInt(), 3);

    // A screen still holding the provisional id reaches the server's row.
    QList<qint64> held{provisional, 7};
    Command later = Command::make(QStringLiteral("conversation.status"), QStringLiteral("conversation:%1,7").arg(provisional),
                                  {{QStringLiteral("conversationIds"), QJsonArray{double(provisional), 7}}},
                                  QStringLiteral("aino.lehtonen"));
    CommandProcessor::resolveProvisional(*m_db, QStringLiteral("conversation"), &held, &later);
    QCOMPARE(held, (QList<qint64>{serverId, 7}));
    QCOMPARE(later.subject, QStringLiteral("conversation:4242,7"));
    QCOMPARE(later.payload.value(QStringLiteral("conversationIds")), QJsonValue(QJsonArray{4242, 7}));
}

void TestRemoteCache::provisionalWorkflowTakesTheServersIdFromTheAnswer()
{
    // Offline, the agent started the lost-card workflow and saved a step;
    // the save is queued against the workflow's provisional id. The server's
    // answer to the start names its id: the workflow, its queued save (path,
    // If-Match and expectedVersion) and a screen holding the old id follow.
    Fixtures::Person person;
    person.first = QStringLiteral("Aino");
    person.last = QStringLiteral("Virtanen");
    person.last4s = {QStringLiteral("4242")};
    const qint64 customerId = Fixtures::addCustomer(*m_db, person);
    QVERIFY(customerId > 0);
    QSqlQuery card(m_db->connection());
    QVERIFY(card.exec(QStringLiteral("SELECT id FROM cards WHERE customer_id = %1").arg(customerId)) && card.next());
    const qint64 cardId = card.value(0).toLongLong();
    m_db->setProvisionalIds(true);
    QString error;
    const Command start = Command::make(QStringLiteral("card.workflow.start"), QStringLiteral("card:%1").arg(cardId),
                                        {{QStringLiteral("customerId"), customerId}, {QStringLiteral("situation"), QStringLiteral("lost")}},
                                        QStringLiteral("aino.lehtonen"));
    qint64 provisional = 0;
    {
        SqlTransaction transaction(m_db->connection());
        WorkflowRepository workflows(*m_db);
        WorkflowRecord record;
        record.customerId = customerId;
        record.cardId = cardId;
        record.startedBy = QStringLiteral("aino.lehtonen");
        provisional = workflows.insertWorkflow(record, &error);
        QVERIFY2(provisional < 0, qPrintable(QString::number(provisional) + error));
        bool conflict = false;
        QVERIFY2(workflows.saveWorkflow(provisional, 1, CardWorkflow::Step::Locked, {{QStringLiteral("locked"), true}},
                                        QStringLiteral("open"), QStringLiteral("aino.lehtonen"), &conflict, &error),
                 qPrintable(error));
        const QJsonObject payload{{QStringLiteral("expectedVersion"), 1}, {QStringLiteral("step"), QStringLiteral("locked")}};
        const Command save = Command::make(QStringLiteral("card.workflow.save"), QStringLiteral("workflow:%1").arg(provisional),
                                           payload, QStringLiteral("aino.lehtonen"));
        QVERIFY2(OutboxRepository(*m_db).enqueue(save, {QStringLiteral("POST"),
                                                        QStringLiteral("/v1/workflows/%1/save").arg(provisional), payload, 1},
                                                 &error),
                 qPrintable(error));
        QVERIFY(transaction.commit());
    }
    QVERIFY(OutboxRepository::namesProvisionalId(QStringLiteral("/v1/workflows/%1/save").arg(provisional)));

    {
        SqlTransaction transaction(m_db->connection());
        RemoteCache cache(*m_db);
        // The server's Workflow: id 880, version 1 (just started).
        QVERIFY2(cache.adoptAnswer(start.type, start.id, start.subject,
                                   {{QStringLiteral("id"), 880}, {QStringLiteral("version"), 1}}, &error),
                 qPrintable(error));
        QCOMPARE(cache.adoptions().size(), 1);
        QVERIFY(transaction.commit());
    }
    QVERIFY(!WorkflowRepository(*m_db).workflow(provisional, &error));
    const std::optional<WorkflowRecord> adopted = WorkflowRepository(*m_db).workflow(880, &error);
    QVERIFY2(adopted, qPrintable(error));
    QCOMPARE(adopted->step, CardWorkflow::Step::Locked);
    const std::optional<OutboxEntry> save = OutboxRepository(*m_db).nextPending(&error);
    QVERIFY(save);
    QCOMPARE(save->subject, QStringLiteral("workflow:880"));
    QCOMPARE(save->request.path, QStringLiteral("/v1/workflows/880/save"));
    QCOMPARE(save->request.ifMatch, std::optional<int>(1));   // the server's version 1, as the console's was
    QCOMPARE(save->request.body.value(QStringLiteral("expectedVersion")).toInt(), 1);
    qint64 held = provisional;
    CommandProcessor::resolveProvisional(*m_db, QStringLiteral("workflow"), &held, nullptr);
    QCOMPARE(held, 880);
}

QTEST_GUILESS_MAIN(TestRemoteCache)
#include "tst_remotecache.moc"

void TestRemoteCache::serversSlaTimesAreStoredExactly()
{
    // A resolved conversation first seen in a history page: its SLA times are
    // the server's, not guessed from updatedAt (which is later than both).
    ConversationSummary c = conversation(81, 4);
    c.status = ConversationStatus::Resolved;
    c.createdAt = QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);
    c.updatedAt = QDateTime(QDate(2026, 11, 18), QTime(15, 0), Qt::UTC);
    c.resolutionDue = QDateTime();
    c.slaTimes = ConversationSlaTimes{c.createdAt.addSecs(1800), c.createdAt.addSecs(600), c.createdAt.addDays(1),
                                      c.createdAt.addSecs(7200)};
    const QJsonObject json = JsonCodec::toJson(c);
    QVERIFY(json.value(QStringLiteral("sla")).isObject());
    const QJsonArray page{change(1, QStringLiteral("conversation"), 81, json, 4)};
    const ChangeFeed::Applied applied = ChangeFeed::applyPage(*m_db, page, QString(), QStringLiteral("1"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT first_response_due, first_responded_at, resolution_due, resolved_at "
                                  "FROM conversations WHERE id = 81")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-11-16T09:30:00Z"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-11-16T09:10:00Z"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2026-11-17T09:00:00Z"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("2026-11-16T11:00:00Z"));
}

void TestRemoteCache::desksSurveysAnswersAndCardOutcomesReachTheAnalytics()
{
    ConversationSummary c = conversation(82, 3);
    c.status = ConversationStatus::Resolved;
    c.createdAt = QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);   // a Monday
    c.updatedAt = c.createdAt.addSecs(7200);
    c.resolutionDue = QDateTime();
    c.slaTimes = ConversationSlaTimes{c.createdAt.addSecs(1800), c.createdAt.addSecs(600), c.createdAt.addDays(1),
                                      c.createdAt.addSecs(7200)};
    const QDateTime at = c.createdAt.addSecs(7200);
    JsonCodec::CsatRequestRecord request{5, 82, QStringLiteral("aino.lehtonen"), Channel::Phone, at};
    JsonCodec::CsatAnswerRecord answer{9, 82, QStringLiteral("aino.lehtonen"), Channel::Phone, 4, at.addDays(1)};
    // An answer to a conversation this cache never held: left out, the page still applies.
    JsonCodec::CsatAnswerRecord stray{10, 999, QStringLiteral("aino.lehtonen"), Channel::Phone, 1, at.addDays(1)};
    // Ids are per kind: the same id in two kinds is two outcomes.
    const JsonCodec::CardOutcomeRecord lock{JsonCodec::CardOutcomeRecord::Lock, 3, 12, at.addDays(2)};
    const JsonCodec::CardOutcomeRecord replacement{JsonCodec::CardOutcomeRecord::Replacement, 3, 12, at.addDays(2)};
    const JsonCodec::CardOutcomeRecord dispute{JsonCodec::CardOutcomeRecord::Dispute, 7, 12, at.addDays(3)};
    const QJsonArray page{change(1, QStringLiteral("conversation"), 82, JsonCodec::toJson(c), 3),
                          change(2, QStringLiteral("csat_request"), 5, JsonCodec::toJson(request)),
                          change(3, QStringLiteral("csat_answer"), 9, JsonCodec::toJson(answer)),
                          change(4, QStringLiteral("csat_answer"), 10, JsonCodec::toJson(stray)),
                          change(5, QStringLiteral("card_outcome"), 3, JsonCodec::toJson(lock)),
                          change(6, QStringLiteral("card_outcome"), 3, JsonCodec::toJson(replacement)),
                          change(7, QStringLiteral("card_outcome"), 7, JsonCodec::toJson(dispute))};
    ChangeFeed::Applied applied = ChangeFeed::applyPage(*m_db, page, QString(), QStringLiteral("7"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QVERIFY(applied.deskFacts);
    // The same facts again (a history page after the feed): nothing counts twice.
    applied = ChangeFeed::applyPage(*m_db, page, QStringLiteral("7"), QStringLiteral("14"));
    QVERIFY2(applied.ok, qPrintable(applied.error));

    SupervisionRepository repository(*m_db, SlaPolicy::defaults());
    repository.setTimeZone(QTimeZone::utc());
    QString error;
    const Analytics figures = repository.analytics({QDate(2026, 11, 16), QDate(2026, 11, 22)}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(figures.firstResponseAll.count, 1);
    QCOMPARE(figures.firstResponseAll.medianSeconds, 600);
    QCOMPARE(figures.resolutionAll.count, 1);
    QCOMPARE(figures.resolutionAll.medianSeconds, 7200);
    QCOMPARE(figures.slaTeam.total, 2);
    QCOMPARE(figures.slaTeam.met, 2);
    QCOMPARE(figures.csatAll.requests, 1);
    QCOMPARE(figures.csatAll.responses, 1);
    QCOMPARE(figures.csatAll.satisfied, 1);
    bool found = false;
    for (const OutcomeWeek &week : figures.outcomes) {
        if (week.weekStart != QDate(2026, 11, 16))
            continue;
        found = true;
        QCOMPARE(week.locks, 1);
        QCOMPARE(week.replacements, 1);
        QCOMPARE(week.disputes, 1);
    }
    QVERIFY(found);
}

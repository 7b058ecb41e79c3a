#include "fixtures.h"
#include "testsupport.h"

#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// Remote mode's cache: the server's conversations and messages stored with
/// the server's ids beside the agent's optimistic copies (migration 17).
class TestConversationCopies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void serverConversationIsInsertedThenUpdatedWithCounts();
    void olderVersionIsIgnoredUnlessForced();
    void customerNotInTheCacheIsLinkedLater();
    void ownReplyTakesTheServersIdInsteadOfAppearingTwice();
    void optimisticRowHoldingTheServersIdIsMovedAside();
    void threadReplacementKeepsOnlyUnsentOwnMessages();

private:
    ConversationSummary serverConversation(qint64 id, int version) const;
    Message serverMessage(qint64 id, qint64 conversationId, const QString &text, const QUuid &command = {}) const;
    int count(const QString &sql);
    qint64 searchHits(const QString &word);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_aino = 0;
    int m_run = 0;
};

ConversationSummary TestConversationCopies::serverConversation(qint64 id, int version) const
{
    ConversationSummary c;
    c.id = id;
    c.customerId = m_aino;
    c.customerName = QStringLiteral("Aino Virtanen");
    c.channel = Channel::Chat;
    c.status = ConversationStatus::Open;
    c.priority = Priority::High;
    c.queue = QStringLiteral("cards");
    c.assignee = QStringLiteral("jukka.salminen");
    c.topics = {QStringLiteral("lost_stolen_card")};
    c.language = QStringLiteral("fi");
    c.subject = QStringLiteral("Kortti kadonnut junassa");
    c.preview = QStringLiteral("Hei, korttini katosi");
    c.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    c.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    c.resolutionDue = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    c.firstResponseDue = QDateTime::currentDateTimeUtc().addSecs(600);
    c.messageCount = 1;
    c.version = version;
    return c;
}

Message TestConversationCopies::serverMessage(qint64 id, qint64 conversationId, const QString &text,
                                              const QUuid &command) const
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.direction = command.isNull() ? MessageDirection::Inbound : MessageDirection::Outbound;
    m.author = command.isNull() ? QStringLiteral("Aino Virtanen") : QStringLiteral("aino.lehtonen");
    m.at = QDateTime::currentDateTimeUtc();
    m.bodyText = text;
    m.delivery = command.isNull() ? DeliveryState::Received : DeliveryState::Queued;
    m.commandId = command;
    return m;
}

int TestConversationCopies::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

qint64 TestConversationCopies::searchHits(const QString &word)
{
    return count(QStringLiteral("SELECT count(*) FROM conversation_search WHERE conversation_search MATCH '%1'").arg(word));
}

void TestConversationCopies::init()
{
    TestSupport::pinEnvironment();
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(QStringLiteral("copies-%1").arg(++m_run));
    const OpenResult opened = m_db->open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_run)));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    Fixtures::Person aino;
    aino.first = QStringLiteral("Aino");
    aino.last = QStringLiteral("Virtanen");
    aino.last4s = {QStringLiteral("0123")};
    m_aino = Fixtures::addCustomer(*m_db, aino);
    QVERIFY(m_aino > 0);
}

void TestConversationCopies::cleanup()
{
    m_db.reset();
}

void TestConversationCopies::serverConversationIsInsertedThenUpdatedWithCounts()
{
    ConversationRepository repository(*m_db);
    QString error;
    QVERIFY2(repository.storeServerConversation(serverConversation(4711, 3), false, &error), qPrintable(error));
    std::optional<ConversationSummary> stored = repository.summary(4711, &error);
    QVERIFY(stored);
    QCOMPARE(stored->version, 3);
    QCOMPARE(stored->assignee, QStringLiteral("jukka.salminen"));
    QCOMPARE(stored->customerName, QStringLiteral("Aino Virtanen"));
    QCOMPARE(stored->topics, QStringList{QStringLiteral("lost_stolen_card")});
    QCOMPARE(count(QStringLiteral("SELECT n FROM inbox_counts WHERE key = 'assignee:jukka.salminen'")), 1);
    QCOMPARE(searchHits(QStringLiteral("junassa")), 1);

    // Taken over and resolved on the server: counts move, the subject's index entry is replaced.
    ConversationSummary changed = serverConversation(4711, 4);
    changed.assignee = QStringLiteral("aino.lehtonen");
    changed.status = ConversationStatus::Resolved;
    changed.subject = QStringLiteral("Kortti löytyi");
    QVERIFY2(repository.storeServerConversation(changed, false, &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT n FROM inbox_counts WHERE key = 'assignee:jukka.salminen'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT n FROM inbox_counts WHERE key = 'open'")), 0);
    QCOMPARE(searchHits(QStringLiteral("junassa")), 0);
    QCOMPARE(searchHits(QStringLiteral("loytyi")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversations")), 1);
}

void TestConversationCopies::olderVersionIsIgnoredUnlessForced()
{
    ConversationRepository repository(*m_db);
    QString error;
    QVERIFY(repository.storeServerConversation(serverConversation(7, 5), false, &error));
    ConversationSummary older = serverConversation(7, 4);
    older.priority = Priority::Low;
    QVERIFY(repository.storeServerConversation(older, false, &error));
    QCOMPARE(repository.summary(7, &error)->priority, Priority::High);
    // After a refusal the cache's optimistic version is ahead of the server's: forced.
    QVERIFY(repository.storeServerConversation(older, true, &error));
    QCOMPARE(repository.summary(7, &error)->priority, Priority::Low);
    QCOMPARE(repository.summary(7, &error)->version, 4);
}

void TestConversationCopies::customerNotInTheCacheIsLinkedLater()
{
    ConversationRepository repository(*m_db);
    QString error;
    ConversationSummary stranger = serverConversation(9, 1);
    stranger.customerId = m_aino + 1;   // not opened on this computer (yet)
    stranger.customerName = QStringLiteral("Sven Åberg");
    QVERIFY2(repository.storeServerConversation(stranger, false, &error), qPrintable(error));
    std::optional<ConversationSummary> stored = repository.summary(9, &error);
    QVERIFY(stored);
    QCOMPARE(stored->customerId, m_aino + 1);
    QCOMPARE(stored->customerName, QStringLiteral("Sven Åberg"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversations WHERE id = 9 AND customer_id IS NULL")), 1);
    QVERIFY2(repository.linkCustomer(m_aino + 1, &error), qPrintable(error));   // not there: nothing to link
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversations WHERE id = 9 AND customer_id IS NULL")), 1);

    // The agent opens the customer: the cache has them now, and the conversation points at them.
    Fixtures::Person sven;
    sven.first = QStringLiteral("Sven");
    sven.last = QStringLiteral("Åberg");
    QCOMPARE(Fixtures::addCustomer(*m_db, sven), m_aino + 1);
    QVERIFY2(repository.linkCustomer(m_aino + 1, &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT customer_id FROM conversations WHERE id = 9")), int(m_aino + 1));
    QCOMPARE(repository.conversationsOfCustomer(m_aino + 1, 10, &error).size(), 1);
}

void TestConversationCopies::ownReplyTakesTheServersIdInsteadOfAppearingTwice()
{
    ConversationRepository repository(*m_db);
    QString error;
    QVERIFY(repository.storeServerConversation(serverConversation(20, 1), false, &error));
    bool stored = false;
    QVERIFY(repository.storeServerMessage(serverMessage(900, 20, QStringLiteral("Kortti katosi")), &stored, &error));
    QVERIFY(stored);

    // The agent's reply, as the local service writes it before sending.
    const QUuid command = QUuid::createUuid();
    Message own = serverMessage(0, 20, QStringLiteral("Lukitsin kortin"), command);
    const qint64 localId = repository.insertMessage(own, {}, QString(), &error);
    QVERIFY2(localId > 0, qPrintable(error));

    // The server's copy of it, under the server's id, delivered twice (answer and feed).
    Message copy = serverMessage(120045, 20, QStringLiteral("Lukitsin kortin"), command);
    copy.delivery = DeliveryState::Sent;
    QVERIFY2(repository.storeServerMessage(copy, &stored, &error), qPrintable(error));
    QVERIFY(repository.storeServerMessage(copy, &stored, &error));
    const std::optional<ConversationThread> thread = repository.thread(20, &error);
    QVERIFY(thread);
    QCOMPARE(thread->messages.size(), 2);
    QCOMPARE(thread->messages.at(1).id, qint64(120045));
    QCOMPARE(thread->messages.at(1).delivery, DeliveryState::Sent);
    QCOMPARE(searchHits(QStringLiteral("lukitsin")), 1);

    // A message for a conversation this cache does not hold is not stored.
    QVERIFY(repository.storeServerMessage(serverMessage(121000, 999, QStringLiteral("x")), &stored, &error));
    QVERIFY(!stored);
}

void TestConversationCopies::optimisticRowHoldingTheServersIdIsMovedAside()
{
    ConversationRepository repository(*m_db);
    QString error;
    QVERIFY(repository.storeServerConversation(serverConversation(30, 1), false, &error));
    const QUuid mine = QUuid::createUuid();
    const qint64 localId = repository.insertMessage(serverMessage(0, 30, QStringLiteral("Minun vastaus"), mine), {},
                                                    QString(), &error);
    QVERIFY(localId > 0);
    // A colleague's message arrives with exactly that id from the server.
    bool stored = false;
    QVERIFY2(repository.storeServerMessage(serverMessage(localId, 30, QStringLiteral("Kollegan vastaus"),
                                                         QUuid::createUuid()),
                                           &stored, &error),
             qPrintable(error));
    const std::optional<ConversationThread> thread = repository.thread(30, &error);
    QVERIFY(thread);
    QCOMPARE(thread->messages.size(), 2);
    QStringList texts;
    for (const Message &m : thread->messages)
        texts << m.bodyText;
    QVERIFY(texts.contains(QStringLiteral("Minun vastaus")));
    QVERIFY(texts.contains(QStringLiteral("Kollegan vastaus")));
    QCOMPARE(count(QStringLiteral("SELECT body_text = 'Kollegan vastaus' FROM messages WHERE id = %1").arg(localId)), 1);
}

void TestConversationCopies::threadReplacementKeepsOnlyUnsentOwnMessages()
{
    ConversationRepository repository(*m_db);
    QString error;
    QVERIFY(repository.storeServerConversation(serverConversation(40, 1), false, &error));
    const QUuid unsent = QUuid::createUuid();
    const QUuid refused = QUuid::createUuid();
    QVERIFY(repository.insertMessage(serverMessage(0, 40, QStringLiteral("odottaa lahetysta"), unsent), {}, QString(),
                                     &error));
    QVERIFY(repository.insertMessage(serverMessage(0, 40, QStringLiteral("hylatty viesti"), refused), {}, QString(),
                                     &error));
    const QList<Message> server = {serverMessage(500, 40, QStringLiteral("ensimmainen")),
                                   serverMessage(501, 40, QStringLiteral("toinen"))};
    QVERIFY2(repository.replaceServerThread(40, server, {unsent.toString(QUuid::WithoutBraces)}, &error),
             qPrintable(error));
    const std::optional<ConversationThread> thread = repository.thread(40, &error);
    QVERIFY(thread);
    QStringList texts;
    for (const Message &m : thread->messages)
        texts << m.bodyText;
    QCOMPARE(texts, (QStringList{QStringLiteral("ensimmainen"), QStringLiteral("toinen"),
                                 QStringLiteral("odottaa lahetysta")}));
    QCOMPARE(searchHits(QStringLiteral("hylatty")), 0);
    QCOMPARE(searchHits(QStringLiteral("toinen")), 1);
    QCOMPARE(searchHits(QStringLiteral("odottaa")), 1);
    // Done again (the thread opened twice): the same, no index entry twice.
    QVERIFY(repository.replaceServerThread(40, server, {unsent.toString(QUuid::WithoutBraces)}, &error));
    QCOMPARE(repository.thread(40, &error)->messages.size(), 3);
    QCOMPARE(searchHits(QStringLiteral("toinen")), 1);
}

QTEST_GUILESS_MAIN(TestConversationCopies)
#include "tst_conversationcopies.moc"

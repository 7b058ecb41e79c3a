#include "fixtures.h"
#include "testsupport.h"

#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ConversationNames;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
const QString Me = QStringLiteral("aino.lehtonen");

/// What the test knows of a stored conversation, read back in the plainest way.
struct Row
{
    qint64 id = 0;
    QString channel;
    QString status;
    QString priority;
    QString assignee;
    QString queue;
    QString topics;
    QString slaDue;
    QString updatedAt;
    bool open() const { return status != QLatin1String("resolved") && status != QLatin1String("closed"); }
    int priorityOrder() const
    {
        return priority == QLatin1String("urgent") ? 0 : priority == QLatin1String("high") ? 1
               : priority == QLatin1String("normal") ? 2 : 3;
    }
};

} // namespace

class TestConversationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void viewsAndSortsMatchABruteForceReading_data();
    void viewsAndSortsMatchABruteForceReading();
    void everyViewAndSortIsAnIndexRangeScan_data();
    void everyViewAndSortIsAnIndexRangeScan();
    void countsMatchABruteForceCount();
    void countsFollowStatusAndAssignment();
    void threadHasMessagesOldestFirstWithAttachments();
    void attachmentContentIdRoundTrips();
    void replyStopsTheFirstResponseClockAndAnswerReopens();
    void fullTextFindsMessagesWithNordicLetters_data();
    void fullTextFindsMessagesWithNordicLetters();
    void fullTextPagesWithoutDuplicatesAndCombinesWithViews();
    void vocabularyHoldsTheIndexsOwnWords();
    void prefixExpandsThroughTheVocabulary();
    void hostileSearchInputIsHarmless_data();
    void hostileSearchInputIsHarmless();
    void threadingByMessageId();
    void senderMatchesCustomerEmailCaseInsensitively();

private:
    QList<Row> rows();
    /// A new email conversation of Aino's, at Now.
    qint64 ainoEmail(ConversationRepository &repository, const QString &subject, QString *error);
    QList<qint64> pageThrough(InboxQuery query, int pageSize);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_ainoId = 0;
    qint64 m_searchConversation = 0;
};

void TestConversationRepository::initTestCase()
{
    TestSupport::pinEnvironment();
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(QStringLiteral("conversation-test"));
    const OpenResult result = m_db->open(m_dir.filePath(QStringLiteral("carddesk.sqlite")));
    QVERIFY2(result.ok(), qPrintable(result.message));
    Fixtures::addStandardPeople(*m_db);
    QSqlQuery aino(m_db->connection());
    QVERIFY(aino.exec(QStringLiteral("SELECT id FROM customers WHERE first_name = 'Aino' ORDER BY id LIMIT 1")));
    QVERIFY(aino.next());
    m_ainoId = aino.value(0).toLongLong();

    // 240 conversations with every combination the views and sorts care
    // about; due times around Now (breached, due soon, later), ties included.
    ConversationRepository repository(*m_db);
    SqlTransaction transaction(m_db->connection());
    const QStringList agents = {Me, QStringLiteral("jukka.salminen"), QString()};
    const QStringList queues = {QStringLiteral("cards"), QStringLiteral("billing"), QStringLiteral("fraud")};
    quint32 state = 12345;
    auto next = [&state](int n) {
        state = state * 1103515245u + 12345u;
        return int((state >> 16) % quint32(n));
    };
    for (int i = 0; i < 240; ++i) {
        ConversationRepository::NewConversation n;
        n.customerId = i % 5 == 0 ? 0 : m_ainoId;
        n.contact = QStringLiteral("someone%1@example.org").arg(i);
        n.channel = Channel(next(7));
        const ConversationStatus status = ConversationStatus(next(6));
        n.priority = Priority(next(4));
        n.assignee = agents.at(next(3));
        n.queue = queues.at(next(3));
        n.topics = {topicName(Topic(next(10)))};
        n.subject = QStringLiteral("Case %1").arg(i);
        n.createdAt = Now.addSecs(-3600 * next(72));
        // Ties in due time on purpose (every 10 minutes), so the id breaks them.
        n.firstResponseDue = Now.addSecs(600 * (next(30) - 12));
        n.resolutionDue = n.firstResponseDue.addDays(2);
        QString error;
        const qint64 id = repository.insertConversation(n, &error);
        QVERIFY2(id > 0, qPrintable(error));
        Message m;
        m.conversationId = id;
        m.direction = MessageDirection::Inbound;
        m.author = QStringLiteral("Customer");
        m.at = n.createdAt.addSecs(60 * next(50));
        m.bodyText = QStringLiteral("Message about case %1").arg(i);
        QVERIFY2(repository.insertMessage(m, {}, QString(), &error) > 0, qPrintable(error));
        // After the customer's message (which reopens), like an agent would.
        if (status != ConversationStatus::New)
            QVERIFY2(repository.setStatus(id, status, Now.addSecs(-60 * next(60 * 24 * 10)), &error), qPrintable(error));
    }
    QVERIFY(transaction.commit());
}

QList<Row> TestConversationRepository::rows()
{
    QList<Row> result;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, channel, status, priority, coalesce(assignee, ''), queue, topics,"
                               " sla_due, updated_at FROM conversations")))
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                       q.value(8).toString()});
    return result;
}

QList<qint64> TestConversationRepository::pageThrough(InboxQuery query, int pageSize)
{
    QList<qint64> ids;
    query.limit = pageSize;
    query.cursor.clear();
    for (int guard = 0; guard < 1000; ++guard) {
        const ConversationPage page = ConversationRepository(*m_db).list(query, Me, Now);
        if (!page.error.isEmpty())
            qFatal("list: %s", qPrintable(page.error));
        for (const ConversationSummary &row : page.rows)
            ids << row.id;
        if (!page.hasMore)
            break;
        if (page.nextCursor.isEmpty() || page.rows.size() != pageSize)
            qFatal("a page with more to come must be full and have a cursor");
        query.cursor = page.nextCursor;
    }
    return ids;
}

void TestConversationRepository::viewsAndSortsMatchABruteForceReading_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("channel");    // -1: none
    QTest::addColumn<QString>("queue");
    const char *views[] = {"my open", "unassigned", "all open", "due soon", "by channel", "alerts", "resolved"};
    const char *sorts[] = {"sla", "updated", "priority"};
    for (int v = 0; v < 7; ++v) {
        for (int s = 0; s < 3; ++s)
            QTest::addRow("%s, %s", views[v], sorts[s]) << v << s << (v == 4 ? int(Channel::Email) : -1) << QString();
    }
    QTest::addRow("all open, chat filter, updated") << int(InboxView::AllOpen) << int(InboxSort::LastUpdate)
                                                    << int(Channel::Chat) << QString();
    QTest::addRow("due soon, fraud queue, priority") << int(InboxView::DueSoon) << int(InboxSort::Priority) << -1
                                                     << QStringLiteral("fraud");
}

void TestConversationRepository::viewsAndSortsMatchABruteForceReading()
{
    QFETCH(int, view);
    QFETCH(int, sort);
    QFETCH(int, channel);
    QFETCH(QString, queue);

    InboxQuery query;
    query.view = InboxView(view);
    query.sort = InboxSort(sort);
    if (channel >= 0)
        query.channel = Channel(channel);
    query.queue = queue;

    // The same view, computed from plain rows in C++.
    const QString soon = ConversationRepository::isoTime(Now.addSecs(ConversationRepository::DueSoonSeconds));
    QList<Row> expected;
    for (const Row &r : rows()) {
        bool in = false;
        switch (query.view) {
        case InboxView::MyOpen: in = r.open() && r.assignee == Me; break;
        case InboxView::Unassigned: in = r.open() && r.assignee.isEmpty(); break;
        case InboxView::AllOpen: in = r.open(); break;
        case InboxView::DueSoon: in = r.open() && r.slaDue < soon; break;
        case InboxView::ByChannel: in = r.open(); break;
        case InboxView::Alerts: in = r.open() && r.channel == QLatin1String("alert"); break;
        case InboxView::Resolved: in = !r.open(); break;
        }
        if (channel >= 0 && r.channel != channelName(Channel(channel)))
            in = false;
        if (!queue.isEmpty() && r.queue != queue)
            in = false;
        if (in)
            expected << r;
    }
    InboxSort effective = query.sort;
    if (query.view == InboxView::Resolved && effective == InboxSort::SlaDue)
        effective = InboxSort::LastUpdate;
    std::sort(expected.begin(), expected.end(), [effective](const Row &a, const Row &b) {
        switch (effective) {
        case InboxSort::SlaDue:
            return std::tie(a.slaDue, a.id) < std::tie(b.slaDue, b.id);
        case InboxSort::LastUpdate:
            return std::tie(b.updatedAt, b.id) < std::tie(a.updatedAt, a.id);
        case InboxSort::Priority:
            return std::make_tuple(a.priorityOrder(), a.slaDue, a.id) < std::make_tuple(b.priorityOrder(), b.slaDue, b.id);
        }
        return false;
    });
    QList<qint64> expectedIds;
    for (const Row &r : std::as_const(expected))
        expectedIds << r.id;
    QVERIFY2(!expectedIds.isEmpty(), "the fixture must give every view some rows");

    // Small pages: many cursors, each must continue exactly where the last page ended.
    const QList<qint64> paged = pageThrough(query, 7);
    QCOMPARE(paged, expectedIds);
    QCOMPARE(QSet<qint64>(paged.cbegin(), paged.cend()).size(), paged.size());
    QCOMPARE(pageThrough(query, 500), expectedIds);
}

void TestConversationRepository::everyViewAndSortIsAnIndexRangeScan_data()
{
    viewsAndSortsMatchABruteForceReading_data();
}

void TestConversationRepository::everyViewAndSortIsAnIndexRangeScan()
{
    QFETCH(int, view);
    QFETCH(int, sort);
    QFETCH(int, channel);
    QFETCH(QString, queue);
    InboxQuery query;
    query.view = InboxView(view);
    query.sort = InboxSort(sort);
    if (channel >= 0)
        query.channel = Channel(channel);
    query.queue = queue;
    for (const QString &cursor : {QString(), QStringLiteral("x")}) {
        // With a real cursor too: the keyset condition must stay a range on the index.
        if (!cursor.isEmpty()) {
            InboxQuery first = query;
            first.limit = 2;
            const ConversationPage page = ConversationRepository(*m_db).list(first, Me, Now);
            if (!page.hasMore)
                continue;
            query.cursor = page.nextCursor;
        }
        const QString plan = ConversationRepository(*m_db).queryPlan(query, Me, Now);
        QVERIFY2(plan.contains(QLatin1String("SEARCH c USING INDEX conversations_")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("SCAN c")), qPrintable(plan));
    }
}

void TestConversationRepository::countsMatchABruteForceCount()
{
    const QList<Row> all = rows();
    QString error;
    const InboxCounts counts = ConversationRepository(*m_db).counts(Me, Now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString now = ConversationRepository::isoTime(Now);
    const QString soon = ConversationRepository::isoTime(Now.addSecs(ConversationRepository::DueSoonSeconds));
    const QString weekAgo = ConversationRepository::isoTime(Now.addDays(-7));
    int myOpen = 0, unassigned = 0, allOpen = 0, dueSoon = 0, breached = 0, alerts = 0, resolved = 0;
    QHash<QString, int> byChannel;
    for (const Row &r : all) {
        if (r.open()) {
            ++allOpen;
            myOpen += r.assignee == Me;
            unassigned += r.assignee.isEmpty();
            dueSoon += r.slaDue < soon;
            breached += r.slaDue < now;
            alerts += r.channel == QLatin1String("alert");
            ++byChannel[r.channel];
        } else {
            resolved += r.updatedAt >= weekAgo;
        }
    }
    QVERIFY(myOpen > 0 && unassigned > 0 && breached > 0 && dueSoon > breached && alerts > 0 && resolved > 0);
    QCOMPARE(counts.myOpen, myOpen);
    QCOMPARE(counts.unassigned, unassigned);
    QCOMPARE(counts.allOpen, allOpen);
    QCOMPARE(counts.dueSoon, dueSoon);
    QCOMPARE(counts.breached, breached);
    QCOMPARE(counts.alerts, alerts);
    QCOMPARE(counts.resolved, resolved);
    QCOMPARE(counts.openByChannel.size(), 7);
    for (const auto &entry : counts.openByChannel)
        QCOMPARE(entry.second, byChannel.value(channelName(entry.first)));
}

void TestConversationRepository::countsFollowStatusAndAssignment()
{
    ConversationRepository repository(*m_db);
    QString error;
    const InboxCounts before = repository.counts(Me, Now, &error);
    ConversationRepository::NewConversation n;
    n.customerId = m_ainoId;
    n.channel = Channel::Alert;
    n.status = ConversationStatus::New;
    n.subject = QStringLiteral("Counts");
    n.createdAt = Now;
    n.firstResponseDue = Now.addDays(3);
    SqlTransaction transaction(m_db->connection());
    const qint64 id = repository.insertConversation(n, &error);
    QVERIFY2(id > 0, qPrintable(error));
    InboxCounts now = repository.counts(Me, Now, &error);
    QCOMPARE(now.allOpen, before.allOpen + 1);
    QCOMPARE(now.unassigned, before.unassigned + 1);
    QCOMPARE(now.alerts, before.alerts + 1);

    QVERIFY(repository.assign(id, Me, QString(), Now, &error));
    now = repository.counts(Me, Now, &error);
    QCOMPARE(now.unassigned, before.unassigned);
    QCOMPARE(now.myOpen, before.myOpen + 1);

    QVERIFY(repository.setStatus(id, ConversationStatus::Closed, Now, &error));
    now = repository.counts(Me, Now, &error);
    QCOMPARE(now.allOpen, before.allOpen);
    QCOMPARE(now.myOpen, before.myOpen);
    QCOMPARE(now.alerts, before.alerts);
    QCOMPARE(now.resolved, before.resolved + 1);
    // Closing twice moves nothing twice.
    QVERIFY(repository.setStatus(id, ConversationStatus::Resolved, Now, &error));
    QCOMPARE(repository.counts(Me, Now, &error).allOpen, before.allOpen);
    transaction.rollback();
    QCOMPARE(repository.counts(Me, Now, &error).allOpen, before.allOpen);
}

qint64 TestConversationRepository::ainoEmail(ConversationRepository &repository, const QString &subject,
                                             QString *error)
{
    ConversationRepository::NewConversation n;
    n.customerId = m_ainoId;
    n.channel = Channel::Email;
    n.subject = subject;
    n.createdAt = Now;
    return repository.insertConversation(n, error);
}

void TestConversationRepository::threadHasMessagesOldestFirstWithAttachments()
{
    ConversationRepository repository(*m_db);
    QString error;
    SqlTransaction transaction(m_db->connection());
    const qint64 id = ainoEmail(repository, QStringLiteral("Kuitti"), &error);
    QVERIFY(id > 0);
    for (int i = 0; i < 3; ++i) {
        Message m;
        m.conversationId = id;
        m.direction = i == 1 ? MessageDirection::Note : MessageDirection::Inbound;
        m.author = QStringLiteral("Aino");
        m.at = Now.addSecs(60 * i);
        m.bodyText = QStringLiteral("Viesti %1").arg(i);
        QList<ConversationRepository::NewAttachment> attachments;
        if (i == 0)
            attachments.append({QStringLiteral("kuitti.png"), QStringLiteral("image/png"), 1234,
                                QByteArray(64, 'a'), QString(), false});
        QVERIFY(repository.insertMessage(m, attachments, QString(), &error) > 0);
    }
    QVERIFY(transaction.commit());
    const std::optional<ConversationThread> thread = repository.thread(id, &error);
    QVERIFY(thread);
    QCOMPARE(thread->messages.size(), 3);
    QCOMPARE(thread->messages.at(0).bodyText, QStringLiteral("Viesti 0"));
    QCOMPARE(thread->messages.at(2).bodyText, QStringLiteral("Viesti 2"));
    QCOMPARE(thread->messages.at(1).direction, MessageDirection::Note);
    QCOMPARE(thread->messages.at(0).attachments.size(), 1);
    QCOMPARE(thread->messages.at(0).attachments.at(0).fileName, QStringLiteral("kuitti.png"));
    QCOMPARE(thread->messages.at(0).attachments.at(0).size, qint64(1234));
    QVERIFY(thread->messages.at(1).attachments.isEmpty());
    QVERIFY(thread->conversation.hasAttachments);
    QCOMPARE(thread->conversation.messageCount, 3);
    QCOMPARE(thread->conversation.customerName, QStringLiteral("Aino Virtanen"));
    // A note is internal: the preview shows the customer's last message.
    QCOMPARE(thread->conversation.preview, QStringLiteral("Viesti 2"));
    QVERIFY(!repository.thread(999999, &error));
    QVERIFY(error.isEmpty());

    const QList<ConversationSummary> ofAino = repository.conversationsOfCustomer(m_ainoId, 1000, &error);
    QVERIFY(ofAino.size() > 100);
    for (qsizetype i = 1; i < ofAino.size(); ++i)
        QVERIFY(ofAino.at(i - 1).updatedAt >= ofAino.at(i).updatedAt);
}

void TestConversationRepository::attachmentContentIdRoundTrips()
{
    ConversationRepository repository(*m_db);
    QString error;
    SqlTransaction transaction(m_db->connection());
    const qint64 id = ainoEmail(repository, QStringLiteral("Kuva kortista"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    Message m;
    m.conversationId = id;
    m.author = QStringLiteral("Aino");
    m.at = Now;
    m.bodyText = QStringLiteral("Kuva liitteenä");
    m.bodyHtml = QStringLiteral("<p><img src=\"cid:kortti@example.fi\"></p>");
    const QList<ConversationRepository::NewAttachment> attachments = {
        {QStringLiteral("kortti.png"), QStringLiteral("image/png"), 10, QByteArray(64, 'b'),
         QStringLiteral("kortti@example.fi"), true},
        {QStringLiteral("lasku.pdf"), QStringLiteral("application/pdf"), 20, QByteArray(64, 'c'), QString(), false},
    };
    QVERIFY2(repository.insertMessage(m, attachments, QString(), &error) > 0, qPrintable(error));
    QVERIFY(transaction.commit());

    const std::optional<ConversationThread> thread = repository.thread(id, &error);
    QVERIFY2(thread, qPrintable(error));
    const QList<Attachment> loaded = thread->messages.at(0).attachments;
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).contentId, QStringLiteral("kortti@example.fi"));
    QCOMPARE(loaded.at(0).sha256, QByteArray(64, 'b'));
    QVERIFY(loaded.at(1).contentId.isEmpty());   // stored as NULL, read back empty

    const Attachment single = repository.attachment(loaded.at(0).id, &error);
    QCOMPARE(single.contentId, QStringLiteral("kortti@example.fi"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT content_id IS NULL FROM attachments WHERE id = %1").arg(loaded.at(1).id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestConversationRepository::replyStopsTheFirstResponseClockAndAnswerReopens()
{
    ConversationRepository repository(*m_db);
    QString error;
    SqlTransaction transaction(m_db->connection());
    ConversationRepository::NewConversation n;
    n.channel = Channel::Chat;
    n.contact = QStringLiteral("visitor");
    n.subject = QStringLiteral("Chat");
    n.createdAt = Now;
    n.firstResponseDue = Now.addSecs(120);
    n.resolutionDue = Now.addDays(1);
    const qint64 id = repository.insertConversation(n, &error);
    QCOMPARE(repository.summary(id, &error)->firstResponseDue, Now.addSecs(120));
    Message reply;
    reply.conversationId = id;
    reply.direction = MessageDirection::Outbound;
    reply.author = Me;
    reply.at = Now.addSecs(30);
    reply.bodyText = QStringLiteral("Hello");
    reply.delivery = DeliveryState::Queued;
    QVERIFY(repository.insertMessage(reply, {}, QString(), &error));
    std::optional<ConversationSummary> s = repository.summary(id, &error);
    QVERIFY(!s->firstResponseDue.isValid());
    QCOMPARE(s->status, ConversationStatus::Open);
    QSqlQuery due(m_db->connection());
    QVERIFY(due.exec(QStringLiteral("SELECT sla_due, first_responded_at FROM conversations WHERE id = %1").arg(id)));
    QVERIFY(due.next());
    QCOMPARE(due.value(0).toString(), ConversationRepository::isoTime(Now.addDays(1)));
    QCOMPARE(due.value(1).toString(), ConversationRepository::isoTime(Now.addSecs(30)));

    QVERIFY(repository.setStatus(id, ConversationStatus::Resolved, Now, &error));
    Message answer = reply;
    answer.direction = MessageDirection::Inbound;
    answer.author = QStringLiteral("visitor");
    answer.bodyText = QStringLiteral("One more question");
    QVERIFY(repository.insertMessage(answer, {}, QString(), &error));
    s = repository.summary(id, &error);
    QCOMPARE(s->status, ConversationStatus::Open);
    QCOMPARE(s->version, 4);
    transaction.rollback();
}

void TestConversationRepository::fullTextFindsMessagesWithNordicLetters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::addRow("exact") << "käyttöraja" << true;
    QTest::addRow("folded") << "kayttoraja" << true;
    QTest::addRow("upper") << "KÄYTTÖRAJA" << true;
    QTest::addRow("prefix") << "käyttö" << true;
    QTest::addRow("two words, stems") << "korotuk käyttörajaan" << true;
    QTest::addRow("swedish å") << "förfallodag" << true;
    QTest::addRow("swedish folded") << "forfallodag" << true;
    QTest::addRow("subject") << "Nordlysrabatt" << true;
    QTest::addRow("norwegian ø") << "Ødegård" << true;
    QTest::addRow("not there") << "käyttöraja asuntolaina" << false;
}

void TestConversationRepository::fullTextFindsMessagesWithNordicLetters()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    ConversationRepository repository(*m_db);
    QString error;
    if (!m_searchConversation) {
        SqlTransaction transaction(m_db->connection());
        ConversationRepository::NewConversation n;
        n.customerId = m_ainoId;
        n.channel = Channel::Email;
        n.status = ConversationStatus::Open;
        n.subject = QStringLiteral("Nordlysrabatt");
        n.createdAt = Now;
        m_searchConversation = repository.insertConversation(n, &error);
        const QStringList bodies = {QStringLiteral("Haluaisin korotuksen käyttörajaan, käyttöraja on liian pieni."),
                                    QStringLiteral("Kan jag flytta förfallodagen?"),
                                    QStringLiteral("Hilsen Ingrid Ødegård")};
        for (const QString &body : bodies) {
            Message m;
            m.conversationId = m_searchConversation;
            m.author = QStringLiteral("Aino");
            m.at = Now;
            m.bodyText = body;
            QVERIFY(repository.insertMessage(m, {}, QString(), &error));
        }
        QVERIFY(transaction.commit());
    }
    InboxQuery q;
    q.view = InboxView::AllOpen;
    q.text = query;
    const ConversationPage page = repository.list(q, Me, Now);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    bool hit = false;
    for (const ConversationSummary &row : page.rows)
        hit = hit || row.id == m_searchConversation;
    QCOMPARE(hit, found);
    // A search in the wrong view does not find it.
    q.view = InboxView::Resolved;
    const ConversationPage resolved = repository.list(q, Me, Now);
    for (const ConversationSummary &row : resolved.rows)
        QVERIFY(row.id != m_searchConversation);
}

void TestConversationRepository::fullTextPagesWithoutDuplicatesAndCombinesWithViews()
{
    // Every fixture conversation has "Message about case N"; each must come
    // once, newest conversation first, however the pages fall.
    InboxQuery q;
    q.view = InboxView::AllOpen;
    q.text = QStringLiteral("case");
    const QList<qint64> ids = pageThrough(q, 9);
    QVERIFY(ids.size() > 50);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
    QVERIFY(std::is_sorted(ids.crbegin(), ids.crend()));
    int openRows = 0;
    for (const Row &r : rows())
        openRows += r.open() && r.topics.size() >= 0 && r.id <= 240;
    QCOMPARE(ids.size(), openRows);

    q.channel = Channel::Chat;
    for (const qint64 id : pageThrough(q, 4)) {
        const std::optional<ConversationSummary> s = ConversationRepository(*m_db).summary(id, nullptr);
        QCOMPARE(s->channel, Channel::Chat);
    }
    const QString plan = ConversationRepository(*m_db).queryPlan(q, Me, Now);
    QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
}

void TestConversationRepository::vocabularyHoldsTheIndexsOwnWords()
{
    // Words the C++ side must split and fold exactly as SQLite's unicode61
    // tokenizer (remove_diacritics 2) does, or prefix search would miss them.
    ConversationRepository repository(*m_db);
    QString error;
    SqlTransaction transaction(m_db->connection());
    ConversationRepository::NewConversation n;
    n.customerId = m_ainoId;
    n.channel = Channel::Chat;
    n.status = ConversationStatus::Open;
    n.subject = QStringLiteral("Ärende: Straße, naïve café");
    n.createdAt = Now;
    const qint64 id = repository.insertConversation(n, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const QStringList bodies = {
        QStringLiteral("ÅÄÖ åäö Øø Ææ Þórður Łódź İstanbul ǅemal ﬁnance"),
        QStringLiteral("Kaksi 😀 emojia 👍🏽 ja kortti4021 sekä 1\u00a0000,50 €"),
        QStringLiteral("مرحبا بالعالم עברית Καλημέρα Привет 银行卡 カード"),
        QStringLiteral("e\u0301te\u0301 combining, ＦＵＬＬ１２３ fullwidth, x\u200by zero-width"),
        QStringLiteral("O'Brien's \"quoted\" AND OR NOT NEAR(a b) kor* ^start -minus +plus"),
    };
    for (const QString &body : bodies) {
        Message m;
        m.conversationId = id;
        m.author = QStringLiteral("Aino");
        m.at = Now;
        m.bodyText = body;
        QVERIFY2(repository.insertMessage(m, {}, QString(), &error) > 0, qPrintable(error));
    }
    QVERIFY(transaction.commit());

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms"
                                  " USING fts5vocab(main, conversation_search, 'row')")));
    QVERIFY(q.exec(QStringLiteral("SELECT term FROM temp.terms WHERE term NOT IN (SELECT term FROM search_vocabulary)")));
    QStringList missing;
    while (q.next())
        missing << q.value(0).toString();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_vocabulary WHERE term NOT IN (SELECT term FROM temp.terms)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("DROP TABLE temp.terms")));
}

void TestConversationRepository::prefixExpandsThroughTheVocabulary()
{
    ConversationRepository repository(*m_db);
    QString error;
    // A stem of four letters or more becomes an OR of the words it starts,
    // the word as typed included; shorter ones stay prefixes (their own index).
    const QString expanded = repository.expandedMatchExpression(QStringLiteral("KÄYTTÖ ko"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(expanded.startsWith(QStringLiteral("(\"kayttoraja\" OR \"kayttorajaan\" OR \"KÄYTTÖ\") AND ")),
             qPrintable(expanded));
    QVERIFY2(expanded.endsWith(QStringLiteral(" AND \"ko\"*")), qPrintable(expanded));
    // A stem the vocabulary does not know stays a prefix.
    QCOMPARE(repository.expandedMatchExpression(QStringLiteral("zzzqx"), &error), QStringLiteral("\"zzzqx\"*"));
    QCOMPARE(repository.indexTerms(QStringLiteral("Eräpäivä, KJØPET! e\u0301te\u0301 4021")),
             QStringList({QStringLiteral("erapaiva"), QStringLiteral("kjøpet"), QStringLiteral("ete"),
                          QStringLiteral("4021")}));
}

void TestConversationRepository::hostileSearchInputIsHarmless_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("double quote") << "\"";
    QTest::addRow("star") << "*";
    QTest::addRow("caret") << "^case";
    QTest::addRow("minus") << "-case";
    QTest::addRow("NEAR") << "NEAR(case about)";
    QTest::addRow("OR") << "case OR about";
    QTest::addRow("column filter") << "text:case";
    QTest::addRow("brace filter") << "{text}: case";
    QTest::addRow("SQL") << "'; DROP TABLE conversations; --";
    QTest::addRow("control chars") << QStringLiteral("ca\x01se\x07");
    QTest::addRow("emoji") << "😀🙈 case";
    QTest::addRow("RTL") << QStringLiteral("مرحبا שלום");
    QTest::addRow("100k chars") << QString(100000, QLatin1Char('x'));
    QTest::addRow("only punctuation") << "()[]{}:;";
    QTest::addRow("one letter") << "a";
    QTest::addRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("case");
    QTest::addRow("bogus cursor") << "case";
}

void TestConversationRepository::hostileSearchInputIsHarmless()
{
    QFETCH(QString, query);
    InboxQuery q;
    q.text = query;
    if (QByteArray(QTest::currentDataTag()) == "bogus cursor")
        q.cursor = QStringLiteral("s:'; DROP TABLE x");
    const ConversationPage page = ConversationRepository(*m_db).list(q, Me, Now);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM conversations")));
    QVERIFY(count.next());
    QVERIFY(count.value(0).toInt() >= 240);
}

void TestConversationRepository::threadingByMessageId()
{
    ConversationRepository repository(*m_db);
    QString error;
    SqlTransaction transaction(m_db->connection());
    ConversationRepository::NewConversation n;
    n.channel = Channel::Email;
    n.subject = QStringLiteral("Thread");
    n.createdAt = Now;
    const qint64 id = repository.insertConversation(n, &error);
    Message m;
    m.conversationId = id;
    m.author = QStringLiteral("a@example.org");
    m.at = Now;
    m.bodyText = QStringLiteral("first");
    m.externalId = QStringLiteral("abc123@mail.example.org");
    QVERIFY(repository.insertMessage(m, {}, QString(), &error));
    QVERIFY(repository.hasExternalId(m.externalId, &error));
    QVERIFY(!repository.hasExternalId(QStringLiteral("other@example.org"), &error));
    QCOMPARE(repository.conversationByExternalIds({QStringLiteral("unknown@x"), m.externalId}, &error), id);
    QCOMPARE(repository.conversationByExternalIds({QStringLiteral("unknown@x")}, &error), qint64(0));
    // The database itself refuses a second message with the same Message-ID.
    m.bodyText = QStringLiteral("again");
    QCOMPARE(repository.insertMessage(m, {}, QString(), &error), qint64(0));
    QVERIFY(!error.isEmpty());
    transaction.rollback();
}

void TestConversationRepository::senderMatchesCustomerEmailCaseInsensitively()
{
    ConversationRepository repository(*m_db);
    QString error;
    QSqlQuery email(m_db->connection());
    QVERIFY(email.exec(QStringLiteral("SELECT id, email FROM customers WHERE email IS NOT NULL ORDER BY id LIMIT 1")));
    QVERIFY(email.next());
    const qint64 id = email.value(0).toLongLong();
    const QString address = email.value(1).toString();
    QCOMPARE(repository.customerByEmail(address.toUpper(), &error), id);
    QCOMPARE(repository.customerByEmail(QStringLiteral("  ") + address + QStringLiteral(" "), &error), id);
    QCOMPARE(repository.customerByEmail(QStringLiteral("nobody@nowhere.invalid"), &error), qint64(0));
    QSqlQuery plan(m_db->connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM customers WHERE lower(email) = lower('X')"
                                     " AND email IS NOT NULL ORDER BY id LIMIT 1")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    QVERIFY2(steps.join(QLatin1Char(';')).contains(QLatin1String("customers_by_email")), qPrintable(steps.join(QLatin1Char(';'))));
}

QTEST_GUILESS_MAIN(TestConversationRepository)
#include "tst_conversationrepository.moc"

#include "fixtures.h"
#include "testsupport.h"

#include "services/inboxservice.h"
#include "services/localbackend.h"
#include "services/localinboxservice.h"
#include "storage/auditlog.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::await;

class TestLocalInboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replyWithACardNumberIsRefusedAndNothingIsStored();
    void replyIsAQueuedCommandWithAnAuditEntry();
    void replyNeedsAWrittenChannel();
    void noteIsInternal();
    void bulkStatusIsOneCommandListingEveryId();
    void unknownConversationRefusesTheWholeSelection();
    void agentsAssignToThemselvesSupervisorsToAnyone();
    void assigningToAnUnknownAgentIsRefusedInItsCommand();
    void topicsAndPriority();
    void logCallOpensThenContinuesAPhoneConversation();
    void importThreadsMatchesAndSkipsDuplicates();
    void duplicateInOneBatchIsStoredOnce();
    void memoryDatabaseMakesItsAttachmentFolderOnlyWhenWriting();
    void importStoresTheClassifiersTopicOnNewConversations();
    void macrosLoadFromTheShippedCatalog();
    void viewsAndCountsThroughTheService();
    void demoInboxShowsEveryChannelAndAinosReceipt();

private:
    qint64 addConversation(Channel channel, const QString &assignee = QString(),
                           ConversationStatus status = ConversationStatus::New);
    LocalInboxService *inbox();
    QList<AuditEntry> audit();
    QVariant scalar(const QString &sql);
    void writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    qint64 m_ainoId = 0;
};

void TestLocalInboxService::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_backend = Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error);
    QVERIFY2(m_backend, qPrintable(error));
    m_ainoId = await(m_backend->worker()->run([](Database &db) {
        Fixtures::addStandardPeople(db);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("INSERT INTO agents (username, display_name, role) VALUES"
                              " ('other.agent', 'Other Agent', 'agent'), ('the.boss', 'The Boss', 'supervisor')"));
        q.exec(QStringLiteral("SELECT id FROM customers WHERE email = 'aino.virtanen@example.fi'"));
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    }));
    QVERIFY(m_ainoId > 0);
    QCOMPARE(m_backend->inbox(), static_cast<InboxService *>(inbox()));
}

void TestLocalInboxService::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

LocalInboxService *TestLocalInboxService::inbox()
{
    return qobject_cast<LocalInboxService *>(m_backend->inbox());
}

qint64 TestLocalInboxService::addConversation(Channel channel, const QString &assignee, ConversationStatus status)
{
    const qint64 customer = m_ainoId;
    return await(m_backend->worker()->run([=](Database &db) {
        ConversationRepository repository(db);
        SqlTransaction transaction(db.connection());
        ConversationRepository::NewConversation n;
        n.customerId = customer;
        n.channel = channel;
        n.assignee = assignee;
        n.subject = QStringLiteral("Kortti");
        n.createdAt = QDateTime::currentDateTimeUtc();
        n.firstResponseDue = n.createdAt.addSecs(3600);
        n.resolutionDue = n.createdAt.addDays(2);
        QString error;
        const qint64 id = repository.insertConversation(n, &error);
        Message m;
        m.conversationId = id;
        m.author = QStringLiteral("Aino Virtanen");
        m.at = n.createdAt;
        m.bodyText = QStringLiteral("Korttini on kadonnut");
        repository.insertMessage(m, {}, QString(), &error);
        if (status != ConversationStatus::New)
            repository.setStatus(id, status, n.createdAt, &error);
        transaction.commit();
        return id;
    }));
}

QList<AuditEntry> TestLocalInboxService::audit()
{
    return await(m_backend->worker()->run([](Database &db) {
        QString error;
        return AuditLog(db).entries(1, 1000, &error);
    }));
}

QVariant TestLocalInboxService::scalar(const QString &sql)
{
    return await(m_backend->worker()->run([sql](Database &db) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return QVariant(q.lastError().text());
        return q.value(0);
    }));
}

void TestLocalInboxService::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestLocalInboxService::replyWithACardNumberIsRefusedAndNothingIsStored()
{
    const qint64 id = addConversation(Channel::Email);
    const int auditBefore = int(audit().size());
    const CommandResult result = await(inbox()->sendReply(id, QStringLiteral("Your card 4111 1111 1111 1111 is locked")));
    QCOMPARE(result.status, CommandResult::Rejected);
    QVERIFY2(result.message.contains(QLatin1String("card number")), qPrintable(result.message));
    QCOMPARE(result.fieldErrors.value(QStringLiteral("body")).toString(), QStringLiteral("card_number"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = %1").arg(id)).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands WHERE payload LIKE '%1111 1111%'")).toInt(), 0);
    QCOMPARE(int(audit().size()), auditBefore);
    // A masked number is fine.
    const CommandResult masked = await(inbox()->sendReply(id, QStringLiteral("Your card 4111 11** **** 1111 is locked")));
    QCOMPARE(masked.status, CommandResult::Applied);
}

void TestLocalInboxService::replyIsAQueuedCommandWithAnAuditEntry()
{
    const qint64 id = addConversation(Channel::Email);
    QSignalSpy changed(inbox(), &InboxService::conversationChanged);
    QSignalSpy counts(inbox(), &InboxService::countsChanged);
    const CommandResult result = await(inbox()->sendReply(id, QStringLiteral("Hei Aino, kortti on suljettu.")));
    QCOMPARE(result.status, CommandResult::Applied);
    QVERIFY2(result.message.contains(QLatin1String("queued")), qPrintable(result.message));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), id);
    QTRY_COMPARE(counts.size(), 1);

    const ThreadResult thread = await(inbox()->thread(id));
    QVERIFY(thread.found);
    QCOMPARE(thread.thread.messages.size(), 2);
    const Message &reply = thread.thread.messages.at(1);
    QCOMPARE(reply.direction, MessageDirection::Outbound);
    QCOMPARE(reply.delivery, DeliveryState::Queued);   // no gateway: never "delivered"
    QCOMPARE(reply.author, QStringLiteral("test.agent"));
    QCOMPARE(thread.thread.conversation.status, ConversationStatus::Open);
    QVERIFY(!thread.thread.conversation.firstResponseDue.isValid());
    QVERIFY(!scalar(QStringLiteral("SELECT first_responded_at FROM conversations WHERE id = %1").arg(id)).isNull());

    const QList<AuditEntry> entries = audit();
    QCOMPARE(entries.constLast().action, QStringLiteral("conversation.reply"));
    QCOMPARE(entries.constLast().subject, QStringLiteral("conversation:%1").arg(id));
    QCOMPARE(entries.constLast().details.value(QStringLiteral("messageId")).toInteger(), reply.id);
    QCOMPARE(entries.constLast().commandId, result.commandId);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM commands WHERE id = '%1'")
                        .arg(result.commandId.toString(QUuid::WithoutBraces)))
                 .toString(),
             QStringLiteral("applied"));
}

void TestLocalInboxService::replyNeedsAWrittenChannel()
{
    const qint64 alert = addConversation(Channel::Alert);
    const CommandResult result = await(inbox()->sendReply(alert, QStringLiteral("Hello")));
    QCOMPARE(result.status, CommandResult::Rejected);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = %1").arg(alert)).toInt(), 1);
    QCOMPARE(await(inbox()->sendReply(alert, QStringLiteral("   "))).status, CommandResult::Rejected);
    QCOMPARE(await(inbox()->sendReply(987654, QStringLiteral("Hello"))).status, CommandResult::Rejected);
}

void TestLocalInboxService::noteIsInternal()
{
    const qint64 id = addConversation(Channel::Chat);
    const CommandResult result = await(inbox()->addNote(id, QStringLiteral("Tunnistettu sovelluksessa")));
    QCOMPARE(result.status, CommandResult::Applied);
    const ThreadResult thread = await(inbox()->thread(id));
    QCOMPARE(thread.thread.messages.constLast().direction, MessageDirection::Note);
    // Not an answer to the customer: the first-response clock still runs.
    QVERIFY(thread.thread.conversation.firstResponseDue.isValid());
    QCOMPARE(thread.thread.conversation.preview, QStringLiteral("Korttini on kadonnut"));
    QCOMPARE(audit().constLast().action, QStringLiteral("conversation.note"));
    QCOMPARE(await(inbox()->addNote(id, QStringLiteral("4111 1111 1111 1111"))).status, CommandResult::Rejected);
}

void TestLocalInboxService::bulkStatusIsOneCommandListingEveryId()
{
    const qint64 a = addConversation(Channel::Email);
    const qint64 b = addConversation(Channel::Chat);
    const qint64 c = addConversation(Channel::App);
    const int openBefore = await(inbox()->counts()).allOpen;
    QCOMPARE(openBefore, 3);
    const int entriesBefore = int(audit().size());
    const CommandResult result = await(inbox()->setStatus({a, b, c, b}, ConversationStatus::Closed));
    QCOMPARE(result.status, CommandResult::Applied);
    const QList<AuditEntry> entries = audit();
    QCOMPARE(int(entries.size()), entriesBefore + 1);
    const QJsonArray ids = entries.constLast().details.value(QStringLiteral("conversationIds")).toArray();
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.at(0).toInteger(), a);
    QCOMPARE(ids.at(2).toInteger(), c);
    QCOMPARE(entries.constLast().details.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    const InboxCounts counts = await(inbox()->counts());
    QCOMPARE(counts.allOpen, 0);
    QCOMPARE(counts.resolved, 3);
    // Again: nothing moves twice.
    QCOMPARE(await(inbox()->setStatus({a}, ConversationStatus::Closed)).status, CommandResult::Applied);
    QCOMPARE(await(inbox()->counts()).allOpen, 0);
    QCOMPARE(await(inbox()->setStatus({a}, ConversationStatus::Open)).status, CommandResult::Applied);
    QCOMPARE(await(inbox()->counts()).allOpen, 1);
}

void TestLocalInboxService::unknownConversationRefusesTheWholeSelection()
{
    const qint64 a = addConversation(Channel::Email);
    const CommandResult result = await(inbox()->setStatus({a, 424242}, ConversationStatus::Resolved));
    QCOMPARE(result.status, CommandResult::Rejected);
    QVERIFY(result.message.contains(QLatin1String("424242")));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(a)).toString(),
             QStringLiteral("new"));
    QCOMPARE(await(inbox()->setStatus({}, ConversationStatus::Resolved)).status, CommandResult::Rejected);
}

void TestLocalInboxService::agentsAssignToThemselvesSupervisorsToAnyone()
{
    const qint64 free = addConversation(Channel::Email);
    const qint64 held = addConversation(Channel::Email, QStringLiteral("other.agent"));

    // An agent: to themselves, or to a queue; not to someone else.
    CommandResult result = await(inbox()->assign({free}, QStringLiteral("other.agent"), QString()));
    QCOMPARE(result.status, CommandResult::Rejected);
    QVERIFY(result.message.contains(QLatin1String("supervisor")));
    QVERIFY(scalar(QStringLiteral("SELECT assignee FROM conversations WHERE id = %1").arg(free)).isNull());
    result = await(inbox()->assign({free}, QStringLiteral("test.agent"), QString()));
    QCOMPARE(result.status, CommandResult::Applied);
    QCOMPARE(await(inbox()->counts()).myOpen, 1);
    // Taking another agent's conversation: refused, and the selection is untouched.
    result = await(inbox()->assign({free, held}, QStringLiteral("test.agent"), QString()));
    QCOMPARE(result.status, CommandResult::Rejected);
    QVERIFY(result.message.contains(QLatin1String("other.agent")));
    QCOMPARE(scalar(QStringLiteral("SELECT assignee FROM conversations WHERE id = %1").arg(held)).toString(),
             QStringLiteral("other.agent"));
    result = await(inbox()->assign({free}, QString(), QStringLiteral("fraud")));
    QCOMPARE(result.status, CommandResult::Applied);
    QCOMPARE(scalar(QStringLiteral("SELECT queue FROM conversations WHERE id = %1").arg(free)).toString(),
             QStringLiteral("fraud"));
    QCOMPARE(await(inbox()->counts()).unassigned, 1);

    // A supervisor: to anyone on record.
    inbox()->setAgent({QStringLiteral("the.boss"), QStringLiteral("The Boss"), Agent::RoleSupervisor});
    result = await(inbox()->assign({free, held}, QStringLiteral("test.agent"), QString()));
    QCOMPARE(result.status, CommandResult::Applied);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE assignee = 'test.agent'")).toInt(), 2);
    QCOMPARE(audit().constLast().agent, QStringLiteral("the.boss"));
    result = await(inbox()->assign({free}, QStringLiteral("no.such.agent"), QString()));
    QCOMPARE(result.status, CommandResult::Rejected);
    QVERIFY(result.message.contains(QLatin1String("no.such.agent")));
}

void TestLocalInboxService::assigningToAnUnknownAgentIsRefusedInItsCommand()
{
    const qint64 free = addConversation(Channel::Email);
    const qint64 held = addConversation(Channel::Email, QStringLiteral("other.agent"));
    inbox()->setAgent({QStringLiteral("the.boss"), QStringLiteral("The Boss"), Agent::RoleSupervisor});
    const int auditBefore = audit().size();

    const CommandResult result = await(inbox()->assign({free, held}, QStringLiteral("no.such.agent"), QString()));
    QCOMPARE(result.status, CommandResult::Rejected);
    QVERIFY2(result.message.contains(QLatin1String("no.such.agent")), qPrintable(result.message));
    QVERIFY(scalar(QStringLiteral("SELECT assignee FROM conversations WHERE id = %1").arg(free)).isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT assignee FROM conversations WHERE id = %1").arg(held)).toString(),
             QStringLiteral("other.agent"));
    QCOMPARE(audit().size(), auditBefore);
    // Checked inside the assignment's own command (one transaction), so the refusal is on record.
    QCOMPARE(scalar(QStringLiteral("SELECT state || ': ' || result FROM commands WHERE id = '%1'")
                        .arg(result.commandId.toString(QUuid::WithoutBraces)))
                 .toString(),
             QStringLiteral("rejected: ") + result.message);
}

void TestLocalInboxService::topicsAndPriority()
{
    const qint64 id = addConversation(Channel::Email);
    QCOMPARE(await(inbox()->addTopics({id}, {QStringLiteral("pin"), QStringLiteral("phishing")})).status,
             CommandResult::Applied);
    QCOMPARE(await(inbox()->addTopics({id}, {QStringLiteral("pin")})).status, CommandResult::Applied);
    QCOMPARE(await(inbox()->addTopics({id}, {QStringLiteral("bogus")})).status, CommandResult::Rejected);
    QCOMPARE(await(inbox()->setPriority({id}, Priority::Urgent)).status, CommandResult::Applied);
    const ThreadResult thread = await(inbox()->thread(id));
    QCOMPARE(thread.thread.conversation.topics, QStringList({QStringLiteral("pin"), QStringLiteral("phishing")}));
    QCOMPARE(thread.thread.conversation.priority, Priority::Urgent);
    QCOMPARE(thread.thread.conversation.version, 5);   // insert, message, two topic changes, priority

    InboxQuery query;
    query.topic = QStringLiteral("phishing");
    const ConversationPage page = await(inbox()->conversations(query));
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.constFirst().id, id);
}

void TestLocalInboxService::logCallOpensThenContinuesAPhoneConversation()
{
    LogCallResult call = await(inbox()->logCall(m_ainoId, 0, QStringLiteral("Kadonnut kortti"),
                                                QStringLiteral("Kortti suljettu"), 252));
    QCOMPARE(call.result.status, CommandResult::Applied);
    QVERIFY(call.conversationId > 0);
    ThreadResult thread = await(inbox()->thread(call.conversationId));
    QCOMPARE(thread.thread.conversation.channel, Channel::Phone);
    QCOMPARE(thread.thread.conversation.customerId, m_ainoId);
    QCOMPARE(thread.thread.conversation.assignee, QStringLiteral("test.agent"));
    QCOMPARE(thread.thread.conversation.language, QStringLiteral("fi"));
    QCOMPARE(thread.thread.messages.size(), 1);
    QVERIFY(thread.thread.messages.constFirst().bodyText.contains(QLatin1String("Kadonnut kortti")));
    QVERIFY(thread.thread.messages.constFirst().bodyText.contains(QLatin1String("4 min 12 s")));
    QVERIFY(!scalar(QStringLiteral("SELECT first_responded_at FROM conversations WHERE id = %1")
                        .arg(call.conversationId))
                 .isNull());

    const LogCallResult again = await(inbox()->logCall(m_ainoId, call.conversationId, QStringLiteral("Soitto takaisin"),
                                                       QString(), 60));
    QCOMPARE(again.result.status, CommandResult::Applied);
    QCOMPARE(again.conversationId, call.conversationId);
    thread = await(inbox()->thread(call.conversationId));
    QCOMPARE(thread.thread.messages.size(), 2);
    QCOMPARE(audit().constLast().action, QStringLiteral("conversation.call"));

    QCOMPARE(await(inbox()->logCall(m_ainoId, 0, QString(), QString(), 10)).result.status, CommandResult::Rejected);
    QCOMPARE(await(inbox()->logCall(m_ainoId, 0, QStringLiteral("x"), QString(), -5)).result.status,
             CommandResult::Rejected);
    QCOMPARE(await(inbox()->logCall(999999, 0, QStringLiteral("x"), QString(), 5)).result.status,
             CommandResult::Rejected);
    QCOMPARE(await(inbox()->logCall(m_ainoId, 0, QStringLiteral("x"), QStringLiteral("card 4111111111111111"), 5))
                 .result.status,
             CommandResult::Rejected);
}

void TestLocalInboxService::importThreadsMatchesAndSkipsDuplicates()
{
    writeFile(QStringLiteral("first.eml"),
              "From: Aino Virtanen <AINO.Virtanen@Example.FI>\r\n"
              "To: asiakaspalvelu@aurora.example\r\n"
              "Subject: =?UTF-8?Q?Kuitti_ostoksesta?=\r\n"
              "Message-ID: <first-1@example.fi>\r\n"
              "Date: Fri, 20 Nov 2026 10:00:00 +0200\r\n"
              "MIME-Version: 1.0\r\n"
              "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
              "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
              "Hei, liitteenä kuitti. Kortti 4111 1111 1111 1111.\r\n"
              "--b1\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"kuitti.pdf\"\r\n"
              "Content-Transfer-Encoding: base64\r\n\r\n"
              "JVBERi0xLjQKJcOkw7zDtsOfCg==\r\n"
              "--b1--\r\n");
    writeFile(QStringLiteral("reply.eml"),
              "From: aino.virtanen@example.fi\r\n"
              "Subject: Re: Kuitti ostoksesta\r\n"
              "Message-ID: <second-2@example.fi>\r\n"
              "In-Reply-To: <first-1@example.fi>\r\n"
              "References: <first-1@example.fi>\r\n"
              "Date: Fri, 20 Nov 2026 11:00:00 +0200\r\n"
              "Content-Type: text/plain; charset=utf-8\r\n\r\n"
              "Unohdin mainita summan.\r\n");
    writeFile(QStringLiteral("stranger.eml"),
              "From: someone@elsewhere.example\r\n"
              "Subject: Hello\r\n"
              "Message-ID: <third-3@elsewhere.example>\r\n"
              "Date: Fri, 20 Nov 2026 12:00:00 +0200\r\n"
              "Content-Type: text/plain; charset=utf-8\r\n\r\n"
              "Question\r\n");
    const QStringList files = {m_dir->filePath(QStringLiteral("first.eml")), m_dir->filePath(QStringLiteral("reply.eml")),
                               m_dir->filePath(QStringLiteral("stranger.eml"))};
    QSignalSpy counts(inbox(), &InboxService::countsChanged);
    ImportResult result = await(inbox()->importEmails(files));
    QVERIFY2(result.refused.isEmpty(), qPrintable(result.refused.join(QLatin1Char('\n'))));
    QCOMPARE(result.imported, 3);
    QCOMPARE(result.duplicates, 0);
    QCOMPARE(result.matchedCustomers, 2);
    QTRY_VERIFY(counts.size() >= 1);

    // Threaded: the reply is in the first message's conversation, matched to Aino.
    const QList<ConversationSummary> ofAino = await(inbox()->conversationsOfCustomer(m_ainoId, 10));
    QCOMPARE(ofAino.size(), 1);
    QCOMPARE(ofAino.constFirst().messageCount, 2);
    QCOMPARE(ofAino.constFirst().channel, Channel::Email);
    QCOMPARE(ofAino.constFirst().language, QStringLiteral("fi"));
    QVERIFY(ofAino.constFirst().firstResponseDue.isValid());
    const ThreadResult thread = await(inbox()->thread(ofAino.constFirst().id));
    QVERIFY(!thread.thread.messages.constFirst().bodyText.contains(QLatin1String("4111 1111 1111 1111")));
    QCOMPARE(thread.thread.messages.constFirst().attachments.size(), 1);
    const QString path = await(inbox()->attachmentPath(thread.thread.messages.constFirst().attachments.constFirst().id));
    QVERIFY2(path.startsWith(m_dir->path()), qPrintable(path));
    QFile stored(path);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(stored.readAll().startsWith("%PDF-1.4"));
    QVERIFY(await(inbox()->attachmentPath(123456)).isEmpty());

    // The same files again: nothing stored twice.
    result = await(inbox()->importEmails(files));
    QCOMPARE(result.imported, 0);
    QCOMPARE(result.duplicates, 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'conversation.import_email'")).toInt(), 3);

    writeFile(QStringLiteral("empty.eml"), QByteArray());
    result = await(inbox()->importEmails({m_dir->filePath(QStringLiteral("empty.eml")),
                                          m_dir->filePath(QStringLiteral("missing.eml"))}));
    QCOMPARE(result.imported, 0);
    QCOMPARE(result.refused.size(), 2);
    QVERIFY(result.refused.constFirst().startsWith(QLatin1String("empty.eml: ")));
}

void TestLocalInboxService::duplicateInOneBatchIsStoredOnce()
{
    const QByteArray head = "From: someone@elsewhere.example\r\n"
                            "Subject: Kortti\r\n"
                            "Message-ID: <same-1@elsewhere.example>\r\n"
                            "Date: Fri, 20 Nov 2026 12:00:00 +0200\r\n"
                            "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    writeFile(QStringLiteral("a.eml"), head + "First copy\r\n");
    writeFile(QStringLiteral("b.eml"), head + "Second copy, same Message-ID\r\n");
    const ImportResult result = await(inbox()->importEmails(
        {m_dir->filePath(QStringLiteral("a.eml")), m_dir->filePath(QStringLiteral("b.eml"))}));
    QVERIFY2(result.refused.isEmpty(), qPrintable(result.refused.join(QLatin1Char('\n'))));
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.duplicates, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE external_id = 'same-1@elsewhere.example'"))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT body_text FROM messages WHERE external_id = 'same-1@elsewhere.example'"))
                 .toString()
                 .trimmed(),
             QStringLiteral("First copy"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'conversation.import_email'")).toInt(),
             1);
    // The duplicate check is the import command's first step: the second copy's command
    // is on record as not applied.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands WHERE type = 'conversation.import_email'"
                                   " AND state = 'rejected'"))
                 .toInt(),
             1);
}

void TestLocalInboxService::memoryDatabaseMakesItsAttachmentFolderOnlyWhenWriting()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QByteArray previous = qgetenv("TMPDIR");
    qputenv("TMPDIR", temp.path().toLocal8Bit());
    const auto restore = qScopeGuard([previous] {
        if (previous.isEmpty())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", previous);
    });
    const QDir tempDir(QDir(temp.path()).canonicalPath());

    auto service = std::make_unique<LocalInboxService>(m_backend->worker());
    service->setAgent({QStringLiteral("test.agent"), QStringLiteral("Test Agent"), Agent::RoleAgent});
    service->setDatabasePath(QStringLiteral(":memory:"));
    const QString root = service->attachmentRoot();
    QCOMPARE(QFileInfo(root).absolutePath(), tempDir.absolutePath());
    // Only a name so far: nothing was made on this (the GUI) thread.
    QVERIFY(tempDir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    writeFile(QStringLiteral("with-attachment.eml"),
              "From: someone@elsewhere.example\r\n"
              "Subject: Kuitti\r\n"
              "Message-ID: <memory-1@elsewhere.example>\r\n"
              "Date: Fri, 20 Nov 2026 12:00:00 +0200\r\n"
              "MIME-Version: 1.0\r\n"
              "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
              "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nKuitti\r\n"
              "--b1\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"k.pdf\"\r\n"
              "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJcOkw7zDtsOfCg==\r\n--b1--\r\n");
    const ImportResult result = await(service->importEmails({m_dir->filePath(QStringLiteral("with-attachment.eml"))}));
    QCOMPARE(result.imported, 1);
    QVERIFY(QFileInfo(root).isDir());   // made by the store, off the GUI thread

    // Removed when the service goes, on the thread pool.
    service.reset();
    QTRY_VERIFY(!QFileInfo::exists(root));
}

void TestLocalInboxService::importStoresTheClassifiersTopicOnNewConversations()
{
    writeFile(QStringLiteral("lost.eml"),
              "From: John Smith <john.smith@elsewhere.example>\r\n"
              "Subject: Lost my credit card\r\n"
              "Message-ID: <lost-1@elsewhere.example>\r\n"
              "Date: Fri, 20 Nov 2026 12:00:00 +0200\r\n"
              "Content-Type: text/plain; charset=utf-8\r\n\r\n"
              "Hello, I lost my credit card yesterday, I think it was stolen from my wallet. "
              "Please block the card right away.\r\n");
    writeFile(QStringLiteral("vague.eml"),
              "From: someone@elsewhere.example\r\n"
              "Subject: Hello\r\n"
              "Message-ID: <vague-1@elsewhere.example>\r\n"
              "Date: Fri, 20 Nov 2026 12:05:00 +0200\r\n"
              "Content-Type: text/plain; charset=utf-8\r\n\r\n"
              "Hi\r\n");
    const ImportResult result = await(inbox()->importEmails(
        {m_dir->filePath(QStringLiteral("lost.eml")), m_dir->filePath(QStringLiteral("vague.eml"))}));
    QCOMPARE(result.imported, 2);
    const auto topicsOf = [this](const char *subject) {
        return scalar(QStringLiteral("SELECT topics FROM conversations WHERE subject = '%1'")
                          .arg(QLatin1String(subject)))
            .toString();
    };
    QCOMPARE(topicsOf("Lost my credit card"), QStringLiteral("lost_stolen_card"));
    QCOMPARE(topicsOf("Hello"), QString());   // not sure: no topic rather than a wrong one
    const QList<AuditEntry> entries = audit();
    const auto lost = std::find_if(entries.cbegin(), entries.cend(), [](const AuditEntry &entry) {
        return entry.details.value(QStringLiteral("suggestedTopic")).toString() == QLatin1String("lost_stolen_card");
    });
    QVERIFY(lost != entries.cend());
    QVERIFY(lost->details.value(QStringLiteral("topicConfidence")).toDouble() >= 0.6);

    // A filter on the topic finds it: the stored topic is a real one.
    InboxQuery query;
    query.topic = QStringLiteral("lost_stolen_card");
    const ConversationPage page = await(inbox()->conversations(query));
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.constFirst().subject, QStringLiteral("Lost my credit card"));
}

void TestLocalInboxService::macrosLoadFromTheShippedCatalog()
{
    const QList<Macro> macros = await(inbox()->macros());
    QVERIFY(!macros.isEmpty());
    for (const Macro &macro : macros)
        QVERIFY(!macro.body(QStringLiteral("en")).isEmpty());
}

void TestLocalInboxService::viewsAndCountsThroughTheService()
{
    const qint64 mine = addConversation(Channel::Chat, QStringLiteral("test.agent"), ConversationStatus::Open);
    addConversation(Channel::Alert);
    addConversation(Channel::Email, QString(), ConversationStatus::Resolved);
    const InboxCounts counts = await(inbox()->counts());
    QCOMPARE(counts.myOpen, 1);
    QCOMPARE(counts.allOpen, 2);
    QCOMPARE(counts.alerts, 1);
    QCOMPARE(counts.unassigned, 1);
    QCOMPARE(counts.resolved, 1);
    InboxQuery query;
    query.view = InboxView::MyOpen;
    const ConversationPage page = await(inbox()->conversations(query));
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.constFirst().id, mine);
    QCOMPARE(page.rows.constFirst().customerName, QStringLiteral("Aino Virtanen"));
    query.view = InboxView::AllOpen;
    query.text = QStringLiteral("kadonnut");
    QCOMPARE(await(inbox()->conversations(query)).rows.size(), 2);
}

void TestLocalInboxService::demoInboxShowsEveryChannelAndAinosReceipt()
{
    QTemporaryDir dir;
    LocalBackend backend;
    LocalBackend::Options options;
    options.databasePath = dir.filePath(QStringLiteral("demo.sqlite"));
    options.demoCustomers = 400;
    const OpenResult opened = await(backend.open(options));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    InboxService *inbox = backend.inbox();

    // Aino Virtanen: an open email with a receipt (its bytes in the store) and a chat.
    const QList<ConversationSummary> ofAino = await(inbox->conversationsOfCustomer(1, 10));
    QCOMPARE(ofAino.size(), 2);
    bool email = false;
    bool chat = false;
    for (const ConversationSummary &c : ofAino) {
        QVERIFY(c.status != ConversationStatus::Resolved && c.status != ConversationStatus::Closed);
        QCOMPARE(c.language, QStringLiteral("fi"));
        chat = chat || c.channel == Channel::Chat;
        if (c.channel == Channel::Email) {
            email = true;
            QVERIFY(c.hasAttachments);
            const ThreadResult thread = await(inbox->thread(c.id));
            const Attachment receipt = thread.thread.messages.constFirst().attachments.value(0);
            QCOMPARE(receipt.mimeType, QStringLiteral("image/png"));
            const QString path = await(inbox->attachmentPath(receipt.id));
            QVERIFY2(path.startsWith(dir.path()), qPrintable(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().startsWith("\x89PNG\r\n\x1a\n"));
            QVERIFY(thread.thread.messages.constFirst().bodyText.contains(QLatin1String("kuitti"), Qt::CaseInsensitive));
        }
    }
    QVERIFY(email && chat);

    // Every channel, statuses mixed, about five messages each, SLAs breached and due.
    const InboxCounts counts = await(inbox->counts());
    for (const auto &entry : counts.openByChannel)
        QVERIFY2(entry.second > 0, qPrintable(ConversationNames::channelName(entry.first)));
    QVERIFY(counts.allOpen > 100 && counts.allOpen < 350);
    QVERIFY(counts.unassigned > 0 && counts.breached > 0 && counts.dueSoon >= counts.breached);
    QVERIFY(counts.myOpen > 0);   // the default agent is a demo agent with work
    const QVariant stats = await(backend.worker()->run([](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM messages) * 1.0 / count(*),"
                              " count(DISTINCT language), count(DISTINCT status) FROM conversations"));
        q.next();
        return QVariant(QVariantList{q.value(0), q.value(1), q.value(2)});
    }));
    const QVariantList values = stats.toList();
    QVERIFY2(values.at(0).toDouble() > 3.5 && values.at(0).toDouble() < 6.5, qPrintable(values.at(0).toString()));
    QCOMPARE(values.at(1).toInt(), 4);
    QCOMPARE(values.at(2).toInt(), 6);

    // Full text finds Finnish text without its accents.
    InboxQuery query;
    query.view = InboxView::AllOpen;
    query.text = QStringLiteral("epailyttava");   // "Epäilyttävä tapahtuma", the Finnish alerts
    const ConversationPage found = await(inbox->conversations(query));
    QVERIFY(!found.rows.isEmpty());
    for (const ConversationSummary &row : found.rows)
        QCOMPARE(row.language, QStringLiteral("fi"));
}

QTEST_GUILESS_MAIN(TestLocalInboxService)
#include "tst_localinboxservice.moc"

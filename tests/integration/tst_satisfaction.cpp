#include "fixtures.h"
#include "testsupport.h"

#include "domain/satisfactionsurvey.h"
#include "services/localbackend.h"
#include "services/localinboxservice.h"
#include "storage/auditlog.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::await;

/// Satisfaction (CSAT) surveys in local mode: a survey goes out as its own
/// command when an open conversation is resolved (never for an alert, an
/// unmatched sender, a conversation surveyed before or a customer surveyed
/// in the last 14 days); the answer is recorded once, by an agent or by a
/// reply that is just the score.
class TestSatisfaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void scoresFromReplies_data();
    void scoresFromReplies();
    void resolvingSendsOneSurveyNamingTheAssignee();
    void anUnassignedConversationsSurveyNamesWhoResolvedIt();
    void reopenedAndResolvedAgainGetsNoSecondSurvey();
    void alertsUnmatchedSendersAndClosingSendNone();
    void aCustomerIsSurveyedOnceIn14Days();
    void aBulkResolutionSurveysEachCustomerOnce();
    void recordingAnAnswer();
    void anAnswerNeedsASurveyAndAValidScore();
    void aReplyThatIsJustAScoreAnswersTheSurvey();
    void aLaterOrLongerReplyIsNoAnswer();
    void remoteModeLeavesTheSurveysToTheServer();

private:
    qint64 addConversation(qint64 customerId, Channel channel, const QString &assignee,
                           ConversationStatus status = ConversationStatus::Open);
    LocalInboxService *inbox();
    QVariant scalar(const QString &sql);
    bool exec(const QString &sql);
    QList<AuditEntry> auditOf(const QString &action);
    int surveys(qint64 conversationId);
    void writeMail(const QString &name, const QString &messageId, const QString &inReplyTo, const QByteArray &text);
    QString mailPath(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    qint64 m_aino = 0;
    qint64 m_other = 0;   ///< another customer
};

void TestSatisfaction::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_backend = Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error);
    QVERIFY2(m_backend, qPrintable(error));
    const QPair<qint64, qint64> ids = await(m_backend->worker()->run([](Database &db) {
        Fixtures::addStandardPeople(db);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("INSERT INTO agents (username, display_name, role) VALUES"
                              " ('other.agent', 'Other Agent', 'agent')"));
        q.exec(QStringLiteral("SELECT id FROM customers WHERE email = 'aino.virtanen@example.fi'"));
        const qint64 aino = q.next() ? q.value(0).toLongLong() : 0;
        q.exec(QStringLiteral("SELECT min(id) FROM customers WHERE email <> 'aino.virtanen@example.fi'"));
        const qint64 other = q.next() ? q.value(0).toLongLong() : 0;
        return qMakePair(aino, other);
    }));
    m_aino = ids.first;
    m_other = ids.second;
    QVERIFY(m_aino > 0);
    QVERIFY(m_other > 0 && m_other != m_aino);
}

void TestSatisfaction::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

LocalInboxService *TestSatisfaction::inbox()
{
    return qobject_cast<LocalInboxService *>(m_backend->inbox());
}

qint64 TestSatisfaction::addConversation(qint64 customerId, Channel channel, const QString &assignee,
                                         ConversationStatus status)
{
    return await(m_backend->worker()->run([=](Database &db) {
        ConversationRepository repository(db);
        SqlTransaction transaction(db.connection());
        ConversationRepository::NewConversation n;
        n.customerId = customerId;
        n.contact = customerId ? QString() : QStringLiteral("+358401234567");
        n.channel = channel;
        n.assignee = assignee;
        n.language = QStringLiteral("fi");
        n.subject = QStringLiteral("Kortti");
        n.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        n.resolutionDue = n.createdAt.addDays(2);
        QString error;
        const qint64 id = repository.insertConversation(n, &error);
        Message m;
        m.conversationId = id;
        m.author = QStringLiteral("Aino Virtanen");
        m.at = n.createdAt;
        m.bodyText = QStringLiteral("Korttini on kadonnut");
        repository.insertMessage(m, {}, QString(), &error);
        if (status != ConversationStatus::Open)
            repository.setStatus(id, status, n.createdAt, &error);
        transaction.commit();
        return id;
    }));
}

QVariant TestSatisfaction::scalar(const QString &sql)
{
    return await(m_backend->worker()->run([sql](Database &db) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return QVariant(q.lastError().text());
        return q.value(0);
    }));
}

bool TestSatisfaction::exec(const QString &sql)
{
    return await(m_backend->worker()->run([sql](Database &db) {
        QSqlQuery q(db.connection());
        return q.exec(sql);
    }));
}

QList<AuditEntry> TestSatisfaction::auditOf(const QString &action)
{
    const QList<AuditEntry> all = await(m_backend->worker()->run([](Database &db) {
        QString error;
        return AuditLog(db).entries(1, 1000, &error);
    }));
    QList<AuditEntry> matching;
    for (const AuditEntry &entry : all) {
        if (entry.action == action)
            matching << entry;
    }
    return matching;
}

int TestSatisfaction::surveys(qint64 conversationId)
{
    return scalar(QStringLiteral("SELECT count(*) FROM csat_requests WHERE conversation_id = %1").arg(conversationId))
        .toInt();
}

QString TestSatisfaction::mailPath(const QString &name) const
{
    return m_dir->filePath(name);
}

void TestSatisfaction::writeMail(const QString &name, const QString &messageId, const QString &inReplyTo,
                                 const QByteArray &text)
{
    QByteArray mail = "From: Aino Virtanen <aino.virtanen@example.fi>\r\n"
                      "To: asiakaspalvelu@aurora.example\r\n"
                      "Subject: Kortti\r\n";
    mail += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    if (!inReplyTo.isEmpty())
        mail += "In-Reply-To: <" + inReplyTo.toLatin1() + ">\r\nReferences: <" + inReplyTo.toLatin1() + ">\r\n";
    mail += "Date: "
            + QLocale::c()
                  .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"))
                  .toLatin1()
            + "\r\n";
    mail += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text;
    QFile file(mailPath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mail);
}

void TestSatisfaction::scoresFromReplies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("score");   // 0: not a score
    QTest::addRow("5") << QStringLiteral("5") << 5;
    QTest::addRow("1 with spaces") << QStringLiteral("  1 \r\n") << 1;
    QTest::addRow("0") << QStringLiteral("0") << 0;
    QTest::addRow("6") << QStringLiteral("6") << 0;
    QTest::addRow("10") << QStringLiteral("10") << 0;
    QTest::addRow("5/5") << QStringLiteral("5/5") << 0;
    QTest::addRow("with words") << QStringLiteral("5 kiitos") << 0;
    QTest::addRow("empty") << QString() << 0;
    QTest::addRow("arabic-indic five") << QStringLiteral("\u0665") << 0;
}

void TestSatisfaction::scoresFromReplies()
{
    QFETCH(QString, text);
    QFETCH(int, score);
    QCOMPARE(SatisfactionSurvey::scoreFromReply(text).value_or(0), score);
}

void TestSatisfaction::resolvingSendsOneSurveyNamingTheAssignee()
{
    const qint64 id = addConversation(m_aino, Channel::Chat, QStringLiteral("other.agent"));
    const CommandResult result = await(inbox()->setStatus({id}, ConversationStatus::Resolved));
    QCOMPARE(result.status, CommandResult::Applied);
    QVERIFY2(result.message.contains(QLatin1String("survey")), qPrintable(result.message));

    // One survey, on the conversation's channel, for the agent it was with (not who resolved it).
    QCOMPARE(surveys(id), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT agent FROM csat_requests WHERE conversation_id = %1").arg(id)).toString(),
             QStringLiteral("other.agent"));
    QCOMPARE(scalar(QStringLiteral("SELECT channel FROM csat_requests WHERE conversation_id = %1").arg(id)).toString(),
             QStringLiteral("chat"));
    const QDateTime sent = QDateTime::fromString(
        scalar(QStringLiteral("SELECT sent_at FROM csat_requests WHERE conversation_id = %1").arg(id)).toString(),
        Qt::ISODate);
    QVERIFY(qAbs(sent.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Its own command, with its own audit entry after the status change's, naming the survey.
    const QList<AuditEntry> status = auditOf(QStringLiteral("conversation.status"));
    const QList<AuditEntry> requests = auditOf(QStringLiteral("conversation.csat_request"));
    QCOMPARE(status.size(), 1);
    QCOMPARE(requests.size(), 1);
    const AuditEntry &entry = requests.constFirst();
    QVERIFY(entry.seq > status.constFirst().seq);
    QCOMPARE(entry.subject, QStringLiteral("conversation:%1").arg(id));
    QCOMPARE(entry.agent, QStringLiteral("test.agent"));
    const QJsonObject survey = entry.details.value(QStringLiteral("surveys")).toArray().at(0).toObject();
    QCOMPARE(survey.value(QStringLiteral("conversationId")).toInteger(), id);
    QCOMPARE(survey.value(QStringLiteral("agent")).toString(), QStringLiteral("other.agent"));
    QCOMPARE(survey.value(QStringLiteral("channel")).toString(), QStringLiteral("chat"));
    QCOMPARE(entry.details.value(QStringLiteral("statusCommandId")).toString(),
             status.constFirst().commandId.toString(QUuid::WithoutBraces));
    // The row names the command that sent it, and that command is on record as applied.
    QCOMPARE(scalar(QStringLiteral("SELECT command_id FROM csat_requests WHERE conversation_id = %1").arg(id)).toString(),
             entry.commandId.toString(QUuid::WithoutBraces));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM commands WHERE type = 'conversation.csat_request'")).toString(),
             QStringLiteral("applied"));
}

void TestSatisfaction::anUnassignedConversationsSurveyNamesWhoResolvedIt()
{
    const qint64 id = addConversation(m_aino, Channel::Email, QString(), ConversationStatus::New);
    QCOMPARE(await(inbox()->setStatus({id}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(scalar(QStringLiteral("SELECT agent FROM csat_requests WHERE conversation_id = %1").arg(id)).toString(),
             QStringLiteral("test.agent"));
    QCOMPARE(scalar(QStringLiteral("SELECT channel FROM csat_requests WHERE conversation_id = %1").arg(id)).toString(),
             QStringLiteral("email"));
}

void TestSatisfaction::reopenedAndResolvedAgainGetsNoSecondSurvey()
{
    const qint64 id = addConversation(m_aino, Channel::Email, QStringLiteral("test.agent"));
    QCOMPARE(await(inbox()->setStatus({id}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(surveys(id), 1);
    // Long enough ago that survey fatigue does not hide a second one.
    QVERIFY(exec(QStringLiteral("UPDATE csat_requests SET sent_at = '%1'")
                     .arg(ConversationRepository::isoTime(QDateTime::currentDateTimeUtc().addDays(-30)))));
    QCOMPARE(await(inbox()->setStatus({id}, ConversationStatus::Open)).status, CommandResult::Applied);
    const CommandResult again = await(inbox()->setStatus({id}, ConversationStatus::Resolved));
    QCOMPARE(again.status, CommandResult::Applied);
    QVERIFY2(!again.message.contains(QLatin1String("survey")), qPrintable(again.message));
    QCOMPARE(surveys(id), 1);
    QCOMPARE(auditOf(QStringLiteral("conversation.csat_request")).size(), 1);
    // Resolved to closed is no resolution either.
    QCOMPARE(await(inbox()->setStatus({id}, ConversationStatus::Closed)).status, CommandResult::Applied);
    QCOMPARE(surveys(id), 1);
}

void TestSatisfaction::alertsUnmatchedSendersAndClosingSendNone()
{
    const qint64 alert = addConversation(m_aino, Channel::Alert, QStringLiteral("test.agent"));
    const qint64 stranger = addConversation(0, Channel::Chat, QStringLiteral("test.agent"));
    const qint64 closed = addConversation(m_other, Channel::Email, QStringLiteral("test.agent"));
    QCOMPARE(await(inbox()->setStatus({alert, stranger}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(await(inbox()->setStatus({closed}, ConversationStatus::Closed)).status, CommandResult::Applied);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_requests")).toInt(), 0);
    QVERIFY(auditOf(QStringLiteral("conversation.csat_request")).isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands WHERE type = 'conversation.csat_request'")).toInt(), 0);
    // Aino was not surveyed by the alert: her next resolution is.
    const qint64 chat = addConversation(m_aino, Channel::Chat, QStringLiteral("test.agent"));
    QCOMPARE(await(inbox()->setStatus({chat}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(surveys(chat), 1);
}

void TestSatisfaction::aCustomerIsSurveyedOnceIn14Days()
{
    const qint64 first = addConversation(m_aino, Channel::Email, QStringLiteral("test.agent"));
    const qint64 second = addConversation(m_aino, Channel::Chat, QStringLiteral("test.agent"));
    const qint64 third = addConversation(m_aino, Channel::Phone, QStringLiteral("test.agent"));
    const qint64 otherCustomer = addConversation(m_other, Channel::Chat, QStringLiteral("test.agent"));
    QCOMPARE(await(inbox()->setStatus({first}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(surveys(first), 1);

    // 13 days later: still too soon for Aino; another customer is surveyed.
    const auto backdate = [this](int days) {
        return exec(QStringLiteral("UPDATE csat_requests SET sent_at = '%1'")
                        .arg(ConversationRepository::isoTime(QDateTime::currentDateTimeUtc().addDays(-days))));
    };
    QVERIFY(backdate(13));
    QCOMPARE(await(inbox()->setStatus({second}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(surveys(second), 0);
    QCOMPARE(await(inbox()->setStatus({otherCustomer}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(surveys(otherCustomer), 1);

    // 15 days after her last: Aino is asked again (on the phone conversation's channel).
    QVERIFY(backdate(15));
    QCOMPARE(await(inbox()->setStatus({third}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(surveys(third), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT channel FROM csat_requests WHERE conversation_id = %1").arg(third)).toString(),
             QStringLiteral("phone"));
}

void TestSatisfaction::aBulkResolutionSurveysEachCustomerOnce()
{
    const qint64 a1 = addConversation(m_aino, Channel::Email, QStringLiteral("test.agent"));
    const qint64 a2 = addConversation(m_aino, Channel::Chat, QStringLiteral("test.agent"));
    const qint64 b1 = addConversation(m_other, Channel::App, QStringLiteral("other.agent"));
    const CommandResult result = await(inbox()->setStatus({a1, a2, b1}, ConversationStatus::Resolved));
    QCOMPARE(result.status, CommandResult::Applied);
    QCOMPARE(surveys(a1) + surveys(a2), 1);
    QCOMPARE(surveys(b1), 1);
    // One command for the selection's surveys, listing both.
    const QList<AuditEntry> requests = auditOf(QStringLiteral("conversation.csat_request"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().details.value(QStringLiteral("surveys")).toArray().size(), 2);
}

void TestSatisfaction::recordingAnAnswer()
{
    const qint64 id = addConversation(m_aino, Channel::Chat, QStringLiteral("other.agent"));
    QCOMPARE(await(inbox()->setStatus({id}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    // Reassigned after the survey went out: the answer still counts for the agent the survey named.
    QVERIFY(exec(QStringLiteral("UPDATE conversations SET assignee = 'test.agent' WHERE id = %1").arg(id)));

    const CommandResult result = await(inbox()->recordSatisfaction(id, 4));
    QCOMPARE(result.status, CommandResult::Applied);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_answers")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT score FROM csat_answers WHERE conversation_id = %1").arg(id)).toInt(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT agent FROM csat_answers WHERE conversation_id = %1").arg(id)).toString(),
             QStringLiteral("other.agent"));
    QCOMPARE(scalar(QStringLiteral("SELECT channel FROM csat_answers WHERE conversation_id = %1").arg(id)).toString(),
             QStringLiteral("chat"));
    const QList<AuditEntry> answers = auditOf(QStringLiteral("conversation.csat_answer"));
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.constFirst().details.value(QStringLiteral("score")).toInt(), 4);
    QCOMPARE(answers.constFirst().details.value(QStringLiteral("agent")).toString(), QStringLiteral("other.agent"));
    QCOMPARE(answers.constFirst().details.value(QStringLiteral("source")).toString(), QStringLiteral("agent"));

    // Answered once: a second answer is refused and changes nothing.
    const CommandResult second = await(inbox()->recordSatisfaction(id, 1));
    QCOMPARE(second.status, CommandResult::Rejected);
    QVERIFY2(second.message.contains(QLatin1String("already")), qPrintable(second.message));
    QVERIFY2(second.message.contains(QLatin1String("4 of 5")), qPrintable(second.message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_answers")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT score FROM csat_answers WHERE conversation_id = %1").arg(id)).toInt(), 4);
    QCOMPARE(auditOf(QStringLiteral("conversation.csat_answer")).size(), 1);
}

void TestSatisfaction::anAnswerNeedsASurveyAndAValidScore()
{
    const qint64 surveyed = addConversation(m_aino, Channel::Email, QStringLiteral("test.agent"));
    QCOMPARE(await(inbox()->setStatus({surveyed}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    const qint64 notSurveyed = addConversation(m_other, Channel::Email, QStringLiteral("test.agent"));

    for (const int score : {0, 6, -1, 55}) {
        const CommandResult result = await(inbox()->recordSatisfaction(surveyed, score));
        QCOMPARE(result.status, CommandResult::Rejected);
        QVERIFY(result.fieldErrors.contains(QStringLiteral("score")));
    }
    const CommandResult noSurvey = await(inbox()->recordSatisfaction(notSurveyed, 5));
    QCOMPARE(noSurvey.status, CommandResult::Rejected);
    QVERIFY2(noSurvey.message.contains(QLatin1String("No satisfaction survey")), qPrintable(noSurvey.message));
    const CommandResult missing = await(inbox()->recordSatisfaction(987654, 5));
    QCOMPARE(missing.status, CommandResult::Rejected);
    QVERIFY2(missing.message.contains(QLatin1String("987654")), qPrintable(missing.message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_answers")).toInt(), 0);
    QVERIFY(auditOf(QStringLiteral("conversation.csat_answer")).isEmpty());
    // The lowest and the highest score are both fine.
    QCOMPARE(await(inbox()->recordSatisfaction(surveyed, 1)).status, CommandResult::Applied);
}

void TestSatisfaction::aReplyThatIsJustAScoreAnswersTheSurvey()
{
    writeMail(QStringLiteral("question.eml"), QStringLiteral("question-1@example.fi"), QString(),
              "Miten vaihdan PIN-koodin?\r\n");
    ImportResult imported = await(inbox()->importEmails({mailPath(QStringLiteral("question.eml"))}));
    QCOMPARE(imported.imported, 1);
    const qint64 id = scalar(QStringLiteral("SELECT id FROM conversations WHERE customer_id = %1").arg(m_aino))
                          .toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(await(inbox()->assign({id}, QStringLiteral("test.agent"), QString())).status, CommandResult::Applied);
    QCOMPARE(await(inbox()->sendReply(id, QStringLiteral("Sovelluksessa: Kortit > PIN."))).status,
             CommandResult::Applied);
    QCOMPARE(await(inbox()->setStatus({id}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(surveys(id), 1);
    const QString resolvedAt =
        scalar(QStringLiteral("SELECT resolved_at FROM conversations WHERE id = %1").arg(id)).toString();
    QVERIFY(!resolvedAt.isEmpty());

    // The customer answers the survey with " 5" on a line of its own.
    writeMail(QStringLiteral("score.eml"), QStringLiteral("score-2@example.fi"), QStringLiteral("question-1@example.fi"),
              " 5\r\n");
    imported = await(inbox()->importEmails({mailPath(QStringLiteral("score.eml"))}));
    QCOMPARE(imported.imported, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT score FROM csat_answers WHERE conversation_id = %1").arg(id)).toInt(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT agent FROM csat_answers WHERE conversation_id = %1").arg(id)).toString(),
             QStringLiteral("test.agent"));
    QCOMPARE(scalar(QStringLiteral("SELECT channel FROM csat_answers WHERE conversation_id = %1").arg(id)).toString(),
             QStringLiteral("email"));
    const QList<AuditEntry> answers = auditOf(QStringLiteral("conversation.csat_answer"));
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.constFirst().details.value(QStringLiteral("source")).toString(), QStringLiteral("reply"));
    // Kept in the thread, and the conversation stays resolved when it was resolved.
    QCOMPARE(scalar(QStringLiteral("SELECT message_count FROM conversations WHERE id = %1").arg(id)).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(id)).toString(),
             QStringLiteral("resolved"));
    QCOMPARE(scalar(QStringLiteral("SELECT resolved_at FROM conversations WHERE id = %1").arg(id)).toString(),
             resolvedAt);
    QCOMPARE(scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM inbox_counts WHERE key = 'open'")).toInt(), 0);

    // A second "4" is just a message now: answered once, and it reopens as any reply does.
    writeMail(QStringLiteral("again.eml"), QStringLiteral("again-3@example.fi"), QStringLiteral("score-2@example.fi"),
              "4\r\n");
    imported = await(inbox()->importEmails({mailPath(QStringLiteral("again.eml"))}));
    QCOMPARE(imported.imported, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_answers")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT score FROM csat_answers WHERE conversation_id = %1").arg(id)).toInt(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(id)).toString(),
             QStringLiteral("open"));
}

void TestSatisfaction::aLaterOrLongerReplyIsNoAnswer()
{
    writeMail(QStringLiteral("q1.eml"), QStringLiteral("q1@example.fi"), QString(), "Laskun eräpäivä?\r\n");
    QCOMPARE(await(inbox()->importEmails({mailPath(QStringLiteral("q1.eml"))})).imported, 1);
    const qint64 id = scalar(QStringLiteral("SELECT id FROM conversations WHERE customer_id = %1").arg(m_aino))
                          .toLongLong();
    QCOMPARE(await(inbox()->setStatus({id}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(surveys(id), 1);

    // More than a score: an ordinary reply, which reopens.
    writeMail(QStringLiteral("r1.eml"), QStringLiteral("r1@example.fi"), QStringLiteral("q1@example.fi"),
              "5 kiitos, mutta vielä yksi kysymys\r\n");
    QCOMPARE(await(inbox()->importEmails({mailPath(QStringLiteral("r1.eml"))})).imported, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_answers")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(id)).toString(),
             QStringLiteral("open"));

    // A score 8 days after the survey: too late to count as its answer.
    QCOMPARE(await(inbox()->setStatus({id}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QVERIFY(exec(QStringLiteral("UPDATE csat_requests SET sent_at = '%1'")
                     .arg(ConversationRepository::isoTime(QDateTime::currentDateTimeUtc().addDays(-8)))));
    writeMail(QStringLiteral("r2.eml"), QStringLiteral("r2@example.fi"), QStringLiteral("r1@example.fi"), "3\r\n");
    QCOMPARE(await(inbox()->importEmails({mailPath(QStringLiteral("r2.eml"))})).imported, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_answers")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(id)).toString(),
             QStringLiteral("open"));
    QVERIFY(auditOf(QStringLiteral("conversation.csat_answer")).isEmpty());
}

void TestSatisfaction::remoteModeLeavesTheSurveysToTheServer()
{
    inbox()->setSendsSatisfactionSurveys(false);
    const qint64 id = addConversation(m_aino, Channel::Chat, QStringLiteral("test.agent"));
    QCOMPARE(await(inbox()->setStatus({id}, ConversationStatus::Resolved)).status, CommandResult::Applied);
    QCOMPARE(surveys(id), 0);
    QVERIFY(auditOf(QStringLiteral("conversation.csat_request")).isEmpty());
    // The answer is the server's to check: queued as a command, no row here.
    const CommandResult answer = await(inbox()->recordSatisfaction(id, 5));
    QCOMPARE(answer.status, CommandResult::Applied);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM csat_answers")).toInt(), 0);
    QCOMPARE(auditOf(QStringLiteral("conversation.csat_answer")).size(), 1);
    // A score out of range is refused before anything is queued.
    QCOMPARE(await(inbox()->recordSatisfaction(id, 9)).status, CommandResult::Rejected);
}

QTEST_GUILESS_MAIN(TestSatisfaction)
#include "tst_satisfaction.moc"

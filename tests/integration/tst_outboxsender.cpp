#include "fixtures.h"
#include "testsupport.h"

#include "remote/apiclient.h"
#include "remote/apireply.h"
#include "remote/commandroute.h"
#include "remote/connectionstatus.h"
#include "remote/outboxsender.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/outboxrepository.h"
#include "storage/sqltransaction.h"
#include "storage/syncstate.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using TestSupport::await;

namespace {

QByteArray problemBody(int status, const QString &code, const QString &detail, const QJsonObject &extra = {})
{
    QJsonObject problem{{QStringLiteral("type"), QStringLiteral("urn:carddesk:problem:") + code},
                        {QStringLiteral("title"), code},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("detail"), detail},
                        {QStringLiteral("code"), code}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        problem.insert(it.key(), it.value());
    return QJsonDocument(problem).toJson(QJsonDocument::Compact);
}

/// Runs a real event loop until @p done holds or @p timeoutMs passed.
/// (QTRY_* polls with sleeps; a thousand round trips through the database
/// thread and the socket would spend most of their time asleep.)
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace

/// @short A CardDesk API on loopback that speaks just enough HTTP/1.1 and misbehaves on demand.
///
/// Like the real server it authenticates the bearer token, applies a POST
/// once per Idempotency-Key (a repeat with the same body replays the stored
/// answer with Idempotent-Replayed: true, another body is 422) and stores
/// 4xx answers but not 5xx. A fault chosen per request makes it answer 500 or
/// 429, apply and then close the connection mid-answer, apply and never
/// answer, answer slowly, or answer malformed JSON.
class FakeApiServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        ServerError,        ///< 500, nothing applied
        TooManyRequests,    ///< 429 with Retry-After, nothing applied
        CloseMidAnswer,     ///< applied; half an answer, then the connection drops
        NoAnswer,           ///< applied; the answer never comes
        SlowAnswer,         ///< applied; the answer comes after slowMs
        MalformedJson       ///< applied; 200 with a body that is not JSON
    };

    struct Request
    {
        QByteArray method;
        QString path;
        QByteArray idempotencyKey;
        QByteArray ifMatch;
        QByteArray authorization;
        QByteArray body;
        int status = 0;
        bool replayed = false;
        Fault fault = Fault::None;
    };

    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    /// Decides the fault of each request that reaches the command logic.
    std::function<Fault(const Request &)> faultFor;
    /// Refusals by Idempotency-Key: the answer to give (stored, as the server stores 4xx).
    QHash<QByteArray, Answer> refusals;
    /// Answers for GETs by path (ApiClient tests).
    QHash<QString, Answer> getAnswers;
    QString acceptedToken = QStringLiteral("token-1");
    int slowMs = 50;
    int retryAfterSeconds = 0;

    QList<Request> requests;          ///< every request, in arrival order
    QList<QByteArray> appliedKeys;    ///< each key applied, in order of application

    /// Serves HTTPS with @p configuration (certificate and key) from the next listen().
    void setTls(const QSslConfiguration &configuration)
    {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(configuration);
        m_server = server;
        // A TLS connection is queued once its handshake is done.
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeApiServer::onNewConnection);
    }

    bool listen(quint16 port = 0)
    {
        if (!m_server) {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::newConnection, this, &FakeApiServer::onNewConnection);
        }
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return false;
        m_port = m_server->serverPort();
        return true;
    }

    /// The server dies: no more connections, every open one dropped.
    void kill()
    {
        if (m_server)
            m_server->close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

    bool isListening() const { return m_server && m_server->isListening(); }
    quint16 port() const { return m_port; }
    QUrl url() const
    {
        const bool tls = qobject_cast<QSslServer *>(m_server) != nullptr;
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
    }

    int requestsFor(const QByteArray &key) const
    {
        int n = 0;
        for (const Request &r : requests)
            n += r.idempotencyKey == key ? 1 : 0;
        return n;
    }

private:
    struct Stored
    {
        QByteArray bodyHash;
        Answer answer;
    };

    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_sockets << socket;
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            const qsizetype length = headers.value("content-length", "0").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
            Request request;
            request.method = requestLine.value(0);
            request.path = QString::fromLatin1(requestLine.value(1));
            request.idempotencyKey = headers.value("idempotency-key");
            request.ifMatch = headers.value("if-match");
            request.authorization = headers.value("authorization");
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            handle(socket, request);
        }
    }

    void handle(QTcpSocket *socket, Request request)
    {
        Answer answer;
        if (request.method == "GET" && getAnswers.contains(request.path)) {
            answer = getAnswers.value(request.path);
        } else if (request.authorization != "Bearer " + acceptedToken.toUtf8()) {
            answer.status = 401;
            answer.contentType = "application/problem+json";
            answer.body = problemBody(401, QStringLiteral("unauthenticated"), QStringLiteral("The token has expired."));
            answer.headers << qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer"));
        } else if (request.method == "POST" && request.idempotencyKey.isEmpty()) {
            answer.status = 400;
            answer.contentType = "application/problem+json";
            answer.body = problemBody(400, QStringLiteral("idempotency_key_missing"), QStringLiteral("No key."));
        } else {
            request.fault = faultFor ? faultFor(request) : Fault::None;
            const QByteArray hash = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256);
            const auto stored = m_store.constFind(request.idempotencyKey);
            if (request.fault == Fault::ServerError) {
                answer.status = 500;
                answer.contentType = "application/problem+json";
                answer.body = problemBody(500, QStringLiteral("internal_error"), QStringLiteral("Try again."));
            } else if (request.fault == Fault::TooManyRequests) {
                answer.status = 429;
                answer.contentType = "application/problem+json";
                answer.body = problemBody(429, QStringLiteral("rate_limited"), QStringLiteral("Slow down."));
                answer.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(retryAfterSeconds));
            } else if (stored != m_store.constEnd()) {
                if (stored->bodyHash != hash) {
                    answer.status = 422;
                    answer.contentType = "application/problem+json";
                    answer.body = problemBody(422, QStringLiteral("idempotency_key_reused"),
                                              QStringLiteral("The key was used with another body."));
                } else {
                    answer = stored->answer;
                    answer.headers << qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true"));
                    request.replayed = true;
                }
            } else if (refusals.contains(request.idempotencyKey)) {
                answer = refusals.value(request.idempotencyKey);
                m_store.insert(request.idempotencyKey, {hash, answer});
            } else {
                appliedKeys << request.idempotencyKey;
                answer.status = 200;
                answer.body = QJsonDocument(QJsonObject{{QStringLiteral("commandId"), QString::fromLatin1(request.idempotencyKey)},
                                                        {QStringLiteral("seq"), int(appliedKeys.size())}})
                                  .toJson(QJsonDocument::Compact);
                m_store.insert(request.idempotencyKey, {hash, answer});
            }
        }
        request.status = answer.status;
        requests << request;

        switch (request.replayed ? Fault::None : request.fault) {
        case Fault::NoAnswer:
            return;
        case Fault::CloseMidAnswer: {
            const QByteArray whole = serialise(answer);
            socket->write(whole.left(whole.size() - answer.body.size() / 2 - 1));
            socket->flush();
            socket->abort();
            return;
        }
        case Fault::SlowAnswer: {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(slowMs, this, [guard, answer] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    guard->write(serialise(answer));
            });
            return;
        }
        case Fault::MalformedJson:
            answer.body = "{\"commandId\": \"" + request.idempotencyKey + "\", \"seq\": ";
            break;
        default:
            break;
        }
        socket->write(serialise(answer));
    }

    static QByteArray serialise(const Answer &answer)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\n";
        out += "Content-Type: " + answer.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        out += "Connection: keep-alive\r\n";
        for (const auto &header : answer.headers)
            out += header.first + ": " + header.second + "\r\n";
        out += "\r\n";
        out += answer.body;
        return out;
    }

    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, Stored> m_store;
};

class TestOutboxSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // The outbox in SQLite
    void effectAndEnqueueCommitOrRollBackTogether();
    void outboxKeepsOrderStateAndProblems();
    void interruptedRowsGoBackToPending();

    // ApiClient
    void apiClientParsesProblemDetails();
    void apiClientTreatsMalformedJsonAsAnError();
    void apiClientCapsTheResponseSize();
    void apiClientTimesOutASilentServer();
    void apiClientRefusesACaFileWithoutCertificates();
    void httpsTrustsAPrivateCaOnlyWhenGiven();

    // OutboxSender against the loopback server
    void thousandCommandsArriveOnceInOrderThroughFlappingLink();
    void restartWithRowsInSendingResendsAndServerKeepsThemSingle();
    void stoppingMidSendLosesNothing();
    void rejectedCommandIsReportedAndTheNextGoes();
    void unauthorizedPausesTheQueueUntilANewToken();
    void backoffGrowsAndIsJittered();
    void retryAfterIsHonoured();
    void malformedAnswerIsRetriedNotApplied();
    void senderWorksOnItsOwnThread();

    // ConnectionStatus
    void connectionStatusFollowsTheSender();

private:
    QList<Command> enqueue(int count, const QString &prefix = QStringLiteral("reply"));
    std::unique_ptr<OutboxSender> makeSender();
    QString stateOf(const QUuid &id);
    int pendingCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestOutboxSender::initTestCase()
{
    TestSupport::pinEnvironment();
}

void TestOutboxSender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_worker = std::make_unique<DatabaseWorker>(QStringLiteral("outbox-test"));
    const QString path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    const OpenResult opened = await(m_worker->run([path](Database &db) { return db.open(path); }));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
    m_api = std::make_unique<ApiClient>(m_server->url());
    m_api->setBearerToken(QStringLiteral("token-1"));
    m_api->setTimeouts(400, 1500);
}

void TestOutboxSender::cleanup()
{
    m_api.reset();
    m_server.reset();
    m_worker.reset();
    m_dir.reset();
}

QList<Command> TestOutboxSender::enqueue(int count, const QString &prefix)
{
    QList<Command> commands;
    for (int i = 0; i < count; ++i) {
        const qint64 conversation = 1000 + i;
        commands << Command::make(QStringLiteral("conversation.reply"),
                                  QStringLiteral("conversation:%1").arg(conversation),
                                  {{QStringLiteral("conversationId"), conversation},
                                   {QStringLiteral("body"), QStringLiteral("%1 %2").arg(prefix).arg(i)}},
                                  QStringLiteral("aino.laine"));
    }
    const QString error = await(m_worker->run([commands](Database &db) {
        SqlTransaction transaction(db.connection());
        QString error;
        OutboxRepository outbox(db);
        for (const Command &command : commands) {
            const std::optional<CommandRoute> route = CommandRoute::of(command, &error);
            if (!route || !outbox.enqueue(command, route->outboxRequest(), &error))
                return error;
        }
        return transaction.commit() ? QString() : transaction.lastError();
    }));
    if (!error.isEmpty())
        qFatal("enqueue: %s", qPrintable(error));
    return commands;
}

std::unique_ptr<OutboxSender> TestOutboxSender::makeSender()
{
    auto sender = std::make_unique<OutboxSender>(m_worker.get(), m_api.get());
    sender->setBackoff(5, 80);
    return sender;
}

QString TestOutboxSender::stateOf(const QUuid &id)
{
    return await(m_worker->run([id](Database &db) {
        QString error;
        const std::optional<OutboxEntry> entry = OutboxRepository(db).entry(id, &error);
        return entry ? OutboxRepository::stateName(entry->state) : QStringLiteral("missing: ") + error;
    }));
}

int TestOutboxSender::pendingCount()
{
    return await(m_worker->run([](Database &db) {
        QString error;
        return OutboxRepository(db).pendingCount(&error);
    }));
}

// ---- The outbox in SQLite --------------------------------------------------------------------

void TestOutboxSender::effectAndEnqueueCommitOrRollBackTogether()
{
    struct Outcome
    {
        QString status;
        int version = -1;
        int outboxRows = -1;
        QString error;
    };
    const auto lockAndQueue = [](bool commit) {
        return [commit](Database &db) {
            Outcome outcome;
            QSqlQuery find(db.connection());
            find.exec(QStringLiteral("SELECT id, version FROM cards WHERE last4 = '4242'"));
            find.next();
            const qint64 cardId = find.value(0).toLongLong();
            const int version = find.value(1).toInt();
            find.finish();
            {
                SqlTransaction transaction(db.connection());
                const Command command = Command::make(
                    QStringLiteral("card.lock"), QStringLiteral("card:%1").arg(cardId),
                    {{QStringLiteral("expectedVersion"), version}, {QStringLiteral("reason"), QStringLiteral("misplaced")},
                     {QStringLiteral("text"), QString()}},
                    QStringLiteral("aino.laine"));
                // The optimistic local effect ...
                CardEvent event;
                event.cardId = cardId;
                event.at = QDateTime::currentDateTimeUtc();
                event.from = CardLifecycle::State::Active;
                event.to = CardLifecycle::State::Locked;
                event.reasonCode = QStringLiteral("misplaced");
                event.agent = command.agent;
                event.commandId = command.id.toString(QUuid::WithoutBraces);
                bool conflict = false;
                if (!CardRepository(db).transition(event, version, &conflict, &outcome.error))
                    return outcome;
                // ... and the command on its way to the server, in one transaction.
                const std::optional<CommandRoute> route = CommandRoute::of(command, &outcome.error);
                if (!route || !OutboxRepository(db).enqueue(command, route->outboxRequest(), &outcome.error))
                    return outcome;
                if (commit && !transaction.commit())
                    outcome.error = transaction.lastError();
            }   // without commit: the guard rolls back
            QSqlQuery check(db.connection());
            check.exec(QStringLiteral("SELECT status, version FROM cards WHERE id = %1").arg(cardId));
            check.next();
            outcome.status = check.value(0).toString();
            outcome.version = check.value(1).toInt();
            check.exec(QStringLiteral("SELECT count(*) FROM outbox"));
            check.next();
            outcome.outboxRows = check.value(0).toInt();
            return outcome;
        };
    };
    await(m_worker->run([](Database &db) {
        Fixtures::Person person;
        person.first = QStringLiteral("Aino");
        person.last = QStringLiteral("Virtanen");
        person.city = QStringLiteral("Helsinki");
        person.last4s = {QStringLiteral("4242")};
        return Fixtures::addCustomer(db, person);
    }));

    const Outcome rolledBack = await(m_worker->run(lockAndQueue(false)));
    QVERIFY2(rolledBack.error.isEmpty(), qPrintable(rolledBack.error));
    QCOMPARE(rolledBack.status, QStringLiteral("active"));
    QCOMPARE(rolledBack.outboxRows, 0);

    const Outcome committed = await(m_worker->run(lockAndQueue(true)));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QCOMPARE(committed.status, QStringLiteral("locked"));
    QCOMPARE(committed.version, rolledBack.version + 1);
    QCOMPARE(committed.outboxRows, 1);

    // The row holds the request as routed: path, If-Match from the version the agent saw.
    const QList<OutboxEntry> rows = await(m_worker->run([](Database &db) {
        QList<OutboxEntry> all;
        QString error;
        if (std::optional<OutboxEntry> e = OutboxRepository(db).nextPending(&error))
            all << *e;
        return all;
    }));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.constFirst().request.path.endsWith(QLatin1String("/lock")));
    QCOMPARE(rows.constFirst().request.ifMatch, std::optional<int>(rolledBack.version));
    QCOMPARE(rows.constFirst().state, OutboxEntry::State::Pending);

    // And it was written durably: the connection runs with synchronous=FULL.
    const int synchronous = await(m_worker->run([](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA synchronous"));
        return q.next() ? q.value(0).toInt() : -1;
    }));
    QCOMPARE(synchronous, 2);
}

void TestOutboxSender::outboxKeepsOrderStateAndProblems()
{
    const QList<Command> commands = enqueue(4);
    struct Seen
    {
        QList<QUuid> order;
        int pendingBefore = 0;
        int pendingAfter = 0;
        QList<OutboxEntry> rejected;
        QString error;
        bool duplicateRefused = false;
        QString lastContact;
    };
    const Seen seen = await(m_worker->run([commands](Database &db) {
        Seen s;
        OutboxRepository outbox(db);
        s.pendingBefore = outbox.pendingCount(&s.error);
        // The same command twice is refused: one command, one row.
        QString duplicate;
        s.duplicateRefused = !outbox.enqueue(commands.at(0), {QStringLiteral("POST"), QStringLiteral("/v1/x"), {}, {}},
                                             &duplicate);
        for (int i = 0; i < 4; ++i) {
            const std::optional<OutboxEntry> next = outbox.claimNext(&s.error);
            if (!next)
                break;
            s.order << next->commandId;
            if (i == 1) {
                outbox.markRejected(next->commandId, 422, QStringLiteral("validation_failed"),
                                    QStringLiteral("body: too long"),
                                    QJsonObject{{QStringLiteral("code"), QStringLiteral("validation_failed")}}, &s.error);
            } else {
                outbox.markApplied(next->commandId, 201, QJsonObject{{QStringLiteral("id"), i}}, &s.error);
            }
        }
        s.pendingAfter = outbox.pendingCount(&s.error);
        s.rejected = outbox.rejected(&s.error);
        SyncState sync(db);
        sync.setValue(SyncState::ChangesCursor, QStringLiteral("c-17"), &s.error);
        s.lastContact = sync.value(SyncState::ChangesCursor, &s.error);
        return s;
    }));
    QVERIFY2(seen.error.isEmpty(), qPrintable(seen.error));
    QCOMPARE(seen.pendingBefore, 4);
    QVERIFY(seen.duplicateRefused);
    QCOMPARE(seen.order, (QList<QUuid>{commands.at(0).id, commands.at(1).id, commands.at(2).id, commands.at(3).id}));
    QCOMPARE(seen.pendingAfter, 0);
    QCOMPARE(seen.rejected.size(), 1);
    QCOMPARE(seen.rejected.constFirst().commandId, commands.at(1).id);
    QCOMPARE(seen.rejected.constFirst().lastStatus, 422);
    QCOMPARE(seen.rejected.constFirst().lastErrorCode, QStringLiteral("validation_failed"));
    QCOMPARE(seen.rejected.constFirst().lastErrorDetail, QStringLiteral("body: too long"));
    QCOMPARE(seen.rejected.constFirst().type, QStringLiteral("conversation.reply"));
    QCOMPARE(seen.lastContact, QStringLiteral("c-17"));
    QCOMPARE(stateOf(commands.at(3).id), QStringLiteral("applied"));
}

void TestOutboxSender::interruptedRowsGoBackToPending()
{
    const QList<Command> commands = enqueue(3);
    const int requeued = await(m_worker->run([](Database &db) {
        QString error;
        OutboxRepository outbox(db);
        outbox.claimNext(&error);   // left in 'sending' by a client that crashed
        return outbox.requeueInterrupted(&error);
    }));
    QCOMPARE(requeued, 1);
    QCOMPARE(stateOf(commands.at(0).id), QStringLiteral("pending"));
}

// ---- ApiClient -------------------------------------------------------------------------------

namespace {

ApiResult call(ApiClient &api, const ApiRequest &request)
{
    ApiReply *reply = api.send(request);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(10000))
        qFatal("no answer");
    return finished.constFirst().constFirst().value<ApiResult>();
}

} // namespace

void TestOutboxSender::apiClientParsesProblemDetails()
{
    FakeApiServer::Answer conflict;
    conflict.status = 412;
    conflict.contentType = "application/problem+json";
    conflict.body = problemBody(412, QStringLiteral("version_conflict"), QStringLiteral("Card 12 is at version 8."),
                                {{QStringLiteral("current"), QJsonObject{{QStringLiteral("id"), 12}, {QStringLiteral("version"), 8}}},
                                 {QStringLiteral("changedBy"), QStringLiteral("mikko.aalto")},
                                 {QStringLiteral("changedAt"), QStringLiteral("2026-11-22T09:15:00Z")}});
    m_server->getAnswers.insert(QStringLiteral("/v1/conflict"), conflict);
    FakeApiServer::Answer invalid;
    invalid.status = 422;
    invalid.contentType = "application/problem+json";
    invalid.body = problemBody(422, QStringLiteral("validation_failed"), QStringLiteral("1 field is not valid."),
                               {{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("email")},
                                                                                {QStringLiteral("message"), QStringLiteral("Enter an email address.")}}}}});
    m_server->getAnswers.insert(QStringLiteral("/v1/invalid"), invalid);
    FakeApiServer::Answer proxy;
    proxy.status = 502;
    proxy.contentType = "text/html";
    proxy.body = "<html><body>Bad gateway</body></html>";
    m_server->getAnswers.insert(QStringLiteral("/v1/proxy"), proxy);

    ApiRequest request;
    request.path = QStringLiteral("/v1/conflict");
    ApiResult result = call(*m_api, request);
    QCOMPARE(result.outcome, ApiResult::Outcome::HttpError);
    QCOMPARE(result.status, 412);
    QCOMPARE(result.problem.code, QStringLiteral("version_conflict"));
    QCOMPARE(result.problem.detail, QStringLiteral("Card 12 is at version 8."));
    QCOMPARE(result.problem.changedBy, QStringLiteral("mikko.aalto"));
    QCOMPARE(result.problem.changedAt, QDateTime(QDate(2026, 11, 22), QTime(9, 15), Qt::UTC));
    QCOMPARE(result.problem.current.toObject().value(QLatin1StringView("version")).toInt(), 8);
    QVERIFY(!result.isTransient());

    request.path = QStringLiteral("/v1/invalid");
    result = call(*m_api, request);
    QCOMPARE(result.problem.code, QStringLiteral("validation_failed"));
    QCOMPARE(result.problem.fieldErrors.size(), 1);
    QCOMPARE(result.problem.fieldErrors.constFirst().field, QStringLiteral("email"));
    QCOMPARE(result.problem.fieldErrors.constFirst().message, QStringLiteral("Enter an email address."));
    // It round-trips into what the outbox stores.
    const ApiProblem stored = ApiProblem::fromJson(result.problem.toJson());
    QCOMPARE(stored.code, result.problem.code);
    QCOMPARE(stored.fieldErrors.constFirst().message, QStringLiteral("Enter an email address."));

    // A proxy's HTML page is still a problem with its status, and the server was not reached.
    request.path = QStringLiteral("/v1/proxy");
    result = call(*m_api, request);
    QCOMPARE(result.outcome, ApiResult::Outcome::HttpError);
    QCOMPARE(result.problem.status, 502);
    QVERIFY(result.problem.code.isEmpty());
    QVERIFY2(result.problem.detail.contains(QLatin1String("text/html")), qPrintable(result.problem.detail));
    QVERIFY(result.isTransient());
    QVERIFY(!result.reachedServer());

    // Every request carried the token, and only to the base URL.
    QCOMPARE(m_server->requests.constLast().authorization, QByteArray("Bearer token-1"));
}

void TestOutboxSender::apiClientTreatsMalformedJsonAsAnError()
{
    FakeApiServer::Answer broken;
    broken.body = "{\"items\": [1, 2";
    m_server->getAnswers.insert(QStringLiteral("/v1/broken"), broken);
    FakeApiServer::Answer html;
    html.contentType = "text/html";
    html.body = "<html>Captive portal</html>";
    m_server->getAnswers.insert(QStringLiteral("/v1/portal"), html);
    FakeApiServer::Answer good;
    good.body = "{\"items\": [1, 2], \"next\": null}";
    good.headers << qMakePair(QByteArray("ETag"), QByteArray("\"7\""));
    m_server->getAnswers.insert(QStringLiteral("/v1/good"), good);

    ApiRequest request;
    request.path = QStringLiteral("/v1/broken");
    ApiResult result = call(*m_api, request);
    QCOMPARE(result.outcome, ApiResult::Outcome::MalformedResponse);
    QCOMPARE(result.status, 200);
    QVERIFY(result.json.isNull());
    QVERIFY(result.isTransient());

    request.path = QStringLiteral("/v1/portal");
    QCOMPARE(call(*m_api, request).outcome, ApiResult::Outcome::MalformedResponse);

    request.path = QStringLiteral("/v1/good");
    result = call(*m_api, request);
    QCOMPARE(result.outcome, ApiResult::Outcome::Success);
    QCOMPARE(result.json.object().value(QLatin1StringView("items")).toArray().size(), 2);
    QCOMPARE(result.etagVersion, std::optional<int>(7));
}

void TestOutboxSender::apiClientCapsTheResponseSize()
{
    FakeApiServer::Answer big;
    big.body = "{\"blob\": \"" + QByteArray(300 * 1024, 'x') + "\"}";
    m_server->getAnswers.insert(QStringLiteral("/v1/big"), big);
    m_api->setMaxResponseBytes(64 * 1024);
    ApiRequest request;
    request.path = QStringLiteral("/v1/big");
    const ApiResult result = call(*m_api, request);
    QCOMPARE(result.outcome, ApiResult::Outcome::ResponseTooLarge);
    QVERIFY(result.json.isNull());
    QVERIFY(result.body.isEmpty());

    m_api->setMaxResponseBytes(1024 * 1024);
    QCOMPARE(call(*m_api, request).outcome, ApiResult::Outcome::Success);
}

void TestOutboxSender::apiClientTimesOutASilentServer()
{
    m_server->faultFor = [](const FakeApiServer::Request &) { return FakeApiServer::Fault::NoAnswer; };
    m_api->setTimeouts(200, 600);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/conversations/1/messages");
    request.body = QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("body"), QStringLiteral("x")}};
    request.idempotencyKey = QUuid::createUuid();
    const ApiResult result = call(*m_api, request);
    QCOMPARE(result.outcome, ApiResult::Outcome::Timeout);
    QVERIFY(result.isTransient());
    QVERIFY(!result.reachedServer());
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.constFirst().idempotencyKey, request.idempotencyKey.toByteArray(QUuid::WithoutBraces));
}

void TestOutboxSender::apiClientRefusesACaFileWithoutCertificates()
{
    QString error;
    QVERIFY(!m_api->addCaCertificates(m_dir->filePath(QStringLiteral("missing.pem")), &error));
    QVERIFY2(error.contains(QLatin1String("missing.pem")), qPrintable(error));
    QFile notPem(m_dir->filePath(QStringLiteral("not.pem")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("hello\n");
    notPem.close();
    error.clear();
    QVERIFY(!m_api->addCaCertificates(notPem.fileName(), &error));
    QVERIFY2(error.contains(QLatin1String("PEM")), qPrintable(error));
#if QT_CONFIG(ssl)
    const qsizetype before = m_api->sslConfiguration().caCertificates().size();
    // Any PEM certificate will do to show it is added: take one the system trusts.
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (system.isEmpty())
        QSKIP("no system CA certificates to copy");
    QFile pem(m_dir->filePath(QStringLiteral("bank-ca.pem")));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(system.constFirst().toPem());
    pem.close();
    QVERIFY2(m_api->addCaCertificates(pem.fileName(), &error), qPrintable(error));
    QVERIFY(m_api->sslConfiguration().caCertificates().size() >= before);
    QVERIFY(m_api->sslConfiguration().caCertificates().contains(system.constFirst()));
#endif
}

void TestOutboxSender::httpsTrustsAPrivateCaOnlyWhenGiven()
{
    // A bank's own CA and a server certificate it signed for 127.0.0.1, made with openssl.
    const QString dir = m_dir->path();
    const auto openssl = [&dir](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(dir);
        process.start(QStringLiteral("openssl"), arguments);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    };
    QFile extensions(m_dir->filePath(QStringLiteral("san.cnf")));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName = IP:127.0.0.1\nbasicConstraints = CA:FALSE\n");
    extensions.close();
    if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                  QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=CardDesk Test Bank CA")}))
        QSKIP("openssl cannot make a test CA here");
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                     QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                     QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.cnf")}));

    QFile certificateFile(m_dir->filePath(QStringLiteral("server.pem")));
    QFile keyFile(m_dir->filePath(QStringLiteral("server.key")));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());

    FakeApiServer secure;
    secure.setTls(tls);
    QVERIFY(secure.listen());
    FakeApiServer::Answer ok;
    ok.body = "{\"status\": \"ok\"}";
    secure.getAnswers.insert(QStringLiteral("/v1/health"), ok);
    ApiRequest health;
    health.path = QStringLiteral("/v1/health");
    health.authenticated = false;

    // Not trusted: the handshake fails, and nothing was sent in the clear.
    ApiClient strict(secure.url());
    strict.setTimeouts(2000, 5000);
    const ApiResult refused = call(strict, health);
    QCOMPARE(refused.outcome, ApiResult::Outcome::NetworkError);
    QVERIFY(secure.requests.isEmpty());

    // Trusted through --ca-file: it works as https does.
    ApiClient trusting(secure.url());
    trusting.setTimeouts(2000, 5000);
    QString error;
    QVERIFY2(trusting.addCaCertificates(m_dir->filePath(QStringLiteral("ca.pem")), &error), qPrintable(error));
    const ApiResult answered = call(trusting, health);
    QVERIFY2(answered.ok(), qPrintable(answered.errorText));
    QCOMPARE(answered.json.object().value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(secure.requests.size(), 1);
    QVERIFY(secure.requests.constFirst().authorization.isEmpty());   // health carries no token
}

// ---- OutboxSender ----------------------------------------------------------------------------

void TestOutboxSender::thousandCommandsArriveOnceInOrderThroughFlappingLink()
{
    const QList<Command> commands = enqueue(1000);
    // Deterministic trouble: 500s, dropped and silent answers, slow ones, garbled JSON, 429s.
    QRandomGenerator random(20261122);
    QMap<FakeApiServer::Fault, int> faults;
    m_server->faultFor = [&random, &faults](const FakeApiServer::Request &) {
        const int roll = int(random.bounded(1000));
        FakeApiServer::Fault fault = FakeApiServer::Fault::None;
        if (roll < 40)
            fault = FakeApiServer::Fault::ServerError;
        else if (roll < 70)
            fault = FakeApiServer::Fault::CloseMidAnswer;
        else if (roll < 80)
            fault = FakeApiServer::Fault::NoAnswer;
        else if (roll < 110)
            fault = FakeApiServer::Fault::SlowAnswer;
        else if (roll < 140)
            fault = FakeApiServer::Fault::MalformedJson;
        else if (roll < 150)
            fault = FakeApiServer::Fault::TooManyRequests;
        faults[fault] += 1;
        return fault;
    };
    m_server->slowMs = 30;
    m_api->setTimeouts(250, 1000);

    std::unique_ptr<OutboxSender> sender = makeSender();
    QSignalSpy applied(sender.get(), &OutboxSender::commandApplied);
    QSignalSpy rejected(sender.get(), &OutboxSender::commandRejected);
    QSignalSpy progress(sender.get(), &OutboxSender::progress);

    // The link flaps: the server dies and comes back on the same port, again and again.
    int flaps = 0;
    QTimer flapper;
    flapper.setInterval(400);
    connect(&flapper, &QTimer::timeout, this, [this, &flaps, &flapper] {
        if (m_server->isListening()) {
            m_server->kill();
            ++flaps;
            QTimer::singleShot(150, this, [this] { m_server->listen(m_server->port()); });
        }
        if (flaps >= 6)
            flapper.stop();
    });
    flapper.start();
    sender->start();

    QVERIFY2(runUntil([&applied] { return applied.size() == 1000; }, 30000),
             qPrintable(QStringLiteral("%1 of 1000 applied").arg(applied.size())));
    flapper.stop();
    QVERIFY(flaps >= 3);
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(pendingCount(), 0);
    QTRY_COMPARE(sender->state(), OutboxSender::State::Idle);

    // Exactly once, in order, each under its own key and with its own path.
    QCOMPARE(m_server->appliedKeys.size(), 1000);
    for (int i = 0; i < commands.size(); ++i)
        QCOMPARE(m_server->appliedKeys.at(i), commands.at(i).id.toByteArray(QUuid::WithoutBraces));
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(applied.at(i).at(0).toUuid(), commands.at(i).id);
    for (const FakeApiServer::Request &request : std::as_const(m_server->requests)) {
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.path.startsWith(QLatin1String("/v1/conversations/")));
        QVERIFY(!request.idempotencyKey.isEmpty());
    }
    // The trouble happened, and lost answers were replayed, not applied again.
    QVERIFY2(m_server->requests.size() > 1050, qPrintable(QString::number(m_server->requests.size())));
    QVERIFY(faults.value(FakeApiServer::Fault::ServerError) > 10);
    QVERIFY(faults.value(FakeApiServer::Fault::NoAnswer) > 0);
    int replays = 0;
    for (const FakeApiServer::Request &request : std::as_const(m_server->requests))
        replays += request.replayed ? 1 : 0;
    QVERIFY(replays > 10);
    // Progress ended at all sent.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
    sender.reset();
}

void TestOutboxSender::restartWithRowsInSendingResendsAndServerKeepsThemSingle()
{
    const QList<Command> commands = enqueue(5);
    // A client claimed the first command, sent it (the server applied it),
    // and crashed before it wrote down the answer: the row stays 'sending'.
    const std::optional<OutboxEntry> claimed = await(m_worker->run([](Database &db) {
        QString error;
        return OutboxRepository(db).claimNext(&error);
    }));
    QVERIFY(claimed);
    QCOMPARE(claimed->commandId, commands.at(0).id);
    ApiRequest lost;
    lost.method = "POST";
    lost.path = claimed->request.path;
    lost.body = claimed->request.body;
    lost.idempotencyKey = claimed->commandId;
    QVERIFY(call(*m_api, lost).ok());
    QCOMPARE(m_server->appliedKeys.size(), 1);
    QCOMPARE(stateOf(commands.at(0).id), QStringLiteral("sending"));

    // The database outlives the crash; the client starts again.
    const QString path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    m_worker.reset();
    m_worker = std::make_unique<DatabaseWorker>(QStringLiteral("outbox-test-restarted"));
    const OpenResult reopened = await(m_worker->run([path](Database &db) { return db.open(path); }));
    QVERIFY2(reopened.ok(), qPrintable(reopened.message));
    QCOMPARE(pendingCount(), 5);

    std::unique_ptr<OutboxSender> sender = makeSender();
    QSignalSpy applied(sender.get(), &OutboxSender::commandApplied);
    sender->start();
    QTRY_COMPARE(applied.size(), 5);
    QCOMPARE(pendingCount(), 0);

    // Sent twice, applied once.
    const QByteArray first = commands.at(0).id.toByteArray(QUuid::WithoutBraces);
    QCOMPARE(m_server->requestsFor(first), 2);
    QCOMPARE(m_server->appliedKeys.size(), 5);
    QCOMPARE(m_server->appliedKeys.count(first), 1);
    QVERIFY(m_server->requests.at(1).replayed);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_server->appliedKeys.at(i), commands.at(i).id.toByteArray(QUuid::WithoutBraces));
}

void TestOutboxSender::stoppingMidSendLosesNothing()
{
    const QList<Command> commands = enqueue(3);
    // The server takes the first command and does not answer; the client shuts down meanwhile.
    m_server->faultFor = [](const FakeApiServer::Request &) { return FakeApiServer::Fault::NoAnswer; };
    m_api->setTimeouts(5000, 10000);
    std::unique_ptr<OutboxSender> sender = makeSender();
    sender->start();
    QTRY_COMPARE(m_server->requests.size(), 1);
    QCOMPARE(stateOf(commands.at(0).id), QStringLiteral("sending"));
    sender.reset();
    QCOMPARE(stateOf(commands.at(0).id), QStringLiteral("pending"));
    QCOMPARE(pendingCount(), 3);

    m_server->faultFor = nullptr;
    sender = makeSender();
    QSignalSpy applied(sender.get(), &OutboxSender::commandApplied);
    sender->start();
    QTRY_COMPARE(applied.size(), 3);
    QCOMPARE(m_server->appliedKeys.size(), 3);
    QCOMPARE(m_server->requestsFor(commands.at(0).id.toByteArray(QUuid::WithoutBraces)), 2);
    QVERIFY(m_server->requests.at(1).replayed);
}

void TestOutboxSender::rejectedCommandIsReportedAndTheNextGoes()
{
    const QList<Command> commands = enqueue(4);
    FakeApiServer::Answer invalid;
    invalid.status = 422;
    invalid.contentType = "application/problem+json";
    invalid.body = problemBody(422, QStringLiteral("card_number_in_text"), QStringLiteral("body holds a card number."),
                               {{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("body")},
                                                                                {QStringLiteral("message"), QStringLiteral("Mask the card number.")}}}}});
    m_server->refusals.insert(commands.at(1).id.toByteArray(QUuid::WithoutBraces), invalid);
    FakeApiServer::Answer stale;
    stale.status = 412;
    stale.contentType = "application/problem+json";
    stale.body = problemBody(412, QStringLiteral("version_conflict"), QStringLiteral("Conversation 1002 is at version 5."),
                             {{QStringLiteral("current"), QJsonObject{{QStringLiteral("id"), 1002}, {QStringLiteral("version"), 5}}},
                              {QStringLiteral("changedBy"), QStringLiteral("mikko.aalto")},
                              {QStringLiteral("changedAt"), QStringLiteral("2026-11-22T09:15:00Z")}});
    m_server->refusals.insert(commands.at(2).id.toByteArray(QUuid::WithoutBraces), stale);

    std::unique_ptr<OutboxSender> sender = makeSender();
    QSignalSpy applied(sender.get(), &OutboxSender::commandApplied);
    QSignalSpy rejected(sender.get(), &OutboxSender::commandRejected);
    sender->start();
    QTRY_COMPARE(applied.size() + rejected.size(), 4);
    QCOMPARE(applied.size(), 2);
    QCOMPARE(rejected.size(), 2);

    QCOMPARE(rejected.at(0).at(0).toUuid(), commands.at(1).id);
    QCOMPARE(rejected.at(0).at(1).toString(), QStringLiteral("conversation.reply"));
    QCOMPARE(rejected.at(0).at(2).toString(), commands.at(1).subject);
    const ApiProblem first = rejected.at(0).at(3).value<ApiProblem>();
    QCOMPARE(first.status, 422);
    QCOMPARE(first.code, QStringLiteral("card_number_in_text"));
    QCOMPARE(first.detail, QStringLiteral("body holds a card number."));
    QCOMPARE(first.fieldErrors.constFirst().message, QStringLiteral("Mask the card number."));
    const ApiProblem second = rejected.at(1).at(3).value<ApiProblem>();
    QCOMPARE(second.code, QStringLiteral("version_conflict"));
    QCOMPARE(second.changedBy, QStringLiteral("mikko.aalto"));

    // The next command still went, after the refusals, and the refusals wait for the agent.
    QCOMPARE(m_server->appliedKeys,
             (QList<QByteArray>{commands.at(0).id.toByteArray(QUuid::WithoutBraces),
                                commands.at(3).id.toByteArray(QUuid::WithoutBraces)}));
    QCOMPARE(m_server->requests.constLast().idempotencyKey, commands.at(3).id.toByteArray(QUuid::WithoutBraces));
    const QList<OutboxEntry> refused = await(m_worker->run([](Database &db) {
        QString error;
        return OutboxRepository(db).rejected(&error);
    }));
    QCOMPARE(refused.size(), 2);
    QCOMPARE(refused.at(0).commandId, commands.at(1).id);
    QCOMPARE(refused.at(0).lastErrorCode, QStringLiteral("card_number_in_text"));
    QCOMPARE(refused.at(0).lastErrorDetail, QStringLiteral("body holds a card number."));
    QCOMPARE(refused.at(0).response.value(QLatin1StringView("errors")).toArray().size(), 1);
    QCOMPARE(refused.at(1).lastStatus, 412);
    QCOMPARE(refused.at(1).response.value(QLatin1StringView("changedBy")).toString(), QStringLiteral("mikko.aalto"));
    QCOMPARE(pendingCount(), 0);
}

void TestOutboxSender::unauthorizedPausesTheQueueUntilANewToken()
{
    const QList<Command> commands = enqueue(6);
    std::unique_ptr<OutboxSender> sender = makeSender();
    QSignalSpy applied(sender.get(), &OutboxSender::commandApplied);
    // The token expires mid-work: after two commands the server wants a new one.
    connect(sender.get(), &OutboxSender::commandApplied, this, [this, &applied] {
        if (applied.size() == 2)
            m_server->acceptedToken = QStringLiteral("token-2");
    });
    QSignalSpy rejected(sender.get(), &OutboxSender::commandRejected);
    QSignalSpy authentication(sender.get(), &OutboxSender::authenticationRequired);
    sender->start();
    QTRY_COMPARE(authentication.size(), 1);
    QCOMPARE(sender->state(), OutboxSender::State::WaitingForSignIn);
    QTRY_COMPARE(applied.size(), 2);
    const int requestsWhenPaused = int(m_server->requests.size());

    // Paused: nothing goes, nothing is lost, nothing is rejected, whatever wakes it.
    sender->wake();
    sender->retryNow();
    QTest::qWait(200);
    QCOMPARE(int(m_server->requests.size()), requestsWhenPaused);
    QCOMPARE(m_server->requests.constLast().status, 401);
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(pendingCount(), 4);
    QCOMPARE(stateOf(commands.at(2).id), QStringLiteral("pending"));

    sender->setToken(QStringLiteral("token-2"));
    QTRY_COMPARE(applied.size(), 6);
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(authentication.size(), 1);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(m_server->appliedKeys.at(i), commands.at(i).id.toByteArray(QUuid::WithoutBraces));
    QCOMPARE(m_server->requests.constLast().authorization, QByteArray("Bearer token-2"));
}

void TestOutboxSender::backoffGrowsAndIsJittered()
{
    // The formula: full jitter under an exponential ceiling, capped.
    OutboxSender formula(m_worker.get(), m_api.get());
    formula.setBackoff(100, 1000);
    int maxFirst = 0;
    int maxFifth = 0;
    for (int failures = 1; failures <= 12; ++failures) {
        const int ceiling = qMin(1000, 100 << qMin(failures - 1, 20));
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int delay = formula.backoffDelay(failures);
            QVERIFY2(delay >= 0 && delay <= ceiling, qPrintable(QStringLiteral("%1 after %2").arg(delay).arg(failures)));
            seen.insert(delay);
            if (failures == 1)
                maxFirst = qMax(maxFirst, delay);
            if (failures == 5)
                maxFifth = qMax(maxFifth, delay);
        }
        QVERIFY(seen.size() > 10);   // jittered, not one value
    }
    QVERIFY(maxFifth > maxFirst);   // it grows
    QCOMPARE(formula.backoffDelay(1000) <= 1000, true);   // no overflow after a long outage

    // Live: a failing server makes the sender back off with growing, jittered, capped delays.
    enqueue(1);
    int failuresLeft = 7;
    m_server->faultFor = [&failuresLeft](const FakeApiServer::Request &) {
        return failuresLeft-- > 0 ? FakeApiServer::Fault::ServerError : FakeApiServer::Fault::None;
    };
    std::unique_ptr<OutboxSender> sender = makeSender();
    sender->setBackoff(2, 40);
    QSignalSpy retries(sender.get(), &OutboxSender::retryScheduled);
    QSignalSpy applied(sender.get(), &OutboxSender::commandApplied);
    sender->start();
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(retries.size(), 7);
    QSet<int> delays;
    for (int i = 0; i < retries.size(); ++i) {
        const int delay = retries.at(i).at(1).toInt();
        QVERIFY(delay >= 0 && delay <= 40);
        QCOMPARE(retries.at(i).at(2).toInt(), i + 1);   // consecutive failures counted
        QVERIFY2(retries.at(i).at(3).toString().contains(QLatin1String("internal_error")),
                 qPrintable(retries.at(i).at(3).toString()));
        delays.insert(delay);
    }
    QVERIFY(delays.size() > 1);
    // The attempts are on record.
    const OutboxEntry entry = *await(m_worker->run([](Database &db) {
        QString error;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT command_id FROM outbox"));
        q.next();
        return OutboxRepository(db).entry(QUuid::fromString(q.value(0).toString()), &error);
    }));
    QCOMPARE(entry.attempts, 8);
    QCOMPARE(entry.state, OutboxEntry::State::Applied);
}

void TestOutboxSender::retryAfterIsHonoured()
{
    enqueue(1);
    m_server->retryAfterSeconds = 1;
    bool once = true;
    m_server->faultFor = [&once](const FakeApiServer::Request &) {
        const bool first = once;
        once = false;
        return first ? FakeApiServer::Fault::TooManyRequests : FakeApiServer::Fault::None;
    };
    std::unique_ptr<OutboxSender> sender = makeSender();
    QSignalSpy retries(sender.get(), &OutboxSender::retryScheduled);
    QSignalSpy applied(sender.get(), &OutboxSender::commandApplied);
    sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
    QCOMPARE(retries.size(), 1);
    QVERIFY2(retries.constFirst().at(1).toInt() >= 1000, qPrintable(retries.constFirst().at(1).toString()));
    QVERIFY(retries.constFirst().at(3).toString().contains(QLatin1String("rate_limited")));
    QCOMPARE(m_server->appliedKeys.size(), 1);
}

void TestOutboxSender::malformedAnswerIsRetriedNotApplied()
{
    const QList<Command> commands = enqueue(2);
    bool once = true;
    m_server->faultFor = [&once](const FakeApiServer::Request &) {
        const bool first = once;
        once = false;
        return first ? FakeApiServer::Fault::MalformedJson : FakeApiServer::Fault::None;
    };
    std::unique_ptr<OutboxSender> sender = makeSender();
    QSignalSpy retries(sender.get(), &OutboxSender::retryScheduled);
    QSignalSpy applied(sender.get(), &OutboxSender::commandApplied);
    sender->start();
    QTRY_COMPARE(applied.size(), 2);
    QCOMPARE(retries.size(), 1);
    QVERIFY(retries.constFirst().at(3).toString().contains(QLatin1String("malformed_response")));
    // The replayed answer is the one the outbox keeps.
    QCOMPARE(applied.constFirst().at(3).toJsonObject().value(QLatin1StringView("commandId")).toString(),
             commands.at(0).id.toString(QUuid::WithoutBraces));
    const OutboxEntry entry = *await(m_worker->run([id = commands.at(0).id](Database &db) {
        QString error;
        return OutboxRepository(db).entry(id, &error);
    }));
    QCOMPARE(entry.response.value(QLatin1StringView("seq")).toInt(), 1);
    QCOMPARE(m_server->appliedKeys.size(), 2);
}

void TestOutboxSender::senderWorksOnItsOwnThread()
{
    // The network and the sender off the GUI thread: ApiClient and
    // OutboxSender on a thread of their own, SQL on the database worker,
    // this (the "GUI") thread only receives the outcome.
    const QList<Command> commands = enqueue(20);
    QThread network;
    network.setObjectName(QStringLiteral("CardDesk network"));
    auto *api = new ApiClient(m_server->url());
    api->setBearerToken(QStringLiteral("token-1"));
    auto *sender = new OutboxSender(m_worker.get(), api);
    sender->setBackoff(5, 50);
    api->moveToThread(&network);
    sender->moveToThread(&network);
    network.start();

    QList<QUuid> applied;
    QSet<QThread *> signalThreads;
    connect(sender, &OutboxSender::commandApplied, this,
            [&applied](const QUuid &id) { applied << id; }, Qt::QueuedConnection);
    connect(sender, &OutboxSender::stateChanged, sender,
            [&signalThreads](OutboxSender::State) { signalThreads.insert(QThread::currentThread()); },
            Qt::DirectConnection);
    QMetaObject::invokeMethod(sender, &OutboxSender::start, Qt::QueuedConnection);
    QVERIFY(runUntil([&applied] { return applied.size() == 20; }, 10000));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(applied.at(i), commands.at(i).id);
    QCOMPARE(m_server->appliedKeys.size(), 20);

    QMetaObject::invokeMethod(
        sender,
        [sender, api] {
            delete sender;
            delete api;
        },
        Qt::BlockingQueuedConnection);
    network.quit();
    QVERIFY(network.wait(5000));
    QCOMPARE(signalThreads, (QSet<QThread *>{&network}));
}

// ---- ConnectionStatus ------------------------------------------------------------------------

void TestOutboxSender::connectionStatusFollowsTheSender()
{
    ConnectionStatus status;
    QCOMPARE(status.state(), ConnectionStatus::State::Online);
    QCOMPARE(status.text(), QStringLiteral("Online"));

    enqueue(3);
    m_server->kill();
    std::unique_ptr<OutboxSender> sender = makeSender();
    sender->setBackoff(50, 100);
    status.follow(sender.get());
    QSignalSpy states(&status, &ConnectionStatus::stateChanged);
    sender->start();
    QTRY_COMPARE(status.state(), ConnectionStatus::State::Offline);
    QTRY_COMPARE(status.pendingCount(), 3);
    const QString since = QLocale().toString(status.offlineSince().toLocalTime().time(), QStringLiteral("HH:mm"));
    QCOMPARE(status.text(), QStringLiteral("Offline since %1 · 3 change(s) not yet sent").arg(since));
    QVERIFY(QRegularExpression(QStringLiteral("^Offline since \\d\\d:\\d\\d ")).match(status.text()).hasMatch());

    // More work while offline is counted.
    enqueue(2, QStringLiteral("later"));
    sender->wake();
    QTRY_COMPARE(status.pendingCount(), 5);
    QVERIFY(status.text().contains(QLatin1String("5 change(s)")));

    // The link is back: syncing, then online with nothing pending.
    QVERIFY(m_server->listen(m_server->port()));
    sender->retryNow();
    QTRY_COMPARE(status.pendingCount(), 0);
    QTRY_COMPARE(status.state(), ConnectionStatus::State::Online);
    QCOMPARE(status.text(), QStringLiteral("Online"));
    bool synced = false;
    for (const QList<QVariant> &change : std::as_const(states))
        synced = synced || change.at(0).value<ConnectionStatus::State>() == ConnectionStatus::State::Syncing;
    QVERIFY(synced);
    QCOMPARE(m_server->appliedKeys.size(), 5);

    // The texts of the other states.
    status.setProgress(2, 5);
    QCOMPARE(status.state(), ConnectionStatus::State::Syncing);
    QCOMPARE(status.text(), QStringLiteral("Syncing: 2 of 5 sent"));
    status.setProgress(5, 5);
    status.setPendingCount(2);
    status.setWaitingForSignIn(true);
    QCOMPARE(status.text(), QStringLiteral("Online · sign in again to send 2 change(s)"));
}

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"

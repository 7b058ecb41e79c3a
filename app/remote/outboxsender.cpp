#include "outboxsender.h"

#include "apiclient.h"
#include "apireply.h"
#include "apirequest.h"
#include "commandroute.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/outboxrepository.h"
#include "storage/sqltransaction.h"
#include "storage/syncstate.h"

#include <QFuture>
#include <QRandomGenerator>
#include <QTimer>

namespace {

/// How long a Retry-After may hold the queue at most (a broken header must not stop it for days).
constexpr int MaxRetryAfterSeconds = 600;

bool isSuccess(const ApiResult &result)
{
    // A 2xx whose answer was too large to read was still applied by the server.
    return result.ok()
           || (result.outcome == ApiResult::Outcome::ResponseTooLarge && result.status >= 200 && result.status < 300);
}

/// The code the outbox records for a failed attempt.
QString failureCode(const ApiResult &result)
{
    if (result.outcome == ApiResult::Outcome::HttpError)
        return result.problem.code.isEmpty() ? QStringLiteral("http_%1").arg(result.status) : result.problem.code;
    return ApiResult::outcomeName(result.outcome);
}

QString failureDetail(const ApiResult &result)
{
    if (result.outcome == ApiResult::Outcome::HttpError)
        return result.problem.detail.isEmpty() ? result.problem.title : result.problem.detail;
    return result.errorText;
}

} // namespace

OutboxSender::OutboxSender(DatabaseWorker *worker, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_api(api)
    , m_retryTimer(new QTimer(this))
{
    qRegisterMetaType<ApiProblem>();
    qRegisterMetaType<OutboxSender::State>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &OutboxSender::pump);
}

OutboxSender::~OutboxSender()
{
    stop();
}

void OutboxSender::setBackoff(int baseMs, int capMs)
{
    m_backoffBaseMs = qMax(1, baseMs);
    m_backoffCapMs = qMax(m_backoffBaseMs, capMs);
}

int OutboxSender::backoffBaseMs() const
{
    return m_backoffBaseMs;
}

int OutboxSender::backoffCapMs() const
{
    return m_backoffCapMs;
}

int OutboxSender::backoffDelay(int failures) const
{
    // base * 2^(n-1), capped, without overflowing for a long outage.
    qint64 ceiling = m_backoffBaseMs;
    for (int i = 1; i < failures && ceiling < m_backoffCapMs; ++i)
        ceiling *= 2;
    ceiling = qMin<qint64>(ceiling, m_backoffCapMs);
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

OutboxSender::State OutboxSender::state() const
{
    return m_state;
}

int OutboxSender::sentInRun() const
{
    return m_sent;
}

int OutboxSender::totalInRun() const
{
    return m_total;
}

void OutboxSender::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void OutboxSender::setReachable(bool reachable)
{
    if (m_reachable && *m_reachable == reachable)
        return;
    m_reachable = reachable;
    m_reachableSince = QDateTime::currentDateTimeUtc();
    Q_EMIT reachabilityChanged(reachable, m_reachableSince);
}

void OutboxSender::pendingChanged(int pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT pendingCountChanged(pending);
}

void OutboxSender::start()
{
    if (m_running)
        return;
    m_running = true;
    m_requeueOnStart = true;
    setState(State::Idle);
    pump();
}

void OutboxSender::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_retryTimer->stop();
    m_busy = false;
    if (m_inFlight) {
        ApiReply *reply = m_inFlight;
        m_inFlight = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
    if (m_inFlightEntry) {
        // Not answered: it goes again at the next start (the server applies it once).
        const QUuid id = m_inFlightEntry->commandId;
        m_inFlightEntry.reset();
        m_worker->run([id](Database &db) {
            QString error;
            OutboxRepository(db).markPending(id, &error);
        });
    }
    setState(State::Stopped);
}

void OutboxSender::wake()
{
    if (m_running && !m_busy && !m_waitingForToken && !m_retryTimer->isActive()) {
        pump();
        return;
    }
    // Not sending now (offline, waiting for a token or busy): the count
    // still changes for the status bar.
    const quint64 generation = m_generation;
    m_worker
        ->run([](Database &db) {
            QString error;
            return OutboxRepository(db).pendingCount(&error);
        })
        .then(this, [this, generation](int pending) {
            if (generation == m_generation && pending >= 0)
                pendingChanged(pending);
        });
}

void OutboxSender::retryNow()
{
    if (!m_running || !m_retryTimer->isActive())
        return;
    m_retryTimer->stop();
    pump();
}

void OutboxSender::setToken(const QString &token)
{
    m_api->setBearerToken(token);
    if (!m_waitingForToken)
        return;
    m_waitingForToken = false;
    if (m_running) {
        setState(State::Idle);
        pump();
    }
}

void OutboxSender::pump()
{
    if (!m_running || m_busy || m_waitingForToken || m_retryTimer->isActive())
        return;
    m_busy = true;
    const bool requeue = m_requeueOnStart;
    m_requeueOnStart = false;
    const quint64 generation = m_generation;
    m_worker
        ->run([requeue](Database &db) {
            Claim claim;
            OutboxRepository outbox(db);
            if (requeue)
                claim.requeued = outbox.requeueInterrupted(&claim.error);
            if (claim.error.isEmpty())
                claim.entry = outbox.claimNext(&claim.error);
            if (claim.error.isEmpty())
                claim.pending = outbox.pendingCount(&claim.error);
            return claim;
        })
        .then(this, [this, generation](const Claim &claim) {
            if (generation != m_generation)
                return;   // stopped meanwhile; the next start requeues what this claimed
            onClaimed(claim);
        });
}

void OutboxSender::onClaimed(const Claim &claim)
{
    if (!claim.error.isEmpty()) {
        m_busy = false;
        Q_EMIT storageFailed(claim.error);
        ++m_failures;
        const int delay = backoffDelay(m_failures);
        setState(State::WaitingToRetry);
        m_retryTimer->start(delay);
        Q_EMIT retryScheduled(QUuid(), delay, m_failures, claim.error);
        return;
    }
    pendingChanged(claim.pending);
    if (!claim.entry) {
        m_busy = false;
        finishRun(claim.pending);
        return;
    }
    const int total = m_sent + claim.pending;
    if (total != m_total || m_state != State::Sending) {
        m_total = total;
        setState(State::Sending);
        Q_EMIT progress(m_sent, m_total);
    }
    if (!m_api->hasBearerToken()) {
        // Nothing to sign the request with: ask, and keep the row.
        const QUuid id = claim.entry->commandId;
        m_worker->run([id](Database &db) {
            QString error;
            OutboxRepository(db).markPending(id, &error);
        });
        m_busy = false;
        m_waitingForToken = true;
        setState(State::WaitingForSignIn);
        Q_EMIT authenticationRequired();
        return;
    }
    send(*claim.entry);
}

void OutboxSender::setAppliedHook(AppliedHook hook)
{
    m_appliedHook = std::move(hook);
}

void OutboxSender::send(const OutboxEntry &entry)
{
    if (OutboxRepository::namesProvisionalId(entry.request.path)) {
        // About something this console created, which the server never took
        // (the refusal of the command that created it came before): the
        // server must not see the provisional id. Refused here, for the agent to see.
        ApiResult local;
        local.outcome = ApiResult::Outcome::HttpError;
        ApiProblem problem;
        problem.code = QStringLiteral("provisional_id");
        problem.title = tr("Not sent");
        problem.detail = tr("This was about a conversation or card created on this computer that the server "
                            "never took (its refusal is listed before this one). Nothing was sent; do it again "
                            "on the server's copy.");
        local.problem = problem;
        settle(entry, local, false, problem);
        return;
    }
    ApiRequest request;
    request.method = entry.request.method.toLatin1();
    request.path = entry.request.path;
    request.body = entry.request.body;
    request.idempotencyKey = entry.commandId;
    request.ifMatch = entry.request.ifMatch;
    m_inFlightEntry = entry;
    ApiReply *reply = m_api->send(request);
    m_inFlight = reply;
    connect(reply, &ApiReply::finished, this, [this, entry](const ApiResult &result) {
        m_inFlight = nullptr;
        m_inFlightEntry.reset();
        onAnswer(entry, result);
    });
}

void OutboxSender::onAnswer(const OutboxEntry &entry, const ApiResult &result)
{
    if (result.outcome == ApiResult::Outcome::Aborted) {
        m_busy = false;
        return;   // stop() put the row back
    }
    setReachable(result.reachedServer());

    if (isSuccess(result)) {
        settle(entry, result, true, ApiProblem());
        return;
    }
    if (result.outcome == ApiResult::Outcome::HttpError && result.status == 401) {
        // The token expired mid-work: keep the row, wait for a new token.
        const QUuid id = entry.commandId;
        const quint64 generation = m_generation;
        m_worker
            ->run([id](Database &db) {
                QString error;
                OutboxRepository(db).markPending(id, &error);
                return error;
            })
            .then(this, [this, generation](const QString &error) {
                if (generation != m_generation)
                    return;
                m_busy = false;
                if (!error.isEmpty())
                    Q_EMIT storageFailed(error);
                m_waitingForToken = true;
                setState(State::WaitingForSignIn);
                Q_EMIT authenticationRequired();
            });
        return;
    }
    if (result.isTransient()) {
        retryLater(entry, result.status, failureCode(result), failureDetail(result), result.retryAfterSeconds);
        return;
    }
    // Refused (4xx), or a 4xx answer too large to read: the agent must see it.
    ApiProblem problem = result.problem;
    if (result.outcome == ApiResult::Outcome::ResponseTooLarge) {
        problem.status = result.status;
        problem.detail = result.errorText;
    }
    settle(entry, result, false, problem);
}

void OutboxSender::settle(const OutboxEntry &entry, const ApiResult &result, bool applied, const ApiProblem &problem)
{
    const QUuid id = entry.commandId;
    const int status = result.status;
    const QJsonObject response = applied && result.json.isObject() && CommandRoute::keepsResponse(entry.type)
                                     ? result.json.object()
                                     : QJsonObject();
    const QJsonObject problemJson = applied ? QJsonObject() : problem.toJson();
    const QString code = failureCode(result);
    const QString detail = problem.detail;
    const quint64 generation = m_generation;
    const QJsonObject answer = applied && result.json.isObject() ? result.json.object() : QJsonObject();
    // One transaction records the answer and takes the next row: one
    // durable write per command, not two.
    m_worker
        ->run([id, status, applied, response, problemJson, code, detail, entry, answer,
               hook = m_appliedHook](Database &db) {
            Claim next;
            OutboxRepository outbox(db);
            SqlTransaction transaction(db.connection());
            const bool ok = transaction.isActive()
                            && (applied ? outbox.markApplied(id, status, response, &next.settleError)
                                        : outbox.markRejected(id, status, code, detail, problemJson, &next.settleError))
                            && (!applied || !hook || hook(db, entry, answer, &next.settleError))
                            && SyncState(db).setLastContact(QDateTime::currentDateTimeUtc(), &next.settleError);
            if (!ok) {
                if (next.settleError.isEmpty())
                    next.settleError = transaction.lastError();
                return next;
            }
            next.entry = outbox.claimNext(&next.error);
            if (next.error.isEmpty())
                next.pending = outbox.pendingCount(&next.error);
            if (!transaction.commit()) {
                next.settleError = transaction.lastError();
                next.entry.reset();
            }
            return next;
        })
        .then(this, [this, entry, result, applied, problem, generation](const Claim &next) {
            if (!next.settleError.isEmpty()) {
                // The server has it, the outbox could not say so: it is sent
                // again later and the server answers the same.
                if (generation == m_generation) {
                    Q_EMIT storageFailed(next.settleError);
                    retryLater(entry, result.status, QStringLiteral("storage_failed"), next.settleError, -1);
                }
                return;
            }
            m_failures = 0;
            ++m_sent;
            if (applied)
                Q_EMIT commandApplied(entry.commandId, entry.type, entry.subject,
                                      result.json.isObject() ? result.json.object() : QJsonObject());
            else
                Q_EMIT commandRejected(entry.commandId, entry.type, entry.subject, problem);
            if (generation != m_generation)
                return;   // stopped meanwhile; the next start requeues what this claimed
            Q_EMIT progress(m_sent, qMax(m_total, m_sent));
            onClaimed(next);
        });
}

void OutboxSender::retryLater(const OutboxEntry &entry, int httpStatus, const QString &code, const QString &detail,
                              int retryAfterSeconds)
{
    ++m_failures;
    int delay = backoffDelay(m_failures);
    if (retryAfterSeconds >= 0)
        delay = qMax(delay, qMin(retryAfterSeconds, MaxRetryAfterSeconds) * 1000);
    const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(delay);
    const QUuid id = entry.commandId;
    const int failures = m_failures;
    const quint64 generation = m_generation;
    m_worker
        ->run([id, httpStatus, code, detail, next](Database &db) {
            QString error;
            OutboxRepository(db).markRetry(id, httpStatus, code, detail, next, &error);
            return error;
        })
        .then(this, [this, id, delay, failures, code, detail, generation](const QString &error) {
            if (generation != m_generation)
                return;
            m_busy = false;
            if (!error.isEmpty())
                Q_EMIT storageFailed(error);
            setState(State::WaitingToRetry);
            m_retryTimer->start(delay);
            Q_EMIT retryScheduled(id, delay, failures, detail.isEmpty() ? code : code + QStringLiteral(": ") + detail);
        });
}

void OutboxSender::finishRun(int pending)
{
    if (m_total > 0)
        Q_EMIT progress(m_sent, m_sent);
    m_sent = 0;
    m_total = 0;
    pendingChanged(pending);
    setState(State::Idle);
}

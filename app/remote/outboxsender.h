#pragma once

#include "apiproblem.h"
#include "apiresult.h"
#include "storage/outboxentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

class ApiClient;
class ApiReply;
class Database;
class DatabaseWorker;
class QTimer;

/// @short Posts the outbox to the server, strictly in order, until it is empty.
///
/// One command at a time, oldest first, with the command id as
/// Idempotency-Key and If-Match where the route has a version. The server
/// took it (2xx): applied, next. No answer, a timeout, 5xx, 429 or a garbled
/// answer: the same command again after an exponential backoff with full
/// jitter (Retry-After honoured). 401: the token expired; the sender waits,
/// with nothing lost, until setToken(). Any other refusal (400, 403, 404,
/// 409, 412, 413, 422, 428): rejected with the server's problem details,
/// reported by commandRejected(), and the next command goes.
///
/// Every read and write of the outbox runs on the DatabaseWorker; this
/// object only waits for their futures. It must live on the thread of its
/// ApiClient (any thread with an event loop; the GUI thread does no more
/// here than dispatch). The DatabaseWorker and the ApiClient must outlive it.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Idle,               ///< nothing to send
        Sending,
        WaitingToRetry,     ///< after a failure, until the backoff delay has passed
        WaitingForSignIn    ///< the server refused the token
    };
    Q_ENUM(State)

    static constexpr int DefaultBackoffBaseMs = 500;
    static constexpr int DefaultBackoffCapMs = 30000;

    OutboxSender(DatabaseWorker *worker, ApiClient *api, QObject *parent = nullptr);
    ~OutboxSender() override;

    /// Backoff after n consecutive failures: a delay drawn uniformly from
    /// [0, min(cap, base * 2^(n-1))] ("full jitter").
    void setBackoff(int baseMs, int capMs);
    int backoffBaseMs() const;
    int backoffCapMs() const;
    int backoffDelay(int failures) const;

    State state() const;
    /// Commands settled (applied or rejected) in the current run of sending,
    /// and how many that run holds so far.
    int sentInRun() const;
    int totalInRun() const;

public Q_SLOTS:
    /// Puts rows a previous run left in 'sending' back to 'pending' and
    /// starts sending.
    void start();
    /// Stops; a command in flight goes back to 'pending' (resent later; the
    /// server applies it once).
    void stop();
    /// New rows were queued: send them.
    void wake();
    /// Skips the backoff wait (the link is back, the agent asked).
    void retryNow();
    /// A new token after sign-in: sending resumes where it stopped.
    void setToken(const QString &token);

public:
    /// Runs on the worker, in the transaction that records a command as
    /// applied and before the next row is taken, with the server's answer:
    /// a provisional id becomes the server's there, so that the next request
    /// already names it. False (with *error) undoes the recording; the
    /// command is sent again and the server answers the same.
    using AppliedHook = std::function<bool(Database &db, const OutboxEntry &entry, const QJsonObject &response,
                                           QString *error)>;
    void setAppliedHook(AppliedHook hook);

Q_SIGNALS:
    void stateChanged(OutboxSender::State state);
    void commandApplied(const QUuid &commandId, const QString &type, const QString &subject,
                        const QJsonObject &response);
    void commandRejected(const QUuid &commandId, const QString &type, const QString &subject,
                         const ApiProblem &problem);
    void authenticationRequired();
    void progress(int sent, int total);
    void pendingCountChanged(int pending);
    /// After a failed attempt: when the same command goes again, and why.
    void retryScheduled(const QUuid &commandId, int delayMs, int failures, const QString &reason);
    /// The server was reached (an answer came from it) or not; @p since is
    /// when that began.
    void reachabilityChanged(bool reachable, const QDateTime &since);
    void storageFailed(const QString &error);

private:
    struct Claim
    {
        std::optional<OutboxEntry> entry;
        int pending = 0;
        int requeued = 0;
        QString error;         ///< reading the next row failed
        QString settleError;   ///< settle(): recording the answer failed (nothing was claimed)
    };

    void pump();
    void onClaimed(const Claim &claim);
    void send(const OutboxEntry &entry);
    void onAnswer(const OutboxEntry &entry, const ApiResult &result);
    void settle(const OutboxEntry &entry, const ApiResult &result, bool applied, const ApiProblem &problem);
    void retryLater(const OutboxEntry &entry, int httpStatus, const QString &code, const QString &detail,
                    int retryAfterSeconds);
    void finishRun(int pending);
    void setState(State state);
    void setReachable(bool reachable);
    void pendingChanged(int pending);

    DatabaseWorker *m_worker = nullptr;
    ApiClient *m_api = nullptr;
    QTimer *m_retryTimer = nullptr;
    QPointer<ApiReply> m_inFlight;
    std::optional<OutboxEntry> m_inFlightEntry;
    State m_state = State::Stopped;
    bool m_running = false;
    bool m_busy = false;
    bool m_waitingForToken = false;
    bool m_requeueOnStart = true;
    AppliedHook m_appliedHook;
    quint64 m_generation = 0;
    int m_failures = 0;
    int m_backoffBaseMs = DefaultBackoffBaseMs;
    int m_backoffCapMs = DefaultBackoffCapMs;
    int m_sent = 0;
    int m_total = 0;
    int m_pending = -1;
    std::optional<bool> m_reachable;
    QDateTime m_reachableSince;
};

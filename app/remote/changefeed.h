#pragma once

#include "remotecache.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>

class ApiClient;
class Database;
class DatabaseWorker;
class QTimer;

/// @short Brings the server's changes into the cache (GET /v1/changes), page by page.
///
/// Each page is applied in one SQLite transaction together with the new
/// cursor (SyncState::ChangesCursor), so a crash never skips or repeats a
/// page; a page applies only on top of the cursor it was read from, so
/// pages never apply out of order either. Card changes overwrite the cached
/// card, except a card for which the outbox still holds an unsent command:
/// its optimistic state stays until the server has taken the command (the
/// feed then brings the result). Reads are triggered by fetch() (the
/// WebSocket's notifications) and by a periodic poll as the fallback.
///
/// Catching up (many pages): while the worker applies, the next pages are
/// read (up to MaxPagesAhead waiting), so that network and SQLite work
/// overlap, and the pages read meanwhile are applied together, in one
/// transaction: far fewer commits, and a card or conversation that changed
/// several times is written once. Lives on the ApiClient's thread.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPollIntervalMs = 15000;
    /// Changes per read: the contract's maximum for /v1/changes. Fewer,
    /// larger pages mean fewer requests and fewer transactions to commit.
    static constexpr int PageSize = 1000;
    /// Pages read ahead while the worker applies the batch before them, and
    /// so the most pages in one transaction (at most twice as many in memory).
    static constexpr int MaxPagesAhead = 8;
    /// wal_autocheckpoint while a page is applied (see applyPage()).
    static constexpr int CatchUpCheckpointPages = 16000;

    /// What applying one page did.
    struct Applied
    {
        bool ok = false;
        QString error;
        QString cursor;
        QHash<qint64, qint64> cards;   ///< card id -> customer id
        QList<qint64> conversations;
        bool agents = false;           ///< an agent's presence, queues or name changed
        bool deskFacts = false;        ///< a survey, an answer or a card outcome arrived
        /// Provisional ids this page made the server's (RemoteCache::Adoption).
        QList<RemoteCache::Adoption> adoptions;
    };

    ChangeFeed(DatabaseWorker *worker, ApiClient *api, QObject *parent = nullptr);

    /// Applies one page of the feed (the "changes" of GET /v1/changes read
    /// from cursor @p since, or of consecutive pages) to the cache in one
    /// transaction, together with the new @p cursor. Refused when the cache's
    /// cursor is not @p since (a page read ahead after an earlier one failed).
    /// Within the page only
    /// the newest version of each card and conversation is written (at the
    /// place of the first, so that its messages find it); messages are
    /// written in order. Worker thread only; nothing is kept when it fails.
    ///
    /// The transaction commits with synchronous=NORMAL: a page is the
    /// server's data, read again if a power cut takes it (its cursor goes
    /// with it); the outbox and audit keep synchronous=FULL, and in WAL order
    /// their commits make every earlier one durable too. The WAL is
    /// checkpointed every CatchUpCheckpointPages pages meanwhile, not at
    /// each commit.
    static Applied applyPage(Database &db, const QJsonArray &changes, const QString &since, const QString &cursor);
    /// The same for consecutive pages, in one transaction.
    static Applied applyPages(Database &db, const QList<QJsonArray> &pages, const QString &since,
                              const QString &cursor);

    /// "csat_request", "csat_answer", "card_outcome": the supervisors' facts.
    static bool isDeskFact(const QString &entity);
    /// Stores one of them (the feed's or the history's) in the cache; false with *error when it cannot be read.
    static bool storeDeskFact(RemoteCache &cache, const QString &entity, const QJsonObject &data, bool *stored,
                              QString *error);

    void setPollInterval(int ms);
    bool isRunning() const;

public Q_SLOTS:
    void start();
    void stop();
    /// Reads the feed now (coalesced with a read already under way).
    void fetch();

Q_SIGNALS:
    /// Cached cards the feed changed (one signal per transaction): card id -> its customer's id.
    void cardsChanged(const QHash<qint64, qint64> &cards);
    /// Cached conversations the feed changed or added messages to (one signal per transaction).
    void conversationsChanged(const QList<qint64> &conversationIds);
    /// Agents the feed changed (presence, queues, name): the supervisor's figures move.
    void agentsChanged();
    /// Surveys, answers or card outcomes arrived: the supervisor's analytics move.
    void deskFactsChanged();
    /// Something this console created has its server id now (the feed
    /// brought the server's copy before the command's answer).
    void adopted(const RemoteCache::Adoption &adoption);
    /// The feed was read to its end; @p cursor is where the cache now stands.
    void caughtUp(const QString &cursor);
    /// A read or an apply failed; the next poll tries again. English, for logs.
    void failed(const QString &error);
    void reachabilityChanged(bool reachable);

private:
    void readPage();
    void readAhead();
    void applyWaiting();
    void batchApplied(int generation, bool last, const Applied &applied);
    void finishRead(bool again, bool reloadCursor);

    DatabaseWorker *m_worker = nullptr;
    ApiClient *m_api = nullptr;
    QTimer *m_poll = nullptr;
    QString m_cursor;          ///< where the cache stands (the last page applied)
    QString m_readCursor;      ///< where the next read starts (the last page read)
    bool m_cursorLoaded = false;
    bool m_running = false;
    bool m_busy = false;       ///< a read cycle is under way
    bool m_reading = false;    ///< a GET is in flight
    bool m_readHasMore = false;   ///< the last page read said there is more
    bool m_again = false;
    bool m_applying = false;   ///< a transaction is on the worker
    int m_applyingPages = 0;
    QList<QJsonArray> m_waiting;   ///< pages read while the worker was busy, in order
    QString m_waitingSince;
    QString m_waitingCursor;
    bool m_waitingLast = false;   ///< the last of them ended the feed
    int m_generation = 0;      ///< a new read cycle ignores the answers of the one before
};

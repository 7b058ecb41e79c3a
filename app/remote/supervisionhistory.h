#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class ApiClient;
class DatabaseWorker;

/// @short Reads the desk's recent history into a supervisor's cache, once.
///
/// The change feed keeps the cache current from the console's first
/// sign-in on; a supervisor's analytics (volumes, first response and
/// resolution times, SLA met, satisfaction, card outcomes) also need what
/// happened before. GET /v1/supervision/history pages through the
/// conversations with anything in the window (with their stored SLA times),
/// the satisfaction surveys and answers, and the card outcomes, into the
/// cache's own tables; the analytics then read the cache as in local mode,
/// offline too.
///
/// Each page is stored with where the read stands, in one transaction, so a
/// read cut off (link down, console closed) goes on from there at the next
/// start. The server enforces the role: an agent's console never asks, and a
/// refusal ends the read. Copies already in the cache (from the feed) stay;
/// nothing is done twice.
class SupervisionHistory : public QObject
{
    Q_OBJECT

public:
    /// The window read: the longest analytics preset.
    static constexpr int WindowDays = 90;
    static constexpr int PageSize = 1000;
    /// SyncState key: JSON {"from", "to", "entity", "after", "done"}.
    static const QString StateKey;

    SupervisionHistory(DatabaseWorker *worker, ApiClient *api, QObject *parent = nullptr);

    /// Starts (or resumes) the read unless the window is already in the cache
    /// or a read is under way. @p now is the end of the window at a first read.
    void sync(const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// A read starts or resumes (the window is not yet in the cache).
    void reading();
    /// Some of the history reached the cache (every few pages and at the end): figures move.
    void progressed(int stored);
    /// The read ended: @p complete when the whole window is in the cache.
    void finished(bool complete, int stored);

private:
    struct Position
    {
        QDateTime from;
        QDateTime to;
        int entity = 0;          ///< index into the entities, in reading order
        QString after;           ///< the server's cursor within it
        bool done = false;
    };

    void readPage(const Position &position);
    void end(bool complete);
    static QString encode(const Position &position);
    static Position decode(const QString &json);

    DatabaseWorker *m_worker = nullptr;
    ApiClient *m_api = nullptr;
    bool m_running = false;
    int m_stored = 0;
    int m_pagesSinceProgress = 0;
};

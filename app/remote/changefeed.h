#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class ApiClient;
class DatabaseWorker;
class QTimer;

/// @short Brings the server's changes into the cache (GET /v1/changes), page by page.
///
/// Each page is applied in one SQLite transaction together with the new
/// cursor (SyncState::ChangesCursor), so a crash never skips or repeats a
/// page. Card changes overwrite the cached card, except a card for which the
/// outbox still holds an unsent command: its optimistic state stays until the
/// server has taken the command (the feed then brings the result). Reads
/// are triggered by fetch() (the WebSocket's notifications) and by a
/// periodic poll as the fallback. Lives on the ApiClient's thread.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPollIntervalMs = 15000;
    static constexpr int PageSize = 200;

    ChangeFeed(DatabaseWorker *worker, ApiClient *api, QObject *parent = nullptr);

    void setPollInterval(int ms);
    bool isRunning() const;

public Q_SLOTS:
    void start();
    void stop();
    /// Reads the feed now (coalesced with a read already under way).
    void fetch();

Q_SIGNALS:
    /// Cached cards the feed changed (one signal per page): card id -> its customer's id.
    void cardsChanged(const QHash<qint64, qint64> &cards);
    /// Cached conversations the feed changed or added messages to (one signal per page).
    void conversationsChanged(const QList<qint64> &conversationIds);
    /// The feed was read to its end; @p cursor is where the cache now stands.
    void caughtUp(const QString &cursor);
    /// A read or an apply failed; the next poll tries again. English, for logs.
    void failed(const QString &error);
    void reachabilityChanged(bool reachable);

private:
    struct Applied
    {
        bool ok = false;
        QString error;
        QString cursor;
        QHash<qint64, qint64> cards;   ///< card id -> customer id
        QList<qint64> conversations;
    };

    void readPage();
    void finishRead(bool again);

    DatabaseWorker *m_worker = nullptr;
    ApiClient *m_api = nullptr;
    QTimer *m_poll = nullptr;
    QString m_cursor;
    bool m_cursorLoaded = false;
    bool m_running = false;
    bool m_busy = false;
    bool m_again = false;
};

#pragma once

#include <QDateTime>
#include <QString>

class Database;

/// @short What remote mode remembers between runs (worker thread only).
///
/// A small key/value table: the change-feed cursor, the time of the last
/// successful contact with the server, the server URL the cache belongs to.
class SyncState
{
public:
    static const QString ChangesCursor;   ///< "changes.cursor"
    static const QString LastContact;     ///< "server.last_contact" (RFC 3339 UTC)
    static const QString ServerUrl;       ///< "server.url"
    static const QString OpenConversationsSynced;   ///< "inbox.open_synced": when the open conversations were first read
    static const QString SignedInAgent;   ///< "session.agent": the agent (Agent JSON) of the last sign-in, for an offline start

    explicit SyncState(Database &database);

    /// The value for @p key; empty when there is none (or on error: *error set).
    QString value(const QString &key, QString *error);
    bool setValue(const QString &key, const QString &value, QString *error);
    bool remove(const QString &key, QString *error);

    QDateTime lastContact(QString *error);
    bool setLastContact(const QDateTime &at, QString *error);

    /// Remote mode: the server's id of what this console created as
    /// @p kind @p provisional ("alias.<kind>.<id>"), so that a screen still
    /// holding the provisional id reaches the same row; 0 when none.
    qint64 serverIdFor(const QString &kind, qint64 provisional, QString *error);
    bool rememberServerId(const QString &kind, qint64 provisional, qint64 serverId, QString *error);

private:
    Database &m_database;
};

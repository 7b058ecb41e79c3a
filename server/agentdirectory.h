#pragma once

#include "sqldialect.h"

#include "domain/jsoncodec.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// @short The desk's agents as colleagues and supervisors see them: role, queues, presence.
///
/// Active agents only, in user-name order. Runs on a worker thread's
/// connection; the caller owns the transaction.
class AgentDirectory
{
public:
    struct Page
    {
        QList<JsonCodec::AgentProfile> agents;
        QString next;   ///< the cursor of the next page; empty on the last
    };

    AgentDirectory(QSqlDatabase db, SqlDialect dialect);

    /// The presences an agent can set: "available", "busy", "away", "offline".
    static QStringList presenceNames();
    /// Whether @p name is a queue's name (a-z, then a-z, 0-9 or _; at most 40).
    static bool isQueueName(const QString &name);

    /// One page of @p limit agents after the cursor @p after (empty: from the
    /// first); nullopt with *badCursor when @p after is not one of ours.
    std::optional<Page> page(int limit, const QString &after, bool *badCursor, QString *error);
    /// Every active agent.
    std::optional<QList<JsonCodec::AgentProfile>> all(QString *error);
    /// nullopt with an empty *error: no such agent.
    std::optional<JsonCodec::AgentProfile> profile(qint64 agentId, QString *error);

    /// Sets the presence; presenceSince becomes @p at unless it was that presence already.
    bool setPresence(qint64 agentId, const QString &presence, const QDateTime &at, QString *error);

    /// @short A presence change: the agent before and after, and the change feed's entry for it.
    struct PresenceChange
    {
        JsonCodec::AgentProfile before;
        JsonCodec::AgentProfile after;
        JsonCodec::Change change;   ///< entity "agent": the agent as GET /v1/agents shows them
    };
    /// @short Sets the presence (setPresence) and reads the agent before and after.
    ///
    /// The one path of every presence change: the presence command
    /// (agent.presence.set), a sign-in (offline becomes available) and a
    /// sign-out (offline). The caller appends the change to the feed
    /// (ChangeFeed::appendAll) and writes the audit entry, in its transaction.
    /// nullopt with *error set: not stored (or no such agent).
    std::optional<PresenceChange> changePresence(qint64 agentId, const QString &presence, const QDateTime &at,
                                                 QString *error);
    /// The queues @p username works, in this order (false with an empty *error: no such agent).
    bool setQueues(const QString &username, const QStringList &queues, QString *error);

private:
    std::optional<QList<JsonCodec::AgentProfile>> select(const QString &where, const QVariantList &values,
                                                         QString *error);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

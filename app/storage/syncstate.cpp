#include "syncstate.h"

#include "database.h"
#include "sqlexec.h"

#include <QSqlQuery>
#include <QVariant>

const QString SyncState::ChangesCursor = QStringLiteral("changes.cursor");
const QString SyncState::LastContact = QStringLiteral("server.last_contact");
const QString SyncState::ServerUrl = QStringLiteral("server.url");
const QString SyncState::OpenConversationsSynced = QStringLiteral("inbox.open_synced");
const QString SyncState::SignedInAgent = QStringLiteral("session.agent");

SyncState::SyncState(Database &database)
    : m_database(database)
{
}

QString SyncState::value(const QString &key, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.bindValue(0, key);
    if (!SqlExec::exec(query, error))
        return QString();
    const QString value = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return value;
}

bool SyncState::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral(
        "INSERT INTO sync_state (key, value, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    query.bindValue(0, key);
    query.bindValue(1, value);
    query.bindValue(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const bool ok = SqlExec::exec(query, error);
    query.finish();
    return ok;
}

bool SyncState::remove(const QString &key, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    query.bindValue(0, key);
    const bool ok = SqlExec::exec(query, error);
    query.finish();
    return ok;
}

QDateTime SyncState::lastContact(QString *error)
{
    const QString text = value(LastContact, error);
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

bool SyncState::setLastContact(const QDateTime &at, QString *error)
{
    return setValue(LastContact, at.toUTC().toString(Qt::ISODateWithMs), error);
}

qint64 SyncState::serverIdFor(const QString &kind, qint64 provisional, QString *error)
{
    if (provisional >= 0)
        return 0;
    return value(QStringLiteral("alias.%1.%2").arg(kind).arg(provisional), error).toLongLong();
}

bool SyncState::rememberServerId(const QString &kind, qint64 provisional, qint64 serverId, QString *error)
{
    return setValue(QStringLiteral("alias.%1.%2").arg(kind).arg(provisional), QString::number(serverId), error);
}

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

/// @short One link of the tamper-evident audit chain.
struct AuditEntry
{
    qint64 seq = 0;          ///< 1, 2, 3 … without gaps
    QUuid commandId;         ///< the command that caused it (null for logins)
    QDateTime at;            ///< UTC, millisecond precision
    QString agent;           ///< agent username
    QString action;          ///< "customer.contact.update", "national_id.reveal", "session.login"
    QString subject;         ///< "customer:123"
    QJsonObject details;
    QByteArray prevHash;     ///< hex SHA-256 of the previous entry (genesis for seq 1)
    QByteArray hash;         ///< hex SHA-256 of this entry
};

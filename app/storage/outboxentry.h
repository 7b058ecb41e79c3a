#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

/// @short The HTTP request a command becomes, as the outbox keeps it.
///
/// Stored with the command when it is queued and sent unchanged on every
/// attempt: the server refuses the same Idempotency-Key with another body.
struct OutboxRequest
{
    QString method = QStringLiteral("POST");
    QString path;                 ///< "/v1/cards/12/lock"
    QJsonObject body;
    std::optional<int> ifMatch;   ///< the version sent as If-Match: "<version>"
};

/// @short One row of the outbox: a command on its way to the server.
struct OutboxEntry
{
    enum class State {
        Pending,    ///< waiting to be sent (again)
        Sending,    ///< handed to the network; back to Pending when the client restarts
        Rejected,   ///< the server refused it; the agent must see why
        Applied     ///< the server took it
    };

    qint64 seq = 0;
    QUuid commandId;
    QString type;
    QString subject;
    QJsonObject payload;
    OutboxRequest request;
    QString agent;
    QDateTime createdAt;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;      ///< invalid when none is planned
    int lastStatus = 0;           ///< HTTP status of the last answer; 0 when none came
    QString lastErrorCode;
    QString lastErrorDetail;
    QJsonObject response;         ///< applied: the server's answer; rejected: its problem details
    QDateTime finishedAt;
};

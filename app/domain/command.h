#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

/// @short A mutation, as it travels from the UI to storage (and later the server).
///
/// The id is the idempotency key: applying the same command twice has the
/// effect of applying it once.
struct Command
{
    QUuid id;
    QString type;         ///< "customer.contact.update", "customer.national_id.reveal", …
    QString subject;      ///< "customer:123"
    QJsonObject payload;
    QString agent;        ///< agent username
    QDateTime issuedAt;   ///< UTC

    static Command make(const QString &type, const QString &subject,
                        const QJsonObject &payload, const QString &agent);

    /// Names @p to wherever the command names @p kind @p from: in the subject
    /// ("conversation:-3,12") and in the payload's "<kind>Id" and "<kind>Ids"
    /// (remote mode: a provisional id became the server's). Whether anything changed.
    bool renameId(const QString &kind, qint64 from, qint64 to);
    /// The subject part of renameId(): "kind:ids" with @p from made @p to.
    static bool renameIdInSubject(QString *subject, const QString &kind, qint64 from, qint64 to);
    /// The payload part of renameId() for any JSON object (a request body).
    static bool renameIdIn(QJsonObject *object, const QString &kind, qint64 from, qint64 to);
};

/// @short What became of a command.
struct CommandResult
{
    enum Status {
        Applied,          ///< done, in one transaction with its audit entry
        AlreadyApplied,   ///< the same id was applied before; nothing done again
        Rejected,         ///< refused (validation, permissions): see message and fieldErrors
        Conflict,         ///< the subject changed since the agent read it: reload, then retry
        Failed            ///< storage failed: nothing was changed
    };

    QUuid commandId;
    Status status = Failed;
    QString message;      ///< for the agent, translated
    QJsonObject fieldErrors;   ///< field name -> message, for inline display

    bool ok() const { return status == Applied || status == AlreadyApplied; }
};

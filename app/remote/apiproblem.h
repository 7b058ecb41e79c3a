#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

/// @short An error answer of the CardDesk API: RFC 9457 problem details with CardDesk's code.
///
/// `code` is what to act on (validation_failed, version_conflict, ...); the
/// detail is English, for logs and support. A version conflict (412) also
/// carries the resource as it is now and who changed it. An answer that is
/// not problem+json (a proxy's HTML page) still gives a problem: its status,
/// an empty code and a detail that says what came back.
struct ApiProblem
{
    struct FieldError
    {
        QString field;     ///< "email", "evidence.expectedBy"
        QString message;   ///< English, what to enter
    };

    int status = 0;
    QString type;          ///< "urn:carddesk:problem:<code>"
    QString code;          ///< empty when the answer had none
    QString title;
    QString detail;
    QString instance;      ///< the request's id in the server's log
    QList<FieldError> fieldErrors;
    QJsonValue current;    ///< 412 / 409 workflow_open: the resource as it is now
    QString changedBy;     ///< 412: who changed it last
    QDateTime changedAt;   ///< 412: when

    bool isEmpty() const;

    /// Parses an error answer; never fails (see the class comment).
    static ApiProblem fromResponse(int status, const QByteArray &body, const QByteArray &contentType,
                                   const QString &reasonPhrase = QString());
    static ApiProblem fromJson(const QJsonObject &object);
    /// The problem as problem+json, to store it (the outbox's rejected rows).
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(ApiProblem)

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include "domain/jsoncodec.h"

/// @short One HTTP response as a handler builds it on a worker thread.
///
/// Plain data, so it can cross to the HTTP thread and be stored (status,
/// body, content type and headers) as an idempotent command's first answer.
struct ServerResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString agent;       ///< who asked, for the request log
    QString errorCode;   ///< the problem's code, for the request log

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static ServerResponse json(int status, const QJsonObject &object);
    static ServerResponse noContent();

    /// An application/problem+json answer (type urn:carddesk:problem:<code>, the
    /// code's standard title); @p detail says in plain English what was wrong
    /// and what to do. The server adds the request's id as "instance".
    static ServerResponse problem(int status, const QString &code, const QString &detail,
                               const QList<JsonCodec::Problem::FieldError> &errors = {},
                               const QJsonObject &extensions = {});
};

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

/// @short One call of the CardDesk API, as ApiClient sends it.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;                   ///< "/v1/cards/12", below the client's base URL
    QUrlQuery query;
    std::optional<QJsonObject> body;   ///< sent as application/json when set
    QUuid idempotencyKey;           ///< commands: the command's id
    std::optional<int> ifMatch;     ///< the version sent as If-Match: "<version>"
    int timeoutMs = 0;              ///< 0: the client's default
    bool expectJson = true;         ///< false for bytes (attachments): the body is kept as it came
    bool authenticated = true;      ///< false for sign-in and health: no Authorization header
};

#pragma once

#include "apiproblem.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QMetaType>
#include <QString>

#include <optional>

/// @short What became of one API call; reported once by ApiReply::finished.
struct ApiResult
{
    enum class Outcome {
        Success,             ///< 2xx with a well-formed body
        HttpError,           ///< 4xx or 5xx: see problem
        NetworkError,        ///< no answer: refused, reset, DNS, TLS
        Timeout,             ///< no answer in time
        MalformedResponse,   ///< 2xx whose body is not the JSON it must be
        ResponseTooLarge,    ///< the answer exceeded the client's cap; it was cut off
        Aborted              ///< the caller aborted it
    };

    Outcome outcome = Outcome::NetworkError;
    int status = 0;               ///< HTTP status; 0 when no answer came
    QJsonDocument json;           ///< Success with a JSON body
    QByteArray body;              ///< Success of a request that expects bytes
    QByteArray contentType;
    ApiProblem problem;           ///< HttpError
    QString errorText;            ///< other outcomes: English, for logs (never holds the token)
    int retryAfterSeconds = -1;   ///< from Retry-After; -1 when absent
    bool replayed = false;        ///< Idempotent-Replayed: true
    std::optional<int> etagVersion;   ///< from ETag: "<version>"

    bool ok() const;
    /// Whether sending the same request again may succeed: no answer, a
    /// timeout, 5xx, 429, or a garbled answer.
    bool isTransient() const;
    /// Whether the server was reached at all (an answer came from it).
    bool reachedServer() const;
    static QString outcomeName(Outcome outcome);
};

Q_DECLARE_METATYPE(ApiResult)

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

/// @short One HTTP request, copied off the HTTP thread for a worker.
///
/// QHttpServerRequest belongs to its connection and is reused for the next
/// request on it, so the server copies what a handler needs into this.
struct ServerRequest
{
    QString requestId;
    QByteArray method;                      ///< "GET", "POST", …
    QString path;                           ///< decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;  ///< names lower-cased
    QByteArray body;
    QString routeTemplate;                  ///< "/v1/cards/{cardId}/lock", for logs
    QHash<QString, QString> params;         ///< path parameters by name

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
    qint64 idParam(const QString &name) const { return params.value(name).toLongLong(); }
};

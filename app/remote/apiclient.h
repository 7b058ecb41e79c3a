#pragma once

#include "apirequest.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

class ApiReply;
class QNetworkAccessManager;

/// @short The CardDesk API over HTTP(S): base URL, bearer token, JSON, timeouts, TLS.
///
/// One QNetworkAccessManager, on the thread this object lives on (create it
/// there, or move it there before the first call). send() returns at once
/// with an ApiReply that reports once. Answers are parsed here: JSON for
/// 2xx (a body that is not JSON is an error, never a crash), problem details
/// for 4xx/5xx, and nothing larger than maxResponseBytes() is read. Redirects
/// are not followed, so the token never goes anywhere but the base URL.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;

    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &baseUrl);

    /// The bearer token sent on every authenticated request; empty for none.
    void setBearerToken(const QString &token);
    bool hasBearerToken() const;

    /// A silent server is given up after @p transferMs without a byte; a
    /// slow one after @p totalMs for the whole answer (0: 4 x transferMs).
    void setTimeouts(int transferMs, int totalMs = 0);
    int transferTimeoutMs() const;
    int totalTimeoutMs() const;

    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const;

    /// Trusts the certificate authorities in the PEM file @p path besides the
    /// system's (a bank's private CA: `--ca-file`). False with *error when
    /// the file cannot be read or holds no certificate.
    bool addCaCertificates(const QString &path, QString *error);
#if QT_CONFIG(ssl)
    QSslConfiguration sslConfiguration() const;
#endif

    /// Sends @p request; the reply reports once with the result.
    ApiReply *send(const ApiRequest &request);

    /// The URL of @p path below the base URL.
    QUrl urlFor(const QString &path, const QUrlQuery &query = QUrlQuery()) const;

private:
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QByteArray m_authorization;   // "Bearer …"; never logged
    int m_transferTimeoutMs = DefaultTimeoutMs;
    int m_totalTimeoutMs = 4 * DefaultTimeoutMs;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
#if QT_CONFIG(ssl)
    QSslConfiguration m_ssl;
#endif
};

#include "apiclient.h"

#include "apireply.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#endif

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(baseUrl)
{
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<ApiProblem>();
    // Never follow a redirect: a POST must not turn into a GET somewhere
    // else, and the token goes to the configured server only.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
#if QT_CONFIG(ssl)
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
#endif
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::baseUrl() const
{
    return m_baseUrl;
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setBearerToken(const QString &token)
{
    m_authorization = token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
}

bool ApiClient::hasBearerToken() const
{
    return !m_authorization.isEmpty();
}

void ApiClient::setTimeouts(int transferMs, int totalMs)
{
    m_transferTimeoutMs = qMax(1, transferMs);
    m_totalTimeoutMs = totalMs > 0 ? totalMs : 4 * m_transferTimeoutMs;
}

int ApiClient::transferTimeoutMs() const
{
    return m_transferTimeoutMs;
}

int ApiClient::totalTimeoutMs() const
{
    return m_totalTimeoutMs;
}

void ApiClient::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = qMax<qint64>(1024, bytes);
}

qint64 ApiClient::maxResponseBytes() const
{
    return m_maxResponseBytes;
}

bool ApiClient::addCaCertificates(const QString &path, QString *error)
{
#if QT_CONFIG(ssl)
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The certificate file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("The file %1 holds no PEM certificate. Ask IT for the CA certificate of the CardDesk "
                        "server in PEM form (text starting with -----BEGIN CERTIFICATE-----).")
                         .arg(path);
        return false;
    }
    m_ssl.addCaCertificates(certificates);
    return true;
#else
    if (error)
        *error = tr("This CardDesk was built without TLS support; %1 cannot be used.").arg(path);
    return false;
#endif
}

#if QT_CONFIG(ssl)
QSslConfiguration ApiClient::sslConfiguration() const
{
    return m_ssl;
}
#endif

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    return url;
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    QNetworkRequest http(urlFor(request.path, request.query));
    const int transferMs = request.timeoutMs > 0 ? request.timeoutMs : m_transferTimeoutMs;
    const int totalMs = request.timeoutMs > 0 ? 4 * request.timeoutMs : m_totalTimeoutMs;
    http.setTransferTimeout(transferMs);
    http.setRawHeader("Accept", request.expectJson ? "application/json, application/problem+json" : "*/*");
    const QByteArray version = QCoreApplication::applicationVersion().toLatin1();
    http.setRawHeader("User-Agent", version.isEmpty() ? QByteArray("CardDesk") : "CardDesk/" + version);
    if (request.authenticated && !m_authorization.isEmpty())
        http.setRawHeader("Authorization", m_authorization);
    if (!request.idempotencyKey.isNull())
        http.setRawHeader("Idempotency-Key", request.idempotencyKey.toByteArray(QUuid::WithoutBraces));
    if (request.ifMatch)
        http.setRawHeader("If-Match", '"' + QByteArray::number(*request.ifMatch) + '"');
#if QT_CONFIG(ssl)
    if (http.url().scheme() == QLatin1String("https"))
        http.setSslConfiguration(m_ssl);
#endif

    QByteArray body;
    if (request.body) {
        body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = nullptr;
    if (request.body || request.method != "GET")
        reply = m_network->sendCustomRequest(http, request.method, body);
    else
        reply = m_network->get(http);
    return new ApiReply(reply, request.expectJson, m_maxResponseBytes, totalMs, this);
}

#include "apireply.h"

#include <QJsonParseError>
#include <QNetworkReply>
#include <QTimer>

ApiReply::ApiReply(QNetworkReply *reply, bool expectJson, qint64 maxResponseBytes, int deadlineMs, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_maxResponseBytes(maxResponseBytes)
    , m_expectJson(expectJson)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiReply::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
    // The transfer timeout catches a silent server; the deadline also a slow
    // one that trickles a byte at a time.
    if (deadlineMs > 0) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort();
        });
        m_deadline->start(deadlineMs);
    }
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

bool ApiReply::isFinished() const
{
    return m_finished;
}

void ApiReply::onMetaData()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiReply::onReadyRead()
{
    if (!m_reply || m_tooLarge || !m_reply->isOpen())
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxResponseBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

int ApiReply::retryAfterSeconds(const QByteArray &header)
{
    if (header.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // Or an HTTP date.
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
}

void ApiReply::onFinished()
{
    if (!m_reply || m_finished)
        return;
    if (!m_tooLarge && m_reply->isOpen())
        m_body += m_reply->readAll();

    ApiResult result;
    result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    result.replayed = m_reply->rawHeader("Idempotent-Replayed").trimmed().toLower() == "true";
    result.retryAfterSeconds = retryAfterSeconds(m_reply->rawHeader("Retry-After"));
    QByteArray etag = m_reply->rawHeader("ETag").trimmed();
    if (etag.startsWith("W/"))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"')) {
        bool ok = false;
        const int version = etag.mid(1, etag.size() - 2).toInt(&ok);
        if (ok)
            result.etagVersion = version;
    }

    const QNetworkReply::NetworkError error = m_reply->error();
    const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();

    if (m_aborted) {
        result.outcome = ApiResult::Outcome::Aborted;
        result.errorText = QStringLiteral("aborted by the client");
    } else if (m_tooLarge) {
        result.outcome = ApiResult::Outcome::ResponseTooLarge;
        result.errorText = QStringLiteral("the answer was larger than %1 bytes and was cut off").arg(m_maxResponseBytes);
    } else if (m_timedOut || error == QNetworkReply::TimeoutError
               || (error == QNetworkReply::OperationCanceledError && result.status == 0)) {
        // The transfer timeout aborts the reply with OperationCanceledError.
        result.outcome = ApiResult::Outcome::Timeout;
        result.errorText = QStringLiteral("no complete answer in time");
    } else if (result.status == 0) {
        result.outcome = ApiResult::Outcome::NetworkError;
        result.errorText = m_reply->errorString();
    } else if (result.status >= 300) {
        // 4xx and 5xx; and 3xx, since redirects are not followed (the base URL is wrong).
        result.outcome = ApiResult::Outcome::HttpError;
        result.problem = ApiProblem::fromResponse(result.status, m_body, result.contentType, reason);
    } else if (error != QNetworkReply::NoError) {
        // A status line came, but the body did not arrive whole.
        result.outcome = ApiResult::Outcome::NetworkError;
        result.errorText = QStringLiteral("the answer broke off: %1").arg(m_reply->errorString());
    } else if (!m_expectJson) {
        result.outcome = ApiResult::Outcome::Success;
        result.body = m_body;
    } else if (m_body.isEmpty()) {
        // 204 No Content, or a command answered without a body.
        result.outcome = result.status == 204 || result.status == 202 ? ApiResult::Outcome::Success
                                                                       : ApiResult::Outcome::MalformedResponse;
        if (result.outcome == ApiResult::Outcome::MalformedResponse)
            result.errorText = QStringLiteral("HTTP %1 with an empty body where JSON was expected").arg(result.status);
    } else {
        QJsonParseError parseError;
        result.json = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.outcome = ApiResult::Outcome::MalformedResponse;
            result.errorText = QStringLiteral("HTTP %1 with a body that is not JSON (%2 at byte %3)")
                                   .arg(result.status)
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset);
            result.json = QJsonDocument();
        } else if (!result.contentType.contains("json")) {
            result.outcome = ApiResult::Outcome::MalformedResponse;
            result.errorText = QStringLiteral("HTTP %1 with content type %2 where JSON was expected")
                                   .arg(result.status)
                                   .arg(QString::fromLatin1(result.contentType));
            result.json = QJsonDocument();
        } else {
            result.outcome = ApiResult::Outcome::Success;
        }
    }
    finish(std::move(result));
}

void ApiReply::finish(ApiResult result)
{
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    m_body.clear();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(result);
    deleteLater();
}

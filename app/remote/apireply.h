#pragma once

#include "apiresult.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

/// @short The handle of one API call in flight: reports once, then deletes itself.
///
/// Connect to finished() with a context object. abort() ends the call at once
/// (finished() still comes, with Outcome::Aborted). Lives on the thread of
/// the ApiClient that made it.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    ApiReply(QNetworkReply *reply, bool expectJson, qint64 maxResponseBytes, int deadlineMs, QObject *parent = nullptr);
    ~ApiReply() override;

    void abort();
    bool isFinished() const;

Q_SIGNALS:
    void finished(const ApiResult &result);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void finish(ApiResult result);
    static int retryAfterSeconds(const QByteArray &header);

    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QByteArray m_body;
    qint64 m_maxResponseBytes = 0;
    bool m_expectJson = true;
    bool m_aborted = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

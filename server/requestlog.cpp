#include "requestlog.h"

#include "serverrequest.h"
#include "serverresponse.h"

#include "domain/jsoncodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>

#include <cstdio>

namespace {

QMutex &logMutex()
{
    static QMutex mutex;
    return mutex;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("error");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QJsonObject line{{QStringLiteral("level"), levelName(type)},
                     {QStringLiteral("event"), QStringLiteral("message")},
                     {QStringLiteral("msg"), JsonCodec::safeText(message)}};
    if (context.category && qstrcmp(context.category, "default") != 0)
        line.insert(QStringLiteral("category"), QString::fromLatin1(context.category));
    RequestLog::event(QStringLiteral("message"), line, levelName(type));
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void RequestLog::installMessageHandler()
{
    qInstallMessageHandler(&messageHandler);
}

void RequestLog::request(const ServerRequest &request, const ServerResponse &response, qint64 elapsedMs)
{
    QJsonObject line{{QStringLiteral("level"), response.status >= 500 ? QStringLiteral("error")
                                                                        : QStringLiteral("info")},
                     {QStringLiteral("event"), QStringLiteral("request")},
                     {QStringLiteral("requestId"), request.requestId},
                     {QStringLiteral("method"), QString::fromLatin1(request.method)},
                     {QStringLiteral("route"), request.routeTemplate.isEmpty() ? QStringLiteral("(unmatched)")
                                                                                : request.routeTemplate},
                     {QStringLiteral("status"), response.status},
                     {QStringLiteral("ms"), elapsedMs}};
    if (!response.agent.isEmpty())
        line.insert(QStringLiteral("agent"), response.agent);
    if (!response.errorCode.isEmpty())
        line.insert(QStringLiteral("code"), response.errorCode);
    if (!response.header(QByteArrayLiteral("Idempotent-Replayed")).isEmpty())
        line.insert(QStringLiteral("replayed"), true);
    write(line);
}

void RequestLog::event(const QString &event, const QJsonObject &fields, const QString &level)
{
    QJsonObject line = fields;
    line.insert(QStringLiteral("level"), level);
    line.insert(QStringLiteral("event"), event);
    write(line);
}

void RequestLog::write(QJsonObject line)
{
    line.insert(QStringLiteral("ts"), JsonCodec::timestamp(QDateTime::currentDateTimeUtc()));
    // Masks any card number that slipped into a message or a field.
    QJsonObject safe;
    for (auto it = line.begin(); it != line.end(); ++it)
        safe.insert(it.key(), it.value().isString() ? QJsonValue(JsonCodec::safeText(it.value().toString()))
                                                    : it.value());
    const QByteArray text = QJsonDocument(safe).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker locker(&logMutex());
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

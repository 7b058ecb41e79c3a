#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace {
constexpr qint64 MaxMessageBytes = 4096;
}

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(serverName(dataDir))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataDir)
{
    const QByteArray key = QDir::cleanPath(QDir(dataDir).absolutePath()).toUtf8() + '\n'
                           + qgetenv("USER");
    return QStringLiteral("carddesk-")
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool SingleInstance::sendToRunning(const QString &command, const QString &argument, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QJsonObject message{{QStringLiteral("command"), command}, {QStringLiteral("number"), argument}};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers "ok" once it has taken the request.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by a crashed instance: nobody answers on it.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            if (error)
                *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readClient(socket); });
            if (socket->bytesAvailable() > 0)
                readClient(socket);
        }
    });
    return true;
}

void SingleInstance::readClient(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > MaxMessageBytes) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    const QJsonObject message = QJsonDocument::fromJson(socket->readLine(MaxMessageBytes)).object();
    const QString command = message.value(QStringLiteral("command")).toString();
    const QString number = message.value(QStringLiteral("number")).toString().left(64);
    if (command == QLatin1String("call") && !number.trimmed().isEmpty()) {
        socket->write("ok\n");
        socket->flush();
        Q_EMIT callRequested(number.trimmed());
    } else {
        socket->write("refused\n");
        socket->flush();
    }
}

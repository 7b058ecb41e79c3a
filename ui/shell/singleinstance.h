#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

/// @short One CardDesk per database: later starts hand their request to the running one.
///
/// The running instance listens on a local socket named after the database
/// folder (per user). `carddesk --call NUMBER` first tries to hand the call
/// over; only when nobody answers does it start a window of its own.
/// Messages are one line of JSON: {"command":"call","number":"+358…"}.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket name for @p dataDir (stable, per user, no path characters).
    static QString serverName(const QString &dataDir);

    /// Client side: delivers @p command / @p argument to a running instance.
    /// Returns false at once when none is listening. Called before any
    /// window exists, so the short wait blocks nothing the agent sees.
    bool sendToRunning(const QString &command, const QString &argument, int timeoutMs = 500);

    /// Server side: starts listening (removing a stale socket left by a crash).
    bool listen(QString *error = nullptr);

Q_SIGNALS:
    /// A later start asked for a screen pop of @p number.
    void callRequested(const QString &number);

private:
    void readClient(class QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

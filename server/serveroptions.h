#pragma once

#include <QHostAddress>
#include <QString>

/// @short How carddesk-server runs: from the command line.
struct ServerOptions
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString tlsCertificate;          ///< PEM file; with tlsKey, the server speaks HTTPS and WSS only
    QString tlsKey;
    int tokenTtlSeconds = 8 * 3600;
    int workers = 6;                 ///< worker threads, each with one database connection
    qint64 maxBodyBytes = 1024 * 1024;

    // Login rate limit, per user name (known or not).
    int maxLoginFailures = 5;
    int loginFailureWindowSeconds = 15 * 60;
    int loginLockSeconds = 60;

    int idempotencyKeepDays = 30;   ///< the contract promises at least 30 days
};

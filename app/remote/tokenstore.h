#pragma once

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

/// @short The bearer token in the OS keychain (qtkeychain), per server and agent.
///
/// Every call is asynchronous (the keychain may ask the user) and reports
/// once through its future. Where no keychain is available (a headless
/// machine without a secret service) saving fails with a clear message and
/// the token is kept in this object's memory for the session only: it is
/// never written to QSettings or any file.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString token;           ///< load(): the token; empty when none is stored
        bool notFound = false;   ///< load()/remove(): nothing stored for this server and agent
        bool noKeychain = false; ///< no keychain on this machine (see error)
        QString error;           ///< translated, for the agent
    };

    explicit TokenStore(QObject *parent = nullptr);

    /// The keychain's service name ("CardDesk"); tests use their own.
    void setServiceName(const QString &name);
    QString serviceName() const;

    QFuture<Result> save(const QUrl &server, const QString &username, const QString &token);
    /// The stored token; failing a keychain, the one kept for this session.
    QFuture<Result> load(const QUrl &server, const QString &username);
    QFuture<Result> remove(const QUrl &server, const QString &username);

    /// Whether this machine has a keychain qtkeychain can use (on Linux: a
    /// Secret Service or KWallet on the session bus).
    static bool keychainAvailable();

    /// The keychain entry's name for @p server and @p username.
    static QString keyFor(const QUrl &server, const QString &username);

private:
    /// keychainAvailable(), asked once, off this thread.
    QFuture<bool> probe();

    std::optional<bool> m_keychainAvailable;
    QString m_serviceName = QStringLiteral("CardDesk");
    QHash<QString, QString> m_sessionTokens;   // memory only, when there is no keychain
};

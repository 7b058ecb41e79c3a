#include "tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QPromise>
#include <QtConcurrent>

#if defined(CARDDESK_KEYCHAIN_OVER_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

#include <memory>

namespace {

bool isNoKeychain(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::OtherError:
        // Linux without a running secret service or KWallet: D-Bus finds no
        // one to talk to, and qtkeychain reports it as another error.
        return job->errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
               || job->errorString().contains(QLatin1String("DBus"), Qt::CaseInsensitive)
               || job->errorString().contains(QLatin1String("No keychain service"), Qt::CaseInsensitive)
               || job->errorString().contains(QLatin1String("Could not open wallet"), Qt::CaseInsensitive)
               || job->errorString().contains(QLatin1String("secret"), Qt::CaseInsensitive);
    default:
        return false;
    }
}

QString noKeychainMessage()
{
    return TokenStore::tr("No keychain is available on this machine: CardDesk keeps the token for this session "
                          "only and asks for the password next time");
}

TokenStore::Result failure(QKeychain::Job *job)
{
    TokenStore::Result result;
    if (job->error() == QKeychain::EntryNotFound) {
        result.notFound = true;
        result.ok = false;
        return result;
    }
    if (isNoKeychain(job)) {
        result.noKeychain = true;
        result.error = noKeychainMessage();
        return result;
    }
    if (job->error() == QKeychain::AccessDeniedByUser || job->error() == QKeychain::AccessDenied) {
        result.error = TokenStore::tr("The keychain refused access, so CardDesk keeps the token for this session "
                                      "only and asks for the password next time.");
        return result;
    }
    result.error = TokenStore::tr("The keychain failed (%1): CardDesk keeps the token for this session only and "
                                  "asks for the password next time.")
                       .arg(job->errorString());
    return result;
}

TokenStore::Result noKeychain()
{
    TokenStore::Result result;
    result.noKeychain = true;
    result.error = noKeychainMessage();
    return result;
}

using Promise = std::shared_ptr<QPromise<TokenStore::Result>>;

Promise makePromise()
{
    auto promise = std::make_shared<QPromise<TokenStore::Result>>();
    promise->start();
    return promise;
}

void deliver(const Promise &promise, const TokenStore::Result &result)
{
    promise->addResult(result);
    promise->finish();
}

/// Runs @p job and delivers @p done's reading of it through @p promise.
template <typename Done>
void runJob(QKeychain::Job *job, const Promise &promise, Done done)
{
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, done](QKeychain::Job *finished) {
        deliver(promise, done(finished));
    });
    job->setAutoDelete(true);
    // Never the plain-text fallback of qtkeychain: a token is a password.
    job->setInsecureFallback(false);
    job->start();
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{
}

void TokenStore::setServiceName(const QString &name)
{
    m_serviceName = name;
}

QString TokenStore::serviceName() const
{
    return m_serviceName;
}

QString TokenStore::keyFor(const QUrl &server, const QString &username)
{
    QUrl normal = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                  | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normal.path() == QLatin1String("/"))
        normal.setPath(QString());
    const QString origin = normal.toString();
    return origin + QLatin1Char('#') + username.trimmed().toLower();
}

QFuture<bool> TokenStore::probe()
{
    if (m_keychainAvailable)
        return QtFuture::makeReadyFuture(*m_keychainAvailable);
    // Asking the session bus is a blocking call: not on this (the GUI) thread.
    return QtConcurrent::run(&TokenStore::keychainAvailable).then(this, [this](bool available) {
        m_keychainAvailable = available;
        return available;
    });
}

QFuture<TokenStore::Result> TokenStore::save(const QUrl &server, const QString &username, const QString &token)
{
    const QString key = keyFor(server, username);
    const Promise promise = makePromise();
    probe().then(this, [this, promise, key, token](bool available) {
        if (!available) {
            // Failing the keychain, the token lives as long as this session.
            m_sessionTokens.insert(key, token);
            deliver(promise, noKeychain());
            return;
        }
        auto *job = new QKeychain::WritePasswordJob(m_serviceName, this);
        job->setKey(key);
        job->setTextData(token);
        runJob(job, promise, [this, key, token](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError) {
                m_sessionTokens.remove(key);
                Result result;
                result.ok = true;
                return result;
            }
            m_sessionTokens.insert(key, token);
            return failure(finished);
        });
    });
    return promise->future();
}

QFuture<TokenStore::Result> TokenStore::load(const QUrl &server, const QString &username)
{
    const QString key = keyFor(server, username);
    const Promise promise = makePromise();
    probe().then(this, [this, promise, key](bool available) {
        // The token kept for this session when the keychain failed.
        const auto fromSession = [this, key](Result result) {
            const auto session = m_sessionTokens.constFind(key);
            if (session != m_sessionTokens.constEnd()) {
                result.ok = true;
                result.notFound = false;
                result.token = *session;
            }
            return result;
        };
        if (!available) {
            Result result = noKeychain();
            result.notFound = true;
            deliver(promise, fromSession(result));
            return;
        }
        auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
        job->setKey(key);
        runJob(job, promise, [fromSession](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError) {
                Result result;
                result.ok = true;
                result.token = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                return result;
            }
            return fromSession(failure(finished));
        });
    });
    return promise->future();
}

QFuture<TokenStore::Result> TokenStore::remove(const QUrl &server, const QString &username)
{
    const QString key = keyFor(server, username);
    m_sessionTokens.remove(key);
    const Promise promise = makePromise();
    probe().then(this, [this, promise, key](bool available) {
        if (!available) {
            Result result = noKeychain();
            result.ok = true;   // nothing is kept anywhere now
            deliver(promise, result);
            return;
        }
        auto *job = new QKeychain::DeletePasswordJob(m_serviceName, this);
        job->setKey(key);
        runJob(job, promise, [](QKeychain::Job *finished) {
            Result result;
            if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
                result.ok = true;
                return result;
            }
            return failure(finished);
        });
    });
    return promise->future();
}

bool TokenStore::keychainAvailable()
{
#if defined(CARDDESK_KEYCHAIN_OVER_DBUS)
    // qtkeychain on Linux talks to the Secret Service (GNOME Keyring,
    // KeePassXC, ...) or KWallet over the session bus. Without a bus, or
    // with none of them running or activatable, it only fails vaguely
    // ("Unknown error"); say so plainly instead.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    static const QStringList services = {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                                         QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd")};
    const QDBusReply<QStringList> registered = bus.interface()->registeredServiceNames();
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    for (const QString &service : services) {
        if ((registered.isValid() && registered.value().contains(service))
            || (activatable.isValid() && activatable.value().contains(service)))
            return true;
    }
    return false;
#else
    return true;   // macOS Keychain, Windows Credential Manager: always there
#endif
}

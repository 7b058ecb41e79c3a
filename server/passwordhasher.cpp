#include "passwordhasher.h"

#include <QCryptographicHash>

#include <sodium.h>

bool PasswordHasher::initialize()
{
    return sodium_init() >= 0;
}

QByteArray PasswordHasher::hash(const QByteArray &password, QString *error)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(), quint64(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        *error = QStringLiteral("Argon2id hashing failed (out of memory?)");
        return QByteArray();
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &storedHash, const QByteArray &password)
{
    if (storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(storedHash.constData(), password.constData(), quint64(password.size())) == 0;
}

void PasswordHasher::verifyAgainstDummy(const QByteArray &password)
{
    static const QByteArray dummy = [] {
        QString ignored;
        return hash(QByteArrayLiteral("carddesk-dummy-password-for-timing"), &ignored);
    }();
    verify(dummy, password);
}

QString PasswordHasher::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray PasswordHasher::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString PasswordHasher::bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 8 || value.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return QString();
    return QString::fromLatin1(value.mid(7).trimmed());
}

#pragma once

#include <QByteArray>
#include <QString>

/// @short Argon2id password hashes and bearer tokens, by libsodium.
///
/// Hashes are crypto_pwhash_str strings ("$argon2id$v=19$m=65536,t=2,p=1$…")
/// at the INTERACTIVE limits: about 0.1 s and 64 MiB per check, which is
/// what makes a stolen table slow to attack. Tokens are 32 random bytes in
/// base64url; only their SHA-256 is stored.
class PasswordHasher
{
public:
    /// sodium_init(); false when libsodium cannot start (no entropy source).
    static bool initialize();

    /// The Argon2id string for @p password; empty with *error when out of memory.
    static QByteArray hash(const QByteArray &password, QString *error);

    static bool verify(const QByteArray &storedHash, const QByteArray &password);

    /// Spends as long as a real check, for an unknown user name: the answer
    /// and its timing must not tell whether the user exists.
    static void verifyAgainstDummy(const QByteArray &password);

    /// A new bearer token: 32 random bytes, base64url without padding.
    static QString newToken();

    /// Hex SHA-256 of @p token: what the sessions table keeps.
    static QByteArray tokenHash(const QString &token);

    /// The token of an "Authorization: Bearer <token>" value (the scheme in
    /// any case); empty when there is none.
    static QString bearerToken(const QByteArray &authorization);
};

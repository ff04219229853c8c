#pragma once

#include <QByteArray>
#include <QString>

namespace chairside::PasswordHasher {

// Argon2id (libsodium) with its "interactive" cost: about 0.1 s and 64 MiB per hash on this class of machine,
// salted, self-describing ("$argon2id$v=19$m=...").
QString hash(const QString& password);
bool verify(const QString& password, const QString& storedHash);
// True when a stored hash was made with weaker settings than today's and should be redone at next login.
bool needsRehash(const QString& storedHash);

} // namespace chairside::PasswordHasher

namespace chairside::Crypto {

// Cryptographic random bytes, hex-encoded (2 * bytes characters).
QString randomHex(int bytes);
// SHA-256 of the UTF-8 text, hex: how opaque tokens are stored.
QString sha256Hex(const QString& text);
// Constant-time comparison of two byte strings.
bool equalConstantTime(const QByteArray& a, const QByteArray& b);

} // namespace chairside::Crypto

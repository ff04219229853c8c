#pragma once

#include "Error.h"

#include <QByteArray>
#include <QJsonObject>

namespace chairside::Jwt {

// Compact JWS with HS256 (HMAC-SHA256 from Qt), the form djangorestframework-simplejwt issues and reads.
QString encode(const QJsonObject& claims, const QByteArray& key);
// Checks the header (alg HS256 only), the signature (constant time) and returns the claims. Expiry is the
// caller's rule, since it needs the station clock.
Result<QJsonObject> decode(const QString& token, const QByteArray& key);

} // namespace chairside::Jwt

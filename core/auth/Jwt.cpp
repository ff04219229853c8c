#include "Jwt.h"

#include "PasswordHasher.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace chairside::Jwt {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray sign(const QByteArray& signingInput, const QByteArray& key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
}

Error invalid()
{
    return Error::unauthenticated(QStringLiteral("Given token not valid for any token type"));
}

} // namespace

QString encode(const QJsonObject& claims, const QByteArray& key)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.' +
                             QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return QString::fromLatin1(input + '.' + sign(input, key).toBase64(kBase64Url));
}

Result<QJsonObject> decode(const QString& token, const QByteArray& key)
{
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return invalid();
    auto decodePart = [](const QByteArray& part) {
        return QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding |
                                                        QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto header = decodePart(parts[0]);
    const auto payload = decodePart(parts[1]);
    const auto signature = decodePart(parts[2]);
    if (!header || !payload || !signature)
        return invalid();
    const QJsonObject headerObject = QJsonDocument::fromJson(*header).object();
    if (headerObject.value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return invalid();
    if (!Crypto::equalConstantTime(sign(parts[0] + '.' + parts[1], key), *signature))
        return invalid();
    const QJsonDocument claims = QJsonDocument::fromJson(*payload);
    if (!claims.isObject())
        return invalid();
    return claims.object();
}

} // namespace chairside::Jwt

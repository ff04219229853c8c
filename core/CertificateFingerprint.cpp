#include "CertificateFingerprint.h"

#include <QCryptographicHash>

namespace chairside {

namespace {

QString colonSeparated(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace

QString certificateFingerprint(const QByteArray& der)
{
    return colonSeparated(QCryptographicHash::hash(der, QCryptographicHash::Sha256));
}

std::optional<QString> parseCertificateFingerprint(const QString& typed)
{
    QByteArray hex;
    for (const QChar c : typed) {
        if (c == QLatin1Char(':') || c == QLatin1Char('-') || c.isSpace())
            continue;
        const bool hexDigit = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                              (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
        if (!hexDigit)
            return std::nullopt;
        hex.append(char(c.unicode()));
    }
    if (hex.size() != 64)
        return std::nullopt;
    return colonSeparated(QByteArray::fromHex(hex));
}

} // namespace chairside

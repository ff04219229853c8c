#include "Uuid.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <array>

namespace chairside::Uuid {

QString v7(const QDateTime& nowUtc)
{
    const quint64 ms = quint64(nowUtc.toMSecsSinceEpoch());
    std::array<quint8, 16> bytes{};
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // RFC 4122 variant
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

bool isValid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace chairside::Uuid

#include "Uuid.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>
#include <array>

namespace chairside::Uuid {

QString v7(const QDateTime& nowUtc)
{
    // Monotonic within this process (RFC 9562 method 1): ids made in the same millisecond carry an increasing
    // 12-bit counter in rand_a, so ordering by id follows creation order even when the clock stands still.
    static QMutex mutex;
    static quint64 lastMs = 0;
    static quint16 counter = 0;
    quint64 ms = quint64(nowUtc.toMSecsSinceEpoch());
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0fff) { // counter exhausted: borrow the next millisecond
                ++ms;
                counter = quint16(QRandomGenerator::system()->bounded(0x0800));
            }
        } else {
            counter = quint16(QRandomGenerator::system()->bounded(0x0800)); // leaves room to count up
        }
        lastMs = ms;
    }
    std::array<quint8, 16> bytes{};
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    bytes[6] = quint8(0x70 | ((counter >> 8) & 0x0f)); // version 7 + counter high bits
    bytes[7] = quint8(counter & 0xff);
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

#include "HostPort.h"

namespace chairside {

std::optional<HostPort> parseHostPort(const QString& text, std::optional<quint16> defaultPort)
{
    const QString t = text.trimmed();
    QString host = t;
    QString port;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return std::nullopt;
        port = rest.mid(1);
    } else if (t.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        host = t.left(colon);
        port = t.mid(colon + 1);
    } // else no colon (an IPv4 address alone) or several (an IPv6 address alone)

    HostPort parsed;
    if (host == QLatin1String("localhost"))
        parsed.address = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.address.setAddress(host))
        return std::nullopt;
    if (port.isEmpty()) {
        if (!defaultPort)
            return std::nullopt;
        parsed.port = *defaultPort;
        return parsed;
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535)
        return std::nullopt;
    parsed.port = quint16(number);
    return parsed;
}

} // namespace chairside

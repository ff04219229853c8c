#pragma once

#include <QHostAddress>
#include <optional>

namespace chairside {

// An IP address and a port, as typed for --listen or CHAIRSIDE_DISCOVERY_TARGETS.
struct HostPort
{
    QHostAddress address;
    quint16 port = 0;

    friend bool operator==(const HostPort&, const HostPort&) = default;
};

// "ip:port", "[v6]:port" or "localhost:port"; with a default port also "ip", "[v6]" and a bare v6
// address. No other names: a name would need a lookup, and its answer can change.
std::optional<HostPort> parseHostPort(const QString& text, std::optional<quint16> defaultPort = {});

} // namespace chairside

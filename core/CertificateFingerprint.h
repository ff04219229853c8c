#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace chairside {

// A certificate's fingerprint as people read it aloud and compare it: the SHA-256 of its DER bytes in
// upper-case hex pairs separated by colons ("AB:CD:...", 95 characters). Stations pin each other's
// certificates by it (docs/architecture.md "Replication").
QString certificateFingerprint(const QByteArray& der);

// A fingerprint as typed (any case; colons, spaces or dashes between the digits, or none) in the form above,
// or nothing when it is not 64 hexadecimal digits.
std::optional<QString> parseCertificateFingerprint(const QString& typed);

} // namespace chairside

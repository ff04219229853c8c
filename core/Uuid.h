#pragma once

#include <QDateTime>
#include <QString>

namespace chairside {

// Row ids are UUIDv7 strings (RFC 9562): time-ordered, so stations can create rows offline without collisions
// and indexes stay append-friendly.
namespace Uuid {
QString v7(const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
// True for a canonical lower- or upper-case 8-4-4-4-12 hex UUID.
bool isValid(const QString& text);
} // namespace Uuid

} // namespace chairside

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace chairside::api::ical {

// RFC 5545 text: the lines of a calendar object, each "NAME[;PARAMS]:value".

// A TEXT value escaped: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
QString escapeText(const QString& text);
// A UTC DATE-TIME value, "20261124T070000Z" (form 2, 3.3.5).
QString utcDateTime(const QDateTime& t);
// The content lines as the wire wants them: UTF-8, each folded to at most 75 octets (a continuation begins
// with a space; a UTF-8 sequence is never split), each ended by CRLF (3.1).
QByteArray serialize(const QStringList& lines);

} // namespace chairside::api::ical

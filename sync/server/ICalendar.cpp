#include "ICalendar.h"

namespace chairside::api::ical {

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\r')) {
            // "\r\n" and a lone "\r" are one line break each.
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.category() == QChar::Other_Control)
            continue; // no control characters in TEXT other than HTAB
        else
            out += c;
    }
    return out;
}

QString utcDateTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QByteArray serialize(const QStringList& lines)
{
    constexpr int kMaxOctets = 75;
    QByteArray out;
    for (const QString& line : lines) {
        const QByteArray utf8 = line.toUtf8();
        qsizetype start = 0;
        int room = kMaxOctets; // the first line has 75 octets; continuations 74 after their space
        while (utf8.size() - start > room) {
            qsizetype cut = start + room;
            // Back off to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            while (cut > start && (quint8(utf8.at(cut)) & 0xC0) == 0x80)
                --cut;
            out += utf8.mid(start, cut - start);
            out += "\r\n ";
            start = cut;
            room = kMaxOctets - 1;
        }
        out += utf8.mid(start);
        out += "\r\n";
    }
    return out;
}

} // namespace chairside::api::ical

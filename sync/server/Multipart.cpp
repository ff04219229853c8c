#include "Multipart.h"

#include <QUrl>

namespace chairside::api {

namespace {

using Parameters = QList<std::pair<QByteArray, QByteArray>>;

Error malformed(const QString& reason)
{
    return Error::invalid(QStringLiteral("Multipart form parse error - %1").arg(reason));
}

bool isPadding(char c)
{
    return c == ' ' || c == '\t';
}

// The `; name=value` parameters of a header value, names lower-cased. Quoted values may hold ';'. Inside
// quotes a backslash escapes only '"' and '\': browsers send Windows paths in filenames unescaped, and
// "C:\docs\x.pdf" must keep its backslashes so the folder part can be recognised and removed.
Parameters parameters(QByteArrayView header)
{
    Parameters out;
    qsizetype i = header.indexOf(';');
    if (i < 0)
        return out;
    const qsizetype n = header.size();
    while (i < n) {
        while (i < n && (header[i] == ';' || isPadding(header[i])))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && header[i] != '=' && header[i] != ';')
            ++i;
        const QByteArray name = header.sliced(nameStart, i - nameStart).trimmed().toByteArray().toLower();
        QByteArray value;
        if (i < n && header[i] == '=') {
            ++i;
            while (i < n && isPadding(header[i]))
                ++i;
            if (i < n && header[i] == '"') {
                ++i;
                while (i < n && header[i] != '"') {
                    if (header[i] == '\\' && i + 1 < n && (header[i + 1] == '"' || header[i + 1] == '\\'))
                        ++i;
                    value += header[i];
                    ++i;
                }
                ++i; // the closing quote
                while (i < n && header[i] != ';')
                    ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < n && header[i] != ';')
                    ++i;
                value = header.sliced(valueStart, i - valueStart).trimmed().toByteArray();
            }
        }
        if (!name.isEmpty())
            out.append({name, value});
    }
    return out;
}

std::optional<QByteArray> parameter(const Parameters& params, QByteArrayView name)
{
    for (const auto& [key, value] : params) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

// RFC 5987's charset'language'percent-encoded form. RFC 7578 asks clients not to send `filename*`, but some
// do, and then it is the better name.
QString extendedValue(const QByteArray& value)
{
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0)
        return QString::fromUtf8(value);
    const QByteArray bytes = QByteArray::fromPercentEncoding(value.mid(second + 1));
    if (value.left(first).compare("utf-8", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

enum class BoundaryLine
{
    Delimiter,    // "--" (the closing one) or optional padding and a line end follow
    NotDelimiter, // more characters follow: text in a part that only looks like the boundary
    CutOff        // the body ends inside the line
};

// What follows a "--boundary" that ends just before `after`.
BoundaryLine boundaryLineAt(QByteArrayView body, qsizetype after)
{
    if (body.sliced(after).startsWith("--"))
        return BoundaryLine::Delimiter;
    while (after < body.size() && isPadding(body[after]))
        ++after;
    if (body.sliced(after).startsWith("\r\n"))
        return BoundaryLine::Delimiter;
    return after >= body.size() ? BoundaryLine::CutOff : BoundaryLine::NotDelimiter;
}

// Where the next delimiter ("\r\n--boundary" as a whole line) starts, searching from `from`; -1 when the
// body ends first.
qsizetype findDelimiter(QByteArrayView body, QByteArrayView delimiter, qsizetype from)
{
    for (;;) {
        const qsizetype at = body.indexOf(delimiter, from);
        if (at < 0)
            return -1;
        switch (boundaryLineAt(body, at + delimiter.size())) {
        case BoundaryLine::Delimiter:
            return at;
        case BoundaryLine::CutOff:
            return -1;
        case BoundaryLine::NotDelimiter:
            from = at + 1;
            break;
        }
    }
}

struct PartHeaders
{
    std::optional<QByteArray> disposition;
    QByteArray contentType;
};

// The header lines of one part. Folded lines (obsolete, but legal in MIME) continue the previous header.
Result<PartHeaders> readHeaders(QByteArrayView block)
{
    PartHeaders out;
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start <= block.size()) {
        qsizetype end = block.indexOf("\r\n", start);
        if (end < 0)
            end = block.size();
        const QByteArrayView line = block.sliced(start, end - start);
        if (!line.isEmpty() && isPadding(line.front()) && !lines.isEmpty())
            lines.last() += ' ' + line.trimmed().toByteArray();
        else
            lines.append(line.toByteArray());
        start = end + 2;
    }
    for (const QByteArray& line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return malformed(QStringLiteral("a part's header line has no name (\"%1\").")
                                 .arg(QString::fromUtf8(line.left(80))));
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-disposition")
            out.disposition = value;
        else if (name == "content-type")
            out.contentType = value;
    }
    return out;
}

} // namespace

QByteArray multipartBoundary(QByteArrayView contentType)
{
    const std::optional<QByteArray> boundary = parameter(parameters(contentType), "boundary");
    if (!boundary || boundary->isEmpty() || boundary->size() > 70)
        return {};
    for (const char c : *boundary) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7f)
            return {};
    }
    return *boundary;
}

QString safeFileName(const QString& fileName)
{
    QString name = fileName;
    const qsizetype folder =
        std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    name = name.mid(folder + 1);
    name.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    name = name.trimmed();
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return {};
    return name.left(255);
}

Result<MultipartBody> parseMultipart(const QByteArray& body, const QByteArray& contentType, int maxParts)
{
    const QByteArray boundary = multipartBoundary(contentType);
    if (boundary.isEmpty())
        return malformed(QStringLiteral("the Content-Type header names no valid boundary (1 to 70 "
                                        "characters, e.g. multipart/form-data; boundary=x7fk2)."));
    const QByteArray delimiter = "\r\n--" + boundary;
    const QByteArrayView all(body);

    const QString unclosed = QStringLiteral("the body ends without the closing boundary line \"--%1--\".")
                                 .arg(QString::fromLatin1(boundary));

    // The first boundary line may start the body (as if a line end came before it, hence -2); before it, a
    // preamble ending in a line end is ignored.
    BoundaryLine first = BoundaryLine::NotDelimiter;
    if (all.startsWith(QByteArrayView(delimiter).sliced(2)))
        first = boundaryLineAt(all, delimiter.size() - 2);
    if (first == BoundaryLine::CutOff)
        return malformed(unclosed);
    qsizetype at = first == BoundaryLine::Delimiter ? -2 : findDelimiter(all, delimiter, 0);
    if (at == -1)
        return malformed(
            QStringLiteral("the body holds no boundary line \"--%1\".").arg(QString::fromLatin1(boundary)));

    MultipartBody out;
    int parts = 0;
    for (;;) {
        qsizetype after = at + delimiter.size();
        if (all.sliced(after).startsWith("--"))
            return out; // the closing delimiter; an epilogue after it is ignored
        while (after < all.size() && isPadding(all[after]))
            ++after;
        const qsizetype partStart = after + 2; // the line end that made this a delimiter
        const qsizetype next = findDelimiter(all, delimiter, partStart);
        if (next < 0)
            return malformed(unclosed);
        if (++parts > maxParts)
            return malformed(QStringLiteral("the body has more than %1 parts.").arg(maxParts));
        const QByteArrayView part = all.sliced(partStart, next - partStart);
        at = next;

        if (part.isEmpty() || part.startsWith("\r\n"))
            return malformed(QStringLiteral("part %1 has no Content-Disposition header.").arg(parts));
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return malformed(
                QStringLiteral("the headers of part %1 do not end with an empty line.").arg(parts));
        auto headers = readHeaders(part.first(headerEnd));
        if (!headers)
            return headers.error();
        if (!headers->disposition)
            return malformed(QStringLiteral("part %1 has no Content-Disposition header.").arg(parts));
        const QByteArray& disposition = *headers->disposition;
        const qsizetype semicolon = disposition.indexOf(';');
        const QByteArray type =
            (semicolon < 0 ? disposition : disposition.left(semicolon)).trimmed().toLower();
        if (type != "form-data")
            return malformed(QStringLiteral("part %1 is \"%2\", not form-data.")
                                 .arg(parts)
                                 .arg(QString::fromUtf8(type.left(40))));
        const Parameters params = parameters(disposition);
        const std::optional<QByteArray> name = parameter(params, "name");
        if (!name || name->isEmpty())
            return malformed(
                QStringLiteral("part %1 has no name in its Content-Disposition header.").arg(parts));
        const QByteArrayView data = part.sliced(headerEnd + 4);

        const std::optional<QByteArray> extended = parameter(params, "filename*");
        const std::optional<QByteArray> plain = parameter(params, "filename");
        if (!extended && !plain) {
            out.fields.insert(QString::fromUtf8(*name), QString::fromUtf8(data));
            continue;
        }
        const QString fileName =
            safeFileName(extended ? extendedValue(*extended) : QString::fromUtf8(*plain));
        // A browser sends an empty, nameless file for a file input left empty: no file was chosen.
        if (fileName.isEmpty() && data.isEmpty())
            continue;
        out.files.append(
            {QString::fromUtf8(*name), fileName,
             headers->contentType.isEmpty() ? QByteArray("application/octet-stream") : headers->contentType,
             data.toByteArray()});
    }
}

} // namespace chairside::api

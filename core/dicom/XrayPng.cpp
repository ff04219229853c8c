#include "XrayPng.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace chairside {

namespace {

// 1: pixels as stored (the first imports; no longer read, so such an image shows as an ordinary one).
// 2: pixels widened to 16 bits.
constexpr int kFormat = 2;
constexpr int kPngBits = 16;

// The chunk: the file's own bits stored (for an export), its windows scaled by `windowScale` to the PNG's
// values.
QJsonObject headerJson(const DicomXray& image, double windowScale)
{
    QJsonArray windows;
    for (const DicomWindow& window : image.windows)
        windows.append(QJsonObject{{QStringLiteral("centre"), window.centre * windowScale},
                                   {QStringLiteral("width"), window.width * windowScale},
                                   {QStringLiteral("explanation"), window.explanation}});
    QJsonObject json{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("modality"), image.modality},
                     {QStringLiteral("study_date"), image.studyDate.toString(Qt::ISODate)},
                     {QStringLiteral("study_description"), image.studyDescription},
                     {QStringLiteral("bits_stored"), image.bitsStored},
                     {QStringLiteral("frames"), image.frames},
                     {QStringLiteral("monochrome1"), image.wasMonochrome1},
                     {QStringLiteral("windows"), windows},
                     {QStringLiteral("spacing_source"), image.spacingSource},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(image.notes)}};
    if (image.pixelSpacingMm)
        json.insert(QStringLiteral("pixel_spacing_mm"), *image.pixelSpacingMm);
    return json;
}

} // namespace

Result<QByteArray> XrayPng::encode(const DicomXray& image)
{
    if (image.rows <= 0 || image.columns <= 0 ||
        image.pixels.size() != size_t(image.rows) * size_t(image.columns))
        return Error::invalid(QStringLiteral("There is no image to store."));
    if (image.bitsStored < 1 || image.bitsStored > kPngBits)
        return Error::invalid(QStringLiteral("An image of %1 bits cannot be stored.").arg(image.bitsStored));
    const int shift = kPngBits - image.bitsStored;
    QImage pixels(image.columns, image.rows, QImage::Format_Grayscale16);
    for (int y = 0; y < image.rows; ++y) {
        const quint16* from = image.pixels.data() + size_t(y) * size_t(image.columns);
        auto* to = reinterpret_cast<quint16*>(pixels.scanLine(y));
        for (int x = 0; x < image.columns; ++x)
            to[x] = quint16(from[x] << shift);
    }
    pixels.setText(
        QString::fromLatin1(kTextKey),
        QString::fromUtf8(
            QJsonDocument(headerJson(image, std::ldexp(1.0, shift))).toJson(QJsonDocument::Compact)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(pixels))
        return Error::internal(
            QStringLiteral("The image could not be encoded: %1").arg(writer.errorString()));
    return bytes;
}

std::optional<DicomXray> XrayPng::header(const QByteArray& png)
{
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    const QString text = reader.text(QString::fromLatin1(kTextKey));
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    if (json.value(QStringLiteral("format")).toInt() != kFormat)
        return std::nullopt;
    DicomXray x;
    x.rows = reader.size().height();
    x.columns = reader.size().width();
    x.modality = json.value(QStringLiteral("modality")).toString();
    x.studyDate = QDate::fromString(json.value(QStringLiteral("study_date")).toString(), Qt::ISODate);
    x.studyDescription = json.value(QStringLiteral("study_description")).toString();
    x.bitsStored = json.value(QStringLiteral("bits_stored")).toInt(16);
    x.frames = json.value(QStringLiteral("frames")).toInt(1);
    x.wasMonochrome1 = json.value(QStringLiteral("monochrome1")).toBool();
    for (const QJsonValue& value : json.value(QStringLiteral("windows")).toArray()) {
        const QJsonObject window = value.toObject();
        const double width = window.value(QStringLiteral("width")).toDouble();
        if (width > 0)
            x.windows.append({window.value(QStringLiteral("centre")).toDouble(), width,
                              window.value(QStringLiteral("explanation")).toString()});
    }
    if (const QJsonValue spacing = json.value(QStringLiteral("pixel_spacing_mm")); spacing.toDouble() > 0)
        x.pixelSpacingMm = spacing.toDouble();
    x.spacingSource = json.value(QStringLiteral("spacing_source")).toString();
    for (const QJsonValue& note : json.value(QStringLiteral("notes")).toArray())
        x.notes.append(note.toString());
    return x;
}

void XrayPng::narrowTo(DicomXray& fromPng, int bitsStored)
{
    // The inverse of encode's shift, so nothing is lost going up and back down again.
    fromPng.bitsStored = qBound(1, bitsStored, kPngBits);
    const int shift = kPngBits - fromPng.bitsStored;
    for (quint16& value : fromPng.pixels)
        value = quint16(value >> shift);
    const double factor = std::ldexp(1.0, -shift);
    for (DicomWindow& window : fromPng.windows) {
        window.centre *= factor;
        window.width *= factor;
    }
}

} // namespace chairside

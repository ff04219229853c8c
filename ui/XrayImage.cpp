#include "XrayImage.h"

#include "domain/Fields.h"

#include <QBuffer>
#include <QImageReader>
#include <algorithm>
#include <cmath>

namespace chairside::ui {

namespace {

// Presets as fractions of the range that carries meaning (rangeLow..rangeHigh), not of 0..65535: sensors
// store 10 to 14 significant bits in a 16-bit container, so fractions of the container would put a 12-bit
// image's bone at the bottom of the "bone" window. Intraoral images have no
// absolute scale (no Hounsfield units), so these are starting points for a right-drag, ordered by how much a
// tissue attenuates: enamel brightest, then dentine and bone, then soft tissue just above air.
struct PresetFractions
{
    double centre;
    double width;
};

PresetFractions fractionsOf(XrayImage::Preset preset)
{
    switch (preset) {
    case XrayImage::Preset::FullRange:
        return {0.5, 1.0};
    case XrayImage::Preset::Enamel:
        // The top third, narrow: early enamel caries is a small drop in an already bright region.
        return {0.80, 0.35};
    case XrayImage::Preset::Bone:
        // The upper middle: alveolar crest, lamina dura and periapical lucencies against dentine.
        return {0.60, 0.50};
    case XrayImage::Preset::SoftTissue:
        // The lower part: gingiva and soft-tissue outlines sit just above the air background.
        return {0.30, 0.40};
    }
    return {0.5, 1.0};
}

int bitsPerChannel(const QImage& image)
{
    const QPixelFormat format = image.pixelFormat();
    switch (format.colorModel()) {
    case QPixelFormat::Grayscale:
        return int(format.bitsPerPixel());
    case QPixelFormat::RGB:
    case QPixelFormat::BGR:
        return int(format.redSize());
    default:
        return 8; // indexed, mono and the rest: never deeper than 8 bits
    }
}

} // namespace

Status XrayImage::load(const QString& path)
{
    QImageReader reader(path);
    // Phone and camera JPEGs of films carry an EXIF orientation; apply it so the tooth is the right way up.
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return Error::invalid(tr("Could not open the image %1: %2").arg(path, reader.errorString()));
    return setPixels(image);
}

Status XrayImage::loadFromData(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return Error::invalid(tr("Could not read the image: %1").arg(reader.errorString()));
    return setPixels(image);
}

Status XrayImage::setPixels(const QImage& image)
{
    if (image.isNull())
        return Error::invalid(tr("The image is empty."));
    QImage pixels = image.format() == QImage::Format_Grayscale16
                        ? image
                        : image.convertToFormat(QImage::Format_Grayscale16);
    if (pixels.isNull())
        return Error::invalid(tr("The image could not be converted to grayscale."));

    m_sourceBitDepth = bitsPerChannel(image) > 8 ? 16 : 8;
    m_source = std::move(pixels);

    m_histogram.assign(kLevels, 0);
    for (int y = 0; y < m_source.height(); ++y) {
        const auto* line = reinterpret_cast<const quint16*>(m_source.constScanLine(y));
        for (int x = 0; x < m_source.width(); ++x)
            ++m_histogram[line[x]];
    }
    const auto first = std::find_if(m_histogram.begin(), m_histogram.end(), [](quint32 n) { return n > 0; });
    const auto last = std::find_if(m_histogram.rbegin(), m_histogram.rend(), [](quint32 n) { return n > 0; });
    m_minimum = quint16(first - m_histogram.begin());
    m_maximum = quint16(kLevels - 1 - (last - m_histogram.rbegin()));

    m_quarterTurns = 0;
    m_mirrored = false;
    m_inverted = false;
    m_pixelSpacingMm.reset();
    // Raw 16-bit data often uses a fraction of the range, so it opens on the histogram window; an 8-bit file
    // was already windowed by whoever exported it and opens as it was saved.
    m_window = m_sourceBitDepth == 16 ? autoWindow() : presetWindow(Preset::FullRange);
    m_lutValid = false;
    orientationChanged();
    return std::nullopt;
}

quint16 XrayImage::percentile(double fraction) const
{
    if (isNull())
        return 0;
    const quint64 total = quint64(m_source.width()) * quint64(m_source.height());
    const quint64 wanted = std::max<quint64>(1, quint64(std::ceil(std::clamp(fraction, 0.0, 1.0) * total)));
    quint64 seen = 0;
    for (int value = 0; value < kLevels; ++value) {
        seen += m_histogram[value];
        if (seen >= wanted)
            return quint16(value);
    }
    return m_maximum;
}

void XrayImage::setWindowLevel(WindowLevel window)
{
    window.width = std::clamp(window.width, kMinimumWidth, kMaximumWidth);
    window.centre = std::clamp(window.centre, 0.0, double(kLevels - 1));
    if (window == m_window)
        return;
    m_window = window;
    m_lutValid = false;
    m_renderValid = false;
}

void XrayImage::setInverted(bool inverted)
{
    if (inverted == m_inverted)
        return;
    m_inverted = inverted;
    m_lutValid = false;
    m_renderValid = false;
}

QList<XrayImage::Preset> XrayImage::presets()
{
    return {Preset::FullRange, Preset::Enamel, Preset::Bone, Preset::SoftTissue};
}

QString XrayImage::presetName(Preset preset)
{
    switch (preset) {
    case Preset::FullRange:
        return tr("Full range");
    case Preset::Enamel:
        return tr("Enamel");
    case Preset::Bone:
        return tr("Bone");
    case Preset::SoftTissue:
        return tr("Soft tissue");
    }
    return {};
}

double XrayImage::rangeLow() const
{
    return m_sourceBitDepth == 16 ? m_minimum : 0.0;
}

double XrayImage::rangeHigh() const
{
    return m_sourceBitDepth == 16 ? m_maximum : double(kLevels - 1);
}

WindowLevel XrayImage::presetWindow(Preset preset) const
{
    const double low = rangeLow();
    const double range = std::max(1.0, rangeHigh() - low);
    const PresetFractions f = fractionsOf(preset);
    return {low + f.centre * range, std::max(kMinimumWidth, f.width * range)};
}

WindowLevel XrayImage::autoWindow() const
{
    const double low = percentile(0.01);
    const double high = percentile(0.99);
    return {(low + high) / 2.0, std::max(kMinimumWidth, high - low)};
}

quint8 XrayImage::displayValue(quint16 value, WindowLevel window, bool inverted)
{
    const double low = window.centre - window.width / 2.0;
    const double scaled = std::round((double(value) - low) * 255.0 / window.width);
    const auto shown = quint8(std::clamp(scaled, 0.0, 255.0));
    return inverted ? quint8(255 - shown) : shown;
}

void XrayImage::rotateClockwise()
{
    m_quarterTurns = (m_quarterTurns + 1) % 4;
    orientationChanged();
}

void XrayImage::rotateCounterClockwise()
{
    m_quarterTurns = (m_quarterTurns + 3) % 4;
    orientationChanged();
}

void XrayImage::flipHorizontal()
{
    // Mirroring after "mirror, then turn r" is "mirror again, then turn -r".
    m_mirrored = !m_mirrored;
    m_quarterTurns = (4 - m_quarterTurns) % 4;
    orientationChanged();
}

void XrayImage::flipVertical()
{
    // A vertical flip is a horizontal one followed by a half turn.
    m_mirrored = !m_mirrored;
    m_quarterTurns = (6 - m_quarterTurns) % 4;
    orientationChanged();
}

void XrayImage::resetOrientation()
{
    m_quarterTurns = 0;
    m_mirrored = false;
    orientationChanged();
}

QSize XrayImage::orientedSize() const
{
    return m_quarterTurns % 2 == 0 ? m_source.size() : m_source.size().transposed();
}

QTransform XrayImage::sourceToOriented() const
{
    QTransform t;
    double width = m_source.width();
    double height = m_source.height();
    if (m_mirrored)
        t = QTransform(-1, 0, 0, 1, width, 0);
    for (int turn = 0; turn < m_quarterTurns; ++turn) {
        // Clockwise in image coordinates (y down): (x, y) -> (height - y, x), and the sides swap.
        t = t * QTransform(0, 1, -1, 0, height, 0);
        std::swap(width, height);
    }
    return t;
}

void XrayImage::orientationChanged()
{
    m_renderValid = false;
    if (m_quarterTurns == 0 && !m_mirrored) {
        m_oriented = m_source;
        return;
    }
    // Turned once per orientation change, so every window/level render afterwards is a straight table walk.
    const QSize size = orientedSize();
    const QTransform back = orientedToSource();
    // The transform's coefficients are 0 or +-1, so source coordinates step by whole pixels along a row.
    const int stepX = int(back.m11());
    const int stepY = int(back.m12());
    QImage turned(size, QImage::Format_Grayscale16);
    for (int y = 0; y < size.height(); ++y) {
        const QPointF start = back.map(QPointF(0.5, y + 0.5));
        int sx = int(std::floor(start.x()));
        int sy = int(std::floor(start.y()));
        auto* out = reinterpret_cast<quint16*>(turned.scanLine(y));
        for (int x = 0; x < size.width(); ++x, sx += stepX, sy += stepY)
            out[x] = reinterpret_cast<const quint16*>(m_source.constScanLine(sy))[sx];
    }
    m_oriented = std::move(turned);
}

const std::array<quint8, XrayImage::kLevels>& XrayImage::lut() const
{
    if (!m_lutValid) {
        for (int value = 0; value < kLevels; ++value)
            m_lut[value] = displayValue(quint16(value), m_window, m_inverted);
        m_lutValid = true;
        ++m_lutBuildCount;
    }
    return m_lut;
}

const QImage& XrayImage::rendered() const
{
    if (m_renderValid || isNull())
        return m_rendered;
    const quint8* table = lut().data();
    const QSize size = m_oriented.size();
    // Reuse the buffer unless someone still holds a copy of it (then writing would detach anyway).
    if (m_rendered.size() != size || !m_rendered.isDetached())
        m_rendered = QImage(size, QImage::Format_Grayscale8);
    const int width = size.width();
    for (int y = 0; y < size.height(); ++y) {
        const auto* in = reinterpret_cast<const quint16*>(m_oriented.constScanLine(y));
        uchar* out = m_rendered.scanLine(y);
        for (int x = 0; x < width; ++x)
            out[x] = table[in[x]];
    }
    m_renderValid = true;
    return m_rendered;
}

double XrayImage::distancePixels(QPointF a, QPointF b)
{
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}

bool XrayImage::setPixelSpacingMm(double millimetresPerPixel)
{
    if (!isPlausiblePixelSpacingMm(millimetresPerPixel))
        return false;
    m_pixelSpacingMm = millimetresPerPixel;
    return true;
}

bool XrayImage::calibrate(QPointF a, QPointF b, double knownMm)
{
    const double pixels = distancePixels(a, b);
    if (!std::isfinite(pixels) || pixels <= 0.0 || !std::isfinite(knownMm) || knownMm <= 0.0)
        return false;
    return setPixelSpacingMm(knownMm / pixels);
}

std::optional<double> XrayImage::distanceMm(QPointF a, QPointF b) const
{
    if (!m_pixelSpacingMm)
        return std::nullopt;
    return distancePixels(a, b) * *m_pixelSpacingMm;
}

} // namespace chairside::ui

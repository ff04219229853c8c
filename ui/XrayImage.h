#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QTransform>
#include <array>
#include <optional>
#include <vector>

namespace chairside::ui {

// A window in the 16-bit value range: values below centre - width/2 show black, above centre + width/2 white.
struct WindowLevel
{
    double centre = 32767.5;
    double width = 65536.0;

    friend bool operator==(const WindowLevel&, const WindowLevel&) = default;
};

// One radiograph and how it is shown: the pixels, window/level, invert, orientation and pixel spacing. No
// widget, so every rule here is tested without one (XrayView draws it).
//
// Every image is held as 16-bit grayscale, whatever the file held, so one lookup-table path renders them all.
// Measurement points are in source pixel coordinates (the pixels as loaded, before rotate/flip), so a
// measurement or annotation stays on the anatomy when the image is turned, and is saved in a frame that does
// not depend on how it was last viewed.
class XrayImage
{
    Q_DECLARE_TR_FUNCTIONS(XrayImage)
public:
    static constexpr int kLevels = 65536;
    static constexpr double kMinimumWidth = 1.0;
    // Twice the value range: a window this wide still leaves room to lower contrast below "full range".
    static constexpr double kMaximumWidth = 2.0 * kLevels;

    enum class Preset
    {
        FullRange,
        Enamel,
        Bone,
        SoftTissue
    };

    Status load(const QString& path);
    Status loadFromData(const QByteArray& bytes);
    // Takes any QImage: 8-bit and colour images are converted to 16-bit grayscale (an 8-bit value v becomes
    // v * 257, so 255 stays full white).
    Status setPixels(const QImage& image);

    bool isNull() const { return m_source.isNull(); }
    // The pixels as loaded, Format_Grayscale16, not rotated.
    const QImage& sourcePixels() const { return m_source; }
    QSize sourceSize() const { return m_source.size(); }
    // The pixels turned as shown (Format_Grayscale16), for an export of what the reader sees.
    const QImage& orientedPixels() const { return m_oriented; }
    // 16 when the file held more than 8 bits per channel; 8 for JPEG and ordinary PNG.
    int sourceBitDepth() const { return m_sourceBitDepth; }
    quint16 minimumValue() const { return m_minimum; }
    quint16 maximumValue() const { return m_maximum; }
    // The values that carry meaning, which presets and the right-drag speed are relative to. For 8-bit files
    // that is all of 0..65535 (the file's 0..255: it was windowed when exported); for 16-bit files it is the
    // data's own minimum..maximum, because sensors store 10 to 14 bits in a 16-bit container.
    double rangeLow() const;
    double rangeHigh() const;
    // The smallest value that at least `fraction` (0..1) of the pixels are at or below.
    quint16 percentile(double fraction) const;

    WindowLevel windowLevel() const { return m_window; }
    // Clamped to a width of kMinimumWidth..kMaximumWidth and a centre inside the 16-bit range.
    void setWindowLevel(WindowLevel window);
    bool isInverted() const { return m_inverted; }
    void setInverted(bool inverted);

    static QList<Preset> presets();
    static QString presetName(Preset preset);
    WindowLevel presetWindow(Preset preset) const;
    // The 1st to 99th percentile of the histogram: a few very dark (air, sensor edge) or very bright (metal
    // restorations) pixels do not flatten the contrast of everything in between.
    WindowLevel autoWindow() const;
    // What a window maps a value to, straight from the formula (the lookup table holds the same values).
    static quint8 displayValue(quint16 value, WindowLevel window, bool inverted);

    // Orientation: a clockwise quarter-turn count applied after an optional horizontal mirror. Every sequence
    // of rotations and flips reduces to one of these eight.
    int quarterTurns() const { return m_quarterTurns; }
    bool isMirrored() const { return m_mirrored; }
    void rotateClockwise();
    void rotateCounterClockwise();
    void flipHorizontal();
    void flipVertical();
    void resetOrientation();
    QSize orientedSize() const;
    // Maps continuous coordinates (pixel (x, y) covers x..x+1, y..y+1) between source and oriented images.
    QTransform sourceToOriented() const;
    QTransform orientedToSource() const { return sourceToOriented().inverted(); }

    // The 65536-entry table from a 16-bit value to the displayed 8-bit one. Rebuilt only when the window or
    // invert changed since the last build; lutBuildCount() lets tests and the benchmark see that.
    const std::array<quint8, kLevels>& lut() const;
    int lutBuildCount() const { return m_lutBuildCount; }
    // The oriented image through the window, Format_Grayscale8. Re-rendered only when something changed; the
    // buffer is reused across renders, so hold the reference rather than a copy while windowing.
    const QImage& rendered() const;

    // Distances between source points. Pixels are taken as square (dental sensors and scanners have square
    // pixels), so one spacing serves both axes.
    static double distancePixels(QPointF a, QPointF b);
    std::optional<double> pixelSpacingMm() const { return m_pixelSpacingMm; }
    // Refuses a spacing that is not a positive, finite number.
    bool setPixelSpacingMm(double millimetresPerPixel);
    void clearPixelSpacing() { m_pixelSpacingMm.reset(); }
    // Sets the spacing so that the line a-b is knownMm long. Refuses a zero-length line or a bad length.
    bool calibrate(QPointF a, QPointF b, double knownMm);
    std::optional<double> distanceMm(QPointF a, QPointF b) const;

private:
    void orientationChanged();

    QImage m_source;
    int m_sourceBitDepth = 0;
    std::vector<quint32> m_histogram;
    quint16 m_minimum = 0;
    quint16 m_maximum = 0;

    WindowLevel m_window;
    bool m_inverted = false;
    int m_quarterTurns = 0;
    bool m_mirrored = false;
    std::optional<double> m_pixelSpacingMm;

    // Caches, rebuilt lazily by the const accessors.
    mutable std::array<quint8, kLevels> m_lut{};
    mutable bool m_lutValid = false;
    mutable int m_lutBuildCount = 0;
    mutable QImage m_oriented; // m_source turned; shares m_source's pixels when not turned
    mutable QImage m_rendered;
    mutable bool m_renderValid = false;
};

} // namespace chairside::ui

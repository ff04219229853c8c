#pragma once

#include "XrayImage.h"

#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <optional>

class QAction;

namespace chairside::ui {

// A mark on a radiograph, kept as data so it can be saved with the image. Points are in source pixel
// coordinates (see XrayImage), so they stay on the anatomy whatever the zoom, rotation or flip.
struct XrayAnnotation
{
    enum class Kind
    {
        Text,     // `text` at `from`
        Arrow,    // from the tail `from` to the head `to`
        Distance, // a measured line from `from` to `to`
    };

    Kind kind = Kind::Text;
    QPointF from;
    QPointF to;
    QString text;

    friend bool operator==(const XrayAnnotation&, const XrayAnnotation&) = default;
};

// [{"kind": "text", "x": 1, "y": 2, "text": "..."}, {"kind": "arrow" | "distance", "x1", "y1", "x2", "y2"}]
QJsonArray annotationsToJson(const QList<XrayAnnotation>& annotations);
// Refuses the whole array when one item is malformed, so a damaged file never half-loads.
Result<QList<XrayAnnotation>> annotationsFromJson(const QJsonArray& array);

// Shows one XrayImage for reading: wheel zoom around the cursor, left-drag pan, right-drag window/level
// (rightwards widens the window, downwards raises the centre so the image darkens), fit and 1:1, invert,
// rotate/flip, distance measurement with calibration, text and arrow annotations and FDI tooth tags. Every
// command is a QAction on the widget (actions()), with a single-key shortcut while the view has focus, so a
// host window can put them in a toolbar or menu as they are.
//
// A plain QWidget rather than a QGraphicsView: there is one image and a handful of overlay marks, and a
// zoom-around-cursor, pan and right-drag model of our own is simpler to keep exact (and to test) than
// QGraphicsView's scroll bars, anchors and item transforms. Overlays are drawn in widget coordinates, so
// lines and labels keep their size at any zoom.
class XrayView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QList<int> toothTags READ toothTags WRITE setToothTags NOTIFY toothTagsChanged)
public:
    enum class Tool
    {
        Navigate, // left-drag pans
        Measure,  // two clicks add a Distance annotation
        Arrow,    // two clicks (tail, head) add an Arrow annotation
        Text,     // a click asks for the text to place there
    };
    Q_ENUM(Tool)

    static constexpr double kMinimumZoom = 1.0 / 64.0;
    static constexpr double kMaximumZoom = 32.0;
    // A right-drag this many pixels long sweeps the image's whole value range, whatever its bit depth.
    static constexpr double kWindowDragPixelsPerRange = 512.0;

    explicit XrayView(QWidget* parent = nullptr);

    // Loading replaces the image and forgets the previous one's orientation, spacing, annotations and tags.
    Status load(const QString& path);
    Status loadFromData(const QByteArray& bytes);
    Status setPixels(const QImage& image);
    const XrayImage& image() const { return m_image; }

    // Display pixels per oriented-image pixel, and where the oriented image's top-left corner is drawn.
    double zoom() const { return m_zoom; }
    QPointF panOffset() const { return m_offset; }
    void fitToWindow();
    // 1:1, keeping the image point at the view's centre where it is; whole-pixel offset so nothing is
    // resampled.
    void showActualSize();
    // Zooms so the image point under `anchor` (widget coordinates) stays under it.
    void zoomAround(QPointF anchor, double factor);
    QPointF sourceToWidget(QPointF sourcePoint) const;
    QPointF widgetToSource(QPointF widgetPoint) const;

    WindowLevel windowLevel() const { return m_image.windowLevel(); }
    void setWindowLevel(WindowLevel window);
    void applyPreset(XrayImage::Preset preset);
    void applyAutoWindow();

    // Windows the image's own file offers (a DICOM header's presets), with their names. They come first in
    // the presets (the W key, windowPresetNames); loading another image forgets them.
    struct NamedWindow
    {
        QString name;
        WindowLevel window;
    };
    void setFileWindows(const QList<NamedWindow>& windows);
    const QList<NamedWindow>& fileWindows() const { return m_fileWindows; }
    // The line at the foot of the image: window width and centre, zoom, calibration. The window is read out
    // in the values of an image of `bits` stored bits (a DICOM file's own, whose pixels the station keeps
    // widened to 16 bits), so the numbers are the ones the sensor's software shows; 16 by default, and again
    // when another image is loaded.
    void setReadoutBits(int bits);
    QString readout() const; // the accessible description says the same window
    // Every preset in the order W cycles through them: the file's windows, the built-in ones, then the
    // histogram window ("Auto").
    QStringList windowPresetNames() const;
    void applyWindowPreset(int index);
    bool isInverted() const { return m_image.isInverted(); }
    void setInverted(bool inverted);
    void rotateClockwise();
    void rotateCounterClockwise();
    void flipHorizontal();
    void flipVertical();

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);

    const QList<XrayAnnotation>& annotations() const { return m_annotations; }
    void addAnnotation(const XrayAnnotation& annotation);
    void removeAnnotation(int index);
    void clearAnnotations();
    QJsonArray annotationsJson() const { return annotationsToJson(m_annotations); }
    Status setAnnotationsJson(const QJsonArray& array);
    // "12.3 px" or "12.3 px · 1.2 mm" for a Distance annotation; empty for any other index.
    QString measurementLabel(int index) const;

    // Sets the image's pixel spacing so that the Distance annotation at `index` is knownMm long.
    bool calibrate(int index, double knownMm);
    bool setPixelSpacingMm(double millimetresPerPixel);
    // Where the spacing came from: a measurement the reader calibrated (or a saved one), or the image's file
    // (DICOM pixel spacing), which labels say so the reader knows which to trust.
    enum class Calibration
    {
        None,
        Manual,
        File,
    };
    Calibration calibration() const;
    bool setPixelSpacingFromFile(double millimetresPerPixel);

    // The oriented image at 1:1 through the current window with the marks drawn on it, as the reader sees
    // it (for export to PNG).
    QImage renderedWithMarks() const;
    // The marks alone at 1:1 in the oriented frame, on a transparent image (for a DICOM overlay).
    QImage marksLayer() const;

    // FDI two-digit tooth numbers: permanent 11-18, 21-28, 31-38, 41-48; primary 51-55, 61-65, 71-75, 81-85.
    static bool isValidFdiTooth(int number);
    QList<int> toothTags() const { return m_toothTags; }
    // Refuses the whole list (and keeps the current one) when any number is not an FDI tooth; drops repeats.
    bool setToothTags(const QList<int>& teeth);
    bool addToothTag(int tooth);
    void removeToothTag(int tooth);

signals:
    void windowLevelChanged(double centre, double width);
    // A preset (an index of windowPresetNames) was applied by the W key or applyWindowPreset.
    void windowPresetApplied(int index);
    void measurementAdded(int index, double pixels);
    void annotationsChanged();
    void toothTagsChanged();
    void pixelSpacingChanged();
    void toolChanged(chairside::ui::XrayView::Tool tool);
    // Something the reader should know that has no place on the image (a refused input); a host window shows
    // it in its status bar.
    void notice(const QString& message);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    enum class Drag
    {
        None,
        Pan,
        Window,
    };

    QAction* addCommand(const QString& objectName, const QString& text, const QKeySequence& shortcut);
    void createActions();
    void imageReplaced();
    void orientationChanged();
    void windowChanged();
    void clampZoom();
    QTransform orientedToWidget() const;
    void clickWithTool(QPointF widgetPoint);
    void askForText(QPointF sourcePoint);
    void askForCalibration();
    void askForTeeth();
    void cycleWindowPreset();
    void updateAccessibleDescription();
    // The window in the readout's units (setReadoutBits).
    WindowLevel readoutWindow() const;
    void drawAnnotation(QPainter& painter, const XrayAnnotation& annotation, int index,
                        const QTransform& sourceToTarget) const;
    // Draws the marks in the oriented image's frame at 1:1 (for export).
    void drawMarksAtActualSize(QPainter& painter) const;

    XrayImage m_image;
    double m_zoom = 1.0;
    QPointF m_offset;
    // While true, resizing refits; any zoom or pan by the user ends it.
    bool m_fitting = true;

    Drag m_drag = Drag::None;
    QPointF m_pressPosition;
    QPointF m_offsetAtPress;
    WindowLevel m_windowAtPress;

    Tool m_tool = Tool::Navigate;
    std::optional<QPointF> m_pendingFrom; // first click of a two-click tool, in source coordinates
    QPointF m_hover;                      // widget position, for the rubber-band line
    int m_presetCursor = -1;
    QList<NamedWindow> m_fileWindows;
    bool m_spacingFromFile = false;
    int m_readoutBits = 16;

    QList<XrayAnnotation> m_annotations;
    QList<int> m_toothTags;

    QAction* m_invertAction = nullptr;
    QAction* m_measureAction = nullptr;
    QAction* m_arrowAction = nullptr;
    QAction* m_textAction = nullptr;
    QAction* m_calibrateAction = nullptr;
    QPointer<QWidget> m_openDialog;
};

} // namespace chairside::ui

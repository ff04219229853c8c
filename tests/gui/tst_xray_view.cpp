#include "XrayView.h"

#include <QAction>
#include <QApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace chairside;
using namespace chairside::ui;

namespace {

// Values that only 16 bits hold (x * 200 + y is never a multiple of 257 for most pixels), so an image that
// went through 8 bits anywhere on the way fails the comparison.
QImage deepGradient(int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale16);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<quint16*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = quint16(x * 200 + y);
    }
    return image;
}

// Columns from 0 to 65535 in equal steps: column x holds x * 257.
QImage fullRangeGradient(int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale16);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<quint16*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = quint16(x * 65535 / (width - 1));
    }
    return image;
}

// Distinct values along both axes, so any wrong rotation or flip moves a value to the wrong place.
QImage asymmetricImage()
{
    QImage image(7, 4, QImage::Format_Grayscale16);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<quint16*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = quint16((y * image.width() + x) * 2000);
    }
    return image;
}

quint16 sourceValue(const XrayImage& image, int x, int y)
{
    return reinterpret_cast<const quint16*>(image.sourcePixels().constScanLine(y))[x];
}

int shown(const XrayView& view, int x, int y)
{
    return view.image().rendered().constScanLine(y)[x];
}

// The window formula written out independently of XrayImage: linear from black at centre - width/2 to white
// at centre + width/2, rounded to the nearest level.
int expectedLevel(double value, double centre, double width, bool inverted = false)
{
    const double low = centre - width / 2.0;
    int level = int(std::lround((value - low) * 255.0 / width));
    level = std::clamp(level, 0, 255);
    return inverted ? 255 - level : level;
}

void sendMouse(QWidget* widget, QEvent::Type type, QPoint position, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, position, widget->mapToGlobal(position), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// A drag with `button` held, sent directly: QTest::mouseMove carries no buttons in Qt 6.
void drag(QWidget* widget, Qt::MouseButton button, QPoint from, QPoint to)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, button, button);
    sendMouse(widget, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, button);
    sendMouse(widget, QEvent::MouseMove, to, Qt::NoButton, button);
    sendMouse(widget, QEvent::MouseButtonRelease, to, button, Qt::NoButton);
}

void click(QWidget* widget, QPointF position)
{
    const QPoint at = position.toPoint();
    sendMouse(widget, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
}

QString writeImage(const QTemporaryDir& dir, const QImage& image, const QByteArray& format)
{
    const QString path = dir.filePath(QStringLiteral("image.") + QString::fromLatin1(format));
    QImageWriter writer(path, format);
    if (!writer.write(image))
        qWarning() << "writing" << format << "failed:" << writer.errorString();
    return path;
}

} // namespace

class TestXrayView : public QObject
{
    Q_OBJECT

    std::unique_ptr<XrayView> m_view;

    XrayView* shownView(const QImage& pixels, QSize size = {600, 400})
    {
        m_view = std::make_unique<XrayView>();
        m_view->resize(size);
        if (auto problem = m_view->setPixels(pixels))
            qWarning() << problem->message;
        m_view->show();
        m_view->activateWindow();
        m_view->setFocus();
        if (!QTest::qWaitForWindowActive(m_view.get()))
            qWarning() << "view window did not become active";
        return m_view.get();
    }

    // A dialog the view opened took the focus; key shortcuts of the view need it back.
    void refocus()
    {
        m_view->activateWindow();
        m_view->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { m_view.reset(); }

    void lookupTableMatchesTheWindowFormula()
    {
        XrayImage image;
        QVERIFY(!image.setPixels(deepGradient(64, 8)));
        image.setWindowLevel({1000, 500});
        const auto& lut = image.lut();
        for (int value : {0, 749, 750, 751, 800, 999, 1000, 1001, 1200, 1249, 1250, 1251, 40000, 65535})
            QCOMPARE(int(lut[value]), expectedLevel(value, 1000, 500));
        QCOMPARE(int(lut[750]), 0);
        QCOMPARE(int(lut[1250]), 255);
        QCOMPARE(int(lut[1000]), 128); // 127.5 rounds up

        image.setInverted(true);
        for (int value : {0, 800, 1000, 1200, 65535})
            QCOMPARE(int(image.lut()[value]), expectedLevel(value, 1000, 500, true));

        // Every rendered pixel is its source value through the table.
        const QImage& rendered = image.rendered();
        QCOMPARE(rendered.format(), QImage::Format_Grayscale8);
        QCOMPARE(rendered.size(), QSize(64, 8));
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 64; ++x)
                QCOMPARE(int(rendered.constScanLine(y)[x]), int(image.lut()[sourceValue(image, x, y)]));
    }

    void lookupTableIsRebuiltOnlyWhenTheWindowOrInvertChanges()
    {
        XrayImage image;
        QVERIFY(!image.setPixels(deepGradient(64, 8)));
        (void)image.rendered();
        const int builds = image.lutBuildCount();
        (void)image.rendered();
        image.setWindowLevel(image.windowLevel());
        image.setInverted(false);
        (void)image.rendered();
        image.rotateClockwise(); // turns the image, not the table
        (void)image.rendered();
        QCOMPARE(image.lutBuildCount(), builds);

        image.setWindowLevel({2000, 300});
        (void)image.rendered();
        QCOMPARE(image.lutBuildCount(), builds + 1);
        image.setInverted(true);
        (void)image.rendered();
        QCOMPARE(image.lutBuildCount(), builds + 2);
    }

    void windowIsClamped()
    {
        XrayImage image;
        image.setWindowLevel({-50, 0});
        QCOMPARE(image.windowLevel().centre, 0.0);
        QCOMPARE(image.windowLevel().width, XrayImage::kMinimumWidth);
        image.setWindowLevel({1e9, 1e9});
        QCOMPARE(image.windowLevel().centre, 65535.0);
        QCOMPARE(image.windowLevel().width, XrayImage::kMaximumWidth);
    }

    void loadsSixteenBitFilesWithoutLosingBits_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("png") << QByteArray("png");
        if (QImageWriter::supportedImageFormats().contains("tiff"))
            QTest::newRow("tiff") << QByteArray("tiff");
        else
            qWarning("No TIFF image plugin (Debian: qt6-image-formats-plugins); 16-bit TIFF not tested");
    }

    void loadsSixteenBitFilesWithoutLosingBits()
    {
        QFETCH(QByteArray, format);
        QTemporaryDir dir;
        const QImage pixels = deepGradient(256, 64);
        const QString path = writeImage(dir, pixels, format);
        // The file really is 16-bit, or this test would prove nothing.
        QCOMPARE(QImageReader(path).read().format(), QImage::Format_Grayscale16);

        XrayView view;
        const Status problem = view.load(path);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        QCOMPARE(view.image().sourceBitDepth(), 16);
        QCOMPARE(view.image().sourceSize(), QSize(256, 64));
        QCOMPARE(view.image().sourcePixels(), pixels);
        QCOMPARE(view.image().minimumValue(), quint16(0));
        QCOMPARE(view.image().maximumValue(), quint16(255 * 200 + 63));
    }

    void eightBitAndColourFilesBecomeSixteenBitGrayscale()
    {
        QTemporaryDir dir;
        QImage gray(16, 16, QImage::Format_Grayscale8);
        gray.fill(128);
        XrayView view;
        QVERIFY(!view.load(writeImage(dir, gray, "png")));
        QCOMPARE(view.image().sourceBitDepth(), 8);
        QCOMPARE(view.image().sourcePixels().format(), QImage::Format_Grayscale16);
        QCOMPARE(sourceValue(view.image(), 5, 5), quint16(128 * 257));
        // An 8-bit file opens as it was saved: full range, so 128 shows as 128.
        QCOMPARE(shown(view, 5, 5), 128);

        QImage colour(16, 16, QImage::Format_RGB32);
        colour.fill(QColor(90, 90, 90));
        QVERIFY(!view.load(writeImage(dir, colour, "jpeg")));
        QCOMPARE(view.image().sourceBitDepth(), 8);
        QVERIFY(qAbs(int(sourceValue(view.image(), 8, 8)) - 90 * 257) <= 3 * 257); // JPEG is lossy

        QVERIFY(view.loadFromData(QByteArray("not an image")).has_value());
        QVERIFY(view.load(dir.filePath(QStringLiteral("missing.png"))).has_value());
    }

    void rightDragChangesWidthHorizontallyAndCentreVertically()
    {
        XrayView* view = shownView(fullRangeGradient(256, 64));
        QSignalSpy changed(view, &XrayView::windowLevelChanged);
        view->setWindowLevel({32767.5, 65535});
        QCOMPARE(changed.size(), 1);
        const int dark = shown(*view, 64, 10);    // value 16448
        const int middle = shown(*view, 128, 10); // value 32896
        const int bright = shown(*view, 192, 10); // value 49344
        QCOMPARE(dark, expectedLevel(16448, 32767.5, 65535));
        QCOMPARE(bright, expectedLevel(49344, 32767.5, 65535));

        // Leftwards narrows the window: the whole range per 512 px, so 256 px halves this one.
        drag(view, Qt::RightButton, {400, 200}, {144, 200});
        QCOMPARE(view->windowLevel().width, 65535.0 / 2);
        QCOMPARE(view->windowLevel().centre, 32767.5);
        QCOMPARE(changed.size(), 3); // live: once per move, not only on release
        QCOMPARE(changed.last().at(1).toDouble(), 65535.0 / 2);
        QCOMPARE(shown(*view, 64, 10), expectedLevel(16448, 32767.5, 65535.0 / 2));
        QCOMPARE(shown(*view, 192, 10), expectedLevel(49344, 32767.5, 65535.0 / 2));
        QVERIFY(shown(*view, 64, 10) < dark);    // more contrast: darks darker
        QVERIFY(shown(*view, 192, 10) > bright); // and brights brighter
        QVERIFY(qAbs(shown(*view, 128, 10) - middle) <= 1);

        // Downwards raises the centre: everything darkens.
        const int middleBefore = shown(*view, 128, 10);
        drag(view, Qt::RightButton, {300, 100}, {300, 164});
        QCOMPARE(view->windowLevel().centre, 32767.5 + 64 * 65535.0 / 512);
        QCOMPARE(view->windowLevel().width, 65535.0 / 2);
        QCOMPARE(shown(*view, 128, 10), expectedLevel(32896, view->windowLevel().centre, 65535.0 / 2));
        QVERIFY(shown(*view, 128, 10) < middleBefore);

        // A drag measured from the press: going back to the start restores the window it began with.
        const WindowLevel before = view->windowLevel();
        sendMouse(view, QEvent::MouseButtonPress, {300, 300}, Qt::RightButton, Qt::RightButton);
        sendMouse(view, QEvent::MouseMove, {380, 250}, Qt::NoButton, Qt::RightButton);
        QVERIFY(view->windowLevel() != before);
        sendMouse(view, QEvent::MouseMove, {300, 300}, Qt::NoButton, Qt::RightButton);
        sendMouse(view, QEvent::MouseButtonRelease, {300, 300}, Qt::RightButton, Qt::NoButton);
        QCOMPARE(view->windowLevel(), before);
    }

    void presetsAndAutoWindowFollowTheData()
    {
        // Half a percent of black and of white outliers around data in 1000..2000, as air and a metal
        // filling.
        QImage pixels(100, 100, QImage::Format_Grayscale16);
        for (int i = 0; i < 10000; ++i) {
            const quint16 value = i < 50 ? 0 : i >= 9950 ? 65535 : quint16(1000 + i % 1001);
            reinterpret_cast<quint16*>(pixels.scanLine(i / 100))[i % 100] = value;
        }
        XrayImage image;
        QVERIFY(!image.setPixels(pixels));
        const WindowLevel automatic = image.autoWindow();
        QVERIFY(automatic.centre - automatic.width / 2 >= 1000);
        QVERIFY(automatic.centre + automatic.width / 2 <= 2000);
        QVERIFY(automatic.width >= 900);
        // 16-bit data opens on the automatic window.
        QCOMPARE(image.windowLevel(), automatic);

        const WindowLevel full = image.presetWindow(XrayImage::Preset::FullRange);
        image.setWindowLevel(full);
        QCOMPARE(int(image.lut()[0]), 0);
        QCOMPARE(int(image.lut()[65535]), 255);
        const double enamel = image.presetWindow(XrayImage::Preset::Enamel).centre;
        const double bone = image.presetWindow(XrayImage::Preset::Bone).centre;
        const double soft = image.presetWindow(XrayImage::Preset::SoftTissue).centre;
        QVERIFY(enamel > bone && bone > soft && soft > 0);
        for (auto preset : XrayImage::presets())
            QVERIFY(!XrayImage::presetName(preset).isEmpty());

        // 12 bits in a 16-bit container: presets follow the data, not the container.
        QImage twelveBit(4096, 1, QImage::Format_Grayscale16);
        for (int x = 0; x < 4096; ++x)
            reinterpret_cast<quint16*>(twelveBit.scanLine(0))[x] = quint16(x);
        QVERIFY(!image.setPixels(twelveBit));
        QCOMPARE(image.presetWindow(XrayImage::Preset::FullRange), (WindowLevel{2047.5, 4095}));
        QCOMPARE(image.presetWindow(XrayImage::Preset::Bone), (WindowLevel{0.6 * 4095, 0.5 * 4095}));
        // An 8-bit image's range is its file's 0..255, however little of it the picture uses.
        QImage eightBit(4, 4, QImage::Format_Grayscale8);
        eightBit.fill(100);
        QVERIFY(!image.setPixels(eightBit));
        QCOMPARE(image.presetWindow(XrayImage::Preset::FullRange), (WindowLevel{32767.5, 65535}));

        // The view's "next preset" key walks the presets and then the automatic window.
        XrayView* view = shownView(pixels);
        view->setWindowLevel({5, 5});
        for (auto preset : XrayImage::presets()) {
            QTest::keyClick(view, Qt::Key_W);
            QCOMPARE(view->windowLevel(), view->image().presetWindow(preset));
        }
        QTest::keyClick(view, Qt::Key_W);
        QCOMPARE(view->windowLevel(), automatic);
    }

    void invertKeyInvertsTheRenderedPixels()
    {
        XrayView* view = shownView(fullRangeGradient(256, 64));
        view->setWindowLevel({30000, 40000});
        QList<int> before;
        for (int x = 0; x < 256; x += 15)
            before.append(shown(*view, x, 3));
        QTest::keyClick(view, Qt::Key_I);
        QVERIFY(view->isInverted());
        auto* action = view->findChild<QAction*>(QStringLiteral("xrayInvertAction"));
        QVERIFY(action && action->isChecked());
        for (int i = 0, x = 0; x < 256; x += 15, ++i)
            QCOMPARE(shown(*view, x, 3), 255 - before.at(i));
        QTest::keyClick(view, Qt::Key_I);
        QVERIFY(!view->isInverted());
        QCOMPARE(shown(*view, 0, 3), before.first());
    }

    void rotateAndFlipKeysTurnTheImage()
    {
        const QImage pixels = asymmetricImage();
        XrayView* view = shownView(pixels);
        view->setWindowLevel({28000, 56000});
        // Qt's own transforms of the first render are the oracle.
        QImage expected = view->image().rendered().copy();
        const QList<std::pair<Qt::Key, QTransform>> steps = {
            {Qt::Key_R, QTransform().rotate(90)},   {Qt::Key_H, QTransform().scale(-1, 1)},
            {Qt::Key_V, QTransform().scale(1, -1)}, {Qt::Key_R, QTransform().rotate(90)},
            {Qt::Key_R, QTransform().rotate(90)},   {Qt::Key_H, QTransform().scale(-1, 1)},
            {Qt::Key_R, QTransform().rotate(90)},   {Qt::Key_V, QTransform().scale(1, -1)},
        };
        for (const auto& [key, transform] : steps) {
            QTest::keyClick(view, key);
            expected = expected.transformed(transform);
            const QImage& rendered = view->image().rendered();
            QCOMPARE(rendered.size(), expected.size());
            QCOMPARE(view->image().orientedSize(), expected.size());
            for (int y = 0; y < rendered.height(); ++y)
                for (int x = 0; x < rendered.width(); ++x)
                    QCOMPARE(int(rendered.constScanLine(y)[x]), qGray(expected.pixel(x, y)));
        }
        // One turn: 7x4 becomes 4x7 and the top-left source pixel goes to the top-right.
        XrayImage image;
        QVERIFY(!image.setPixels(pixels));
        image.setWindowLevel({28000, 56000});
        const int topLeft = image.rendered().constScanLine(0)[0];
        image.rotateClockwise();
        QCOMPARE(image.rendered().size(), QSize(4, 7));
        QCOMPARE(int(image.rendered().constScanLine(0)[3]), topLeft);
        QCOMPARE(image.sourceToOriented().map(QPointF(0.5, 0.5)), QPointF(3.5, 0.5));
    }

    void viewZoomsAroundTheCursorPansAndFits()
    {
        XrayView* view = shownView(fullRangeGradient(256, 64));
        // Fit: the whole image inside, touching one pair of sides, centred.
        QCOMPARE(view->zoom(), 600.0 / 256);
        QCOMPARE(view->sourceToWidget({128, 32}), QPointF(300, 200));

        const QPointF cursor(420, 230);
        const QPointF under = view->widgetToSource(cursor);
        QWheelEvent wheel(cursor, view->mapToGlobal(cursor), {}, {0, 120}, Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QCOMPARE(view->zoom(), 600.0 / 256 * 1.25);
        const QPointF stillUnder = view->widgetToSource(cursor);
        QVERIFY(qAbs(stillUnder.x() - under.x()) < 1e-9 && qAbs(stillUnder.y() - under.y()) < 1e-9);

        const QPointF offset = view->panOffset();
        drag(view, Qt::LeftButton, {100, 100}, {160, 70});
        QCOMPARE(view->panOffset(), offset + QPointF(60, -30));

        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(view->zoom(), 1.0);
        QCOMPARE(view->panOffset(), view->panOffset().toPoint().toPointF()); // whole pixels at 1:1

        QTest::keyClick(view, Qt::Key_F);
        QCOMPARE(view->zoom(), 600.0 / 256);
        QCOMPARE(view->sourceToWidget({128, 32}), QPointF(300, 200));
        // Fitting holds across resizes until the user zooms or pans.
        view->resize(300, 400);
        QTRY_COMPARE(view->zoom(), 300.0 / 256);
    }

    void measuresInPixelsAndInMillimetresOnceCalibrated()
    {
        XrayView* view = shownView(fullRangeGradient(256, 192));
        QSignalSpy added(view, &XrayView::measurementAdded);
        QSignalSpy annotationsChanged(view, &XrayView::annotationsChanged);
        QTest::keyClick(view, Qt::Key_1);
        QTest::keyClick(view, Qt::Key_M);
        QCOMPARE(view->tool(), XrayView::Tool::Measure);

        // A 30-40-50 triangle, clicked at whole widget pixels (1:1, whole-pixel offset: exact source points).
        click(view, view->sourceToWidget({10, 20}));
        QCOMPARE(added.size(), 0);
        click(view, view->sourceToWidget({40, 60}));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(0).toInt(), 0);
        QCOMPARE(added.first().at(1).toDouble(), 50.0);
        QCOMPARE(annotationsChanged.size(), 1);
        QCOMPARE(view->annotations().first(),
                 (XrayAnnotation{XrayAnnotation::Kind::Distance, {10, 20}, {40, 60}, {}}));
        QCOMPARE(view->measurementLabel(0), QStringLiteral("50.0 px"));
        QVERIFY(!view->image().distanceMm({10, 20}, {40, 60}));

        // Points are kept on the anatomy: after a turn and a flip the same pixels measure the same.
        QTest::keyClick(view, Qt::Key_R);
        QTest::keyClick(view, Qt::Key_H);
        QCOMPARE(view->tool(), XrayView::Tool::Measure); // turning the image keeps the tool
        QTest::keyClick(view, Qt::Key_M);                // M toggles it off...
        QCOMPARE(view->tool(), XrayView::Tool::Navigate);
        QTest::keyClick(view, Qt::Key_M); // ...and on again
        QCOMPARE(view->tool(), XrayView::Tool::Measure);
        click(view, view->sourceToWidget({100, 100}));
        click(view, view->sourceToWidget({100, 180}));
        QCOMPARE(added.size(), 2);
        QCOMPARE(view->annotations().at(1).from, QPointF(100, 100));
        QCOMPARE(view->annotations().at(1).to, QPointF(100, 180));
        QCOMPARE(added.last().at(1).toDouble(), 80.0);

        // Calibrate: the first line is 5 mm, so a pixel is 0.1 mm and the second line 8 mm.
        QSignalSpy spacing(view, &XrayView::pixelSpacingChanged);
        QVERIFY(view->calibrate(0, 5.0));
        QCOMPARE(spacing.size(), 1);
        QCOMPARE(*view->image().pixelSpacingMm(), 0.1);
        QCOMPARE(*view->image().distanceMm({100, 100}, {100, 180}), 8.0);
        QCOMPARE(view->measurementLabel(0), QStringLiteral("50.0 px · 5.00 mm"));
        QCOMPARE(view->measurementLabel(1), QStringLiteral("80.0 px · 8.00 mm"));

        // Nonsense calibrations are refused and keep the spacing.
        QVERIFY(!view->calibrate(0, 0.0));
        QVERIFY(!view->calibrate(0, -3.0));
        QVERIFY(!view->calibrate(0, std::nan("")));
        QVERIFY(!view->calibrate(7, 5.0));
        view->addAnnotation({XrayAnnotation::Kind::Arrow, {0, 0}, {10, 10}, {}});
        QVERIFY(!view->calibrate(2, 5.0)); // an arrow is not a measurement
        QVERIFY(!view->setPixelSpacingMm(0));
        QCOMPARE(*view->image().pixelSpacingMm(), 0.1);
        QVERIFY(view->setPixelSpacingMm(0.05));
        QCOMPARE(*view->image().distanceMm({10, 20}, {40, 60}), 2.5);

        // The calibrate command asks for the length of the last measured line (80 px) and applies the answer.
        QTest::keyClick(view, Qt::Key_C);
        auto* dialog = view->findChild<QInputDialog*>(QStringLiteral("xrayCalibrationDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setDoubleValue(20.0);
        dialog->accept();
        QCOMPARE(*view->image().pixelSpacingMm(), 0.25);
        QCOMPARE(view->measurementLabel(1), QStringLiteral("80.0 px · 20.00 mm"));
    }

    void arrowAndTextToolsAddAnnotationsThatRoundTripThroughJson()
    {
        XrayView* view = shownView(fullRangeGradient(256, 192));
        QSignalSpy changed(view, &XrayView::annotationsChanged);
        QTest::keyClick(view, Qt::Key_1);

        QTest::keyClick(view, Qt::Key_A);
        click(view, view->sourceToWidget({20, 30}));
        click(view, view->sourceToWidget({60, 90}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view->annotations().last(),
                 (XrayAnnotation{XrayAnnotation::Kind::Arrow, {20, 30}, {60, 90}, {}}));

        QTest::keyClick(view, Qt::Key_T);
        click(view, view->sourceToWidget({120, 40}));
        auto* dialog = view->findChild<QInputDialog*>(QStringLiteral("xrayTextDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->setTextValue(QStringLiteral("  Caries distal 36?  "));
        dialog->accept();
        refocus();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(
            view->annotations().last(),
            (XrayAnnotation{XrayAnnotation::Kind::Text, {120, 40}, {}, QStringLiteral("Caries distal 36?")}));
        view->addAnnotation({XrayAnnotation::Kind::Distance, {1.25, 2.5}, {100.75, 3}, {}});
        QCOMPARE(changed.size(), 3);

        // Through real JSON text, as it would be saved with the image.
        const QByteArray saved = QJsonDocument(view->annotationsJson()).toJson(QJsonDocument::Compact);
        XrayView other;
        QSignalSpy otherChanged(&other, &XrayView::annotationsChanged);
        QVERIFY(!other.setAnnotationsJson(QJsonDocument::fromJson(saved).array()));
        QCOMPARE(other.annotations(), view->annotations());
        QCOMPARE(otherChanged.size(), 1);
        QCOMPARE(
            QJsonDocument::fromJson(saved).array().at(1).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("text"));

        // A damaged array is refused whole, and what was there stays.
        const auto refused = [&other](const char* json) {
            return other.setAnnotationsJson(QJsonDocument::fromJson(json).array()).has_value();
        };
        QVERIFY(refused(R"([{"kind":"arrow","x1":1,"y1":2,"x2":3,"y2":4},{"kind":"circle","x":1,"y":2}])"));
        QVERIFY(refused(R"([{"kind":"arrow","x1":1,"y1":2,"x2":3}])"));
        QVERIFY(refused(R"([{"kind":"distance","x1":1,"y1":2,"x2":"3","y2":4}])"));
        QVERIFY(refused(R"([{"kind":"text","x":1,"y":2,"text":""}])"));
        QVERIFY(refused(R"([42])"));
        QCOMPARE(other.annotations(), view->annotations());

        // Delete removes the last mark; loading another image forgets them all.
        QTest::keyClick(view, Qt::Key_Escape);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(view->annotations().size(), 2);
        QVERIFY(!view->setPixels(fullRangeGradient(32, 32)));
        QVERIFY(view->annotations().isEmpty());
    }

    void toothTagsAcceptOnlyFdiNumbers()
    {
        XrayView view;
        QSignalSpy changed(&view, &XrayView::toothTagsChanged);
        const QList<int> valid = {11, 18, 21, 28, 31, 38, 41, 48, 51, 55, 61, 65, 71, 75, 81, 85};
        for (int tooth : valid)
            QVERIFY2(XrayView::isValidFdiTooth(tooth), qPrintable(QString::number(tooth)));
        for (int tooth :
             {0, 1, 8, 10, 19, 20, 29, 30, 39, 40, 49, 50, 56, 60, 66, 76, 86, 89, 91, 99, 100, 111, -11})
            QVERIFY2(!XrayView::isValidFdiTooth(tooth), qPrintable(QString::number(tooth)));

        QVERIFY(view.setToothTags({36, 37, 36}));
        QCOMPARE(view.toothTags(), (QList<int>{36, 37}));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!view.setToothTags({46, 49}));
        QVERIFY(!view.addToothTag(19));
        view.setProperty("toothTags", QVariant::fromValue(QList<int>{56}));
        QCOMPARE(view.toothTags(), (QList<int>{36, 37}));
        QCOMPARE(changed.size(), 1);

        QVERIFY(view.setProperty("toothTags", QVariant::fromValue(QList<int>{85, 11})));
        QCOMPARE(view.property("toothTags").value<QList<int>>(), (QList<int>{85, 11}));
        QVERIFY(view.addToothTag(21));
        view.removeToothTag(85);
        QCOMPARE(view.toothTags(), (QList<int>{11, 21}));
        QCOMPARE(changed.size(), 4);
    }

    void controlsAreNamedForTestsAndScreenReaders()
    {
        XrayView* view = shownView(fullRangeGradient(64, 64));
        QCOMPARE(view->objectName(), QStringLiteral("xrayView"));
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY(view->accessibleDescription().contains(QString::number(qRound(view->windowLevel().width))));
        for (QAction* action : view->actions()) {
            QVERIFY(!action->objectName().isEmpty());
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        }
        // Painting every kind of mark, calibrated and tagged, does not trip anything.
        view->setToothTags({11});
        view->setPixelSpacingMm(0.1);
        view->addAnnotation({XrayAnnotation::Kind::Distance, {1, 1}, {30, 30}, {}});
        view->addAnnotation({XrayAnnotation::Kind::Arrow, {1, 1}, {30, 30}, {}});
        view->addAnnotation({XrayAnnotation::Kind::Text, {1, 1}, {}, QStringLiteral("note")});
        const QImage grabbed = view->grab().toImage();
        QCOMPARE(grabbed.size(), view->size() * view->devicePixelRatio());
    }
};

QTEST_MAIN(TestXrayView)
#include "tst_xray_view.moc"

#include "XrayView.h"

#include "services/RecordService.h"

#include <QAction>
#include <QInputDialog>
#include <QJsonObject>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace chairside::ui {

namespace {

const QColor kMeasureColour(0, 220, 255);
const QColor kAnnotationColour(255, 212, 0);

QString kindName(XrayAnnotation::Kind kind)
{
    switch (kind) {
    case XrayAnnotation::Kind::Text:
        return QStringLiteral("text");
    case XrayAnnotation::Kind::Arrow:
        return QStringLiteral("arrow");
    case XrayAnnotation::Kind::Distance:
        return QStringLiteral("distance");
    }
    return {};
}

std::optional<XrayAnnotation::Kind> kindFromName(const QString& name)
{
    for (auto kind :
         {XrayAnnotation::Kind::Text, XrayAnnotation::Kind::Arrow, XrayAnnotation::Kind::Distance})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

std::optional<double> finiteNumber(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

// Overlay text sits on anything from black to white, so it gets a dark plate behind it.
void drawLabel(QPainter& painter, QPointF anchor, const QString& text, const QColor& colour)
{
    const QFontMetricsF metrics(painter.font());
    QRectF box = metrics.boundingRect(text).adjusted(-4, -2, 4, 2);
    box.moveTopLeft(anchor);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(colour);
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

QJsonArray annotationsToJson(const QList<XrayAnnotation>& annotations)
{
    QJsonArray array;
    for (const XrayAnnotation& a : annotations) {
        QJsonObject object{{QStringLiteral("kind"), kindName(a.kind)}};
        if (a.kind == XrayAnnotation::Kind::Text) {
            object.insert(QStringLiteral("x"), a.from.x());
            object.insert(QStringLiteral("y"), a.from.y());
            object.insert(QStringLiteral("text"), a.text);
        } else {
            object.insert(QStringLiteral("x1"), a.from.x());
            object.insert(QStringLiteral("y1"), a.from.y());
            object.insert(QStringLiteral("x2"), a.to.x());
            object.insert(QStringLiteral("y2"), a.to.y());
        }
        array.append(object);
    }
    return array;
}

Result<QList<XrayAnnotation>> annotationsFromJson(const QJsonArray& array)
{
    QList<XrayAnnotation> annotations;
    for (int i = 0; i < array.size(); ++i) {
        const auto bad = [i] {
            return Error::invalid(
                XrayView::tr("Annotation %1 is not a valid text, arrow or distance.").arg(i + 1));
        };
        if (!array.at(i).isObject())
            return bad();
        const QJsonObject object = array.at(i).toObject();
        const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
        if (!kind)
            return bad();
        XrayAnnotation a;
        a.kind = *kind;
        if (a.kind == XrayAnnotation::Kind::Text) {
            const auto x = finiteNumber(object, QStringLiteral("x"));
            const auto y = finiteNumber(object, QStringLiteral("y"));
            a.text = object.value(QStringLiteral("text")).toString();
            if (!x || !y || a.text.isEmpty())
                return bad();
            a.from = {*x, *y};
        } else {
            const auto x1 = finiteNumber(object, QStringLiteral("x1"));
            const auto y1 = finiteNumber(object, QStringLiteral("y1"));
            const auto x2 = finiteNumber(object, QStringLiteral("x2"));
            const auto y2 = finiteNumber(object, QStringLiteral("y2"));
            if (!x1 || !y1 || !x2 || !y2)
                return bad();
            a.from = {*x1, *y1};
            a.to = {*x2, *y2};
        }
        annotations.append(a);
    }
    return annotations;
}

XrayView::XrayView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("xrayView"));
    setAccessibleName(tr("X-ray image"));
    setFocusPolicy(Qt::WheelFocus);
    // Hover moves draw the rubber-band line between a measurement's first click and the cursor.
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setCursor(Qt::OpenHandCursor);
    createActions();
    updateAccessibleDescription();
}

QAction* XrayView::addCommand(const QString& objectName, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Single keys must only act while the viewer has focus, never while someone types into a field elsewhere.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void XrayView::createActions()
{
    connect(addCommand(QStringLiteral("xrayFitAction"), tr("&Fit to window"), QKeySequence(Qt::Key_F)),
            &QAction::triggered, this, &XrayView::fitToWindow);
    connect(
        addCommand(QStringLiteral("xrayActualSizeAction"), tr("&Actual size (1:1)"), QKeySequence(Qt::Key_1)),
        &QAction::triggered, this, &XrayView::showActualSize);
    connect(addCommand(QStringLiteral("xrayZoomInAction"), tr("Zoom &in"), QKeySequence::ZoomIn),
            &QAction::triggered, this, [this] { zoomAround(rect().center(), 1.25); });
    connect(addCommand(QStringLiteral("xrayZoomOutAction"), tr("Zoom &out"), QKeySequence::ZoomOut),
            &QAction::triggered, this, [this] { zoomAround(rect().center(), 1 / 1.25); });

    m_invertAction = addCommand(QStringLiteral("xrayInvertAction"), tr("&Invert"), QKeySequence(Qt::Key_I));
    m_invertAction->setCheckable(true);
    connect(m_invertAction, &QAction::toggled, this, &XrayView::setInverted);
    connect(addCommand(QStringLiteral("xrayRotateAction"), tr("&Rotate clockwise"), QKeySequence(Qt::Key_R)),
            &QAction::triggered, this, &XrayView::rotateClockwise);
    connect(addCommand(QStringLiteral("xrayRotateBackAction"), tr("Rotate &counter-clockwise"),
                       QKeySequence(Qt::SHIFT | Qt::Key_R)),
            &QAction::triggered, this, &XrayView::rotateCounterClockwise);
    connect(addCommand(QStringLiteral("xrayFlipHorizontalAction"), tr("Flip &horizontally"),
                       QKeySequence(Qt::Key_H)),
            &QAction::triggered, this, &XrayView::flipHorizontal);
    connect(
        addCommand(QStringLiteral("xrayFlipVerticalAction"), tr("Flip &vertically"), QKeySequence(Qt::Key_V)),
        &QAction::triggered, this, &XrayView::flipVertical);

    connect(addCommand(QStringLiteral("xrayNextPresetAction"), tr("Next &window preset"),
                       QKeySequence(Qt::Key_W)),
            &QAction::triggered, this, &XrayView::cycleWindowPreset);
    connect(addCommand(QStringLiteral("xrayAutoWindowAction"), tr("A&uto window"),
                       QKeySequence(Qt::SHIFT | Qt::Key_W)),
            &QAction::triggered, this, &XrayView::applyAutoWindow);
    for (const XrayImage::Preset preset : XrayImage::presets()) {
        auto* action = addCommand(QStringLiteral("xrayPresetAction%1").arg(int(preset)),
                                  tr("Window: %1").arg(XrayImage::presetName(preset)), {});
        connect(action, &QAction::triggered, this, [this, preset] { applyPreset(preset); });
    }

    const auto toolAction = [this](const QString& name, const QString& text, Qt::Key key, Tool tool) {
        QAction* action = addCommand(name, text, QKeySequence(key));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, tool](bool on) {
            if (on)
                setTool(tool);
            else if (m_tool == tool)
                setTool(Tool::Navigate);
        });
        return action;
    };
    m_measureAction =
        toolAction(QStringLiteral("xrayMeasureAction"), tr("&Measure distance"), Qt::Key_M, Tool::Measure);
    m_arrowAction = toolAction(QStringLiteral("xrayArrowAction"), tr("Add &arrow"), Qt::Key_A, Tool::Arrow);
    m_textAction = toolAction(QStringLiteral("xrayTextAction"), tr("Add &text"), Qt::Key_T, Tool::Text);
    connect(addCommand(QStringLiteral("xrayNavigateAction"), tr("Stop measuring or annotating"),
                       QKeySequence(Qt::Key_Escape)),
            &QAction::triggered, this, [this] { setTool(Tool::Navigate); });

    m_calibrateAction = addCommand(QStringLiteral("xrayCalibrateAction"),
                                   tr("&Calibrate with the last measurement…"), QKeySequence(Qt::Key_C));
    m_calibrateAction->setEnabled(false);
    connect(m_calibrateAction, &QAction::triggered, this, &XrayView::askForCalibration);
    connect(addCommand(QStringLiteral("xrayTagTeethAction"), tr("Tag &teeth (FDI)…"),
                       QKeySequence(Qt::SHIFT | Qt::Key_T)),
            &QAction::triggered, this, &XrayView::askForTeeth);
    connect(addCommand(QStringLiteral("xrayRemoveLastAction"), tr("Remove the last mark"),
                       QKeySequence(Qt::Key_Delete)),
            &QAction::triggered, this, [this] { removeAnnotation(int(m_annotations.size()) - 1); });
}

Status XrayView::load(const QString& path)
{
    if (Status problem = m_image.load(path))
        return problem;
    imageReplaced();
    return std::nullopt;
}

Status XrayView::loadFromData(const QByteArray& bytes)
{
    if (Status problem = m_image.loadFromData(bytes))
        return problem;
    imageReplaced();
    return std::nullopt;
}

Status XrayView::setPixels(const QImage& image)
{
    if (Status problem = m_image.setPixels(image))
        return problem;
    imageReplaced();
    return std::nullopt;
}

void XrayView::imageReplaced()
{
    setTool(Tool::Navigate);
    m_presetCursor = -1;
    m_fileWindows.clear();
    m_spacingFromFile = false;
    m_readoutBits = 16;
    if (!m_annotations.isEmpty())
        clearAnnotations();
    if (!m_toothTags.isEmpty()) {
        m_toothTags.clear();
        emit toothTagsChanged();
    }
    emit pixelSpacingChanged();
    fitToWindow();
    windowChanged();
}

void XrayView::fitToWindow()
{
    m_fitting = true;
    if (m_image.isNull())
        return;
    const QSizeF size = m_image.orientedSize();
    m_zoom =
        std::clamp(std::min(width() / size.width(), height() / size.height()), kMinimumZoom, kMaximumZoom);
    m_offset = {(width() - size.width() * m_zoom) / 2.0, (height() - size.height() * m_zoom) / 2.0};
    updateAccessibleDescription();
    update();
}

void XrayView::showActualSize()
{
    const QPointF centre = QRectF(rect()).center();
    const QPointF imagePoint = (centre - m_offset) / m_zoom;
    m_zoom = 1.0;
    const QPointF offset = centre - imagePoint;
    m_offset = {std::round(offset.x()), std::round(offset.y())};
    m_fitting = false;
    updateAccessibleDescription();
    update();
}

void XrayView::zoomAround(QPointF anchor, double factor)
{
    const QPointF imagePoint = (anchor - m_offset) / m_zoom;
    m_zoom = std::clamp(m_zoom * factor, kMinimumZoom, kMaximumZoom);
    m_offset = anchor - imagePoint * m_zoom;
    m_fitting = false;
    updateAccessibleDescription();
    update();
}

QTransform XrayView::orientedToWidget() const
{
    return QTransform(m_zoom, 0, 0, m_zoom, m_offset.x(), m_offset.y());
}

QPointF XrayView::sourceToWidget(QPointF sourcePoint) const
{
    return (m_image.sourceToOriented() * orientedToWidget()).map(sourcePoint);
}

QPointF XrayView::widgetToSource(QPointF widgetPoint) const
{
    return (m_image.sourceToOriented() * orientedToWidget()).inverted().map(widgetPoint);
}

void XrayView::setWindowLevel(WindowLevel window)
{
    const WindowLevel before = m_image.windowLevel();
    m_image.setWindowLevel(window);
    if (m_image.windowLevel() != before)
        windowChanged();
}

void XrayView::windowChanged()
{
    const WindowLevel window = m_image.windowLevel();
    emit windowLevelChanged(window.centre, window.width);
    updateAccessibleDescription();
    update();
}

void XrayView::applyPreset(XrayImage::Preset preset)
{
    setWindowLevel(m_image.presetWindow(preset));
}

void XrayView::applyAutoWindow()
{
    setWindowLevel(m_image.autoWindow());
}

void XrayView::setFileWindows(const QList<NamedWindow>& windows)
{
    m_fileWindows = windows;
    m_presetCursor = -1;
}

void XrayView::setReadoutBits(int bits)
{
    m_readoutBits = qBound(1, bits, 16);
    updateAccessibleDescription();
    update();
}

WindowLevel XrayView::readoutWindow() const
{
    const double unit = std::ldexp(1.0, 16 - m_readoutBits);
    const WindowLevel window = m_image.windowLevel();
    return {window.centre / unit, window.width / unit};
}

QString XrayView::readout() const
{
    const WindowLevel window = readoutWindow();
    QString text =
        tr("W %1  C %2  %3%").arg(qRound(window.width)).arg(qRound(window.centre)).arg(qRound(m_zoom * 100));
    if (const auto spacing = m_image.pixelSpacingMm())
        text += m_spacingFromFile
                    ? tr("  %1 mm/px, calibrated by the file").arg(QLocale().toString(*spacing, 'f', 4))
                    : tr("  %1 mm/px").arg(QLocale().toString(*spacing, 'f', 4));
    else
        text += tr("  uncalibrated (px only)");
    return text;
}

QStringList XrayView::windowPresetNames() const
{
    QStringList names;
    for (const NamedWindow& window : m_fileWindows)
        names.append(tr("From the file: %1").arg(window.name));
    for (const XrayImage::Preset preset : XrayImage::presets())
        names.append(XrayImage::presetName(preset));
    names.append(tr("Auto (histogram)"));
    return names;
}

void XrayView::applyWindowPreset(int index)
{
    const QList<XrayImage::Preset> presets = XrayImage::presets();
    const int fileCount = int(m_fileWindows.size());
    if (index < 0 || index > fileCount + presets.size())
        return;
    m_presetCursor = index;
    if (index < fileCount)
        setWindowLevel(m_fileWindows.at(index).window);
    else if (index < fileCount + presets.size())
        applyPreset(presets.at(index - fileCount));
    else
        applyAutoWindow();
    emit windowPresetApplied(index);
}

void XrayView::cycleWindowPreset()
{
    // The file's windows, the built-in presets, then the histogram window, then round again.
    applyWindowPreset((m_presetCursor + 1) % int(windowPresetNames().size()));
}

void XrayView::setInverted(bool inverted)
{
    m_image.setInverted(inverted);
    if (m_invertAction->isChecked() != inverted)
        m_invertAction->setChecked(inverted);
    update();
}

void XrayView::orientationChanged()
{
    if (m_fitting) {
        fitToWindow();
        return;
    }
    // Keep the zoom the reader chose and bring the turned image back to the middle.
    const QSizeF size = m_image.orientedSize();
    m_offset = {std::round((width() - size.width() * m_zoom) / 2.0),
                std::round((height() - size.height() * m_zoom) / 2.0)};
    update();
}

void XrayView::rotateClockwise()
{
    m_image.rotateClockwise();
    orientationChanged();
}

void XrayView::rotateCounterClockwise()
{
    m_image.rotateCounterClockwise();
    orientationChanged();
}

void XrayView::flipHorizontal()
{
    m_image.flipHorizontal();
    orientationChanged();
}

void XrayView::flipVertical()
{
    m_image.flipVertical();
    orientationChanged();
}

void XrayView::setTool(Tool tool)
{
    m_pendingFrom.reset();
    const bool changed = tool != m_tool;
    m_tool = tool;
    for (auto [action, owner] :
         {std::pair{m_measureAction, Tool::Measure}, std::pair{m_arrowAction, Tool::Arrow},
          std::pair{m_textAction, Tool::Text}}) {
        const QSignalBlocker quiet(action);
        action->setChecked(owner == tool);
    }
    setCursor(tool == Tool::Navigate ? Qt::OpenHandCursor : Qt::CrossCursor);
    update();
    if (changed)
        emit toolChanged(tool);
}

void XrayView::addAnnotation(const XrayAnnotation& annotation)
{
    m_annotations.append(annotation);
    m_calibrateAction->setEnabled(true);
    update();
    emit annotationsChanged();
}

void XrayView::removeAnnotation(int index)
{
    if (index < 0 || index >= m_annotations.size())
        return;
    m_annotations.removeAt(index);
    m_calibrateAction->setEnabled(std::any_of(m_annotations.begin(), m_annotations.end(), [](const auto& a) {
        return a.kind == XrayAnnotation::Kind::Distance;
    }));
    update();
    emit annotationsChanged();
}

void XrayView::clearAnnotations()
{
    m_annotations.clear();
    m_calibrateAction->setEnabled(false);
    update();
    emit annotationsChanged();
}

Status XrayView::setAnnotationsJson(const QJsonArray& array)
{
    auto parsed = annotationsFromJson(array);
    if (!parsed)
        return parsed.error();
    m_annotations = std::move(parsed).value();
    m_calibrateAction->setEnabled(std::any_of(m_annotations.begin(), m_annotations.end(), [](const auto& a) {
        return a.kind == XrayAnnotation::Kind::Distance;
    }));
    update();
    emit annotationsChanged();
    return std::nullopt;
}

QString XrayView::measurementLabel(int index) const
{
    if (index < 0 || index >= m_annotations.size() ||
        m_annotations.at(index).kind != XrayAnnotation::Kind::Distance)
        return {};
    const XrayAnnotation& a = m_annotations.at(index);
    const QLocale locale;
    const QString pixels = locale.toString(XrayImage::distancePixels(a.from, a.to), 'f', 1);
    if (const auto mm = m_image.distanceMm(a.from, a.to)) {
        if (m_spacingFromFile)
            return tr("%1 px · %2 mm (calibrated by the file)").arg(pixels, locale.toString(*mm, 'f', 2));
        return tr("%1 px · %2 mm").arg(pixels, locale.toString(*mm, 'f', 2));
    }
    return tr("%1 px").arg(pixels);
}

bool XrayView::calibrate(int index, double knownMm)
{
    if (index < 0 || index >= m_annotations.size() ||
        m_annotations.at(index).kind != XrayAnnotation::Kind::Distance)
        return false;
    const XrayAnnotation& line = m_annotations.at(index);
    if (!m_image.calibrate(line.from, line.to, knownMm))
        return false;
    m_spacingFromFile = false;
    update();
    emit pixelSpacingChanged();
    return true;
}

bool XrayView::setPixelSpacingMm(double millimetresPerPixel)
{
    if (!m_image.setPixelSpacingMm(millimetresPerPixel))
        return false;
    m_spacingFromFile = false;
    update();
    emit pixelSpacingChanged();
    return true;
}

bool XrayView::setPixelSpacingFromFile(double millimetresPerPixel)
{
    if (!setPixelSpacingMm(millimetresPerPixel))
        return false;
    m_spacingFromFile = true;
    update();
    return true;
}

XrayView::Calibration XrayView::calibration() const
{
    if (!m_image.pixelSpacingMm())
        return Calibration::None;
    return m_spacingFromFile ? Calibration::File : Calibration::Manual;
}

void XrayView::drawMarksAtActualSize(QPainter& painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_annotations.size(); ++i)
        drawAnnotation(painter, m_annotations.at(i), i, m_image.sourceToOriented());
}

QImage XrayView::renderedWithMarks() const
{
    if (m_image.isNull())
        return {};
    QImage image = m_image.rendered().convertToFormat(QImage::Format_RGB32);
    QPainter painter(&image);
    drawMarksAtActualSize(painter);
    return image;
}

QImage XrayView::marksLayer() const
{
    if (m_image.isNull())
        return {};
    QImage layer(m_image.orientedSize(), QImage::Format_ARGB32);
    layer.fill(Qt::transparent);
    QPainter painter(&layer);
    drawMarksAtActualSize(painter);
    return layer;
}

void XrayView::askForCalibration()
{
    int index = int(m_annotations.size()) - 1;
    while (index >= 0 && m_annotations.at(index).kind != XrayAnnotation::Kind::Distance)
        --index;
    if (index < 0)
        return;
    if (m_openDialog)
        m_openDialog->close();
    // open(), not exec(): no nested event loop, and a test can answer the dialog by its objectName.
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("xrayCalibrationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Calibrate"));
    dialog->setLabelText(
        tr("Known length of the last measured line (%1), in mm:").arg(measurementLabel(index)));
    dialog->setInputMode(QInputDialog::DoubleInput);
    dialog->setDoubleRange(0.01, 1000.0);
    dialog->setDoubleDecimals(2);
    const XrayAnnotation& line = m_annotations.at(index);
    dialog->setDoubleValue(m_image.distanceMm(line.from, line.to).value_or(10.0));
    const XrayAnnotation measured = line;
    connect(dialog, &QInputDialog::doubleValueSelected, this, [this, measured](double mm) {
        // The list may have changed while the dialog was open; calibrate the line that was asked about.
        const int at = int(m_annotations.indexOf(measured));
        if (at >= 0)
            calibrate(at, mm);
    });
    m_openDialog = dialog;
    dialog->open();
}

void XrayView::askForTeeth()
{
    if (m_openDialog)
        m_openDialog->close();
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("xrayTeethDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Tag teeth"));
    dialog->setLabelText(tr("FDI tooth numbers on this image, separated by commas (e.g. 36, 37):"));
    QStringList numbers;
    for (int tooth : m_toothTags)
        numbers.append(QString::number(tooth));
    dialog->setTextValue(numbers.join(QStringLiteral(", ")));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        // Core reads the list the way records store it (any of ", ; " between numbers, FDI checked).
        const std::optional<QString> normalized = RecordService::normalizeTeeth(text);
        QList<int> teeth;
        for (const QString& tooth :
             normalized.value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts))
            teeth.append(tooth.toInt());
        if (!normalized || !setToothTags(teeth))
            emit notice(tr("\"%1\" are not FDI tooth numbers (11-48, 51-85); the tags were not changed.")
                            .arg(text.trimmed()));
    });
    m_openDialog = dialog;
    dialog->open();
}

void XrayView::askForText(QPointF sourcePoint)
{
    if (m_openDialog)
        m_openDialog->close();
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("xrayTextDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add text"));
    dialog->setLabelText(tr("Text:"));
    dialog->setInputMode(QInputDialog::TextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, sourcePoint](const QString& text) {
        if (!text.trimmed().isEmpty())
            addAnnotation({XrayAnnotation::Kind::Text, sourcePoint, {}, text.trimmed()});
    });
    m_openDialog = dialog;
    dialog->open();
}

bool XrayView::isValidFdiTooth(int number)
{
    // The one FDI rule lives in core, where records validate their tooth numbers.
    const auto normalized = RecordService::normalizeTeeth(QString::number(number));
    return normalized && !normalized->isEmpty();
}

bool XrayView::setToothTags(const QList<int>& teeth)
{
    if (!std::all_of(teeth.begin(), teeth.end(), &XrayView::isValidFdiTooth))
        return false;
    QList<int> unique;
    for (int tooth : teeth)
        if (!unique.contains(tooth))
            unique.append(tooth);
    if (unique != m_toothTags) {
        m_toothTags = unique;
        update();
        emit toothTagsChanged();
    }
    return true;
}

bool XrayView::addToothTag(int tooth)
{
    if (!isValidFdiTooth(tooth))
        return false;
    if (!m_toothTags.contains(tooth)) {
        m_toothTags.append(tooth);
        update();
        emit toothTagsChanged();
    }
    return true;
}

void XrayView::removeToothTag(int tooth)
{
    if (m_toothTags.removeAll(tooth) > 0) {
        update();
        emit toothTagsChanged();
    }
}

void XrayView::clickWithTool(QPointF widgetPoint)
{
    const QPointF point = widgetToSource(widgetPoint);
    if (m_tool == Tool::Text) {
        askForText(point);
        return;
    }
    if (!m_pendingFrom) {
        m_pendingFrom = point;
        m_hover = widgetPoint;
        update();
        return;
    }
    const XrayAnnotation annotation{m_tool == Tool::Measure ? XrayAnnotation::Kind::Distance
                                                            : XrayAnnotation::Kind::Arrow,
                                    *m_pendingFrom,
                                    point,
                                    {}};
    m_pendingFrom.reset();
    // A second click on the first point is a slip, not a zero-length line.
    if (annotation.from == annotation.to) {
        update();
        return;
    }
    addAnnotation(annotation);
    if (annotation.kind == XrayAnnotation::Kind::Distance)
        emit measurementAdded(int(m_annotations.size()) - 1,
                              XrayImage::distancePixels(annotation.from, annotation.to));
}

void XrayView::mousePressEvent(QMouseEvent* event)
{
    if (m_image.isNull() || m_drag != Drag::None)
        return;
    m_pressPosition = event->position();
    if (event->button() == Qt::RightButton) {
        m_drag = Drag::Window;
        m_windowAtPress = m_image.windowLevel();
    } else if (event->button() == Qt::MiddleButton ||
               (event->button() == Qt::LeftButton && m_tool == Tool::Navigate)) {
        m_drag = Drag::Pan;
        m_offsetAtPress = m_offset;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        clickWithTool(event->position());
    }
    event->accept();
}

void XrayView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF moved = event->position() - m_pressPosition;
    if (m_drag == Drag::Pan) {
        m_offset = m_offsetAtPress + moved;
        m_fitting = false;
        update();
    } else if (m_drag == Drag::Window) {
        // Measured from the press, not from the last move, so a drag back to the start restores the window.
        const double range = std::max(1.0, m_image.rangeHigh() - m_image.rangeLow());
        const double perPixel = range / kWindowDragPixelsPerRange;
        setWindowLevel(
            {m_windowAtPress.centre + moved.y() * perPixel, m_windowAtPress.width + moved.x() * perPixel});
    } else if (m_pendingFrom) {
        m_hover = event->position();
        update();
    }
    event->accept();
}

void XrayView::mouseReleaseEvent(QMouseEvent* event)
{
    const bool ends = (m_drag == Drag::Window && event->button() == Qt::RightButton) ||
                      (m_drag == Drag::Pan && event->button() != Qt::RightButton);
    if (ends) {
        m_drag = Drag::None;
        setCursor(m_tool == Tool::Navigate ? Qt::OpenHandCursor : Qt::CrossCursor);
        updateAccessibleDescription();
        update();
    }
    event->accept();
}

void XrayView::wheelEvent(QWheelEvent* event)
{
    // 120 units is one notch; touchpads send fractions of it, which zoom by fractions of a step.
    const double notches = event->angleDelta().y() / 120.0;
    if (m_image.isNull() || notches == 0.0) {
        event->ignore();
        return;
    }
    zoomAround(event->position(), std::pow(1.25, notches));
    event->accept();
}

void XrayView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fitting)
        fitToWindow();
}

void XrayView::updateAccessibleDescription()
{
    if (m_image.isNull()) {
        setAccessibleDescription(tr("No image"));
        return;
    }
    const WindowLevel window = readoutWindow();
    setAccessibleDescription(tr("Window centre %1, width %2; zoom %3%")
                                 .arg(qRound(window.centre))
                                 .arg(qRound(window.width))
                                 .arg(qRound(m_zoom * 100)));
}

void XrayView::drawAnnotation(QPainter& painter, const XrayAnnotation& annotation, int index,
                              const QTransform& sourceToTarget) const
{
    const QPointF from = sourceToTarget.map(annotation.from);
    switch (annotation.kind) {
    case XrayAnnotation::Kind::Text:
        drawLabel(painter, from, annotation.text, kAnnotationColour);
        return;
    case XrayAnnotation::Kind::Arrow: {
        const QPointF to = sourceToTarget.map(annotation.to);
        painter.setPen(QPen(kAnnotationColour, 2));
        painter.drawLine(from, to);
        // A head of fixed screen size, so the arrow reads the same at any zoom.
        const double angle = std::atan2(from.y() - to.y(), from.x() - to.x());
        constexpr double kSpread = 0.45;
        constexpr double kLength = 12.0;
        for (double side : {-kSpread, kSpread})
            painter.drawLine(
                to, to + QPointF(std::cos(angle + side) * kLength, std::sin(angle + side) * kLength));
        return;
    }
    case XrayAnnotation::Kind::Distance: {
        const QPointF to = sourceToTarget.map(annotation.to);
        painter.setPen(QPen(kMeasureColour, 2));
        painter.drawLine(from, to);
        // End ticks show exactly where the line was clicked.
        const QPointF along = to - from;
        const double length = std::hypot(along.x(), along.y());
        if (length > 0) {
            const QPointF across(-along.y() / length * 5, along.x() / length * 5);
            painter.drawLine(from - across, from + across);
            painter.drawLine(to - across, to + across);
        }
        drawLabel(painter, (from + to) / 2 + QPointF(6, 6), measurementLabel(index), kMeasureColour);
        return;
    }
    }
}

void XrayView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_image.isNull()) {
        painter.setPen(Qt::gray);
        painter.drawText(rect(), Qt::AlignCenter, tr("No image"));
        return;
    }

    painter.save();
    painter.setTransform(orientedToWidget());
    // Smooth when shrinking (aliasing hides fine lines); whole pixels when enlarging, so what a reader sees
    // at high zoom is the data, not an interpolation of it. During a right-drag, unfiltered scaling keeps up
    // with the mouse (see bench_window_level); the release repaints smoothly.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 2.0 && m_drag != Drag::Window);
    painter.drawImage(QPointF(0, 0), m_image.rendered());
    painter.restore();

    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_annotations.size(); ++i)
        drawAnnotation(painter, m_annotations.at(i), i, m_image.sourceToOriented() * orientedToWidget());
    if (m_pendingFrom) {
        painter.setPen(QPen(m_tool == Tool::Measure ? kMeasureColour : kAnnotationColour, 1, Qt::DashLine));
        painter.drawLine(sourceToWidget(*m_pendingFrom), m_hover);
    }

    const QFontMetricsF metrics(painter.font());
    drawLabel(painter, QPointF(6, height() - metrics.height() - 10), readout(), Qt::white);
    if (!m_toothTags.isEmpty()) {
        QStringList teeth;
        for (int tooth : m_toothTags)
            teeth.append(QString::number(tooth));
        drawLabel(painter, QPointF(6, 6), tr("Teeth %1").arg(teeth.join(QStringLiteral(", "))), Qt::white);
    }
}

} // namespace chairside::ui

#include "XrayWindow.h"

#include "ErrorText.h"
#include "XrayView.h"
#include "auth/Permissions.h"
#include "dicom/XrayPng.h"

#include <QBitArray>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStatusBar>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

QList<int> teethFrom(const QString& toothNumbers)
{
    QList<int> teeth;
    for (const QString& tooth : toothNumbers.split(QLatin1Char(','), Qt::SkipEmptyParts))
        teeth.append(tooth.trimmed().toInt());
    return teeth;
}

QString teethList(const QList<int>& teeth)
{
    QStringList numbers;
    for (int tooth : teeth)
        numbers.append(QString::number(tooth));
    return numbers.join(QStringLiteral(", "));
}

// Puts an image's saved marks on a view; a damaged mark list is left off (and said) rather than half-shown.
QString applyMarks(XrayView* view, const ImageMarks& marks)
{
    view->setToothTags(teethFrom(marks.toothNumbers));
    if (marks.pixelSpacingMm)
        view->setPixelSpacingMm(*marks.pixelSpacingMm);
    if (Status problem = view->setAnnotationsJson(marks.annotations))
        return problem->message;
    return {};
}

} // namespace

XrayWindow::XrayWindow(Services& services, Actor actor, QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_comparisonPane(new QWidget)
    , m_earlierPicker(new QComboBox)
    , m_presetPicker(new QComboBox)
    , m_comparison(new XrayView)
    , m_view(new XrayView)
    , m_teeth(new QLabel)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("xrayWindow"));
    setWindowTitle(tr("X-ray"));

    m_earlierPicker->setObjectName(QStringLiteral("xrayEarlierPicker"));
    m_earlierPicker->setAccessibleName(tr("Earlier image to compare with"));
    m_comparison->setObjectName(QStringLiteral("xrayComparisonView"));
    m_comparison->setAccessibleName(tr("Earlier X-ray image"));
    m_comparison->setToolTip(tr("Marks made on the earlier image are not saved."));
    auto* paneLayout = new QVBoxLayout(m_comparisonPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_earlierPicker);
    paneLayout->addWidget(m_comparison, 1);
    m_comparisonPane->setObjectName(QStringLiteral("xrayComparisonPane"));
    m_comparisonPane->hide();
    m_splitter->addWidget(m_comparisonPane);
    m_splitter->addWidget(m_view);
    setCentralWidget(m_splitter);

    auto* tools = addToolBar(tr("X-ray tools"));
    tools->setObjectName(QStringLiteral("xrayToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions(m_view->actions());
    m_compareAction = new QAction(tr("&Compare with an earlier image"), this);
    m_compareAction->setObjectName(QStringLiteral("xrayCompareAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_C));
    m_compareAction->setCheckable(true);
    addAction(m_compareAction);
    tools->addAction(m_compareAction);
    connect(m_compareAction, &QAction::toggled, this, &XrayWindow::setComparisonShown);
    auto* exportAction = new QAction(tr("E&xport image…"), this);
    exportAction->setObjectName(QStringLiteral("xrayExportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    addAction(exportAction);
    tools->addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &XrayWindow::askExportPath);

    // The window presets, the image file's own first (W cycles through the same list).
    m_presetPicker->setObjectName(QStringLiteral("xrayPresetPicker"));
    m_presetPicker->setAccessibleName(tr("Window preset"));
    m_presetPicker->setToolTip(tr("Window preset (W: next)"));
    tools->addWidget(m_presetPicker);
    connect(m_presetPicker, &QComboBox::activated, m_view, &XrayView::applyWindowPreset);
    connect(m_view, &XrayView::windowPresetApplied, this, [this](int index) {
        const QSignalBlocker quiet(m_presetPicker);
        m_presetPicker->setCurrentIndex(index);
    });

    m_teeth->setObjectName(QStringLiteral("xrayTeeth"));
    m_teeth->setAccessibleName(tr("Teeth on this image"));
    m_status->setObjectName(QStringLiteral("xrayStatus"));
    m_status->setAccessibleName(tr("Saving state of the marks"));
    statusBar()->addWidget(m_teeth);
    statusBar()->addWidget(m_status, 1);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &XrayWindow::saveMarks);
    connect(m_view, &XrayView::toothTagsChanged, this, &XrayWindow::updateTeeth);
    for (auto signal :
         {&XrayView::annotationsChanged, &XrayView::toothTagsChanged, &XrayView::pixelSpacingChanged})
        connect(m_view, signal, this, &XrayWindow::marksChanged);
    connect(m_view, &XrayView::notice, this, [this](const QString& message) { showStatus(message, true); });
    connect(m_earlierPicker, &QComboBox::currentIndexChanged, this, &XrayWindow::showEarlierImage);
    updateTeeth();
    resize(1000, 750);
}

XrayWindow::~XrayWindow()
{
    // The chart going away (sign-out, another patient) must not take unsaved marks with it.
    if (m_unsaved)
        saveMarks();
}

Status XrayWindow::showRecordImage(const QVariantMap& image, const QString& caption)
{
    const QString imageId = image.value(QStringLiteral("id")).toString();
    auto bytes = m_services.records.imageBytes(image.value(QStringLiteral("sha256")).toString());
    if (!bytes)
        return bytes.error();
    auto marks = m_services.records.imageMarks(m_actor, imageId);
    if (!marks)
        return marks.error();
    if (m_unsaved && !saveMarks())
        return Error::unavailable(tr("The marks on the image shown could not be saved, so it stays open."));

    m_loading = true; // loading and putting the saved marks on are not changes of the reader's
    Status problem = m_view->loadFromData(*bytes);
    const QString damaged = problem ? QString() : applyMarks(m_view, *marks);
    if (!problem) {
        showAsTheFileAsks(m_view, XrayPng::header(*bytes));
        fillPresetPicker();
    }
    m_loading = false;
    if (problem)
        return problem;
    m_imageId = imageId;
    setWindowTitle(tr("X-ray — %1").arg(caption));
    updateTeeth();
    if (!damaged.isEmpty())
        showStatus(tr("The saved marks of this image are damaged and not shown: %1").arg(damaged), true);
    else if (!allows(m_actor.role, Permission::WriteRecords))
        showStatus(tr("Marks you make on this image are not saved."), false);
    else
        showStatus({}, false);
    if (isComparisonShown())
        loadEarlierImages();
    m_view->setFocus();
    return std::nullopt;
}

void XrayWindow::showAsTheFileAsks(XrayView* view, const std::optional<DicomXray>& header)
{
    // An image imported from DICOM carries its header: its windows become the first presets (the first is
    // how the file asks to be shown), the readout is in the file's own bits, and a spacing still the file's
    // is labelled as the file's.
    if (!header)
        return;
    view->setReadoutBits(header->bitsStored);
    QList<XrayView::NamedWindow> windows;
    for (const DicomWindow& window : header->windows)
        windows.append(
            {window.explanation.isEmpty() ? tr("window %1").arg(windows.size() + 1) : window.explanation,
             {window.centre, window.width}});
    view->setFileWindows(windows);
    if (!windows.isEmpty())
        view->applyWindowPreset(0);
    const auto spacing = view->image().pixelSpacingMm();
    if (header->pixelSpacingMm && spacing && qFuzzyCompare(*spacing, *header->pixelSpacingMm))
        view->setPixelSpacingFromFile(*spacing);
}

void XrayWindow::fillPresetPicker()
{
    const QSignalBlocker quiet(m_presetPicker);
    m_presetPicker->clear();
    m_presetPicker->addItems(m_view->windowPresetNames());
    m_presetPicker->setCurrentIndex(m_view->fileWindows().isEmpty() ? -1 : 0);
}

void XrayWindow::askExportPath()
{
    if (m_imageId.isEmpty())
        return;
    const QString png = tr("PNG image (*.png)");
    QString chosenFilter = png;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the image"), {}, png + QStringLiteral(";;") + tr("DICOM (*.dcm)"), &chosenFilter);
    if (path.isEmpty())
        return;
    // A name typed without a suffix gets the chosen format's (the suffix is what decides the format).
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == png ? QStringLiteral(".png") : QStringLiteral(".dcm");
    if (Status problem = exportImage(path))
        showStatus(tr("The image is not exported: %1").arg(errorText(*problem)), true);
    else
        showStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

Status XrayWindow::exportImage(const QString& path)
{
    const XrayImage& image = m_view->image();
    if (image.isNull() || m_imageId.isEmpty())
        return Error::invalid(tr("There is no image to export."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("dcm") && suffix != QLatin1String("dicom")) {
        // The X-ray leaves the station as a PNG too: recorded as the DICOM export is.
        auto allowed =
            m_services.records.imageDetails(m_actor, m_imageId, QStringLiteral("record_images.export"));
        if (!allowed)
            return allowed.error();
        QImageWriter writer(path, "png");
        if (!writer.write(m_view->renderedWithMarks()))
            return Error::unavailable(writer.errorString());
        return std::nullopt;
    }

    if (image.isInverted())
        return Error::invalid(
            tr("Turn Invert off before exporting as DICOM: the file would show it the other "
               "way round."));
    // DICOM: every bit of the turned pixels; the window shown first, then the file's own; the marks as
    // an overlay (a pixel is in it where a mark is drawn at all).
    const QImage& pixels = image.orientedPixels();
    DicomXray out;
    out.rows = pixels.height();
    out.columns = pixels.width();
    out.pixels.resize(size_t(out.rows) * size_t(out.columns));
    for (int y = 0; y < out.rows; ++y)
        std::copy_n(reinterpret_cast<const quint16*>(pixels.constScanLine(y)), out.columns,
                    out.pixels.data() + size_t(y) * size_t(out.columns));
    const WindowLevel shown = image.windowLevel();
    out.windows.append({shown.centre, shown.width, tr("As exported")});
    for (const XrayView::NamedWindow& window : m_view->fileWindows())
        out.windows.append({window.window.centre, window.window.width, window.name});
    out.pixelSpacingMm = image.pixelSpacingMm();
    const QImage marks = m_view->marksLayer();
    QBitArray overlay(qsizetype(out.rows) * out.columns);
    for (int y = 0; y < out.rows; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(marks.constScanLine(y));
        for (int x = 0; x < out.columns; ++x)
            if (qAlpha(line[x]) > 0)
                overlay.setBit(qsizetype(y) * out.columns + x);
    }
    return m_services.dicom.exportDicom(m_actor, m_imageId, out, overlay, path);
}

void XrayWindow::marksChanged()
{
    if (m_loading || m_imageId.isEmpty() || !allows(m_actor.role, Permission::WriteRecords))
        return;
    m_unsaved = true;
    showStatus(tr("Saving marks…"), false);
    m_saveTimer.start();
}

bool XrayWindow::saveMarks()
{
    m_saveTimer.stop();
    if (!m_unsaved)
        return true;
    QStringList teeth;
    for (int tooth : m_view->toothTags())
        teeth.append(QString::number(tooth));
    const ImageMarks marks{teeth.join(QLatin1Char(',')), m_view->annotationsJson(),
                           m_view->image().pixelSpacingMm()};
    if (Status problem = m_services.records.saveImageMarks(m_actor, m_imageId, marks)) {
        showStatus(tr("The marks are not saved: %1").arg(errorText(*problem)), true);
        return false;
    }
    m_unsaved = false;
    showStatus(tr("Marks saved."), false);
    return true;
}

void XrayWindow::closeEvent(QCloseEvent* event)
{
    // A failed save keeps the window open with the reason shown, rather than losing the marks.
    if (!saveMarks()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void XrayWindow::setComparisonShown(bool shown)
{
    m_compareAction->setChecked(shown);
    m_comparisonPane->setVisible(shown);
    if (shown)
        loadEarlierImages();
}

bool XrayWindow::isComparisonShown() const
{
    return m_compareAction->isChecked();
}

void XrayWindow::loadEarlierImages()
{
    m_earlier.clear();
    if (!m_imageId.isEmpty()) {
        auto earlier = m_services.records.earlierImages(m_actor, m_imageId);
        if (!earlier)
            showStatus(tr("The earlier images cannot be read: %1").arg(errorText(earlier.error())), true);
        else
            m_earlier = *earlier;
    }
    const QSignalBlocker quiet(m_earlierPicker);
    m_earlierPicker->clear();
    for (const QVariantMap& image : std::as_const(m_earlier)) {
        const QList<int> teeth = teethFrom(image.value(QStringLiteral("tooth_numbers")).toString());
        const QString day = dayOf(image.value(QStringLiteral("start_at")).toString());
        m_earlierPicker->addItem(teeth.isEmpty() ? day : tr("%1, teeth %2").arg(day, teethList(teeth)));
    }
    m_earlierPicker->setEnabled(!m_earlier.isEmpty());
    m_comparison->setVisible(!m_earlier.isEmpty()); // rather than the last patient's image
    if (m_earlier.isEmpty()) {
        m_earlierPicker->addItem(tr("No earlier image of these teeth"));
        return;
    }
    m_earlierPicker->setCurrentIndex(0);
    showEarlierImage(0);
}

void XrayWindow::showEarlierImage(int index)
{
    if (index < 0 || index >= m_earlier.size())
        return;
    const QVariantMap& image = m_earlier.at(index);
    auto bytes = m_services.records.imageBytes(image.value(QStringLiteral("sha256")).toString());
    if (!bytes) {
        showStatus(tr("The earlier image cannot be read: %1").arg(errorText(bytes.error())), true);
        return;
    }
    if (Status problem = m_comparison->loadFromData(*bytes)) {
        showStatus(tr("The earlier image cannot be shown: %1").arg(errorText(*problem)), true);
        return;
    }
    if (auto marks = m_services.records.imageMarks(m_actor, image.value(QStringLiteral("id")).toString()))
        applyMarks(m_comparison, *marks);
    showAsTheFileAsks(m_comparison, XrayPng::header(*bytes));
}

void XrayWindow::updateTeeth()
{
    const QList<int> teeth = m_view->toothTags();
    m_teeth->setText(teeth.isEmpty() ? tr("No teeth tagged") : tr("Teeth (FDI): %1").arg(teethList(teeth)));
}

void XrayWindow::showStatus(const QString& message, bool problem)
{
    showInline(m_status, message, problem);
}

QString XrayWindow::dayOf(const QString& isoUtc) const
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return at.isValid() ? at.toTimeZone(m_services.schedule.timeZone()).toString(QStringLiteral("yyyy-MM-dd"))
                        : isoUtc;
}

} // namespace chairside::ui

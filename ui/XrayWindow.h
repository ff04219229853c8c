#pragma once

#include "Error.h"
#include "dicom/DicomFile.h"
#include "services/Services.h"

#include <QMainWindow>
#include <QTimer>
#include <optional>

class QComboBox;
class QLabel;
class QSplitter;

namespace chairside::ui {

class XrayView;

// A window of its own around one XrayView, for reading an image of a patient's record: the viewer's commands
// in a toolbar, the image's FDI teeth in the title, on the image and in the status bar. Separate from the
// chart so a dentist can keep the image on a second screen next to the notes.
//
// Teeth, marks and calibration are saved with the image as they are made: a second after the last change,
// and at once before another image is shown or the window closes. A dentist never has to remember to save,
// and a close never asks a question. "Compare" shows an earlier image of the same teeth beside this one.
class XrayWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int kSaveDelayMs = 1000;

    XrayWindow(Services& services, Actor actor, QWidget* parent = nullptr);
    ~XrayWindow() override;

    // Shows a row of RecordView::images with its saved teeth, marks and calibration. On failure the window
    // keeps what it showed and the error says why.
    Status showRecordImage(const QVariantMap& image, const QString& caption);
    QString imageId() const { return m_imageId; }
    XrayView* view() const { return m_view; }
    XrayView* comparisonView() const { return m_comparison; }

    bool hasUnsavedMarks() const { return m_unsaved; }
    // Saves pending marks now; false (and the reason in the status bar) when they could not be saved.
    bool saveMarks();

    // Writes the image as shown (turned, through the current window for PNG) with its marks: a PNG by
    // default, DICOM for a .dcm or .dicom name (all 16 bits, the windows, the calibration, the marks as an
    // overlay). Ctrl+Shift+E asks for the name.
    Status exportImage(const QString& path);
    QComboBox* presetPicker() const { return m_presetPicker; }

    // Shows or hides the earlier images of the same teeth beside the current one.
    void setComparisonShown(bool shown);
    bool isComparisonShown() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void marksChanged();
    void askExportPath();
    // Shows `view`'s image as its DICOM header (none for another image) asks: windows, readout, calibration.
    void showAsTheFileAsks(XrayView* view, const std::optional<DicomXray>& header);
    void fillPresetPicker();
    void loadEarlierImages();
    void showEarlierImage(int index);
    void updateTeeth();
    void showStatus(const QString& message, bool problem);
    QString dayOf(const QString& isoUtc) const;

    Services& m_services;
    Actor m_actor;
    QString m_imageId;
    bool m_loading = false;
    bool m_unsaved = false;
    QTimer m_saveTimer;

    QSplitter* m_splitter;
    QWidget* m_comparisonPane;
    QComboBox* m_earlierPicker;
    QComboBox* m_presetPicker;
    XrayView* m_comparison;
    XrayView* m_view;
    QLabel* m_teeth;
    QLabel* m_status;
    QAction* m_compareAction;
    QList<QVariantMap> m_earlier;
};

} // namespace chairside::ui

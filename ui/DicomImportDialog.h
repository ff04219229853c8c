#pragma once

#include "Error.h"
#include "dicom/DicomFile.h"
#include "services/Services.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace chairside::ui {

// Imports a DICOM X-ray into a patient's visit, with the user confirming whose it is: the file's header is
// shown beside the patients it may name (DicomImportService::candidates, best first; a likely one is
// preselected), the user picks the patient and the visit and ticks that the X-ray shows that patient, and
// only then can Import run. Keyboard: Alt+F file, Alt+P patients, Alt+V visit, Alt+T teeth, Alt+X confirm,
// Enter imports.
class DicomImportDialog : public QDialog
{
    Q_OBJECT
public:
    DicomImportDialog(Services& services, Actor actor, QWidget* parent = nullptr);

    // Reads the file and lists the candidates; on failure the dialog says why and stays empty.
    Status openFile(const QString& path);
    // The import (as the Import button does); answers the stored image row.
    Result<QVariantMap> importChosen();

signals:
    void imported(const QString& patientId, const QVariantMap& image);

private:
    void chooseFile();
    void patientChosen();
    void updateImportButton();
    void showProblem(const QString& message);
    QString chosenPatientId() const;

    Services& m_services;
    Actor m_actor;
    std::optional<DicomXray> m_image;
    QLineEdit* m_path;
    QLabel* m_header;
    QListWidget* m_candidates;
    QComboBox* m_visits;
    QLineEdit* m_teeth;
    QCheckBox* m_confirm;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
};

} // namespace chairside::ui

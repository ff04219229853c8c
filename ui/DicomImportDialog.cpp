#include "DicomImportDialog.h"

#include "AppointmentDayModel.h"
#include "DisplayText.h"
#include "ErrorText.h"
#include "domain/Fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

constexpr int kPatientIdRole = Qt::UserRole;
constexpr int kScoreRole = Qt::UserRole + 1;

// As the chart names a patient.
QString patientName(const QVariantMap& patient)
{
    return personName(fieldText(patient, QStringLiteral("first_name")),
                      fieldText(patient, QStringLiteral("last_name")),
                      fieldText(patient, QStringLiteral("name")));
}

} // namespace

DicomImportDialog::DicomImportDialog(Services& services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_path(new QLineEdit)
    , m_header(plainLabel()) // the file's words, shown as written, never as markup
    , m_candidates(new QListWidget)
    , m_visits(new QComboBox)
    , m_teeth(new QLineEdit)
    , m_confirm(new QCheckBox(tr("This &X-ray shows the patient chosen above")))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("dicomImportDialog"));
    setWindowTitle(tr("Import a DICOM X-ray"));

    m_path->setObjectName(QStringLiteral("dicomPath"));
    m_path->setPlaceholderText(tr("A DICOM file (.dcm); Enter reads it"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("dicomBrowse"));
    connect(browse, &QPushButton::clicked, this, &DicomImportDialog::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { openFile(m_path->text().trimmed()); });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_header->setObjectName(QStringLiteral("dicomHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_candidates->setObjectName(QStringLiteral("dicomCandidates"));
    m_candidates->setAccessibleName(tr("Patients the file may name, best match first"));
    m_visits->setObjectName(QStringLiteral("dicomVisits"));
    m_visits->setAccessibleName(tr("Visit to put the X-ray in"));
    m_teeth->setObjectName(QStringLiteral("dicomTeeth"));
    m_teeth->setPlaceholderText(tr("FDI numbers, e.g. 36, 37 (optional)"));
    m_confirm->setObjectName(QStringLiteral("dicomConfirm"));
    m_problem->setObjectName(QStringLiteral("dicomProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("dicomImportButton"));
    m_import->setDefault(true);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("The file says:"), m_header);
    auto* patientsLabel = new QLabel(tr("&Patient:"));
    patientsLabel->setBuddy(m_candidates);
    form->addRow(patientsLabel, m_candidates);
    auto* visitLabel = new QLabel(tr("&Visit:"));
    visitLabel->setBuddy(m_visits);
    form->addRow(visitLabel, m_visits);
    auto* teethLabel = new QLabel(tr("&Teeth:"));
    teethLabel->setBuddy(m_teeth);
    form->addRow(teethLabel, m_teeth);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_candidates, &QListWidget::currentRowChanged, this, &DicomImportDialog::patientChosen);
    connect(m_visits, &QComboBox::currentIndexChanged, this, &DicomImportDialog::updateImportButton);
    connect(m_confirm, &QCheckBox::toggled, this, &DicomImportDialog::updateImportButton);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto image = importChosen())
            accept();
    });
    updateImportButton();
    resize(640, 560);
}

void DicomImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("DICOM X-ray"), m_path->text(),
                                                      tr("DICOM files (*.dcm *.dicom);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    openFile(path);
}

Status DicomImportDialog::openFile(const QString& path)
{
    m_image.reset();
    m_candidates->clear();
    m_visits->clear();
    m_header->clear();
    m_problem->hide();
    m_path->setText(path);
    auto image = DicomFile::read(path);
    if (!image) {
        showProblem(tr("The file cannot be imported: %1").arg(errorText(image.error())));
        updateImportButton();
        return image.error();
    }
    m_image = *image;

    const QLocale locale;
    QStringList lines;
    const QString birth = m_image->patientBirthDate.isValid()
                              ? m_image->patientBirthDate.toString(Qt::ISODate)
                              : tr("no birth date");
    lines.append(
        tr("Patient %1, %2, ID %3")
            .arg(m_image->patientDisplayName().isEmpty() ? tr("(no name)") : m_image->patientDisplayName(),
                 birth, m_image->patientId.isEmpty() ? tr("(none)") : m_image->patientId));
    lines.append(
        tr("Study %1, %2, %3 × %4 pixels, %5 bits")
            .arg(m_image->studyDate.isValid() ? m_image->studyDate.toString(Qt::ISODate) : tr("(no date)"),
                 m_image->modality)
            .arg(m_image->columns)
            .arg(m_image->rows)
            .arg(m_image->bitsStored));
    lines.append(m_image->pixelSpacingMm
                     ? tr("Calibrated: %1 mm per pixel (%2)")
                           .arg(locale.toString(*m_image->pixelSpacingMm, 'f', 4), m_image->spacingSource)
                     : tr("Not calibrated: the file gives no pixel spacing."));
    if (!m_image->windows.isEmpty())
        lines.append(tr("%n window preset(s)", nullptr, int(m_image->windows.size())));
    lines += m_image->notes;
    m_header->setText(lines.join(QLatin1Char('\n')));

    auto candidates = m_services.dicom.candidates(m_actor, *m_image);
    if (!candidates) {
        showProblem(errorText(candidates.error()));
        updateImportButton();
        return candidates.error();
    }
    for (const PatientCandidate& candidate : *candidates) {
        QString line = tr("%1, born %2: %3% (%4)")
                           .arg(patientName(candidate.patient),
                                fieldText(candidate.patient, QStringLiteral("date_of_birth")))
                           .arg(candidate.score)
                           .arg(candidate.matched.join(QStringLiteral(", ")));
        if (!candidate.differs.isEmpty())
            line += tr("; differs: %1").arg(candidate.differs.join(QStringLiteral(", ")));
        auto* item = new QListWidgetItem(line, m_candidates);
        item->setData(kPatientIdRole, fieldText(candidate.patient, QStringLiteral("id")));
        item->setData(kScoreRole, candidate.score);
    }
    if (candidates->isEmpty())
        showProblem(tr("No patient here matches the file's patient ID, birth date or name. Add the patient "
                       "first, then import again."));
    else if (candidates->first().score >= DicomImportService::kLikelyScore)
        m_candidates->setCurrentRow(0); // a likely match, still to be confirmed
    m_candidates->setFocus();
    updateImportButton();
    return std::nullopt;
}

QString DicomImportDialog::chosenPatientId() const
{
    const QListWidgetItem* item = m_candidates->currentItem();
    return item ? item->data(kPatientIdRole).toString() : QString();
}

void DicomImportDialog::patientChosen()
{
    // Another patient, another decision: the confirmation is asked again.
    m_confirm->setChecked(false);
    m_visits->clear();
    m_problem->hide();
    const QString patientId = chosenPatientId();
    if (patientId.isEmpty() || !m_image) {
        updateImportButton();
        return;
    }
    auto visits = m_services.dicom.visits(m_actor, patientId, m_image->studyDate);
    if (!visits) {
        showProblem(errorText(visits.error()));
    } else if (visits->isEmpty()) {
        showProblem(tr("This patient has no visit to put the X-ray in; book one first."));
    } else {
        const QTimeZone zone = m_services.schedule.timeZone();
        const QLocale locale;
        for (const QVariantMap& visit : *visits) {
            const QDateTime start =
                QDateTime::fromString(fieldText(visit, QStringLiteral("start_at")), Qt::ISODateWithMs)
                    .toTimeZone(zone);
            m_visits->addItem(tr("%1, %2").arg(locale.toString(start, QStringLiteral("yyyy-MM-dd HH:mm")),
                                               statusLabel(fieldText(visit, QStringLiteral("status")))),
                              fieldText(visit, QStringLiteral("id")));
        }
    }
    updateImportButton();
}

void DicomImportDialog::updateImportButton()
{
    m_import->setEnabled(m_image && !chosenPatientId().isEmpty() && m_visits->currentIndex() >= 0 &&
                         m_confirm->isChecked());
}

Result<QVariantMap> DicomImportDialog::importChosen()
{
    if (!m_import->isEnabled())
        return Error::invalid(tr("Choose the patient and the visit, and confirm, first."));
    const QString patientId = chosenPatientId();
    auto image = m_services.dicom.import(m_actor, *m_image, patientId, m_visits->currentData().toString(),
                                         m_teeth->text());
    if (!image) {
        showProblem(tr("The X-ray is not imported: %1").arg(errorText(image.error())));
        return image.error();
    }
    emit imported(patientId, *image);
    return image;
}

void DicomImportDialog::showProblem(const QString& message)
{
    showInline(m_problem, message, true);
}

} // namespace chairside::ui

#pragma once

#include "services/Services.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QComboBox;

namespace chairside::ui {

// New or edit patient. Each field shows its own problem under it as the core reports it (nothing is written
// until every field is acceptable); allergies sit at the top in a warning style because they matter at the
// chair. On save, `saved` carries the stored patient and the fields written, with the values they had before
// (for undo).
class PatientForm : public QDialog
{
    Q_OBJECT
public:
    // An empty `patientId` makes a new patient.
    PatientForm(Services& services, Actor actor, const QString& patientId = {}, QWidget* parent = nullptr);

    // The form's fields (the core's names) in the order shown.
    static const QStringList& fieldNames();
    // The label of a field on the form, translated, without its accelerator and colon ("Date of birth");
    // empty for fields the form does not show.
    static QString fieldLabel(const QString& name);
    void accept() override;

signals:
    void saved(const QVariantMap& patient, const QVariantMap& before, const QVariantMap& after);

private:
    QVariantMap values() const;
    void showErrors(const Error& error);

    Services& m_services;
    Actor m_actor;
    QString m_patientId;
    QVariantMap m_before;
    QHash<QString, QWidget*> m_inputs;
    QHash<QString, QLabel*> m_errors;
    QLabel* m_problem;
};

} // namespace chairside::ui

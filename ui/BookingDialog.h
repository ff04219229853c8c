#pragma once

#include "services/Services.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;

namespace chairside::ui {

class PatientTableModel;

// Books an appointment: a patient picked by searching (the whole store, lazily), dentist and chair (or
// "any free"), start in clinic time, length and reason. A refusal from the booking rules (an overlap, the
// dentist's hours) is shown in the dialog, which stays open to adjust.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    BookingDialog(Services& services, Actor actor, const QDateTime& startUtc, const QString& dentistId,
                  const QString& chairId, QWidget* parent = nullptr);

    // The booked appointment once accepted.
    QVariantMap booked() const { return m_booked; }
    void accept() override;

protected:
    // Return or Down in the patient search goes into the list instead of pressing Book.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Services& m_services;
    Actor m_actor;
    QTimeZone m_zone;
    PatientTableModel* m_patients;
    QLineEdit* m_search;
    QListView* m_patientList;
    QComboBox* m_dentist;
    QComboBox* m_chair;
    QDateTimeEdit* m_start;
    QSpinBox* m_duration;
    QLineEdit* m_reason;
    QLabel* m_error;
    QVariantMap m_booked;
};

} // namespace chairside::ui

#pragma once

#include <QJsonObject>
#include <QVariantMap>

namespace chairside::api {

// Seed 003's consultations, time slots and appointments (seed-contracts 4.3): its serializers' fields,
// enumerations as lower-case codes with a `*_display` label, decimals (temperature, weight, bmi) as strings.
// Ids are Chairside's UUIDs; `patient` and `doctor` are added beside the `*_info` objects.

// ConsultationSummarySerializer, for lists.
QJsonObject renderConsultationSummary003(const QVariantMap& consultation);
// ConsultationSerializer: a ConsultationService::get() result.
QJsonObject renderConsultation003(const QVariantMap& consultation);
QJsonObject renderVitalSigns003(const QVariantMap& vitals);
QJsonObject renderPrescriptionItem003(const QVariantMap& item);
QJsonObject renderConsultationNote003(const QVariantMap& note);
// A TimeSlotService row as seed 003's TimeSlotSerializer.
QJsonObject renderTimeSlot003(const QVariantMap& slot);
// A stored appointment status as seed 003 spells it: arrived -> confirmed, in_chair -> in_progress, ...
QString appointmentStatus003(const QString& status);
// AppointmentSerializer: a SlotAppointmentService row (patient_info, doctor_info, time_slot_info, the
// *_display labels, appointment_datetime, is_upcoming, is_today, can_cancel), plus end and
// duration_minutes. Appointments booked through other dialects show 003's defaults for what they lack.
QJsonObject renderAppointment003(const QVariantMap& appointment);
// AppointmentHistorySerializer: an appointment_history row; our change types that 003 does not know
// (status, details) are its "updated".
QJsonObject renderAppointmentHistory003(const QVariantMap& entry);

} // namespace chairside::api

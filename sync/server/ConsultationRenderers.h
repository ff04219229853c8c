#pragma once

#include <QJsonObject>
#include <QVariantMap>

namespace chairside::api {

// Seed 003's consultations and time slots (seed-contracts 4.3): its serializers' fields, enumerations as
// lower-case codes with a `*_display` label, decimals (temperature, weight, bmi) as strings. Ids are
// Chairside's UUIDs; `patient` and `doctor` are added beside the `*_info` objects.

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

} // namespace chairside::api

#pragma once

#include "ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

namespace chairside::api::fhir {

// The station's rows as FHIR R4 resources (JSON). Ids are the station's own UUIDs; a dentist's doctor
// profile is both the Practitioner and, under the same id, the Schedule of their bookable time.

QJsonObject patient(const QVariantMap& row);
QJsonObject practitioner(const QVariantMap& doctor);
// `weeklyHours`: ScheduleService::weeklyHours rows, told in Schedule.comment.
QJsonObject schedule(const QVariantMap& doctor, const QList<QVariantMap>& weeklyHours);
QJsonObject slot(const QVariantMap& timeSlot);
QJsonObject appointment(const QVariantMap& row);
// The station's appointment status as FHIR's Appointment.status code.
QString appointmentStatus(const QString& status);

// A searchset Bundle of `resources`, each with its fullUrl under `base` (".../fhir"). `total` < 0 leaves
// Bundle.total out (a page whose matches were not all counted); `next` empty: no further page.
QJsonObject searchset(const QString& base, const QString& self, const QString& next,
                      const QJsonArray& resources, int total);
// OperationOutcome with one issue; `code` from FHIR's IssueType (invalid, not-found, login, forbidden, ...).
QJsonObject operationOutcome(const QString& code, const QString& diagnostics);

// A resource as the answer: application/fhir+json.
ApiResponse answer(int status, const QJsonObject& resource);
// Any refusal (the server's own or a service's Error already mapped to a status) told as an
// OperationOutcome with the same status and headers.
ApiResponse outcomeFrom(const ApiResponse& refusal);
ApiResponse outcomeFrom(const Error& error);

} // namespace chairside::api::fhir

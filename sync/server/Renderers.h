#pragma once

#include <QJsonObject>
#include <QVariantMap>

namespace chairside::api {

// Core rows to the JSON the seed clients read: one superset object per resource
// (seed-contracts 6.1, 6.5, 6.6, 6.11), so a client of any seed finds its field names.
QJsonObject renderUser(const QVariantMap& user);
QJsonObject renderPatient(const QVariantMap& patient);
QJsonObject renderDoctor(const QVariantMap& doctor);
QJsonObject renderMapping(const QVariantMap& mapping);

// Request aliases to core field names: specialty -> specialization, phone_number -> phone, dob ->
// date_of_birth...
QVariantMap patientInput(const QVariantMap& fields);
QVariantMap doctorInput(const QVariantMap& fields);
QVariantMap registrationInput(const QVariantMap& fields);

} // namespace chairside::api

#include "UniqueRules.h"

namespace chairside {

const QList<UniqueRule>& uniqueRules()
{
    static const QList<UniqueRule> rules{
        {QStringLiteral("users"), {QStringLiteral("email")}, true, false},
        {QStringLiteral("users"), {QStringLiteral("username")}, true, false},
        {QStringLiteral("patients"), {QStringLiteral("phone")}},
        {QStringLiteral("patients"), {QStringLiteral("insurance_number")}},
        {QStringLiteral("doctors"), {QStringLiteral("license_number")}},
        {QStringLiteral("doctors"), {QStringLiteral("email")}, true},
        {QStringLiteral("patient_doctor_mappings"),
         {QStringLiteral("patient_id"), QStringLiteral("doctor_id")}},
        {QStringLiteral("clinical_records"), {QStringLiteral("appointment_id")}},
    };
    return rules;
}

} // namespace chairside

#include "UniqueRules.h"

#include "Query.h"

#include <algorithm>

namespace chairside {

const QList<UniqueRule>& uniqueRules()
{
    static const QList<UniqueRule> rules{
        {QStringLiteral("users"), {QStringLiteral("email")}, true, false},
        {QStringLiteral("users"), {QStringLiteral("username")}, true, false},
        {QStringLiteral("patients"), {QStringLiteral("phone")}},
        {QStringLiteral("patients"), {QStringLiteral("insurance_number")}},
        {QStringLiteral("doctors"), {QStringLiteral("license_number")}, true},
        {QStringLiteral("doctors"), {QStringLiteral("email")}, true},
        {QStringLiteral("patient_doctor_mappings"),
         {QStringLiteral("patient_id"), QStringLiteral("doctor_id")}},
        {QStringLiteral("clinical_records"), {QStringLiteral("appointment_id")}},
        {QStringLiteral("consultations"), {QStringLiteral("appointment_id")}},
        {QStringLiteral("payments"), {QStringLiteral("transaction_id")}},
        {QStringLiteral("invoices"), {QStringLiteral("invoice_number")}},
        {QStringLiteral("time_slots"), {QStringLiteral("doctor_id"), QStringLiteral("start_at")}},
    };
    return rules;
}

Result<QList<UniqueRule>> duplicatedRules(const QSqlDatabase& db, const QString& table, const QString& id,
                                          const QVariantMap& row, const QStringList& columns)
{
    QList<UniqueRule> found;
    if (!row.value(QStringLiteral("deleted_at")).isNull())
        return found;
    for (const UniqueRule& rule : uniqueRules()) {
        if (rule.table != table)
            continue;
        const bool checked = columns.isEmpty() || columns.contains(QStringLiteral("deleted_at")) ||
                             std::any_of(rule.columns.cbegin(), rule.columns.cend(),
                                         [&](const QString& c) { return columns.contains(c); });
        if (!checked)
            continue;
        QStringList conditions;
        QVariantList binds;
        for (const QString& column : rule.columns) {
            const QVariant value = row.value(column);
            if (value.isNull() || value.toString().isEmpty())
                break;
            conditions.append(rule.ignoreCase ? QStringLiteral("lower(%1) = lower(?)").arg(column)
                                              : QStringLiteral("%1 = ?").arg(column));
            binds.append(value);
        }
        if (conditions.size() != rule.columns.size())
            continue; // a NULL is never a duplicate
        if (rule.liveRowsOnly)
            conditions.append(QStringLiteral("deleted_at IS NULL"));
        binds.append(id.isNull() ? QStringLiteral("") : id); // `id <> NULL` would match nothing
        auto taken = sql::scalar(db,
                                 QStringLiteral("SELECT 1 FROM %1 WHERE %2 AND id <> ? LIMIT 1")
                                     .arg(table, conditions.join(QStringLiteral(" AND "))),
                                 binds);
        if (!taken)
            return taken.error();
        if (taken->isValid())
            found.append(rule);
    }
    return found;
}

} // namespace chairside

#include "ConflictService.h"

#include "auth/Permissions.h"
#include "store/Query.h"
#include "store/UniqueRules.h"

#include <algorithm>

namespace chairside {

ConflictService::ConflictService(ServiceContext& ctx)
    : m_ctx(ctx)
{}

Result<QList<QVariantMap>> ConflictService::overlappingBookings(const Actor& actor)
{
    if (!allows(actor.role, Permission::SeeAllAppointments))
        return Error::forbidden();
    auto open = sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT a.id, a.patient_id, a.dentist_id, a.chair_id, a.start_at, a.end_at, "
                       "a.status, p.name AS patient_name, d.name AS dentist_name, c.name AS chair_name "
                       "FROM appointments a JOIN patients p ON p.id = a.patient_id "
                       "LEFT JOIN doctors d ON d.id = a.dentist_id LEFT JOIN chairs c ON c.id = a.chair_id "
                       "WHERE a.deleted_at IS NULL AND a.status NOT IN ('completed', 'cancelled', "
                       "'no_show') ORDER BY a.start_at, a.id"));
    if (!open)
        return open.error();

    // A sweep per resource over the appointments in start order: each one meets the earlier ones of the same
    // resource that have not ended by its start.
    QList<QVariantMap> found;
    static const QStringList kResources{QStringLiteral("chair"), QStringLiteral("dentist"),
                                        QStringLiteral("patient")};
    for (const QString& resource : kResources) {
        const QString column = resource + QStringLiteral("_id");
        QHash<QString, QList<const QVariantMap*>> running;
        for (const QVariantMap& next : *open) {
            const QString holder = next.value(column).toString();
            if (holder.isEmpty())
                continue;
            QList<const QVariantMap*>& earlier = running[holder];
            const QString start = next.value(QStringLiteral("start_at")).toString();
            earlier.removeIf([&start](const QVariantMap* a) {
                return a->value(QStringLiteral("end_at")).toString() <= start;
            });
            for (const QVariantMap* first : std::as_const(earlier))
                found.append({{QStringLiteral("resource"), resource},
                              {QStringLiteral("resource_id"), holder},
                              {QStringLiteral("first"), *first},
                              {QStringLiteral("second"), next}});
            earlier.append(&next);
        }
    }
    const auto key = [](const QVariantMap& c) {
        const QVariantMap first = c.value(QStringLiteral("first")).toMap();
        const QVariantMap second = c.value(QStringLiteral("second")).toMap();
        return std::make_tuple(
            first.value(QStringLiteral("start_at")).toString(), first.value(QStringLiteral("id")).toString(),
            second.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("resource")).toString());
    };
    std::sort(found.begin(), found.end(),
              [&key](const QVariantMap& a, const QVariantMap& b) { return key(a) < key(b); });
    return found;
}

Result<QList<QVariantMap>> ConflictService::duplicates(const Actor& actor)
{
    if (!allows(actor.role, Permission::SeeAllAppointments))
        return Error::forbidden();
    QList<QVariantMap> found;
    for (const UniqueRule& rule : uniqueRules()) {
        QStringList values;
        QStringList present;
        for (const QString& column : rule.columns) {
            values.append(rule.ignoreCase ? QStringLiteral("lower(%1)").arg(column) : column);
            present.append(column + QStringLiteral(" IS NOT NULL AND ") + column + QStringLiteral(" <> ''"));
        }
        if (rule.liveRowsOnly)
            present.append(QStringLiteral("deleted_at IS NULL"));
        // Rows whose value some other row shares, grouped by that value.
        auto rows = sql::select(
            m_ctx.db.connection(),
            QStringLiteral(
                "SELECT id, %1 FROM %2 t WHERE %3 AND (%1) IN (SELECT %1 FROM %2 WHERE %3 GROUP BY %1 "
                "HAVING COUNT(*) > 1) ORDER BY %1, id")
                .arg(values.join(QStringLiteral(", ")), rule.table, present.join(QStringLiteral(" AND "))));
        if (!rows)
            return rows.error();
        QVariantMap group;
        for (const QVariantMap& row : *rows) {
            QStringList parts;
            for (const QString& column : rule.columns)
                parts.append(
                    row.value(rule.ignoreCase ? QStringLiteral("lower(%1)").arg(column) : column).toString());
            const QString value = parts.join(QStringLiteral(" / "));
            if (group.value(QStringLiteral("value")).toString() != value) {
                if (!group.isEmpty())
                    found.append(group);
                group = {{QStringLiteral("table"), rule.table},
                         {QStringLiteral("columns"), rule.columns},
                         {QStringLiteral("value"), value},
                         {QStringLiteral("ids"), QStringList()}};
            }
            QStringList ids = group.value(QStringLiteral("ids")).toStringList();
            ids.append(row.value(QStringLiteral("id")).toString());
            group.insert(QStringLiteral("ids"), ids);
        }
        if (!group.isEmpty())
            found.append(group);
    }
    return found;
}

} // namespace chairside

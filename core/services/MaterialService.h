#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/ChangeFeed.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

enum class StockMovementKind
{
    Received,
    Used,
    Adjusted
};

// Materials inventory (staff only). A material's quantity is the sum of its stock movements; setting a
// quantity directly (seed 000's PUT) records the difference as an adjustment. A material at or below its
// reorder level is flagged (`needs_reorder`).
class MaterialService
{
public:
    explicit MaterialService(ServiceContext& ctx)
        : m_ctx(ctx)
    {}

    Result<QVariantMap> create(const Actor& actor, const QVariantMap& input);
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    // With `changedSince`, only the materials changed since (the change feed).
    Result<QList<QVariantMap>> list(const Actor& actor, int limit = -1, int offset = 0,
                                    const std::optional<ChangesSince>& changedSince = {});
    Result<int> count(const Actor& actor, const std::optional<ChangesSince>& changedSince = {});
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input, bool partial);
    Status remove(const Actor& actor, const QString& id);

    // `quantity` is a positive amount; its sign follows the kind (used subtracts), except for adjustments.
    Result<QVariantMap> addMovement(const Actor& actor, const QString& materialId, StockMovementKind kind,
                                    double quantity, const QString& note = {});
    Result<QList<QVariantMap>> movements(const Actor& actor, const QString& materialId);

private:
    Result<QVariantMap> normalize(const QVariantMap& input, bool requireAll);

    ServiceContext& m_ctx;
};

} // namespace chairside

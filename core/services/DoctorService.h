#pragma once

#include "Error.h"
#include "domain/Fields.h"
#include "domain/Role.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

// Doctors (dentists): any signed-in user reads them; only staff write them (seed-contracts decision 2).
class DoctorService
{
public:
    explicit DoctorService(ServiceContext& ctx)
        : m_ctx(ctx)
    {}

    static const QList<FieldSpec>& fieldSpecs();

    Result<QVariantMap> create(const Actor& actor, const QVariantMap& input);
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    Result<QList<QVariantMap>> list(const Actor& actor);
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input, bool partial);
    Status remove(const Actor& actor, const QString& id);

private:
    Result<QVariantMap> normalize(const QVariantMap& input, const QVariantMap& current, bool requireName,
                                  const QString& excludeId);
    QVariantMap present(const QVariantMap& row) const;

    ServiceContext& m_ctx;
};

} // namespace chairside

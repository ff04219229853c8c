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
    // A doctor profile of the login account `userId` (seed 004's nested `user`), sharing its id
    // (seed-contracts decision 1).
    Result<QVariantMap> createLinked(const Actor& actor, const QVariantMap& input, const QString& userId);
    Result<QVariantMap> get(const Actor& actor, const QString& id);
    Result<QList<QVariantMap>> list(const Actor& actor);
    Result<QVariantMap> update(const Actor& actor, const QString& id, const QVariantMap& input, bool partial);
    Status remove(const Actor& actor, const QString& id);

private:
    Result<QVariantMap> normalize(const QVariantMap& input, const QVariantMap& current, bool requireName,
                                  const QString& excludeId);
    QVariantMap present(const QVariantMap& row) const;
    Result<QVariantMap> insert(const Actor& actor, const QVariantMap& input, const QString& id);

    ServiceContext& m_ctx;
};

} // namespace chairside

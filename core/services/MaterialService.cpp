#include "MaterialService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <cmath>

namespace chairside {

namespace {

const QString kSelect = QStringLiteral("SELECT m.*, COALESCE((SELECT SUM(s.quantity) FROM stock_movements s "
                                       "WHERE s.material_id = m.id), 0) AS quantity "
                                       "FROM materials m");

QString kindName(StockMovementKind kind)
{
    switch (kind) {
    case StockMovementKind::Received:
        return QStringLiteral("received");
    case StockMovementKind::Used:
        return QStringLiteral("used");
    case StockMovementKind::Adjusted:
        return QStringLiteral("adjusted");
    }
    return {};
}

QVariantMap present(QVariantMap row)
{
    const QVariant level = row.value(QStringLiteral("reorder_level"));
    row.insert(QStringLiteral("needs_reorder"),
               !isNullValue(level) && row.value(QStringLiteral("quantity")).toDouble() <= level.toDouble());
    return row;
}

// Numbers that may arrive as JSON numbers or numeric strings, never negative.
std::optional<double> nonNegative(const QVariant& v, bool* ok)
{
    *ok = true;
    if (isNullValue(v))
        return std::nullopt;
    bool parsed = false;
    const double d = v.metaType().id() == QMetaType::Bool ? -1 : v.toString().trimmed().toDouble(&parsed);
    if (!parsed || d < 0 || !std::isfinite(d)) {
        *ok = false;
        return std::nullopt;
    }
    return d;
}

// Appends one stock movement; quantity is already signed.
Status recordMovement(UnitOfWork& uow, const Actor& actor, const QString& materialId, const QVariant& kind,
                      double quantity, const QVariant& note)
{
    return uow.insert(
        QStringLiteral("stock_movements"), Uuid::v7(uow.now()),
        {{QStringLiteral("material_id"), materialId},
         {QStringLiteral("kind"), kind},
         {QStringLiteral("quantity"), quantity},
         {QStringLiteral("note"), note},
         {QStringLiteral("moved_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId)},
         {QStringLiteral("moved_at"), uow.nowIso()},
         {QStringLiteral("created_at"), uow.nowIso()},
         {QStringLiteral("updated_at"), uow.nowIso()}});
}

} // namespace

Result<QVariantMap> MaterialService::normalize(const QVariantMap& input, bool requireAll)
{
    FieldErrors errors;
    QVariantMap fields = normalizeFields({{QStringLiteral("name"), FieldType::Text, 50},
                                          {QStringLiteral("description"), FieldType::LongText},
                                          {QStringLiteral("unit"), FieldType::Text, 20},
                                          {QStringLiteral("price"), FieldType::Decimal}},
                                         input, errors);
    for (const QString& key : {QStringLiteral("quantity"), QStringLiteral("reorder_level")}) {
        if (!input.contains(key))
            continue;
        bool ok = true;
        const auto value = nonNegative(input.value(key), &ok);
        if (!ok)
            errors.add(key, QStringLiteral("A valid number that is not negative is required."));
        else
            fields.insert(key, value ? QVariant(*value) : QVariant());
    }
    if (requireAll) {
        for (const QString& key :
             {QStringLiteral("name"), QStringLiteral("quantity"), QStringLiteral("price")}) {
            if (!input.contains(key) && !errors.has(key))
                errors.add(key, QStringLiteral("This field is required."));
        }
    }
    if (fields.contains(QStringLiteral("name")) &&
        fields.value(QStringLiteral("name")).toString().isEmpty() && !errors.has(QStringLiteral("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("This field may not be blank."));
    if (fields.contains(QStringLiteral("quantity")) &&
        isNullValue(fields.value(QStringLiteral("quantity"))) && !errors.has(QStringLiteral("quantity")))
        errors.add(QStringLiteral("quantity"), QStringLiteral("This field may not be null."));
    if (!errors.isEmpty())
        return errors.toError();
    return fields;
}

Result<QVariantMap> MaterialService::create(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::ManageInventory))
        return Error::forbidden();
    auto fields = normalize(input, true);
    if (!fields)
        return fields.error();
    QVariantMap row = *fields;
    const double quantity = row.take(QStringLiteral("quantity")).toDouble();
    const QString id = Uuid::v7(m_ctx.clock.nowUtc());
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("materials"), id, row))
        return *e;
    if (quantity != 0) {
        if (Status e = recordMovement(uow, actor, id, QStringLiteral("adjusted"), quantity,
                                      QStringLiteral("Initial stock")))
            return *e;
    }
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

Result<QVariantMap> MaterialService::get(const Actor& actor, const QString& id)
{
    if (!allows(actor.role, Permission::ManageInventory))
        return Error::forbidden();
    if (!Uuid::isValid(id))
        return Error::notFound();
    auto row = sql::selectOne(m_ctx.db.connection(),
                              kSelect + QStringLiteral(" WHERE m.id = ? AND m.deleted_at IS NULL"), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound();
    return present(**row);
}

Result<QList<QVariantMap>> MaterialService::list(const Actor& actor, int limit, int offset,
                                                 const std::optional<ChangesSince>& changedSince)
{
    if (!allows(actor.role, Permission::ManageInventory))
        return Error::forbidden();
    QVariantList binds;
    const QString changed = ChangeFeed::andChangedSince(QStringLiteral("m.id"), changedSince, binds);
    QString sqlText =
        kSelect +
        QStringLiteral(" WHERE m.deleted_at IS NULL%1 ORDER BY m.name COLLATE NOCASE, m.id").arg(changed);
    if (limit >= 0) {
        sqlText += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << limit << std::max(0, offset);
    }
    auto rows = sql::select(m_ctx.db.connection(), sqlText, binds);
    if (!rows)
        return rows.error();
    QList<QVariantMap> out;
    for (const QVariantMap& r : *rows)
        out.append(present(r));
    return out;
}

Result<int> MaterialService::count(const Actor& actor, const std::optional<ChangesSince>& changedSince)
{
    if (!allows(actor.role, Permission::ManageInventory))
        return Error::forbidden();
    QVariantList binds;
    const QString changed = ChangeFeed::andChangedSince(QStringLiteral("id"), changedSince, binds);
    auto n = sql::scalar(m_ctx.db.connection(),
                         QStringLiteral("SELECT count(*) FROM materials WHERE deleted_at IS NULL") + changed,
                         binds);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QVariantMap> MaterialService::update(const Actor& actor, const QString& id, const QVariantMap& input,
                                            bool partial)
{
    auto current = get(actor, id);
    if (!current)
        return current.error();
    auto fields = normalize(input, !partial);
    if (!fields)
        return fields.error();
    QVariantMap changes = *fields;
    const QVariant newQuantity = changes.take(QStringLiteral("quantity"));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(QStringLiteral("materials"), id, changes))
        return *e;
    const double difference =
        newQuantity.isValid() ? newQuantity.toDouble() - current->value(QStringLiteral("quantity")).toDouble()
                              : 0;
    if (difference != 0) {
        if (Status e = recordMovement(uow, actor, id, QStringLiteral("adjusted"), difference,
                                      QStringLiteral("Quantity set")))
            return *e;
    }
    if (Status e = uow.commit())
        return *e;
    return get(actor, id);
}

Status MaterialService::remove(const Actor& actor, const QString& id)
{
    auto current = get(actor, id);
    if (!current)
        return current.error();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.softDelete(QStringLiteral("materials"), id))
        return e;
    return uow.commit();
}

Result<QVariantMap> MaterialService::addMovement(const Actor& actor, const QString& materialId,
                                                 StockMovementKind kind, double quantity, const QString& note)
{
    auto current = get(actor, materialId);
    if (!current)
        return current.error();
    if (!std::isfinite(quantity) || quantity == 0 || (kind != StockMovementKind::Adjusted && quantity < 0))
        return Error::field(QStringLiteral("quantity"),
                            QStringLiteral("Give a positive amount (an adjustment may be negative)."));
    const double signedQuantity = kind == StockMovementKind::Used ? -quantity : quantity;
    if (current->value(QStringLiteral("quantity")).toDouble() + signedQuantity < 0)
        return Error::field(
            QStringLiteral("quantity"),
            QStringLiteral("Only %1 in stock.").arg(current->value(QStringLiteral("quantity")).toDouble()));
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = recordMovement(uow, actor, materialId, kindName(kind), signedQuantity,
                                  note.isEmpty() ? QVariant() : QVariant(note)))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return get(actor, materialId);
}

Result<QList<QVariantMap>> MaterialService::movements(const Actor& actor, const QString& materialId)
{
    auto current = get(actor, materialId);
    if (!current)
        return current.error();
    return sql::select(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM stock_movements WHERE material_id = ? ORDER BY moved_at, id"),
        {materialId});
}

} // namespace chairside

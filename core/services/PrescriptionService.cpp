#include "PrescriptionService.h"

#include "Uuid.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/PatientService.h"
#include "services/ReadAudit.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace chairside {

namespace {

// Any JSON value as text. QJsonDocument holds only arrays and objects, so the value is kept as the only
// element of an array.
QString jsonText(const QVariant& value)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact));
}

QVariant jsonValue(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0).toVariant();
}

QString textOf(const QVariant& v)
{
    return isNullValue(v) || v.metaType().id() == QMetaType::QVariantMap ||
                   v.metaType().id() == QMetaType::QVariantList
               ? QString()
               : v.toString().trimmed();
}

// One medication from what a client sent: an object naming it, or plain text.
std::optional<QVariantMap> itemFrom(const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QVariantMap) {
        const QVariantMap m = value.toMap();
        QString name;
        for (const QString& key : {QStringLiteral("medication_name"), QStringLiteral("name"),
                                   QStringLiteral("medication"), QStringLiteral("drug")}) {
            name = textOf(m.value(key));
            if (!name.isEmpty())
                break;
        }
        if (name.isEmpty())
            return std::nullopt;
        QVariantMap item{{QStringLiteral("medication_name"), name.left(200)}};
        for (const QString& key : {QStringLiteral("dosage"), QStringLiteral("frequency"),
                                   QStringLiteral("duration"), QStringLiteral("instructions")}) {
            const QString text = textOf(m.value(key));
            item.insert(key, text.isEmpty() ? QVariant() : QVariant(text));
        }
        const auto type =
            enumCode(m.value(QStringLiteral("medication_type")), PrescriptionService::medicationTypes());
        item.insert(QStringLiteral("medication_type"), type ? QVariant(*type) : QVariant());
        bool ok = false;
        const int quantity = textOf(m.value(QStringLiteral("quantity"))).toInt(&ok);
        item.insert(QStringLiteral("quantity"), ok && quantity >= 0 ? QVariant(quantity) : QVariant());
        item.insert(QStringLiteral("is_active"), m.value(QStringLiteral("is_active"), true).toBool() ? 1 : 0);
        return item;
    }
    const QString name = textOf(value);
    if (name.isEmpty())
        return std::nullopt;
    return QVariantMap{{QStringLiteral("medication_name"), name.left(200)}, {QStringLiteral("is_active"), 1}};
}

QList<QVariantMap> itemsFrom(const QVariant& medications)
{
    QList<QVariantMap> items;
    const QVariantList values = medications.metaType().id() == QMetaType::QVariantList
                                    ? medications.toList()
                                    : QVariantList{medications};
    for (const QVariant& v : values) {
        if (auto item = itemFrom(v))
            items.append(*item);
    }
    return items;
}

Status replaceItems(UnitOfWork& uow, const Actor& actor, const QString& prescriptionId,
                    const QList<QVariantMap>& items, const QList<QVariantMap>& old)
{
    for (const QVariantMap& item : old) {
        if (Status e = uow.softDelete(QStringLiteral("prescription_items"),
                                      item.value(QStringLiteral("id")).toString()))
            return e;
    }
    int position = 0;
    for (QVariantMap item : items) {
        item.insert(QStringLiteral("prescription_id"), prescriptionId);
        item.insert(QStringLiteral("position"), position++);
        item.insert(QStringLiteral("created_by"),
                    actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
        item.insert(QStringLiteral("created_at"), uow.nowIso());
        item.insert(QStringLiteral("updated_at"), uow.nowIso());
        if (Status e = uow.insert(QStringLiteral("prescription_items"), Uuid::v7(uow.now()), item))
            return e;
    }
    return std::nullopt;
}

} // namespace

const QStringList& PrescriptionService::medicationTypes()
{
    static const QStringList types{QStringLiteral("tablet"), QStringLiteral("capsule"),
                                   QStringLiteral("syrup"),  QStringLiteral("injection"),
                                   QStringLiteral("cream"),  QStringLiteral("drops"),
                                   QStringLiteral("other")};
    return types;
}

Result<QVariantMap> PrescriptionService::create(const Actor& actor, const QVariantMap& input)
{
    if (!allows(actor.role, Permission::Prescribe))
        return Error::forbidden();
    FieldErrors errors;
    QVariantMap row = normalizeFields({{QStringLiteral("instructions"), FieldType::LongText}}, input, errors);
    for (const QString& reference :
         {QStringLiteral("patient_id"), QStringLiteral("doctor_id"), QStringLiteral("appointment_id")})
        row.insert(reference, input.value(reference));
    if (isNullValue(row.value(QStringLiteral("doctor_id"))))
        row.insert(QStringLiteral("doctor_id"), m_references.ownDoctorId(actor));
    if (row.value(QStringLiteral("doctor_id")).toString().isEmpty())
        row.insert(QStringLiteral("doctor_id"), QVariant());
    m_references.check(actor, row, {QStringLiteral("patient_id")}, errors);
    const QVariant medications = input.value(QStringLiteral("medications"));
    const QList<QVariantMap> items = itemsFrom(medications);
    if (isNullValue(medications))
        errors.add(QStringLiteral("medications"), QStringLiteral("This field is required."));
    else if (items.isEmpty())
        errors.add(QStringLiteral("medications"), QStringLiteral("Name at least one medication."));
    if (!errors.isEmpty())
        return errors.toError();

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    const QString id = Uuid::v7(uow.now());
    row.insert(QStringLiteral("medications"), jsonText(medications));
    row.insert(QStringLiteral("issued_by"), actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
    row.insert(QStringLiteral("issued_at"), uow.nowIso());
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("prescriptions"), id, row))
        return *e;
    if (Status e = replaceItems(uow, actor, id, items, {}))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Result<QVariantMap> PrescriptionService::present(const QVariantMap& header)
{
    auto items = sql::select(m_ctx.db.connection(),
                             QStringLiteral("SELECT * FROM prescription_items WHERE prescription_id = ? AND "
                                            "deleted_at IS NULL ORDER BY position, id"),
                             {header.value(QStringLiteral("id"))});
    if (!items)
        return items.error();
    QVariantMap out = header;
    QVariantList list;
    for (const QVariantMap& item : *items)
        list.append(item);
    out.insert(QStringLiteral("items"), list);
    const QString raw = header.value(QStringLiteral("medications")).toString();
    out.insert(QStringLiteral("medications"), raw.isEmpty() ? QVariant(list) : jsonValue(raw));
    return out;
}

Result<QVariantMap> PrescriptionService::find(const Actor& actor, const QString& id)
{
    if (!Uuid::isValid(id))
        return Error::notFound();
    auto row = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT * FROM prescriptions WHERE id = ? AND deleted_at IS NULL"), {id});
    if (!row)
        return row.error();
    if (!row->has_value() ||
        !m_patients.visibleTo(actor, (*row)->value(QStringLiteral("patient_id")).toString()))
        return Error::notFound();
    return present(**row);
}

Result<QVariantMap> PrescriptionService::get(const Actor& actor, const QString& id)
{
    auto prescription = find(actor, id);
    if (prescription)
        if (Status e = readaudit::one(m_ctx, actor, QStringLiteral("prescriptions"), id,
                                      prescription->value(QStringLiteral("patient_id")).toString()))
            return *e;
    return prescription;
}

Result<QList<QVariantMap>>
PrescriptionService::listForPatient(const Actor& actor, const QString& patientId,
                                    const std::optional<ChangesSince>& changedSince)
{
    if (!Uuid::isValid(patientId) || !m_patients.visibleTo(actor, patientId))
        return Error::notFound();
    QVariantList binds{patientId};
    const QString changed = ChangeFeed::andChangedSince(QStringLiteral("id"), changedSince, binds);
    auto rows = sql::select(m_ctx.db.connection(),
                            QStringLiteral("SELECT * FROM prescriptions WHERE patient_id = ? AND deleted_at "
                                           "IS NULL%1 ORDER BY issued_at DESC, id DESC")
                                .arg(changed),
                            binds);
    if (!rows)
        return rows.error();
    QList<QVariantMap> out;
    for (const QVariantMap& row : *rows) {
        auto presented = present(row);
        if (!presented)
            return presented.error();
        out.append(*presented);
    }
    if (Status e = readaudit::list(m_ctx, actor, QStringLiteral("prescriptions"), out,
                                   QStringLiteral("patient_id"), {{QStringLiteral("patient_id"), patientId}}))
        return *e;
    return out;
}

Result<QVariantMap> PrescriptionService::update(const Actor& actor, const QString& id,
                                                const QVariantMap& input, bool partial)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    if (!allows(actor.role, Permission::Prescribe))
        return Error::forbidden();
    FieldErrors errors;
    QVariantMap changes =
        normalizeFields({{QStringLiteral("instructions"), FieldType::LongText}}, input, errors);
    QVariantMap references{{QStringLiteral("patient_id"), current->value(QStringLiteral("patient_id"))}};
    for (const QString& reference :
         {QStringLiteral("patient_id"), QStringLiteral("doctor_id"), QStringLiteral("appointment_id")}) {
        if (input.contains(reference))
            references.insert(reference, input.value(reference));
    }
    m_references.check(actor, references, {QStringLiteral("patient_id")}, errors);
    const bool newMedications = input.contains(QStringLiteral("medications"));
    const QList<QVariantMap> items = itemsFrom(input.value(QStringLiteral("medications")));
    if (newMedications && items.isEmpty())
        errors.add(QStringLiteral("medications"), QStringLiteral("Name at least one medication."));
    else if (!partial && !newMedications)
        errors.add(QStringLiteral("medications"), QStringLiteral("This field is required."));
    if (!errors.isEmpty())
        return errors.toError();
    for (auto it = references.cbegin(); it != references.cend(); ++it)
        changes.insert(it.key(), isNullValue(it.value()) ? QVariant() : it.value());

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (newMedications)
        changes.insert(QStringLiteral("medications"), jsonText(input.value(QStringLiteral("medications"))));
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(QStringLiteral("prescriptions"), id, changes))
        return *e;
    if (newMedications) {
        QList<QVariantMap> old;
        for (const QVariant& item : current->value(QStringLiteral("items")).toList())
            old.append(item.toMap());
        if (Status e = replaceItems(uow, actor, id, items, old))
            return *e;
    }
    if (Status e = uow.commit())
        return *e;
    return find(actor, id);
}

Status PrescriptionService::remove(const Actor& actor, const QString& id)
{
    auto current = find(actor, id);
    if (!current)
        return current.error();
    if (!allows(actor.role, Permission::Prescribe))
        return Error::forbidden();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.softDelete(QStringLiteral("prescriptions"), id))
        return e;
    return uow.commit();
}

} // namespace chairside

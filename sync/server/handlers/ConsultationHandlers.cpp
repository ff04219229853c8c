#include "ConsultationHandlers.h"

#include "ClinicalRenderers.h"
#include "ConsultationRenderers.h"
#include "Pagination.h"
#include "handlers/QueryParameters.h"
#include "handlers/Responses.h"

#include <QJsonArray>

namespace chairside::api {

namespace {

QString id(const ApiRequest& req)
{
    return req.param(QStringLiteral("id"));
}

// A list the service hands whole (a consultation's vitals, items, notes: a handful), paged here.
template <typename Render>
ApiResponse paged(const ApiRequest& req, const Result<QList<QVariantMap>>& rows, Render render)
{
    return pagedList(req, rows, kSeed003PageSize, kMaxPageSize, render);
}

ApiResponse withMessage(const Result<QVariantMap>& result, const QString& message)
{
    if (!result)
        return ApiResponse::fromError(result.error());
    return ApiResponse::json(200,
                             QJsonObject{{QStringLiteral("message"), message},
                                         {QStringLiteral("consultation"), renderConsultation003(*result)}});
}

} // namespace

ApiResponse ConsultationHandlers::list(const ApiRequest& req)
{
    const auto page = requestedPage(req, kSeed003PageSize, kMaxPageSize);
    if (const auto* refused = std::get_if<ApiResponse>(&page))
        return *refused;
    const Page& p = std::get<Page>(page);
    FieldErrors errors;
    ConsultationQuery q;
    q.status = queryValue(req, QStringLiteral("status")).toLower();
    q.patientId = queryValue(req, QStringLiteral("patient_id"));
    q.date = dateParameter(req, QStringLiteral("date"), errors);
    q.changedSince = req.changedSince;
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    q.limit = p.size;
    q.offset = p.offset();
    auto rows = m_s.consultations.list(req.actor(), q);
    if (!rows)
        return ApiResponse::fromError(rows.error());
    QJsonArray results;
    for (const QVariantMap& row : rows->rows)
        results.append(renderConsultationSummary003(row));
    return pageResponse(req, p, rows->total, results);
}

ApiResponse ConsultationHandlers::create(const ApiRequest& req)
{
    // Seed 003 answered with the four fields it took and no id; the whole consultation is a superset.
    return one(m_s.consultations.create(req.actor(), clinicalInput(req.fields)), 201, renderConsultation003);
}

ApiResponse ConsultationHandlers::get(const ApiRequest& req)
{
    return one(m_s.consultations.get(req.actor(), id(req)), 200, renderConsultation003);
}

ApiResponse ConsultationHandlers::update(const ApiRequest& req)
{
    return one(m_s.consultations.update(req.actor(), id(req), req.fields, isPatch(req)), 200,
               renderConsultation003);
}

ApiResponse ConsultationHandlers::start(const ApiRequest& req)
{
    return withMessage(m_s.consultations.start(req.actor(), id(req)),
                       QStringLiteral("Consultation started successfully."));
}

ApiResponse ConsultationHandlers::complete(const ApiRequest& req)
{
    return withMessage(m_s.consultations.complete(req.actor(), id(req), req.fields),
                       QStringLiteral("Consultation completed successfully."));
}

ApiResponse ConsultationHandlers::vitalSigns(const ApiRequest& req)
{
    return paged(req, m_s.consultations.vitalSigns(req.actor(), id(req)), renderVitalSigns003);
}

ApiResponse ConsultationHandlers::addVitalSigns(const ApiRequest& req)
{
    return one(m_s.consultations.recordVitalSigns(req.actor(), id(req), req.fields), 201,
               renderVitalSigns003);
}

ApiResponse ConsultationHandlers::vitalSign(const ApiRequest& req)
{
    return one(m_s.consultations.vitalSign(req.actor(), id(req), req.param(QStringLiteral("pk"))), 200,
               renderVitalSigns003);
}

ApiResponse ConsultationHandlers::updateVitalSign(const ApiRequest& req)
{
    return one(
        m_s.consultations.updateVitalSigns(req.actor(), id(req), req.param(QStringLiteral("pk")), req.fields),
        200, renderVitalSigns003);
}

ApiResponse ConsultationHandlers::deleteVitalSign(const ApiRequest& req)
{
    return deleted(m_s.consultations.removeVitalSigns(req.actor(), id(req), req.param(QStringLiteral("pk"))));
}

ApiResponse ConsultationHandlers::prescriptions(const ApiRequest& req)
{
    return paged(req, m_s.consultations.prescriptionItems(req.actor(), id(req)), renderPrescriptionItem003);
}

ApiResponse ConsultationHandlers::prescribe(const ApiRequest& req)
{
    return one(m_s.consultations.prescribe(req.actor(), id(req), req.fields), 201, renderPrescriptionItem003);
}

ApiResponse ConsultationHandlers::notes(const ApiRequest& req)
{
    return paged(req, m_s.consultations.notes(req.actor(), id(req)), renderConsultationNote003);
}

ApiResponse ConsultationHandlers::addNote(const ApiRequest& req)
{
    return one(m_s.consultations.addNote(req.actor(), id(req), req.fields), 201, renderConsultationNote003);
}

ApiResponse ConsultationHandlers::timeSlots(const ApiRequest& req)
{
    const auto page = requestedPage(req, kSeed003PageSize, kMaxPageSize);
    if (const auto* refused = std::get_if<ApiResponse>(&page))
        return *refused;
    const Page& p = std::get<Page>(page);
    FieldErrors errors;
    TimeSlotQuery q;
    q.doctorId = queryValue(req, QStringLiteral("doctor"));
    q.from = dateParameter(req, QStringLiteral("start_date"), errors);
    q.to = dateParameter(req, QStringLiteral("end_date"), errors);
    q.availableOnly = flagParameter(req, QStringLiteral("available_only"));
    q.changedSince = req.changedSince;
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    q.limit = p.size;
    q.offset = p.offset();
    auto rows = m_s.timeSlots.list(req.actor(), q);
    if (!rows)
        return ApiResponse::fromError(rows.error());
    QJsonArray results;
    for (const QVariantMap& row : rows->rows)
        results.append(renderTimeSlot003(row));
    return pageResponse(req, p, rows->total, results);
}

ApiResponse ConsultationHandlers::createTimeSlot(const ApiRequest& req)
{
    return one(m_s.timeSlots.create(req.actor(), clinicalInput(req.fields)), 201, renderTimeSlot003);
}

ApiResponse ConsultationHandlers::createBulkSlots(const ApiRequest& req)
{
    auto made = m_s.timeSlots.createBulk(req.actor(), clinicalInput(req.fields));
    if (!made)
        return ApiResponse::fromError(made.error());
    QJsonArray slotList;
    for (const QVariant& slot : made->value(QStringLiteral("slots")).toList())
        slotList.append(renderTimeSlot003(slot.toMap()));
    return ApiResponse::json(
        201, QJsonObject{
                 {QStringLiteral("message"),
                  QStringLiteral("Created %1 time slots successfully.").arg(slotList.size())},
                 {QStringLiteral("slots"), slotList},
                 {QStringLiteral("skipped"),
                  QJsonArray::fromVariantList(made->value(QStringLiteral("skipped")).toList())},
             });
}

ApiResponse ConsultationHandlers::timeSlot(const ApiRequest& req)
{
    return one(m_s.timeSlots.get(req.actor(), id(req)), 200, renderTimeSlot003);
}

ApiResponse ConsultationHandlers::updateTimeSlot(const ApiRequest& req)
{
    return one(m_s.timeSlots.update(req.actor(), id(req), clinicalInput(req.fields), isPatch(req)), 200,
               renderTimeSlot003);
}

ApiResponse ConsultationHandlers::deleteTimeSlot(const ApiRequest& req)
{
    return deleted(m_s.timeSlots.remove(req.actor(), id(req)));
}

} // namespace chairside::api

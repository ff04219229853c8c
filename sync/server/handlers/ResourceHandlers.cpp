#include "Handlers.h"
#include "Pagination.h"
#include "Renderers.h"
#include "domain/Fields.h"
#include "handlers/Responses.h"

#include <QJsonArray>

namespace chairside::api {

ApiResponse PatientHandlers::create(const ApiRequest& req)
{
    return one(m_s.profiles.createPatient(req.actor(), patientInput(req.fields)), 201, renderPatient);
}

ApiResponse PatientHandlers::list(const ApiRequest& req)
{
    PatientQuery q;
    q.search = req.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    q.changedSince = req.changedSince;
    // Optional `limit` and `offset` take a window of the list; the answer stays the array seed 001's
    // clients expect.
    FieldErrors errors;
    for (const auto& [name, into] :
         {std::pair{QStringLiteral("limit"), &q.limit}, {QStringLiteral("offset"), &q.offset}}) {
        if (!req.query.hasQueryItem(name))
            continue;
        bool ok = false;
        *into = req.query.queryItemValue(name).toInt(&ok);
        if (!ok || *into < 0)
            errors.add(name, QStringLiteral("Ensure this value is a whole number of 0 or more."));
    }
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    // Seed 003's clients page through patients; everyone else gets the plain array (seed-contracts 6.5).
    if (req.query.hasQueryItem(QStringLiteral("page")) ||
        req.query.hasQueryItem(QStringLiteral("page_size"))) {
        const auto page = requestedPage(req, 20, 100);
        if (const auto* refused = std::get_if<ApiResponse>(&page))
            return *refused;
        const Page& p = std::get<Page>(page);
        q.limit = p.size;
        q.offset = p.offset();
        auto total = m_s.patients.count(req.actor(), q.search, q.changedSince);
        if (!total)
            return ApiResponse::fromError(total.error());
        auto rows = m_s.patients.list(req.actor(), q);
        if (!rows)
            return ApiResponse::fromError(rows.error());
        QJsonArray results;
        for (const QVariantMap& row : *rows)
            results.append(renderPatient(row));
        return pageResponse(req, p, *total, results);
    }
    return many(m_s.patients.list(req.actor(), q), renderPatient);
}

ApiResponse PatientHandlers::get(const ApiRequest& req)
{
    return one(m_s.patients.get(req.actor(), req.param(QStringLiteral("id"))), 200, renderPatient);
}

ApiResponse PatientHandlers::update(const ApiRequest& req)
{
    return one(m_s.profiles.updatePatient(req.actor(), req.param(QStringLiteral("id")),
                                          patientInput(req.fields), isPatch(req)),
               200, renderPatient);
}

ApiResponse PatientHandlers::remove(const ApiRequest& req)
{
    return deleted(m_s.patients.remove(req.actor(), req.param(QStringLiteral("id"))));
}

ApiResponse DoctorHandlers::create(const ApiRequest& req)
{
    return one(m_s.profiles.createDoctor(req.actor(), doctorInput(req.fields)), 201, renderDoctor);
}

ApiResponse DoctorHandlers::list(const ApiRequest& req)
{
    return many(req, m_s.doctors.list(req.actor()), renderDoctor);
}

ApiResponse DoctorHandlers::get(const ApiRequest& req)
{
    return one(m_s.doctors.get(req.actor(), req.param(QStringLiteral("id"))), 200, renderDoctor);
}

ApiResponse DoctorHandlers::update(const ApiRequest& req)
{
    return one(m_s.profiles.updateDoctor(req.actor(), req.param(QStringLiteral("id")),
                                         doctorInput(req.fields), isPatch(req)),
               200, renderDoctor);
}

ApiResponse DoctorHandlers::remove(const ApiRequest& req)
{
    return deleted(m_s.doctors.remove(req.actor(), req.param(QStringLiteral("id"))));
}

ApiResponse MappingHandlers::create(const ApiRequest& req)
{
    QString patientKey;
    QString doctorKey;
    const QString patient =
        referenceField(req.fields, QStringLiteral("patient"), &patientKey).value_or(QString());
    const QString doctor =
        referenceField(req.fields, QStringLiteral("doctor"), &doctorKey).value_or(QString());
    return one(m_s.mappings.create(req.actor(), patient, doctor, patientKey, doctorKey), 201, renderMapping);
}

ApiResponse MappingHandlers::list(const ApiRequest& req)
{
    return many(req, m_s.mappings.list(req.actor()), renderMapping);
}

ApiResponse MappingHandlers::listForPatient(const ApiRequest& req)
{
    return many(req, m_s.mappings.listForPatient(req.actor(), req.param(QStringLiteral("patient_id"))),
                renderMapping);
}

ApiResponse MappingHandlers::remove(const ApiRequest& req)
{
    return deleted(m_s.mappings.remove(req.actor(), req.param(QStringLiteral("id"))));
}

} // namespace chairside::api

#include "Seed003AppointmentHandlers.h"

#include "AppointmentDialect.h"
#include "ClinicalRenderers.h"
#include "ConsultationRenderers.h"
#include "Pagination.h"
#include "domain/Fields.h"
#include "handlers/QueryParameters.h"
#include "handlers/Responses.h"

#include <QJsonArray>
#include <algorithm>

namespace chairside::api {

namespace {

QString id(const ApiRequest& req)
{
    return req.param(QStringLiteral("id"));
}

QString field(const ApiRequest& req, const QString& name)
{
    const QVariant v = req.fields.value(name);
    if (isNullValue(v))
        return {};
    // A JSON number (seed 003's integer ids) arrives as a double.
    return v.metaType().id() == QMetaType::Double ? QString::number(qint64(v.toDouble())) : v.toString();
}

// Seed 003's own views name what was missing ({"error": "Time slot not found."}); fromError says "Not
// found.".
ApiResponse error003(const Error& error)
{
    if (error.code == Error::Code::NotFound && error.message != Error::notFound().message)
        return ApiResponse::json(404, ApiResponse::detail(error.message));
    return ApiResponse::fromError(dialectError(error));
}

ApiResponse appointment(const Result<QVariantMap>& result, int status)
{
    if (!result)
        return error003(result.error());
    return ApiResponse::json(status, renderAppointment003(*result));
}

ApiResponse withMessage(const Result<QVariantMap>& result, const QString& message)
{
    if (!result)
        return error003(result.error());
    return ApiResponse::json(200,
                             QJsonObject{{QStringLiteral("message"), message},
                                         {QStringLiteral("appointment"), renderAppointment003(*result)}});
}

} // namespace

ApiResponse Seed003AppointmentHandlers::list(const ApiRequest& req)
{
    const auto page = requestedPage(req, kSeed003PageSize, kMaxPageSize);
    if (const auto* refused = std::get_if<ApiResponse>(&page))
        return *refused;
    const Page& p = std::get<Page>(page);
    FieldErrors errors;
    SlotAppointmentQuery q;
    const QString status = queryValue(req, QStringLiteral("status"));
    if (!status.isEmpty()) {
        // A word no dialect knows matches nothing, as seed 003's plain filter did.
        q.statusFilter = true;
        q.statuses = storedStatuses(status, StatusDialect::Seed003);
    }
    q.date = dateParameter(req, QStringLiteral("date"), errors);
    q.upcomingOnly = flagParameter(req, QStringLiteral("upcoming"));
    q.changedSince = req.changedSince;
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    q.limit = p.size;
    q.offset = p.offset();
    auto rows = m_s.slotAppointments.list(req.actor(), q);
    if (!rows)
        return error003(rows.error());
    QJsonArray results;
    for (const QVariantMap& row : rows->rows)
        results.append(renderAppointment003(row));
    return pageResponse(req, p, rows->total, results);
}

ApiResponse Seed003AppointmentHandlers::create(const ApiRequest& req)
{
    // Seed 003 answered with the fields it took and no id; the whole appointment is a superset.
    return appointment(m_s.slotAppointments.book(req.actor(), clinicalInput(req.fields)), 201);
}

ApiResponse Seed003AppointmentHandlers::get(const ApiRequest& req)
{
    return appointment(m_s.slotAppointments.get(req.actor(), id(req)), 200);
}

ApiResponse Seed003AppointmentHandlers::update(const ApiRequest& req)
{
    std::optional<StatusRequest> status;
    if (req.fields.contains(QStringLiteral("status"))) {
        const QString word = field(req, QStringLiteral("status"));
        const auto asked = parseAnyStatus(word);
        if (!asked) {
            // An unknown appointment is a 404 before its fields are looked at.
            if (auto current = m_s.appointments.find(req.actor(), id(req)); !current)
                return error003(current.error());
            return ApiResponse::fromError(Error::field(
                QStringLiteral("status"), QStringLiteral("\"%1\" is not a valid choice.").arg(word)));
        }
        // The status as the client read it (a PUT of the whole object) is no change: seed 003's "confirmed"
        // is our arrived as well.
        status = StatusRequest{*asked, storedStatuses(word, StatusDialect::Seed003)};
    }
    // Seed 003 answered with the writable fields only; the whole appointment is a superset.
    return appointment(m_s.slotAppointments.update(req.actor(), id(req), req.fields, status, isPatch(req)),
                       200);
}

ApiResponse Seed003AppointmentHandlers::remove(const ApiRequest& req)
{
    return deleted(m_s.appointments.remove(req.actor(), id(req)));
}

ApiResponse Seed003AppointmentHandlers::cancel(const ApiRequest& req)
{
    return withMessage(
        m_s.slotAppointments.cancel(req.actor(), id(req), field(req, QStringLiteral("reason"))),
        QStringLiteral("Appointment cancelled successfully."));
}

ApiResponse Seed003AppointmentHandlers::reschedule(const ApiRequest& req)
{
    return withMessage(
        m_s.slotAppointments.moveToSlot(req.actor(), id(req), field(req, QStringLiteral("new_time_slot_id"))),
        QStringLiteral("Appointment rescheduled successfully."));
}

ApiResponse Seed003AppointmentHandlers::complete(const ApiRequest& req)
{
    return withMessage(
        m_s.slotAppointments.complete(req.actor(), id(req), req.fields.value(QStringLiteral("doctor_notes"))),
        QStringLiteral("Appointment marked as completed."));
}

ApiResponse Seed003AppointmentHandlers::history(const ApiRequest& req)
{
    auto entries = m_s.appointments.history(req.actor(), id(req));
    if (!entries)
        return error003(entries.error());
    QList<QVariantMap> newestFirst = *entries; // seed 003's order
    std::reverse(newestFirst.begin(), newestFirst.end());
    return pagedList(req, Result<QList<QVariantMap>>(newestFirst), kSeed003PageSize, kMaxPageSize,
                     renderAppointmentHistory003);
}

ApiResponse Seed003AppointmentHandlers::statistics(const ApiRequest& req)
{
    auto stats = m_s.slotAppointments.statistics(req.actor());
    if (!stats)
        return error003(stats.error());
    // Counts per stored state, summed by the word seed 003 shows for it.
    QHash<QString, qint64> per003;
    const QVariantMap byStatus = stats->value(QStringLiteral("status_counts")).toMap();
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        per003[dialectStatus(it.key(), StatusDialect::Seed003)] += it.value().toLongLong();
    QJsonArray popular;
    for (const QVariant& v : stats->value(QStringLiteral("popular_time_slots")).toList()) {
        const QVariantMap slot = v.toMap();
        popular.append(QJsonObject{
            {QStringLiteral("time_slot__start_time"), slot.value(QStringLiteral("start_time")).toString()},
            {QStringLiteral("count"), slot.value(QStringLiteral("count")).toLongLong()}});
    }
    const auto number = [&stats](const QString& key) { return QJsonValue(stats->value(key).toLongLong()); };
    return ApiResponse::json(
        200,
        QJsonObject{{QStringLiteral("total_appointments"), number(QStringLiteral("total"))},
                    {QStringLiteral("scheduled_appointments"), per003.value(QStringLiteral("scheduled"))},
                    {QStringLiteral("completed_appointments"), per003.value(QStringLiteral("completed"))},
                    {QStringLiteral("cancelled_appointments"), per003.value(QStringLiteral("cancelled"))},
                    {QStringLiteral("today_appointments"), number(QStringLiteral("today"))},
                    {QStringLiteral("upcoming_appointments"), number(QStringLiteral("upcoming"))},
                    {QStringLiteral("this_month_total"), number(QStringLiteral("this_month"))},
                    {QStringLiteral("last_month_total"), number(QStringLiteral("last_month"))},
                    {QStringLiteral("popular_time_slots"), popular}});
}

ApiResponse Seed003AppointmentHandlers::upcoming(const ApiRequest& req)
{
    return many(m_s.slotAppointments.upcoming(req.actor(), req.changedSince), renderAppointment003);
}

ApiResponse Seed003AppointmentHandlers::today(const ApiRequest& req)
{
    return many(m_s.slotAppointments.today(req.actor(), req.changedSince), renderAppointment003);
}

ApiResponse Seed003AppointmentHandlers::doctorAvailability(const ApiRequest& req)
{
    FieldErrors errors;
    const QString doctor = queryValue(req, QStringLiteral("doctor_id"));
    const QString dateText = queryValue(req, QStringLiteral("date"));
    if (doctor.isEmpty())
        errors.add(QStringLiteral("doctor_id"), QStringLiteral("This field is required."));
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (dateText.isEmpty())
        errors.add(QStringLiteral("date"), QStringLiteral("This field is required."));
    else if (!date.isValid())
        errors.add(QStringLiteral("date"),
                   QStringLiteral("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."));
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    auto availability = m_s.slotAppointments.doctorAvailability(req.actor(), doctor, date);
    if (!availability)
        return error003(availability.error());
    const QVariantMap d = availability->value(QStringLiteral("doctor")).toMap();
    QJsonArray freeSlots;
    for (const QVariant& slot : availability->value(QStringLiteral("available_slots")).toList())
        freeSlots.append(renderTimeSlot003(slot.toMap()));
    QJsonObject body{{QStringLiteral("doctor"),
                      QJsonObject{{QStringLiteral("id"), d.value(QStringLiteral("id")).toString()},
                                  {QStringLiteral("name"), d.value(QStringLiteral("name")).toString()},
                                  {QStringLiteral("specialization"),
                                   isNullValue(d.value(QStringLiteral("specialization")))
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(d.value(QStringLiteral("specialization")).toString())}}},
                     {QStringLiteral("date"), availability->value(QStringLiteral("date")).toString()},
                     {QStringLiteral("available_slots"), freeSlots}};
    if (availability->value(QStringLiteral("day_off")).toBool())
        body.insert(QStringLiteral("message"),
                    QStringLiteral("Doctor is unavailable on this date (day off)"));
    return ApiResponse::json(200, body);
}

} // namespace chairside::api

#include "Seed002AppointmentHandlers.h"

#include "AppointmentDialect.h"
#include "domain/Fields.h"
#include "handlers/Responses.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chairside::api {

namespace {} // namespace

ApiResponse Seed002AppointmentHandlers::book(const ApiRequest& req)
{
    FieldErrors errors;
    const AppointmentFields f =
        appointmentFields(req.fields, m_s.schedule,
                          {QStringLiteral("patient"), QStringLiteral("doctor"),
                           QStringLiteral("appointment_date"), QStringLiteral("appointment_time")},
                          errors);
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    BookingRequest booking = bookingRequest(f);
    const ScheduleService& schedule = m_s.schedule;
    return oneInDialect(m_s.appointments.book(req.actor(), booking), 201,
                        [&schedule](const QVariantMap& row) { return renderAppointment002(row, schedule); });
}

ApiResponse Seed002AppointmentHandlers::list(const ApiRequest& req)
{
    const ScheduleService& schedule = m_s.schedule;
    return many(m_s.appointments.listMine(req.actor(), req.changedSince),
                [&schedule](const QVariantMap& row) { return renderAppointment002(row, schedule); });
}

ApiResponse Seed002AppointmentHandlers::update(const ApiRequest& req)
{
    const bool partial = isPatch(req);
    QVariantMap body = req.fields;
    if (partial && (body.contains(QStringLiteral("appointment_date")) !=
                    body.contains(QStringLiteral("appointment_time")))) {
        // A PATCH of the date alone or the time alone keeps the other half of the booked start.
        auto current = m_s.appointments.find(req.actor(), req.param(QStringLiteral("id")));
        if (!current)
            return ApiResponse::fromError(current.error());
        const QJsonObject now = renderAppointment002(*current, m_s.schedule);
        for (const QString& key : {QStringLiteral("appointment_date"), QStringLiteral("appointment_time")}) {
            if (!body.contains(key))
                body.insert(key, now.value(key).toString());
        }
    }
    FieldErrors errors;
    const QStringList required =
        partial ? QStringList()
                : QStringList{QStringLiteral("patient"), QStringLiteral("doctor"),
                              QStringLiteral("appointment_date"), QStringLiteral("appointment_time")};
    const AppointmentFields f = appointmentFields(body, m_s.schedule, required, errors);
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    const ScheduleService& schedule = m_s.schedule;
    return oneInDialect(
        m_s.appointments.amend(req.actor(), req.param(QStringLiteral("id")), appointmentChange(f)), 200,
        [&schedule](const QVariantMap& row) { return renderAppointment002(row, schedule); });
}

ApiResponse Seed002AppointmentHandlers::setStatus(const ApiRequest& req)
{
    const QVariant raw = req.fields.value(QStringLiteral("status"));
    if (isNullValue(raw) || raw.toString().trimmed().isEmpty())
        return ApiResponse::json(400, ApiResponse::detail(QStringLiteral("status is required.")));
    const auto status = parseAnyStatus(raw.toString());
    if (!status)
        return ApiResponse::fromError(Error::field(
            QStringLiteral("status"), QStringLiteral("\"%1\" is not a valid choice.").arg(raw.toString())));
    const ScheduleService& schedule = m_s.schedule;
    return oneInDialect(m_s.appointments.changeStatus(req.actor(), req.param(QStringLiteral("id")), *status),
                        200,
                        [&schedule](const QVariantMap& row) { return renderAppointment002(row, schedule); });
}

ApiResponse Seed002AppointmentHandlers::cancel(const ApiRequest& req)
{
    const ScheduleService& schedule = m_s.schedule;
    return oneInDialect(m_s.appointments.changeStatus(req.actor(), req.param(QStringLiteral("id")),
                                                      AppointmentStatus::Cancelled),
                        200,
                        [&schedule](const QVariantMap& row) { return renderAppointment002(row, schedule); });
}

} // namespace chairside::api

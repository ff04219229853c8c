#include "Seed004Handlers.h"

#include "AppointmentDialect.h"
#include "domain/Fields.h"
#include "handlers/Responses.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chairside::api {

namespace {

QJsonObject renderAccount(const QVariantMap& user)
{
    return {{QStringLiteral("id"), user.value(QStringLiteral("id")).toString()},
            {QStringLiteral("username"), user.value(QStringLiteral("username")).toString()},
            {QStringLiteral("email"), user.value(QStringLiteral("email")).toString()}};
}

QJsonObject renderMedicalRecord(const QVariantMap& r)
{
    return {{QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
            {QStringLiteral("notes"), r.value(QStringLiteral("notes")).toString()},
            {QStringLiteral("created_at"), r.value(QStringLiteral("created_at")).toString()},
            {QStringLiteral("updated_at"), r.value(QStringLiteral("updated_at")).toString()},
            {QStringLiteral("patient"), r.value(QStringLiteral("patient_id")).toString()},
            {QStringLiteral("appointment"), r.value(QStringLiteral("appointment_id")).toString()}};
}

} // namespace

ApiResponse Seed004Handlers::registerAccount(const ApiRequest& req)
{
    // Role fields are not read: a registration is a patient account (seed-contracts decision 7).
    QVariantMap fields;
    for (const QString& key :
         {QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("password")})
        fields.insert(key, req.fields.value(key));
    auto prepared = m_s.accounts.prepareAccount(fields, Role::Patient, req.actor(), true);
    if (!prepared)
        return ApiResponse::fromError(prepared.error());
    auto account = m_s.accounts.createPrepared(req.actor(), *prepared);
    if (!account)
        return ApiResponse::fromError(account.error());
    return ApiResponse::json(201, renderAccount(*account));
}

ApiResponse Seed004Handlers::listAccounts(const ApiRequest& req)
{
    return many(req, m_s.accounts.listUsers(req.actor()), renderAccount);
}

ApiResponse Seed004Handlers::getAccount(const ApiRequest& req)
{
    return oneInDialect(m_s.accounts.user(req.actor(), req.param(QStringLiteral("id"))), 200, renderAccount);
}

ApiResponse Seed004Handlers::listAppointments(const ApiRequest& req)
{
    const ScheduleService& schedule = m_s.schedule;
    AppointmentQuery everything;
    everything.changedSince = req.changedSince;
    return many(m_s.appointments.list(req.actor(), everything),
                [&schedule](const QVariantMap& row) { return renderAppointment004(row, schedule); });
}

ApiResponse Seed004Handlers::createAppointment(const ApiRequest& req)
{
    FieldErrors errors;
    const AppointmentFields f = appointmentFields(
        req.fields, m_s.schedule,
        {QStringLiteral("patient"), QStringLiteral("doctor"), QStringLiteral("appointment_time")}, errors);
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    BookingRequest booking = bookingRequest(f);
    const ScheduleService& schedule = m_s.schedule;
    return oneInDialect(m_s.appointments.book(req.actor(), booking), 201,
                        [&schedule](const QVariantMap& row) { return renderAppointment004(row, schedule); });
}

ApiResponse Seed004Handlers::getAppointment(const ApiRequest& req)
{
    const ScheduleService& schedule = m_s.schedule;
    return oneInDialect(m_s.appointments.get(req.actor(), req.param(QStringLiteral("id"))), 200,
                        [&schedule](const QVariantMap& row) { return renderAppointment004(row, schedule); });
}

ApiResponse Seed004Handlers::updateAppointment(const ApiRequest& req)
{
    const bool partial = isPatch(req);
    FieldErrors errors;
    const QStringList required = partial ? QStringList()
                                         : QStringList{QStringLiteral("patient"), QStringLiteral("doctor"),
                                                       QStringLiteral("appointment_time")};
    const AppointmentFields f = appointmentFields(req.fields, m_s.schedule, required, errors);
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    const ScheduleService& schedule = m_s.schedule;
    return oneInDialect(
        m_s.appointments.amend(req.actor(), req.param(QStringLiteral("id")), appointmentChange(f)), 200,
        [&schedule](const QVariantMap& row) { return renderAppointment004(row, schedule); });
}

ApiResponse Seed004Handlers::deleteAppointment(const ApiRequest& req)
{
    return deleted(m_s.appointments.remove(req.actor(), req.param(QStringLiteral("id"))));
}

ApiResponse Seed004Handlers::bookAppointment(const ApiRequest& req)
{
    // `patient` is not read: the caller books for their own record (seed-contracts 6.7, "booking shortcut").
    FieldErrors errors;
    const AppointmentFields f = appointmentFields(
        req.fields, m_s.schedule, {QStringLiteral("doctor"), QStringLiteral("appointment_time")}, errors);
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    auto profile = m_s.patients.ownProfile(req.actor());
    if (!profile)
        return ApiResponse::fromError(profile.error());
    BookingRequest booking = bookingRequest(f);
    booking.patientId = profile->value(QStringLiteral("id")).toString(); // the caller's own record
    auto booked = m_s.appointments.book(req.actor(), booking);
    if (!booked)
        return ApiResponse::fromError(dialectError(booked.error()));
    m_s.notifications.confirmBooking(booked->value(QStringLiteral("id")).toString());
    return ApiResponse::json(
        201, QJsonObject{{QStringLiteral("message"), QStringLiteral("Appointment booked successfully!")},
                         {QStringLiteral("id"), booked->value(QStringLiteral("id")).toString()},
                         {QStringLiteral("appointment"), renderAppointment004(*booked, m_s.schedule)}});
}

ApiResponse Seed004Handlers::listMedicalRecords(const ApiRequest& req)
{
    return many(m_s.medicalRecords.list(req.actor(), req.changedSince), renderMedicalRecord);
}

ApiResponse Seed004Handlers::createMedicalRecord(const ApiRequest& req)
{
    return oneInDialect(m_s.medicalRecords.create(req.actor(), req.fields), 201, renderMedicalRecord);
}

ApiResponse Seed004Handlers::getMedicalRecord(const ApiRequest& req)
{
    return oneInDialect(m_s.medicalRecords.get(req.actor(), req.param(QStringLiteral("id"))), 200,
                        renderMedicalRecord);
}

ApiResponse Seed004Handlers::updateMedicalRecord(const ApiRequest& req)
{
    return oneInDialect(
        m_s.medicalRecords.update(req.actor(), req.param(QStringLiteral("id")), req.fields, isPatch(req)),
        200, renderMedicalRecord);
}

ApiResponse Seed004Handlers::deleteMedicalRecord(const ApiRequest& req)
{
    return deleted(m_s.medicalRecords.remove(req.actor(), req.param(QStringLiteral("id"))));
}

} // namespace chairside::api

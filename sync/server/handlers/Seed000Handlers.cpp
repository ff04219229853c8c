#include "Seed000Handlers.h"

#include "Pagination.h"
#include "Renderers.h"
#include "domain/Fields.h"
#include "handlers/Responses.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chairside::api {

namespace {

QJsonObject message(const QString& text)
{
    return {{QStringLiteral("message"), text}};
}

QString text(const ApiRequest& req, const QString& key)
{
    const QVariant v = req.fields.value(key);
    if (isNullValue(v))
        return {};
    if (v.metaType().id() == QMetaType::Double)
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

// 000 users: {id, email, first_name, last_name, phone, dob, gender, is_active, is_staff}, plus our fields.
QJsonObject renderUser000(const QVariantMap& user)
{
    QJsonObject o = renderUser(user);
    o.insert(QStringLiteral("dob"), QJsonValue::Null);
    o.insert(QStringLiteral("gender"), QJsonValue::Null);
    return o;
}

QJsonObject renderMaterial(const QVariantMap& m)
{
    auto value = [&m](const QString& key) {
        const QVariant v = m.value(key);
        return isNullValue(v) ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
    };
    return {{QStringLiteral("id"), value(QStringLiteral("id"))},
            {QStringLiteral("name"), value(QStringLiteral("name"))},
            {QStringLiteral("description"), isNullValue(m.value(QStringLiteral("description")))
                                                ? QString()
                                                : m.value(QStringLiteral("description")).toString()},
            {QStringLiteral("unit"), value(QStringLiteral("unit"))},
            // Seed 000 reads quantity and price as JSON numbers.
            {QStringLiteral("quantity"), m.value(QStringLiteral("quantity")).toDouble()},
            {QStringLiteral("price"), m.value(QStringLiteral("price")).toDouble()},
            {QStringLiteral("reorder_level"), value(QStringLiteral("reorder_level"))},
            {QStringLiteral("needs_reorder"), m.value(QStringLiteral("needs_reorder")).toBool()},
            {QStringLiteral("created_at"), value(QStringLiteral("created_at"))},
            {QStringLiteral("updated_at"), value(QStringLiteral("updated_at"))}};
}

QDateTime utcOf(const QVariantMap& row, const QString& key)
{
    return QDateTime::fromString(row.value(key).toString(), Qt::ISODateWithMs);
}

// The account an appointment belongs to in seed 000's eyes (its "user").
QJsonValue userOf(const QVariantMap& appointment)
{
    const QVariant user = appointment.value(QStringLiteral("patient_user_id"));
    return isNullValue(user) ? QJsonValue(appointment.value(QStringLiteral("patient_id")).toString())
                             : QJsonValue(user.toString());
}

// A record as seed 000 shows it: {record: {appointment, text_note}, images: [{id, image, mime_type,
// gemini_analysis, record}]}, plus our reading's status and provenance.
QJsonObject renderRecord(const RecordView& view, RecordService& records)
{
    QJsonArray images;
    for (const QVariantMap& i : view.images) {
        auto bytes = records.imageBytes(i.value(QStringLiteral("sha256")).toString());
        const QString status = i.value(QStringLiteral("reading_status")).toString();
        const QString text = i.value(QStringLiteral("reading_text")).toString();
        images.append(QJsonObject{
            {QStringLiteral("id"), i.value(QStringLiteral("id")).toString()},
            {QStringLiteral("image"), bytes ? QString::fromLatin1(bytes->toBase64()) : QString()},
            {QStringLiteral("mime_type"), i.value(QStringLiteral("mime_type")).toString()},
            {QStringLiteral("sha256"), i.value(QStringLiteral("sha256")).toString()},
            {QStringLiteral("tooth_numbers"), i.value(QStringLiteral("tooth_numbers")).toString()},
            {QStringLiteral("gemini_analysis"),
             status == QLatin1String("pending") ? QStringLiteral("Analysis pending.") : text},
            {QStringLiteral("analysis"),
             QJsonObject{{QStringLiteral("id"), i.value(QStringLiteral("reading_id")).toString()},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("model"), i.value(QStringLiteral("reading_model")).toString()},
                         {QStringLiteral("prompt_version"),
                          i.value(QStringLiteral("reading_prompt_version")).toString()},
                         {QStringLiteral("completed_at"),
                          i.value(QStringLiteral("reading_completed_at")).toString()}}},
            {QStringLiteral("record"), view.record.value(QStringLiteral("id")).toString()}});
    }
    return {
        {QStringLiteral("record"),
         QJsonObject{
             {QStringLiteral("id"), view.record.value(QStringLiteral("id")).toString()},
             {QStringLiteral("appointment"), view.record.value(QStringLiteral("appointment_id")).toString()},
             {QStringLiteral("text_note"), view.record.value(QStringLiteral("text_note")).toString()}}},
        {QStringLiteral("images"), images}};
}

} // namespace

QString Seed000Handlers::presentedToken(const ApiRequest& req) const
{
    const QByteArray header = req.headers.value("authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    return space > 0 ? QString::fromUtf8(header.mid(space + 1).trimmed()) : QString();
}

ApiResponse Seed000Handlers::activate(const ApiRequest& req)
{
    const QString userId = req.query.queryItemValue(QStringLiteral("user_id"));
    const QString token = req.query.queryItemValue(QStringLiteral("confirmation_token"));
    if (userId.isEmpty() || token.isEmpty())
        return ApiResponse::json(400, ApiResponse::detail(QStringLiteral("User ID and token are required.")));
    auto verified = m_s.accounts.verifyEmail(userId, token);
    if (!verified) {
        const bool unknownUser = verified.error().fieldErrors.contains(QStringLiteral("user_id"));
        return ApiResponse::json(
            400, ApiResponse::detail(unknownUser ? QStringLiteral("User not found.")
                                                 : QStringLiteral("Token is invalid or expired.")));
    }
    return ApiResponse::json(
        200, message(*verified ? QStringLiteral("Email successfully confirmed. Your account is now active.")
                               : QStringLiteral("Account already activated.")));
}

ApiResponse Seed000Handlers::logout(const ApiRequest& req)
{
    m_s.accounts.revoke({presentedToken(req), text(req, QStringLiteral("refresh")),
                         text(req, QStringLiteral("refresh_token"))});
    return ApiResponse::noContent();
}

ApiResponse Seed000Handlers::logoutWithMessage(const ApiRequest& req)
{
    logout(req);
    // Seed 003 is the one seed that answers its logout with a message; 000 answers 204 on its own path.
    return ApiResponse::json(200, message(QStringLiteral("Déconnexion réussie")));
}

ApiResponse Seed000Handlers::logoutAll(const ApiRequest& req)
{
    m_s.accounts.revokeAll(req.actor().userId);
    return ApiResponse::noContent();
}

ApiResponse Seed000Handlers::passwordChange(const ApiRequest& req)
{
    QString current = text(req, QStringLiteral("current_password"));
    if (current.isEmpty())
        current = text(req, QStringLiteral("old_password"));
    const Status changed =
        m_s.accounts.changePassword(req.actor(), current, text(req, QStringLiteral("new_password")));
    if (changed) {
        Error e = *changed;
        if (e.fieldErrors.contains(QStringLiteral("old_password")) &&
            !req.fields.contains(QStringLiteral("old_password")))
            e.fieldErrors.insert(QStringLiteral("current_password"),
                                 e.fieldErrors.take(QStringLiteral("old_password")));
        return ApiResponse::fromError(e);
    }
    return ApiResponse::json(200, message(QStringLiteral("Password changed successfully.")));
}

ApiResponse Seed000Handlers::listUsers(const ApiRequest& req)
{
    auto users = changedOnly(req, m_s.accounts.listUsers(req.actor()));
    if (!users)
        return ApiResponse::fromError(users.error());
    QJsonArray out;
    for (const QVariantMap& u : *users)
        out.append(renderUser000(u));
    return ApiResponse::json(200, out);
}

ApiResponse Seed000Handlers::getUser(const ApiRequest& req)
{
    auto user = m_s.accounts.user(req.actor(), req.param(QStringLiteral("id")));
    if (!user)
        return ApiResponse::fromError(user.error());
    return ApiResponse::json(200, renderUser000(*user));
}

ApiResponse Seed000Handlers::deleteUser(const ApiRequest& req)
{
    QString id;
    for (const QString& key : {QStringLiteral("pk"), QStringLiteral("user_id"), QStringLiteral("id")}) {
        if (id.isEmpty())
            id = text(req, key);
        if (id.isEmpty())
            id = req.query.queryItemValue(key);
    }
    if (id.isEmpty())
        return ApiResponse::fromError(
            Error::field(QStringLiteral("pk"), QStringLiteral("This field is required.")));
    const Status removed = m_s.accounts.deleteUser(req.actor(), id);
    return removed ? ApiResponse::fromError(*removed) : ApiResponse::noContent();
}

ApiResponse Seed000Handlers::makeAppointment(const ApiRequest& req)
{
    FieldErrors errors;
    const QString chosen = text(req, QStringLiteral("chosen_date"));
    const QString reason = text(req, QStringLiteral("reason_of_appointment")).trimmed();
    std::optional<QDateTime> start;
    if (chosen.isEmpty())
        errors.add(QStringLiteral("chosen_date"), QStringLiteral("This field is required."));
    else if (!(start = m_s.schedule.parseDateTime(chosen)))
        errors.add(QStringLiteral("chosen_date"),
                   QStringLiteral("Datetime has wrong format. Use one of these formats instead: "
                                  "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."));
    if (reason.isEmpty())
        errors.add(QStringLiteral("reason_of_appointment"),
                   req.fields.contains(QStringLiteral("reason_of_appointment"))
                       ? QStringLiteral("This field may not be blank.")
                       : QStringLiteral("This field is required."));
    if (!errors.isEmpty())
        return ApiResponse::fromError(errors.toError());
    if (Status refused = m_s.appointments.checkSelfBookingRules(*start))
        return ApiResponse::fromError(*refused);
    auto profile = m_s.patients.ownProfile(req.actor());
    if (!profile)
        return ApiResponse::fromError(profile.error());
    BookingRequest booking;
    booking.patientId = profile->value(QStringLiteral("id")).toString();
    booking.start = *start;
    booking.durationMinutes = 30;
    booking.reason = reason;
    auto booked = m_s.appointments.book(req.actor(), booking);
    if (!booked) {
        Error e = booked.error();
        // Seed 000 reports every booking problem under chosen_date.
        if (!e.fieldErrors.isEmpty()) {
            QStringList all;
            for (const QStringList& m : std::as_const(e.fieldErrors))
                all += m;
            e.fieldErrors = {{QStringLiteral("chosen_date"), all}};
        }
        return ApiResponse::fromError(e);
    }
    return ApiResponse::json(
        201, QJsonObject{{QStringLiteral("appointment_id"), booked->value(QStringLiteral("id")).toString()}});
}

ApiResponse Seed000Handlers::groupedByDate(const ApiRequest&, const QList<QVariantMap>& appointments,
                                           bool timesOnly)
{
    QJsonObject byDate;
    const QTimeZone zone = m_s.schedule.timeZone();
    for (const QVariantMap& a : appointments) {
        const QDateTime start = utcOf(a, QStringLiteral("start_at"));
        const QString date = start.toTimeZone(zone).date().toString(Qt::ISODate);
        const QString time = m_s.schedule.localTimeWithOffset(start);
        QJsonArray day = byDate.value(date).toArray();
        if (timesOnly) {
            day.append(time);
        } else {
            day.append(QJsonObject{
                {QStringLiteral("id"), a.value(QStringLiteral("id")).toString()},
                {QStringLiteral("user"), userOf(a)},
                {QStringLiteral("reason_of_appointment"), a.value(QStringLiteral("reason")).toString()},
                {QStringLiteral("time"), time},
                {QStringLiteral("status"), a.value(QStringLiteral("status")).toString()}});
        }
        byDate.insert(date, day);
    }
    return ApiResponse::json(200, byDate);
}

ApiResponse Seed000Handlers::userAppointments(const ApiRequest& req)
{
    auto profile = m_s.patients.ownProfile(req.actor());
    if (!profile)
        return ApiResponse::fromError(profile.error());
    AppointmentQuery q;
    q.patientId = profile->value(QStringLiteral("id")).toString();
    q.includeCancelled = false;
    q.changedSince = req.changedSince;
    auto list = m_s.appointments.list(req.actor(), q);
    if (!list)
        return ApiResponse::fromError(list.error());
    return groupedByDate(req, *list, false);
}

ApiResponse Seed000Handlers::unavailableDates(const ApiRequest& req)
{
    auto full = m_s.appointments.fullyBookedStarts(m_s.ctx.clock.nowUtc());
    if (!full)
        return ApiResponse::fromError(full.error());
    QList<QVariantMap> rows;
    for (const QDateTime& start : *full)
        rows.append({{QStringLiteral("start_at"), toIsoUtc(start)}});
    return groupedByDate(req, rows, true);
}

ApiResponse Seed000Handlers::upcomingAppointments(const ApiRequest& req)
{
    AppointmentQuery q;
    q.from = m_s.ctx.clock.nowUtc();
    q.includeCancelled = false;
    q.changedSince = req.changedSince;
    auto list = m_s.appointments.list(req.actor(), q);
    if (!list)
        return ApiResponse::fromError(list.error());
    return groupedByDate(req, *list, false);
}

ApiResponse Seed000Handlers::deleteAppointment(const ApiRequest& req)
{
    QString id = req.query.queryItemValue(QStringLiteral("id"));
    if (id.isEmpty())
        id = text(req, QStringLiteral("id"));
    if (id.isEmpty())
        return ApiResponse::fromError(
            Error::field(QStringLiteral("id"), QStringLiteral("This field is required.")));
    const Status removed = m_s.appointments.remove(req.actor(), id);
    return removed ? ApiResponse::fromError(*removed) : ApiResponse::noContent();
}

ApiResponse Seed000Handlers::listAllAppointments(const ApiRequest& req)
{
    auto list = m_s.appointments.listAll(req.actor(), req.changedSince);
    if (!list)
        return ApiResponse::fromError(list.error());
    QJsonArray out;
    for (const QVariantMap& a : *list) {
        out.append(QJsonObject{
            {QStringLiteral("id"), a.value(QStringLiteral("id")).toString()},
            {QStringLiteral("user"), userOf(a)},
            {QStringLiteral("chosen_date"), a.value(QStringLiteral("start_at")).toString()},
            {QStringLiteral("reason_of_appointment"), a.value(QStringLiteral("reason")).toString()},
            {QStringLiteral("status"), a.value(QStringLiteral("status")).toString()},
            {QStringLiteral("has_record"), a.value(QStringLiteral("has_record")).toInt() != 0}});
    }
    return ApiResponse::json(200, out);
}

ApiResponse Seed000Handlers::createRecord(const ApiRequest& req)
{
    QList<RecordImageInput> images;
    const QVariant rawImages = req.fields.value(QStringLiteral("images"));
    if (!isNullValue(rawImages) && rawImages.metaType().id() != QMetaType::QVariantList)
        return ApiResponse::fromError(
            Error::field(QStringLiteral("images"), QStringLiteral("Expected a list of items.")));
    for (const QVariant& item : rawImages.toList()) {
        const QVariantMap image = item.toMap();
        images.append({image.value(QStringLiteral("encoded_data")).toString(),
                       image.value(QStringLiteral("mime_type")).toString(),
                       image.value(QStringLiteral("tooth_numbers")).toString()});
    }
    auto record = m_s.records.create(req.actor(), text(req, QStringLiteral("appointment")),
                                     text(req, QStringLiteral("text_note")), images);
    if (!record)
        return ApiResponse::fromError(record.error());
    QJsonObject body = renderRecord(*record, m_s.records);
    body.insert(QStringLiteral("message"), QStringLiteral("Record and images saved successfully."));
    return ApiResponse::json(201, body);
}

ApiResponse Seed000Handlers::getRecord(const ApiRequest& req)
{
    auto record =
        m_s.records.forAppointment(req.actor(), req.query.queryItemValue(QStringLiteral("appointment_id")));
    if (!record)
        return ApiResponse::fromError(record.error());
    if (!record->has_value())
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("record"), QJsonValue::Null},
                                                  {QStringLiteral("images"), QJsonArray()}});
    return ApiResponse::json(200, renderRecord(**record, m_s.records));
}

ApiResponse Seed000Handlers::listMaterials(const ApiRequest& req)
{
    auto page = requestedPage(req, 10, 100);
    if (auto* refused = std::get_if<ApiResponse>(&page))
        return *refused;
    const Page p = std::get<Page>(page);
    auto total = m_s.materials.count(req.actor(), req.changedSince);
    if (!total)
        return ApiResponse::fromError(total.error());
    auto rows = m_s.materials.list(req.actor(), p.size, p.offset(), req.changedSince);
    if (!rows)
        return ApiResponse::fromError(rows.error());
    QJsonArray results;
    for (const QVariantMap& m : *rows)
        results.append(renderMaterial(m));
    return pageResponse(req, p, *total, results);
}

ApiResponse Seed000Handlers::createMaterial(const ApiRequest& req)
{
    auto created = m_s.materials.create(req.actor(), req.fields);
    return created ? ApiResponse::json(201, renderMaterial(*created))
                   : ApiResponse::fromError(created.error());
}

ApiResponse Seed000Handlers::getMaterial(const ApiRequest& req)
{
    auto m = m_s.materials.get(req.actor(), req.param(QStringLiteral("id")));
    return m ? ApiResponse::json(200, renderMaterial(*m)) : ApiResponse::fromError(m.error());
}

ApiResponse Seed000Handlers::updateMaterial(const ApiRequest& req)
{
    auto m = m_s.materials.update(req.actor(), req.param(QStringLiteral("id")), req.fields, isPatch(req));
    return m ? ApiResponse::json(200, renderMaterial(*m)) : ApiResponse::fromError(m.error());
}

ApiResponse Seed000Handlers::deleteMaterial(const ApiRequest& req)
{
    const Status removed = m_s.materials.remove(req.actor(), req.param(QStringLiteral("id")));
    return removed ? ApiResponse::fromError(*removed) : ApiResponse::noContent();
}

} // namespace chairside::api

#include "AccountDialectHandlers.h"

#include "AccountRenderers.h"
#include "Pagination.h"
#include "Renderers.h"
#include "domain/Fields.h"
#include "handlers/Responses.h"

#include <QJsonArray>

namespace chairside::api {

namespace {

QString text(const ApiRequest& req, const QString& key)
{
    const QVariant v = req.fields.value(key);
    if (isNullValue(v))
        return {};
    if (v.metaType().id() == QMetaType::Double)
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

QJsonObject messageBody(const QString& message)
{
    return {{QStringLiteral("message"), message}};
}

ApiResponse doctor002(const Result<QVariantMap>& result, int status)
{
    if (!result)
        return ApiResponse::fromError(result.error());
    return ApiResponse::json(status, renderDoctor002(*result));
}

ApiResponse user002(const Result<UserProfile>& result)
{
    if (!result)
        return ApiResponse::fromError(result.error());
    return ApiResponse::json(200, renderUser002(*result));
}

} // namespace

// ---- Seed 002 ----------------------------------------------------------------------------------------

ApiResponse AccountDialectHandlers::registerDoctor002(const ApiRequest& req)
{
    DoctorApplication application;
    application.account.fields = registrationInput(accountInput(req.fields));
    // 002's DoctorRegistrationSerializer: every field but firebase_uid, address and qualifications.
    application.required = {QStringLiteral("first_name"),      QStringLiteral("last_name"),
                            QStringLiteral("phone"),           QStringLiteral("license_number"),
                            QStringLiteral("specialization"),  QStringLiteral("experience"),
                            QStringLiteral("consultation_fee")};
    auto user = m_s.profiles.signUpDoctor(application, req.actor());
    if (!user)
        return ApiResponse::fromError(user.error());
    const QString id = user->value(QStringLiteral("id")).toString();
    auto profile = m_s.profiles.profile(Actor{id, Role::Dentist, req.actor().source}, id);
    if (!profile)
        return ApiResponse::fromError(profile.error());
    return ApiResponse::json(201, renderUser002(*profile));
}

ApiResponse AccountDialectHandlers::me002(const ApiRequest& req)
{
    return user002(m_s.profiles.profile(req.actor(), req.actor().userId));
}

ApiResponse AccountDialectHandlers::updateMe002(const ApiRequest& req)
{
    return user002(m_s.profiles.update(req.actor(), req.actor().userId, accountInput(req.fields)));
}

ApiResponse AccountDialectHandlers::deleteUser002(const ApiRequest& req)
{
    QString id;
    for (const QString& key : {QStringLiteral("user_id"), QStringLiteral("pk"), QStringLiteral("id")}) {
        if (id.isEmpty())
            id = text(req, key);
        if (id.isEmpty())
            id = req.query.queryItemValue(key);
    }
    if (id.isEmpty())
        return ApiResponse::json(400, ApiResponse::detail(QStringLiteral("user_id is required.")));
    const Status removed = m_s.accounts.deleteUser(req.actor(), id);
    return removed ? ApiResponse::fromError(*removed) : ApiResponse::noContent();
}

ApiResponse AccountDialectHandlers::listUsers002(const ApiRequest& req)
{
    auto users = changedOnly(req, m_s.accounts.listUsers(req.actor()));
    if (!users)
        return ApiResponse::fromError(users.error());
    QJsonArray out;
    for (const QVariantMap& u : *users)
        out.append(renderUser002(UserProfile{u, {}, {}}));
    return ApiResponse::json(200, out);
}

ApiResponse AccountDialectHandlers::getUser002(const ApiRequest& req)
{
    return user002(m_s.profiles.profile(req.actor(), req.param(QStringLiteral("id"))));
}

ApiResponse AccountDialectHandlers::updateUser002(const ApiRequest& req)
{
    return user002(
        m_s.profiles.update(req.actor(), req.param(QStringLiteral("id")), accountInput(req.fields)));
}

ApiResponse AccountDialectHandlers::deleteUserById002(const ApiRequest& req)
{
    const Status removed = m_s.accounts.deleteUser(req.actor(), req.param(QStringLiteral("id")));
    return removed ? ApiResponse::fromError(*removed) : ApiResponse::noContent();
}

ApiResponse AccountDialectHandlers::listDoctors002(const ApiRequest& req)
{
    return many(req, m_s.doctors.list(req.actor()), renderDoctor002);
}

ApiResponse AccountDialectHandlers::getDoctor002(const ApiRequest& req)
{
    return doctor002(m_s.doctors.get(req.actor(), req.param(QStringLiteral("id"))), 200);
}

ApiResponse AccountDialectHandlers::createDoctor002(const ApiRequest& req)
{
    return doctor002(m_s.doctors.create(req.actor(), doctorInput(accountInput(req.fields))), 201);
}

ApiResponse AccountDialectHandlers::updateDoctor002(const ApiRequest& req)
{
    return doctor002(m_s.doctors.update(req.actor(), req.param(QStringLiteral("id")),
                                        doctorInput(accountInput(req.fields)), isPatch(req)),
                     200);
}

ApiResponse AccountDialectHandlers::deleteDoctor002(const ApiRequest& req)
{
    const Status removed = m_s.doctors.remove(req.actor(), req.param(QStringLiteral("id")));
    return removed ? ApiResponse::fromError(*removed) : ApiResponse::noContent();
}

ApiResponse AccountDialectHandlers::approveDoctor002(const ApiRequest& req)
{
    return doctor002(m_s.doctors.approve(req.actor(), req.param(QStringLiteral("id")),
                                         req.fields.value(QStringLiteral("approval_notes"))),
                     200);
}

ApiResponse AccountDialectHandlers::availability002(const ApiRequest& req)
{
    const QString id = req.param(QStringLiteral("id"));
    // The doctor must be one the caller may read (every signed-in user may, decision 2).
    if (auto doctor = m_s.doctors.get(req.actor(), id); !doctor)
        return ApiResponse::fromError(doctor.error());
    auto hours = m_s.schedule.weeklyHours(id);
    if (!hours)
        return ApiResponse::fromError(hours.error());
    QJsonArray out;
    for (const QVariantMap& h : *hours)
        out.append(renderAvailability002(id, h));
    return ApiResponse::json(200, out);
}

// ---- Seed 003 ----------------------------------------------------------------------------------------

ApiResponse AccountDialectHandlers::profile003(const ApiRequest& req)
{
    auto profile = m_s.profiles.profile(req.actor(), req.actor().userId);
    if (!profile)
        return ApiResponse::fromError(profile.error());
    return ApiResponse::json(200, renderUser003(*profile));
}

ApiResponse AccountDialectHandlers::updateProfile003(const ApiRequest& req)
{
    QVariantMap input = accountInput(req.fields);
    // 003's ProfileSerializer keeps id, username and user_type read-only.
    input.remove(QStringLiteral("username"));
    auto profile = m_s.profiles.update(req.actor(), req.actor().userId, input);
    if (!profile)
        return ApiResponse::fromError(profile.error());
    const QJsonObject user = renderUser003(*profile);
    QJsonObject body = user;
    body.insert(QStringLiteral("message"), QStringLiteral("Profil mis à jour avec succès"));
    body.insert(QStringLiteral("user"), user);
    return ApiResponse::json(200, body);
}

ApiResponse AccountDialectHandlers::doctors003(const ApiRequest& req)
{
    const auto page = requestedPage(req, 20, 100);
    if (const auto* refused = std::get_if<ApiResponse>(&page))
        return *refused;
    const Page& p = std::get<Page>(page);
    auto doctors = changedOnly(req, m_s.doctors.list(req.actor()));
    if (!doctors)
        return ApiResponse::fromError(doctors.error());
    QJsonArray results;
    for (int i = p.offset(); i < std::min<qsizetype>(doctors->size(), qsizetype(p.offset()) + p.size); ++i)
        results.append(renderDoctorUser003(doctors->at(i), DoctorService::kPatientsPerChosenDoctor));
    return pageResponse(req, p, int(doctors->size()), results);
}

ApiResponse AccountDialectHandlers::availableDoctors003(const ApiRequest& req)
{
    auto doctors = changedOnly(req, m_s.doctors.list(req.actor()));
    if (!doctors)
        return ApiResponse::fromError(doctors.error());
    QJsonArray out;
    for (const QVariantMap& d : *doctors) {
        if (!DoctorService::takesNewPatients(d))
            continue;
        out.append(renderDoctorUser003(d, DoctorService::kPatientsPerChosenDoctor));
    }
    return ApiResponse::json(200, out);
}

ApiResponse AccountDialectHandlers::listPatients003(const ApiRequest& req)
{
    const auto page = requestedPage(req, 20, 100);
    if (const auto* refused = std::get_if<ApiResponse>(&page))
        return *refused;
    const Page& p = std::get<Page>(page);
    PatientQuery q;
    q.search = req.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    q.changedSince = req.changedSince;
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

ApiResponse AccountDialectHandlers::deletePatient003(const ApiRequest& req)
{
    if (Status removed = m_s.patients.remove(req.actor(), req.param(QStringLiteral("id"))))
        return ApiResponse::fromError(*removed);
    return ApiResponse::json(200, messageBody(QStringLiteral("Patient supprimé avec succès")));
}

} // namespace chairside::api

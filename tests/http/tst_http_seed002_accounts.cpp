#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QRegularExpression>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

const QString kPassword = QStringLiteral("password123");
// Shaped like a UUIDv7 but never issued: the "well-formed id of nothing" case.
const QString kUnknownId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");

bool isUuidV7(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QStringList ids(const QJsonArray& items)
{
    QStringList out;
    for (const QJsonValue& v : items)
        out.append(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

QJsonObject doctorForm(const QString& email, const QString& licence)
{
    return {{QStringLiteral("email"), email},
            {QStringLiteral("password"), kPassword},
            {QStringLiteral("first_name"), QStringLiteral("Dana")},
            {QStringLiteral("last_name"), QStringLiteral("Molar")},
            {QStringLiteral("phone_number"), QStringLiteral("+61400000001")},
            {QStringLiteral("license_number"), licence},
            {QStringLiteral("specialization"), QStringLiteral("Orthodontics")},
            {QStringLiteral("qualifications"), QStringLiteral("BDS")},
            {QStringLiteral("experience"), 7},
            {QStringLiteral("consultation_fee"), QStringLiteral("150")}};
}

} // namespace

// A refusal: the status, a JSON object body mentioning `text`, and no write at all.
#define QVERIFY_REFUSED(reply, status, text, before)                                                         \
    do {                                                                                                     \
        const QString problem_ = refusalProblem((reply), (status), (text), (before));                        \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                  \
    } while (false)

// Seed 002 ("Clinic Web App API") accounts, users and doctors over real HTTP (seed-contracts 3.3): every
// endpoint with good and bad input; a refusal answers JSON and writes nothing.
class TestHttpSeed002Accounts : public QObject
{
    Q_OBJECT
private:
    using Account = ApiUser;

    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    Account m_staff; // receptionist
    Account m_admin;
    Account m_pat; // a patient account registered through 002's form
    Account m_other;

    int scalar(const QString& sqlText) const
    {
        auto v = sql::scalar(m_station->db->connection(), sqlText);
        return v ? v->toInt() : -1;
    }
    // Every replicated write lands in the change log: an unchanged count means nothing was written.
    int changes() const { return m_station->changeCount(); }

    QString refusalProblem(const HttpReply& reply, int status, const QString& text, int before) const
    {
        const QString problem = test::refusalProblem(reply, status, text);
        if (problem.isEmpty() && changes() != before)
            return QStringLiteral("a refused request wrote %1 changes").arg(changes() - before);
        return problem;
    }

    int m_registered = 0;

    Account registerPatient(const QString& email)
    {
        // A patient's phone is unique among patients: each registration brings its own.
        const QString phone = QStringLiteral("+614000001%1").arg(++m_registered, 2, 10, QLatin1Char('0'));
        auto r =
            m_http->post(QStringLiteral("/api/auth/register/"),
                         QJsonObject{{QStringLiteral("email"), email},
                                     {QStringLiteral("password"), kPassword},
                                     {QStringLiteral("first_name"), QStringLiteral("Pat")},
                                     {QStringLiteral("last_name"), QStringLiteral("Ient")},
                                     {QStringLiteral("phone_number"), phone},
                                     {QStringLiteral("date_of_birth"), QStringLiteral("1990-04-02")},
                                     {QStringLiteral("gender"), QStringLiteral("female")},
                                     {QStringLiteral("address"), QStringLiteral("1 Main St")},
                                     {QStringLiteral("emergency_contact"), QStringLiteral("+61400000999")},
                                     {QStringLiteral("role"), QStringLiteral("Admin")},
                                     {QStringLiteral("is_staff"), true}});
        if (r.status != 201)
            qWarning("register: %d %s", r.status, r.body.constData());
        return {
            Actor{r.object().value(QStringLiteral("id")).toString(), Role::Patient, QStringLiteral("test")},
            r.object().value(QStringLiteral("access")).toString(), QString()};
    }

    QString addDoctor(const QString& name)
    {
        auto r = m_http->post(QStringLiteral("/api/doctors/"), QJsonObject{{QStringLiteral("name"), name}},
                              m_staff.access);
        return r.object().value(QStringLiteral("id")).toString();
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>();
        m_staff =
            m_station->signIn(m_station->addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist));
        m_admin = m_station->signIn(m_station->addUser(QStringLiteral("boss@clinic.org"), Role::Admin));
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));
        m_pat = registerPatient(QStringLiteral("pat@x.org"));
        m_other = registerPatient(QStringLiteral("other@x.org"));
        QVERIFY(isUuidV7(m_pat.actor.userId));
        QVERIFY(isUuidV7(m_other.actor.userId));
        QCOMPARE(m_pat.access.count(QLatin1Char('.')), 2);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    // ---- POST /api/auth/register/ with 002's body ----------------------------------------------------

    void registerMakesAPatientAccountWithItsProfile()
    {
        auto me = m_http->get(QStringLiteral("/api/users/me/"), m_pat.access);
        QCOMPARE(me.status, 200);
        const QJsonObject u = me.object();
        QCOMPARE(u.value(QStringLiteral("id")).toString(), m_pat.actor.userId);
        QCOMPARE(u.value(QStringLiteral("email")).toString(), QStringLiteral("pat@x.org"));
        // Privilege fields from an anonymous caller were ignored (decision 7).
        QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("Patient"));
        QCOMPARE(u.value(QStringLiteral("is_staff")).toBool(), false);
        QCOMPARE(u.value(QStringLiteral("is_superuser")).toBool(), false);
        QCOMPARE(u.value(QStringLiteral("is_active")).toBool(), true);
        QCOMPARE(u.value(QStringLiteral("phone_number")).toString(), QStringLiteral("+61400000101"));
        QCOMPARE(u.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("1990-04-02"));
        QCOMPARE(u.value(QStringLiteral("gender")).toString(), QStringLiteral("Female"));
        QCOMPARE(u.value(QStringLiteral("address")).toString(), QStringLiteral("1 Main St"));
        QCOMPARE(u.value(QStringLiteral("emergency_contact")).toString(), QStringLiteral("+61400000999"));
        QVERIFY(u.value(QStringLiteral("firebase_uid")).toString().startsWith(QStringLiteral("local-")));
        QVERIFY(!me.body.contains("password_hash") && !me.body.contains("argon2"));
        // The patient profile shares the account's id (decision 1). On the shared /api/patients/ path `user`
        // is seed 004's nested object (002's README does not document that path); `user_id` is the id.
        auto profile = m_http->get(QStringLiteral("/api/patients/%1/").arg(m_pat.actor.userId), m_pat.access);
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.object().value(QStringLiteral("user_id")).toString(), m_pat.actor.userId);
    }

    void registerRefusesADuplicateEmailAndBadFields()
    {
        int before = changes();
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/auth/register/"),
                                     QJsonObject{{QStringLiteral("email"), QStringLiteral("PAT@x.org")},
                                                 {QStringLiteral("password"), kPassword}}),
                        400, QStringLiteral("already exists"), before);
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/auth/register/"),
                                     QJsonObject{{QStringLiteral("email"), QStringLiteral("g@x.org")},
                                                 {QStringLiteral("password"), kPassword},
                                                 {QStringLiteral("gender"), QStringLiteral("robot")}}),
                        400, QStringLiteral("gender"), before);
        QVERIFY_REFUSED(
            m_http->post(QStringLiteral("/api/auth/register/"),
                         QJsonObject{{QStringLiteral("email"), QStringLiteral("d@x.org")},
                                     {QStringLiteral("password"), kPassword},
                                     {QStringLiteral("date_of_birth"), QStringLiteral("02/04/1990")}}),
            400, QStringLiteral("date_of_birth"), before);
    }

    // ---- POST /api/auth/register/doctor/ and PUT /api/doctors/{id}/approve/ ---------------------------

    void doctorSignUpWaitsForApproval()
    {
        auto r = m_http->post(QStringLiteral("/api/auth/register/doctor/"),
                              doctorForm(QStringLiteral("dana@x.org"), QStringLiteral("LIC-1")));
        QCOMPARE(r.status, 201);
        const QJsonObject u = r.object();
        const QString id = u.value(QStringLiteral("id")).toString();
        QVERIFY(isUuidV7(id));
        QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("Doctor"));
        const QJsonObject doctor = u.value(QStringLiteral("doctor")).toObject();
        QCOMPARE(doctor.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(doctor.value(QStringLiteral("user")).toString(), id);
        QCOMPARE(doctor.value(QStringLiteral("license_number")).toString(), QStringLiteral("LIC-1"));
        QCOMPARE(doctor.value(QStringLiteral("consultation_fee")).toString(), QStringLiteral("150.00"));
        QCOMPARE(doctor.value(QStringLiteral("experience")).toInt(), 7);
        QCOMPARE(doctor.value(QStringLiteral("is_approved")).toBool(), false);
        QVERIFY(doctor.value(QStringLiteral("approved_at")).isNull());
        QCOMPARE(doctor.value(QStringLiteral("name")).toString(), QStringLiteral("Dana Molar"));

        // Until approved, the account has a patient's rights: no clinic stock.
        auto login = m_http->post(QStringLiteral("/api/auth/login/"),
                                  QJsonObject{{QStringLiteral("email"), QStringLiteral("dana@x.org")},
                                              {QStringLiteral("password"), kPassword}});
        QCOMPARE(login.status, 200);
        const QString token = login.object().value(QStringLiteral("access")).toString();
        QCOMPARE(m_http->get(QStringLiteral("/api/materials/"), token).status, 403);

        // Approval is staff only.
        int before = changes();
        const QString approve = QStringLiteral("/api/doctors/%1/approve/").arg(id);
        QVERIFY_REFUSED(m_http->put(approve, QJsonObject{}, token), 403, QString(), before);
        QVERIFY_REFUSED(m_http->put(approve, QJsonObject{}, m_pat.access), 403, QString(), before);
        QVERIFY_REFUSED(m_http->put(QStringLiteral("/api/doctors/%1/approve/").arg(kUnknownId), QJsonObject{},
                                    m_staff.access),
                        404, QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(
            m_http->put(QStringLiteral("/api/doctors/42/approve/"), QJsonObject{}, m_staff.access), 404,
            QStringLiteral("Not found"), before);
        auto ok =
            m_http->put(approve, QJsonObject{{QStringLiteral("approval_notes"), QStringLiteral("Checked")}},
                        m_staff.access);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(QStringLiteral("is_approved")).toBool(), true);
        QCOMPARE(ok.object().value(QStringLiteral("approval_notes")).toString(), QStringLiteral("Checked"));
        QVERIFY(!ok.object().value(QStringLiteral("approved_at")).toString().isEmpty());
        // The approval holds from the next request on.
        QCOMPARE(m_http->get(QStringLiteral("/api/materials/"), token).status, 200);
        // The same through the /api/staff/ mount.
        QCOMPARE(m_http->put(QStringLiteral("/api/staff/%1/approve/").arg(id), QJsonObject{}, m_admin.access)
                     .status,
                 200);
    }

    void doctorSignUpRefusesBadInput()
    {
        int before = changes();
        const int users = scalar(QStringLiteral("SELECT count(*) FROM users"));
        QJsonObject missing = doctorForm(QStringLiteral("x1@x.org"), QString());
        missing.remove(QStringLiteral("license_number"));
        missing.remove(QStringLiteral("consultation_fee"));
        auto r = m_http->post(QStringLiteral("/api/auth/register/doctor/"), missing);
        QVERIFY_REFUSED(r, 400, QStringLiteral("license_number"), before);
        QVERIFY(r.object().contains(QStringLiteral("consultation_fee")));

        QJsonObject badFee = doctorForm(QStringLiteral("x2@x.org"), QStringLiteral("LIC-X2"));
        badFee.insert(QStringLiteral("consultation_fee"), QStringLiteral("lots"));
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/auth/register/doctor/"), badFee), 400,
                        QStringLiteral("consultation_fee"), before);
        QJsonObject badExperience = doctorForm(QStringLiteral("x3@x.org"), QStringLiteral("LIC-X3"));
        badExperience.insert(QStringLiteral("experience"), -1);
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/auth/register/doctor/"), badExperience), 400,
                        QStringLiteral("experience"), before);
        // A licence already held, an email already taken.
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/auth/register/doctor/"),
                                     doctorForm(QStringLiteral("x4@x.org"), QStringLiteral("LIC-1"))),
                        400, QStringLiteral("license_number"), before);
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/auth/register/doctor/"),
                                     doctorForm(QStringLiteral("pat@x.org"), QStringLiteral("LIC-X5"))),
                        400, QStringLiteral("email"), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), users);
    }

    // ---- /api/users/me/, /api/users/update/ -------------------------------------------------------------

    void meAndUpdateNeedCredentials()
    {
        int before = changes();
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/users/me/")), 401, QStringLiteral("credentials"),
                        before);
        QVERIFY_REFUSED(m_http->put(QStringLiteral("/api/users/update/"),
                                    QJsonObject{{QStringLiteral("first_name"), QStringLiteral("X")}}),
                        401, QStringLiteral("credentials"), before);
        QVERIFY_REFUSED(m_http->request("POST", QStringLiteral("/api/users/me/"), {}, m_pat.access), 405,
                        QString(), before);
    }

    void updateIgnoresPrivilegeFields()
    {
        auto r = m_http->put(QStringLiteral("/api/users/update/"),
                             QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Patricia")},
                                         {QStringLiteral("address"), QStringLiteral("2 Side St")},
                                         {QStringLiteral("role"), QStringLiteral("Admin")},
                                         {QStringLiteral("user_type"), QStringLiteral("admin")},
                                         {QStringLiteral("is_staff"), true},
                                         {QStringLiteral("is_superuser"), true},
                                         {QStringLiteral("password"), QStringLiteral("plain-text")}},
                             m_pat.access);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("first_name")).toString(), QStringLiteral("Patricia"));
        QCOMPARE(r.object().value(QStringLiteral("address")).toString(), QStringLiteral("2 Side St"));
        QCOMPARE(r.object().value(QStringLiteral("role")).toString(), QStringLiteral("Patient"));
        QCOMPARE(r.object().value(QStringLiteral("is_staff")).toBool(), false);
        QCOMPARE(r.object().value(QStringLiteral("is_superuser")).toBool(), false);
        // Still a patient for the server, and the password did not change.
        QCOMPARE(m_http->get(QStringLiteral("/api/users/"), m_pat.access).status, 403);
        auto login = m_http->post(QStringLiteral("/api/auth/login/"),
                                  QJsonObject{{QStringLiteral("email"), QStringLiteral("pat@x.org")},
                                              {QStringLiteral("password"), kPassword}});
        QCOMPARE(login.status, 200);
        auto patch =
            m_http->patch(QStringLiteral("/api/users/update/"),
                          QJsonObject{{QStringLiteral("last_name"), QStringLiteral("Ent")}}, m_pat.access);
        QCOMPARE(patch.status, 200);
        QCOMPARE(patch.object().value(QStringLiteral("first_name")).toString(), QStringLiteral("Patricia"));
        QCOMPARE(patch.object().value(QStringLiteral("last_name")).toString(), QStringLiteral("Ent"));
    }

    void updateRefusesBadInputAndWritesNothing()
    {
        int before = changes();
        QVERIFY_REFUSED(m_http->put(QStringLiteral("/api/users/update/"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("other@x.org")}},
                                    m_pat.access),
                        400, QStringLiteral("email"), before);
        QVERIFY_REFUSED(m_http->put(QStringLiteral("/api/users/update/"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("not-an-email")}},
                                    m_pat.access),
                        400, QStringLiteral("email"), before);
        // A bad profile field leaves the account's own fields unchanged too (one transaction).
        QVERIFY_REFUSED(
            m_http->put(QStringLiteral("/api/users/update/"),
                        QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Changed")},
                                    {QStringLiteral("date_of_birth"), QStringLiteral("yesterday")}},
                        m_pat.access),
            400, QStringLiteral("date_of_birth"), before);
        auto me = m_http->get(QStringLiteral("/api/users/me/"), m_pat.access);
        QCOMPARE(me.object().value(QStringLiteral("first_name")).toString(), QStringLiteral("Patricia"));
    }

    // ---- /api/users/ and /api/users/{id}/ -----------------------------------------------------------------

    void usersListAndDetail()
    {
        int before = changes();
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/users/"), m_pat.access), 403, QString(), before);
        auto all = m_http->get(QStringLiteral("/api/users/"), m_staff.access);
        QCOMPARE(all.status, 200);
        QVERIFY(ids(all.json().toArray()).contains(m_pat.actor.userId));

        const QString own = QStringLiteral("/api/users/%1/").arg(m_pat.actor.userId);
        QCOMPARE(m_http->get(own, m_pat.access).status, 200);
        QCOMPARE(m_http->get(own, m_staff.access).status, 200);
        // Another user's account is not the caller's to read or change.
        QVERIFY_REFUSED(m_http->get(own, m_other.access), 403, QString(), before);
        QVERIFY_REFUSED(m_http->put(own,
                                    QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Hacked")}},
                                    m_other.access),
                        403, QString(), before);
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/users/%1/").arg(kUnknownId), m_staff.access), 404,
                        QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/users/not-a-uuid/"), m_staff.access), 404,
                        QStringLiteral("Not found"), before);

        auto changed = m_http->patch(
            own, QJsonObject{{QStringLiteral("phone"), QStringLiteral("+61400000200")}}, m_staff.access);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.object().value(QStringLiteral("phone_number")).toString(),
                 QStringLiteral("+61400000200"));
        // An admin may change another account's role; the front desk may not.
        auto desk = m_http->patch(own, QJsonObject{{QStringLiteral("role"), QStringLiteral("Admin")}},
                                  m_staff.access);
        QCOMPARE(desk.status, 200);
        QCOMPARE(desk.object().value(QStringLiteral("role")).toString(), QStringLiteral("Patient"));
        const Account promoted = registerPatient(QStringLiteral("promoted@x.org"));
        auto byAdmin =
            m_http->patch(QStringLiteral("/api/users/%1/").arg(promoted.actor.userId),
                          QJsonObject{{QStringLiteral("role"), QStringLiteral("Staff")}}, m_admin.access);
        QCOMPARE(byAdmin.status, 200);
        QCOMPARE(byAdmin.object().value(QStringLiteral("role")).toString(), QStringLiteral("Staff"));
        QCOMPARE(byAdmin.object().value(QStringLiteral("is_staff")).toBool(), true);
        before = changes();
        QVERIFY_REFUSED(m_http->patch(QStringLiteral("/api/users/%1/").arg(promoted.actor.userId),
                                      QJsonObject{{QStringLiteral("role"), QStringLiteral("Pilot")}},
                                      m_admin.access),
                        400, QStringLiteral("role"), before);
        // A receptionist does not edit the admin's account.
        QVERIFY_REFUSED(m_http->patch(QStringLiteral("/api/users/%1/").arg(m_admin.actor.userId),
                                      QJsonObject{{QStringLiteral("first_name"), QStringLiteral("X")}},
                                      m_staff.access),
                        403, QString(), before);
    }

    // ---- DELETE /api/users/delete/ and /api/users/{id}/ ---------------------------------------------------

    void deleteUserIsStaffOnly()
    {
        Account victim = registerPatient(QStringLiteral("victim@x.org"));
        Account second = registerPatient(QStringLiteral("second@x.org"));
        Account third = registerPatient(QStringLiteral("third@x.org"));
        int before = changes();
        const QJsonObject body{{QStringLiteral("user_id"), victim.actor.userId}};
        QVERIFY_REFUSED(m_http->request("DELETE", QStringLiteral("/api/users/delete/"),
                                        QJsonDocument(body).toJson(), m_pat.access,
                                        {{"Content-Type", "application/json"}}),
                        403, QString(), before);
        QVERIFY_REFUSED(m_http->request("DELETE", QStringLiteral("/api/users/delete/"), {}, m_staff.access),
                        400, QStringLiteral("user_id is required."), before);
        QVERIFY_REFUSED(m_http->request("DELETE",
                                        QStringLiteral("/api/users/delete/?user_id=%1").arg(kUnknownId), {},
                                        m_staff.access),
                        404, QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(
            m_http->request("DELETE", QStringLiteral("/api/users/delete/?pk=12"), {}, m_staff.access), 404,
            QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/users/%1/").arg(victim.actor.userId), m_pat.access),
                        403, QString(), before);

        auto gone =
            m_http->request("DELETE", QStringLiteral("/api/users/delete/"), QJsonDocument(body).toJson(),
                            m_staff.access, {{"Content-Type", "application/json"}});
        QCOMPARE(gone.status, 204);
        QCOMPARE(
            m_http->get(QStringLiteral("/api/users/%1/").arg(victim.actor.userId), m_staff.access).status,
            404);
        // Its tokens end with it.
        QCOMPARE(m_http->get(QStringLiteral("/api/users/me/"), victim.access).status, 401);
        QCOMPARE(m_http
                     ->request("DELETE", QStringLiteral("/api/users/delete/?pk=%1").arg(second.actor.userId),
                               {}, m_staff.access)
                     .status,
                 204);
        QCOMPARE(m_http->del(QStringLiteral("/api/users/%1/").arg(third.actor.userId), m_admin.access).status,
                 204);
    }

    // ---- Doctors: /list/, /{id}/, /doctors/ CRUD, /api/staff/ ---------------------------------------------

    void doctorsListAndDetail()
    {
        const QString ruiz = addDoctor(QStringLiteral("Dr Ruiz"));
        QVERIFY(isUuidV7(ruiz));
        for (const QString& path : {QStringLiteral("/api/doctors/list/"), QStringLiteral("/api/staff/list/"),
                                    QStringLiteral("/api/staff/"), QStringLiteral("/api/doctors/doctors/")}) {
            auto list = m_http->get(path, m_pat.access);
            QCOMPARE(list.status, 200);
            QVERIFY2(ids(list.json().toArray()).contains(ruiz), qPrintable(path));
        }
        auto one = m_http->get(QStringLiteral("/api/staff/%1/").arg(ruiz), m_pat.access);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QStringLiteral("name")).toString(), QStringLiteral("Dr Ruiz"));
        QVERIFY(one.object().value(QStringLiteral("user")).isNull());
        QCOMPARE(m_http->get(QStringLiteral("/api/doctors/%1/").arg(ruiz), m_pat.access).status, 200);
        int before = changes();
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/staff/%1/").arg(kUnknownId), m_pat.access), 404,
                        QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/doctors/doctors/7/"), m_pat.access), 404,
                        QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/doctors/list/")), 401, QString(), before);
    }

    void doctorCrudIsStaffOnly()
    {
        for (const QString& base :
             {QStringLiteral("/api/doctors/doctors/"), QStringLiteral("/api/staff/doctors/")}) {
            int before = changes();
            QVERIFY_REFUSED(m_http->post(base,
                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Self")}},
                                         m_pat.access),
                            403, QStringLiteral("permission"), before);
            QVERIFY_REFUSED(m_http->post(base,
                                         QJsonObject{{QStringLiteral("specialization"), QStringLiteral("X")}},
                                         m_staff.access),
                            400, QStringLiteral("name"), before);
            auto made =
                m_http->post(base,
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Crud")},
                                         {QStringLiteral("consultation_fee"), 80.5},
                                         {QStringLiteral("license_number"), base + QStringLiteral("L")}},
                             m_staff.access);
            QCOMPARE(made.status, 201);
            QCOMPARE(made.object().value(QStringLiteral("consultation_fee")).toString(),
                     QStringLiteral("80.50"));
            const QString item =
                base + made.object().value(QStringLiteral("id")).toString() + QLatin1Char('/');
            QCOMPARE(m_http->get(item, m_pat.access).status, 200);
            before = changes();
            QVERIFY_REFUSED(m_http->patch(item, QJsonObject{{QStringLiteral("experience"), 3}}, m_pat.access),
                            403, QString(), before);
            QVERIFY_REFUSED(m_http->put(item, QJsonObject{{QStringLiteral("experience"), 3}}, m_staff.access),
                            400, QStringLiteral("name"), before);
            auto patched =
                m_http->patch(item, QJsonObject{{QStringLiteral("experience"), 3}}, m_staff.access);
            QCOMPARE(patched.status, 200);
            QCOMPARE(patched.object().value(QStringLiteral("experience")).toInt(), 3);
            QCOMPARE(m_http
                         ->put(item, QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Put")}},
                               m_staff.access)
                         .status,
                     200);
            before = changes();
            QVERIFY_REFUSED(m_http->del(item, m_pat.access), 403, QString(), before);
            QCOMPARE(m_http->del(item, m_staff.access).status, 204);
            QCOMPARE(m_http->get(item, m_pat.access).status, 404);
        }
    }

    // ---- GET /api/doctors/{id}/availability/
    // ---------------------------------------------------------------

    void availabilityIsTheWeeklyPattern()
    {
        const QString kim = addDoctor(QStringLiteral("Dr Kim"));
        // Without hours of her own, the dentist works the clinic's (Monday to Friday, 08:00-18:00).
        auto clinic = m_http->get(QStringLiteral("/api/doctors/%1/availability/").arg(kim), m_pat.access);
        QCOMPARE(clinic.status, 200);
        const QJsonArray days = clinic.json().toArray();
        QCOMPARE(days.size(), 5);
        QCOMPARE(days.first().toObject().value(QStringLiteral("day_of_week")).toString(),
                 QStringLiteral("Monday"));
        QCOMPARE(days.first().toObject().value(QStringLiteral("start_time")).toString(),
                 QStringLiteral("08:00:00"));
        QCOMPARE(days.last().toObject().value(QStringLiteral("day_of_week")).toString(),
                 QStringLiteral("Friday"));

        QVERIFY(!m_station->services->schedule.setWorkingHours(
            m_staff.actor, kim, {{2, QTime(9, 0), QTime(12, 30)}, {6, QTime(10, 0), QTime(14, 0)}}));
        for (const QString& p : {QStringLiteral("/api/doctors/%1/availability/"),
                                 QStringLiteral("/api/staff/%1/availability")}) {
            auto own = m_http->get(p.arg(kim), m_pat.access);
            QCOMPARE(own.status, 200);
            const QJsonArray rows = own.json().toArray();
            QCOMPARE(rows.size(), 2);
            const QJsonObject tue = rows.at(0).toObject();
            QVERIFY(isUuidV7(tue.value(QStringLiteral("id")).toString()));
            QCOMPARE(tue.value(QStringLiteral("doctor")).toString(), kim);
            QCOMPARE(tue.value(QStringLiteral("day_of_week")).toString(), QStringLiteral("Tuesday"));
            QCOMPARE(tue.value(QStringLiteral("start_time")).toString(), QStringLiteral("09:00:00"));
            QCOMPARE(tue.value(QStringLiteral("end_time")).toString(), QStringLiteral("12:30:00"));
            QCOMPARE(tue.value(QStringLiteral("is_available")).toBool(), true);
            QCOMPARE(tue.value(QStringLiteral("max_appointments")).toInt(), 1);
            QCOMPARE(rows.at(1).toObject().value(QStringLiteral("day_of_week")).toString(),
                     QStringLiteral("Saturday"));
        }
        int before = changes();
        QVERIFY_REFUSED(
            m_http->get(QStringLiteral("/api/doctors/%1/availability/").arg(kUnknownId), m_pat.access), 404,
            QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/doctors/abc/availability/"), m_pat.access), 404,
                        QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/doctors/%1/availability/").arg(kim)), 401, QString(),
                        before);
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed002Accounts)
#include "tst_http_seed002_accounts.moc"

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
constexpr qint64 kBodyLimit = 64 * 1024;

bool isUuidV7(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject jwtClaims(const QString& token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
}

QString basic(const QString& identifier, const QString& password)
{
    return QStringLiteral("Basic ") +
           QString::fromLatin1((identifier + QLatin1Char(':') + password).toUtf8().toBase64());
}

// The "id" of every object in a JSON array reply.
QStringList ids(const HttpReply& reply)
{
    QStringList out;
    for (const QJsonValue& v : reply.json().toArray())
        out.append(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

} // namespace

// A refusal as the contracts want it: the status, a JSON object body mentioning `text`, and no write at all.
#define QVERIFY_REFUSED(reply, status, text, before)                                                         \
    do {                                                                                                     \
        const QString problem_ = refusalProblem((reply), (status), (text), (before));                        \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                  \
    } while (false)

// A validation refusal: 400 with a DRF field dict whose `field` key holds at least one message.
#define QVERIFY_FIELD_ERROR(reply, field, before)                                                            \
    do {                                                                                                     \
        const QString problem_ = fieldErrorProblem((reply), (field), (before));                              \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                  \
    } while (false)

// Seed 001 ("Healthcare Backend API") over real HTTP: every endpoint with good and bad input. A bad request
// must get a 4xx with a JSON body naming the field or the reason, and must write nothing. One station and
// server serve the whole file, so logins (Argon2id, ~0.1 s each) happen once; tests that need a clean view
// create their own rows and compare ids rather than totals.
class TestHttpSeed001 : public QObject
{
    Q_OBJECT
private:
    using Account = ApiUser;

    // What a refused request must leave alone: the change log (every replicated write lands there) and the
    // live rows each service reports.
    struct Counts
    {
        int changes = -1;
        int users = -1;
        int patients = -1;
        int doctors = -1;
        int mappings = -1;
        bool operator==(const Counts&) const = default;
        QString text() const
        {
            return QStringLiteral("changes=%1 users=%2 patients=%3 doctors=%4 mappings=%5")
                .arg(changes)
                .arg(users)
                .arg(patients)
                .arg(doctors)
                .arg(mappings);
        }
    };

    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    quint16 m_port = 0;
    Account m_staff; // receptionist
    Account m_admin;
    Account m_dentist;
    Account m_alice; // patient-role accounts registered through the API
    Account m_bob;
    QString m_aliceRefresh;
    QString m_aliceOpaque;

    int scalar(const QString& sqlText) const
    {
        auto v = sql::scalar(m_station->db->connection(), sqlText);
        return v ? v->toInt() : -1;
    }

    Counts counts() const
    {
        Services& s = *m_station->services;
        Counts c;
        c.changes = scalar(QStringLiteral("SELECT count(*) FROM change_log"));
        c.users = scalar(QStringLiteral("SELECT count(*) FROM users WHERE deleted_at IS NULL"));
        if (auto n = s.patients.count(m_staff.actor))
            c.patients = *n;
        if (auto list = s.doctors.list(m_staff.actor))
            c.doctors = int(list->size());
        if (auto list = s.mappings.list(m_staff.actor))
            c.mappings = int(list->size());
        return c;
    }

    QString refusalProblem(const HttpReply& reply, int status, const QString& text,
                           const Counts& before) const
    {
        const QString body = QString::fromUtf8(reply.body);
        if (reply.status != status)
            return QStringLiteral("expected %1, got %2: %3").arg(status).arg(reply.status).arg(body);
        if (!reply.json().isObject())
            return QStringLiteral("the body is not a JSON object: ") + body;
        if (!text.isEmpty() && !body.contains(text))
            return QStringLiteral("the body does not mention \"%1\": %2").arg(text, body);
        const Counts now = counts();
        if (!(now == before))
            return QStringLiteral("a refused request wrote: before %1, after %2")
                .arg(before.text(), now.text());
        return {};
    }

    QString fieldErrorProblem(const HttpReply& reply, const QString& field, const Counts& before) const
    {
        if (QString problem = refusalProblem(reply, 400, QString(), before); !problem.isEmpty())
            return problem;
        const QJsonArray messages = reply.object().value(field).toArray();
        if (messages.isEmpty() || !messages.first().isString() || messages.first().toString().isEmpty())
            return QStringLiteral("no message for \"%1\": %2").arg(field, QString::fromUtf8(reply.body));
        return {};
    }

    // Tokens made by the service itself cost no password hash; used after the clock has moved past the old
    // ones.
    void reissueTokens()
    {
        for (Account* a : {&m_staff, &m_admin, &m_dentist, &m_alice, &m_bob})
            *a = m_station->signIn(a->actor);
    }

    void advanceClock(qint64 seconds)
    {
        m_station->clock.advanceSeconds(seconds);
        reissueTokens();
    }

    QString addPatient(const Account& owner, const QString& name, QJsonObject fields = {})
    {
        fields.insert(QStringLiteral("name"), name);
        auto r = m_http->post(QStringLiteral("/api/patients/"), fields, owner.access);
        return r.status == 201 ? r.object().value(QStringLiteral("id")).toString() : QString();
    }

    QString addDoctor(const QString& name, QJsonObject fields = {})
    {
        fields.insert(QStringLiteral("name"), name);
        auto r = m_http->post(QStringLiteral("/api/doctors/"), fields, m_staff.access);
        return r.status == 201 ? r.object().value(QStringLiteral("id")).toString() : QString();
    }

    HttpReply map(const Account& who, const QString& patient, const QString& doctor)
    {
        return m_http->post(
            QStringLiteral("/api/mappings/"),
            QJsonObject{{QStringLiteral("patient_id"), patient}, {QStringLiteral("doctor_id"), doctor}},
            who.access);
    }

    HttpReply login(const QString& email, const QString& password = kPassword)
    {
        return m_http->post(
            QStringLiteral("/api/auth/login/"),
            QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>();
        m_staff.actor = m_station->addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        m_admin = m_station->signIn(m_station->addUser(QStringLiteral("boss@clinic.org"), Role::Admin));
        m_dentist = m_station->signIn(m_station->addUser(QStringLiteral("molar@clinic.org"), Role::Dentist));
        api::ApiServerConfig config;
        config.limits.maxBodyBytes = kBodyLimit;
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, config);
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_port = *port;
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(m_port));

        for (Account* who : {&m_alice, &m_bob}) {
            const QString first = who == &m_alice ? QStringLiteral("alice") : QStringLiteral("bob");
            auto r = m_http->post(QStringLiteral("/api/auth/register/"),
                                  QJsonObject{{QStringLiteral("name"), first + QStringLiteral(" Smith")},
                                              {QStringLiteral("email"), first + QStringLiteral("@x.org")},
                                              {QStringLiteral("password"), kPassword}});
            QCOMPARE(r.status, 201);
            who->actor = Actor{
                r.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
                Role::Patient, QStringLiteral("test")};
            QVERIFY(isUuidV7(who->actor.userId));
        }
        auto staff = login(QStringLiteral("desk@clinic.org"));
        QCOMPARE(staff.status, 200);
        m_staff.access = staff.object().value(QStringLiteral("access")).toString();
        auto alice = login(QStringLiteral("alice@x.org"));
        QCOMPARE(alice.status, 200);
        m_alice.access = alice.object().value(QStringLiteral("access")).toString();
        m_aliceRefresh = alice.object().value(QStringLiteral("refresh")).toString();
        m_aliceOpaque = alice.object().value(QStringLiteral("token")).toString();
        auto bob = login(QStringLiteral("bob@x.org"));
        QCOMPARE(bob.status, 200);
        m_bob.access = bob.object().value(QStringLiteral("access")).toString();
        for (const Account* a : {&m_staff, &m_admin, &m_dentist, &m_alice, &m_bob})
            QCOMPARE(a->access.count(QLatin1Char('.')), 2);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    // ---- POST /api/auth/register/ -------------------------------------------------------------------------

    void registerMakesAPatientAccountThatCanLogIn()
    {
        const Counts before = counts();
        // Privilege fields from an anonymous caller are ignored (decision 7); no trailing slash (decision 4).
        auto r = m_http->post(QStringLiteral("/api/auth/register"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Cara Jones")},
                                          {QStringLiteral("email"), QStringLiteral("cara@x.org")},
                                          {QStringLiteral("password"), QStringLiteral("cara-pass-1")},
                                          {QStringLiteral("role"), QStringLiteral("admin")},
                                          {QStringLiteral("is_staff"), true},
                                          {QStringLiteral("user_type"), QStringLiteral("admin")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("User registered successfully"));
        const QJsonObject user = r.object().value(QStringLiteral("user")).toObject();
        QVERIFY(isUuidV7(user.value(QStringLiteral("id")).toString()));
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("Cara Jones"));
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("cara@x.org"));
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("cara"));
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("patient"));
        QCOMPARE(user.value(QStringLiteral("is_staff")).toBool(), false);
        QVERIFY(!r.body.contains("password_hash") && !r.body.contains("argon2") &&
                !r.body.contains("cara-pass-1"));
        QCOMPARE(counts().users, before.users + 1);

        // The account works at once (decision 3), and it is not staff whatever the body claimed.
        const QString access = r.object().value(QStringLiteral("access")).toString();
        auto own = m_http->get(QStringLiteral("/api/patients/"), access);
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json().toArray().size(), 0);
        const Counts mid = counts();
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/doctors/"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Self")}},
                                     access),
                        403, QStringLiteral("permission"), mid);
        auto l = login(QStringLiteral("cara@x.org"), QStringLiteral("cara-pass-1"));
        QCOMPARE(l.status, 200);
        QCOMPARE(jwtClaims(l.object().value(QStringLiteral("access")).toString())
                     .value(QStringLiteral("user_id"))
                     .toString(),
                 user.value(QStringLiteral("id")).toString());
    }

    void onlyAnAdminChoosesTheRoleOfANewAccount()
    {
        auto byAdmin = m_http->post(QStringLiteral("/api/auth/register/"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("rita@clinic.org")},
                                                {QStringLiteral("password"), kPassword},
                                                {QStringLiteral("role"), QStringLiteral("receptionist")}},
                                    m_admin.access);
        QCOMPARE(byAdmin.status, 201);
        QCOMPARE(byAdmin.object()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("receptionist"));
        // The front desk is staff, but not allowed to hand out roles.
        auto byDesk = m_http->post(QStringLiteral("/api/auth/register/"),
                                   QJsonObject{{QStringLiteral("email"), QStringLiteral("sam@clinic.org")},
                                               {QStringLiteral("password"), kPassword},
                                               {QStringLiteral("role"), QStringLiteral("admin")}},
                                   m_staff.access);
        QCOMPARE(byDesk.status, 201);
        QCOMPARE(
            byDesk.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
            QStringLiteral("patient"));
    }

    void registerRefusesBadInput()
    {
        const Counts before = counts();
        const QString path = QStringLiteral("/api/auth/register/");
        // Duplicate email, whatever its case.
        QVERIFY_FIELD_ERROR(
            m_http->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                           {QStringLiteral("email"), QStringLiteral("ALICE@x.org")},
                                           {QStringLiteral("password"), kPassword}}),
            QStringLiteral("email"), before);
        QVERIFY_FIELD_ERROR(
            m_http->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("No Password")},
                                           {QStringLiteral("email"), QStringLiteral("new@x.org")}}),
            QStringLiteral("password"), before);
        QVERIFY_FIELD_ERROR(m_http->post(path, QJsonObject{{QStringLiteral("password"), kPassword}}),
                            QStringLiteral("email"), before);
        QVERIFY_FIELD_ERROR(
            m_http->post(path, QJsonObject{{QStringLiteral("email"), QStringLiteral("not-an-email")},
                                           {QStringLiteral("password"), kPassword}}),
            QStringLiteral("email"), before);
        QVERIFY_FIELD_ERROR(
            m_http->post(path, QJsonObject{{QStringLiteral("email"), QStringLiteral("n@x.org")},
                                           {QStringLiteral("password"), QStringLiteral("short")}}),
            QStringLiteral("password"), before);
        QVERIFY_FIELD_ERROR(
            m_http->post(path, QJsonObject{{QStringLiteral("email"), QStringLiteral("n@x.org")},
                                           {QStringLiteral("password"), 12345678}}),
            QStringLiteral("password"), before);
        QVERIFY_FIELD_ERROR(m_http->post(path, QJsonObject{{QStringLiteral("email"), QJsonArray{1}},
                                                           {QStringLiteral("password"), kPassword}}),
                            QStringLiteral("email"), before);
        // Both required fields at once, from an empty object and from no body at all.
        auto empty = m_http->post(path, QJsonObject{});
        QVERIFY_FIELD_ERROR(empty, QStringLiteral("email"), before);
        QVERIFY_FIELD_ERROR(empty, QStringLiteral("password"), before);
        QVERIFY_FIELD_ERROR(m_http->request("POST", path), QStringLiteral("password"), before);
        QVERIFY_REFUSED(m_http->request("POST", path, "{\"email\": \"x@x.org\", "), 400,
                        QStringLiteral("JSON parse error"), before);
        QVERIFY_REFUSED(m_http->request("POST", path, "[{\"email\": \"x@x.org\"}]"), 400,
                        QStringLiteral("non_field_errors"), before);
    }

    // ---- POST /api/auth/login/ ----------------------------------------------------------------------------

    void loginReturnsSimpleJwtPairAndKnoxToken()
    {
        auto r = login(QStringLiteral("bob@x.org"));
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.object();
        const QJsonObject access = jwtClaims(body.value(QStringLiteral("access")).toString());
        const QJsonObject refresh = jwtClaims(body.value(QStringLiteral("refresh")).toString());
        QCOMPARE(access.value(QStringLiteral("token_type")).toString(), QStringLiteral("access"));
        QCOMPARE(refresh.value(QStringLiteral("token_type")).toString(), QStringLiteral("refresh"));
        QCOMPARE(access.value(QStringLiteral("user_id")).toString(), m_bob.actor.userId);
        // simplejwt claims; access lives 60 minutes, refresh 7 days.
        QCOMPARE(access.value(QStringLiteral("exp")).toInteger() -
                     access.value(QStringLiteral("iat")).toInteger(),
                 qint64(3600));
        QCOMPARE(refresh.value(QStringLiteral("exp")).toInteger() -
                     refresh.value(QStringLiteral("iat")).toInteger(),
                 qint64(7 * 24 * 3600));
        QVERIFY(!access.value(QStringLiteral("jti")).toString().isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(body.value(QStringLiteral("token")).toString())
                    .hasMatch());
        QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("bob@x.org"));
        QVERIFY(!r.body.contains("password_hash"));
    }

    void loginRefusesBadInput()
    {
        const Counts before = counts();
        // A wrong password and an unknown account get the same answer, so emails cannot be probed.
        auto wrong = login(QStringLiteral("alice@x.org"), QStringLiteral("wrong-one"));
        QVERIFY_REFUSED(wrong, 401, QStringLiteral("Invalid credentials."), before);
        QVERIFY(!wrong.header("WWW-Authenticate").isEmpty());
        auto unknown = login(QStringLiteral("nobody@x.org"));
        QVERIFY_REFUSED(unknown, 401, QString(), before);
        QCOMPARE(unknown.body, wrong.body);

        const QString path = QStringLiteral("/api/auth/login/");
        QVERIFY_FIELD_ERROR(
            m_http->post(path, QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@x.org")}}),
            QStringLiteral("password"), before);
        QVERIFY_FIELD_ERROR(m_http->post(path, QJsonObject{{QStringLiteral("password"), kPassword}}),
                            QStringLiteral("email"), before);
        QVERIFY_FIELD_ERROR(m_http->post(path, QJsonObject{{QStringLiteral("email"), 42},
                                                           {QStringLiteral("password"), kPassword}}),
                            QStringLiteral("email"), before);
        QVERIFY_REFUSED(m_http->request("POST", path, "{\"email\":"), 400, QStringLiteral("JSON parse error"),
                        before);
        QVERIFY_REFUSED(m_http->request("POST", path, "[]"), 400, QStringLiteral("non_field_errors"), before);
    }

    // ---- POST /api/auth/refresh/ and /api/token/refresh/ ------------------------------------------------

    void refreshAtBothPaths()
    {
        for (const QString& path :
             {QStringLiteral("/api/auth/refresh/"), QStringLiteral("/api/token/refresh/"),
              QStringLiteral("/api/auth/refresh"), QStringLiteral("/api/token/refresh")}) {
            auto r = m_http->post(path, QJsonObject{{QStringLiteral("refresh"), m_aliceRefresh}});
            QVERIFY2(r.status == 200, qPrintable(path + QLatin1Char(' ') + QString::fromUtf8(r.body)));
            const QString access = r.object().value(QStringLiteral("access")).toString();
            QCOMPARE(jwtClaims(access).value(QStringLiteral("user_id")).toString(), m_alice.actor.userId);
            QCOMPARE(jwtClaims(r.object().value(QStringLiteral("refresh")).toString())
                         .value(QStringLiteral("token_type"))
                         .toString(),
                     QStringLiteral("refresh"));
            QCOMPARE(m_http->get(QStringLiteral("/api/patients/"), access).status, 200);
        }
        // The old refresh token stays valid after rotation (seed 004 clients reuse it), and so does the
        // alternative field name.
        auto again = m_http->post(QStringLiteral("/api/token/refresh/"),
                                  QJsonObject{{QStringLiteral("refresh_token"), m_aliceRefresh}});
        QCOMPARE(again.status, 200);
    }

    void refreshRefusesAnythingButARefreshToken()
    {
        const Counts before = counts();
        const QString path = QStringLiteral("/api/auth/refresh/");
        auto withAccess = m_http->post(path, QJsonObject{{QStringLiteral("refresh"), m_alice.access}});
        QVERIFY_REFUSED(withAccess, 401, QStringLiteral("token_not_valid"), before);
        QVERIFY(!withAccess.object().contains(QStringLiteral("access")));
        QVERIFY_REFUSED(m_http->post(path, QJsonObject{{QStringLiteral("refresh"), QStringLiteral("a.b.c")}}),
                        401, QStringLiteral("token_not_valid"), before);
        QVERIFY_REFUSED(m_http->post(path, QJsonObject{{QStringLiteral("refresh"), m_aliceOpaque}}), 401,
                        QStringLiteral("token_not_valid"), before);
        QVERIFY_FIELD_ERROR(m_http->post(path, QJsonObject{}), QStringLiteral("refresh"), before);
        QVERIFY_FIELD_ERROR(
            m_http->post(QStringLiteral("/api/token/refresh/"), QJsonObject{{QStringLiteral("refresh"), 7}}),
            QStringLiteral("refresh"), before);
        QVERIFY_REFUSED(m_http->request("POST", path, "{refresh}"), 400, QStringLiteral("JSON parse error"),
                        before);
    }

    // ---- Authentication on every protected endpoint -------------------------------------------------------

    void everyProtectedEndpointNeedsCredentials()
    {
        const QString patient = addPatient(m_alice, QStringLiteral("Guarded Patient"));
        const QString doctor = addDoctor(QStringLiteral("Dr Guarded"));
        const QString mapping = map(m_alice, patient, doctor).object().value(QStringLiteral("id")).toString();
        QVERIFY(isUuidV7(patient) && isUuidV7(doctor) && isUuidV7(mapping));

        const QByteArray patientBody = R"({"name":"Sneaky","age":30})";
        const QByteArray doctorBody = R"({"name":"Dr Sneaky"})";
        const QByteArray mappingBody = QStringLiteral(R"({"patient_id":"%1","doctor_id":"%2"})")
                                           .arg(patient, addDoctor(QStringLiteral("Dr Other")))
                                           .toUtf8();
        const QList<std::tuple<QByteArray, QString, QByteArray>> endpoints{
            {"GET", QStringLiteral("/api/patients/"), {}},
            {"POST", QStringLiteral("/api/patients/"), patientBody},
            {"GET", QStringLiteral("/api/patients/%1/").arg(patient), {}},
            {"PUT", QStringLiteral("/api/patients/%1/").arg(patient), patientBody},
            {"PATCH", QStringLiteral("/api/patients/%1/").arg(patient), patientBody},
            {"DELETE", QStringLiteral("/api/patients/%1/").arg(patient), {}},
            {"GET", QStringLiteral("/api/doctors/"), {}},
            {"POST", QStringLiteral("/api/doctors/"), doctorBody},
            {"GET", QStringLiteral("/api/doctors/%1/").arg(doctor), {}},
            {"PUT", QStringLiteral("/api/doctors/%1/").arg(doctor), doctorBody},
            {"PATCH", QStringLiteral("/api/doctors/%1/").arg(doctor), doctorBody},
            {"DELETE", QStringLiteral("/api/doctors/%1/").arg(doctor), {}},
            {"GET", QStringLiteral("/api/mappings/"), {}},
            {"POST", QStringLiteral("/api/mappings/"), mappingBody},
            {"GET", QStringLiteral("/api/mappings/%1/").arg(patient), {}},
            {"DELETE", QStringLiteral("/api/mappings/delete/%1/").arg(mapping), {}},
            {"DELETE", QStringLiteral("/api/mappings/%1/").arg(mapping), {}},
        };
        const Counts before = counts();
        for (const auto& [method, path, body] : endpoints) {
            const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + path;
            auto r = m_http->request(method, path, body);
            QVERIFY_REFUSED(r, 401, QStringLiteral("Authentication credentials were not provided."), before);
            QVERIFY2(r.header("WWW-Authenticate").startsWith("Bearer"), qPrintable(what));
        }
        // The same rows are all still there for their owner.
        QCOMPARE(m_http->get(QStringLiteral("/api/mappings/%1/").arg(patient), m_alice.access)
                     .json()
                     .toArray()
                     .size(),
                 1);
    }

    void badTokensAreRefused()
    {
        const QByteArray body = R"({"name":"Forged","age":30})";
        const QString path = QStringLiteral("/api/patients/");
        const Counts before = counts();

        // A refresh token is not an access token.
        QVERIFY_REFUSED(m_http->request("POST", path, body, m_aliceRefresh), 401,
                        QStringLiteral("token_not_valid"), before);
        QVERIFY_REFUSED(m_http->request("POST", path, body, QStringLiteral("not.a.jwt")), 401,
                        QStringLiteral("token_not_valid"), before);

        // Alice's token with Bob's id put in: the signature no longer matches.
        const QList<QByteArray> parts = m_alice.access.toLatin1().split('.');
        QJsonObject claims = jwtClaims(m_alice.access);
        claims.insert(QStringLiteral("user_id"), m_bob.actor.userId);
        const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        QVERIFY_REFUSED(m_http->request("POST", path, body,
                                        QString::fromLatin1(parts[0] + '.' + payload + '.' + parts[2])),
                        401, QStringLiteral("token_not_valid"), before);
        // ... nor can the signature be waved away with alg "none".
        const QByteArray none = base64Url(R"({"alg":"none","typ":"JWT"})");
        QVERIFY_REFUSED(m_http->request("POST", path, body, QString::fromLatin1(none + '.' + payload + '.')),
                        401, QString(), before);
        QVERIFY_REFUSED(
            m_http->request("POST", path, body, QString::fromLatin1(none + '.' + payload + ".e30")), 401,
            QString(), before);

        // Opaque tokens that were never issued, unknown schemes and broken Basic credentials.
        QVERIFY_REFUSED(m_http->request("POST", path, body, QStringLiteral("Token deadbeef")), 401,
                        QStringLiteral("Invalid token."), before);
        QVERIFY_REFUSED(
            m_http->request("POST", path, body, QStringLiteral("Token ") + QString(300, QLatin1Char('a'))),
            401, QString(), before);
        for (const QByteArray& header :
             {QByteArray("Digest abc"), QByteArray("Bearer"), QByteArray("Basic !!!"),
              QByteArray("Basic ") + QByteArray("no-colon").toBase64()}) {
            auto r = m_http->request("POST", path, body, {}, {{"Authorization", header}});
            QVERIFY_REFUSED(r, 401, QString(), before);
            QVERIFY2(!r.header("WWW-Authenticate").isEmpty(), header.constData());
        }
        QVERIFY_REFUSED(
            m_http->request("POST", path, body, basic(QStringLiteral("alice@x.org"), QStringLiteral("nope"))),
            401, QString(), before);
    }

    void everyAuthSchemeWorks()
    {
        const QString mine = addPatient(m_alice, QStringLiteral("Scheme Patient"));
        QVERIFY(isUuidV7(mine));
        const QStringList expected = ids(m_http->get(QStringLiteral("/api/patients/"), m_alice.access));
        QVERIFY(expected.contains(mine));
        // Bearer and Token (and JWT) are interchangeable for both token kinds; Basic works on every endpoint.
        for (const QString& credential :
             {QStringLiteral("Token ") + m_aliceOpaque, QStringLiteral("Bearer ") + m_aliceOpaque,
              QStringLiteral("Token ") + m_alice.access, QStringLiteral("JWT ") + m_alice.access,
              basic(QStringLiteral("alice@x.org"), kPassword)}) {
            auto r = m_http->get(QStringLiteral("/api/patients/"), credential);
            QVERIFY2(r.status == 200, qPrintable(credential + QLatin1Char(' ') + QString::fromUtf8(r.body)));
            QCOMPARE(ids(r), expected);
        }
        // Scheme names are case-insensitive, as in RFC 7235.
        auto lower = m_http->request("GET", QStringLiteral("/api/patients/"), {}, {},
                                     {{"Authorization", "bearer " + m_alice.access.toLatin1()}});
        QCOMPARE(lower.status, 200);
        // A write under Basic is attributed to the Basic user.
        auto created = m_http->post(QStringLiteral("/api/patients/"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Basic Patient")}},
                                    basic(QStringLiteral("alice@x.org"), kPassword));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("created_by")).toString(), m_alice.actor.userId);
    }

    void expiredTokensAreRefused()
    {
        auto bundle = m_station->services->accounts.issueTokens(m_alice.actor.userId);
        QVERIFY(bundle.ok());
        const QString path = QStringLiteral("/api/patients/");
        m_station->clock.advanceSeconds(59 * 60);
        QCOMPARE(m_http->get(path, bundle->access).status, 200);
        m_station->clock.advanceSeconds(2 * 60);
        const Counts before = counts();
        auto expired = m_http->request("POST", path, R"({"name":"Late"})", bundle->access);
        QVERIFY_REFUSED(expired, 401, QString(), before);
        QCOMPARE(expired.object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("token_not_valid"));
        QVERIFY(!expired.header("WWW-Authenticate").isEmpty());

        // The Knox-style token (10 days) and the refresh token (7 days) outlive the access token.
        QCOMPARE(m_http->get(path, QStringLiteral("Token ") + bundle->opaque).status, 200);
        auto refreshed = m_http->post(QStringLiteral("/api/auth/refresh/"),
                                      QJsonObject{{QStringLiteral("refresh"), bundle->refresh}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(m_http->get(path, refreshed.object().value(QStringLiteral("access")).toString()).status,
                 200);

        m_station->clock.advanceSeconds(7 * 24 * 3600);
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/auth/refresh/"),
                                     QJsonObject{{QStringLiteral("refresh"), bundle->refresh}}),
                        401, QStringLiteral("token_not_valid"), before);
        m_station->clock.advanceSeconds(3 * 24 * 3600);
        QVERIFY_REFUSED(m_http->get(path, QStringLiteral("Token ") + bundle->opaque), 401,
                        QStringLiteral("Invalid token."), before);
        reissueTokens();
        QCOMPARE(m_http->get(path, m_alice.access).status, 200);
    }

    // ---- /api/patients/ -----------------------------------------------------------------------------------

    void patientsCrud()
    {
        const Counts start = counts();
        auto created = m_http->post(QStringLiteral("/api/patients/"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann Lee")},
                                                {QStringLiteral("age"), 41},
                                                {QStringLiteral("gender"), QStringLiteral("Female")},
                                                {QStringLiteral("address"), QStringLiteral("1 Main St")},
                                                {QStringLiteral("condition"), QStringLiteral("Caries")}},
                                    m_alice.access);
        QCOMPARE(created.status, 201);
        const QJsonObject ann = created.object();
        const QString id = ann.value(QStringLiteral("id")).toString();
        QVERIFY(isUuidV7(id));
        QCOMPARE(ann.value(QStringLiteral("name")).toString(), QStringLiteral("Ann Lee"));
        QCOMPARE(ann.value(QStringLiteral("age")).toInt(), 41);
        QCOMPARE(ann.value(QStringLiteral("gender")).toString(), QStringLiteral("Female"));
        QCOMPARE(ann.value(QStringLiteral("address")).toString(), QStringLiteral("1 Main St"));
        QCOMPARE(ann.value(QStringLiteral("condition")).toString(), QStringLiteral("Caries"));
        QCOMPARE(ann.value(QStringLiteral("first_name")).toString(), QStringLiteral("Ann"));
        QCOMPARE(ann.value(QStringLiteral("last_name")).toString(), QStringLiteral("Lee"));
        QCOMPARE(ann.value(QStringLiteral("created_by")).toString(), m_alice.actor.userId);
        QCOMPARE(counts().patients, start.patients + 1);
        // A numeric string is an integer, as in DRF.
        auto numericAge = m_http->post(QStringLiteral("/api/patients"),
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Bo Lin")},
                                                   {QStringLiteral("age"), QStringLiteral("30")}},
                                       m_bob.access);
        QCOMPARE(numericAge.status, 201);
        QCOMPARE(numericAge.object().value(QStringLiteral("age")).toInt(), 30);
        const QString bobs = numericAge.object().value(QStringLiteral("id")).toString();

        // Lists are the caller's own patients; the front desk sees everyone.
        const QStringList aliceSees = ids(m_http->get(QStringLiteral("/api/patients/"), m_alice.access));
        QVERIFY(aliceSees.contains(id) && !aliceSees.contains(bobs));
        QCOMPARE(aliceSees.size(), *m_station->services->patients.count(m_alice.actor));
        const QStringList bobSees = ids(m_http->get(QStringLiteral("/api/patients/"), m_bob.access));
        QVERIFY(bobSees.contains(bobs) && !bobSees.contains(id));
        const QStringList staffSees = ids(m_http->get(QStringLiteral("/api/patients/"), m_staff.access));
        QVERIFY(staffSees.contains(id) && staffSees.contains(bobs));
        QCOMPARE(staffSees.size(), counts().patients);

        auto read = m_http->get(QStringLiteral("/api/patients/%1/").arg(id), m_alice.access);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object().value(QStringLiteral("name")).toString(), QStringLiteral("Ann Lee"));
        QCOMPARE(read.object().value(QStringLiteral("address")).toString(), QStringLiteral("1 Main St"));

        // PUT replaces, echoing the gender spelling it was sent; PATCH changes only what it names.
        auto put = m_http->put(QStringLiteral("/api/patients/%1/").arg(id),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann Lee-Park")},
                                           {QStringLiteral("age"), 42},
                                           {QStringLiteral("gender"), QStringLiteral("F")},
                                           {QStringLiteral("address"), QStringLiteral("2 High St")}},
                               m_alice.access);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("age")).toInt(), 42);
        QCOMPARE(put.object().value(QStringLiteral("gender")).toString(), QStringLiteral("F"));
        QCOMPARE(put.object().value(QStringLiteral("last_name")).toString(), QStringLiteral("Lee-Park"));
        auto patch = m_http->patch(QStringLiteral("/api/patients/%1").arg(id),
                                   QJsonObject{{QStringLiteral("condition"), QStringLiteral("Gingivitis")}},
                                   m_alice.access);
        QCOMPARE(patch.status, 200);
        QCOMPARE(patch.object().value(QStringLiteral("name")).toString(), QStringLiteral("Ann Lee-Park"));
        QCOMPARE(patch.object().value(QStringLiteral("age")).toInt(), 42);
        QCOMPARE(patch.object().value(QStringLiteral("address")).toString(), QStringLiteral("2 High St"));
        QCOMPARE(patch.object().value(QStringLiteral("condition")).toString(), QStringLiteral("Gingivitis"));
        QCOMPARE(m_http->get(QStringLiteral("/api/patients/%1").arg(id), m_alice.access).object(),
                 patch.object());

        // DELETE answers 204 with no body; afterwards the patient is gone for every verb.
        auto removed = m_http->del(QStringLiteral("/api/patients/%1/").arg(id), m_alice.access);
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        QCOMPARE(counts().patients, start.patients + 1);
        const Counts after = counts();
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/patients/%1/").arg(id), m_alice.access), 404,
                        QStringLiteral("Not found."), after);
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/patients/%1/").arg(id), m_staff.access), 404,
                        QStringLiteral("Not found."), after);
        QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/patients/%1/").arg(id), m_alice.access), 404,
                        QStringLiteral("Not found."), after);
        QVERIFY_REFUSED(m_http->patch(QStringLiteral("/api/patients/%1/").arg(id),
                                      QJsonObject{{QStringLiteral("age"), 1}}, m_alice.access),
                        404, QStringLiteral("Not found."), after);
        QVERIFY(!ids(m_http->get(QStringLiteral("/api/patients/"), m_alice.access)).contains(id));
    }

    void patientListSearchesAndTakesAWindow()
    {
        for (const QString& name : {QStringLiteral("Window Ada"), QStringLiteral("Window Bea"),
                                    QStringLiteral("Window Cem"), QStringLiteral("Other Dan")})
            QVERIFY(!addPatient(m_staff, name).isEmpty());
        auto names = [](const HttpReply& r) {
            QStringList out;
            for (const QJsonValue& p : r.json().toArray())
                out << p.toObject().value(QStringLiteral("name")).toString();
            return out;
        };
        const QString path = QStringLiteral("/api/patients/?search=window");
        QCOMPARE(names(m_http->get(path, m_staff.access)),
                 (QStringList{QStringLiteral("Window Ada"), QStringLiteral("Window Bea"),
                              QStringLiteral("Window Cem")}));
        QCOMPARE(names(m_http->get(path + QStringLiteral("&limit=2"), m_staff.access)),
                 (QStringList{QStringLiteral("Window Ada"), QStringLiteral("Window Bea")}));
        QCOMPARE(names(m_http->get(path + QStringLiteral("&limit=2&offset=2"), m_staff.access)),
                 QStringList{QStringLiteral("Window Cem")});
        for (const QString& bad :
             {QStringLiteral("&limit=-1"), QStringLiteral("&limit=ten"), QStringLiteral("&offset=1.5")}) {
            auto r = m_http->get(path + bad, m_staff.access);
            QCOMPARE(r.status, 400);
            QVERIFY(r.object().contains(bad.mid(1).section(QLatin1Char('='), 0, 0)));
        }
    }

    void patientsRefuseBadInput()
    {
        const QString id = addPatient(m_alice, QStringLiteral("Stable Patient"),
                                      QJsonObject{{QStringLiteral("age"), 30},
                                                  {QStringLiteral("phone"), QStringLiteral("+1 555 0100")}});
        QVERIFY(isUuidV7(id));
        const QJsonObject original =
            m_http->get(QStringLiteral("/api/patients/%1/").arg(id), m_alice.access).object();
        const Counts before = counts();
        const QString path = QStringLiteral("/api/patients/");
        const QString item = QStringLiteral("/api/patients/%1/").arg(id);
        auto post = [&](const QJsonObject& body) { return m_http->post(path, body, m_alice.access); };
        auto named = [](QJsonObject body) {
            body.insert(QStringLiteral("name"), QStringLiteral("Valid Name"));
            return body;
        };

        // Missing or unusable name: {"name": ["This field is required."]} like DRF.
        auto missing = post(QJsonObject{{QStringLiteral("age"), 30}});
        QVERIFY_FIELD_ERROR(missing, QStringLiteral("name"), before);
        QCOMPARE(missing.object().value(QStringLiteral("name")).toArray().first().toString(),
                 QStringLiteral("This field is required."));
        QVERIFY_FIELD_ERROR(post(QJsonObject{}), QStringLiteral("name"), before);
        QVERIFY_FIELD_ERROR(m_http->request("POST", path, {}, m_alice.access), QStringLiteral("name"),
                            before);
        for (const QJsonValue& bad :
             {QJsonValue(QString()), QJsonValue(QStringLiteral("   ")), QJsonValue(QJsonArray{1}),
              QJsonValue(true), QJsonValue(QJsonObject{}), QJsonValue(QString(256, QLatin1Char('n')))})
            QVERIFY_FIELD_ERROR(post(QJsonObject{{QStringLiteral("name"), bad}}), QStringLiteral("name"),
                                before);

        // Age must be an integer from 0 to 150.
        for (const QJsonValue& bad :
             {QJsonValue(QStringLiteral("abc")), QJsonValue(-5), QJsonValue(151), QJsonValue(30.5),
              QJsonValue(true), QJsonValue(QJsonArray{30}), QJsonValue(QStringLiteral("30 years"))})
            QVERIFY_FIELD_ERROR(post(named({{QStringLiteral("age"), bad}})), QStringLiteral("age"), before);

        QVERIFY_FIELD_ERROR(post(named({{QStringLiteral("gender"), QStringLiteral("robot")}})),
                            QStringLiteral("gender"), before);
        QVERIFY_FIELD_ERROR(post(named({{QStringLiteral("date_of_birth"), QStringLiteral("22/11/1990")}})),
                            QStringLiteral("date_of_birth"), before);
        QVERIFY_FIELD_ERROR(post(named({{QStringLiteral("date_of_birth"), QStringLiteral("2999-01-01")}})),
                            QStringLiteral("date_of_birth"), before);
        QVERIFY_FIELD_ERROR(post(named({{QStringLiteral("email"), QStringLiteral("nope")}})),
                            QStringLiteral("email"), before);
        QVERIFY_FIELD_ERROR(post(named({{QStringLiteral("phone"), QStringLiteral("call me")}})),
                            QStringLiteral("phone"), before);
        QVERIFY_FIELD_ERROR(post(named({{QStringLiteral("phone"), QStringLiteral("+1 555 0100")}})),
                            QStringLiteral("phone"), before);
        // Every problem is reported at once.
        auto several = post(QJsonObject{{QStringLiteral("age"), QStringLiteral("abc")},
                                        {QStringLiteral("gender"), QStringLiteral("robot")}});
        QVERIFY_FIELD_ERROR(several, QStringLiteral("name"), before);
        QVERIFY_FIELD_ERROR(several, QStringLiteral("age"), before);
        QVERIFY_FIELD_ERROR(several, QStringLiteral("gender"), before);

        // Bodies that are not a JSON object, or too big, or not JSON at all.
        QVERIFY_REFUSED(m_http->request("POST", path, "{\"name\": \"unterminated", m_alice.access), 400,
                        QStringLiteral("JSON parse error"), before);
        QVERIFY_REFUSED(m_http->request("POST", path, "[{\"name\": \"In a list\"}]", m_alice.access), 400,
                        QStringLiteral("non_field_errors"), before);
        QVERIFY_REFUSED(m_http->request("POST", path, "\"just a string\"", m_alice.access), 400, QString(),
                        before);
        QVERIFY_REFUSED(m_http->request("POST", path,
                                        "{\"name\": \"" + QByteArray(kBodyLimit + 1024, 'x') + "\"}",
                                        m_alice.access),
                        413, QStringLiteral("too large"), before);
        QVERIFY_REFUSED(
            m_http->request("POST", path, "name=x", m_alice.access, {{"Content-Type", "text/plain"}}), 415,
            QStringLiteral("Unsupported media type"), before);

        // Updates are validated the same way; PUT must carry the name again, PATCH may not blank it.
        QVERIFY_FIELD_ERROR(m_http->put(item, QJsonObject{{QStringLiteral("age"), 31}}, m_alice.access),
                            QStringLiteral("name"), before);
        QVERIFY_FIELD_ERROR(
            m_http->patch(item, QJsonObject{{QStringLiteral("age"), QStringLiteral("abc")}}, m_alice.access),
            QStringLiteral("age"), before);
        QVERIFY_FIELD_ERROR(m_http->patch(item, QJsonObject{{QStringLiteral("age"), -5}}, m_alice.access),
                            QStringLiteral("age"), before);
        QVERIFY_FIELD_ERROR(
            m_http->patch(item, QJsonObject{{QStringLiteral("name"), QString()}}, m_alice.access),
            QStringLiteral("name"), before);
        QVERIFY_REFUSED(m_http->request("PUT", item, "{\"name\":", m_alice.access), 400,
                        QStringLiteral("JSON parse error"), before);
        QVERIFY_REFUSED(m_http->request("PATCH", item, "[]", m_alice.access), 400,
                        QStringLiteral("non_field_errors"), before);
        QCOMPARE(m_http->get(item, m_alice.access).object(), original);

        // Unknown and malformed ids are 404 JSON (never 500) for every verb.
        const QString doctor = addDoctor(QStringLiteral("Dr Not A Patient"));
        const Counts withDoctor = counts();
        for (const QString& bad : {kUnknownId, QStringLiteral("42"), QStringLiteral("not-a-uuid"), doctor,
                                   QStringLiteral("%27%3B%20DROP%20TABLE%20patients%3B--")}) {
            const QString p = QStringLiteral("/api/patients/%1/").arg(bad);
            QVERIFY_REFUSED(m_http->get(p, m_alice.access), 404, QStringLiteral("Not found."), withDoctor);
            QVERIFY_REFUSED(
                m_http->put(p, QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}, m_staff.access),
                404, QStringLiteral("Not found."), withDoctor);
            QVERIFY_REFUSED(m_http->patch(p, QJsonObject{{QStringLiteral("age"), 3}}, m_staff.access), 404,
                            QStringLiteral("Not found."), withDoctor);
            QVERIFY_REFUSED(m_http->del(p, m_staff.access), 404, QStringLiteral("Not found."), withDoctor);
        }
    }

    void anotherUsersPatientDoesNotExistForYou()
    {
        const QString id =
            addPatient(m_alice, QStringLiteral("Private Patient"), {{QStringLiteral("age"), 50}});
        const QString doctor = addDoctor(QStringLiteral("Dr Private"));
        QVERIFY(isUuidV7(id) && isUuidV7(doctor));
        const QJsonObject original =
            m_http->get(QStringLiteral("/api/patients/%1/").arg(id), m_alice.access).object();
        const QString item = QStringLiteral("/api/patients/%1/").arg(id);
        const Counts before = counts();
        QVERIFY_REFUSED(m_http->get(item, m_bob.access), 404, QStringLiteral("Not found."), before);
        QVERIFY_REFUSED(m_http->put(item, QJsonObject{{QStringLiteral("name"), QStringLiteral("Hijacked")}},
                                    m_bob.access),
                        404, QStringLiteral("Not found."), before);
        QVERIFY_REFUSED(m_http->patch(item, QJsonObject{{QStringLiteral("age"), 1}}, m_bob.access), 404,
                        QStringLiteral("Not found."), before);
        QVERIFY_REFUSED(m_http->del(item, m_bob.access), 404, QStringLiteral("Not found."), before);
        // A dentist is no different unless assigned to the patient (see assignedDentistSeesThePatient).
        QVERIFY_REFUSED(m_http->get(item, m_dentist.access), 404, QStringLiteral("Not found."), before);
        // Mapping it is forbidden, and its mappings are as invisible as the patient.
        QVERIFY_REFUSED(map(m_bob, id, doctor), 403, QStringLiteral("your own patients"), before);
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/mappings/%1/").arg(id), m_bob.access), 404,
                        QStringLiteral("Not found."), before);
        QCOMPARE(m_http->get(item, m_alice.access).object(), original);
    }

    void staffSeeAndChangeEveryPatient()
    {
        const QString id = addPatient(m_alice, QStringLiteral("Desk Patient"));
        QVERIFY(isUuidV7(id));
        const QString item = QStringLiteral("/api/patients/%1/").arg(id);
        for (const Account* staff : {&m_staff, &m_admin})
            QCOMPARE(m_http->get(item, staff->access).status, 200);
        auto patch = m_http->patch(item, QJsonObject{{QStringLiteral("notes"), QStringLiteral("Called")}},
                                   m_staff.access);
        QCOMPARE(patch.status, 200);
        QCOMPARE(m_http->get(item, m_alice.access).object().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Called"));
        QCOMPARE(m_http->del(item, m_admin.access).status, 204);
        QCOMPARE(m_http->get(item, m_alice.access).status, 404);
    }

    // ---- /api/doctors/ ------------------------------------------------------------------------------------

    void doctorsCrudByStaff()
    {
        const Counts start = counts();
        auto created = m_http->post(QStringLiteral("/api/doctors/"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Ruiz")},
                                                {QStringLiteral("specialty"), QStringLiteral("Endodontics")},
                                                {QStringLiteral("email"), QStringLiteral("ruiz@clinic.org")},
                                                {QStringLiteral("experience"), 12}},
                                    m_staff.access);
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QVERIFY(isUuidV7(id));
        // Both spellings of the specialty come back (bhakti's `specialty`, the README's `specialization`).
        QCOMPARE(created.object().value(QStringLiteral("specialization")).toString(),
                 QStringLiteral("Endodontics"));
        QCOMPARE(created.object().value(QStringLiteral("specialty")).toString(),
                 QStringLiteral("Endodontics"));
        QCOMPARE(created.object().value(QStringLiteral("email")).toString(),
                 QStringLiteral("ruiz@clinic.org"));
        QCOMPARE(created.object().value(QStringLiteral("experience")).toInt(), 12);
        // An admin is staff too.
        auto byAdmin =
            m_http->post(QStringLiteral("/api/doctors"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Kim")},
                                     {QStringLiteral("specialization"), QStringLiteral("Orthodontics")}},
                         m_admin.access);
        QCOMPARE(byAdmin.status, 201);
        const QString kim = byAdmin.object().value(QStringLiteral("id")).toString();
        QCOMPARE(counts().doctors, start.doctors + 2);

        // Any authenticated user reads them.
        for (const Account* reader : {&m_alice, &m_bob, &m_dentist, &m_staff}) {
            const QStringList listed = ids(m_http->get(QStringLiteral("/api/doctors/"), reader->access));
            QVERIFY(listed.contains(id) && listed.contains(kim));
            QCOMPARE(listed.size(), counts().doctors);
            auto one = m_http->get(QStringLiteral("/api/doctors/%1/").arg(id), reader->access);
            QCOMPARE(one.status, 200);
            QCOMPARE(one.object().value(QStringLiteral("experience")).toInt(), 12);
        }

        auto put = m_http->put(QStringLiteral("/api/doctors/%1/").arg(id),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Ruiz-Ortega")},
                                           {QStringLiteral("specialization"), QStringLiteral("Endodontics")},
                                           {QStringLiteral("experience"), 13}},
                               m_staff.access);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("name")).toString(), QStringLiteral("Dr Ruiz-Ortega"));
        QCOMPARE(put.object().value(QStringLiteral("experience")).toInt(), 13);
        auto patch = m_http->patch(QStringLiteral("/api/doctors/%1").arg(id),
                                   QJsonObject{{QStringLiteral("phone"), QStringLiteral("+1 555 0199")}},
                                   m_admin.access);
        QCOMPARE(patch.status, 200);
        QCOMPARE(patch.object().value(QStringLiteral("name")).toString(), QStringLiteral("Dr Ruiz-Ortega"));
        QCOMPARE(patch.object().value(QStringLiteral("phone")).toString(), QStringLiteral("+1 555 0199"));
        QCOMPARE(m_http->get(QStringLiteral("/api/doctors/%1/").arg(id), m_bob.access).object(),
                 patch.object());

        auto removed = m_http->del(QStringLiteral("/api/doctors/%1/").arg(id), m_staff.access);
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        const Counts after = counts();
        QCOMPARE(after.doctors, start.doctors + 1);
        QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/doctors/%1/").arg(id), m_bob.access), 404,
                        QStringLiteral("Not found."), after);
        QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/doctors/%1/").arg(id), m_staff.access), 404,
                        QStringLiteral("Not found."), after);
        QVERIFY(!ids(m_http->get(QStringLiteral("/api/doctors/"), m_bob.access)).contains(id));
    }

    void doctorWritesAreStaffOnly()
    {
        const QString id = addDoctor(QStringLiteral("Dr Fixed"), {{QStringLiteral("experience"), 5}});
        QVERIFY(isUuidV7(id));
        const QJsonObject original =
            m_http->get(QStringLiteral("/api/doctors/%1/").arg(id), m_bob.access).object();
        const QString item = QStringLiteral("/api/doctors/%1/").arg(id);
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Dr Hijack")}};
        const Counts before = counts();
        const QString denied = QStringLiteral("You do not have permission to perform this action.");
        for (const Account* who : {&m_alice, &m_dentist}) {
            QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/doctors/"), body, who->access), 403, denied,
                            before);
            QVERIFY_REFUSED(m_http->put(item, body, who->access), 403, denied, before);
            QVERIFY_REFUSED(m_http->patch(item, body, who->access), 403, denied, before);
            QVERIFY_REFUSED(m_http->del(item, who->access), 403, denied, before);
        }
        QCOMPARE(m_http->get(item, m_bob.access).object(), original);
    }

    void doctorsRefuseBadInput()
    {
        const QString id = addDoctor(QStringLiteral("Dr Unique"),
                                     {{QStringLiteral("email"), QStringLiteral("unique@clinic.org")}});
        QVERIFY(isUuidV7(id));
        const QJsonObject original =
            m_http->get(QStringLiteral("/api/doctors/%1/").arg(id), m_staff.access).object();
        const Counts before = counts();
        const QString path = QStringLiteral("/api/doctors/");
        const QString item = QStringLiteral("/api/doctors/%1/").arg(id);
        auto post = [&](const QJsonObject& body) { return m_http->post(path, body, m_staff.access); };

        QVERIFY_FIELD_ERROR(post(QJsonObject{{QStringLiteral("specialization"), QStringLiteral("X")}}),
                            QStringLiteral("name"), before);
        QVERIFY_FIELD_ERROR(post(QJsonObject{{QStringLiteral("name"), QJsonArray{}}}), QStringLiteral("name"),
                            before);
        for (const QJsonValue& bad : {QJsonValue(QStringLiteral("lots")), QJsonValue(-1), QJsonValue(81),
                                      QJsonValue(2.5), QJsonValue(false)})
            QVERIFY_FIELD_ERROR(post(QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr X")},
                                                 {QStringLiteral("experience"), bad}}),
                                QStringLiteral("experience"), before);
        QVERIFY_FIELD_ERROR(post(QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr X")},
                                             {QStringLiteral("email"), QStringLiteral("at-nowhere")}}),
                            QStringLiteral("email"), before);
        QVERIFY_FIELD_ERROR(post(QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Copy")},
                                             {QStringLiteral("email"), QStringLiteral("UNIQUE@clinic.org")}}),
                            QStringLiteral("email"), before);
        QVERIFY_REFUSED(m_http->request("POST", path, "{\"name\" \"Dr X\"}", m_staff.access), 400,
                        QStringLiteral("JSON parse error"), before);
        QVERIFY_REFUSED(m_http->request("POST", path, "[\"Dr X\"]", m_staff.access), 400,
                        QStringLiteral("non_field_errors"), before);

        QVERIFY_FIELD_ERROR(m_http->put(item, QJsonObject{{QStringLiteral("experience"), 3}}, m_staff.access),
                            QStringLiteral("name"), before);
        QVERIFY_FIELD_ERROR(m_http->patch(item,
                                          QJsonObject{{QStringLiteral("experience"), QStringLiteral("abc")}},
                                          m_staff.access),
                            QStringLiteral("experience"), before);
        QVERIFY_FIELD_ERROR(
            m_http->patch(item, QJsonObject{{QStringLiteral("name"), QString()}}, m_staff.access),
            QStringLiteral("name"), before);
        QCOMPARE(m_http->get(item, m_staff.access).object(), original);

        for (const QString& bad : {kUnknownId, QStringLiteral("nope"), QStringLiteral("7")}) {
            const QString p = QStringLiteral("/api/doctors/%1/").arg(bad);
            QVERIFY_REFUSED(m_http->get(p, m_bob.access), 404, QStringLiteral("Not found."), before);
            QVERIFY_REFUSED(
                m_http->put(p, QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}, m_staff.access),
                404, QStringLiteral("Not found."), before);
            QVERIFY_REFUSED(m_http->patch(p, QJsonObject{{QStringLiteral("experience"), 3}}, m_staff.access),
                            404, QStringLiteral("Not found."), before);
            QVERIFY_REFUSED(m_http->del(p, m_staff.access), 404, QStringLiteral("Not found."), before);
        }
    }

    // ---- /api/mappings/ -----------------------------------------------------------------------------------

    void mappingsCreateListAndDelete()
    {
        const QString ann =
            addPatient(m_alice, QStringLiteral("Mapped Ann"),
                       {{QStringLiteral("age"), 33}, {QStringLiteral("gender"), QStringLiteral("Female")}});
        const QString ruiz = addDoctor(QStringLiteral("Dr Map Ruiz"),
                                       {{QStringLiteral("specialization"), QStringLiteral("Endodontics")},
                                        {QStringLiteral("experience"), 12}});
        const QString kim = addDoctor(QStringLiteral("Dr Map Kim"));
        const QString bobs = addPatient(m_bob, QStringLiteral("Mapped Bo"));
        QVERIFY(isUuidV7(ann) && isUuidV7(ruiz) && isUuidV7(kim) && isUuidV7(bobs));
        const Counts start = counts();

        // README body {patient_id, doctor_id} ...
        auto first = map(m_alice, ann, ruiz);
        QCOMPARE(first.status, 201);
        const QJsonObject m1 = first.object();
        QVERIFY(isUuidV7(m1.value(QStringLiteral("id")).toString()));
        QCOMPARE(m1.value(QStringLiteral("patient")).toString(), ann);
        QCOMPARE(m1.value(QStringLiteral("doctor")).toString(), ruiz);
        QCOMPARE(m1.value(QStringLiteral("patient_id")).toString(), ann);
        QCOMPARE(m1.value(QStringLiteral("doctor_id")).toString(), ruiz);
        QVERIFY(!m1.value(QStringLiteral("assigned_at")).toString().isEmpty());
        const QJsonObject patientDetails = m1.value(QStringLiteral("patient_details")).toObject();
        QCOMPARE(patientDetails.value(QStringLiteral("id")).toString(), ann);
        QCOMPARE(patientDetails.value(QStringLiteral("name")).toString(), QStringLiteral("Mapped Ann"));
        QCOMPARE(patientDetails.value(QStringLiteral("age")).toInt(), 33);
        QCOMPARE(patientDetails.value(QStringLiteral("gender")).toString(), QStringLiteral("Female"));
        const QJsonObject doctorDetails = m1.value(QStringLiteral("doctor_details")).toObject();
        QCOMPARE(doctorDetails.value(QStringLiteral("id")).toString(), ruiz);
        QCOMPARE(doctorDetails.value(QStringLiteral("name")).toString(), QStringLiteral("Dr Map Ruiz"));
        QCOMPARE(doctorDetails.value(QStringLiteral("specialization")).toString(),
                 QStringLiteral("Endodontics"));
        QCOMPARE(doctorDetails.value(QStringLiteral("experience")).toInt(), 12);

        // ... and the code's {patient, doctor}, a second later so "most recent" is well defined.
        m_station->clock.advanceSeconds(1);
        auto second = m_http->post(
            QStringLiteral("/api/mappings"),
            QJsonObject{{QStringLiteral("patient"), ann}, {QStringLiteral("doctor"), kim}}, m_alice.access);
        QCOMPARE(second.status, 201);
        const QString m1Id = m1.value(QStringLiteral("id")).toString();
        const QString m2Id = second.object().value(QStringLiteral("id")).toString();
        // Staff may assign doctors to anyone's patient.
        auto byStaff = map(m_staff, bobs, ruiz);
        QCOMPARE(byStaff.status, 201);
        const QString m3Id = byStaff.object().value(QStringLiteral("id")).toString();
        QCOMPARE(counts().mappings, start.mappings + 3);
        // The patient's `doctor` is its most recent assignment.
        QCOMPARE(m_http->get(QStringLiteral("/api/patients/%1/").arg(ann), m_alice.access)
                     .object()
                     .value(QStringLiteral("doctor"))
                     .toString(),
                 kim);

        const QStringList aliceSees = ids(m_http->get(QStringLiteral("/api/mappings/"), m_alice.access));
        QVERIFY(aliceSees.contains(m1Id) && aliceSees.contains(m2Id) && !aliceSees.contains(m3Id));
        const QStringList bobSees = ids(m_http->get(QStringLiteral("/api/mappings"), m_bob.access));
        QVERIFY(bobSees.contains(m3Id) && !bobSees.contains(m1Id) && !bobSees.contains(m2Id));
        const QStringList staffSees = ids(m_http->get(QStringLiteral("/api/mappings/"), m_staff.access));
        QVERIFY(staffSees.contains(m1Id) && staffSees.contains(m2Id) && staffSees.contains(m3Id));

        auto forAnn = m_http->get(QStringLiteral("/api/mappings/%1/").arg(ann), m_alice.access);
        QCOMPARE(forAnn.status, 200);
        QCOMPARE(ids(forAnn), (QStringList{m1Id, m2Id}));
        QStringList doctorNames;
        for (const QJsonValue& v : forAnn.json().toArray())
            doctorNames.append(v.toObject()
                                   .value(QStringLiteral("doctor_details"))
                                   .toObject()
                                   .value(QStringLiteral("name"))
                                   .toString());
        QCOMPARE(doctorNames, (QStringList{QStringLiteral("Dr Map Ruiz"), QStringLiteral("Dr Map Kim")}));
        QCOMPARE(m_http->get(QStringLiteral("/api/mappings/%1").arg(ann), m_alice.access).json(),
                 forAnn.json());

        // Delete by mapping id at both spellings; only someone who sees the mapping may delete it.
        const Counts before = counts();
        QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/mappings/delete/%1/").arg(m1Id), m_bob.access), 404,
                        QStringLiteral("Not found."), before);
        QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/mappings/%1/").arg(m1Id), m_bob.access), 404,
                        QStringLiteral("Not found."), before);
        // A patient id is not a mapping id, even on the path that lists by patient id.
        QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/mappings/%1/").arg(ann), m_alice.access), 404,
                        QStringLiteral("Not found."), before);
        auto del1 = m_http->del(QStringLiteral("/api/mappings/delete/%1/").arg(m1Id), m_alice.access);
        QCOMPARE(del1.status, 204);
        QVERIFY(del1.body.isEmpty());
        QCOMPARE(m_http->del(QStringLiteral("/api/mappings/%1").arg(m2Id), m_alice.access).status, 204);
        QCOMPARE(m_http->del(QStringLiteral("/api/mappings/delete/%1").arg(m3Id), m_staff.access).status,
                 204);
        const Counts after = counts();
        QCOMPARE(after.mappings, start.mappings);
        QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/mappings/delete/%1/").arg(m1Id), m_alice.access),
                        404, QStringLiteral("Not found."), after);
        QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/mappings/%1/").arg(m2Id), m_alice.access), 404,
                        QStringLiteral("Not found."), after);
        QCOMPARE(
            m_http->get(QStringLiteral("/api/mappings/%1/").arg(ann), m_alice.access).json().toArray().size(),
            0);
        QVERIFY(m_http->get(QStringLiteral("/api/patients/%1/").arg(ann), m_alice.access)
                    .object()
                    .value(QStringLiteral("doctor"))
                    .isNull());
        // A doctor may be assigned again once the old assignment is gone.
        QCOMPARE(map(m_alice, ann, ruiz).status, 201);
    }

    void mappingsRefuseBadInput()
    {
        const QString ann = addPatient(m_alice, QStringLiteral("Refused Ann"));
        const QString bobs = addPatient(m_bob, QStringLiteral("Refused Bo"));
        const QString doctor = addDoctor(QStringLiteral("Dr Refused"));
        const QString gone = addDoctor(QStringLiteral("Dr Gone"));
        QVERIFY(isUuidV7(ann) && isUuidV7(bobs) && isUuidV7(doctor) && isUuidV7(gone));
        QCOMPARE(m_http->del(QStringLiteral("/api/doctors/%1/").arg(gone), m_staff.access).status, 204);
        const QString mapping = map(m_alice, ann, doctor).object().value(QStringLiteral("id")).toString();
        QVERIFY(isUuidV7(mapping));
        const Counts before = counts();
        auto post = [&](const QJsonObject& body, const Account& who) {
            return m_http->post(QStringLiteral("/api/mappings/"), body, who.access);
        };
        auto readme = [](const QJsonValue& p, const QJsonValue& d) {
            return QJsonObject{{QStringLiteral("patient_id"), p}, {QStringLiteral("doctor_id"), d}};
        };
        auto code = [](const QJsonValue& p, const QJsonValue& d) {
            return QJsonObject{{QStringLiteral("patient"), p}, {QStringLiteral("doctor"), d}};
        };

        QVERIFY_REFUSED(post(readme(ann, doctor), m_alice), 400,
                        QStringLiteral("This doctor is already assigned to this patient."), before);
        QVERIFY_REFUSED(post(code(ann, doctor), m_alice), 400, QStringLiteral("non_field_errors"), before);

        // Unknown or unusable references name the key the client used.
        for (const QJsonValue& bad : {QJsonValue(kUnknownId), QJsonValue(gone),
                                      QJsonValue(QStringLiteral("abc")), QJsonValue(9), QJsonValue(ann)}) {
            auto r1 = post(readme(ann, bad), m_alice);
            QVERIFY_FIELD_ERROR(r1, QStringLiteral("doctor_id"), before);
            QVERIFY(!r1.object().contains(QStringLiteral("doctor")));
            auto r2 = post(code(ann, bad), m_alice);
            QVERIFY_FIELD_ERROR(r2, QStringLiteral("doctor"), before);
            QVERIFY(!r2.object().contains(QStringLiteral("doctor_id")));
        }
        QVERIFY_REFUSED(post(readme(ann, kUnknownId), m_alice), 400, QStringLiteral("object does not exist"),
                        before);
        for (const QJsonValue& bad :
             {QJsonValue(kUnknownId), QJsonValue(QStringLiteral("abc")), QJsonValue(1), QJsonValue(doctor)}) {
            QVERIFY_FIELD_ERROR(post(readme(bad, doctor), m_alice), QStringLiteral("patient_id"), before);
            QVERIFY_FIELD_ERROR(post(code(bad, doctor), m_alice), QStringLiteral("patient"), before);
        }
        // Mixed spellings are fine; each error names its own key.
        auto mixed = post(
            QJsonObject{{QStringLiteral("patient"), kUnknownId}, {QStringLiteral("doctor_id"), kUnknownId}},
            m_alice);
        QVERIFY_FIELD_ERROR(mixed, QStringLiteral("patient"), before);
        QVERIFY_FIELD_ERROR(mixed, QStringLiteral("doctor_id"), before);
        auto empty = post(QJsonObject{}, m_alice);
        QVERIFY_FIELD_ERROR(empty, QStringLiteral("patient_id"), before);
        QVERIFY_FIELD_ERROR(empty, QStringLiteral("doctor_id"), before);

        // Someone else's patient: 403, whoever is not staff.
        QVERIFY_REFUSED(post(readme(bobs, doctor), m_alice), 403, QStringLiteral("your own patients"),
                        before);
        QVERIFY_REFUSED(post(code(ann, doctor), m_dentist), 403, QStringLiteral("your own patients"), before);

        QVERIFY_REFUSED(
            m_http->request("POST", QStringLiteral("/api/mappings/"), "{\"patient_id\":}", m_alice.access),
            400, QStringLiteral("JSON parse error"), before);
        QVERIFY_REFUSED(m_http->request("POST", QStringLiteral("/api/mappings/"), "[]", m_alice.access), 400,
                        QStringLiteral("non_field_errors"), before);

        for (const QString& bad : {kUnknownId, QStringLiteral("abc"), QStringLiteral("12")}) {
            QVERIFY_REFUSED(m_http->get(QStringLiteral("/api/mappings/%1/").arg(bad), m_alice.access), 404,
                            QStringLiteral("Not found."), before);
            QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/mappings/%1/").arg(bad), m_alice.access), 404,
                            QStringLiteral("Not found."), before);
            QVERIFY_REFUSED(m_http->del(QStringLiteral("/api/mappings/delete/%1/").arg(bad), m_alice.access),
                            404, QStringLiteral("Not found."), before);
        }
        QCOMPARE(ids(m_http->get(QStringLiteral("/api/mappings/%1/").arg(ann), m_alice.access)),
                 QStringList{mapping});
    }

    void assignedDentistSeesThePatient()
    {
        // A doctor profile linked to the dentist's account (decision 1: "doctor: <id>" is that account).
        auto linked = m_http->post(QStringLiteral("/api/doctors/"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Molar")},
                                               {QStringLiteral("user"), m_dentist.actor.userId}},
                                   m_staff.access);
        QCOMPARE(linked.status, 201);
        QCOMPARE(
            linked.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
            m_dentist.actor.userId);
        const QString doctor = linked.object().value(QStringLiteral("id")).toString();
        const QString patient = addPatient(m_alice, QStringLiteral("Assigned Patient"));
        QVERIFY(isUuidV7(patient));
        const QString item = QStringLiteral("/api/patients/%1/").arg(patient);
        QCOMPARE(m_http->get(item, m_dentist.access).status, 404);
        QVERIFY(!ids(m_http->get(QStringLiteral("/api/patients/"), m_dentist.access)).contains(patient));

        auto mapping = map(m_alice, patient, doctor);
        QCOMPARE(mapping.status, 201);
        QCOMPARE(m_http->get(item, m_dentist.access).status, 200);
        QVERIFY(ids(m_http->get(QStringLiteral("/api/patients/"), m_dentist.access)).contains(patient));
        QCOMPARE(ids(m_http->get(QStringLiteral("/api/mappings/%1/").arg(patient), m_dentist.access)),
                 QStringList{mapping.object().value(QStringLiteral("id")).toString()});

        QCOMPARE(m_http
                     ->del(QStringLiteral("/api/mappings/%1/")
                               .arg(mapping.object().value(QStringLiteral("id")).toString()),
                           m_alice.access)
                     .status,
                 204);
        QCOMPARE(m_http->get(item, m_dentist.access).status, 404);
    }

    void deletingAPatientOrDoctorEndsItsAssignments()
    {
        const QString patient = addPatient(m_alice, QStringLiteral("Leaving Patient"));
        const QString stays = addPatient(m_alice, QStringLiteral("Staying Patient"));
        const QString doctor = addDoctor(QStringLiteral("Dr Leaving"));
        const QString other = addDoctor(QStringLiteral("Dr Staying"));
        const QString m1 = map(m_alice, patient, other).object().value(QStringLiteral("id")).toString();
        const QString m2 = map(m_alice, stays, doctor).object().value(QStringLiteral("id")).toString();
        QVERIFY(isUuidV7(m1) && isUuidV7(m2));
        const Counts start = counts();
        QCOMPARE(m_http->del(QStringLiteral("/api/patients/%1/").arg(patient), m_alice.access).status, 204);
        QCOMPARE(counts().mappings, start.mappings - 1);
        QCOMPARE(m_http->del(QStringLiteral("/api/doctors/%1/").arg(doctor), m_staff.access).status, 204);
        QCOMPARE(counts().mappings, start.mappings - 2);
        const QStringList left = ids(m_http->get(QStringLiteral("/api/mappings/"), m_alice.access));
        QVERIFY(!left.contains(m1) && !left.contains(m2));
        QVERIFY(m_http->get(QStringLiteral("/api/patients/%1/").arg(stays), m_alice.access)
                    .object()
                    .value(QStringLiteral("doctor"))
                    .isNull());
    }

    // patient_details.age is the patient's age on the station's date, the same as GET /api/patients/<id>/
    // says.
    void mappingDetailsUseTheStationClock()
    {
        advanceClock(2 * 24 * 3600); // the station's date is no longer the wall-clock date
        const QDate today = m_station->clock.nowUtc().date();
        const QString patient =
            addPatient(m_alice, QStringLiteral("Birthday Patient"),
                       {{QStringLiteral("date_of_birth"), today.addYears(-30).toString(Qt::ISODate)}});
        const QString doctor = addDoctor(QStringLiteral("Dr Birthday"));
        QVERIFY(isUuidV7(patient) && isUuidV7(doctor));
        QCOMPARE(m_http->get(QStringLiteral("/api/patients/%1/").arg(patient), m_alice.access)
                     .object()
                     .value(QStringLiteral("age"))
                     .toInt(),
                 30);
        auto created = map(m_alice, patient, doctor);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object()
                     .value(QStringLiteral("patient_details"))
                     .toObject()
                     .value(QStringLiteral("age"))
                     .toInt(),
                 30);
        const QJsonArray listed =
            m_http->get(QStringLiteral("/api/mappings/%1/").arg(patient), m_alice.access).json().toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()
                     .toObject()
                     .value(QStringLiteral("patient_details"))
                     .toObject()
                     .value(QStringLiteral("age"))
                     .toInt(),
                 30);
    }

    void trailingSlashIsOptional()
    {
        const QString patient = addPatient(m_alice, QStringLiteral("Slash Patient"));
        const QString doctor = addDoctor(QStringLiteral("Dr Slash"));
        QVERIFY(map(m_alice, patient, doctor).status == 201);
        for (const QString& path :
             {QStringLiteral("/api/patients"), QStringLiteral("/api/doctors"),
              QStringLiteral("/api/mappings"), QStringLiteral("/api/patients/%1").arg(patient),
              QStringLiteral("/api/doctors/%1").arg(doctor),
              QStringLiteral("/api/mappings/%1").arg(patient)}) {
            auto bare = m_http->get(path, m_alice.access);
            auto slashed = m_http->get(path + QLatin1Char('/'), m_alice.access);
            QVERIFY2(bare.status == 200, qPrintable(path));
            QCOMPARE(bare.status, slashed.status);
            QCOMPARE(bare.json(), slashed.json());
            // Answered directly, never redirected (seed 000's client calls paths without the slash).
            QVERIFY(bare.header("Location").isEmpty());
        }
        QCOMPARE(login(QStringLiteral("bob@x.org")).status, 200); // through /api/auth/login/
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/auth/login"),
                            QJsonObject{{QStringLiteral("email"), QStringLiteral("bob@x.org")},
                                        {QStringLiteral("password"), kPassword}})
                     .status,
                 200);
    }

    // The foundation issue's "Done when": a client that knows only the seed 001 README.
    void readmeClientWalkthrough()
    {
        HttpClient client(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        const QString doctor =
            addDoctor(QStringLiteral("Dr Kids"),
                      {{QStringLiteral("specialization"), QStringLiteral("Pediatric dentistry")}});
        QVERIFY(isUuidV7(doctor));
        // Someone else's patients exist and must stay invisible.
        QVERIFY(isUuidV7(addPatient(m_bob, QStringLiteral("Not Dana's"))));

        QCOMPARE(client
                     .post(QStringLiteral("/api/auth/register/"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Dana Park")},
                                       {QStringLiteral("email"), QStringLiteral("dana@x.org")},
                                       {QStringLiteral("password"), QStringLiteral("dana-pass-1")}})
                     .status,
                 201);
        auto login = client.post(QStringLiteral("/api/auth/login/"),
                                 QJsonObject{{QStringLiteral("email"), QStringLiteral("dana@x.org")},
                                             {QStringLiteral("password"), QStringLiteral("dana-pass-1")}});
        QCOMPARE(login.status, 200);
        const QString access = login.object().value(QStringLiteral("access")).toString();
        QVERIFY(!access.isEmpty() && !login.object().value(QStringLiteral("refresh")).toString().isEmpty());

        QStringList mine;
        for (const auto& [name, age] :
             {std::pair{QStringLiteral("Dana Jr"), 7}, std::pair{QStringLiteral("Dana Sr"), 64}}) {
            auto r = client.post(QStringLiteral("/api/patients/"),
                                 QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("age"), age},
                                             {QStringLiteral("gender"), QStringLiteral("Male")}},
                                 access);
            QCOMPARE(r.status, 201);
            mine.append(r.object().value(QStringLiteral("id")).toString());
        }
        QStringList listed = ids(client.get(QStringLiteral("/api/patients/"), access));
        listed.sort();
        mine.sort();
        QCOMPARE(listed, mine);

        auto doctors = client.get(QStringLiteral("/api/doctors/"), access);
        QCOMPARE(doctors.status, 200);
        QVERIFY(ids(doctors).contains(doctor));

        auto assigned = client.post(
            QStringLiteral("/api/mappings/"),
            QJsonObject{{QStringLiteral("patient_id"), mine.first()}, {QStringLiteral("doctor_id"), doctor}},
            access);
        QCOMPARE(assigned.status, 201);
        auto forPatient = client.get(QStringLiteral("/api/mappings/%1/").arg(mine.first()), access);
        QCOMPARE(forPatient.status, 200);
        const QJsonArray rows = forPatient.json().toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject details =
            rows.first().toObject().value(QStringLiteral("doctor_details")).toObject();
        QCOMPARE(details.value(QStringLiteral("id")).toString(), doctor);
        QCOMPARE(details.value(QStringLiteral("name")).toString(), QStringLiteral("Dr Kids"));
        QCOMPARE(details.value(QStringLiteral("specialization")).toString(),
                 QStringLiteral("Pediatric dentistry"));
        QCOMPARE(ids(client.get(QStringLiteral("/api/mappings/"), access)),
                 QStringList{assigned.object().value(QStringLiteral("id")).toString()});
        QCOMPARE(client
                     .del(QStringLiteral("/api/mappings/delete/%1/")
                              .arg(assigned.object().value(QStringLiteral("id")).toString()),
                          access)
                     .status,
                 204);
        QCOMPARE(
            client.get(QStringLiteral("/api/mappings/%1/").arg(mine.first()), access).json().toArray().size(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed001)
#include "tst_http_seed001.moc"

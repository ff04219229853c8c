#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

// Seed 000 ("Clinic Backend API") over real HTTP, at the real code's paths and the README's /api paths.
// The station clock stands on Sunday 2026-11-22 09:00 UTC; the clinic works Monday to Friday 08:00-18:00 UTC.
class TestHttpSeed000 : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_staffToken;

    static QString basic(const QString& email, const QString& password)
    {
        return QStringLiteral("Basic ") +
               QString::fromLatin1((email + QLatin1Char(':') + password).toUtf8().toBase64());
    }

    // Registers through the API and returns the new account's Knox-style token.
    QString registerAndLogin(const QString& email)
    {
        auto reg = m_http->post(
            QStringLiteral("/auth/register/"),
            QJsonObject{
                {QStringLiteral("email"), email},
                {QStringLiteral("password"), QStringLiteral("Sup3r-secret")},
                {QStringLiteral("first_name"), QStringLiteral("Pat")},
                {QStringLiteral("last_name"), QStringLiteral("Kim")},
                // Patients' phone numbers are unique, so one per account.
                {QStringLiteral("phone"),
                 QStringLiteral("+9639%1").arg(qHash(email) % 100000000, 8, 10, QLatin1Char('0'))},
                {QStringLiteral("gender"), QStringLiteral("F")},
                {QStringLiteral("dob"), QStringLiteral("1990-01-01")},
                {QStringLiteral("medical_history"), QJsonObject{{QStringLiteral("text"), QString()}}}});
        if (reg.status != 201)
            qWarning("register %s: %d %s", qPrintable(email), reg.status, reg.body.constData());
        auto login = m_http->request("POST", QStringLiteral("/auth/login/"), {},
                                     basic(email, QStringLiteral("Sup3r-secret")));
        return QStringLiteral("Token ") + login.object().value(QStringLiteral("token")).toString();
    }

    int appointmentRows() const
    {
        return sql::scalar(m_station->db->connection(),
                           QStringLiteral("SELECT count(*) FROM appointments WHERE deleted_at IS NULL"))
            ->toInt();
    }

    HttpReply book(const QString& token, const QString& chosen,
                   const QString& reason = QStringLiteral("Toothache"))
    {
        return m_http->post(QStringLiteral("/appointment/make_appointment/"),
                            QJsonObject{{QStringLiteral("chosen_date"), chosen},
                                        {QStringLiteral("reason_of_appointment"), reason}},
                            token);
    }

private slots:
    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_station->addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));
        auto login = m_http->request("POST", QStringLiteral("/auth/login/"), {},
                                     basic(QStringLiteral("desk@clinic.org"), QStringLiteral("password123")));
        QCOMPARE(login.status, 200);
        m_staffToken = QStringLiteral("Token ") + login.object().value(QStringLiteral("token")).toString();
    }

    void cleanup()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    void registerAndBasicLogin()
    {
        for (const QString& prefix : {QString(), QStringLiteral("/api")}) {
            const QString email = QStringLiteral("new%1@x.org").arg(prefix.size());
            auto reg = m_http->post(prefix + QStringLiteral("/auth/register/"),
                                    QJsonObject{{QStringLiteral("email"), email},
                                                {QStringLiteral("password"), QStringLiteral("Sup3r-secret")},
                                                {QStringLiteral("is_staff"), true}});
            QCOMPARE(reg.status, 201);
            QVERIFY(!reg.object().value(QStringLiteral("message")).toString().isEmpty());
            QCOMPARE(reg.object().value(QStringLiteral("is_staff")).toBool(),
                     false); // privilege fields are ignored
            auto dup =
                m_http->post(prefix + QStringLiteral("/auth/register/"),
                             QJsonObject{{QStringLiteral("email"), email},
                                         {QStringLiteral("password"), QStringLiteral("Sup3r-secret")}});
            QCOMPARE(dup.status, 400);
            QVERIFY(dup.object().contains(QStringLiteral("email")));
        }
        auto login = m_http->request("POST", QStringLiteral("/auth/login/"), {},
                                     basic(QStringLiteral("new0@x.org"), QStringLiteral("Sup3r-secret")));
        QCOMPARE(login.status, 200);
        const QJsonObject body = login.object();
        QCOMPARE(body.value(QStringLiteral("token")).toString().size(), 64);
        QVERIFY(QDateTime::fromString(body.value(QStringLiteral("expiry")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(
            !body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("is_staff")).toBool(),
                 false);
        auto wrong = m_http->request("POST", QStringLiteral("/api/auth/login/"), {},
                                     basic(QStringLiteral("new0@x.org"), QStringLiteral("nope")));
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.object().contains(QStringLiteral("detail")));
    }

    void registrationKeepsThePatientDetailsOnTheProfile()
    {
        const QJsonObject form{
            {QStringLiteral("email"), QStringLiteral("lina@x.org")},
            {QStringLiteral("password"), QStringLiteral("Sup3r-secret")},
            {QStringLiteral("first_name"), QStringLiteral("Lina")},
            {QStringLiteral("last_name"), QStringLiteral("Haddad")},
            {QStringLiteral("phone"), QStringLiteral("+963 955 123 456")},
            {QStringLiteral("gender"), QStringLiteral("F")},
            {QStringLiteral("dob"), QStringLiteral("1988-04-12")},
            {QStringLiteral("medical_history"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Asthma; penicillin allergy")}}}};
        auto reg = m_http->post(QStringLiteral("/auth/register/"), form);
        QCOMPARE(reg.status, 201);
        const QString id = reg.object().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        // The profile shares the account's id; the clinic reads it like any patient.
        auto profile = m_http->get(QStringLiteral("/api/patients/%1/").arg(id), m_staffToken).object();
        QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("Lina Haddad"));
        QCOMPARE(profile.value(QStringLiteral("gender")).toString(), QStringLiteral("F")); // spelling kept
        QCOMPARE(profile.value(QStringLiteral("phone")).toString(), QStringLiteral("+963 955 123 456"));
        QCOMPARE(profile.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("1988-04-12"));
        QCOMPARE(profile.value(QStringLiteral("medical_history")).toString(),
                 QStringLiteral("Asthma; penicillin allergy"));

        // A bad detail refuses the sign-up before any account exists.
        const int users = m_station->services->accounts.listUsers(Actor::system(QStringLiteral("t")))->size();
        QJsonObject bad = form;
        bad.insert(QStringLiteral("email"), QStringLiteral("other@x.org"));
        bad.insert(QStringLiteral("gender"), QStringLiteral("X"));
        auto refused = m_http->post(QStringLiteral("/auth/register/"), bad);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.object().contains(QStringLiteral("gender")));
        QCOMPARE(m_station->services->accounts.listUsers(Actor::system(QStringLiteral("t")))->size(), users);
    }

    void activationLinks()
    {
        CoreConfig strict;
        strict.requireEmailVerification = true;
        m_station->ctx->config = strict;
        const Actor user = m_station->addUser(QStringLiteral("act@x.org"), Role::Patient);
        const QString token = m_station->services->accounts.emailVerificationToken(user.userId);
        auto activate = [&](const QString& query) {
            return m_http->get(QStringLiteral("/auth/activate/?") + query);
        };

        QCOMPARE(activate(QString()).status, 400);
        QCOMPARE(activate(QStringLiteral("user_id=%1&confirmation_token=%2x").arg(user.userId, token))
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Token is invalid or expired."));
        QCOMPARE(activate(QStringLiteral("user_id=0190b7e0-0000-7000-8000-000000000000&confirmation_token=%1")
                              .arg(token))
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("User not found."));
        QCOMPARE(m_http
                     ->request("POST", QStringLiteral("/auth/login/"), {},
                               basic(QStringLiteral("act@x.org"), QStringLiteral("password123")))
                     .status,
                 401);
        auto ok = activate(QStringLiteral("user_id=%1&confirmation_token=%2").arg(user.userId, token));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Email successfully confirmed. Your account is now active."));
        QCOMPARE(m_http
                     ->get(QStringLiteral("/api/auth/activate/?user_id=%1&confirmation_token=%2")
                               .arg(user.userId, token))
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Account already activated."));
        QCOMPARE(m_http
                     ->request("POST", QStringLiteral("/auth/login/"), {},
                               basic(QStringLiteral("act@x.org"), QStringLiteral("password123")))
                     .status,
                 200);

        const Actor late = m_station->addUser(QStringLiteral("late@x.org"), Role::Patient);
        const QString lateToken = m_station->services->accounts.emailVerificationToken(late.userId);
        m_station->clock.advanceSeconds(4 * 86400);
        QCOMPARE(
            activate(QStringLiteral("user_id=%1&confirmation_token=%2").arg(late.userId, lateToken)).status,
            400);
    }

    void bookingRulesAndOverlaps()
    {
        const QString pat = registerAndLogin(QStringLiteral("pat@x.org"));
        const QString other = registerAndLogin(QStringLiteral("other@x.org"));

        QCOMPARE(book(QString(), QStringLiteral("2026-11-23 10:00")).status, 401);
        auto ok = book(pat, QStringLiteral("2026-11-23 10:00"));
        QCOMPARE(ok.status, 201);
        QVERIFY(!ok.object().value(QStringLiteral("appointment_id")).toString().isEmpty());

        // A fresh station is one chair: the same time for someone else is refused and names the booking.
        auto clash = book(other, QStringLiteral("2026-11-23T10:00:00Z"));
        QCOMPARE(clash.status, 400);
        QVERIFY2(clash.object()
                     .value(QStringLiteral("chosen_date"))
                     .toArray()
                     .first()
                     .toString()
                     .contains(ok.object().value(QStringLiteral("appointment_id")).toString()),
                 clash.body.constData());
        const int before = appointmentRows();
        for (const QString& bad : {QStringLiteral("2026-11-23 10:10"), // off the half-hour grid
                                   QStringLiteral("2026-11-20 10:00"), // past
                                   QStringLiteral("2027-01-05 10:00"), // beyond 30 days
                                   QStringLiteral("2026-11-29 10:00"), // a Sunday: closed
                                   QStringLiteral("2026-11-23 18:30"), // after hours
                                   QStringLiteral("tomorrow at ten")}) {
            auto refused = book(other, bad);
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.object().contains(QStringLiteral("chosen_date")),
                     qPrintable(bad + QString::fromUtf8(refused.body)));
        }
        auto blank = m_http->post(QStringLiteral("/api/appointment/make_appointment/"),
                                  QJsonObject{{QStringLiteral("reason_of_appointment"), QString()}}, other);
        QCOMPARE(blank.status, 400);
        QVERIFY(blank.object().contains(QStringLiteral("chosen_date")) &&
                blank.object().contains(QStringLiteral("reason_of_appointment")));
        auto malformed = m_http->request("POST", QStringLiteral("/appointment/make_appointment/"),
                                         "{\"chosen_date\": ", other);
        QCOMPARE(malformed.status, 400);
        QCOMPARE(appointmentRows(), before);
        QCOMPARE(book(other, QStringLiteral("2026-11-23 10:30")).status, 201);
    }

    void groupedMapsAndUnavailableDates()
    {
        const QString pat = registerAndLogin(QStringLiteral("pat@x.org"));
        QCOMPARE(book(pat, QStringLiteral("2026-11-24 09:00"), QStringLiteral("Cleaning")).status, 201);
        QCOMPARE(book(pat, QStringLiteral("2026-11-23 15:30")).status, 201);
        auto mine = m_http->get(QStringLiteral("/appointment/get_user_appointments/"), pat);
        QCOMPARE(mine.status, 200);
        const QJsonObject days = mine.object();
        QCOMPARE(days.keys(), (QStringList{QStringLiteral("2026-11-23"), QStringLiteral("2026-11-24")}));
        const QJsonObject first = days.value(QStringLiteral("2026-11-24")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("09:00:00+00:00"));
        QCOMPARE(first.value(QStringLiteral("reason_of_appointment")).toString(), QStringLiteral("Cleaning"));

        auto full = m_http->get(QStringLiteral("/api/appointment/get_unavailable_dates/"), pat);
        QCOMPARE(full.object().value(QStringLiteral("2026-11-23")).toArray(),
                 QJsonArray{QStringLiteral("15:30:00+00:00")});

        // With a second chair the time has capacity again.
        for (const QString& name : {QStringLiteral("B"), QStringLiteral("C")}) {
            auto chair =
                m_station->services->schedule.createChair(Actor::system(), {{QStringLiteral("name"), name}});
            QVERIFY2(chair.ok(), chair ? "" : qPrintable(chair.error().message));
        }
        QVERIFY(m_http->get(QStringLiteral("/appointment/get_unavailable_dates/"), pat).object().isEmpty());

        auto upcoming = m_http->get(QStringLiteral("/appointment/list_appointments/"), m_staffToken);
        QCOMPARE(upcoming.object().size(), 2);
        auto all = m_http->get(QStringLiteral("/appointment/list_all_appointments/"), pat);
        QCOMPARE(all.status, 403);
        QCOMPARE(all.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("You are not allowed to perform this operation."));
        auto staffAll = m_http->get(QStringLiteral("/api/appointment/list_all_appointments/"), m_staffToken);
        QCOMPARE(staffAll.status, 200);
        QCOMPARE(staffAll.json().toArray().size(), 2);
        QCOMPARE(staffAll.json().toArray().first().toObject().value(QStringLiteral("has_record")).toBool(),
                 false);
    }

    void deleteAppointment()
    {
        const QString pat = registerAndLogin(QStringLiteral("pat@x.org"));
        const QString id = book(pat, QStringLiteral("2026-11-23 11:00"))
                               .object()
                               .value(QStringLiteral("appointment_id"))
                               .toString();
        QCOMPARE(m_http->del(QStringLiteral("/appointment/delete/"), pat).status, 400);
        QCOMPARE(
            m_http->del(QStringLiteral("/appointment/delete/?id=0190b7e0-0000-7000-8000-000000000000"), pat)
                .status,
            404);
        QCOMPARE(m_http->del(QStringLiteral("/appointment/delete/?id=%1").arg(id), m_staffToken).status, 204);
        QCOMPARE(appointmentRows(), 0);
        QVERIFY(m_http->get(QStringLiteral("/appointment/get_user_appointments/"), pat).object().isEmpty());
        // The time is free again.
        QCOMPARE(book(pat, QStringLiteral("2026-11-23 11:00")).status, 201);
    }

    void materialsArePaginatedAndStaffOnly()
    {
        const QString pat = registerAndLogin(QStringLiteral("pat@x.org"));
        QCOMPARE(m_http->get(QStringLiteral("/materials/"), pat).status, 403);
        auto negative = m_http->post(QStringLiteral("/materials/"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Gloves")},
                                                 {QStringLiteral("quantity"), -2},
                                                 {QStringLiteral("price"), 5}},
                                     m_staffToken);
        QCOMPARE(negative.status, 400);
        QVERIFY(negative.object().contains(QStringLiteral("quantity")));
        QString firstId;
        for (int i = 0; i < 23; ++i) {
            auto made = m_http->post(QStringLiteral("/api/materials/"),
                                     QJsonObject{{QStringLiteral("name"),
                                                  QStringLiteral("Item %1").arg(i, 2, 10, QLatin1Char('0'))},
                                                 {QStringLiteral("quantity"), i},
                                                 {QStringLiteral("price"), 2.5}},
                                     m_staffToken);
            QCOMPARE(made.status, 201);
            QCOMPARE(made.object().value(QStringLiteral("price")).toDouble(),
                     2.5); // a JSON number, as 000 reads it
            if (i == 0)
                firstId = made.object().value(QStringLiteral("id")).toString();
        }
        auto page1 = m_http->get(QStringLiteral("/materials/"), m_staffToken).object();
        QCOMPARE(page1.value(QStringLiteral("count")).toInt(), 23);
        QCOMPARE(page1.value(QStringLiteral("results")).toArray().size(), 10);
        QVERIFY(page1.value(QStringLiteral("previous")).isNull());
        const QString next = page1.value(QStringLiteral("next")).toString();
        QVERIFY2(next.startsWith(QStringLiteral("http://127.0.0.1:")) &&
                     next.endsWith(QStringLiteral("/materials/?page=2")),
                 qPrintable(next));
        auto last = m_http->get(QStringLiteral("/materials/?page=3&page_size=10"), m_staffToken).object();
        QCOMPARE(last.value(QStringLiteral("results")).toArray().size(), 3);
        QVERIFY(last.value(QStringLiteral("next")).isNull());
        QVERIFY(last.value(QStringLiteral("previous")).toString().contains(QStringLiteral("page=2")));
        QCOMPARE(m_http->get(QStringLiteral("/materials/?page=4"), m_staffToken).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/materials/?page=zero"), m_staffToken).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/materials/?page_size=500"), m_staffToken)
                     .object()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .size(),
                 23);

        auto patched = m_http->patch(QStringLiteral("/materials/%1/").arg(firstId),
                                     QJsonObject{{QStringLiteral("quantity"), 40}}, m_staffToken);
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.object().value(QStringLiteral("quantity")).toDouble(), 40.0);
        auto put =
            m_http->put(QStringLiteral("/materials/%1/").arg(firstId),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}}, m_staffToken);
        QCOMPARE(put.status, 400); // PUT needs every required field
        QCOMPARE(m_http->del(QStringLiteral("/materials/%1/").arg(firstId), m_staffToken).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/materials/%1/").arg(firstId), m_staffToken).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/materials/not-a-uuid/"), m_staffToken).status, 404);
    }

    void usersPasswordAndLogout()
    {
        const QString pat = registerAndLogin(QStringLiteral("pat@x.org"));
        QCOMPARE(m_http->get(QStringLiteral("/auth/"), pat).status, 403);
        auto users = m_http->get(QStringLiteral("/api/auth/"), m_staffToken);
        QCOMPARE(users.status, 200);
        QCOMPARE(users.json().toArray().size(), 2);
        QString patId;
        for (const QJsonValue& u : users.json().toArray()) {
            if (u.toObject().value(QStringLiteral("email")).toString() == QLatin1String("pat@x.org"))
                patId = u.toObject().value(QStringLiteral("id")).toString();
        }
        QCOMPARE(m_http->get(QStringLiteral("/auth/%1").arg(patId), pat).status,
                 200); // own profile, no slash
        QCOMPARE(m_http
                     ->request("DELETE", QStringLiteral("/auth/delete/"),
                               "{\"pk\": \"" + patId.toUtf8() + "\"}", pat)
                     .status,
                 403);
        QCOMPARE(
            m_http->get(QStringLiteral("/auth/0190b7e0-0000-7000-8000-000000000000/"), m_staffToken).status,
            404);

        auto wrong =
            m_http->post(QStringLiteral("/auth/password_change/"),
                         QJsonObject{{QStringLiteral("current_password"), QStringLiteral("nope")},
                                     {QStringLiteral("new_password"), QStringLiteral("Even-better-9")}},
                         pat);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.object().value(QStringLiteral("current_password")).toArray().first().toString(),
                 QStringLiteral("Current password does not match"));
        auto changed =
            m_http->post(QStringLiteral("/api/auth/password_change/"),
                         QJsonObject{{QStringLiteral("current_password"), QStringLiteral("Sup3r-secret")},
                                     {QStringLiteral("new_password"), QStringLiteral("Even-better-9")}},
                         pat);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Password changed successfully."));
        QCOMPARE(m_http->get(QStringLiteral("/appointment/get_user_appointments/"), pat).status,
                 401); // sessions ended

        auto relogin = m_http->request("POST", QStringLiteral("/auth/login/"), {},
                                       basic(QStringLiteral("pat@x.org"), QStringLiteral("Even-better-9")));
        const QString fresh =
            QStringLiteral("Token ") + relogin.object().value(QStringLiteral("token")).toString();
        QCOMPARE(m_http->post(QStringLiteral("/auth/logout/"), QJsonObject{}, fresh).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/appointment/get_user_appointments/"), fresh).status, 401);

        QCOMPARE(m_http
                     ->request("DELETE", QStringLiteral("/auth/delete/"),
                               "{\"pk\": \"" + patId.toUtf8() + "\"}", m_staffToken)
                     .status,
                 204);
        QCOMPARE(m_http
                     ->request("POST", QStringLiteral("/auth/login/"), {},
                               basic(QStringLiteral("pat@x.org"), QStringLiteral("Even-better-9")))
                     .status,
                 401);
    }

    // A password change ends every kind of session the account had: JWT access and refresh tokens, the
    // Knox-style token, and Basic credentials the server had checked (and cached) before; the new password
    // starts new ones. Logout revokes the token presented.
    void passwordChangeEndsEverySession()
    {
        const QString knox = registerAndLogin(QStringLiteral("sess@x.org"));
        auto pair = m_http->post(QStringLiteral("/api/auth/login/"),
                                 QJsonObject{{QStringLiteral("email"), QStringLiteral("sess@x.org")},
                                             {QStringLiteral("password"), QStringLiteral("Sup3r-secret")}});
        QCOMPARE(pair.status, 200);
        const QString access = pair.object().value(QStringLiteral("access")).toString();
        const QString refresh = pair.object().value(QStringLiteral("refresh")).toString();
        const QString opaque =
            QStringLiteral("Token ") + pair.object().value(QStringLiteral("token")).toString();
        const QString oldBasic = basic(QStringLiteral("sess@x.org"), QStringLiteral("Sup3r-secret"));
        const QString mine = QStringLiteral("/appointment/get_user_appointments/");
        for (const QString& credential : {knox, access, opaque, oldBasic})
            QCOMPARE(m_http->get(mine, credential).status, 200);
        auto refreshBody = QJsonObject{{QStringLiteral("refresh"), refresh}};
        QCOMPARE(m_http->post(QStringLiteral("/api/token/refresh/"), refreshBody).status, 200);

        QCOMPARE(m_http
                     ->post(QStringLiteral("/auth/password_change/"),
                            QJsonObject{{QStringLiteral("current_password"), QStringLiteral("Sup3r-secret")},
                                        {QStringLiteral("new_password"), QStringLiteral("Even-better-9")}},
                            knox)
                     .status,
                 200);
        for (const QString& credential : {knox, access, opaque, oldBasic}) {
            const HttpReply refused = m_http->get(mine, credential);
            QVERIFY2(refusalProblem(refused, 401).isEmpty(), qPrintable(refusalProblem(refused, 401)));
        }
        QCOMPARE(m_http->post(QStringLiteral("/api/token/refresh/"), refreshBody).status, 401);

        const QString newBasic = basic(QStringLiteral("sess@x.org"), QStringLiteral("Even-better-9"));
        QCOMPARE(m_http->get(mine, newBasic).status, 200);
        auto fresh = m_http->post(QStringLiteral("/api/auth/login/"),
                                  QJsonObject{{QStringLiteral("email"), QStringLiteral("sess@x.org")},
                                              {QStringLiteral("password"), QStringLiteral("Even-better-9")}});
        QCOMPARE(fresh.status, 200);
        const QString freshAccess = fresh.object().value(QStringLiteral("access")).toString();
        QCOMPARE(m_http->get(mine, freshAccess).status, 200);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/token/refresh/"),
                            QJsonObject{
                                {QStringLiteral("refresh"), fresh.object().value(QStringLiteral("refresh"))}})
                     .status,
                 200);
        // Logging out revokes the token presented, and only it.
        const QString freshOpaque =
            QStringLiteral("Token ") + fresh.object().value(QStringLiteral("token")).toString();
        QCOMPARE(m_http->post(QStringLiteral("/auth/logout/"), QJsonObject{}, freshOpaque).status, 204);
        QCOMPARE(m_http->get(mine, freshOpaque).status, 401);
        QCOMPARE(m_http->get(mine, freshAccess).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed000)
#include "tst_http_seed000.moc"

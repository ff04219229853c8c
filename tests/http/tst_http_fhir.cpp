#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace chairside;
using namespace chairside::test;

namespace {

const QString kUnknownId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");

// The resources of a searchset Bundle.
QList<QJsonObject> resources(const QJsonObject& bundle)
{
    QList<QJsonObject> out;
    for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray())
        out.append(entry.toObject().value(QStringLiteral("resource")).toObject());
    return out;
}

QStringList ids(const QJsonObject& bundle)
{
    QStringList out;
    for (const QJsonObject& r : resources(bundle))
        out.append(r.value(QStringLiteral("id")).toString());
    return out;
}

QString link(const QJsonObject& bundle, const QString& relation)
{
    for (const QJsonValue& l : bundle.value(QStringLiteral("link")).toArray())
        if (l.toObject().value(QStringLiteral("relation")).toString() == relation)
            return l.toObject().value(QStringLiteral("url")).toString();
    return {};
}

} // namespace

// FHIR R4 over real HTTP: every resource read and searched by every parameter the CapabilityStatement lists,
// the station's rows mapped faithfully, refusals as OperationOutcome, and every answer validated against the
// R4 JSON shapes (tests/http/fhir/r4.schema.json) by python3-jsonschema at the end.
class TestHttpFhir : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    ApiUser m_admin;
    ApiUser m_dentist;     // linked to m_doctor
    ApiUser m_patientUser; // linked to m_anna
    QString m_doctor;
    QString m_otherDoctor;
    QString m_chair;
    QString m_anna; // Anna Berg, born 1980-02-29
    QString m_bernd;
    QString m_carla;
    QString m_annaVisit;   // 2026-11-24 08:00 Berlin = 07:00Z, with m_doctor in m_chair
    QString m_berndVisit;  // 2026-11-24 10:00 Berlin, m_otherDoctor
    QString m_cancelled;   // 2026-11-25 09:00 Berlin, m_doctor, cancelled
    QString m_freeSlot;    // 2026-11-26 09:00-09:30 Berlin, m_doctor
    QString m_bookedSlot;  // 2026-11-26 10:00-10:30 Berlin, m_doctor, an appointment overlaps it
    QString m_blockedSlot; // 2026-11-26 11:00-11:30 Berlin, marked unavailable
    // Every FHIR answer seen, validated at the end.
    QList<std::pair<QString, QJsonValue>> m_answers;

    HttpReply fhirGet(const QString& path, const QString& token)
    {
        HttpReply r = m_http->get(path, token);
        const QByteArray type = r.header("Content-Type");
        if (!type.startsWith("application/fhir+json"))
            qWarning("%s answered %s", qPrintable(path), type.constData());
        m_answers.append({QStringLiteral("GET %1 (%2)").arg(path).arg(r.status), r.json()});
        return r;
    }

    QJsonObject ok(const QString& path, const QString& token)
    {
        HttpReply r = fhirGet(path, token);
        if (r.status != 200 || !r.header("Content-Type").startsWith("application/fhir+json"))
            qWarning("%s: %d %s", qPrintable(path), r.status, r.body.constData());
        return r.status == 200 ? r.object() : QJsonObject();
    }

    QStringList search(const QString& path, const QString& token)
    {
        const QJsonObject bundle = ok(path, token);
        return bundle.value(QStringLiteral("type")).toString() == QLatin1String("searchset")
                   ? ids(bundle)
                   : QStringList{QStringLiteral("<no bundle>")};
    }

    // The first issue of an OperationOutcome answer with `status`; anything else fails the test (and gives an
    // empty object).
    QJsonObject refusal(const QString& path, const QString& token, int status)
    {
        HttpReply r = fhirGet(path, token);
        const QJsonObject o = r.object();
        if (r.status != status ||
            o.value(QStringLiteral("resourceType")).toString() != QLatin1String("OperationOutcome") ||
            !r.header("Content-Type").startsWith("application/fhir+json")) {
            QTest::qFail(qPrintable(QStringLiteral("%1: expected an OperationOutcome with %2, got %3 %4")
                                        .arg(path)
                                        .arg(status)
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.body.left(300)))),
                         __FILE__, __LINE__);
            return {};
        }
        return o.value(QStringLiteral("issue")).toArray().first().toObject();
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>();
        Services& s = *m_station->services;
        m_admin = m_station->addApiUser(QStringLiteral("admin@clinic.org"), Role::Admin);
        const Actor& admin = m_admin.actor;
        QVERIFY(!s.schedule.setSetting(admin, QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")));
        m_dentist = m_station->addApiUser(QStringLiteral("berg@clinic.org"), Role::Dentist);
        m_doctor =
            must(s.doctors.createLinked(admin,
                                        {{QStringLiteral("name"), QStringLiteral("Dr. Eva Maria Kranz")},
                                         {QStringLiteral("specialization"), QStringLiteral("Orthodontics")},
                                         {QStringLiteral("license_number"), QStringLiteral("ZA-4711")},
                                         {QStringLiteral("phone"), QStringLiteral("+49 30 1234")}},
                                        m_dentist.actor.userId))
                .value(QStringLiteral("id"))
                .toString();
        m_otherDoctor = must(s.doctors.create(admin, {{QStringLiteral("name"), QStringLiteral("Olaf Zahn")}}))
                            .value(QStringLiteral("id"))
                            .toString();
        m_chair = must(s.schedule.createChair(admin, {{QStringLiteral("name"), QStringLiteral("Chair 1")}}))
                      .value(QStringLiteral("id"))
                      .toString();
        m_patientUser = m_station->addApiUser(QStringLiteral("anna@example.org"), Role::Patient);
        m_anna = must(s.patients.createLinked(
                          admin,
                          {{QStringLiteral("name"), QStringLiteral("Anna Berg")},
                           {QStringLiteral("first_name"), QStringLiteral("Anna")},
                           {QStringLiteral("last_name"), QStringLiteral("Berg")},
                           {QStringLiteral("date_of_birth"), QStringLiteral("1980-02-29")},
                           {QStringLiteral("gender"), QStringLiteral("F")},
                           {QStringLiteral("phone"), QStringLiteral("5550100")},
                           {QStringLiteral("email"), QStringLiteral("anna@example.org")},
                           {QStringLiteral("address"), QStringLiteral("Hauptstr. 1, Berlin")},
                           {QStringLiteral("insurance_provider"), QStringLiteral("AOK")},
                           {QStringLiteral("insurance_number"), QStringLiteral("A123456789")},
                           {QStringLiteral("emergency_contact_name"), QStringLiteral("Jan Berg")},
                           {QStringLiteral("emergency_contact_phone"), QStringLiteral("5550101")}},
                          m_patientUser.actor.userId))
                     .value(QStringLiteral("id"))
                     .toString();
        m_bernd =
            must(s.patients.create(admin, {{QStringLiteral("name"), QStringLiteral("Bernd Albers")},
                                           {QStringLiteral("date_of_birth"), QStringLiteral("1980-03-01")},
                                           {QStringLiteral("gender"), QStringLiteral("male")}}))
                .value(QStringLiteral("id"))
                .toString();
        m_carla =
            must(s.patients.create(admin, {{QStringLiteral("name"), QStringLiteral("Carla Bergmann")},
                                           {QStringLiteral("date_of_birth"), QStringLiteral("1979-12-31")}}))
                .value(QStringLiteral("id"))
                .toString();

        const auto book = [&](const QString& patient, const QString& doctor, const QString& start,
                              const QString& reason) {
            BookingRequest b;
            b.patientId = patient;
            b.dentistId = doctor;
            b.chairId = doctor == m_doctor ? m_chair : QString();
            b.start = utc(start);
            b.durationMinutes = 45;
            b.reason = reason;
            return must(s.appointments.book(admin, b)).value(QStringLiteral("id")).toString();
        };
        m_annaVisit =
            book(m_anna, m_doctor, QStringLiteral("2026-11-24T07:00:00Z"), QStringLiteral("Check-up"));
        m_berndVisit =
            book(m_bernd, m_otherDoctor, QStringLiteral("2026-11-24T09:00:00Z"), QStringLiteral("Filling"));
        m_cancelled =
            book(m_carla, m_doctor, QStringLiteral("2026-11-25T08:00:00Z"), QStringLiteral("Cleaning"));
        must(s.appointments.setStatus(admin, m_cancelled, AppointmentStatus::Cancelled));

        const auto slot = [&](const QString& start, const QString& end, bool available) {
            return must(s.timeSlots.create(admin, {{QStringLiteral("doctor_id"), m_doctor},
                                                   {QStringLiteral("date"), QStringLiteral("2026-11-26")},
                                                   {QStringLiteral("start_time"), start},
                                                   {QStringLiteral("end_time"), end},
                                                   {QStringLiteral("is_available"), available}}))
                .value(QStringLiteral("id"))
                .toString();
        };
        m_freeSlot = slot(QStringLiteral("09:00"), QStringLiteral("09:30"), true);
        m_bookedSlot = slot(QStringLiteral("10:00"), QStringLiteral("10:30"), true);
        m_blockedSlot = slot(QStringLiteral("11:00"), QStringLiteral("11:30"), false);
        book(m_bernd, m_doctor, QStringLiteral("2026-11-26T09:00:00Z"), QStringLiteral("Crown"));

        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    void metadataListsWhatTheSearchesTake()
    {
        HttpReply r = fhirGet(QStringLiteral("/fhir/metadata"), QString()); // anonymous
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/fhir+json"));
        const QJsonObject statement = r.object();
        QCOMPARE(statement.value(QStringLiteral("resourceType")).toString(),
                 QStringLiteral("CapabilityStatement"));
        QCOMPARE(statement.value(QStringLiteral("fhirVersion")).toString(), QStringLiteral("4.0.1"));
        const QJsonArray rest = statement.value(QStringLiteral("rest")).toArray();
        QCOMPARE(rest.size(), 1);
        QStringList types;
        for (const QJsonValue& v : rest.first().toObject().value(QStringLiteral("resource")).toArray()) {
            const QJsonObject resource = v.toObject();
            const QString type = resource.value(QStringLiteral("type")).toString();
            types << type;
            // Every listed parameter is taken by the search (a value of its type), and a made-up one is not.
            for (const QJsonValue& p : resource.value(QStringLiteral("searchParam")).toArray()) {
                const QString name = p.toObject().value(QStringLiteral("name")).toString();
                const QString kind = p.toObject().value(QStringLiteral("type")).toString();
                const QString value = kind == QLatin1String("date")        ? QStringLiteral("ge2026-01-01")
                                      : kind == QLatin1String("reference") ? kUnknownId
                                                                           : QStringLiteral("a");
                HttpReply answer =
                    fhirGet(QStringLiteral("/fhir/%1?%2=%3").arg(type, name, value), m_admin.access);
                QVERIFY2(answer.status == 200, qPrintable(type + QLatin1Char(' ') + name));
            }
            QCOMPARE(refusal(QStringLiteral("/fhir/%1?colour=blue").arg(type), m_admin.access, 400)
                         .value(QStringLiteral("code"))
                         .toString(),
                     QStringLiteral("invalid"));
        }
        QCOMPARE(types, (QStringList{QStringLiteral("Patient"), QStringLiteral("Practitioner"),
                                     QStringLiteral("Appointment"), QStringLiteral("Slot"),
                                     QStringLiteral("Schedule")}));
    }

    void patientIsMappedFaithfully()
    {
        const QJsonObject p = ok(QStringLiteral("/fhir/Patient/") + m_anna, m_admin.access);
        QCOMPARE(p.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Patient"));
        QCOMPARE(p.value(QStringLiteral("id")).toString(), m_anna);
        const QJsonObject name = p.value(QStringLiteral("name")).toArray().first().toObject();
        QCOMPARE(name.value(QStringLiteral("family")).toString(), QStringLiteral("Berg"));
        QCOMPARE(name.value(QStringLiteral("given")).toArray().first().toString(), QStringLiteral("Anna"));
        QCOMPARE(p.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        QCOMPARE(p.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1980-02-29"));
        const QJsonArray telecom = p.value(QStringLiteral("telecom")).toArray();
        QCOMPARE(telecom.size(), 2);
        QCOMPARE(telecom.at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("5550100"));
        QCOMPARE(telecom.at(1).toObject().value(QStringLiteral("system")).toString(),
                 QStringLiteral("email"));
        const QJsonObject identifier = p.value(QStringLiteral("identifier")).toArray().first().toObject();
        QCOMPARE(identifier.value(QStringLiteral("value")).toString(), QStringLiteral("A123456789"));
        QCOMPARE(identifier.value(QStringLiteral("assigner"))
                     .toObject()
                     .value(QStringLiteral("display"))
                     .toString(),
                 QStringLiteral("AOK"));
        QCOMPARE(p.value(QStringLiteral("contact"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Jan Berg"));
        // A record with only a full name: the name is split as a HumanName.
        const QJsonObject bernd = ok(QStringLiteral("/fhir/Patient/") + m_bernd, m_admin.access);
        const QJsonObject berndName = bernd.value(QStringLiteral("name")).toArray().first().toObject();
        QCOMPARE(berndName.value(QStringLiteral("family")).toString(), QStringLiteral("Albers"));
        QCOMPARE(berndName.value(QStringLiteral("text")).toString(), QStringLiteral("Bernd Albers"));
        QVERIFY(!bernd.contains(QStringLiteral("telecom")));

        const QJsonObject missing =
            refusal(QStringLiteral("/fhir/Patient/") + kUnknownId, m_admin.access, 404);
        QCOMPARE(missing.value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
    }

    void patientSearchByNameAndBirthdate()
    {
        const QString admin = m_admin.access;
        // A case-insensitive prefix of the full, given or family name.
        QCOMPARE(search(QStringLiteral("/fhir/Patient?name=berg"), admin), (QStringList{m_anna, m_carla}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?name=ALB"), admin), (QStringList{m_bernd}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?name=bernd"), admin), (QStringList{m_bernd}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?name=Anna"), admin), (QStringList{m_anna}));
        // Dates of any precision, with prefixes, and a range from two of them.
        QCOMPARE(search(QStringLiteral("/fhir/Patient?birthdate=1980-02-29"), admin), (QStringList{m_anna}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?birthdate=1980"), admin),
                 (QStringList{m_anna, m_bernd}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?birthdate=1980-03"), admin), (QStringList{m_bernd}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?birthdate=lt1980"), admin), (QStringList{m_carla}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?birthdate=gt1980-02-29"), admin),
                 (QStringList{m_bernd}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?birthdate=ge1980-02-29"), admin),
                 (QStringList{m_anna, m_bernd}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?birthdate=le1980-02-29"), admin),
                 (QStringList{m_anna, m_carla}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?birthdate=ge1979-12-31&birthdate=lt1980-03-01"), admin),
                 (QStringList{m_anna, m_carla}));
        QCOMPARE(search(QStringLiteral("/fhir/Patient?name=berg&birthdate=1979"), admin),
                 (QStringList{m_carla}));
        // The audit says what was asked for, not only whom it handed over.
        const QJsonObject asked =
            QJsonDocument::fromJson(
                sql::scalar(m_station->db->connection(),
                            QStringLiteral("SELECT json_extract(detail, '$.filter') FROM "
                                           "audit_log WHERE action = 'patients.list' ORDER "
                                           "BY seq DESC LIMIT 1"))
                    ->toString()
                    .toUtf8())
                .object();
        QCOMPARE(asked, (QJsonObject{{QStringLiteral("name"), QStringLiteral("berg")},
                                     {QStringLiteral("born_from"), QStringLiteral("1979-01-01")},
                                     {QStringLiteral("born_before"), QStringLiteral("1980-01-01")}}));

        for (const QString& bad :
             {QStringLiteral("birthdate=1980-02-30"), QStringLiteral("birthdate=yesterday"),
              QStringLiteral("birthdate=ne1980"), QStringLiteral("birthdate=1980-02-29T10:00Z"),
              QStringLiteral("name=a,b"), QStringLiteral("name="), QStringLiteral("_count=0"),
              QStringLiteral("_count=100000"), QStringLiteral("_offset=-1")}) {
            const QJsonObject issue = refusal(QStringLiteral("/fhir/Patient?") + bad, admin, 400);
            QVERIFY2(issue.value(QStringLiteral("code")).toString() == QLatin1String("invalid"),
                     qPrintable(bad));
            QVERIFY2(!issue.value(QStringLiteral("diagnostics")).toString().isEmpty(), qPrintable(bad));
        }
    }

    // JSON is all that is served: asked for by _format, it is answered; any other format is refused (406),
    // by _format on any route or by an Accept that names no JSON.
    void onlyJsonIsServed()
    {
        const QString admin = m_admin.access;
        QCOMPARE(search(QStringLiteral("/fhir/Patient?name=Anna&_format=json"), admin),
                 (QStringList{m_anna}));
        QCOMPARE(ok(QStringLiteral("/fhir/Patient/%1?_format=application/fhir%2Bjson").arg(m_anna), admin)
                     .value(QStringLiteral("id"))
                     .toString(),
                 m_anna);
        QCOMPARE(ok(QStringLiteral("/fhir/metadata?_format=application/json"), {})
                     .value(QStringLiteral("resourceType"))
                     .toString(),
                 QStringLiteral("CapabilityStatement"));
        for (const QString& path :
             {QStringLiteral("/fhir/Patient?_format=xml"),
              QStringLiteral("/fhir/Patient/%1?_format=application/fhir%2Bxml").arg(m_anna),
              QStringLiteral("/fhir/metadata?_format=ttl")}) {
            const QJsonObject issue = refusal(path, admin, 406);
            QCOMPARE(issue.value(QStringLiteral("code")).toString(), QStringLiteral("not-supported"));
        }
        const auto withAccept = [&](const QByteArray& accept) {
            return m_http->request("GET", QStringLiteral("/fhir/Patient/") + m_anna, {}, admin,
                                   {{QByteArray("Accept"), accept}});
        };
        const HttpReply xml = withAccept("application/fhir+xml");
        QCOMPARE(xml.status, 406);
        QCOMPARE(xml.object().value(QStringLiteral("resourceType")).toString(),
                 QStringLiteral("OperationOutcome"));
        QCOMPARE(withAccept("application/fhir+json").status, 200);
        QCOMPARE(withAccept("application/fhir+xml;q=1, application/fhir+json;q=0.5").status, 200);
        QCOMPARE(withAccept("*/*").status, 200);
    }

    void searchesPage()
    {
        QJsonObject first = ok(QStringLiteral("/fhir/Patient?_count=2"), m_admin.access);
        QCOMPARE(ids(first).size(), 2);
        QVERIFY(!first.contains(QStringLiteral("total"))); // not counted while more follow
        const QString next = link(first, QStringLiteral("next"));
        QVERIFY(next.contains(QStringLiteral("_offset=2")));
        QVERIFY(link(first, QStringLiteral("self")).endsWith(QStringLiteral("/fhir/Patient?_count=2")));
        QJsonObject second = ok(QUrl(next).path() + QLatin1Char('?') + QUrl(next).query(), m_admin.access);
        QCOMPARE(ids(second).size(), 1);
        QVERIFY(link(second, QStringLiteral("next")).isEmpty());
        QCOMPARE(second.value(QStringLiteral("total")).toInt(), 3);
        QStringList all = ids(first) + ids(second);
        all.sort();
        QStringList expected{m_anna, m_bernd, m_carla};
        expected.sort();
        QCOMPARE(all, expected);
        // Counted searches say the total on every page.
        const QJsonObject slotPage = ok(QStringLiteral("/fhir/Slot?_count=1"), m_admin.access);
        QCOMPARE(slotPage.value(QStringLiteral("total")).toInt(), 3);
        QVERIFY(!link(slotPage, QStringLiteral("next")).isEmpty());
        // No match: a Bundle without entries (FHIR JSON has no empty arrays).
        const QJsonObject none = ok(QStringLiteral("/fhir/Patient?name=zzz"), m_admin.access);
        QCOMPARE(none.value(QStringLiteral("total")).toInt(), 0);
        QVERIFY(!none.contains(QStringLiteral("entry")));
    }

    void everyoneSeesWhatTheApiShowsThem()
    {
        // No credentials or a bad token: 401 as an OperationOutcome, with the challenge.
        HttpReply anonymous = fhirGet(QStringLiteral("/fhir/Patient"), QString());
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.object().value(QStringLiteral("resourceType")).toString(),
                 QStringLiteral("OperationOutcome"));
        QVERIFY(!anonymous.header("WWW-Authenticate").isEmpty());
        QCOMPARE(
            refusal(QStringLiteral("/fhir/Appointment/") + m_annaVisit, QStringLiteral("not-a-token"), 401)
                .value(QStringLiteral("code"))
                .toString(),
            QStringLiteral("login"));
        // A patient account sees its own record and appointments only; another's is not found.
        const QString patient = m_patientUser.access;
        QCOMPARE(search(QStringLiteral("/fhir/Patient"), patient), (QStringList{m_anna}));
        QCOMPARE(search(QStringLiteral("/fhir/Appointment"), patient), (QStringList{m_annaVisit}));
        refusal(QStringLiteral("/fhir/Patient/") + m_bernd, patient, 404);
        refusal(QStringLiteral("/fhir/Appointment/") + m_berndVisit, patient, 404);
        QCOMPARE(
            ok(QStringLiteral("/fhir/Patient/") + m_anna, patient).value(QStringLiteral("id")).toString(),
            m_anna);
        // Dentists, practitioners and slots are the clinic's to show to anyone signed in.
        QCOMPARE(search(QStringLiteral("/fhir/Practitioner"), patient).size(), 2);
        QCOMPARE(search(QStringLiteral("/fhir/Slot"), patient).size(), 3);
    }

    // Refusals made before any FHIR route is chosen are OperationOutcomes as well: a type not served, a
    // write (the API is read only).
    void theServersOwnRefusalsAreOperationOutcomes()
    {
        QCOMPARE(refusal(QStringLiteral("/fhir/Observation"), m_admin.access, 404)
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("not-found"));
        const HttpReply write = m_http->post(
            QStringLiteral("/fhir/Patient"),
            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")}}, m_admin.access);
        QCOMPARE(write.status, 405);
        QVERIFY(write.header("Content-Type").startsWith("application/fhir+json"));
        QVERIFY(!write.header("Allow").isEmpty());
        const QJsonObject issue = write.object().value(QStringLiteral("issue")).toArray().first().toObject();
        QCOMPARE(issue.value(QStringLiteral("code")).toString(), QStringLiteral("not-supported"));
        m_answers.append({QStringLiteral("POST /fhir/Patient (405)"), write.json()});
        // Outside /fhir, refusals keep the seeds' shape.
        QCOMPARE(m_http->get(QStringLiteral("/api/nothing-here/"), m_admin.access)
                     .object()
                     .value(QStringLiteral("detail"))
                     .toString(),
                 QStringLiteral("Not found."));
    }

    void practitionerAndSchedule()
    {
        const QJsonObject p = ok(QStringLiteral("/fhir/Practitioner/") + m_doctor, m_dentist.access);
        QCOMPARE(p.value(QStringLiteral("id")).toString(), m_doctor);
        QCOMPARE(p.value(QStringLiteral("active")).toBool(), true);
        const QJsonObject name = p.value(QStringLiteral("name")).toArray().first().toObject();
        QCOMPARE(name.value(QStringLiteral("prefix")).toArray().first().toString(), QStringLiteral("Dr."));
        QCOMPARE(name.value(QStringLiteral("family")).toString(), QStringLiteral("Kranz"));
        QCOMPARE(name.value(QStringLiteral("given")).toArray().size(), 2);
        QCOMPARE(p.value(QStringLiteral("identifier"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("ZA-4711"));
        QCOMPARE(p.value(QStringLiteral("qualification"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Orthodontics"));
        QCOMPARE(search(QStringLiteral("/fhir/Practitioner?name=kra"), m_admin.access),
                 (QStringList{m_doctor}));
        QCOMPARE(search(QStringLiteral("/fhir/Practitioner?name=maria"), m_admin.access),
                 (QStringList{m_doctor}));
        QCOMPARE(search(QStringLiteral("/fhir/Practitioner?name=olaf"), m_admin.access),
                 (QStringList{m_otherDoctor}));
        QCOMPARE(search(QStringLiteral("/fhir/Practitioner?name=x"), m_admin.access), (QStringList{}));
        refusal(QStringLiteral("/fhir/Practitioner/") + kUnknownId, m_admin.access, 404);

        // The dentist's Schedule shares the Practitioner's id and tells the working hours.
        const QJsonObject schedule = ok(QStringLiteral("/fhir/Schedule/") + m_doctor, m_admin.access);
        QCOMPARE(schedule.value(QStringLiteral("actor"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("reference"))
                     .toString(),
                 QStringLiteral("Practitioner/") + m_doctor);
        QVERIFY(
            schedule.value(QStringLiteral("comment")).toString().contains(QStringLiteral("Mon 08:00-18:00")));
        QCOMPARE(search(QStringLiteral("/fhir/Schedule?actor=Practitioner/") + m_otherDoctor, m_admin.access),
                 (QStringList{m_otherDoctor}));
        QCOMPARE(search(QStringLiteral("/fhir/Schedule?actor=") + m_doctor, m_admin.access),
                 (QStringList{m_doctor}));
        QCOMPARE(search(QStringLiteral("/fhir/Schedule"), m_admin.access).size(), 2);
        refusal(QStringLiteral("/fhir/Schedule?actor=Patient/") + m_anna, m_admin.access, 400);
        refusal(QStringLiteral("/fhir/Schedule/") + kUnknownId, m_admin.access, 404);
    }

    void appointmentIsMappedFaithfully()
    {
        const QJsonObject a = ok(QStringLiteral("/fhir/Appointment/") + m_annaVisit, m_admin.access);
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
        QCOMPARE(a.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-24T07:00:00.000Z"));
        QCOMPARE(a.value(QStringLiteral("end")).toString(), QStringLiteral("2026-11-24T07:45:00.000Z"));
        QCOMPARE(a.value(QStringLiteral("minutesDuration")).toInt(), 45);
        QCOMPARE(a.value(QStringLiteral("description")).toString(), QStringLiteral("Check-up"));
        QStringList actors;
        for (const QJsonValue& v : a.value(QStringLiteral("participant")).toArray()) {
            const QJsonObject actor = v.toObject().value(QStringLiteral("actor")).toObject();
            actors << (actor.contains(QStringLiteral("reference"))
                           ? actor.value(QStringLiteral("reference")).toString()
                           : actor.value(QStringLiteral("identifier"))
                                 .toObject()
                                 .value(QStringLiteral("value"))
                                 .toString());
        }
        QCOMPARE(actors, (QStringList{QStringLiteral("Patient/") + m_anna,
                                      QStringLiteral("Practitioner/") + m_doctor, m_chair}));
        QCOMPARE(ok(QStringLiteral("/fhir/Appointment/") + m_cancelled, m_admin.access)
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("cancelled"));
        refusal(QStringLiteral("/fhir/Appointment/") + kUnknownId, m_admin.access, 404);
    }

    void appointmentSearch()
    {
        const QString admin = m_admin.access;
        // A day is the clinic's (Europe/Berlin): 08:00 there is 07:00Z.
        QCOMPARE(search(QStringLiteral("/fhir/Appointment?date=2026-11-24"), admin),
                 (QStringList{m_annaVisit, m_berndVisit}));
        QCOMPARE(search(QStringLiteral("/fhir/Appointment?date=2026-11-25"), admin),
                 (QStringList{m_cancelled}));
        QCOMPARE(search(QStringLiteral("/fhir/Appointment?date=2026-11-24T08:00"), admin),
                 (QStringList{m_annaVisit}));
        QCOMPARE(search(QStringLiteral("/fhir/Appointment?date=lt2026-11-24T07:00:00Z"), admin),
                 (QStringList{}));
        QCOMPARE(search(QStringLiteral("/fhir/Appointment?date=le2026-11-24T07:00:00Z"), admin),
                 (QStringList{m_annaVisit}));
        QCOMPARE(
            search(QStringLiteral("/fhir/Appointment?date=gt2026-11-24T07:00:00Z&date=lt2026-11-25"), admin),
            (QStringList{m_berndVisit}));
        QCOMPARE(
            search(QStringLiteral("/fhir/Appointment?date=ge2026-11-24T10:00:00%2B01:00&date=le2026-11-25"),
                   admin),
            (QStringList{m_berndVisit, m_cancelled}));
        QCOMPARE(search(QStringLiteral("/fhir/Appointment?practitioner=Practitioner/") + m_doctor +
                            QStringLiteral("&date=le2026-11-25"),
                        admin),
                 (QStringList{m_annaVisit, m_cancelled}));
        QCOMPARE(search(QStringLiteral("/fhir/Appointment?practitioner=") + m_otherDoctor, admin),
                 (QStringList{m_berndVisit}));
        QCOMPARE(search(QStringLiteral("/fhir/Appointment?patient=Patient/") + m_carla, admin),
                 (QStringList{m_cancelled}));
        QCOMPARE(search(QStringLiteral("/fhir/Appointment?patient=") + m_anna +
                            QStringLiteral("&practitioner=") + m_otherDoctor,
                        admin),
                 (QStringList{}));
        refusal(QStringLiteral("/fhir/Appointment?practitioner=Patient/") + m_anna, admin, 400);
        refusal(QStringLiteral("/fhir/Appointment?date=2026-13-01"), admin, 400);
        refusal(QStringLiteral("/fhir/Appointment?date=ap2026-11-24"), admin, 400);
    }

    void slotSearch()
    {
        const QJsonObject free = ok(QStringLiteral("/fhir/Slot/") + m_freeSlot, m_admin.access);
        QCOMPARE(free.value(QStringLiteral("status")).toString(), QStringLiteral("free"));
        QCOMPARE(free.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-26T08:00:00.000Z"));
        QCOMPARE(
            free.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("reference")).toString(),
            QStringLiteral("Schedule/") + m_doctor);
        QCOMPARE(ok(QStringLiteral("/fhir/Slot/") + m_bookedSlot, m_admin.access)
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("busy"));
        QCOMPARE(ok(QStringLiteral("/fhir/Slot/") + m_blockedSlot, m_admin.access)
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("busy-unavailable"));
        QCOMPARE(search(QStringLiteral("/fhir/Slot?schedule=Schedule/") + m_doctor, m_admin.access),
                 (QStringList{m_freeSlot, m_bookedSlot, m_blockedSlot}));
        QCOMPARE(search(QStringLiteral("/fhir/Slot?schedule=") + m_otherDoctor, m_admin.access),
                 (QStringList{}));
        QCOMPARE(search(QStringLiteral("/fhir/Slot?start=ge2026-11-26T10:00&start=lt2026-11-26T11:00"),
                        m_admin.access),
                 (QStringList{m_bookedSlot}));
        QCOMPARE(search(QStringLiteral("/fhir/Slot?start=2026-11-26T09:00:00Z"), m_admin.access),
                 (QStringList{m_bookedSlot}));
        QCOMPARE(search(QStringLiteral("/fhir/Slot?start=2026-11-27"), m_admin.access), (QStringList{}));
        refusal(QStringLiteral("/fhir/Slot?schedule=Practitioner/") + m_doctor, m_admin.access, 400);
        refusal(QStringLiteral("/fhir/Slot/") + kUnknownId, m_admin.access, 404);
    }

    // Last: every answer above, resources, Bundles, the CapabilityStatement and OperationOutcomes, against
    // the R4 shapes; and the validator itself refuses what R4 does not allow.
    void everyAnswerIsValidR4()
    {
        QVERIFY(m_answers.size() > 50);
        QJsonArray documents;
        for (const auto& [label, body] : m_answers)
            documents.append(QJsonArray{label, body});
        const auto validate = [](const QJsonArray& docs) {
            QProcess python;
            python.start(QStringLiteral(CHAIRSIDE_PYTHON), {QStringLiteral(CHAIRSIDE_FHIR_VALIDATOR)});
            python.write(QJsonDocument(docs).toJson(QJsonDocument::Compact));
            python.closeWriteChannel();
            python.waitForFinished(60000);
            return std::pair{
                python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1,
                QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError())};
        };
        const auto [code, output] = validate(documents);
        QVERIFY2(code == 0, qPrintable(output));

        // The same appointment with a status R4 does not have, or without participants, is refused.
        QJsonObject appointment = ok(QStringLiteral("/fhir/Appointment/") + m_annaVisit, m_admin.access);
        QJsonObject badStatus = appointment;
        badStatus.insert(QStringLiteral("status"), QStringLiteral("scheduled"));
        QJsonObject noParticipants = appointment;
        noParticipants.insert(QStringLiteral("participant"), QJsonArray{});
        QJsonObject badInstant = appointment;
        badInstant.insert(QStringLiteral("start"), QStringLiteral("2026-11-24 07:00"));
        for (const QJsonObject& broken : {badStatus, noParticipants, badInstant}) {
            const auto [brokenCode, brokenOutput] =
                validate(QJsonArray{QJsonArray{QStringLiteral("broken"), broken}});
            QVERIFY2(brokenCode == 1, qPrintable(brokenOutput));
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpFhir)
#include "tst_http_fhir.moc"

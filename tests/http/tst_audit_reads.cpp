#include "ApiServerHost.h"
#include "HttpClient.h"
#include "MailSender.h"
#include "TestStation.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

// A transport that remembers what it was asked to send.
class RecordingSender : public MailSender
{
public:
    QList<MailMessage> sent;
    QString send(const MailMessage& m) override
    {
        sent.append(m);
        return {};
    }
    QString describe() const override { return QStringLiteral("recording"); }
};

QJsonObject detailOf(const QVariantMap& entry)
{
    return QJsonDocument::fromJson(entry.value(QStringLiteral("detail")).toString().toUtf8()).object();
}

} // namespace

// Issue 6, item 7: reads of patient data are in the audit log with who, what, when, the station and the
// client, over HTTP and at the desktop alike; a list is one entry; the log cannot be changed or emptied;
// the audit endpoint shows the reads. And the activation and cancellation mails are notifications,
// delivered once.
class TestAuditReads : public QObject
{
    Q_OBJECT
private:
    using Account = ApiUser;

    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    Account m_desk;
    Account m_admin;
    Account m_dentist;
    QString m_ana;   // assigned to the dentist
    QString m_other; // not the dentist's
    QString m_appointment;

    // Read entries, newest first, straight from the store.
    QList<QVariantMap> reads() const
    {
        auto rows =
            sql::select(m_station->db->connection(),
                        QStringLiteral("SELECT * FROM audit_log WHERE kind = 'read' ORDER BY seq DESC"));
        return rows ? *rows : QList<QVariantMap>();
    }

    HttpReply getAs(const QString& path, const Account& who)
    {
        return m_http->request("GET", path, {}, who.access, {{"User-Agent", "FrontDeskTablet/2.1"}});
    }

private slots:
    void initTestCase()
    {
        CoreConfig config;
        config.mailEnabled = true;
        m_station = std::make_unique<TestStation>(config);
        m_desk = m_station->addApiUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        m_admin = m_station->addApiUser(QStringLiteral("boss@clinic.org"), Role::Admin);
        m_dentist = m_station->addApiUser(QStringLiteral("molar@clinic.org"), Role::Dentist);
        Services& s = *m_station->services;
        auto doctor = s.doctors.create(m_admin.actor, {{QStringLiteral("name"), QStringLiteral("Dr Molar")},
                                                       {QStringLiteral("user_id"), m_dentist.actor.userId}});
        QVERIFY(doctor);
        auto ana = s.patients.create(m_desk.actor, {{QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                                    {QStringLiteral("email"), QStringLiteral("ana@x.org")}});
        auto other =
            s.patients.create(m_desk.actor, {{QStringLiteral("name"), QStringLiteral("Otto Other")}});
        QVERIFY(ana && other);
        m_ana = ana->value(QStringLiteral("id")).toString();
        m_other = other->value(QStringLiteral("id")).toString();
        QVERIFY(s.mappings.create(m_desk.actor, m_ana, doctor->value(QStringLiteral("id")).toString()));
        BookingRequest booking;
        booking.patientId = m_ana;
        booking.dentistId = doctor->value(QStringLiteral("id")).toString();
        booking.start = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        auto appointment = s.appointments.book(m_desk.actor, booking);
        QVERIFY2(appointment, appointment ? "" : qPrintable(appointment.error().message));
        m_appointment = appointment->value(QStringLiteral("id")).toString();

        m_host = std::make_unique<api::ApiServerHost>(s, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }

    void cleanupTestCase()
    {
        m_host.reset();
        m_station.reset();
    }

    void writesRecordNoReads()
    {
        // Setting up (accounts, patients, a booking, their answers) read nothing for anyone.
        QCOMPARE(reads().size(), 0);
    }

    void aReadOverHttpNamesWhoWhatAndTheClient()
    {
        const int before = int(reads().size());
        QCOMPARE(getAs(QStringLiteral("/api/patients/") + m_ana, m_dentist).status, 200);
        const QList<QVariantMap> after = reads();
        QCOMPARE(after.size(), before + 1);
        const QVariantMap e = after.first();
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("patients.read"));
        QCOMPARE(e.value(QStringLiteral("table_name")).toString(), QStringLiteral("patients"));
        QCOMPARE(e.value(QStringLiteral("row_id")).toString(), m_ana);
        QCOMPARE(e.value(QStringLiteral("actor_id")).toString(), m_dentist.actor.userId);
        QCOMPARE(e.value(QStringLiteral("source")).toString(), QStringLiteral("api"));
        QCOMPARE(e.value(QStringLiteral("station_id")).toString(), m_station->db->siteId());
        QVERIFY(!e.value(QStringLiteral("at")).toString().isEmpty());
        // The client: the address, the token by its hash (never the token), the program.
        const QString client = e.value(QStringLiteral("client")).toString();
        const QString tokenId = QString::fromLatin1(
            QCryptographicHash::hash(m_dentist.access.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
        QCOMPARE(client, QStringLiteral("127.0.0.1; jwt %1; FrontDeskTablet/2.1").arg(tokenId));
        QVERIFY(!client.contains(m_dentist.access));

        // A refused read (another dentist's patient is "not found") hands nothing over and records nothing.
        QCOMPARE(getAs(QStringLiteral("/api/patients/") + m_other, m_dentist).status, 404);
        QCOMPARE(reads().size(), before + 1);
    }

    void aListIsOneEntryNamingThePatients()
    {
        const int before = int(reads().size());
        const HttpReply list = getAs(QStringLiteral("/api/patients/"), m_desk);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().toArray().size(), 2);
        const QList<QVariantMap> after = reads();
        QCOMPARE(after.size(), before + 1);
        const QVariantMap e = after.first();
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("patients.list"));
        QVERIFY(e.value(QStringLiteral("row_id")).isNull());
        const QJsonObject detail = detailOf(e);
        QCOMPARE(detail.value(QStringLiteral("count")).toInt(), 2);
        const QJsonArray ids = detail.value(QStringLiteral("patient_ids")).toArray();
        QVERIFY(ids.contains(m_ana) && ids.contains(m_other));

        // Every appointment of the clinic: one entry, naming whose they were.
        QCOMPARE(getAs(QStringLiteral("/api/appointment/list_all_appointments/"), m_desk).status, 200);
        const QVariantMap appointments = reads().first();
        QCOMPARE(appointments.value(QStringLiteral("action")).toString(),
                 QStringLiteral("appointments.list"));
        QCOMPARE(detailOf(appointments).value(QStringLiteral("patient_ids")).toArray(), QJsonArray{m_ana});
    }

    void seed003AppointmentListsAreReadsAndTheirWritesAreNot()
    {
        const int before = int(reads().size());
        // Filtered, so it is not the same read as the list of every appointment a moment ago (the same read
        // is recorded once a minute).
        const HttpReply list =
            getAs(QStringLiteral("/api/appointments/appointments/?status=scheduled"), m_desk);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().toObject().value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(reads().size(), before + 1);
        const QVariantMap listed = reads().first();
        QCOMPARE(listed.value(QStringLiteral("action")).toString(), QStringLiteral("appointments.list"));
        QCOMPARE(detailOf(listed).value(QStringLiteral("patient_ids")).toArray(), QJsonArray{m_ana});

        QCOMPARE(getAs(QStringLiteral("/api/appointments/upcoming/"), m_desk).status, 200);
        QCOMPARE(reads().size(), before + 2);
        QCOMPARE(detailOf(reads().first())
                     .value(QStringLiteral("filter"))
                     .toObject()
                     .value(QStringLiteral("list")),
                 QJsonValue(QStringLiteral("upcoming")));

        // A change answers with the appointment as it now is: that is the writer's own answer, not a read.
        const HttpReply changed =
            m_http->patch(QStringLiteral("/api/appointments/appointments/%1/").arg(m_appointment),
                          QJsonObject{{QStringLiteral("patient_notes"), QStringLiteral("Prefers mornings")}},
                          m_desk.access);
        QCOMPARE(changed.status, 200);
        QCOMPARE(reads().size(), before + 2);
    }

    void aSignInNamesItsClient()
    {
        const HttpReply login = m_http->request(
            "POST", QStringLiteral("/api/auth/login/"),
            QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("molar@clinic.org")},
                                      {QStringLiteral("password"), QStringLiteral("password123")}})
                .toJson(),
            {}, {{"Content-Type", "application/json"}, {"User-Agent", "FrontDeskTablet/2.1"}});
        QCOMPARE(login.status, 200);
        auto rows = sql::select(
            m_station->db->connection(),
            QStringLiteral("SELECT * FROM audit_log WHERE action = 'auth.login' ORDER BY seq DESC"));
        QVERIFY(rows && !rows->isEmpty());
        QCOMPARE(rows->first().value(QStringLiteral("actor_id")).toString(), m_dentist.actor.userId);
        QCOMPARE(rows->first().value(QStringLiteral("client")).toString(),
                 QStringLiteral("127.0.0.1; FrontDeskTablet/2.1"));
    }

    void theDesktopsReadsAreRecordedToo()
    {
        Services& s = *m_station->services;
        Actor desktop = m_dentist.actor;
        desktop.source = QStringLiteral("desktop");
        const int before = int(reads().size());
        QVERIFY(s.patients.get(desktop, m_ana));
        AppointmentQuery chart;
        chart.patientId = m_ana;
        QCOMPARE(s.appointments.list(desktop, chart)->size(), 1);
        const QList<QVariantMap> after = reads();
        QCOMPARE(after.size(), before + 2);
        QCOMPARE(after[1].value(QStringLiteral("action")).toString(), QStringLiteral("patients.read"));
        QCOMPARE(after[1].value(QStringLiteral("source")).toString(), QStringLiteral("desktop"));
        QVERIFY(after[1].value(QStringLiteral("client")).isNull()); // the station is the client
        QCOMPARE(after[1].value(QStringLiteral("station_id")).toString(), m_station->db->siteId());
        QCOMPARE(after[0].value(QStringLiteral("action")).toString(), QStringLiteral("appointments.list"));
        QCOMPARE(
            detailOf(after[0]).value(QStringLiteral("filter")).toObject().value(QStringLiteral("patient_id")),
            QJsonValue(m_ana));

        // A screen reloading the same chart within a minute adds nothing; a minute later it is a new read.
        QVERIFY(s.patients.get(desktop, m_ana));
        QCOMPARE(reads().size(), before + 2);
        m_station->clock.advanceSeconds(61);
        QVERIFY(s.patients.get(desktop, m_ana));
        QCOMPARE(reads().size(), before + 3);

        // The station's own reads (workers, the command line) hand nothing to anyone.
        QVERIFY(s.patients.get(Actor::system(QStringLiteral("messages")), m_ana));
        QCOMPARE(reads().size(), before + 3);
    }

    void clinicalReadsAreRecorded()
    {
        Services& s = *m_station->services;
        auto prescription = s.prescriptions.create(
            m_dentist.actor,
            {{QStringLiteral("patient_id"), m_ana},
             {QStringLiteral("medications"),
              QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("Amoxicillin")}}}}});
        QVERIFY2(prescription, prescription ? "" : qPrintable(prescription.error().message));
        const int before = int(reads().size());
        QVERIFY(s.prescriptions.listForPatient(m_dentist.actor, m_ana));
        QVERIFY(s.records.forAppointment(m_dentist.actor, m_appointment));
        QVERIFY(s.appointments.history(m_dentist.actor, m_appointment));
        const QList<QVariantMap> after = reads();
        // The appointment has no record yet: nothing was handed over for it.
        QCOMPARE(after.size(), before + 2);
        QCOMPARE(after[1].value(QStringLiteral("action")).toString(), QStringLiteral("prescriptions.list"));
        QCOMPARE(after[0].value(QStringLiteral("action")).toString(),
                 QStringLiteral("appointment_history.read"));
        QCOMPARE(detailOf(after[0]).value(QStringLiteral("patient_id")).toString(), m_ana);
    }

    void theAuditLogCannotBeChangedOrEmptied()
    {
        QVERIFY(!reads().isEmpty());
        // Through the station's own connection (its write-path guard lets only read entries in without a
        // unit of work) and through a bare one without the guard (the log's permanent triggers refuse).
        for (const bool own : {true, false}) {
            const QString name = QStringLiteral("bare-audit");
            {
                QSqlDatabase conn = m_station->db->connection();
                if (!own) {
                    conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                    conn.setDatabaseName(m_station->dbPath());
                    QVERIFY(conn.open());
                }
                QSqlQuery q(conn);
                // The station's connection refuses at its guard first; a bare one at the log's own triggers.
                const auto refusedHere = [&q, own] {
                    const QString text = q.lastError().text();
                    return text.contains(QStringLiteral("append-only")) ||
                           (own && text.contains(QStringLiteral("outside the write path")));
                };
                QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor_id = NULL WHERE kind = 'read'")));
                QVERIFY2(refusedHere(), qPrintable(q.lastError().text()));
                QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE kind = 'read'")));
                QVERIFY2(refusedHere(), qPrintable(q.lastError().text()));
                QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
                if (!own)
                    conn.close();
            }
            if (!own)
                QSqlDatabase::removeDatabase(name);
        }
        {
            // Not even the write path may: inside a unit of work the triggers still refuse.
            UnitOfWork uow(*m_station->db, m_station->clock, m_admin.actor);
            QSqlQuery q(m_station->db->connection());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE kind = 'read'")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
                     qPrintable(q.lastError().text()));
        }
        QVERIFY(!reads().isEmpty());
        QCOMPARE(reads().last().value(QStringLiteral("actor_id")).toString(), m_dentist.actor.userId);
    }

    void theAuditEndpointShowsReadsWithTheirClient()
    {
        const HttpReply all = getAs(QStringLiteral("/api/audit-logs/list/?kind=read&limit=1000"), m_admin);
        QCOMPARE(all.status, 200);
        bool found = false;
        for (const QJsonValue& v : all.json().toArray()) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("read"));
            if (e.value(QStringLiteral("action")) == QLatin1String("patients.read") &&
                e.value(QStringLiteral("user")) == m_dentist.actor.userId &&
                e.value(QStringLiteral("client"))
                    .toString()
                    .endsWith(QStringLiteral("FrontDeskTablet/2.1"))) {
                found = true;
                QCOMPARE(e.value(QStringLiteral("row_id")).toString(), m_ana);
                QCOMPARE(
                    e.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("kind")).toString(),
                    QStringLiteral("read"));
                QCOMPARE(e.value(QStringLiteral("station_id")).toString(), m_station->db->siteId());
            }
        }
        QVERIFY(found);
        // Reading the log is itself a read, by the admin, with the filter used.
        const QVariantMap logRead = reads().first();
        QCOMPARE(logRead.value(QStringLiteral("action")).toString(), QStringLiteral("audit_log.list"));
        QCOMPARE(logRead.value(QStringLiteral("actor_id")).toString(), m_admin.actor.userId);
        QCOMPARE(detailOf(logRead).value(QStringLiteral("filter")).toObject().value(QStringLiteral("kind")),
                 QJsonValue(QStringLiteral("read")));

        const HttpReply changes =
            getAs(QStringLiteral("/api/audit-logs/list/?kind=write&limit=1000"), m_admin);
        QCOMPARE(changes.status, 200);
        QVERIFY(!changes.json().toArray().isEmpty());
        for (const QJsonValue& v : changes.json().toArray())
            QVERIFY(v.toObject().value(QStringLiteral("kind")).toString() != QLatin1String("read"));
        const QString problem =
            refusalProblem(getAs(QStringLiteral("/api/audit-logs/list/?kind=some"), m_admin), 400, {},
                           QStringLiteral("kind"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(getAs(QStringLiteral("/api/audit-logs/list/?kind=read"), m_dentist).status, 403);
    }

    void theActivationMailIsANotificationDeliveredOnce()
    {
        Services& s = *m_station->services;
        const Actor jo = m_station->addUser(QStringLiteral("jo@x.org"), Role::Patient);
        auto row = sql::selectOne(m_station->db->connection(),
                                  QStringLiteral("SELECT * FROM notifications WHERE kind = 'activation' AND "
                                                 "user_id = ?"),
                                  {jo.userId});
        QVERIFY(row && row->has_value());
        const QVariantMap n = **row;
        QCOMPARE(n.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(n.value(QStringLiteral("recipient")).toString(), QStringLiteral("jo@x.org"));
        QCOMPARE(n.value(QStringLiteral("subject")).toString(), QStringLiteral("Verify Email"));
        QVERIFY(n.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(
                        QStringLiteral(
                            "Here is your activation link: http://127.0.0.1:8000/auth/activate/?user_id=") +
                        jo.userId + QStringLiteral("&confirmation_token=")));
        // The staff see it among the notifications.
        auto staffList = s.notifications.list(m_desk.actor);
        QVERIFY(staffList);
        const QList<QVariantMap> messages = *staffList;
        bool listed = false;
        for (const QVariantMap& m : messages)
            listed = listed || m.value(QStringLiteral("id")) == n.value(QStringLiteral("id"));
        QVERIFY(listed);

        RecordingSender sender;
        QVERIFY(s.outbox.deliverDue(sender, QStringLiteral("c@x.org")) >= 1);
        QCOMPARE(s.outbox.deliverDue(sender, QStringLiteral("c@x.org")), 0);
        int toJo = 0;
        for (const MailMessage& m : sender.sent)
            if (m.to == QLatin1String("jo@x.org")) {
                ++toJo;
                QCOMPARE(m.subject, QStringLiteral("Verify Email"));
                QCOMPARE(m.body, n.value(QStringLiteral("message")).toString());
            }
        QCOMPARE(toJo, 1);
        QCOMPARE(sql::scalar(m_station->db->connection(),
                             QStringLiteral("SELECT status FROM notifications WHERE id = ?"),
                             {n.value(QStringLiteral("id"))})
                     ->toString(),
                 QStringLiteral("sent"));
    }

    void theCancellationMailIsANotificationAndRespectsOptOut()
    {
        Services& s = *m_station->services;
        RecordingSender sender;
        s.outbox.deliverDue(sender, QString()); // whatever was due before
        sender.sent.clear();
        QVERIFY(!s.appointments.remove(m_desk.actor, m_appointment));
        auto row =
            sql::selectOne(m_station->db->connection(),
                           QStringLiteral("SELECT * FROM notifications WHERE kind = 'cancellation' AND "
                                          "appointment_id = ?"),
                           {m_appointment});
        QVERIFY(row && row->has_value());
        QCOMPARE((*row)->value(QStringLiteral("patient_id")).toString(), m_ana);
        QCOMPARE((*row)->value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(s.outbox.deliverDue(sender, QString()), 1);
        QCOMPARE(s.outbox.deliverDue(sender, QString()), 0);
        QCOMPARE(sender.sent.size(), 1);
        QCOMPARE(sender.sent.first().to, QStringLiteral("ana@x.org"));
        QCOMPARE(sender.sent.first().subject, QStringLiteral("Your appointment has been canceled"));
        QVERIFY(
            sender.sent.first().body.startsWith(QStringLiteral("Dear Ana Lima, your dental appointment")));

        // Otto opted out of email: the staff see a failed notification saying why, and nothing is sent.
        QVERIFY(s.patients.update(m_desk.actor, m_other,
                                  {{QStringLiteral("email"), QStringLiteral("otto@x.org")},
                                   {QStringLiteral("email_opt_out"), true}},
                                  true));
        BookingRequest booking;
        booking.patientId = m_other;
        booking.start = QDateTime(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC);
        auto appointment = s.appointments.book(m_desk.actor, booking);
        QVERIFY2(appointment, appointment ? "" : qPrintable(appointment.error().message));
        const QString id = appointment->value(QStringLiteral("id")).toString();
        s.outbox.deliverDue(sender, QString());
        sender.sent.clear();
        QVERIFY(!s.appointments.remove(m_desk.actor, id));
        auto refused =
            sql::selectOne(m_station->db->connection(),
                           QStringLiteral("SELECT * FROM notifications WHERE kind = 'cancellation' "
                                          "AND appointment_id = ?"),
                           {id});
        QVERIFY(refused && refused->has_value());
        QCOMPARE((*refused)->value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY((*refused)
                    ->value(QStringLiteral("error_message"))
                    .toString()
                    .contains(QStringLiteral("opted out")));
        QCOMPARE(s.outbox.deliverDue(sender, QString()), 0);
        QVERIFY(sender.sent.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditReads)
#include "tst_audit_reads.moc"

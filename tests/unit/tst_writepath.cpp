#include "TestStation.h"
#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <sqlite3.h>

using namespace chairside;
using namespace chairside::test;

namespace {

int countRows(Database& db, const QString& sqlText, const QVariantList& binds = {})
{
    return sql::scalar(db.connection(), sqlText, binds)->toInt();
}

} // namespace

class TestWritePath : public QObject
{
    Q_OBJECT
private slots:
    void serviceWriteAppendsChangeAndAudit()
    {
        TestStation s;
        const Actor staff = s.addUser(QStringLiteral("desk@c.org"), Role::Receptionist);
        auto p = s.services->patients.create(staff, {{QStringLiteral("name"), QStringLiteral("Ana Lima")}});
        QVERIFY(p.ok());
        const QString id = p->value(QStringLiteral("id")).toString();
        auto change = sql::selectOne(
            s.db->connection(),
            QStringLiteral("SELECT * FROM change_log WHERE table_name = 'patients' AND row_id = ?"), {id});
        QVERIFY(change->has_value());
        const QVariantMap& c = **change;
        QCOMPARE(c.value(QStringLiteral("op")).toString(), QStringLiteral("insert"));
        QCOMPARE(c.value(QStringLiteral("actor_id")).toString(), staff.userId);
        QCOMPARE(c.value(QStringLiteral("site_id")).toString(), s.db->siteId());
        QVERIFY(c.value(QStringLiteral("hlc")).toLongLong() > 0);
        const QJsonObject fields =
            QJsonDocument::fromJson(c.value(QStringLiteral("fields")).toByteArray()).object();
        QCOMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("Ana Lima"));
        QCOMPARE(fields.value(QStringLiteral("first_name")).toString(), QStringLiteral("Ana"));
        QCOMPARE(
            countRows(*s.db,
                      QStringLiteral(
                          "SELECT count(*) FROM audit_log WHERE action = 'patients.insert' AND row_id = ? "
                          "AND actor_id = ?"),
                      {id, staff.userId}),
            1);
    }

    void rawWritesToReplicatedTablesAreRefused()
    {
        TestStation s;
        const Actor staff = s.addUser(QStringLiteral("desk@c.org"), Role::Receptionist);
        QSqlQuery q(s.db->connection());
        const QStringList attempts{
            QStringLiteral(
                "INSERT INTO patients (id, name, created_at, updated_at) VALUES ('x', 'Sneaky', 'a', 'b')"),
            QStringLiteral("UPDATE users SET role = 'admin'"),
            QStringLiteral("DELETE FROM users"),
            QStringLiteral("INSERT INTO change_log (site_id, hlc, tx_id, table_name, row_id, op, fields, at) "
                           "VALUES ('s', 1, 't', 'users', 'x', 'insert', '{}', 'now')"),
            QStringLiteral("INSERT INTO audit_log (id, at, source, action) VALUES ('a', 'b', 'c', 'd')"),
        };
        for (const QString& sqlText : attempts) {
            QVERIFY2(!q.exec(sqlText), qPrintable(sqlText));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("outside the write path")),
                     qPrintable(q.lastError().text()));
        }
        QCOMPARE(countRows(*s.db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin'")), 0);
        QCOMPARE(countRows(*s.db, QStringLiteral("SELECT count(*) FROM users")), 1);
        Q_UNUSED(staff);
    }

    void logsAreAppendOnlyEvenWithoutTheGuard()
    {
        TestStation s;
        s.addUser(QStringLiteral("desk@c.org"), Role::Receptionist);
        // A bare sqlite3 handle has no per-connection guard; the permanent triggers still hold.
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(s.dbPath().toUtf8().constData(), &raw), SQLITE_OK);
        QVERIFY(sqlite3_exec(raw, "UPDATE change_log SET op = 'delete'", nullptr, nullptr, nullptr) !=
                SQLITE_OK);
        QVERIFY(sqlite3_exec(raw, "DELETE FROM audit_log", nullptr, nullptr, nullptr) != SQLITE_OK);
        sqlite3_close(raw);
        QVERIFY(countRows(*s.db, QStringLiteral("SELECT count(*) FROM audit_log")) > 0);
    }

    void uncommittedUnitLeavesNoTrace()
    {
        TestStation s;
        const int changesBefore = countRows(*s.db, QStringLiteral("SELECT count(*) FROM change_log"));
        {
            UnitOfWork uow(*s.db, s.clock, Actor::system());
            QVERIFY(!uow.insert(QStringLiteral("doctors"), QStringLiteral("d1"),
                                {{QStringLiteral("name"), QStringLiteral("Dr X")},
                                 {QStringLiteral("created_at"), uow.nowIso()},
                                 {QStringLiteral("updated_at"), uow.nowIso()}}));
        }
        QCOMPARE(countRows(*s.db, QStringLiteral("SELECT count(*) FROM doctors")), 0);
        QCOMPARE(countRows(*s.db, QStringLiteral("SELECT count(*) FROM change_log")), changesBefore);
        // The gate closed with the rollback: raw writes are refused again.
        QSqlQuery q(s.db->connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO doctors (id, name, created_at, updated_at) VALUES ('d2', 'X', 'a', 'b')")));
    }

    void nestedUnitsCommitWithTheOutermost()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@c.org"), Role::Receptionist);
        auto count = [&] { return countRows(*s.db, QStringLiteral("SELECT count(*) FROM patients")); };
        {
            UnitOfWork outer(*s.db, s.clock, desk);
            QVERIFY(s.services->patients
                        .create(desk, {{QStringLiteral("name"), QStringLiteral("Kept")},
                                       {QStringLiteral("phone"), QStringLiteral("+4930111")}})
                        .ok());
            // A failing inner unit (duplicate phone) rolls back alone; the outer one goes on.
            QVERIFY(!s.services->patients
                         .create(desk, {{QStringLiteral("name"), QStringLiteral("Dup")},
                                        {QStringLiteral("phone"), QStringLiteral("+4930111")}})
                         .ok());
            {
                UnitOfWork inner(*s.db, s.clock, desk);
                QVERIFY(!inner.insert(QStringLiteral("chairs"), QStringLiteral("c1"),
                                      {{QStringLiteral("name"), QStringLiteral("Dropped")},
                                       {QStringLiteral("created_at"), inner.nowIso()},
                                       {QStringLiteral("updated_at"), inner.nowIso()}}));
            } // not committed: its chair is undone
            QCOMPARE(count(), 1);
            QCOMPARE(countRows(*s.db, QStringLiteral("SELECT count(*) FROM chairs")), 0);
            QVERIFY(!outer.commit());
        }
        QCOMPARE(count(), 1);
        {
            UnitOfWork outer(*s.db, s.clock, desk);
            QVERIFY(
                s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Lost")}}).ok());
        } // the outer unit rolls back, and the inner (already committed) patient with it
        QCOMPARE(count(), 1);
        // After all that, the guard is closed again.
        QSqlQuery q(s.db->connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO chairs (id, name, created_at, updated_at) VALUES ('x', 'y', 'a', 'b')")));
    }

    void unknownTablesAndColumnsAreRejected()
    {
        TestStation s;
        UnitOfWork uow(*s.db, s.clock, Actor::system());
        QVERIFY(
            uow.insert(QStringLiteral("station_meta"), QStringLiteral("k"), {{QStringLiteral("value"), 1}})
                .has_value());
        QVERIFY(uow.insert(QStringLiteral("doctors"), QStringLiteral("d"),
                           {{QStringLiteral("name; DROP TABLE x"), 1}})
                    .has_value());
    }

    void unchangedFieldsAreNotLogged()
    {
        TestStation s;
        const Actor staff = s.addUser(QStringLiteral("desk@c.org"), Role::Receptionist);
        auto p = s.services->patients.create(
            staff, {{QStringLiteral("name"), QStringLiteral("Ana Lima")}, {QStringLiteral("age"), 40}});
        const QString id = p->value(QStringLiteral("id")).toString();
        QVERIFY(s.services->patients.update(staff, id, {{QStringLiteral("age"), 40}}, true).ok());
        QCOMPARE(
            countRows(*s.db,
                      QStringLiteral("SELECT count(*) FROM change_log WHERE row_id = ? AND op = 'update'"),
                      {id}),
            0);
        s.clock.advanceSeconds(1);
        auto same = s.services->patients.update(staff, id, {{QStringLiteral("age"), 40}}, true);
        QVERIFY(same.ok());
        auto updates = sql::select(
            s.db->connection(),
            QStringLiteral("SELECT fields FROM change_log WHERE row_id = ? AND op = 'update'"), {id});
        QCOMPARE(updates->size(), 1); // only updated_at moved
        const QJsonObject fields =
            QJsonDocument::fromJson(updates->first().value(QStringLiteral("fields")).toByteArray()).object();
        QCOMPARE(fields.keys(), QStringList{QStringLiteral("updated_at")});
    }

    // The proof that no write bypasses the log: after a mix of every kind of service write, folding the
    // change log row by row rebuilds every replicated table exactly, column for column.
    void changeLogRebuildsEveryReplicatedRow()
    {
        TestStation s;
        const Actor admin = s.addUser(QStringLiteral("admin@c.org"), Role::Admin);
        const Actor owner = s.addUser(QStringLiteral("owner@c.org"), Role::Patient);
        const Actor dentist = s.addUser(QStringLiteral("ruiz@c.org"), Role::Dentist);
        auto& sv = *s.services;
        auto doctor = sv.doctors.create(admin, {{QStringLiteral("name"), QStringLiteral("Dr Ruiz")},
                                                {QStringLiteral("user_id"), dentist.userId},
                                                {QStringLiteral("consultation_fee"), QStringLiteral("80")},
                                                {QStringLiteral("is_approved"), true}});
        QVERIFY(doctor.ok());
        const QString doctorId = doctor->value(QStringLiteral("id")).toString();
        QStringList patients;
        for (int i = 0; i < 4; ++i) {
            auto p = sv.patients.create(
                owner, {{QStringLiteral("name"), QStringLiteral("Patient %1").arg(i)},
                        {QStringLiteral("date_of_birth"), QStringLiteral("1990-01-0%1").arg(i + 1)}});
            QVERIFY(p.ok());
            patients.append(p->value(QStringLiteral("id")).toString());
        }
        s.clock.advanceSeconds(5);
        QVERIFY(
            sv.patients
                .update(owner, patients[0], {{QStringLiteral("phone"), QStringLiteral("+49 30 1234")}}, true)
                .ok());
        QVERIFY(sv.mappings.create(owner, patients[1], doctorId).ok());
        auto m = sv.mappings.create(owner, patients[2], doctorId);
        QVERIFY(m.ok());
        QVERIFY(!sv.mappings.remove(owner, m->value(QStringLiteral("id")).toString()));
        QVERIFY(!sv.patients.remove(owner, patients[1]));
        QVERIFY(sv.doctors
                    .update(admin, doctorId,
                            {{QStringLiteral("specialty"), QStringLiteral("x")},
                             {QStringLiteral("experience"), 12}},
                            true)
                    .ok());
        QVERIFY(!sv.accounts.changePassword(owner, QStringLiteral("password123"),
                                            QStringLiteral("another-pass-9")));

        // Scheduling and inventory tables too.
        QVERIFY(!sv.schedule.setSetting(admin, QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")));
        QVERIFY(!sv.schedule.setSetting(admin, QStringLiteral("time_zone"), QStringLiteral("Asia/Damascus")));
        const QString chair =
            sv.schedule.createChair(admin, {{QStringLiteral("name"), QStringLiteral("Chair 1")}})
                ->value(QStringLiteral("id"))
                .toString();
        QVERIFY(!sv.schedule.setWorkingHours(admin, doctorId, {{1, QTime(8, 0), QTime(16, 0)}}));
        QVERIFY(!sv.schedule.setWorkingHours(
            admin, doctorId, {{1, QTime(9, 0), QTime(17, 0)}, {2, QTime(9, 0), QTime(12, 0)}}));
        QVERIFY(sv.schedule.addDayOff(admin, doctorId, QDate(2026, 12, 24), QStringLiteral("Holiday")).ok());
        BookingRequest booking;
        booking.patientId = patients[0];
        booking.dentistId = doctorId;
        booking.chairId = chair;
        booking.start = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
        auto appointment = sv.appointments.book(admin, booking);
        QVERIFY2(appointment.ok(), appointment ? "" : qPrintable(appointment.error().message));
        const QString appointmentId = appointment->value(QStringLiteral("id")).toString();
        QVERIFY(sv.appointments.reschedule(admin, appointmentId, booking.start.addSecs(3600), 45).ok());
        QVERIFY(sv.appointments.setStatus(admin, appointmentId, AppointmentStatus::Confirmed).ok());
        auto material = sv.materials.create(admin, {{QStringLiteral("name"), QStringLiteral("Composite A2")},
                                                    {QStringLiteral("quantity"), 5},
                                                    {QStringLiteral("price"), 31}});
        QVERIFY(material.ok());
        QVERIFY(sv.materials
                    .addMovement(admin, material->value(QStringLiteral("id")).toString(),
                                 StockMovementKind::Used, 2)
                    .ok());
        QVERIFY(sv.materials
                    .update(admin, material->value(QStringLiteral("id")).toString(),
                            {{QStringLiteral("price"), 33}}, true)
                    .ok());

        // Clinical records with an image (and its reading), the clinical and billing model, messages.
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                                      "R42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        auto record =
            sv.records.create(admin, appointmentId, QStringLiteral("Caries 36"),
                              {RecordImageInput{QString::fromLatin1(png.toBase64()),
                                                QStringLiteral("image/png"), QStringLiteral("36")}});
        QVERIFY2(record.ok(), record ? "" : qPrintable(record.error().message));
        QVERIFY(sv.records.addNote(dentist, appointmentId, QStringLiteral("Local anaesthesia.")).ok());
        auto consultation = sv.consultations.create(
            dentist, {{QStringLiteral("appointment_id"), appointmentId},
                      {QStringLiteral("chief_complaint"), QStringLiteral("Toothache")}});
        QVERIFY2(consultation.ok(), consultation ? "" : qPrintable(consultation.error().message));
        const QString consultationId = consultation->value(QStringLiteral("id")).toString();
        QVERIFY(
            sv.consultations
                .recordVitalSigns(dentist, consultationId,
                                  {{QStringLiteral("systolic_bp"), 120}, {QStringLiteral("weight"), 70.5}})
                .ok());
        QVERIFY(sv.consultations
                    .prescribe(dentist, consultationId,
                               {{QStringLiteral("medication_name"), QStringLiteral("Ibuprofen")},
                                {QStringLiteral("dosage"), QStringLiteral("400 mg")},
                                {QStringLiteral("frequency"), QStringLiteral("3x daily")},
                                {QStringLiteral("duration"), QStringLiteral("3 days")}})
                    .ok());
        auto prescription = sv.prescriptions.create(
            dentist, {{QStringLiteral("patient_id"), patients[0]},
                      {QStringLiteral("medications"), QVariantList{QStringLiteral("Chlorhexidine")}}});
        QVERIFY2(prescription.ok(), prescription ? "" : qPrintable(prescription.error().message));
        QVERIFY(sv.prescriptions
                    .update(dentist, prescription->value(QStringLiteral("id")).toString(),
                            {{QStringLiteral("medications"), QVariantList{QStringLiteral("Fluoride gel")}}},
                            true)
                    .ok());
        QVERIFY(sv.documents
                    .upload(admin,
                            {{QStringLiteral("patient_id"), patients[0]},
                             {QStringLiteral("file_url"), QStringLiteral("https://files.example.org/r.pdf")}},
                            DocumentFile{QStringLiteral("x.png"), QStringLiteral("image/png"), png})
                    .ok());
        QVERIFY(sv.billing
                    .recordPayment(admin, {{QStringLiteral("patient_id"), patients[0]},
                                           {QStringLiteral("amount"), QStringLiteral("80")},
                                           {QStringLiteral("payment_method"), QStringLiteral("cash")}})
                    .ok());
        QVERIFY(sv.billing
                    .issueInvoice(admin, {{QStringLiteral("patient_id"), patients[0]},
                                          {QStringLiteral("total_amount"), 80}})
                    .ok());
        auto message = sv.notifications.send(admin, {{QStringLiteral("user_id"), owner.userId},
                                                     {QStringLiteral("type"), QStringLiteral("email")},
                                                     {QStringLiteral("status"), QStringLiteral("sent")},
                                                     {QStringLiteral("message"), QStringLiteral("Hello")}});
        QVERIFY(message.ok());
        QVERIFY(sv.notifications.markRead(owner, message->value(QStringLiteral("id")).toString()).ok());
        auto medicalRecord =
            sv.medicalRecords.create(admin, {{QStringLiteral("patient"), patients[0]},
                                             {QStringLiteral("appointment"), appointmentId},
                                             {QStringLiteral("notes"), QStringLiteral("Headache")}});
        QVERIFY2(medicalRecord.ok(), medicalRecord ? "" : qPrintable(medicalRecord.error().message));
        QVERIFY(sv.medicalRecords
                    .update(admin, medicalRecord->value(QStringLiteral("id")).toString(),
                            {{QStringLiteral("notes"), QStringLiteral("Migraine")}}, true)
                    .ok());
        auto slot = sv.timeSlots.create(admin, {{QStringLiteral("doctor_id"), doctorId},
                                                {QStringLiteral("date"), QStringLiteral("2026-11-30")},
                                                {QStringLiteral("start_time"), QStringLiteral("10:00")},
                                                {QStringLiteral("end_time"), QStringLiteral("10:30")}});
        QVERIFY2(slot.ok(), slot ? "" : qPrintable(slot.error().message));
        // Seed 003's booking by slot, with the columns of schema 16.
        auto slotBooking = sv.slotAppointments.book(
            admin, {{QStringLiteral("patient_id"), patients[3]},
                    {QStringLiteral("doctor_id"), doctorId},
                    {QStringLiteral("time_slot"), slot->value(QStringLiteral("id"))},
                    {QStringLiteral("reason_for_visit"), QStringLiteral("Check-up")},
                    {QStringLiteral("contact_phone"), QStringLiteral("+33612345678")},
                    {QStringLiteral("symptoms"), QStringLiteral("None")},
                    {QStringLiteral("priority"), QStringLiteral("low")}});
        QVERIFY2(slotBooking.ok(), slotBooking ? "" : qPrintable(slotBooking.error().message));
        QVERIFY(sv.slotAppointments
                    .update(dentist, slotBooking->value(QStringLiteral("id")).toString(),
                            {{QStringLiteral("doctor_notes"), QStringLiteral("Nothing to do")}}, std::nullopt,
                            true)
                    .ok());

        // Calendar feeds: one made and revoked (an update), one still open.
        auto feed = sv.calendarFeeds.create(admin, QStringLiteral("chair"), chair);
        QVERIFY2(feed.ok(), feed ? "" : qPrintable(feed.error().message));
        QVERIFY(!sv.calendarFeeds.revoke(admin, feed->value(QStringLiteral("id")).toString()));
        QVERIFY(sv.calendarFeeds.create(admin, QStringLiteral("dentist"), doctorId).ok());

        for (const QString& table : Database::replicatedTables()) {
            QHash<QString, QVariantMap> folded;
            auto log = sql::select(
                s.db->connection(),
                QStringLiteral("SELECT row_id, op, fields FROM change_log WHERE table_name = ? ORDER BY seq"),
                {table});
            for (const QVariantMap& entry : *log) {
                QVariantMap& row = folded[entry.value(QStringLiteral("row_id")).toString()];
                const QVariantMap fields =
                    QJsonDocument::fromJson(entry.value(QStringLiteral("fields")).toByteArray())
                        .object()
                        .toVariantMap();
                for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                    row.insert(it.key(), it.value());
            }
            auto rows = sql::select(s.db->connection(), QStringLiteral("SELECT * FROM %1").arg(table));
            // Every replicated table is written above, so a new one cannot escape this check unnoticed.
            QVERIFY2(!rows->isEmpty(), qPrintable(table + QStringLiteral(" was not written by this test")));
            QCOMPARE(rows->size(), folded.size());
            for (const QVariantMap& actual : *rows) {
                const QString id = actual.value(QStringLiteral("id")).toString();
                QVERIFY2(folded.contains(id), qPrintable(table + QLatin1Char(' ') + id));
                const QVariantMap& expected = folded[id];
                for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
                    if (it.key() == QLatin1String("id"))
                        continue;
                    const QVariant want = expected.value(it.key());
                    const bool bothNull = it.value().isNull() && (want.isNull() || !want.isValid());
                    QVERIFY2(
                        bothNull || it.value().toString() == want.toString(),
                        qPrintable(QStringLiteral("%1.%2 of %3: table has %4, log rebuilds %5")
                                       .arg(table, it.key(), id, it.value().toString(), want.toString())));
                }
            }
        }
    }

    void clockSurvivesReopen()
    {
        TestStation s;
        s.addUser(QStringLiteral("a@c.org"), Role::Admin);
        const qint64 last = s.db->lastHlc();
        QVERIFY(last > 0);
        const QString path = s.dbPath();
        s.services.reset();
        s.ctx.reset();
        s.db.reset();
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->lastHlc(), last);
        QVERIFY((*reopened)->nextHlc(0) > last);
    }
};

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"

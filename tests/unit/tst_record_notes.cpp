#include "TestStation.h"
#include "store/Query.h"

#include <QSqlQuery>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");

// A clinic in Tokyo (UTC+9, no daylight saving): the test clock's 09:00 UTC is 18:00 there, so a note's time
// shows whether it was written in clinic time.
struct NotesClinic
{
    TestStation s;
    Actor desk;
    Actor dentist;
    QString patient;
    QString appointment;

    NotesClinic()
        : s([] {
            CoreConfig c;
            c.imageAnalysisEnabled = true;
            return c;
        }())
    {
        desk = addUser(QStringLiteral("desk@x.org"), QStringLiteral("Rita Desk"), Role::Receptionist);
        dentist = addUser(QStringLiteral("dr@x.org"), QStringLiteral("Maria Lopez"), Role::Dentist);
        if (Status e = s.services->schedule.setSetting(Actor::system(), QStringLiteral("time_zone"),
                                                       QStringLiteral("Asia/Tokyo")))
            qFatal("cannot set the time zone: %s", qPrintable(e->message));
        patient = s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Ana Sousa")}})
                      ->value(QStringLiteral("id"))
                      .toString();
        appointment = book(QDateTime(QDate(2026, 11, 24), QTime(1, 0), Qt::UTC)); // Tuesday 10:00 in Tokyo
    }

    Actor addUser(const QString& email, const QString& name, Role role)
    {
        RegistrationInput in{{{QStringLiteral("email"), email},
                              {QStringLiteral("password"), QStringLiteral("password123")},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("role"), roleName(role)}}};
        auto user = s.services->accounts.registerUser(in, Actor::system(QStringLiteral("test")));
        if (!user)
            qFatal("cannot add %s: %s", qPrintable(email), qPrintable(user.error().message));
        return Actor{user->value(QStringLiteral("id")).toString(), role, QStringLiteral("test")};
    }

    QString book(const QDateTime& start)
    {
        BookingRequest r;
        r.patientId = patient;
        r.start = start;
        auto booked = s.services->appointments.book(desk, r);
        if (!booked)
            qFatal("cannot book: %s", qPrintable(booked.error().message));
        return booked->value(QStringLiteral("id")).toString();
    }

    int count(const QString& sqlText) { return sql::scalar(s.db->connection(), sqlText)->toInt(); }
};

} // namespace

// RecordService::addNote: the first note creates the appointment's record; every note is a row of its own,
// shown below the earlier text with the clinic time and the author; every write goes through the unit of
// work.
class TestRecordNotes : public QObject
{
    Q_OBJECT
private slots:
    void firstNoteCreatesTheRecordAndLaterNotesAppend()
    {
        NotesClinic c;
        auto& records = c.s.services->records;
        auto first = records.addNote(c.dentist, c.appointment, QStringLiteral("  Pain lower left.\n"));
        QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->record.value(QStringLiteral("text_note")).toString(),
                 QStringLiteral("[2026-11-22 18:00, Maria Lopez]\nPain lower left."));
        QCOMPARE(first->record.value(QStringLiteral("created_by")).toString(), c.dentist.userId);
        QVERIFY(first->images.isEmpty());

        c.s.clock.advanceSeconds(5 * 60);
        auto second = records.addNote(c.desk, c.appointment, QStringLiteral("Patient asks for a call back."));
        QVERIFY(second.ok());
        QCOMPARE(second->record.value(QStringLiteral("id")), first->record.value(QStringLiteral("id")));
        QCOMPARE(second->record.value(QStringLiteral("text_note")).toString(),
                 QStringLiteral("[2026-11-22 18:00, Maria Lopez]\nPain lower left.\n\n"
                                "[2026-11-22 18:05, Rita Desk]\nPatient asks for a call back."));
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM clinical_records")), 1);

        // Each note is an insert of its own in the change log (the record is written once), so sync carries
        // them as a union.
        QCOMPARE(
            c.count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'clinical_records'")),
            1);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'clinical_notes' "
                                        "AND op = 'insert'")),
                 2);
    }

    void notesWrittenOnTwoStationsApartAreAllKept()
    {
        NotesClinic c;
        TestStation other;
        pullChanges(c.s, other);
        auto& here = c.s.services->records;
        auto& there = other.services->records;
        QVERIFY(here.addNote(c.dentist, c.appointment, QStringLiteral("Seen at the chair.")));
        other.clock.advanceSeconds(60);
        QVERIFY(there.addNote(c.desk, c.appointment, QStringLiteral("Called the patient.")));
        pullChanges(c.s, other);
        pullChanges(other, c.s);
        for (RecordService* records : {&here, &there}) {
            auto record = records->forAppointment(c.dentist, c.appointment);
            QVERIFY(record && record->has_value());
            const QString text = (*record)->record.value(QStringLiteral("text_note")).toString();
            QVERIFY2(text.contains(QStringLiteral("Seen at the chair.")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Called the patient.")), qPrintable(text));
            QVERIFY(text.indexOf(QStringLiteral("Seen")) < text.indexOf(QStringLiteral("Called")));
        }
        // Appended, never rewritten.
        QSqlQuery q(c.s.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE clinical_notes SET text = 'x'")));
    }

    void aNoteKeepsTheTextAndImagesOfARecordMadeElsewhere()
    {
        NotesClinic c;
        auto& records = c.s.services->records;
        QVERIFY(records
                    .create(c.desk, c.appointment, QStringLiteral("Deep caries"),
                            {{QString::fromLatin1(kPng.toBase64()), QStringLiteral("image/png"), {}}})
                    .ok());
        auto noted = records.addNote(c.dentist, c.appointment, QStringLiteral("Filling planned."));
        QVERIFY(noted.ok());
        QCOMPARE(noted->record.value(QStringLiteral("text_note")).toString(),
                 QStringLiteral("Deep caries\n\n[2026-11-22 18:00, Maria Lopez]\nFilling planned."));
        QCOMPARE(noted->images.size(), 1);
    }

    void refusalsWriteNothing()
    {
        NotesClinic c;
        auto& records = c.s.services->records;
        const Actor patient = c.addUser(QStringLiteral("p@x.org"), QStringLiteral("Pat Ient"), Role::Patient);
        QCOMPARE(records.addNote(patient, c.appointment, QStringLiteral("hello")).error().code,
                 Error::Code::Forbidden);
        QVERIFY(records.addNote(c.dentist, c.appointment, QStringLiteral(" \n "))
                    .error()
                    .fieldErrors.contains(QStringLiteral("text_note")));
        QVERIFY(records
                    .addNote(c.dentist, QStringLiteral("0190b7e0-0000-7000-8000-000000000000"),
                             QStringLiteral("x"))
                    .error()
                    .fieldErrors.contains(QStringLiteral("appointment")));
        QVERIFY(records.addNote(c.dentist, QString(), QStringLiteral("x"))
                    .error()
                    .fieldErrors.contains(QStringLiteral("appointment")));
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM clinical_records")), 0);
    }

    void aSystemActorSignsWithItsSource()
    {
        NotesClinic c;
        auto noted = c.s.services->records.addNote(Actor::system(QStringLiteral("import")), c.appointment,
                                                   QStringLiteral("Imported from the old system."));
        QVERIFY(noted.ok());
        QCOMPARE(noted->record.value(QStringLiteral("text_note")).toString(),
                 QStringLiteral("[2026-11-22 18:00, import]\nImported from the old system."));
    }

    void aReviewedReadingNamesItsReviewer()
    {
        NotesClinic c;
        auto& records = c.s.services->records;
        auto created =
            records.create(c.desk, c.appointment, {},
                           {{QString::fromLatin1(kPng.toBase64()), QStringLiteral("image/png"), {}}});
        QVERIFY(created.ok());
        const QString reading = created->images[0].value(QStringLiteral("reading_id")).toString();
        QVERIFY(!records.recordAnalysis(reading,
                                        {ImageAnalysis::Outcome::Reading, QStringLiteral("No caries."), {}},
                                        QStringLiteral("gemini-2.0-flash"), QStringLiteral("seed000-v1")));
        QVERIFY((*records.forAppointment(c.desk, c.appointment))
                    ->images[0]
                    .value(QStringLiteral("reading_reviewed_by_name"))
                    .isNull());
        QVERIFY(records.review(c.dentist, reading, false).ok());
        const QVariantMap image = (*records.forAppointment(c.desk, c.appointment))->images[0];
        QCOMPARE(image.value(QStringLiteral("reading_status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(image.value(QStringLiteral("reading_reviewed_by_name")).toString(),
                 QStringLiteral("Maria Lopez"));
    }
};

QTEST_GUILESS_MAIN(TestRecordNotes)
#include "tst_record_notes.moc"

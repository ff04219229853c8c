#include "TestStation.h"
#include "store/Query.h"

#include <QTest>
#include <QThread>

using namespace chairside;
using namespace chairside::test;

namespace {

// 2026-11-23 is a Monday; the test clock starts on Sunday 2026-11-22.
struct Clinic
{
    TestStation s;
    Actor desk;
    Actor admin;
    Actor owner;
    QString patientA;
    QString patientB;
    QString drWeiss;
    QString drNovak;
    QString chair1;
    QString chair2;

    Clinic()
    {
        desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        admin = s.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        owner = s.addUser(QStringLiteral("owner@x.org"), Role::Patient);
        auto& sv = *s.services;
        patientA = sv.patients.create(owner, {{QStringLiteral("name"), QStringLiteral("Ana Lima")}})
                       ->value(QStringLiteral("id"))
                       .toString();
        patientB = sv.patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Bruno Costa")}})
                       ->value(QStringLiteral("id"))
                       .toString();
        drWeiss = sv.doctors.create(desk, {{QStringLiteral("name"), QStringLiteral("Dr Weiss")}})
                      ->value(QStringLiteral("id"))
                      .toString();
        drNovak = sv.doctors.create(desk, {{QStringLiteral("name"), QStringLiteral("Dr Novak")}})
                      ->value(QStringLiteral("id"))
                      .toString();
        chair1 = sv.schedule
                     .createChair(desk, {{QStringLiteral("name"), QStringLiteral("Chair 1")},
                                         {QStringLiteral("sort_order"), 1}})
                     ->value(QStringLiteral("id"))
                     .toString();
        chair2 = sv.schedule
                     .createChair(desk, {{QStringLiteral("name"), QStringLiteral("Chair 2")},
                                         {QStringLiteral("sort_order"), 2}})
                     ->value(QStringLiteral("id"))
                     .toString();
    }

    Result<QVariantMap> book(const QString& patient, const QString& dentist, const QString& chair,
                             const QString& start, int minutes = 30, const Actor* who = nullptr)
    {
        BookingRequest r;
        r.patientId = patient;
        r.dentistId = dentist;
        r.chairId = chair;
        r.start = utc(start);
        r.durationMinutes = minutes;
        r.reason = QStringLiteral("Check-up");
        return s.services->appointments.book(who ? *who : desk, r);
    }
};

QString messageOf(const Result<QVariantMap>& r)
{
    if (r)
        return {};
    QStringList all;
    for (const QStringList& m : r.error().fieldErrors)
        all += m;
    return all.join(QLatin1Char(' '));
}

} // namespace

class TestAppointmentService : public QObject
{
    Q_OBJECT
private slots:
    void bookingWritesTheAppointmentAndItsHistory()
    {
        Clinic c;
        auto a = c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T09:00:00Z"), 45);
        QVERIFY2(a.ok(), qPrintable(messageOf(a)));
        QCOMPARE(a->value(QStringLiteral("start_at")).toString(), QStringLiteral("2026-11-23T09:00:00.000Z"));
        QCOMPARE(a->value(QStringLiteral("end_at")).toString(), QStringLiteral("2026-11-23T09:45:00.000Z"));
        QCOMPARE(a->value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(a->value(QStringLiteral("dentist_name")).toString(), QStringLiteral("Dr Weiss"));
        auto history = c.s.services->appointments.history(c.desk, a->value(QStringLiteral("id")).toString());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().value(QStringLiteral("change_type")).toString(), QStringLiteral("created"));
        QCOMPARE(history->first().value(QStringLiteral("changed_by")).toString(), c.desk.userId);
    }

    void overlapsOfDentistChairOrPatientAreRefusedByName()
    {
        Clinic c;
        auto first = c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T09:00:00Z"));
        QVERIFY(first.ok());
        const QString firstId = first->value(QStringLiteral("id")).toString();

        auto sameDentist = c.book(c.patientB, c.drWeiss, c.chair2, QStringLiteral("2026-11-23T09:15:00Z"));
        QVERIFY(!sameDentist.ok());
        QVERIFY2(messageOf(sameDentist).contains(firstId) &&
                     messageOf(sameDentist).contains(QStringLiteral("same dentist")),
                 qPrintable(messageOf(sameDentist)));
        auto sameChair = c.book(c.patientB, c.drNovak, c.chair1, QStringLiteral("2026-11-23T08:45:00Z"));
        QVERIFY(messageOf(sameChair).contains(QStringLiteral("same chair")));
        auto samePatient = c.book(c.patientA, c.drNovak, c.chair2, QStringLiteral("2026-11-23T09:29:00Z"));
        QVERIFY(messageOf(samePatient).contains(QStringLiteral("same patient")));

        // Back to back is fine, and so is the same slot for other people in other chairs.
        QVERIFY(c.book(c.patientB, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T09:30:00Z")).ok());
        QVERIFY(c.book(c.patientB, c.drNovak, c.chair2, QStringLiteral("2026-11-23T09:00:00Z")).ok());
        QCOMPARE(c.s.services->appointments.list(c.desk, {})->size(), 3);

        // A cancelled appointment frees its time.
        QVERIFY(c.s.services->appointments.setStatus(c.desk, firstId, AppointmentStatus::Cancelled).ok());
        QVERIFY(c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T09:00:00Z")).ok());
    }

    void hoursAndDaysOffAreRules()
    {
        Clinic c;
        auto& schedule = c.s.services->schedule;
        const Status zoneSet =
            schedule.setSetting(c.admin, QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin"));
        QVERIFY2(!zoneSet, zoneSet ? qPrintable(zoneSet->message) : "");
        QVERIFY(!schedule.setWorkingHours(c.desk, c.drWeiss,
                                          {{1, QTime(8, 0), QTime(12, 0)}, {3, QTime(13, 0), QTime(17, 0)}}));

        // Monday 08:00 in Berlin is 07:00 UTC in November.
        QVERIFY(c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T07:00:00Z")).ok());
        auto late = c.book(c.patientB, c.drWeiss, c.chair1,
                           QStringLiteral("2026-11-23T10:45:00Z")); // 11:45-12:15 local
        QVERIFY2(messageOf(late).contains(QStringLiteral("Dr Weiss works 08:00-12:00 on Monday")),
                 qPrintable(messageOf(late)));
        auto tuesday = c.book(c.patientB, c.drWeiss, c.chair1, QStringLiteral("2026-11-24T09:00:00Z"));
        QVERIFY2(messageOf(tuesday).contains(QStringLiteral("does not work on Tuesday")),
                 qPrintable(messageOf(tuesday)));

        QVERIFY(schedule.addDayOff(c.desk, c.drWeiss, QDate(2026, 11, 25), QStringLiteral("Congress")).ok());
        QVERIFY(!c.book(c.patientB, c.drWeiss, c.chair1, QStringLiteral("2026-11-25T13:00:00Z")).ok());
        QVERIFY(c.book(c.patientB, c.drWeiss, c.chair1, QStringLiteral("2026-12-02T13:00:00Z")).ok());

        // Dr Novak has no hours of his own: the clinic's (Monday to Friday 08:00-18:00) apply.
        QVERIFY(
            !c.book(c.patientB, c.drNovak, c.chair2, QStringLiteral("2026-11-22T10:00:00Z")).ok()); // Sunday
        QVERIFY(c.book(c.patientB, c.drNovak, c.chair2, QStringLiteral("2026-11-24T16:30:00Z"))
                    .ok()); // 17:30 local
        QVERIFY(!schedule.setSetting(c.admin, QStringLiteral("opening_hours"),
                                     QStringLiteral("{\"6\": \"09:00-13:00\"}")));
        QVERIFY(c.book(c.patientA, c.drNovak, c.chair2, QStringLiteral("2026-11-28T08:00:00Z"))
                    .ok()); // Saturday 09:00
        QVERIFY(schedule.setSetting(c.desk, QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin"))
                    .has_value()); // not admin
        QVERIFY(schedule.setSetting(c.admin, QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus"))
                    .has_value());
        // The clinic's name: 1 to 200 characters.
        QVERIFY(
            schedule.setSetting(c.admin, QStringLiteral("clinic_name"), QStringLiteral("  ")).has_value());
        QVERIFY(schedule.setSetting(c.admin, QStringLiteral("clinic_name"), QString(201, QLatin1Char('x')))
                    .has_value());
        QVERIFY(
            !schedule.setSetting(c.admin, QStringLiteral("clinic_name"), QStringLiteral("Praxis am Markt")));
        QCOMPARE(schedule.setting(QStringLiteral("clinic_name")), QStringLiteral("Praxis am Markt"));
    }

    // Overlap checks and calendar ranges look back only as far as the longest appointment (8 hours) to stay
    // index ranges; an appointment of exactly that length must still be found from its last minute.
    void theLongestAppointmentIsStillFoundFromItsEnd()
    {
        Clinic c;
        auto& schedule = c.s.services->schedule;
        QVERIFY(!schedule.setSetting(c.admin, QStringLiteral("opening_hours"),
                                     QStringLiteral("{\"1\": \"06:00-20:00\"}")));
        auto longest = c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T07:00:00Z"),
                              AppointmentService::kMaximumMinutes);
        QVERIFY2(longest.ok(), qPrintable(messageOf(longest)));
        const QString id = longest->value(QStringLiteral("id")).toString();
        auto clash = c.book(c.patientB, c.drNovak, c.chair1, QStringLiteral("2026-11-23T14:45:00Z"));
        QVERIFY(!clash.ok());
        QVERIFY2(messageOf(clash).contains(id), qPrintable(messageOf(clash)));
        QVERIFY(c.book(c.patientB, c.drNovak, c.chair1, QStringLiteral("2026-11-23T15:00:00Z")).ok());

        AppointmentQuery lastHour;
        lastHour.from = utc(QStringLiteral("2026-11-23T14:30:00Z"));
        lastHour.to = utc(QStringLiteral("2026-11-23T14:45:00Z"));
        auto found = c.s.services->appointments.list(c.desk, lastHour);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().value(QStringLiteral("id")).toString(), id);
    }

    void aFreshStationActsAsOneChairWithClinicHours()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString a = s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("A")}})
                              ->value(QStringLiteral("id"))
                              .toString();
        const QString b = s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("B")}})
                              ->value(QStringLiteral("id"))
                              .toString();
        BookingRequest r;
        r.patientId = a;
        r.start = utc(QStringLiteral("2026-11-23T10:00:00Z"));
        QVERIFY(s.services->appointments.book(desk, r).ok());
        r.patientId = b;
        auto second = s.services->appointments.book(desk, r);
        QVERIFY(!second.ok());
        QVERIFY(messageOf(second).contains(QStringLiteral("same chair")));
    }

    void theStationPicksAFreeDentistAndChair()
    {
        Clinic c;
        QVERIFY(c.book(c.patientA, c.drNovak, c.chair1, QStringLiteral("2026-11-23T10:00:00Z")).ok());
        auto picked = c.book(c.patientB, QString(), QString(), QStringLiteral("2026-11-23T10:00:00Z"));
        QVERIFY2(picked.ok(), qPrintable(messageOf(picked)));
        QCOMPARE(picked->value(QStringLiteral("dentist_id")).toString(), c.drWeiss);
        QCOMPARE(picked->value(QStringLiteral("chair_id")).toString(), c.chair2);
    }

    void rescheduleKeepsHistoryAndRefusesOverlaps()
    {
        Clinic c;
        const QString a = c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T09:00:00Z"))
                              ->value(QStringLiteral("id"))
                              .toString();
        QVERIFY(c.book(c.patientB, c.drWeiss, c.chair2, QStringLiteral("2026-11-23T11:00:00Z")).ok());
        auto& appts = c.s.services->appointments;
        auto refused = appts.reschedule(c.desk, a, utc(QStringLiteral("2026-11-23T10:45:00Z")), 30);
        QVERIFY(!refused.ok());
        QCOMPARE(appts.get(c.desk, a)->value(QStringLiteral("start_at")).toString(),
                 QStringLiteral("2026-11-23T09:00:00.000Z"));
        auto moved = appts.reschedule(c.desk, a, utc(QStringLiteral("2026-11-23T13:00:00Z")), 60);
        QVERIFY2(moved.ok(), qPrintable(messageOf(moved)));
        QCOMPARE(moved->value(QStringLiteral("end_at")).toString(),
                 QStringLiteral("2026-11-23T14:00:00.000Z"));
        // Moving within its own old time is not an overlap with itself.
        QVERIFY(appts.reschedule(c.desk, a, utc(QStringLiteral("2026-11-23T13:15:00Z")), 60).ok());
        auto history = appts.history(c.desk, a);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(1).value(QStringLiteral("old_start_at")).toString(),
                 QStringLiteral("2026-11-23T09:00:00.000Z"));
        QCOMPARE(history->at(1).value(QStringLiteral("new_start_at")).toString(),
                 QStringLiteral("2026-11-23T13:00:00.000Z"));
    }

    void statusMachine()
    {
        Clinic c;
        auto& appts = c.s.services->appointments;
        const QString a = c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T09:00:00Z"))
                              ->value(QStringLiteral("id"))
                              .toString();
        for (AppointmentStatus next : {AppointmentStatus::Confirmed, AppointmentStatus::Arrived,
                                       AppointmentStatus::InChair, AppointmentStatus::Completed})
            QVERIFY(appts.setStatus(c.desk, a, next).ok());
        auto back = appts.setStatus(c.desk, a, AppointmentStatus::Scheduled);
        QVERIFY(back.error()
                    .fieldErrors.value(QStringLiteral("status"))
                    .first()
                    .contains(QStringLiteral("from completed to scheduled")));
        QVERIFY(!appts.reschedule(c.desk, a, utc(QStringLiteral("2026-11-23T15:00:00Z")), 30).ok());
        QCOMPARE(appts.history(c.desk, a)->size(), 5);

        const QString b = c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-24T09:00:00Z"))
                              ->value(QStringLiteral("id"))
                              .toString();
        QCOMPARE(appts.setStatus(c.owner, b, AppointmentStatus::Confirmed).error().code,
                 Error::Code::Forbidden);
        QVERIFY(appts.setStatus(c.owner, b, AppointmentStatus::Cancelled).ok());
        QVERIFY(parseStatus(QStringLiteral("No-show")) == AppointmentStatus::NoShow);
        QVERIFY(!parseStatus(QStringLiteral("teleported")));
    }

    void aDentistChangesOnlyTheStatusOfTheirOwnAppointments()
    {
        Clinic c;
        auto& sv = *c.s.services;
        const Actor weiss = c.s.addUser(QStringLiteral("weiss@x.org"), Role::Dentist);
        QVERIFY(sv.doctors.update(c.desk, c.drWeiss, {{QStringLiteral("user_id"), weiss.userId}}, true).ok());
        const QString own = c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T09:00:00Z"))
                                ->value(QStringLiteral("id"))
                                .toString();
        const QString novaks = c.book(c.patientB, c.drNovak, c.chair2, QStringLiteral("2026-11-23T09:00:00Z"))
                                   ->value(QStringLiteral("id"))
                                   .toString();
        // The same rule at every door: the desktop's one step and the API's walk through the states.
        QVERIFY(sv.appointments.setStatus(weiss, own, AppointmentStatus::Confirmed).ok());
        QCOMPARE(sv.appointments.setStatus(weiss, novaks, AppointmentStatus::Confirmed).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(sv.appointments.changeStatus(weiss, novaks, AppointmentStatus::Completed).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(sv.appointments.get(c.desk, novaks)->value(QStringLiteral("status")).toString(),
                 QStringLiteral("scheduled"));
        auto done =
            sv.appointments.changeStatus(weiss, own, AppointmentStatus::Completed, QStringLiteral("Done."));
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(sv.appointments.history(c.desk, own)->last().value(QStringLiteral("note")).toString(),
                 QStringLiteral("Done."));
    }

    void patientsSeeAndBookOnlyTheirOwn()
    {
        Clinic c;
        QVERIFY(c.book(c.patientB, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T09:00:00Z")).ok());
        QVERIFY(c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T10:00:00Z"), 30, &c.owner)
                    .ok());
        auto foreign =
            c.book(c.patientB, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T11:00:00Z"), 30, &c.owner);
        QVERIFY(foreign.error().fieldErrors.contains(QStringLiteral("patient")));
        QCOMPARE(c.s.services->appointments.list(c.owner, {})->size(), 1);
        QCOMPARE(c.s.services->appointments.list(c.desk, {})->size(), 2);
        QCOMPARE(c.s.services->appointments.listAll(c.owner).error().code, Error::Code::Forbidden);
        QCOMPARE(c.s.services->appointments.listAll(c.desk)->size(), 2);
    }

    void nextFreeSlotsSkipBusyTimesAndRespectHours()
    {
        Clinic c;
        QVERIFY(!c.s.services->schedule.setWorkingHours(
            c.desk, c.drWeiss, {{1, QTime(9, 0), QTime(10, 0)}, {2, QTime(9, 0), QTime(10, 0)}}));
        QVERIFY(c.book(c.patientA, c.drWeiss, c.chair1, QStringLiteral("2026-11-23T09:00:00Z")).ok());
        auto freeSlots = c.s.services->appointments.nextFreeSlots(
            c.desk, c.drWeiss, QString(), 30, utc(QStringLiteral("2026-11-22T09:00:00Z")), 4);
        QVERIFY(freeSlots.ok());
        QCOMPARE(freeSlots->size(), 4);
        QCOMPARE(freeSlots->at(0).start, utc(QStringLiteral("2026-11-23T09:30:00Z")));
        QCOMPARE(freeSlots->at(0).chairId, c.chair1); // chair 1 is free again at 09:30
        QCOMPARE(freeSlots->at(1).start, utc(QStringLiteral("2026-11-24T09:00:00Z")));
        QCOMPARE(freeSlots->at(3).start, utc(QStringLiteral("2026-11-24T09:30:00Z")));
    }

    // Two threads with their own store connections book the same chair at the same time: exactly one wins.
    void concurrentBookingsOfOneSlotNeverBothStand()
    {
        Clinic c;
        std::atomic<int> succeeded{0};
        auto attempt = [&](const QString& patient, const QString& dentist) {
            BookingRequest r;
            r.patientId = patient;
            r.dentistId = dentist;
            r.chairId = c.chair1;
            r.start = utc(QStringLiteral("2026-11-23T15:00:00Z"));
            if (c.s.services->appointments.book(c.desk, r).ok())
                ++succeeded;
            c.s.db->releaseThreadConnection();
        };
        for (int round = 0; round < 5; ++round) {
            succeeded = 0;
            QThread* one = QThread::create(attempt, c.patientA, c.drWeiss);
            QThread* two = QThread::create(attempt, c.patientB, c.drNovak);
            one->start();
            two->start();
            QVERIFY(one->wait(20000) && two->wait(20000));
            delete one;
            delete two;
            QCOMPARE(succeeded.load(), 1);
            AppointmentQuery inChair;
            inChair.from = utc(QStringLiteral("2026-11-23T15:00:00Z"));
            inChair.to = utc(QStringLiteral("2026-11-23T15:30:00Z"));
            inChair.chairId = c.chair1;
            inChair.includeCancelled = false;
            auto booked = c.s.services->appointments.list(c.desk, inChair);
            QCOMPARE(booked->size(), 1);
            QVERIFY(!c.s.services->appointments.remove(
                c.desk, booked->first().value(QStringLiteral("id")).toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAppointmentService)
#include "tst_appointmentservice.moc"

#include "TestStation.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

class TestPatientService : public QObject
{
    Q_OBJECT
private slots:
    void createKeepsBothNameForms()
    {
        TestStation s;
        const Actor owner = s.addUser(QStringLiteral("o@x.org"), Role::Patient);
        auto byName =
            s.services->patients.create(owner, {{QStringLiteral("name"), QStringLiteral("Maria de Souza")}});
        QVERIFY(byName.ok());
        QCOMPARE(byName->value(QStringLiteral("first_name")).toString(), QStringLiteral("Maria"));
        QCOMPARE(byName->value(QStringLiteral("last_name")).toString(), QStringLiteral("de Souza"));
        QCOMPARE(byName->value(QStringLiteral("owner_id")).toString(), owner.userId);
        auto byParts =
            s.services->patients.create(owner, {{QStringLiteral("first_name"), QStringLiteral("Li")},
                                                {QStringLiteral("last_name"), QStringLiteral("Wei")}});
        QCOMPARE(byParts->value(QStringLiteral("name")).toString(), QStringLiteral("Li Wei"));
        auto patch =
            s.services->patients.update(owner, byParts->value(QStringLiteral("id")).toString(),
                                        {{QStringLiteral("last_name"), QStringLiteral("Wang")}}, true);
        QCOMPARE(patch->value(QStringLiteral("name")).toString(), QStringLiteral("Li Wang"));
    }

    void validationNamesEveryBadField()
    {
        TestStation s;
        const Actor owner = s.addUser(QStringLiteral("o@x.org"), Role::Patient);
        auto bad = s.services->patients.create(
            owner, {{QStringLiteral("age"), 200},
                    {QStringLiteral("gender"), QStringLiteral("robot")},
                    {QStringLiteral("date_of_birth"), QStringLiteral("2999-01-01")},
                    {QStringLiteral("email"), QStringLiteral("nope")}});
        QVERIFY(!bad.ok());
        const QStringList fields = bad.error().fieldErrors.keys();
        for (const QString& f : {QStringLiteral("name"), QStringLiteral("age"), QStringLiteral("gender"),
                                 QStringLiteral("date_of_birth"), QStringLiteral("email")})
            QVERIFY2(fields.contains(f), qPrintable(f));
        QCOMPARE(*s.services->patients.count(owner), 0);
    }

    void ageComesFromTheBirthDateWhenKnown()
    {
        TestStation s; // clock: 2026-11-22
        const Actor owner = s.addUser(QStringLiteral("o@x.org"), Role::Patient);
        auto p = s.services->patients.create(owner,
                                             {{QStringLiteral("name"), QStringLiteral("A B")},
                                              {QStringLiteral("date_of_birth"), QStringLiteral("1990-12-01")},
                                              {QStringLiteral("age"), 99}});
        QCOMPARE(p->value(QStringLiteral("age")).toInt(), 35);
    }

    void phoneAndInsuranceAreUniqueAmongLivePatients()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("d@x.org"), Role::Receptionist);
        auto first = s.services->patients.create(
            desk, {{QStringLiteral("name"), QStringLiteral("A")},
                   {QStringLiteral("phone"), QStringLiteral("+491234567")},
                   {QStringLiteral("insurance_number"), QStringLiteral("INS-1")}});
        QVERIFY(first.ok());
        auto clash = s.services->patients.create(
            desk, {{QStringLiteral("name"), QStringLiteral("B")},
                   {QStringLiteral("phone"), QStringLiteral("+491234567")},
                   {QStringLiteral("insurance_number"), QStringLiteral("INS-1")}});
        QCOMPARE(clash.error().fieldErrors.value(QStringLiteral("phone")),
                 QStringList{QStringLiteral("patient with this phone already exists.")});
        QVERIFY(clash.error().fieldErrors.contains(QStringLiteral("insurance_number")));
        // Updating a record with its own phone is fine.
        QVERIFY(s.services->patients
                    .update(desk, first->value(QStringLiteral("id")).toString(),
                            {{QStringLiteral("phone"), QStringLiteral("+491234567")}}, true)
                    .ok());
        QVERIFY(!s.services->patients.remove(desk, first->value(QStringLiteral("id")).toString()));
        QVERIFY(s.services->patients
                    .create(desk, {{QStringLiteral("name"), QStringLiteral("C")},
                                   {QStringLiteral("phone"), QStringLiteral("+491234567")}})
                    .ok());
    }

    void ownersSeeOnlyTheirPatientsStaffSeeAll()
    {
        TestStation s;
        const Actor a = s.addUser(QStringLiteral("a@x.org"), Role::Patient);
        const Actor b = s.addUser(QStringLiteral("b@x.org"), Role::Patient);
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const Actor dentist = s.addUser(QStringLiteral("dr@x.org"), Role::Dentist);
        auto pa = s.services->patients.create(a, {{QStringLiteral("name"), QStringLiteral("Of A")}});
        auto pb = s.services->patients.create(b, {{QStringLiteral("name"), QStringLiteral("Of B")}});
        const QString aId = pa->value(QStringLiteral("id")).toString();
        QCOMPARE(s.services->patients.list(a)->size(), 1);
        QCOMPARE(s.services->patients.list(desk)->size(), 2);
        QCOMPARE(s.services->patients.get(b, aId).error().code, Error::Code::NotFound);
        QCOMPARE(
            s.services->patients.update(b, aId, {{QStringLiteral("name"), QStringLiteral("Hijack")}}, true)
                .error()
                .code,
            Error::Code::NotFound);
        QCOMPARE(s.services->patients.remove(b, aId)->code, Error::Code::NotFound);
        QVERIFY(
            s.services->patients.update(desk, aId, {{QStringLiteral("notes"), QStringLiteral("ok")}}, true)
                .ok());

        // A dentist sees the patients assigned to their doctor profile.
        QCOMPARE(s.services->patients.list(dentist)->size(), 0);
        auto doctor = s.services->doctors.create(desk, {{QStringLiteral("name"), QStringLiteral("Dr D")},
                                                        {QStringLiteral("user_id"), dentist.userId}});
        QVERIFY(doctor.ok());
        QVERIFY(s.services->mappings.create(desk, aId, doctor->value(QStringLiteral("id")).toString()).ok());
        QCOMPARE(s.services->patients.list(dentist)->size(), 1);
        QCOMPARE(s.services->patients.get(dentist, aId)->value(QStringLiteral("doctor_id")).toString(),
                 doctor->value(QStringLiteral("id")).toString());
        // ... and those booked with them, whose charts they treat from.
        const QString bId = pb->value(QStringLiteral("id")).toString();
        QCOMPARE(s.services->patients.get(dentist, bId).error().code, Error::Code::NotFound);
        BookingRequest booking;
        booking.patientId = bId;
        booking.dentistId = doctor->value(QStringLiteral("id")).toString();
        booking.start = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        QVERIFY(s.services->appointments.book(desk, booking).ok());
        QVERIFY(s.services->patients.get(dentist, bId).ok());
        QCOMPARE(s.services->patients.list(dentist)->size(), 2);
    }

    void searchAndPaging()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        for (int i = 0; i < 25; ++i) {
            QVERIFY(s.services->patients
                        .create(desk, {{QStringLiteral("name"),
                                        QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0'))},
                                       {QStringLiteral("phone"), QStringLiteral("+4930%1").arg(1000 + i)}})
                        .ok());
        }
        QVERIFY(s.services->patients
                    .create(desk, {{QStringLiteral("name"), QStringLiteral("Zoë 100%_")},
                                   {QStringLiteral("date_of_birth"), QStringLiteral("1985-03-04")}})
                    .ok());
        QCOMPARE(*s.services->patients.count(desk, QStringLiteral("person")), 25);
        QCOMPARE(*s.services->patients.count(desk, QStringLiteral("+49301001")), 1);
        QCOMPARE(*s.services->patients.count(desk, QStringLiteral("1985-03-04")), 1);
        QCOMPARE(*s.services->patients.count(desk, QStringLiteral("Zoë 100%")), 1);
        QCOMPARE(*s.services->patients.count(desk, QStringLiteral("%")), 0); // wildcards are literal
        PatientQuery page;
        page.search = QStringLiteral("Person");
        page.limit = 10;
        page.offset = 20;
        auto last = s.services->patients.list(desk, page);
        QCOMPARE(last->size(), 5);
        QCOMPARE(last->first().value(QStringLiteral("name")).toString(), QStringLiteral("Person 20"));
    }

    void searchPagesMergeEveryKindOfMatchInNameOrder()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const Actor owner = s.addUser(QStringLiteral("own@x.org"), Role::Patient);
        // "Ber" matches by first name, by last name and by email; each kind sorts among the others by name.
        QStringList expected;
        for (int i = 0; i < 12; ++i) {
            const QString first = QStringLiteral("Bert%1").arg(i, 2, 10, QLatin1Char('0'));
            const QString byLast = QStringLiteral("Anna%1 Berger").arg(i, 2, 10, QLatin1Char('0'));
            const QString byEmail = QStringLiteral("Carl%1 Smith").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(s.services->patients.create(desk, {{QStringLiteral("name"), first}}).ok());
            QVERIFY(s.services->patients
                        .create(desk, {{QStringLiteral("first_name"), byLast.section(QLatin1Char(' '), 0, 0)},
                                       {QStringLiteral("last_name"), QStringLiteral("Berger")}})
                        .ok());
            QVERIFY(s.services->patients
                        .create(desk, {{QStringLiteral("name"), byEmail},
                                       {QStringLiteral("email"), QStringLiteral("ber.%1@x.org").arg(i)}})
                        .ok());
            expected << first << byLast << byEmail;
        }
        QVERIFY(
            s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Dora Other")}}).ok());
        auto gone =
            s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Bernd Gone")}});
        QVERIFY(!s.services->patients.remove(desk, gone->value(QStringLiteral("id")).toString()));
        QVERIFY(
            s.services->patients.create(owner, {{QStringLiteral("name"), QStringLiteral("Berit Own")}}).ok());
        expected << QStringLiteral("Berit Own");
        std::sort(expected.begin(), expected.end(),
                  [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });

        QCOMPARE(*s.services->patients.count(desk, QStringLiteral("ber")), expected.size());
        QStringList paged;
        PatientQuery q;
        q.search = QStringLiteral("ber");
        q.limit = 7;
        for (; q.offset < expected.size() + 7; q.offset += 7) {
            const auto page = s.services->patients.list(desk, q);
            QVERIFY(page.ok());
            for (const QVariantMap& p : page.value())
                paged << p.value(QStringLiteral("name")).toString();
        }
        QCOMPARE(paged, expected);
        // Someone who sees only their own patients finds only those.
        PatientQuery mine;
        mine.search = QStringLiteral("ber");
        mine.limit = 5;
        auto own = s.services->patients.list(owner, mine);
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->first().value(QStringLiteral("name")).toString(), QStringLiteral("Berit Own"));
        QCOMPARE(*s.services->patients.count(owner, QStringLiteral("ber")), 1);
    }

    void deleteIsSoftAndRemovesAssignments()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto p = s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Gone Soon")}});
        auto d = s.services->doctors.create(desk, {{QStringLiteral("name"), QStringLiteral("Dr D")}});
        const QString id = p->value(QStringLiteral("id")).toString();
        QVERIFY(s.services->mappings.create(desk, id, d->value(QStringLiteral("id")).toString()).ok());
        QVERIFY(!s.services->patients.remove(desk, id));
        QCOMPARE(s.services->patients.get(desk, id).error().code, Error::Code::NotFound);
        QCOMPARE(s.services->mappings.list(desk)->size(), 0);
        QCOMPARE(s.services->patients.remove(desk, id)->code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPatientService)
#include "tst_patientservice.moc"

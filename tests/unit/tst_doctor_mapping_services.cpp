#include "TestStation.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

class TestDoctorMappingServices : public QObject
{
    Q_OBJECT
private slots:
    void onlyStaffWriteDoctorsEveryoneReads()
    {
        TestStation s;
        const Actor patient = s.addUser(QStringLiteral("p@x.org"), Role::Patient);
        const Actor dentist = s.addUser(QStringLiteral("dr@x.org"), Role::Dentist);
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QVariantMap input{{QStringLiteral("name"), QStringLiteral("Dr Who")}};
        QCOMPARE(s.services->doctors.create(patient, input).error().code, Error::Code::Forbidden);
        QCOMPARE(s.services->doctors.create(dentist, input).error().code, Error::Code::Forbidden);
        auto created = s.services->doctors.create(desk, input);
        QVERIFY(created.ok());
        const QString id = created->value(QStringLiteral("id")).toString();
        QCOMPARE(s.services->doctors.list(patient)->size(), 1);
        QVERIFY(s.services->doctors.get(patient, id).ok());
        QCOMPARE(s.services->doctors.update(patient, id, input, true).error().code, Error::Code::Forbidden);
        QCOMPARE(s.services->doctors.remove(patient, id)->code, Error::Code::Forbidden);
        QVERIFY(!s.services->doctors.remove(desk, id));
        QCOMPARE(s.services->doctors.get(patient, id).error().code, Error::Code::NotFound);
    }

    void doctorFieldsAreValidatedAndUnique()
    {
        TestStation s;
        const Actor admin = s.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        auto d =
            s.services->doctors.create(admin, {{QStringLiteral("name"), QStringLiteral("Dr A")},
                                               {QStringLiteral("license_number"), QStringLiteral("L-1")},
                                               {QStringLiteral("consultation_fee"), 150},
                                               {QStringLiteral("available_from"), QStringLiteral("08:30")},
                                               {QStringLiteral("is_approved"), true}});
        QVERIFY(d.ok());
        QCOMPARE(d->value(QStringLiteral("consultation_fee")).toString(), QStringLiteral("150.00"));
        QCOMPARE(d->value(QStringLiteral("available_from")).toString(), QStringLiteral("08:30:00"));
        QVERIFY(d->value(QStringLiteral("is_approved")).toBool());
        QVERIFY(!d->value(QStringLiteral("approved_at")).toString().isEmpty());
        auto dup =
            s.services->doctors.create(admin, {{QStringLiteral("name"), QStringLiteral("Dr B")},
                                               {QStringLiteral("license_number"), QStringLiteral("L-1")},
                                               {QStringLiteral("experience"), QStringLiteral("many")},
                                               {QStringLiteral("user_id"), QStringLiteral("nobody")}});
        QVERIFY(dup.error().fieldErrors.contains(QStringLiteral("license_number")));
        QVERIFY(dup.error().fieldErrors.contains(QStringLiteral("experience")));
        QVERIFY(dup.error().fieldErrors.contains(QStringLiteral("user_id")));
        auto put =
            s.services->doctors.update(admin, d->value(QStringLiteral("id")).toString(),
                                       {{QStringLiteral("specialization"), QStringLiteral("Ortho")}}, false);
        QVERIFY(
            put.error().fieldErrors.contains(QStringLiteral("name"))); // PUT needs the required fields again
    }

    void mappingsFollowOwnership()
    {
        TestStation s;
        const Actor a = s.addUser(QStringLiteral("a@x.org"), Role::Patient);
        const Actor b = s.addUser(QStringLiteral("b@x.org"), Role::Patient);
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString doctor = s.services->doctors
                                   .create(desk, {{QStringLiteral("name"), QStringLiteral("Dr D")},
                                                  {QStringLiteral("experience"), 7}})
                                   ->value(QStringLiteral("id"))
                                   .toString();
        const QString patientA =
            s.services->patients.create(a, {{QStringLiteral("name"), QStringLiteral("Pa")}})
                ->value(QStringLiteral("id"))
                .toString();

        auto mine = s.services->mappings.create(a, patientA, doctor);
        QVERIFY(mine.ok());
        QCOMPARE(mine->value(QStringLiteral("doctor_name")).toString(), QStringLiteral("Dr D"));
        QCOMPARE(mine->value(QStringLiteral("patient_name")).toString(), QStringLiteral("Pa"));

        auto twice = s.services->mappings.create(a, patientA, doctor);
        QCOMPARE(twice.error().fieldErrors.value(QStringLiteral("non_field_errors")),
                 QStringList{QStringLiteral("This doctor is already assigned to this patient.")});
        QCOMPARE(s.services->mappings.create(b, patientA, doctor).error().code, Error::Code::Forbidden);
        auto unknown =
            s.services->mappings.create(a, patientA, QStringLiteral("0190b7e0-0000-7000-8000-000000000000"),
                                        QStringLiteral("patient"), QStringLiteral("doctor"));
        QVERIFY(unknown.error()
                    .fieldErrors.value(QStringLiteral("doctor"))
                    .first()
                    .startsWith(QStringLiteral("Invalid pk")));

        QCOMPARE(s.services->mappings.list(a)->size(), 1);
        QCOMPARE(s.services->mappings.list(b)->size(), 0);
        QCOMPARE(s.services->mappings.list(desk)->size(), 1);
        QCOMPARE(s.services->mappings.listForPatient(a, patientA)->size(), 1);
        QCOMPARE(s.services->mappings.listForPatient(b, patientA).error().code, Error::Code::NotFound);

        const QString mappingId = mine->value(QStringLiteral("id")).toString();
        QCOMPARE(s.services->mappings.remove(b, mappingId)->code, Error::Code::NotFound);
        QVERIFY(!s.services->mappings.remove(a, mappingId));
        QCOMPARE(s.services->mappings.listForPatient(a, patientA)->size(), 0);
        QVERIFY(s.services->mappings.create(a, patientA, doctor).ok()); // may be assigned again after removal
    }
};

QTEST_GUILESS_MAIN(TestDoctorMappingServices)
#include "tst_doctor_mapping_services.moc"

#include "TestStation.h"
#include "Uuid.h"
#include "store/Query.h"

#include <QJsonObject>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");

struct MarksClinic
{
    TestStation s;
    Actor desk;
    Actor dentist;
    Actor patientUser;
    QString patient;
    QString otherPatient;

    MarksClinic()
    {
        desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        dentist = s.addUser(QStringLiteral("dr@x.org"), Role::Dentist);
        patientUser = s.addUser(QStringLiteral("pat@x.org"), Role::Patient);
        patient = addPatient(QStringLiteral("Ana Sousa"));
        otherPatient = addPatient(QStringLiteral("Rui Costa"));
    }

    QString addPatient(const QString& name)
    {
        return s.services->patients.create(desk, {{QStringLiteral("name"), name}})
            ->value(QStringLiteral("id"))
            .toString();
    }

    // An appointment of `patientId` at `hour` UTC, `day` days after Monday 23 November, with one image of
    // `teeth`.
    QString imageOn(const QString& patientId, int day, const QString& teeth, int hour = 10)
    {
        BookingRequest r;
        r.patientId = patientId;
        r.start = QDateTime(QDate(2026, 11, 23).addDays(day), QTime(hour, 0), Qt::UTC);
        auto booked = s.services->appointments.book(desk, r);
        if (!booked)
            qFatal("cannot book: %s", qPrintable(booked.error().message));
        auto record = s.services->records.create(
            dentist, booked->value(QStringLiteral("id")).toString(), {},
            {{QString::fromLatin1(kPng.toBase64()), QStringLiteral("image/png"), teeth}});
        if (!record)
            qFatal("cannot add the record: %s", qPrintable(record.error().message));
        return record->images.first().value(QStringLiteral("id")).toString();
    }

    static QJsonArray twoMarks()
    {
        return {QJsonObject{{QStringLiteral("kind"), QStringLiteral("text")},
                            {QStringLiteral("x"), 10},
                            {QStringLiteral("y"), 20},
                            {QStringLiteral("text"), QStringLiteral("caries?")}},
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("distance")},
                            {QStringLiteral("x1"), 0},
                            {QStringLiteral("y1"), 0},
                            {QStringLiteral("x2"), 30},
                            {QStringLiteral("y2"), 40}}};
    }

    QList<QString> idsOf(const QList<QVariantMap>& rows)
    {
        QList<QString> ids;
        for (const QVariantMap& row : rows)
            ids.append(row.value(QStringLiteral("id")).toString());
        return ids;
    }
};

} // namespace

// RecordService's image marks (teeth, the viewer's annotations, calibration) and the earlier images of the
// same teeth that the viewer offers for comparison.
class TestImageMarks : public QObject
{
    Q_OBJECT
private slots:
    void marksAreSavedAndReadBackThroughTheWritePath()
    {
        MarksClinic c;
        const QString image = c.imageOn(c.patient, 1, QStringLiteral("36"));
        auto& records = c.s.services->records;
        const auto before = records.imageMarks(c.dentist, image);
        QVERIFY(before);
        QCOMPARE(before->toothNumbers, QStringLiteral("36"));
        QVERIFY(before->annotations.isEmpty());
        QVERIFY(!before->pixelSpacingMm);

        const int changesBefore = c.s.db->lastChangeSeq();
        ImageMarks marks{QStringLiteral("37; 36 37"), MarksClinic::twoMarks(), 0.125};
        QVERIFY(!records.saveImageMarks(c.dentist, image, marks));
        QVERIFY(c.s.db->lastChangeSeq() > changesBefore); // replicated like every other write

        const auto after = records.imageMarks(c.desk, image);
        QVERIFY(after);
        QCOMPARE(after->toothNumbers, QStringLiteral("37,36"));
        QCOMPARE(after->annotations, MarksClinic::twoMarks());
        QCOMPARE(after->pixelSpacingMm, std::optional<double>(0.125));

        // Clearing is saving nothing: no marks, no calibration, no teeth.
        QVERIFY(!records.saveImageMarks(c.dentist, image, ImageMarks{}));
        QCOMPARE(*records.imageMarks(c.dentist, image), ImageMarks{});
    }

    void badMarksAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("teeth");
        QTest::addColumn<QJsonArray>("annotations");
        QTest::addColumn<double>("spacing");
        QTest::addColumn<QString>("field");
        QTest::newRow("not a tooth") << QStringLiteral("19") << QJsonArray() << 0.1
                                     << QStringLiteral("tooth_numbers");
        QTest::newRow("not a mark") << QStringLiteral("36") << QJsonArray{1} << 0.1
                                    << QStringLiteral("annotations");
        QTest::newRow("unknown kind")
            << QStringLiteral("36")
            << QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("circle")}}} << 0.1
            << QStringLiteral("annotations");
        QTest::newRow("no spacing") << QStringLiteral("36") << QJsonArray() << 0.0
                                    << QStringLiteral("pixel_spacing_mm");
        QTest::newRow("spacing too large")
            << QStringLiteral("36") << QJsonArray() << 10.5 << QStringLiteral("pixel_spacing_mm");
        QJsonArray tooMany;
        for (int i = 0; i <= RecordService::kMaxAnnotations; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("text")}});
        QTest::newRow("too many marks")
            << QStringLiteral("36") << tooMany << 0.1 << QStringLiteral("annotations");
    }

    void badMarksAreRefusedAndNothingIsWritten()
    {
        QFETCH(QString, teeth);
        QFETCH(QJsonArray, annotations);
        QFETCH(double, spacing);
        QFETCH(QString, field);
        MarksClinic c;
        const QString image = c.imageOn(c.patient, 1, QStringLiteral("36"));
        const int changesBefore = c.s.db->lastChangeSeq();
        const Status refused =
            c.s.services->records.saveImageMarks(c.dentist, image, ImageMarks{teeth, annotations, spacing});
        QVERIFY(refused);
        QCOMPARE(refused->code, Error::Code::Invalid);
        QVERIFY2(refused->fieldErrors.contains(field), qPrintable(refused->message));
        QCOMPARE(c.s.db->lastChangeSeq(), changesBefore);
        QCOMPARE(c.s.services->records.imageMarks(c.dentist, image)->toothNumbers, QStringLiteral("36"));
    }

    void onlyTheClinicWritesMarksAndNobodyReachesAnUnseenImage()
    {
        MarksClinic c;
        const QString image = c.imageOn(c.patient, 1, QStringLiteral("36"));
        auto& records = c.s.services->records;
        const Status patient =
            records.saveImageMarks(c.patientUser, image, ImageMarks{QStringLiteral("11"), {}, {}});
        QVERIFY(patient);
        QCOMPARE(patient->code, Error::Code::Forbidden);
        // The patient account did not create this patient, so the image is not there for it at all.
        QCOMPARE(records.imageMarks(c.patientUser, image).error().code, Error::Code::NotFound);
        QCOMPARE(records.earlierImages(c.patientUser, image).error().code, Error::Code::NotFound);
        QCOMPARE(records.saveImageMarks(c.dentist, QStringLiteral("nonsense"), {})->code,
                 Error::Code::NotFound);
        QCOMPARE(records.imageMarks(c.dentist, Uuid::v7(QDateTime::currentDateTimeUtc())).error().code,
                 Error::Code::NotFound);
    }

    void earlierImagesShareAToothAndComeNewestFirst()
    {
        MarksClinic c;
        const QString first36 = c.imageOn(c.patient, 1, QStringLiteral("36"));
        const QString lower46 = c.imageOn(c.patient, 2, QStringLiteral("46"));
        const QString second36 = c.imageOn(c.patient, 3, QStringLiteral("35,36"));
        const QString otherPatients36 = c.imageOn(c.otherPatient, 3, QStringLiteral("36"), 13);
        const QString current = c.imageOn(c.patient, 4, QStringLiteral("36,37"));
        const QString later36 = c.imageOn(c.patient, 7, QStringLiteral("36"));
        const QString untagged = c.imageOn(c.patient, 8, QString());
        auto& records = c.s.services->records;

        auto earlier = records.earlierImages(c.dentist, current);
        QVERIFY(earlier);
        QCOMPARE(c.idsOf(*earlier), (QList<QString>{second36, first36}));
        QVERIFY(earlier->first()
                    .value(QStringLiteral("start_at"))
                    .toString()
                    .startsWith(QStringLiteral("2026-11-26")));
        // "6" must not match tooth 46 or 36 by accident: the match is on whole numbers.
        QCOMPARE(c.idsOf(*records.earlierImages(c.dentist, lower46)), QList<QString>{});
        // An untagged image is compared with any earlier image of the patient.
        QCOMPARE(c.idsOf(*records.earlierImages(c.dentist, untagged)),
                 (QList<QString>{later36, current, second36, lower46, first36}));
        Q_UNUSED(otherPatients36);
    }
};

QTEST_GUILESS_MAIN(TestImageMarks)
#include "tst_image_marks.moc"

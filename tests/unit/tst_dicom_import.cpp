#include "DicomFixture.h"
#include "TestStation.h"
#include "dicom/DicomFile.h"
#include "dicom/XrayPng.h"

#include <QImage>
#include <QTest>
#include <cmath>

using namespace chairside;
using namespace chairside::test;

// DicomImportService: which patient a file names (scored, for the user to confirm), the import into a visit
// through the record path (16-bit pixels and calibration kept), and the export read back.
class TstDicomImport : public QObject
{
    Q_OBJECT

private:
    struct Clinic
    {
        TestStation s;
        Actor desk;
        Actor patientUser;
        QString ana;      // the file's patient: insurance number P-1001, born 1980-05-12
        QString twin;     // same birth date, another name
        QString namesake; // same name, another birth date
        QString stranger;

        Clinic()
        {
            desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
            patientUser = s.addUser(QStringLiteral("pat@x.org"), Role::Patient);
            ana = add({{QStringLiteral("first_name"), QStringLiteral("Ana")},
                       {QStringLiteral("last_name"), QStringLiteral("Sousa")},
                       {QStringLiteral("date_of_birth"), QStringLiteral("1980-05-12")},
                       {QStringLiteral("insurance_number"), QStringLiteral("p-1001")}});
            twin = add({{QStringLiteral("name"), QStringLiteral("Rui Costa")},
                        {QStringLiteral("date_of_birth"), QStringLiteral("1980-05-12")},
                        {QStringLiteral("insurance_number"), QStringLiteral("X-9")}});
            namesake = add({{QStringLiteral("name"), QStringLiteral("Ana Sousa")},
                            {QStringLiteral("date_of_birth"), QStringLiteral("1990-01-01")}});
            stranger = add({{QStringLiteral("name"), QStringLiteral("Zé Ninguém")},
                            {QStringLiteral("date_of_birth"), QStringLiteral("1970-07-07")}});
        }

        QString add(const QVariantMap& fields)
        {
            auto created = s.services->patients.create(desk, fields);
            if (!created)
                qFatal("cannot add a patient: %s", qPrintable(created.error().message));
            return created->value(QStringLiteral("id")).toString();
        }

        QString book(const QString& patientId, const QDateTime& start)
        {
            BookingRequest r;
            r.patientId = patientId;
            r.start = start;
            auto booked = s.services->appointments.book(desk, r);
            if (!booked)
                qFatal("cannot book: %s", qPrintable(booked.error().message));
            return booked->value(QStringLiteral("id")).toString();
        }
    };

    QTemporaryDir m_dir;

    DicomXray fixtureImage(const DicomFixture& fixture = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("in.dcm"));
        if (!fixture.write(path))
            qFatal("the fixture could not be written");
        return *DicomFile::read(path);
    }

    static QStringList idsOf(const QList<PatientCandidate>& candidates)
    {
        QStringList ids;
        for (const PatientCandidate& c : candidates)
            ids.append(c.patient.value(QStringLiteral("id")).toString());
        return ids;
    }

private slots:
    void candidatesAreScoredForConfirmation()
    {
        Clinic c;
        const int changes = c.s.changeCount();
        auto found = c.s.services->dicom.candidates(c.desk, fixtureImage());
        QVERIFY(found);
        // Ana fits on all four; her namesake on both names; the twin on the birth date; the stranger not at
        // all.
        QCOMPARE(idsOf(*found), (QStringList{c.ana, c.namesake, c.twin}));
        QCOMPARE(found->at(0).score, 100);
        QVERIFY(found->at(0).score >= DicomImportService::kLikelyScore);
        QVERIFY(found->at(0).differs.isEmpty());
        QCOMPARE(found->at(1).score, 25);
        QCOMPARE(found->at(1).differs, QStringList{QStringLiteral("birth date")});
        QCOMPARE(found->at(2).score, 25);
        QCOMPARE(found->at(2).matched, QStringList{QStringLiteral("birth date")});
        QVERIFY(found->at(2).differs.contains(QStringLiteral("family name")));
        // The twin's insurance number is not the file's patient ID: said, as a warning sign.
        QVERIFY(found->at(2).differs.contains(QStringLiteral("patient ID")));
        QVERIFY(!found->at(1).differs.contains(QStringLiteral("patient ID"))); // the namesake has none
        // Looking is not importing: nothing was written.
        QCOMPARE(c.s.changeCount(), changes);
    }

    void namesCompareWithoutCaseOrAccents()
    {
        Clinic c;
        DicomFixture fixture;
        fixture.patientName = QStringLiteral("NINGUEM^ZE");
        fixture.birthDate = QStringLiteral("19700707");
        fixture.patientId.clear();
        auto found = c.s.services->dicom.candidates(c.desk, fixtureImage(fixture));
        QVERIFY(found);
        QCOMPARE(idsOf(*found).value(0), c.stranger);
        QCOMPARE(found->at(0).score, 50);
    }

    void onlyThoseWhoWriteRecordsImport()
    {
        Clinic c;
        QCOMPARE(c.s.services->dicom.candidates(c.patientUser, fixtureImage()).error().code,
                 Error::Code::Forbidden);
        const QString visit = c.book(c.ana, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        QCOMPARE(c.s.services->dicom.import(c.patientUser, fixtureImage(), c.ana, visit).error().code,
                 Error::Code::Forbidden);
    }

    // The spacing an image is stored with follows the rule its marks are saved by (at most 10 mm), so a
    // stored X-ray can always have its marks saved.
    void anImplausibleSpacingIsRefused()
    {
        Clinic c;
        const QString visit = c.book(c.ana, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        DicomXray image = fixtureImage();
        image.pixelSpacingMm = 12.0;
        const int changes = c.s.changeCount();
        auto refused = c.s.services->dicom.import(c.desk, image, c.ana, visit);
        QVERIFY(!refused);
        QVERIFY(refused.error().fieldErrors.contains(QStringLiteral("pixel_spacing_mm")));
        QCOMPARE(c.s.changeCount(), changes);
    }

    void visitsOfTheStudyDayComeFirst()
    {
        Clinic c;
        const QString older = c.book(c.ana, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
        const QString studyDay = c.book(c.ana, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        const QString later = c.book(c.ana, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        c.book(c.twin, QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC));
        auto visits = c.s.services->dicom.visits(c.desk, c.ana, QDate(2026, 11, 23));
        QVERIFY(visits);
        QStringList ids;
        for (const QVariantMap& v : *visits)
            ids.append(v.value(QStringLiteral("id")).toString());
        QCOMPARE(ids, (QStringList{studyDay, later, older}));
    }

    void importKeepsSixteenBitsAndTheCalibration()
    {
        Clinic c;
        const QString visit = c.book(c.ana, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        const QString otherVisit = c.book(c.twin, QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC));
        DicomFixture fixture;
        fixture.photometric = QStringLiteral("MONOCHROME1");
        fixture.imagerPixelSpacing = QStringLiteral("0.022\\0.022");
        fixture.magnification = QStringLiteral("1.1");
        fixture.windowCentres = QStringLiteral("1000\\3000");
        fixture.windowWidths = QStringLiteral("500\\1500");
        fixture.windowExplanations = QStringLiteral("SOFT\\BONE");
        const DicomXray image = fixtureImage(fixture);

        // The visit must be the confirmed patient's.
        const int changes = c.s.changeCount();
        auto refused = c.s.services->dicom.import(c.desk, image, c.ana, otherVisit);
        QVERIFY(!refused);
        QVERIFY2(refused.error().fieldErrors.contains(QStringLiteral("appointment")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().fieldErrors.contains(QStringLiteral("appointment")));
        QCOMPARE(c.s.changeCount(), changes);

        auto stored = c.s.services->dicom.import(c.desk, image, c.ana, visit, QStringLiteral("36, 37"));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->value(QStringLiteral("mime_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(stored->value(QStringLiteral("patient_id")).toString(), c.ana);

        // Through the record path: the visit's record lists it, with its reading.
        auto record = c.s.services->records.forAppointment(c.desk, visit);
        QVERIFY(record && record->has_value());
        QCOMPARE((*record)->images.size(), 1);
        QCOMPARE((*record)->images.first().value(QStringLiteral("reading_status")).toString(),
                 QStringLiteral("skipped"));

        const QString imageId = stored->value(QStringLiteral("id")).toString();
        auto marks = c.s.services->records.imageMarks(c.desk, imageId);
        QVERIFY(marks);
        QCOMPARE(marks->toothNumbers, QStringLiteral("36,37"));
        QVERIFY(marks->pixelSpacingMm);
        QVERIFY(qAbs(*marks->pixelSpacingMm - 0.02) < 1e-12);

        const QByteArray bytes =
            *c.s.services->records.imageBytes(stored->value(QStringLiteral("sha256")).toString());
        const QImage png = QImage::fromData(bytes, "png");
        QCOMPARE(png.format(), QImage::Format_Grayscale16);
        for (int y = 0; y < image.rows; ++y)
            for (int x = 0; x < image.columns; ++x)
                QCOMPARE(reinterpret_cast<const quint16*>(png.constScanLine(y))[x],
                         quint16(image.pixels[size_t(y * image.columns + x)] << (16 - image.bitsStored)));
        const auto header = XrayPng::header(bytes);
        QVERIFY(header);
        QCOMPARE(header->windows.size(), image.windows.size());
        for (qsizetype i = 0; i < image.windows.size(); ++i) { // widened with the pixels
            const DicomWindow& read = image.windows.at(i);
            QCOMPARE(header->windows.at(i),
                     (DicomWindow{std::ldexp(read.centre, 16 - image.bitsStored),
                                  std::ldexp(read.width, 16 - image.bitsStored), read.explanation}));
        }
        QVERIFY(header->wasMonochrome1);

        // A second import into the same visit joins its record.
        QVERIFY(c.s.services->dicom.import(c.desk, image, c.ana, visit));
        QCOMPARE((*c.s.services->records.forAppointment(c.desk, visit))->images.size(), 2);
    }

    void exportIsReadBackCalibrated()
    {
        Clinic c;
        const QString visit = c.book(c.ana, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        DicomFixture fixture;
        fixture.pixelSpacing = QStringLiteral("0.05\\0.05");
        fixture.windowCentres = QStringLiteral("1000");
        fixture.windowWidths = QStringLiteral("500");
        const DicomXray image = fixtureImage(fixture);
        auto imported = c.s.services->dicom.import(c.desk, image, c.ana, visit);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        const QString imageId = imported->value(QStringLiteral("id")).toString();

        // What the viewer hands over: the pixels and windows as the station holds them, widened to 16 bits.
        const QByteArray png =
            *c.s.services->records.imageBytes(imported->value(QStringLiteral("sha256")).toString());
        const QImage held = QImage::fromData(png, "png");
        DicomXray shown = *XrayPng::header(png);
        for (int y = 0; y < held.height(); ++y) {
            const auto* line = reinterpret_cast<const quint16*>(held.constScanLine(y));
            shown.pixels.insert(shown.pixels.end(), line, line + held.width());
        }
        const QString path = m_dir.filePath(QStringLiteral("out.dcm"));
        QBitArray overlay(image.rows * image.columns);
        overlay.setBit(5);
        const Status exported = c.s.services->dicom.exportDicom(c.desk, imageId, shown, overlay, path);
        QVERIFY2(!exported, qPrintable(exported ? exported->message : QString()));
        auto back = DicomFile::read(path);
        QVERIFY(back);
        // Who and when come from the store, not from the file that was imported.
        QCOMPARE(back->patientDisplayName(), QStringLiteral("Sousa, Ana"));
        QCOMPARE(back->patientBirthDate, QDate(1980, 5, 12));
        QCOMPARE(back->patientId, c.ana);
        QCOMPARE(back->studyDate, QDate(2026, 11, 23));
        // In the file's own 12 bits again: the service narrows what the station holds.
        QCOMPARE(back->bitsStored, 12);
        QCOMPARE(back->pixels, image.pixels);
        QCOMPARE(back->pixelSpacingMm, image.pixelSpacingMm);
        QCOMPARE(back->windows, image.windows);

        // Someone who may not see the visit cannot export it.
        QCOMPARE(c.s.services->dicom.exportDicom(c.patientUser, imageId, shown, {}, path).value().code,
                 Error::Code::NotFound);
    }
};

QTEST_MAIN(TstDicomImport)
#include "tst_dicom_import.moc"

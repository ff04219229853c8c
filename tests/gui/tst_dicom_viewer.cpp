#include "DicomFixture.h"
#include "DicomImportDialog.h"
#include "TestStation.h"
#include "WidgetLookup.h"
#include "XrayView.h"
#include "XrayWindow.h"
#include "dicom/DicomFile.h"
#include "store/Query.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace chairside;
using namespace chairside::test;
using chairside::ui::XrayAnnotation;
using chairside::ui::XrayView;

// A DICOM X-ray from file to viewer (#8): the import dialog asks the user to confirm the patient, and the
// viewer opens the image calibrated, with the file's window presets, and exports it with its marks.
class TstDicomViewer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStation> m_station;
    Actor m_desk;
    QString m_ana;
    QString m_rui;
    QString m_visit;
    QTemporaryDir m_dir;

    // Ana's X-ray: windows SOFT and BONE, 0.022 mm at the detector magnified 1.1 times: 0.02 mm per pixel.
    static DicomFixture anaFixture()
    {
        DicomFixture fixture;
        fixture.windowCentres = QStringLiteral("1000\\3000");
        fixture.windowWidths = QStringLiteral("500\\1500");
        fixture.windowExplanations = QStringLiteral("SOFT\\BONE");
        fixture.imagerPixelSpacing = QStringLiteral("0.022\\0.022");
        fixture.magnification = QStringLiteral("1.1");
        return fixture;
    }

    QString writeFixture(const DicomFixture& fixture, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (!fixture.write(path))
            qFatal("the fixture could not be written");
        return path;
    }

    QVariantMap imported(const DicomFixture& fixture)
    {
        auto image = m_station->services->dicom.import(
            m_desk, *DicomFile::read(writeFixture(fixture, QStringLiteral("in.dcm"))), m_ana, m_visit);
        if (!image)
            qFatal("cannot import: %s", qPrintable(image.error().message));
        return *image;
    }

    // Clicks the box itself: a check box in a layout is wider than its label, and a click on its middle can
    // miss the part that toggles it.
    static void clickCheckBox(QCheckBox* box)
    {
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
    }

private slots:
    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_desk = m_station->addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto& patients = m_station->services->patients;
        m_ana = patients
                    .create(m_desk, {{QStringLiteral("first_name"), QStringLiteral("Ana")},
                                     {QStringLiteral("last_name"), QStringLiteral("Sousa")},
                                     {QStringLiteral("date_of_birth"), QStringLiteral("1980-05-12")},
                                     {QStringLiteral("insurance_number"), QStringLiteral("P-1001")}})
                    ->value(QStringLiteral("id"))
                    .toString();
        m_rui = patients
                    .create(m_desk, {{QStringLiteral("name"), QStringLiteral("Rui Costa")},
                                     {QStringLiteral("date_of_birth"), QStringLiteral("1980-05-12")}})
                    ->value(QStringLiteral("id"))
                    .toString();
        BookingRequest visit;
        visit.patientId = m_ana;
        visit.start = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        m_visit =
            m_station->services->appointments.book(m_desk, visit)->value(QStringLiteral("id")).toString();
    }

    void importAsksToConfirmThePatient()
    {
        ui::DicomImportDialog dialog(*m_station->services, m_desk);
        dialog.show();
        QVERIFY(!dialog.openFile(writeFixture(anaFixture(), QStringLiteral("ana.dcm"))));
        auto* header = child<QLabel>(&dialog, QStringLiteral("dicomHeader"));
        QVERIFY2(header->text().contains(QStringLiteral("Sousa, Ana")), qPrintable(header->text()));
        QCOMPARE(header->textFormat(), Qt::PlainText); // a file's names are never read as markup
        QVERIFY2(header->text().contains(QStringLiteral("0.0200 mm")), qPrintable(header->text()));
        auto* candidates = child<QListWidget>(&dialog, QStringLiteral("dicomCandidates"));
        QCOMPARE(candidates->count(), 2);      // Ana, and Rui who shares her birth date
        QCOMPARE(candidates->currentRow(), 0); // Ana fits on everything: preselected, not yet confirmed
        QVERIFY(candidates->item(0)->text().contains(QStringLiteral("Sousa")));
        QVERIFY(candidates->item(1)->text().contains(QStringLiteral("differs")));
        auto* visits = child<QComboBox>(&dialog, QStringLiteral("dicomVisits"));
        QCOMPARE(visits->count(), 1);
        QCOMPARE(visits->currentData().toString(), m_visit);
        QVERIFY2(visits->currentText().endsWith(QStringLiteral(", Scheduled")),
                 qPrintable(visits->currentText()));

        auto* confirm = child<QCheckBox>(&dialog, QStringLiteral("dicomConfirm"));
        auto* importButton = child<QPushButton>(&dialog, QStringLiteral("dicomImportButton"));
        QVERIFY(!importButton->isEnabled());
        const int changes = m_station->changeCount();
        clickCheckBox(confirm);
        QVERIFY(importButton->isEnabled());

        // Choosing another patient asks for the confirmation again; Rui has no visit to put it in.
        candidates->setCurrentRow(1);
        QVERIFY(!confirm->isChecked());
        QVERIFY(!importButton->isEnabled());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("dicomProblem"))
                    ->text()
                    .contains(QStringLiteral("no visit")));
        QCOMPARE(m_station->changeCount(), changes);

        candidates->setCurrentRow(0);
        clickCheckBox(confirm);
        QSignalSpy done(&dialog, &ui::DicomImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toString(), m_ana);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto record = m_station->services->records.forAppointment(m_desk, m_visit);
        QVERIFY(record && record->has_value());
        QCOMPARE((*record)->images.size(), 1);
    }

    void viewerShowsCalibratedMmAndTheFilesPresets()
    {
        ui::XrayWindow window(*m_station->services, m_desk);
        QVERIFY(!window.showRecordImage(imported(anaFixture()), QStringLiteral("Ana")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        XrayView* view = window.view();
        QCOMPARE(view->calibration(), XrayView::Calibration::File);
        QVERIFY(qAbs(*view->image().pixelSpacingMm() - 0.02) < 1e-12);

        // The file's first window is how it opens; its windows head the picker and the W key's round. The
        // station keeps the 12-bit pixels widened to 16 bits, so the windows are 16 times the file's.
        QCOMPARE(view->windowLevel(), (ui::WindowLevel{1000 * 16, 500 * 16}));
        // Read out in the file's own 12-bit values, as the sensor's software shows them.
        QVERIFY2(view->readout().startsWith(QStringLiteral("W 500  C 1000  ")), qPrintable(view->readout()));
        QComboBox* picker = window.presetPicker();
        QCOMPARE(picker->count(), view->windowPresetNames().size());
        QVERIFY(picker->itemText(0).contains(QStringLiteral("SOFT")));
        QVERIFY(picker->itemText(1).contains(QStringLiteral("BONE")));
        QCOMPARE(picker->currentIndex(), 0);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_W);
        QCOMPARE(view->windowLevel(), (ui::WindowLevel{3000 * 16, 1500 * 16}));
        QCOMPARE(picker->currentIndex(), 1);
        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Up);
        QCOMPARE(picker->currentIndex(), 0);
        QCOMPARE(view->windowLevel(), (ui::WindowLevel{1000 * 16, 500 * 16}));

        // A 50-pixel line is 1 mm at 0.02 mm per pixel, and says where the calibration came from.
        view->addAnnotation({XrayAnnotation::Kind::Distance, {0, 0}, {30, 40}, {}});
        QCOMPARE(view->measurementLabel(0), QStringLiteral("50.0 px · 1.00 mm (calibrated by the file)"));
        // Calibrating by hand replaces it, and the label no longer claims the file's.
        QVERIFY(view->calibrate(0, 5.0));
        QCOMPARE(view->calibration(), XrayView::Calibration::Manual);
        QCOMPARE(view->measurementLabel(0), QStringLiteral("50.0 px · 5.00 mm"));
    }

    void aFileWithoutSpacingStaysUncalibrated()
    {
        DicomFixture fixture;
        ui::XrayWindow window(*m_station->services, m_desk);
        QVERIFY(!window.showRecordImage(imported(fixture), QStringLiteral("Ana")));
        XrayView* view = window.view();
        QCOMPARE(view->calibration(), XrayView::Calibration::None);
        view->addAnnotation({XrayAnnotation::Kind::Distance, {0, 0}, {30, 40}, {}});
        QCOMPARE(view->measurementLabel(0), QStringLiteral("50.0 px"));
        QVERIFY(view->fileWindows().isEmpty());
    }

    void exportsWithTheMarks()
    {
        ui::XrayWindow window(*m_station->services, m_desk);
        QVERIFY(!window.showRecordImage(imported(anaFixture()), QStringLiteral("Ana")));
        XrayView* view = window.view();
        view->addAnnotation({XrayAnnotation::Kind::Arrow, {5, 5}, {50, 30}, {}});

        const QString png = m_dir.filePath(QStringLiteral("out.png"));
        QVERIFY(!window.exportImage(png));
        const QImage written(png);
        QCOMPARE(written.size(), QSize(60, 40));
        const QColor onArrow = written.pixelColor(5, 5);
        QVERIFY(onArrow.red() != onArrow.blue()); // the arrow's yellow, not a shade of grey
        // A PNG is an export in the audit log as a DICOM file is (a repeat within the read window is one
        // entry).
        const auto exports = [this] {
            return sql::scalar(
                       m_station->db->connection(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record_images.export'"))
                ->toInt();
        };
        QCOMPARE(exports(), 1);

        // Turned a quarter, as DICOM: all of the pixels turned, the calibration, the windows, the marks as an
        // overlay.
        view->rotateClockwise();
        const QString dicom = m_dir.filePath(QStringLiteral("out.dcm"));
        QVERIFY(!window.exportImage(dicom));
        auto back = DicomFile::read(dicom);
        QVERIFY(back);
        QCOMPARE(back->rows, 60);
        QCOMPARE(back->columns, 40);
        QVERIFY(qAbs(*back->pixelSpacingMm - 0.02) < 1e-9);
        QCOMPARE(back->windows.size(), 3);
        // In the file's own 12 bits again (the station keeps them widened to 16), windows with them.
        QCOMPARE(back->bitsStored, 12);
        QCOMPARE(back->windows.at(1), (DicomWindow{1000, 500, QStringLiteral("SOFT")}));
        QCOMPARE(back->patientDisplayName(), QStringLiteral("Sousa, Ana"));
        const QImage& shown = view->image().orientedPixels();
        for (int y = 0; y < back->rows; ++y)
            for (int x = 0; x < back->columns; ++x)
                QCOMPARE(quint16(back->pixels[size_t(y * back->columns + x)] << 4),
                         reinterpret_cast<const quint16*>(shown.constScanLine(y))[x]);
        DcmFileFormat file;
        QVERIFY(file.loadFile(dicom.toLocal8Bit().constData()).good());
        const Uint16* overlay = nullptr;
        unsigned long words = 0;
        QVERIFY(file.getDataset()->findAndGetUint16Array(DCM_OverlayData, overlay, &words).good());
        int set = 0;
        for (unsigned long i = 0; i < words; ++i)
            set += qPopulationCount(overlay[i]);
        QVERIFY(set > 20);
    }

    // The comparison pane shows an earlier DICOM X-ray of the same tooth as its file asks too: opened with
    // the file's first window and read out in the file's own bits.
    void anEarlierDicomImageBesideIsShownAsItsFileAsks()
    {
        BookingRequest earlier;
        earlier.patientId = m_ana;
        earlier.start = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        const QString before = must(m_station->services->appointments.book(m_desk, earlier))
                                   .value(QStringLiteral("id"))
                                   .toString();
        const DicomXray image = *DicomFile::read(writeFixture(anaFixture(), QStringLiteral("tooth36.dcm")));
        must(m_station->services->dicom.import(m_desk, image, m_ana, before, QStringLiteral("36")));
        const QVariantMap now =
            must(m_station->services->dicom.import(m_desk, image, m_ana, m_visit, QStringLiteral("36")));

        ui::XrayWindow window(*m_station->services, m_desk);
        QVERIFY(!window.showRecordImage(now, QStringLiteral("Ana")));
        window.setComparisonShown(true);
        XrayView* beside = window.comparisonView();
        QCOMPARE(beside->image().sourceSize(), QSize(60, 40));
        QCOMPARE(beside->windowLevel(), (ui::WindowLevel{1000 * 16, 500 * 16}));
        QVERIFY2(beside->readout().startsWith(QStringLiteral("W 500  C 1000  ")),
                 qPrintable(beside->readout()));
    }

    // An ordinary 8-bit picture (not from DICOM) exported as DICOM: its values as the viewer holds them,
    // widened to 16 bits, and said to be 16 bits (it once said 8 over 16-bit values).
    void exportsAnOrdinaryImageAsSixteenBits()
    {
        QImage grey(30, 20, QImage::Format_Grayscale8);
        for (int y = 0; y < grey.height(); ++y)
            for (int x = 0; x < grey.width(); ++x)
                grey.scanLine(y)[x] = uchar(x * 8 + y);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(grey.save(&buffer, "png"));
        auto added = m_station->services->records.addImage(m_desk, m_visit, png, QStringLiteral("image/png"),
                                                           QString(), std::nullopt);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));

        ui::XrayWindow window(*m_station->services, m_desk);
        QVERIFY(!window.showRecordImage(imported(anaFixture()), QStringLiteral("Ana")));
        QVERIFY(!window.showRecordImage(*added, QStringLiteral("Ana")));
        // The 12-bit file's readout units did not stay with the window: this image reads out as it is held.
        const int width = qRound(window.view()->windowLevel().width);
        QVERIFY2(window.view()->readout().startsWith(QStringLiteral("W %1  ").arg(width)),
                 qPrintable(window.view()->readout()));
        const QString dicom = m_dir.filePath(QStringLiteral("photo.dcm"));
        QVERIFY(!window.exportImage(dicom));
        auto back = DicomFile::read(dicom);
        QVERIFY(back);
        QCOMPARE(back->bitsStored, 16);
        for (int y = 0; y < grey.height(); ++y)
            for (int x = 0; x < grey.width(); ++x)
                QCOMPARE(int(back->pixels[size_t(y * back->columns + x)]), (x * 8 + y) * 257);
    }
};

QTEST_MAIN(TstDicomViewer)
#include "tst_dicom_viewer.moc"

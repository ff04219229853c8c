#include "DicomFixture.h"
#include "dicom/DicomFile.h"
#include "dicom/XrayPng.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace chairside;
using namespace chairside::test;

// DicomFile reads what DCMTK itself writes (tests/support/DicomFixture), and reads back what it writes.
class TstDicom : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const DicomFixture& fixture)
    {
        const QString path = m_dir.filePath(QStringLiteral("image%1.dcm").arg(++m_files));
        if (!fixture.write(path))
            qFatal("the fixture could not be written");
        return path;
    }

    DicomXray read(const DicomFixture& fixture)
    {
        auto image = DicomFile::read(write(fixture));
        if (!image)
            qFatal("the fixture could not be read: %s", qPrintable(image.error().message));
        return *image;
    }

private slots:
    void readsPatientStudyAndPixels()
    {
        DicomFixture fixture;
        const DicomXray x = read(fixture);
        QCOMPARE(x.patientFamilyName, QStringLiteral("Sousa"));
        QCOMPARE(x.patientGivenName, QStringLiteral("Ana"));
        QCOMPARE(x.patientDisplayName(), QStringLiteral("Sousa, Ana"));
        QCOMPARE(x.patientBirthDate, QDate(1980, 5, 12));
        QCOMPARE(x.patientId, QStringLiteral("P-1001"));
        QCOMPARE(x.modality, QStringLiteral("IO"));
        QCOMPARE(x.studyDate, QDate(2026, 11, 23));
        QCOMPARE(x.rows, 40);
        QCOMPARE(x.columns, 60);
        QCOMPARE(x.bitsStored, 12);
        QVERIFY(!x.wasMonochrome1);
        const std::vector<int> expected = fixture.defaultPixels();
        QCOMPARE(x.pixels.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(int(x.pixels[i]), expected[i]);
        QVERIFY(!x.pixelSpacingMm);
        QVERIFY(x.windows.isEmpty());
    }

    void monochrome1IsTurnedOverWithItsWindow()
    {
        DicomFixture fixture;
        fixture.photometric = QStringLiteral("MONOCHROME1");
        fixture.windowCentres = QStringLiteral("1000");
        fixture.windowWidths = QStringLiteral("400");
        const DicomXray x = read(fixture);
        QVERIFY(x.wasMonochrome1);
        const std::vector<int> stored = fixture.defaultPixels();
        for (size_t i = 0; i < stored.size(); ++i)
            QCOMPARE(int(x.pixels[i]), 4095 - stored[i]);
        QCOMPARE(x.windows.size(), 1);
        QCOMPARE(x.windows.first().centre, 4095.0 - 1000.0);
        QCOMPARE(x.windows.first().width, 400.0);
    }

    void windowPresetsInPixelValuesWithTheirNames()
    {
        DicomFixture fixture;
        // Modality values are stored * 2 - 100: a window centred on modality value 1900 is stored value 1000.
        fixture.rescaleSlope = QStringLiteral("2");
        fixture.rescaleIntercept = QStringLiteral("-100");
        fixture.windowCentres = QStringLiteral("1900\\3900");
        fixture.windowWidths = QStringLiteral("400\\1000");
        fixture.windowExplanations = QStringLiteral("SOFT\\BONE");
        const DicomXray x = read(fixture);
        QCOMPARE(x.windows.size(), 2);
        QCOMPARE(x.windows.at(0), (DicomWindow{1000.0, 200.0, QStringLiteral("SOFT")}));
        QCOMPARE(x.windows.at(1), (DicomWindow{2000.0, 500.0, QStringLiteral("BONE")}));
    }

    void voiLutSequenceBecomesAWindow()
    {
        DicomFixture fixture;
        fixture.voiLutEntries = 1024;
        fixture.voiLutFirst = 512;
        const DicomXray x = read(fixture);
        QCOMPARE(x.windows.size(), 1);
        QCOMPARE(x.windows.first(), (DicomWindow{512.0 + 512.0, 1024.0, QStringLiteral("Sensor curve")}));
        QVERIFY(x.notes.join(QLatin1Char(' ')).contains(QStringLiteral("VOI LUT")));
    }

    void signedPixelsAreShiftedToStartAtZero()
    {
        DicomFixture fixture;
        fixture.isSigned = true;
        fixture.windowCentres = QStringLiteral("0");
        fixture.windowWidths = QStringLiteral("1000");
        const DicomXray x = read(fixture);
        const std::vector<int> stored = fixture.defaultPixels();
        for (size_t i = 0; i < stored.size(); ++i)
            QCOMPARE(int(x.pixels[i]), stored[i] + 2048);
        QCOMPARE(x.windows.first().centre, 2048.0);
    }

    void eightBitPixels()
    {
        DicomFixture fixture;
        fixture.bitsAllocated = 8;
        fixture.bitsStored = 8;
        const DicomXray x = read(fixture);
        const std::vector<int> stored = fixture.defaultPixels();
        for (size_t i = 0; i < stored.size(); ++i)
            QCOMPARE(int(x.pixels[i]), stored[i]);
    }

    void calibratedSpacing_data()
    {
        QTest::addColumn<QString>("pixelSpacing");
        QTest::addColumn<QString>("imager");
        QTest::addColumn<QString>("magnification");
        QTest::addColumn<double>("expected");
        QTest::addColumn<QString>("source");
        QTest::newRow("imager / magnification")
            << QStringLiteral("0.05\\0.05") << QStringLiteral("0.022\\0.022") << QStringLiteral("1.1") << 0.02
            << QStringLiteral("magnification");
        QTest::newRow("pixel spacing") << QStringLiteral("0.05\\0.05") << QString() << QString() << 0.05
                                       << QStringLiteral("pixel spacing");
        QTest::newRow("imager only") << QString() << QStringLiteral("0.04\\0.04") << QString() << 0.04
                                     << QStringLiteral("detector");
        QTest::newRow("none") << QString() << QString() << QStringLiteral("1.1") << 0.0 << QString();
        // A magnification slip (0.001) would make it 22 mm per pixel: not a radiograph, so not calibrated.
        QTest::newRow("implausible") << QString() << QStringLiteral("0.022\\0.022") << QStringLiteral("0.001")
                                     << 0.0 << QStringLiteral("not a radiograph's");
    }

    void calibratedSpacing()
    {
        QFETCH(QString, pixelSpacing);
        QFETCH(QString, imager);
        QFETCH(QString, magnification);
        QFETCH(double, expected);
        QFETCH(QString, source);
        DicomFixture fixture;
        fixture.pixelSpacing = pixelSpacing;
        fixture.imagerPixelSpacing = imager;
        fixture.magnification = magnification;
        const DicomXray x = read(fixture);
        if (expected == 0.0) {
            QVERIFY(!x.pixelSpacingMm);
            if (!source.isEmpty())
                QVERIFY2(x.notes.join(QLatin1Char(' ')).contains(source),
                         qPrintable(x.notes.join(QLatin1Char(' '))));
            return;
        }
        QVERIFY(x.pixelSpacingMm);
        QVERIFY(qAbs(*x.pixelSpacingMm - expected) < 1e-12);
        QVERIFY2(x.spacingSource.contains(source), qPrintable(x.spacingSource));
    }

    void onlyTheFirstFrame()
    {
        DicomFixture fixture;
        fixture.frames = 3;
        const DicomXray x = read(fixture);
        QCOMPARE(x.frames, 3);
        QCOMPARE(x.pixels.size(), size_t(40 * 60));
        const std::vector<int> stored = fixture.defaultPixels();
        for (size_t i = 0; i < x.pixels.size(); ++i)
            QCOMPARE(int(x.pixels[i]), stored[i]);
        QVERIFY(x.notes.join(QLatin1Char(' ')).contains(QStringLiteral("only the first")));
    }

    void namesInTheFilesCharacterSet()
    {
        DicomFixture latin1;
        latin1.charset = QStringLiteral("ISO_IR 100");
        latin1.patientName = QStringLiteral("Müller^Zoë");
        QCOMPARE(read(latin1).patientDisplayName(), QStringLiteral("Müller, Zoë"));
        DicomFixture utf8;
        utf8.charset = QStringLiteral("ISO_IR 192");
        utf8.patientName = QStringLiteral("Łukasiewicz^Jan");
        QCOMPARE(read(utf8).patientFamilyName, QStringLiteral("Łukasiewicz"));
    }

    void refusesWhatIsNotAGrayscaleDicomImage()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("This is not a DICOM file at all, just some words.\n");
        file.close();
        QVERIFY(!DicomFile::read(text));
        QCOMPARE(DicomFile::read(m_dir.filePath(QStringLiteral("absent.dcm"))).error().code,
                 Error::Code::NotFound);
        DicomFixture colour;
        colour.photometric = QStringLiteral("RGB");
        const auto refused = DicomFile::read(write(colour));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("colour")));
    }

    // As sensors' software and older systems write them: the same pixels as the plain file, also from a
    // 16-bit signed image and an 8-bit one.
    void readsCompressedAndImplicitFiles_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bitsAllocated");
        QTest::addColumn<int>("bitsStored");
        QTest::addColumn<bool>("isSigned");
        using E = DicomFixture::Encoding;
        for (const auto& [name, encoding] :
             {std::pair{"implicit VR", E::ImplicitLittleEndian}, std::pair{"RLE", E::Rle},
              std::pair{"JPEG lossless", E::JpegLossless}, std::pair{"JPEG-LS", E::JpegLs}}) {
            QTest::addRow("%s, 12 bits", name) << int(encoding) << 16 << 12 << false;
            QTest::addRow("%s, 16 bits signed", name) << int(encoding) << 16 << 16 << true;
            QTest::addRow("%s, 8 bits", name) << int(encoding) << 8 << 8 << false;
        }
    }

    void readsCompressedAndImplicitFiles()
    {
        QFETCH(int, encoding);
        QFETCH(int, bitsAllocated);
        QFETCH(int, bitsStored);
        QFETCH(bool, isSigned);
        DicomFixture plain;
        plain.bitsAllocated = bitsAllocated;
        plain.bitsStored = bitsStored;
        plain.isSigned = isSigned;
        DicomFixture encoded = plain;
        encoded.encoding = DicomFixture::Encoding(encoding);
        const DicomXray expected = read(plain);
        const QString path = write(encoded);
        // The file is written the way asked (compressed ones with their pixels encapsulated).
        DcmFileFormat file;
        QVERIFY(file.loadFile(path.toLocal8Bit().constData()).good());
        const DcmXfer written(file.getDataset()->getOriginalXfer());
        QCOMPARE(written.isEncapsulated(), encoded.encoding != DicomFixture::Encoding::ImplicitLittleEndian);
        QCOMPARE(written.isExplicitVR(), encoded.encoding != DicomFixture::Encoding::ImplicitLittleEndian);
        const DicomXray x = *DicomFile::read(path);
        QCOMPARE(x.rows, expected.rows);
        QCOMPARE(x.bitsStored, bitsStored);
        QCOMPARE(x.pixels, expected.pixels);
        QCOMPARE(x.patientDisplayName(), expected.patientDisplayName());
    }

    // Files that cannot be an X-ray here are refused with what is wrong, never read past their end.
    void refusesBrokenAndUnreadableFiles()
    {
        DicomFixture jpeg2000;
        jpeg2000.encoding = DicomFixture::Encoding::Jpeg2000;
        const auto refused2000 = DicomFile::read(write(jpeg2000));
        QVERIFY(!refused2000);
        QVERIFY2(refused2000.error().message.contains(QStringLiteral("JPEG 2000")),
                 qPrintable(refused2000.error().message));

        DicomFixture headerOnly;
        headerOnly.withPixelData = false;
        const auto noImage = DicomFile::read(write(headerOnly));
        QVERIFY(!noImage);
        QVERIFY2(noImage.error().message.contains(QStringLiteral("holds no image")),
                 qPrintable(noImage.error().message));

        // Cut off, as by a copy that was interrupted: in the pixels, in the header, and a compressed one.
        DicomFixture rle;
        rle.encoding = DicomFixture::Encoding::Rle;
        for (const auto& [fixture, keep] :
             {std::pair{DicomFixture(), 0.9}, std::pair{DicomFixture(), 0.05}, std::pair{rle, 0.7}}) {
            const QString path = write(fixture);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(qint64(double(file.size()) * keep)));
            file.close();
            const auto cut = DicomFile::read(path);
            QVERIFY2(!cut, qPrintable(path));
            QVERIFY(!cut.error().message.isEmpty());
        }
    }

    void writesWhatItReadsWithAnOverlay()
    {
        DicomFixture fixture;
        fixture.windowCentres = QStringLiteral("1000\\2000");
        fixture.windowWidths = QStringLiteral("400\\800");
        fixture.windowExplanations = QStringLiteral("SOFT\\BONE");
        fixture.pixelSpacing = QStringLiteral("0.05\\0.05");
        DicomXray x = read(fixture);
        QBitArray overlay(x.rows * x.columns);
        for (int column = 5; column < 25; ++column)
            overlay.setBit(10 * x.columns + column); // a line of 20 pixels on row 10
        const QString path = m_dir.filePath(QStringLiteral("export.dcm"));
        QVERIFY(!DicomFile::write(path, x, overlay, QStringLiteral("marks")));

        const DicomXray back = *DicomFile::read(path);
        QCOMPARE(back.pixels, x.pixels);
        QCOMPARE(back.windows, x.windows);
        QCOMPARE(back.pixelSpacingMm, x.pixelSpacingMm);
        QCOMPARE(back.patientDisplayName(), x.patientDisplayName());
        QCOMPARE(back.patientBirthDate, x.patientBirthDate);
        QCOMPARE(back.patientId, x.patientId);

        // The overlay plane, read with DCMTK: the same 20 bits, at the same places.
        DcmFileFormat file;
        QVERIFY(file.loadFile(path.toLocal8Bit().constData()).good());
        Uint16 rows = 0;
        QVERIFY(file.getDataset()->findAndGetUint16(DCM_OverlayRows, rows).good());
        QCOMPARE(int(rows), x.rows);
        const Uint16* words = nullptr;
        unsigned long count = 0;
        QVERIFY(file.getDataset()->findAndGetUint16Array(DCM_OverlayData, words, &count).good());
        int set = 0;
        for (int i = 0; i < x.rows * x.columns; ++i)
            if (words[i / 16] & (1u << (i % 16))) {
                ++set;
                QVERIFY(overlay.testBit(i));
            }
        QCOMPARE(set, 20);

        // Exported again under the same name: replaced whole; a write that cannot be made (here: its file
        // beside the target cannot be written) leaves the earlier export as it was. (That the rename itself
        // replaces in one step is rename(2)'s promise; no test can watch the moment between.)
        x.windows.clear();
        QVERIFY(!DicomFile::write(path, x));
        QVERIFY(DicomFile::read(path)->windows.isEmpty());
        QVERIFY(QDir().mkdir(path + QStringLiteral(".partial"))); // where the write would go first
        QVERIFY(DicomFile::write(path, back));
        QVERIFY(DicomFile::read(path)->windows.isEmpty());
        QVERIFY(QDir().rmdir(path + QStringLiteral(".partial")));
    }

    void storedAsA16BitPngWithItsHeader()
    {
        DicomFixture fixture;
        fixture.windowCentres = QStringLiteral("1000");
        fixture.windowWidths = QStringLiteral("400");
        fixture.windowExplanations = QStringLiteral("SOFT");
        fixture.imagerPixelSpacing = QStringLiteral("0.022\\0.022");
        fixture.magnification = QStringLiteral("1.1");
        const DicomXray x = read(fixture);
        const QByteArray png = *XrayPng::encode(x);

        // Widened from 12 bits to 16, so that a program knowing nothing of the header sees the image as
        // bright as it is: the brightest stored value (4095) is near white (65520), not a dark grey (4095).
        const QImage image = QImage::fromData(png, "png");
        QCOMPARE(image.format(), QImage::Format_Grayscale16);
        QCOMPARE(image.size(), QSize(60, 40));
        quint16 brightest = 0;
        for (int y = 0; y < 40; ++y)
            for (int column = 0; column < 60; ++column) {
                const quint16 value = reinterpret_cast<const quint16*>(image.constScanLine(y))[column];
                QCOMPARE(value, quint16(x.pixels[size_t(y * 60 + column)] << 4));
                brightest = std::max(brightest, value);
            }
        QCOMPARE(brightest, quint16(65520));
        const auto header = XrayPng::header(png);
        QVERIFY(header);
        QCOMPARE(header->windows.size(), 1);
        QCOMPARE(header->windows.first(), (DicomWindow{1000.0 * 16, 400.0 * 16, QStringLiteral("SOFT")}));
        QCOMPARE(header->pixelSpacingMm, x.pixelSpacingMm);
        QCOMPARE(header->spacingSource, x.spacingSource);
        QCOMPARE(header->modality, QStringLiteral("IO"));
        QCOMPARE(header->bitsStored, 12);
        QVERIFY(header->patientFamilyName.isEmpty()); // the confirmed patient, not the file's, owns the image

        // And back to the file's 12 bits for a DICOM export: every value and window as read.
        DicomXray fromPng = *header;
        fromPng.bitsStored = 16;
        for (int y = 0; y < 40; ++y) {
            const auto* line = reinterpret_cast<const quint16*>(image.constScanLine(y));
            fromPng.pixels.insert(fromPng.pixels.end(), line, line + 60);
        }
        XrayPng::narrowTo(fromPng, header->bitsStored);
        QCOMPARE(fromPng.bitsStored, 12);
        QCOMPARE(fromPng.pixels, x.pixels);
        QCOMPARE(fromPng.windows, x.windows);

        QImage plain(4, 4, QImage::Format_Grayscale16);
        plain.fill(0);
        QByteArray plainPng;
        QBuffer buffer(&plainPng);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(plain.save(&buffer, "png"));
        QVERIFY(!XrayPng::header(plainPng));
    }
};

QTEST_MAIN(TstDicom)
#include "tst_dicom.moc"

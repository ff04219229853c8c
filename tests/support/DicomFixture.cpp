#include "DicomFixture.h"

#include <QFile>
#include <QtGlobal>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <mutex>

namespace chairside::test {

std::vector<int> DicomFixture::defaultPixels() const
{
    const int maximum = (1 << bitsStored) - 1;
    std::vector<int> values;
    for (int frame = 0; frame < frames; ++frame)
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < columns; ++x) {
                int v = (x * 37 + y * 11 + frame * 500) % (maximum + 1);
                if (x >= 20 && x < 30 && y >= 10 && y < 20)
                    v = maximum;
                if (isSigned)
                    v -= (maximum + 1) / 2;
                values.push_back(v);
            }
    return values;
}

bool DicomFixture::write(const QString& path) const
{
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    bool ok = true;
    const auto put = [&](const DcmTagKey& tag, const QString& value) {
        if (!value.isEmpty())
            ok = ok && ds->putAndInsertString(tag, value.toLatin1().constData()).good();
    };
    const auto putUtf8OrLatin1 = [&](const DcmTagKey& tag, const QString& value) {
        const QByteArray bytes = charset.contains(QLatin1String("192")) ? value.toUtf8() : value.toLatin1();
        ok = ok && ds->putAndInsertString(tag, bytes.constData()).good();
    };
    char uid[100];
    put(DCM_SpecificCharacterSet, charset);
    put(DCM_SOPClassUID, QString::fromLatin1(UID_DigitalIntraOralXRayImageStorageForPresentation));
    put(DCM_SOPInstanceUID, QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT)));
    putUtf8OrLatin1(DCM_PatientName, patientName);
    put(DCM_PatientBirthDate, birthDate);
    put(DCM_PatientID, patientId);
    put(DCM_Modality, modality);
    put(DCM_StudyDate, studyDate);
    put(DCM_PhotometricInterpretation, photometric);
    ok = ok && ds->putAndInsertUint16(DCM_SamplesPerPixel, 1).good();
    ok = ok && ds->putAndInsertUint16(DCM_Rows, Uint16(rows)).good();
    ok = ok && ds->putAndInsertUint16(DCM_Columns, Uint16(columns)).good();
    ok = ok && ds->putAndInsertUint16(DCM_BitsAllocated, Uint16(bitsAllocated)).good();
    ok = ok && ds->putAndInsertUint16(DCM_BitsStored, Uint16(bitsStored)).good();
    ok = ok && ds->putAndInsertUint16(DCM_HighBit, Uint16(bitsStored - 1)).good();
    ok = ok && ds->putAndInsertUint16(DCM_PixelRepresentation, isSigned ? 1 : 0).good();
    if (frames > 1)
        put(DCM_NumberOfFrames, QString::number(frames));
    put(DCM_WindowCenter, windowCentres);
    put(DCM_WindowWidth, windowWidths);
    put(DCM_WindowCenterWidthExplanation, windowExplanations);
    put(DCM_RescaleSlope, rescaleSlope);
    put(DCM_RescaleIntercept, rescaleIntercept);
    put(DCM_PixelSpacing, pixelSpacing);
    put(DCM_ImagerPixelSpacing, imagerPixelSpacing);
    put(DCM_EstimatedRadiographicMagnificationFactor, magnification);
    if (voiLutEntries > 0) {
        DcmItem* item = nullptr;
        ok = ok && ds->findOrCreateSequenceItem(DCM_VOILUTSequence, item, -2).good() && item;
        if (ok) {
            const Uint16 descriptor[3] = {Uint16(voiLutEntries), Uint16(voiLutFirst), 16};
            ok = item->putAndInsertUint16Array(DCM_LUTDescriptor, descriptor, 3).good();
            std::vector<Uint16> table(static_cast<size_t>(voiLutEntries));
            for (int i = 0; i < voiLutEntries; ++i)
                table[size_t(i)] = Uint16(i * 65535 / std::max(1, voiLutEntries - 1));
            ok = ok &&
                 item->putAndInsertUint16Array(DCM_LUTData, table.data(), (unsigned long)table.size()).good();
            ok = ok && item->putAndInsertString(DCM_LUTExplanation, "Sensor curve").good();
        }
    }
    std::vector<int> values = pixels.empty() ? defaultPixels() : pixels;
    const unsigned mask = (1u << bitsStored) - 1;
    if (!withPixelData) {
        // Nothing: a header-only file (a structured report, a worklist entry saved by mistake).
    } else if (encoding == Encoding::Jpeg2000) {
        auto* sequence = new DcmPixelSequence(DCM_PixelSequenceTag);
        sequence->insert(new DcmPixelItem(DCM_PixelItemTag)); // the empty offset table
        auto* fragment = new DcmPixelItem(DCM_PixelItemTag);
        const Uint8 notJpeg2000[8] = {0xFF, 0x4F, 0xFF, 0x51, 0, 0, 0, 0}; // a codestream's start, cut off
        fragment->putUint8Array(notJpeg2000, 8);
        sequence->insert(fragment);
        auto* pixelData = new DcmPixelData(DCM_PixelData);
        pixelData->putOriginalRepresentation(EXS_JPEG2000LosslessOnly, nullptr, sequence);
        ok = ok && ds->insert(pixelData, true).good();
    } else if (bitsAllocated == 8) {
        std::vector<Uint8> bytes;
        for (int v : values)
            bytes.push_back(Uint8(unsigned(v) & mask));
        if (bytes.size() % 2)
            bytes.push_back(0);
        ok =
            ok && ds->putAndInsertUint8Array(DCM_PixelData, bytes.data(), (unsigned long)bytes.size()).good();
    } else {
        std::vector<Uint16> words;
        for (int v : values)
            words.push_back(Uint16(unsigned(v) & mask));
        ok = ok &&
             ds->putAndInsertUint16Array(DCM_PixelData, words.data(), (unsigned long)words.size()).good();
    }
    if (!ok) {
        qWarning("DicomFixture: could not set the attributes");
        return false;
    }
    E_TransferSyntax syntax = EXS_LittleEndianExplicit;
    switch (encoding) {
    case Encoding::ExplicitLittleEndian:
        break;
    case Encoding::ImplicitLittleEndian:
        syntax = EXS_LittleEndianImplicit;
        break;
    case Encoding::Rle:
        syntax = EXS_RLELossless;
        break;
    case Encoding::JpegLossless:
        syntax = EXS_JPEGProcess14SV1;
        break;
    case Encoding::JpegLs:
        syntax = EXS_JPEGLSLossless;
        break;
    case Encoding::Jpeg2000:
        syntax = EXS_JPEG2000LosslessOnly;
        break;
    }
    const DcmXfer xfer(syntax);
    if (withPixelData && xfer.isEncapsulated() && encoding != Encoding::Jpeg2000) {
        static std::once_flag once; // process-wide registrations, as in the reader
        std::call_once(once, [] {
            DcmRLEEncoderRegistration::registerCodecs();
            DJEncoderRegistration::registerCodecs();
            DJLSEncoderRegistration::registerCodecs();
        });
        const DJ_RPLossless losslessJpeg; // predictor 1, no point transform: process 14 SV1
        if (ds->chooseRepresentation(syntax, encoding == Encoding::JpegLossless ? &losslessJpeg : nullptr)
                .bad() ||
            !ds->canWriteXfer(syntax)) {
            qWarning("DicomFixture: DCMTK could not encode the pixels as %s", xfer.getXferName());
            return false;
        }
    }
    const OFCondition saved = file.saveFile(OFFilename(QFile::encodeName(path).constData()), syntax);
    if (saved.bad())
        qWarning("DicomFixture: %s", saved.text());
    return saved.good();
}

} // namespace chairside::test

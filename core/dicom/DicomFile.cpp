#include "DicomFile.h"

#include "domain/Fields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <mutex>

namespace chairside {

namespace {

void registerDecoders()
{
    // DCMTK's decoders are process-wide registrations; they stay for the life of the process.
    static std::once_flag once;
    std::call_once(once, [] {
        DcmRLEDecoderRegistration::registerCodecs();
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
    });
}

OFFilename fileName(const QString& path)
{
    return OFFilename(QFile::encodeName(path).constData());
}

// Text of the dataset in the file's character set: DICOM's default repertoire is ASCII (read as Latin-1,
// its superset), ISO_IR 192 is UTF-8, and anything else was converted to UTF-8 by DCMTK beforehand.
class TextReader
{
public:
    TextReader(DcmDataset* dataset, bool utf8)
        : m_dataset(dataset)
        , m_utf8(utf8)
    {}

    QString value(const DcmTagKey& tag) const
    {
        OFString text;
        if (m_dataset->findAndGetOFStringArray(tag, text).bad())
            return {};
        return (m_utf8 ? QString::fromUtf8(text.c_str()) : QString::fromLatin1(text.c_str())).trimmed();
    }
    QStringList values(const DcmTagKey& tag) const
    {
        QStringList parts = value(tag).split(QLatin1Char('\\'));
        for (QString& part : parts)
            part = part.trimmed();
        return parts;
    }

private:
    DcmDataset* m_dataset;
    bool m_utf8;
};

std::optional<double> number(DcmItem* item, const DcmTagKey& tag, unsigned long position = 0)
{
    Float64 value = 0;
    if (item->findAndGetFloat64(tag, value, position).bad() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

int integer(DcmItem* item, const DcmTagKey& tag, int fallback)
{
    Uint16 value = 0;
    return item->findAndGetUint16(tag, value).good() ? int(value) : fallback;
}

// Mean of the row and column spacing (pixels are taken as square, as XrayImage does); notes a difference.
std::optional<double> spacingOf(DcmItem* item, const DcmTagKey& tag, QStringList& notes)
{
    const auto row = number(item, tag, 0);
    if (!row || *row <= 0)
        return std::nullopt;
    const double column = number(item, tag, 1).value_or(*row);
    if (column <= 0)
        return std::nullopt;
    if (std::abs(column - *row) > 1e-6 * *row)
        notes.append(QStringLiteral("The pixels are not square (%1 × %2 mm); their mean is used.")
                         .arg(*row)
                         .arg(column));
    return (*row + column) / 2.0;
}

} // namespace

QString DicomXray::patientDisplayName() const
{
    if (patientFamilyName.isEmpty() || patientGivenName.isEmpty())
        return patientFamilyName + patientGivenName;
    return patientFamilyName + QStringLiteral(", ") + patientGivenName;
}

Result<DicomXray> DicomFile::read(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error::notFound(QStringLiteral("There is no file %1.").arg(path));
    registerDecoders();
    DcmFileFormat file;
    if (OFCondition loaded = file.loadFile(fileName(path)); loaded.bad())
        return Error::invalid(QStringLiteral("%1 is not a DICOM file Chairside can read: %2")
                                  .arg(path, QString::fromLatin1(loaded.text())));
    DcmDataset* dataset = file.getDataset();

    OFString charset;
    dataset->findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
    const QString declared = QString::fromLatin1(charset.c_str()).trimmed();
    bool utf8 = declared.contains(QLatin1String("ISO_IR 192"));
    if (!declared.isEmpty() && !utf8)
        utf8 = file.convertToUTF8().good(); // else Latin-1: right for ISO_IR 100, readable for ASCII
    const TextReader text(dataset, utf8);

    DicomXray x;
    const QString name = text.value(DCM_PatientName).section(QLatin1Char('='), 0, 0); // alphabetic group
    x.patientFamilyName = name.section(QLatin1Char('^'), 0, 0).trimmed();
    x.patientGivenName = name.section(QLatin1Char('^'), 1, 1).trimmed();
    x.patientBirthDate = QDate::fromString(text.value(DCM_PatientBirthDate), QStringLiteral("yyyyMMdd"));
    x.patientId = text.value(DCM_PatientID);
    x.patientSex = text.value(DCM_PatientSex);
    x.modality = text.value(DCM_Modality);
    x.studyDate = QDate::fromString(text.value(DCM_StudyDate), QStringLiteral("yyyyMMdd"));
    x.studyDescription = text.value(DCM_StudyDescription);

    x.rows = integer(dataset, DCM_Rows, 0);
    x.columns = integer(dataset, DCM_Columns, 0);
    if (x.rows <= 0 || x.columns <= 0 || !dataset->tagExists(DCM_PixelData))
        return Error::invalid(QStringLiteral("%1 holds no image.").arg(path));
    const QString photometric = text.value(DCM_PhotometricInterpretation);
    if (integer(dataset, DCM_SamplesPerPixel, 1) != 1 ||
        (photometric != QLatin1String("MONOCHROME1") && photometric != QLatin1String("MONOCHROME2")))
        return Error::invalid(
            QStringLiteral("%1 is a colour image (%2); only grayscale radiographs are imported.")
                .arg(path, photometric));
    x.wasMonochrome1 = photometric == QLatin1String("MONOCHROME1");
    const int bitsAllocated = integer(dataset, DCM_BitsAllocated, 16);
    x.bitsStored = integer(dataset, DCM_BitsStored, bitsAllocated);
    const int highBit = integer(dataset, DCM_HighBit, x.bitsStored - 1);
    const bool isSigned = integer(dataset, DCM_PixelRepresentation, 0) == 1;
    if ((bitsAllocated != 8 && bitsAllocated != 16) || x.bitsStored < 1 || x.bitsStored > bitsAllocated ||
        highBit < x.bitsStored - 1 || highBit >= bitsAllocated)
        return Error::invalid(
            QStringLiteral("%1 has %2 bits per pixel (%3 stored); Chairside reads 8 and 16.")
                .arg(path)
                .arg(bitsAllocated)
                .arg(x.bitsStored));
    x.frames = std::max(1, text.value(DCM_NumberOfFrames).toInt());
    if (x.frames > 1)
        x.notes.append(QStringLiteral("The file holds %1 frames; only the first is imported.").arg(x.frames));

    const DcmXfer transferSyntax(dataset->getOriginalXfer());
    if (transferSyntax.isEncapsulated() &&
        (dataset->chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad() ||
         !dataset->canWriteXfer(EXS_LittleEndianExplicit)))
        return Error::invalid(QStringLiteral("%1 is compressed as %2, which Chairside cannot decode.")
                                  .arg(path, QString::fromLatin1(transferSyntax.getXferName())));

    // The first frame's samples, as they are in memory (DCMTK keeps 16-bit words in host order).
    const qsizetype count = qsizetype(x.rows) * x.columns;
    const Uint8* bytes = nullptr;
    const Uint16* words = nullptr;
    unsigned long available = 0;
    if (bitsAllocated == 16) {
        if (dataset->findAndGetUint16Array(DCM_PixelData, words, &available).bad() || !words)
            return Error::invalid(QStringLiteral("The pixel data of %1 cannot be read.").arg(path));
    } else if (dataset->findAndGetUint8Array(DCM_PixelData, bytes, &available).bad() || !bytes) {
        // 8-bit samples in an OW element (implicit VR): the words' bytes in order (little-endian host).
        if (dataset->findAndGetUint16Array(DCM_PixelData, words, &available).bad() || !words)
            return Error::invalid(QStringLiteral("The pixel data of %1 cannot be read.").arg(path));
        bytes = reinterpret_cast<const Uint8*>(words);
        available *= 2;
        words = nullptr;
    }
    if (qsizetype(available) < count)
        return Error::invalid(QStringLiteral("The pixel data of %1 is shorter than its %2 × %3 image.")
                                  .arg(path)
                                  .arg(x.columns)
                                  .arg(x.rows));

    const quint32 mask = (1u << x.bitsStored) - 1;
    const quint32 signBit = 1u << (x.bitsStored - 1);
    const quint32 maximum = mask;
    const int shift = highBit + 1 - x.bitsStored;
    x.pixels.resize(size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        quint32 value = ((words ? quint32(words[i]) : quint32(bytes[i])) >> shift) & mask;
        if (isSigned)
            value ^= signBit; // two's complement to offset binary: the lowest value becomes 0
        if (x.wasMonochrome1)
            value = maximum - value;
        x.pixels[size_t(i)] = quint16(value);
    }

    // Windows are in modality values (stored value × slope + intercept); convert them to our pixel values.
    double slope = number(dataset, DCM_RescaleSlope).value_or(1.0);
    const double intercept = number(dataset, DCM_RescaleIntercept).value_or(0.0);
    if (slope == 0.0)
        slope = 1.0;
    if (dataset->tagExists(DCM_ModalityLUTSequence))
        x.notes.append(QStringLiteral("The file's modality LUT is not applied to its windows."));
    const double offset = isSigned ? double(signBit) : 0.0;
    const auto addWindow = [&](double centre, double width, const QString& explanation) {
        if (width <= 0)
            return;
        double pixelCentre = (centre - intercept) / slope + offset;
        if (x.wasMonochrome1)
            pixelCentre = double(maximum) - pixelCentre;
        x.windows.append({pixelCentre, width / std::abs(slope), explanation});
    };
    DcmElement* centres = nullptr;
    if (dataset->findAndGetElement(DCM_WindowCenter, centres).good() && centres) {
        const QStringList explanations = text.values(DCM_WindowCenterWidthExplanation);
        for (unsigned long i = 0; i < centres->getVM(); ++i) {
            const auto centre = number(dataset, DCM_WindowCenter, i);
            const auto width = number(dataset, DCM_WindowWidth, i);
            if (centre && width)
                addWindow(*centre, *width, explanations.value(qsizetype(i)));
        }
    }
    DcmItem* lut = nullptr;
    for (unsigned long i = 0; dataset->findAndGetSequenceItem(DCM_VOILUTSequence, lut, long(i)).good() && lut;
         ++i) {
        Uint16 entries = 0;
        Uint16 first = 0;
        if (lut->findAndGetUint16(DCM_LUTDescriptor, entries, 0).bad() ||
            lut->findAndGetUint16(DCM_LUTDescriptor, first, 1).bad())
            continue;
        const double size = entries == 0 ? 65536.0 : double(entries);
        const double firstMapped = isSigned ? double(qint16(first)) : double(first);
        OFString explanation;
        lut->findAndGetOFString(DCM_LUTExplanation, explanation);
        addWindow(firstMapped + size / 2.0, size, QString::fromUtf8(explanation.c_str()).trimmed());
        x.notes.append(QStringLiteral("A VOI LUT is shown as the straight window over its range."));
    }
    x.notes.removeDuplicates();

    QStringList spacingNotes;
    const auto imager = spacingOf(dataset, DCM_ImagerPixelSpacing, spacingNotes);
    const auto patientPlane = spacingOf(dataset, DCM_PixelSpacing, spacingNotes);
    const auto magnification = number(dataset, DCM_EstimatedRadiographicMagnificationFactor);
    if (imager && magnification && *magnification > 0) {
        x.pixelSpacingMm = *imager / *magnification;
        x.spacingSource = QStringLiteral("imager pixel spacing corrected for magnification");
    } else if (patientPlane) {
        x.pixelSpacingMm = *patientPlane;
        x.spacingSource = QStringLiteral("pixel spacing");
    } else if (imager) {
        x.pixelSpacingMm = *imager;
        x.spacingSource = QStringLiteral("imager pixel spacing, at the detector (no magnification given)");
    }
    if (x.pixelSpacingMm && !isPlausiblePixelSpacingMm(*x.pixelSpacingMm)) {
        spacingNotes.append(
            QStringLiteral("The file's pixel spacing (%1 mm) is not a radiograph's; the image is "
                           "not calibrated.")
                .arg(*x.pixelSpacingMm));
        x.pixelSpacingMm.reset();
        x.spacingSource.clear();
    }
    spacingNotes.removeDuplicates();
    x.notes += spacingNotes;
    return x;
}

Status DicomFile::write(const QString& path, const DicomXray& image, const QBitArray& overlay,
                        const QString& overlayDescription)
{
    const qsizetype count = qsizetype(image.rows) * image.columns;
    if (image.rows <= 0 || image.columns <= 0 || image.rows > 0xFFFF || image.columns > 0xFFFF ||
        qsizetype(image.pixels.size()) != count)
        return Error::invalid(QStringLiteral("There is no image to write."));
    if (!overlay.isEmpty() && overlay.size() != count)
        return Error::invalid(QStringLiteral("The overlay is not the size of the image."));

    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    const auto put = [ds](const DcmTagKey& tag, const QString& value) {
        return ds->putAndInsertString(tag, value.toUtf8().constData()).good();
    };
    const auto numbers = [](const QList<double>& values) {
        QStringList parts;
        for (double v : values)
            parts.append(QString::number(v, 'g', 10));
        return parts.join(QLatin1Char('\\'));
    };
    char uid[100];
    bool ok = put(DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
    ok = ok && put(DCM_SOPClassUID, QString::fromLatin1(UID_SecondaryCaptureImageStorage));
    ok = ok && put(DCM_SOPInstanceUID,
                   QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT)));
    ok = ok && put(DCM_StudyInstanceUID,
                   QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_STUDY_UID_ROOT)));
    ok = ok && put(DCM_SeriesInstanceUID,
                   QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT)));
    ok = ok && put(DCM_ImageType, QStringLiteral("DERIVED\\SECONDARY"));
    ok = ok && put(DCM_Modality, image.modality.isEmpty() ? QStringLiteral("OT") : image.modality);
    ok = ok && put(DCM_ConversionType, QStringLiteral("WSD"));
    QString name = image.patientFamilyName;
    if (!image.patientGivenName.isEmpty())
        name += QLatin1Char('^') + image.patientGivenName;
    ok = ok && put(DCM_PatientName, name);
    ok = ok && put(DCM_PatientID, image.patientId);
    ok = ok && put(DCM_PatientBirthDate, image.patientBirthDate.toString(QStringLiteral("yyyyMMdd")));
    ok = ok && put(DCM_PatientSex, image.patientSex);
    ok = ok && put(DCM_StudyDate, image.studyDate.toString(QStringLiteral("yyyyMMdd")));
    ok = ok && put(DCM_StudyTime, {});
    ok = ok && put(DCM_StudyDescription, image.studyDescription);
    ok = ok && put(DCM_ReferringPhysicianName, {});
    ok = ok && put(DCM_StudyID, {});
    ok = ok && put(DCM_AccessionNumber, {});
    ok = ok && put(DCM_SeriesNumber, QStringLiteral("1"));
    ok = ok && put(DCM_InstanceNumber, QStringLiteral("1"));
    ok = ok && put(DCM_PatientOrientation, {});
    ok = ok && put(DCM_BurnedInAnnotation, QStringLiteral("NO"));

    ok = ok && ds->putAndInsertUint16(DCM_SamplesPerPixel, 1).good();
    ok = ok && put(DCM_PhotometricInterpretation, QStringLiteral("MONOCHROME2"));
    ok = ok && ds->putAndInsertUint16(DCM_Rows, Uint16(image.rows)).good();
    ok = ok && ds->putAndInsertUint16(DCM_Columns, Uint16(image.columns)).good();
    ok = ok && ds->putAndInsertUint16(DCM_BitsAllocated, 16).good();
    ok = ok && ds->putAndInsertUint16(DCM_BitsStored, Uint16(image.bitsStored)).good();
    ok = ok && ds->putAndInsertUint16(DCM_HighBit, Uint16(image.bitsStored - 1)).good();
    ok = ok && ds->putAndInsertUint16(DCM_PixelRepresentation, 0).good();
    if (image.pixelSpacingMm)
        ok = ok && put(DCM_PixelSpacing, numbers({*image.pixelSpacingMm, *image.pixelSpacingMm}));
    if (!image.windows.isEmpty()) {
        QList<double> centres;
        QList<double> widths;
        QStringList explanations;
        for (const DicomWindow& window : image.windows) {
            centres.append(window.centre);
            widths.append(window.width);
            explanations.append(QString(window.explanation).replace(QLatin1Char('\\'), QLatin1Char('/')));
        }
        ok = ok && put(DCM_WindowCenter, numbers(centres));
        ok = ok && put(DCM_WindowWidth, numbers(widths));
        ok = ok && put(DCM_WindowCenterWidthExplanation, explanations.join(QLatin1Char('\\')));
    }
    if (!overlay.isEmpty()) {
        // Packed one bit per pixel, the first pixel in the lowest bit, in 16-bit words (OW).
        std::vector<Uint16> bits(size_t((count + 15) / 16), 0);
        for (qsizetype i = 0; i < count; ++i)
            if (overlay.testBit(i))
                bits[size_t(i / 16)] |= Uint16(1u << (i % 16));
        ok = ok && ds->putAndInsertUint16(DCM_OverlayRows, Uint16(image.rows)).good();
        ok = ok && ds->putAndInsertUint16(DCM_OverlayColumns, Uint16(image.columns)).good();
        ok = ok && put(DCM_OverlayType, QStringLiteral("G"));
        ok = ok && put(DCM_OverlayOrigin, QStringLiteral("1\\1"));
        ok = ok && ds->putAndInsertUint16(DCM_OverlayBitsAllocated, 1).good();
        ok = ok && ds->putAndInsertUint16(DCM_OverlayBitPosition, 0).good();
        ok = ok && put(DCM_OverlayDescription, overlayDescription);
        ok = ok &&
             ds->putAndInsertUint16Array(DCM_OverlayData, bits.data(), (unsigned long)bits.size()).good();
    }
    ok = ok && ds->putAndInsertUint16Array(DCM_PixelData, image.pixels.data(), (unsigned long)count).good();
    if (!ok)
        return Error::internal(QStringLiteral("The DICOM attributes could not be set."));

    // Written beside the target and renamed over it (rename(2) replaces in one step), so a failed write
    // leaves neither a half file nor no file under the name: an earlier export stays whole until the new one
    // is.
    const QString partial = path + QStringLiteral(".partial");
    if (OFCondition saved = file.saveFile(fileName(partial), EXS_LittleEndianExplicit); saved.bad()) {
        QFile::remove(partial);
        return Error::unavailable(
            QStringLiteral("Could not write %1: %2").arg(path, QString::fromLatin1(saved.text())));
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return Error::unavailable(QStringLiteral("Could not write %1: %2").arg(path, reason));
    }
    return std::nullopt;
}

} // namespace chairside

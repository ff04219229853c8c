#pragma once

#include "Error.h"

#include <QBitArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace chairside {

// A window (VOI) in the values of DicomXray::pixels, with the file's name for it ("BONE", "Soft tissue").
struct DicomWindow
{
    double centre = 0;
    double width = 0;
    QString explanation;

    friend bool operator==(const DicomWindow&, const DicomWindow&) = default;
};

// What Chairside takes from a DICOM radiograph: who and when, the first frame's pixels as 16-bit grayscale,
// the windows the file offers and the calibrated pixel spacing.
//
// Pixels are the stored values (0 .. 2^bitsStored - 1; signed data shifted up by 2^(bitsStored-1)), always
// with higher values brighter: a MONOCHROME1 image (lower is brighter) is turned over on reading, and its
// windows with it, so everything after the reader (the viewer, the stored PNG, the AI reading, an export)
// sees one convention. Windows are converted from the file's modality values (after rescale slope and
// intercept) into these pixel values.
struct DicomXray
{
    // Patient and study.
    QString patientFamilyName; // the PN's first ^ component
    QString patientGivenName;  // the second (further components, middle name and titles, are not used)
    QDate patientBirthDate;
    QString patientId;
    QString patientSex;
    QString modality; // "IO", "DX", "PX", ...
    QDate studyDate;
    QString studyDescription;

    // Image: rows x columns, row-major.
    int rows = 0;
    int columns = 0;
    int bitsStored = 16;
    int frames = 1; // how many the file held; only the first is kept (a compressed file is decoded whole)
    bool wasMonochrome1 = false;
    std::vector<quint16> pixels;

    // Windows from Window Center/Width (one per value pair) and from the VOI LUT Sequence (each LUT as the
    // straight window over its input range: the LUT's curve itself is not applied).
    QList<DicomWindow> windows;

    // Millimetres per pixel at the patient, when the file says: ImagerPixelSpacing divided by the Estimated
    // Radiographic Magnification Factor, else PixelSpacing, else ImagerPixelSpacing as it is (at the
    // detector, a few percent larger than the anatomy). `spacingSource` names which, for the reader.
    std::optional<double> pixelSpacingMm;
    QString spacingSource;

    // What was left out or approximated (more frames, a VOI LUT taken as a window, non-square pixels).
    QStringList notes;

    // "Family, Given" (or whichever part is there).
    QString patientDisplayName() const;
};

// The only code that touches DCMTK: reads a DICOM file into a DicomXray and writes one back. Uncompressed,
// RLE, JPEG (baseline, extended, lossless) and JPEG-LS pixel data are read; JPEG 2000 is not (DCMTK's free
// toolkit has no decoder for it): such a file is refused with a message saying so.
class DicomFile
{
public:
    static Result<DicomXray> read(const QString& path);

    // Writes `image` as a Secondary Capture (workstation) image: 16-bit MONOCHROME2 pixels as they are, the
    // windows (the first is what a viewer opens with), PixelSpacing from pixelSpacingMm, patient and study
    // from the DicomXray, new UIDs. `overlay` (rows x columns bits, row-major, empty for none) goes into
    // overlay plane 6000 (a graphic overlay viewers draw over the image and can hide), so the pixels stay the
    // diagnostic data rather than having marks burned into them.
    static Status write(const QString& path, const DicomXray& image, const QBitArray& overlay = {},
                        const QString& overlayDescription = {});
};

} // namespace chairside

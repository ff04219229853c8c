#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace chairside::test {

// A DICOM radiograph written with DCMTK directly (not with the code under test), so the reader is checked
// against files it did not make. Every field is a DICOM string as it goes into the file; an empty one is left
// out. The defaults are a 60 x 40 intraoral image with 12 of 16 bits stored.
struct DicomFixture
{
    QString charset;
    QString patientName = QStringLiteral("Sousa^Ana^Maria^Dr");
    QString birthDate = QStringLiteral("19800512");
    QString patientId = QStringLiteral("P-1001");
    QString modality = QStringLiteral("IO");
    QString studyDate = QStringLiteral("20261123");
    QString photometric = QStringLiteral("MONOCHROME2");
    int bitsAllocated = 16;
    int bitsStored = 12;
    bool isSigned = false;
    int rows = 40;
    int columns = 60;
    int frames = 1;
    QString windowCentres; // "2048\\1000"
    QString windowWidths;
    QString windowExplanations;
    QString rescaleSlope;
    QString rescaleIntercept;
    QString pixelSpacing;       // "0.1\\0.1"
    QString imagerPixelSpacing; // "0.02\\0.02"
    QString magnification;      // "1.1"
    int voiLutEntries = 0;      // > 0: a VOI LUT Sequence item with this many entries
    int voiLutFirst = 0;
    // Stored values, frame after frame, rows x columns each; filled by defaultPixels() when empty.
    std::vector<int> pixels;
    bool withPixelData = true;
    // How the file is written: explicit VR (the default), implicit VR (older systems), or compressed
    // losslessly by DCMTK's own encoders as sensors' software does (RLE, JPEG lossless, JPEG-LS). JPEG 2000
    // (no free encoder) is written as its transfer syntax with bytes that are not a JPEG 2000 stream: enough
    // for a reader that must refuse it.
    enum class Encoding
    {
        ExplicitLittleEndian,
        ImplicitLittleEndian,
        Rle,
        JpegLossless,
        JpegLs,
        Jpeg2000
    };
    Encoding encoding = Encoding::ExplicitLittleEndian;

    // A gradient with a bright square: distinct values in every row and column.
    std::vector<int> defaultPixels() const;
    // Writes the file as `encoding` says; false with a warning on failure.
    bool write(const QString& path) const;
};

} // namespace chairside::test

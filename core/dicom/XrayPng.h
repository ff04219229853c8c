#pragma once

#include "Error.h"
#include "dicom/DicomFile.h"

#include <QByteArray>
#include <optional>

namespace chairside {

// How an imported DICOM radiograph is kept: a 16-bit grayscale PNG (lossless, every stored bit, and what the
// viewer, the blob store, sync and the AI reading already take) with one text chunk holding what the DICOM
// header said that the pixels do not: modality, study date, bits stored, the window presets, the calibrated
// spacing and where it came from, and the reader's notes. No migration: the record_images row stays as it is
// (its pixel_spacing_mm gets the calibration), and a PNG without the chunk is an ordinary image.
//
// The pixels are widened to the full 16 bits (a 12-bit value v is kept as v << 4) and the windows in the
// chunk with them: a program that knows nothing of DICOM (a REST client, the AI reading) then sees the image
// as bright as it is, not the nearly black picture 12 bits in a 16-bit range make.
class XrayPng
{
public:
    static constexpr const char* kTextKey = "chairside-dicom";

    // The first frame as PNG, with the header chunk. Patient fields are not put into the file: the patient is
    // the one the import was confirmed for.
    static Result<QByteArray> encode(const DicomXray& image);
    // The header of an imported image (everything but the patient and the pixels; rows and columns are set),
    // or nothing for an image that did not come from DICOM. Reads the chunk without decoding the pixels.
    static std::optional<DicomXray> header(const QByteArray& png);

    // Pixels and windows taken from such a PNG (16 bits) brought back to `bitsStored`, for writing them out
    // as DICOM with the depth the file came with.
    static void narrowTo(DicomXray& fromPng, int bitsStored);
};

} // namespace chairside

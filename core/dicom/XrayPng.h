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
};

} // namespace chairside

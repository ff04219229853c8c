#pragma once

#include "ApiTypes.h"
#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QVariantMap>

namespace chairside::api {

struct MultipartBody
{
    QVariantMap fields; // text parts; a repeated name keeps its last value, as form bodies do
    QList<UploadedFile> files;
};

// More parts than any form we serve has; the cap bounds the work a hostile body can cause.
constexpr int kMaxMultipartParts = 100;

// Reads a multipart/form-data body (RFC 7578). `contentType` is the request's whole Content-Type header, as
// sent: the boundary parameter is case-sensitive. A part with a `filename` parameter is a file, every other
// part a text field (UTF-8). Malformed bodies give an Invalid error whose message says what is wrong.
// Pure, so it can be unit-tested and fuzzed; each part's bytes are copied once.
Result<MultipartBody> parseMultipart(const QByteArray& body, const QByteArray& contentType,
                                     int maxParts = kMaxMultipartParts);

// The boundary parameter of a multipart Content-Type, unquoted; empty when there is none or it is not one
// RFC 2046 allows.
QByteArray multipartBoundary(QByteArrayView contentType);

// What is left of a client's file name once any folder part and control characters are removed: it is shown
// and stored as data, never used as a path.
QString safeFileName(const QString& fileName);

} // namespace chairside::api

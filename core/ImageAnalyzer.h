#pragma once

#include <QByteArray>
#include <QString>

namespace chairside {

// What an analyzer answered for one image.
struct ImageAnalysis
{
    enum class Outcome
    {
        Reading,     // text is the draft reading
        Unreadable,  // the service answered, but with nothing usable (text says what happened); not retried
        Unreachable, // network or HTTP error; worth retrying later
    };
    Outcome outcome = Outcome::Unreachable;
    QString text;
    QString error;
};

// Port for AI readings of X-ray images (Gemini in production, a local fake in tests). Called from the
// analysis worker thread, never the GUI's.
class ImageAnalyzer
{
public:
    virtual ~ImageAnalyzer() = default;
    virtual ImageAnalysis analyze(const QByteArray& image, const QString& mimeType) = 0;
    virtual QString model() const = 0;
    virtual QString promptVersion() const = 0;
};

} // namespace chairside

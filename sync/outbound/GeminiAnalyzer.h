#pragma once

#include "ImageAnalyzer.h"

#include <QUrl>

namespace chairside::outbound {

struct GeminiConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://generativelanguage.googleapis.com"));
    QString model = QStringLiteral("gemini-2.0-flash");
    QString apiKey;
    int timeoutMs = 30'000;
};

// Google Gemini's generateContent, as seed 000 called it (seed-contracts 1.5): the key as a query parameter,
// the image inline, the one-sentence dentist prompt. Blocking; runs on the analysis worker thread.
class GeminiAnalyzer : public ImageAnalyzer
{
public:
    explicit GeminiAnalyzer(GeminiConfig config)
        : m_config(std::move(config))
    {}

    static const QString kPrompt;

    ImageAnalysis analyze(const QByteArray& image, const QString& mimeType) override;
    QString model() const override { return m_config.model; }
    QString promptVersion() const override { return QStringLiteral("seed000-v1"); }

    // The JSON request body for one image.
    static QByteArray requestBody(const QByteArray& image, const QString& mimeType);
    // candidates[0].content.parts[0].text of a reply, with seed 000's fallbacks.
    static ImageAnalysis parseReply(const QByteArray& reply);

private:
    GeminiConfig m_config;
};

} // namespace chairside::outbound

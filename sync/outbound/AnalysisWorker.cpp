#include "AnalysisWorker.h"

namespace chairside::outbound {

AnalysisWorker::AnalysisWorker(Database& db, RecordService& records, std::unique_ptr<ImageAnalyzer> analyzer,
                               int intervalMs)
    : m_records(records)
    , m_analyzer(std::move(analyzer))
    , m_worker(db, QStringLiteral("analysis"), intervalMs, [this] { runOnce(); })
{}

int AnalysisWorker::runOnce()
{
    const QList<QVariantMap> due = m_records.readingsDue();
    for (const QVariantMap& reading : due) {
        auto bytes = m_records.imageBytes(reading.value(QStringLiteral("sha256")).toString());
        const ImageAnalysis analysis =
            bytes ? m_analyzer->analyze(*bytes, reading.value(QStringLiteral("mime_type")).toString())
                  : ImageAnalysis{ImageAnalysis::Outcome::Unreachable, {}, bytes.error().message};
        m_records.recordAnalysis(reading.value(QStringLiteral("id")).toString(), analysis,
                                 m_analyzer->model(), m_analyzer->promptVersion());
    }
    return int(due.size());
}

} // namespace chairside::outbound

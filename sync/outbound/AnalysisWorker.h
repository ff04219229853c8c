#pragma once

#include "ImageAnalyzer.h"
#include "services/RecordService.h"

#include <QThread>
#include <memory>

namespace chairside::outbound {

// Sends pending X-ray readings to the analyzer in the background (own thread and store connection) and
// records the outcome; unreachable services are retried by RecordService's backoff.
class AnalysisWorker
{
public:
    AnalysisWorker(Database& db, RecordService& records, std::unique_ptr<ImageAnalyzer> analyzer,
                   int intervalMs = 2000);
    ~AnalysisWorker();
    AnalysisWorker(const AnalysisWorker&) = delete;
    AnalysisWorker& operator=(const AnalysisWorker&) = delete;

    void start();
    void stop();
    // One pass over the due readings (what the timer runs); returns how many were attempted.
    int runOnce();

private:
    Database& m_db;
    RecordService& m_records;
    std::unique_ptr<ImageAnalyzer> m_analyzer;
    int m_intervalMs;
    QThread m_thread;
    QObject* m_context = nullptr;
};

} // namespace chairside::outbound

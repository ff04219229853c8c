#pragma once

#include "ImageAnalyzer.h"
#include "PeriodicWorker.h"
#include "services/RecordService.h"

#include <memory>

namespace chairside::outbound {

// Sends pending X-ray readings to the analyzer in the background and records the outcome; unreachable
// services are retried by RecordService's backoff.
class AnalysisWorker
{
public:
    AnalysisWorker(Database& db, RecordService& records, std::unique_ptr<ImageAnalyzer> analyzer,
                   int intervalMs = 2000);

    void start() { m_worker.start(); }
    void stop() { m_worker.stop(); }
    // One pass over the due readings (what the timer runs); returns how many were attempted.
    int runOnce();

private:
    RecordService& m_records;
    std::unique_ptr<ImageAnalyzer> m_analyzer;
    PeriodicWorker m_worker;
};

} // namespace chairside::outbound

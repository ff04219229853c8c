#include "AnalysisWorker.h"

#include <QTimer>

namespace chairside::outbound {

AnalysisWorker::AnalysisWorker(Database& db, RecordService& records, std::unique_ptr<ImageAnalyzer> analyzer,
                               int intervalMs)
    : m_db(db)
    , m_records(records)
    , m_analyzer(std::move(analyzer))
    , m_intervalMs(intervalMs)
{
    m_thread.setObjectName(QStringLiteral("analysis"));
}

AnalysisWorker::~AnalysisWorker()
{
    stop();
}

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

void AnalysisWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_context, [this] {
        auto* timer = new QTimer(m_context);
        QObject::connect(timer, &QTimer::timeout, m_context, [this] { runOnce(); });
        timer->start(m_intervalMs);
    });
}

void AnalysisWorker::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_context;
            m_db.releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread.quit();
    m_thread.wait();
}

} // namespace chairside::outbound

#include "BackgroundTask.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

namespace chairside::ui {

namespace {
constexpr qint64 kReportIntervalMs = 50;
}

BackgroundTask::BackgroundTask(QWidget* parent, const QString& title)
    : QObject(parent)
    , m_dialog(new QProgressDialog(parent))
{
    m_dialog->setObjectName(QStringLiteral("taskProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(title);
    m_dialog->setCancelButtonText(tr("&Stop"));
    m_dialog->setWindowModality(Qt::NonModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(300); // short work finishes without a dialog flashing up
    m_dialog->setRange(0, 0);          // busy until the first report says how much there is
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::requestStop);
}

BackgroundTask* BackgroundTask::start(QWidget* parent, const QString& title, Database& db, Work work)
{
    auto* task = new BackgroundTask(parent, title);
    task->m_thread = QThread::create([task, &db, work = std::move(work)] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        const Report report = [task, &sinceReport](const QString& what, int done, int total) {
            if (done >= total || sinceReport.elapsed() >= kReportIntervalMs) {
                sinceReport.restart();
                QMetaObject::invokeMethod(
                    task, [task, what, done, total] { task->showProgress(what, done, total); },
                    Qt::QueuedConnection);
            }
            return !task->isStopRequested();
        };
        const Status result = work(report);
        db.releaseThreadConnection();
        QMetaObject::invokeMethod(
            task,
            [task, result] {
                if (task->m_dialog)
                    task->m_dialog->deleteLater();
                emit task->finished(result, task->isStopRequested());
                task->deleteLater();
            },
            Qt::QueuedConnection);
    });
    task->m_thread->start();
    return task;
}

BackgroundTask::~BackgroundTask()
{
    m_stopRequested = true;
    m_thread->wait();
    delete m_thread;
}

QProgressDialog* BackgroundTask::dialog() const
{
    return m_dialog;
}

void BackgroundTask::requestStop()
{
    // The dialog hides itself on Stop; the work ends at its next report.
    m_stopRequested = true;
}

void BackgroundTask::showProgress(const QString& what, int done, int total)
{
    emit progressed(what, done, total);
    if (!m_dialog || m_stopRequested)
        return;
    m_dialog->setLabelText(what);
    m_dialog->setMaximum(std::max(total, 1));
    m_dialog->setValue(std::min(done, std::max(total, 1)));
}

} // namespace chairside::ui

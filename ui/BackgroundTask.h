#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>

class QProgressDialog;
class QThread;
class QWidget;

namespace chairside {
class Database;
}

namespace chairside::ui {

// Long work started from a window (demo data, imports, exports) run on a thread of its own, with a progress
// dialog that can stop it, so the window keeps answering while it runs. The dialog is not modal: staff go on
// booking while, say, a thousand demo patients are added.
//
// The work reports (what, done, total) through the function it is given; the report answers false once
// Stop was pressed, and the work should then end at its next safe point. Reports are passed to the dialog at
// most every 50 ms, so a fast loop can report every step. The work's store connection belongs to its thread
// and is closed when the work ends. Destroying the task (its window closes) stops the work and waits for it,
// so the work never outlives what it reports to.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Report = std::function<bool(const QString& what, int done, int total)>;
    using Work = std::function<Status(const Report& report)>;

    // Starts at once; the task deletes itself after finished().
    static BackgroundTask* start(QWidget* parent, const QString& title, Database& db, Work work);

    ~BackgroundTask() override;

    bool isStopRequested() const { return m_stopRequested; }
    QProgressDialog* dialog() const;
    void requestStop();

signals:
    void progressed(const QString& what, int done, int total);
    // `stopped` when Stop was pressed and the work ended early; `result` is the work's own answer.
    void finished(chairside::Status result, bool stopped);

private:
    BackgroundTask(QWidget* parent, const QString& title);
    void showProgress(const QString& what, int done, int total);

    QPointer<QProgressDialog> m_dialog;
    QThread* m_thread = nullptr;
    std::atomic_bool m_stopRequested{false};
};

} // namespace chairside::ui

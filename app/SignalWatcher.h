#pragma once

#include <QObject>

class QSocketNotifier;

namespace chairside::app {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so a headless station shuts down through its event loop:
// the request being handled finishes, then the server and store close.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace chairside::app

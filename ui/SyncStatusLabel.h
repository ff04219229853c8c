#pragma once

#include "services/SyncService.h"

#include <QLabel>
#include <QTimer>

namespace chairside::ui {

// The status bar's sync state: how many paired stations are in reach, when this station last synced,
// how many of its changes still wait to reach a peer, and a warning for a peer that fails or whose clock is
// far off. Each peer's details are in the tooltip. Reads SyncService once a second.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT
public:
    SyncStatusLabel(SyncService& sync, Actor actor, QWidget* parent = nullptr, int intervalMs = 1000);

    void refresh();

private:
    SyncService& m_sync;
    Actor m_actor;
    QTimer m_timer;
};

} // namespace chairside::ui

#pragma once

#include "services/SyncService.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace chairside::ui {

// Admin › Stations: pairs this station with the others of the clinic and shows how sync with each goes.
// "Show pairing code" opens a code here, to type on the other station; "Pair" sends the code another
// station shows (with, optionally, the certificate fingerprint it shows, to check the connection against);
// the stations heard on the LAN that are not paired yet are listed above it, and choosing one fills in its
// address. This station's own fingerprint is shown at the top. The table (refreshed every two seconds)
// lists the paired stations with their last sync, clock offset, changes waiting, pinned certificate and
// problem; "Unpair" forgets the selected one.
class StationsTab : public QWidget
{
    Q_OBJECT
public:
    StationsTab(SyncService& sync, Actor actor, QWidget* parent = nullptr);

    void reload();
    void showPairingCode();
    void pair();
    void unpairSelected();
    // Takes the address of the station chosen in the list of stations on the network.
    void useDiscovered();

private:
    SyncService& m_sync;
    Actor m_actor;
    QLabel* m_code;
    QLineEdit* m_address;
    QLineEdit* m_typedCode;
    QLineEdit* m_typedFingerprint;
    QListWidget* m_discovered;
    QTableWidget* m_peers;
    QLabel* m_message;
    QTimer m_refresh;
};

} // namespace chairside::ui

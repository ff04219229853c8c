#pragma once

#include "services/Services.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace chairside::ui {

class AppointmentDayModel;

// The front desk: today's appointments of every chair in time order, with allergies in view, and the check-in
// steps as keyboard actions on the selected row: Alt+A arrived, Alt+I in chair, Alt+O completed, Alt+N
// no-show. It follows changes made elsewhere within a second (StoreWatcher). Bookings that sync brought
// together on the same chair, dentist or patient are listed above the day, for staff to resolve.
class FrontDeskView : public QWidget
{
    Q_OBJECT
public:
    FrontDeskView(Services& services, Actor actor, QWidget* parent = nullptr);

    AppointmentDayModel* model() const { return m_model; }
    // Sets the selected appointment's status; problems show inline.
    void setSelectedStatus(AppointmentStatus status);
    void reload();

private:
    void showSummary();
    void showConflicts();
    QString selectedId() const;

    Services& m_services;
    Actor m_actor;
    AppointmentDayModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_message;
    QLabel* m_conflictsTitle;
    QListWidget* m_conflicts;
};

} // namespace chairside::ui

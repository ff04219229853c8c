#pragma once

#include "services/AppointmentService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QTimeZone>

namespace chairside::ui {

// One clinic day's appointments, all chairs, in time order: what the front desk works through. Cancelled
// ones are left out; no-shows stay visible so the desk sees who did not come.
class AppointmentDayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Patient,
        Allergies,
        Dentist,
        Chair,
        State, // the status (not named Status: that is the error type)
        Reason,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int StatusRole = Qt::UserRole + 1;

    AppointmentDayModel(AppointmentService& appointments, Actor actor, QObject* parent = nullptr);

    void setDay(const QDate& clinicDate, const QTimeZone& zone);
    // Reads the day again, keeping nothing stale.
    Status reload();
    int rowOf(const QString& appointmentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    AppointmentService& m_appointments;
    Actor m_actor;
    QDate m_day;
    QTimeZone m_zone;
    QList<QVariantMap> m_rows;
};

// The status words as the desk says them.
QString statusLabel(const QString& status);

} // namespace chairside::ui

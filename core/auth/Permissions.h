#pragma once

#include "domain/Role.h"

#include <QString>

namespace chairside {

// Everything a role may or may not do, decided in one table (Permissions.cpp). Owner rules (a patient account
// sees the records it created) are applied by the services on top of these.
enum class Permission
{
    CreatePatient,
    SeeAllPatients,
    EditAllPatients,
    ReadDoctors,
    WriteDoctors,
    AssignDoctors,
    SeeAllMappings,
    ListUsers,
    ManageUsers,
    ManageSchedule,
    ManageSettings,
    BookAppointments,
    SeeAllAppointments,
    ManageInventory,
    WriteRecords,
    ReviewReadings,
    Prescribe,
    RecordPayments,
    SendNotifications,
    ReadAuditLog,
    SeeSyncState,
    PairStations,
    ManageTimeSlots,
    WriteConsultations,
    SeeAllConsultations,
    TransferPatients,
    SeeDeletions,
    ManageCalendarFeeds, // a dentist their own feed; an admin any
};

bool allows(Role role, Permission permission);
QString permissionName(Permission permission);

} // namespace chairside

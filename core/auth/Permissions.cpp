#include "Permissions.h"

#include <array>

namespace chairside {

namespace {

// The roles a rule allows, one bit each. A bit set rather than a std::initializer_list member: the array
// behind such a member need not outlive the table's initialization, and clang with the sanitizers read it
// back as a null pointer (found by the sanitized build).
class Roles
{
public:
    constexpr Roles(std::initializer_list<Role> roles)
    {
        for (Role r : roles)
            m_bits |= bit(r);
    }
    constexpr bool contains(Role r) const { return (m_bits & bit(r)) != 0; }

private:
    static constexpr unsigned bit(Role r) { return 1u << unsigned(r); }
    unsigned m_bits = 0;
};

struct Rule
{
    Permission permission;
    const char* name;
    Roles roles;
};

// The permission table. Staff (receptionist, admin) run the clinic; dentists see the patients they created or
// are assigned to; patient accounts (also seed 001's self-registered users) manage only their own records.
constexpr std::array kRules{
    Rule{Permission::CreatePatient,
         "patients.create",
         {Role::Patient, Role::Receptionist, Role::Dentist, Role::Admin}},
    Rule{Permission::SeeAllPatients, "patients.see_all", {Role::Receptionist, Role::Admin}},
    Rule{Permission::EditAllPatients, "patients.edit_all", {Role::Receptionist, Role::Admin}},
    Rule{Permission::ReadDoctors,
         "doctors.read",
         {Role::Patient, Role::Receptionist, Role::Dentist, Role::Admin}},
    Rule{Permission::WriteDoctors, "doctors.write", {Role::Receptionist, Role::Admin}},
    Rule{Permission::AssignDoctors,
         "mappings.create",
         {Role::Patient, Role::Receptionist, Role::Dentist, Role::Admin}},
    Rule{Permission::SeeAllMappings, "mappings.see_all", {Role::Receptionist, Role::Admin}},
    Rule{Permission::ListUsers, "users.list", {Role::Receptionist, Role::Admin}},
    Rule{Permission::ManageUsers, "users.manage", {Role::Admin}},
    Rule{Permission::ManageSchedule, "schedule.manage", {Role::Receptionist, Role::Admin}},
    Rule{Permission::ManageSettings, "settings.manage", {Role::Admin}},
    // Patient accounts book for the patients they own; the services check that.
    Rule{Permission::BookAppointments,
         "appointments.book",
         {Role::Patient, Role::Receptionist, Role::Dentist, Role::Admin}},
    // The clinic calendar is shared by everyone who works there.
    Rule{Permission::SeeAllAppointments,
         "appointments.see_all",
         {Role::Receptionist, Role::Dentist, Role::Admin}},
    // Materials are clinic stock: dentists record what they use, the front desk and admin manage it.
    Rule{Permission::ManageInventory, "materials.manage", {Role::Receptionist, Role::Dentist, Role::Admin}},
    // Clinical records are written by the clinic (seed 000's "staff"), read by whoever may see the
    // appointment.
    Rule{Permission::WriteRecords, "records.write", {Role::Receptionist, Role::Dentist, Role::Admin}},
    Rule{Permission::ReviewReadings, "readings.review", {Role::Dentist, Role::Admin}},
    // Prescribing is a clinician's act; the administrator may correct what was entered.
    Rule{Permission::Prescribe, "prescriptions.write", {Role::Dentist, Role::Admin}},
    // The front desk takes payments and issues invoices; patients see their own.
    Rule{Permission::RecordPayments, "payments.write", {Role::Receptionist, Role::Admin}},
    // Anyone who works at the clinic may message a patient or colleague.
    Rule{Permission::SendNotifications,
         "notifications.send",
         {Role::Receptionist, Role::Dentist, Role::Admin}},
    // Who did what to whom: for the administrator, who answers for the clinic's records.
    Rule{Permission::ReadAuditLog, "audit.read", {Role::Admin}},
    // Whether this station is in step with the others concerns everyone who works at it; pairing a station
    // gives it the whole clinic's data, so only the administrator does that.
    Rule{Permission::SeeSyncState, "sync.see", {Role::Receptionist, Role::Dentist, Role::Admin}},
    Rule{Permission::PairStations, "sync.pair", {Role::Admin}},
    // Dentists open their own bookable slots (the service checks whose); the front desk keeps anyone's.
    Rule{Permission::ManageTimeSlots, "time_slots.write", {Role::Receptionist, Role::Dentist, Role::Admin}},
    // A consultation's clinical content (findings, vitals, prescriptions, notes) is written by its own
    // dentist only (the service checks which); patients read theirs and write none of it.
    Rule{Permission::WriteConsultations, "consultations.write", {Role::Dentist}},
    // The front desk and the administrator read every consultation (seed 003 refused its admins; they run
    // the clinic here), but write none.
    Rule{Permission::SeeAllConsultations, "consultations.see_all", {Role::Receptionist, Role::Admin}},
    // Moving whole patient lists in and out (CSV import and export): those who see every patient, since a
    // file of them leaves the station's access rules behind, and an import touches the whole list.
    Rule{Permission::TransferPatients, "patients.transfer", {Role::Receptionist, Role::Admin}},
    // The change feed's list of deleted rows names ids of every table, so it is for the clinic's own
    // programs, polling as someone who works there; patients' lists simply stop showing what is deleted.
    Rule{Permission::SeeDeletions, "changes.see_deleted", {Role::Receptionist, Role::Dentist, Role::Admin}},
    // A calendar feed's address opens a schedule to whoever holds it: a dentist makes and revokes their own
    // (the service checks whose), the administrator any dentist's or chair's.
    Rule{Permission::ManageCalendarFeeds, "calendar_feeds.manage", {Role::Dentist, Role::Admin}},
};

} // namespace

bool allows(Role role, Permission permission)
{
    for (const Rule& rule : kRules) {
        if (rule.permission == permission)
            return rule.roles.contains(role);
    }
    return false;
}

QString permissionName(Permission permission)
{
    for (const Rule& rule : kRules) {
        if (rule.permission == permission)
            return QString::fromLatin1(rule.name);
    }
    return {};
}

} // namespace chairside

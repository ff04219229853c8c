#pragma once

#include "services/AccountService.h"
#include "services/AppointmentService.h"
#include "services/AuditService.h"
#include "services/BillingService.h"
#include "services/CalendarFeedService.h"
#include "services/ChangeFeed.h"
#include "services/ClinicalReferences.h"
#include "services/ConflictService.h"
#include "services/ConsultationService.h"
#include "services/DicomImportService.h"
#include "services/DoctorService.h"
#include "services/DocumentService.h"
#include "services/MailOutbox.h"
#include "services/MappingService.h"
#include "services/MaterialService.h"
#include "services/MedicalRecordService.h"
#include "services/NotificationService.h"
#include "services/PatientService.h"
#include "services/PrescriptionService.h"
#include "services/PrintService.h"
#include "services/ProfileService.h"
#include "services/RecordService.h"
#include "services/ScheduleService.h"
#include "services/ServiceContext.h"
#include "services/SlotAppointmentService.h"
#include "services/SyncService.h"
#include "services/TimeSlotService.h"

namespace chairside {

// The station's services, shared by the GUI, the REST server and the command line so every rule exists once.
struct Services
{
    explicit Services(ServiceContext& c)
        : ctx(c)
        , outbox(c)
        , schedule(c)
        , notifications(c, outbox, schedule)
        , accounts(c, notifications)
        , patients(c)
        , doctors(c)
        , mappings(c, patients)
        , appointments(c, patients, schedule, notifications)
        , materials(c)
        , audit(c)
        , records(c, appointments, schedule)
        , medicalRecords(c, appointments)
        , conflicts(c)
        , sync(c)
        , references(c, patients, appointments)
        , documents(c, patients, references)
        , prescriptions(c, patients, references)
        , billing(c, patients, references)
        , profiles(c, accounts, patients, doctors)
        , consultations(c, appointments, records, references, schedule)
        , timeSlots(c, schedule, references)
        , printing(patients, doctors, appointments, schedule, billing, prescriptions)
        , slotAppointments(c, appointments, patients, schedule, timeSlots)
        , dicom(c, patients, appointments, records, schedule)
        , changes(c)
        , calendarFeeds(c, appointments)
    {}

    // A sign-up from a registration form: the account and, for a patient account, the patient details the
    // form carries (seed 000 sends gender, phone, dob and medical_history) on the profile linked to it. The
    // details are checked first, so bad ones leave no account behind. A `doctor_id` in the form (seed 003)
    // chooses the patient's doctor (DoctorService::doctorTakingPatients), checked first too.
    Result<QVariantMap> signUp(const RegistrationInput& input, const Actor& caller);

    ServiceContext& ctx;
    MailOutbox outbox;
    ScheduleService schedule;
    NotificationService notifications; // before the services that send through it
    AccountService accounts;
    PatientService patients;
    DoctorService doctors;
    MappingService mappings;
    AppointmentService appointments;
    MaterialService materials;
    AuditService audit;
    RecordService records;
    MedicalRecordService medicalRecords;
    ConflictService conflicts;
    SyncService sync;
    ClinicalReferences references;
    DocumentService documents;
    PrescriptionService prescriptions;
    BillingService billing;
    ProfileService profiles;
    ConsultationService consultations;
    TimeSlotService timeSlots;
    PrintService printing;
    SlotAppointmentService slotAppointments;
    DicomImportService dicom;
    ChangeFeed changes;
    CalendarFeedService calendarFeeds;
};

} // namespace chairside

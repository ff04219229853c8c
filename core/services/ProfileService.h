#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/AccountService.h"
#include "services/DoctorService.h"
#include "services/PatientService.h"
#include "services/ServiceContext.h"

#include <QStringList>
#include <QVariantMap>

namespace chairside {

// An account with the profiles that share its id (decision 1): the patient record of a patient account and
// the doctor profile of a dentist. Empty maps where there is none.
struct UserProfile
{
    QVariantMap user;
    QVariantMap patient;
    QVariantMap doctor;
};

// A dentist's sign-up: the account fields (email, password, names, ...) and the doctor profile fields
// (license_number, specialization, qualifications, experience, consultation_fee) in one form.
struct DoctorApplication
{
    RegistrationInput account;
    // Fields the dialect insists on (seed 002 requires the licence, specialization, fees, ...).
    QStringList required;
};

// Seeds 002 and 003 treat the account and its profile as one "user": "me", profile updates and doctor
// sign-ups read and write the account, the patient record and the doctor profile together. The rules stay
// with the account, patient and doctor services; this composes them, in one transaction for the writes.
class ProfileService
{
public:
    ProfileService(ServiceContext& ctx, AccountService& accounts, PatientService& patients,
                   DoctorService& doctors)
        : m_ctx(ctx)
        , m_accounts(accounts)
        , m_patients(patients)
        , m_doctors(doctors)
    {}

    // The account itself or staff (AccountService::user's rule).
    Result<UserProfile> profile(const Actor& actor, const QString& userId);
    // Account fields go to the account, patient fields (date_of_birth, address, allergies, emergency
    // contact, ...) to its patient record (made for a patient account that has none yet), doctor fields to
    // its doctor profile. Privilege fields (role, user_type, is_staff, is_superuser, is_active, password,
    // approval) are ignored, except that an admin may change another account's role (decision 7).
    Result<UserProfile> update(const Actor& actor, const QString& userId, const QVariantMap& input);
    // A dentist signs up: the account and its doctor profile, both or neither. Self-service sign-ups wait
    // for staff approval (AccountService gives them a patient's rights until then); staff sign-ups are
    // approved at once.
    Result<QVariantMap> signUpDoctor(const DoctorApplication& application, const Actor& caller);

    // Whether a registration form asks for a doctor's account (role or user_type "doctor"/"dentist").
    static bool asksForDoctor(const QVariantMap& fields);

private:
    ServiceContext& m_ctx;
    AccountService& m_accounts;
    PatientService& m_patients;
    DoctorService& m_doctors;
};

} // namespace chairside

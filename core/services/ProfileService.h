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
// sign-ups read and write the account, the patient record and the doctor profile together; seed 004 nests
// the account in the patient or doctor it creates. The rules stay
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

    // Patients and doctors with the login account seed 004 nests in them as `user` (seed-contracts 5.3, 6.5,
    // 6.6). An object {username *, email, password} creates the account with the profile in one unit of
    // work, so a refused profile leaves no account behind; the profile shares the account's id (decision 1).
    // A patient's `user` may instead be the id of an existing account, which links it. On PUT/PATCH a nested
    // `user` changes the linked account's username and email (never its password: that is
    // password_change's). Without a `user` object these are the plain patient and doctor services. Account
    // errors come back under "user.<field>", which the REST layer nests as {"user": {"<field>": [...]}}.
    Result<QVariantMap> createPatient(const Actor& actor, const QVariantMap& input);
    Result<QVariantMap> updatePatient(const Actor& actor, const QString& id, const QVariantMap& input,
                                      bool partial);
    // A doctor's account has the role dentist, so only an administrator creates one (as any account with a
    // role above patient); the front desk still creates and edits doctors without one.
    Result<QVariantMap> createDoctor(const Actor& actor, const QVariantMap& input);
    Result<QVariantMap> updateDoctor(const Actor& actor, const QString& id, const QVariantMap& input,
                                     bool partial);

    // Whether a registration form asks for a doctor's account (role or user_type "doctor"/"dentist").
    static bool asksForDoctor(const QVariantMap& fields);

private:
    // The username of a live account, or empty.
    QString username(const QString& userId);

    ServiceContext& m_ctx;
    AccountService& m_accounts;
    PatientService& m_patients;
    DoctorService& m_doctors;
};

} // namespace chairside

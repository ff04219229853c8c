#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/AccountService.h"
#include "services/DoctorService.h"
#include "services/PatientService.h"
#include "services/ServiceContext.h"

#include <QVariantMap>

namespace chairside {

// Patients and doctors with the login account seed 004 nests in them as `user` (seed-contracts 5.3, 6.5,
// 6.6). An object {username *, email, password} creates the account with the profile in one unit of work, so
// a refused profile leaves no account behind; the profile shares the account's id (decision 1). A patient's
// `user` may instead be the id of an existing account, which links it. On PUT/PATCH a nested `user` changes
// the linked account's username and email (never its password: that is password_change's). Without a `user`
// object these are the plain patient and doctor services. Account errors come back under "user.<field>",
// which the REST layer nests as {"user": {"<field>": [...]}}.
class ProfileAccounts
{
public:
    ProfileAccounts(ServiceContext& ctx, AccountService& accounts, PatientService& patients,
                    DoctorService& doctors)
        : m_ctx(ctx)
        , m_accounts(accounts)
        , m_patients(patients)
        , m_doctors(doctors)
    {}

    Result<QVariantMap> createPatient(const Actor& actor, const QVariantMap& input);
    Result<QVariantMap> updatePatient(const Actor& actor, const QString& id, const QVariantMap& input,
                                      bool partial);
    // A doctor's account has the role dentist, so only an administrator creates one (as any account with a
    // role above patient); the front desk still creates and edits doctors without one.
    Result<QVariantMap> createDoctor(const Actor& actor, const QVariantMap& input);
    Result<QVariantMap> updateDoctor(const Actor& actor, const QString& id, const QVariantMap& input,
                                     bool partial);

private:
    // The username of a live account, or empty.
    QString username(const QString& userId);

    ServiceContext& m_ctx;
    AccountService& m_accounts;
    PatientService& m_patients;
    DoctorService& m_doctors;
};

} // namespace chairside

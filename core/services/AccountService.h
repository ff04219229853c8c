#pragma once

#include "Error.h"
#include "domain/Role.h"
#include "services/NotificationService.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QVariantMap>

namespace chairside {

struct RegistrationInput
{
    QVariantMap
        fields; // email, password, password_confirm, username, name, first_name, last_name, phone, role
    int minimumPasswordLength = 8;
};

struct TokenBundle
{
    QString access;
    QString refresh;
    QString opaque;
    QDateTime accessExpiry;
    QDateTime opaqueExpiry;
};

// A login account checked and hashed, not yet stored (AccountService::prepareAccount).
struct PreparedAccount
{
    QVariantMap row; // the users columns to insert, password_hash included
};

struct AuthenticatedUser
{
    Actor actor;
    QVariantMap user; // public fields only, never the hash
};

// Accounts and authentication: registration, passwords (Argon2id), login throttling, JWT access/refresh
// tokens with simplejwt claims, opaque Knox-style tokens stored hashed, revocation, email verification links.
class AccountService
{
public:
    AccountService(ServiceContext& ctx, NotificationService& notifications)
        : m_ctx(ctx)
        , m_notifications(notifications)
    {}

    // Creates an account and, in the same unit of work, its activation email (a notification). Only an admin
    // caller may choose a role other than patient; anyone else's role fields are ignored (seed-contracts
    // decision 7).
    Result<QVariantMap> registerUser(const RegistrationInput& input, const Actor& caller);

    // A login account given as seed 004 nests it ({username *, email, password}) in a patient or doctor, or
    // posts it to /registrations/: checked and its password hashed, nothing written (so the slow hash runs
    // outside any transaction). Without a password (when not `passwordRequired`) the account gets an
    // unusable one, as Django's set_unusable_password; it never gets a known default. A role other than
    // patient needs an admin caller. Errors are keyed by the account's own fields.
    Result<PreparedAccount> prepareAccount(const QVariantMap& fields, Role role, const Actor& caller,
                                           bool passwordRequired);
    // Stores a prepared account; inside the caller's unit of work when one is open, so a profile refused
    // after it takes the account back with it.
    Result<QVariantMap> createPrepared(const Actor& caller, const PreparedAccount& account);
    // Changes the username and/or email of an account (seed 004 nests them in a profile's PUT). The
    // account itself, an admin, or the front desk for a patient account; a password is never changed here.
    Status updateIdentity(const Actor& actor, const QString& userId, const QVariantMap& fields);

    // Checks a password login. `clientKey` names where the attempt came from (an IP address) for throttling;
    // `client` is the caller as the audit log names it (Actor::client), kept with the sign-in's entry.
    Result<AuthenticatedUser> login(const QString& identifier, const QString& password,
                                    const QString& clientKey, const QString& client = {});
    // HTTP Basic on every request: a successful check is cached briefly so the slow hash does not run each
    // time.
    Result<AuthenticatedUser> loginBasic(const QString& identifier, const QString& password,
                                         const QString& clientKey);

    Result<TokenBundle> issueTokens(const QString& userId);
    // Accepts a JWT access token or an opaque token.
    Result<AuthenticatedUser> authenticateToken(const QString& token);
    // A refresh token in, a new access token and a new refresh token out; the old refresh stays valid until
    // it expires (seed 004 clients reuse it) unless it is revoked by logout.
    Result<TokenBundle> refresh(const QString& refreshToken);
    // Revokes the given tokens (any kind); unknown tokens are ignored.
    void revoke(const QStringList& tokens);
    void revokeAll(const QString& userId);

    Status changePassword(const Actor& actor, const QString& oldPassword, const QString& newPassword);

    // Activation links: "<base36 seconds>-<hmac>", valid for config.emailLinkDays and only until used.
    QString emailVerificationToken(const QString& userId);
    // Ok(true) when this call verified the address, Ok(false) when it was verified already.
    Result<bool> verifyEmail(const QString& userId, const QString& token);

    Result<QVariantMap> user(const Actor& actor, const QString& userId);
    // Soft-deletes an account and ends its sessions. Staff only; only an admin removes staff accounts.
    Status deleteUser(const Actor& actor, const QString& userId);
    // An admin gives an account another role. Not one's own (an admin cannot lock the clinic out of its
    // administration by mistake); the account's sessions end, so the new role holds from its next sign-in.
    Status setRole(const Actor& actor, const QString& userId, Role role);
    Result<QList<QVariantMap>> listUsers(const Actor& actor);
    // Changes the account's own fields (email, username, first_name, last_name, phone; `name` splits into the
    // two names). The account itself or staff; only an admin edits another staff account. Privilege fields
    // (role, is_staff, password, ...) are not account fields here and are never read (decision 7): roles
    // change through setRole, passwords through changePassword.
    Result<QVariantMap> updateUser(const Actor& actor, const QString& userId, const QVariantMap& input);

private:
    Result<AuthenticatedUser> checkPassword(const QString& identifier, const QString& password,
                                            const QString& clientKey);
    // The account behind a credential, when it is still active. A credential issued (or checked) at
    // `credentialTime` before the account's password last changed is refused: a change made on another
    // station and brought by sync ends the sessions here too.
    Result<AuthenticatedUser> activeUser(const QString& userId, const QDateTime& credentialTime = {});
    QString storeToken(const QString& userId, const QString& kind, const QString& secretPart,
                       const QDateTime& expiry);
    // When the recorded token was issued, if it is neither revoked nor expired.
    std::optional<QDateTime> liveTokenIssuedAt(const QString& tokenHash, const QString& kind);
    QString signLink(const QString& userId, qint64 timestamp, const QVariantMap& userRow) const;

    ServiceContext& m_ctx;
    NotificationService& m_notifications; // the activation mail
    // Tokens found valid (signature, expiry, not revoked), so that later requests with the same token skip
    // decoding it and looking it up; whether the user is still active is checked every time. Any revocation
    // on this station empties it. Keyed by the token's SHA-256, so a lookup never compares a presented token
    // with a valid one byte by byte.
    struct CheckedToken
    {
        QString userId;
        QDateTime validUntil;
        QDateTime issuedAt;
    };
    std::optional<CheckedToken> checkedToken(const QString& tokenHash);
    void rememberCheckedToken(const QString& tokenHash, const CheckedToken& checked,
                              quint64 revocationsBefore);
    void forgetCheckedTokens();
    QMutex m_checkedMutex;
    QHash<QString, CheckedToken> m_checkedTokens;
    quint64 m_revocations = 0; // counts revocations, so a check that raced one is not remembered

    QMutex m_basicCacheMutex;
    struct CachedBasic
    {
        QString userId;
        QDateTime until;
        QDateTime checkedAt;
    };
    QHash<QString, CachedBasic> m_basicCache;
};

// The user row as every door shows it: no password hash, plus derived name and staff flags.
QVariantMap publicUser(const QVariantMap& row);

} // namespace chairside

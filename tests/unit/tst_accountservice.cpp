#include "TestStation.h"
#include "auth/Jwt.h"
#include "auth/LoginThrottle.h"
#include "store/Query.h"

#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

RegistrationInput reg(const QString& email, const QString& password = QStringLiteral("password123"))
{
    return RegistrationInput{{{QStringLiteral("email"), email},
                              {QStringLiteral("password"), password},
                              {QStringLiteral("name"), QStringLiteral("Jo Doe")}}};
}

const Actor kAnonymous{QString(), Role::Patient, QStringLiteral("api")};

} // namespace

class TestAccountService : public QObject
{
    Q_OBJECT
private slots:
    void registerCreatesActivePatientWithoutLeakingTheHash()
    {
        TestStation s;
        auto user = s.services->accounts.registerUser(reg(QStringLiteral("jo@x.org")), kAnonymous);
        QVERIFY(user.ok());
        QCOMPARE(user->value(QStringLiteral("role")).toString(), QStringLiteral("patient"));
        QCOMPARE(user->value(QStringLiteral("username")).toString(), QStringLiteral("jo"));
        QCOMPARE(user->value(QStringLiteral("first_name")).toString(), QStringLiteral("Jo"));
        QCOMPARE(user->value(QStringLiteral("name")).toString(), QStringLiteral("Jo Doe"));
        QVERIFY(user->value(QStringLiteral("is_active")).toBool());
        QVERIFY(!user->contains(QStringLiteral("password_hash")));
        auto hash = sql::scalar(s.db->connection(), QStringLiteral("SELECT password_hash FROM users"));
        QVERIFY(hash->toString().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash->toString().contains(QStringLiteral("password123")));
    }

    void registerValidates()
    {
        TestStation s;
        QVERIFY(s.services->accounts.registerUser(reg(QStringLiteral("jo@x.org")), kAnonymous).ok());
        auto duplicate = s.services->accounts.registerUser(reg(QStringLiteral("JO@x.org")), kAnonymous);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().fieldErrors.value(QStringLiteral("email")),
                 QStringList{QStringLiteral("user with this email address already exists.")});
        auto shortPassword = s.services->accounts.registerUser(
            reg(QStringLiteral("b@x.org"), QStringLiteral("short")), kAnonymous);
        QVERIFY(shortPassword.error().fieldErrors.contains(QStringLiteral("password")));
        auto badEmail = s.services->accounts.registerUser(reg(QStringLiteral("not-an-email")), kAnonymous);
        QVERIFY(badEmail.error().fieldErrors.contains(QStringLiteral("email")));
        RegistrationInput mismatch = reg(QStringLiteral("c@x.org"));
        mismatch.fields.insert(QStringLiteral("password_confirm"), QStringLiteral("different1"));
        QVERIFY(s.services->accounts.registerUser(mismatch, kAnonymous)
                    .error()
                    .fieldErrors.contains(QStringLiteral("password_confirm")));
        auto empty = s.services->accounts.registerUser(RegistrationInput{}, kAnonymous);
        QVERIFY(empty.error().fieldErrors.contains(QStringLiteral("email")));
        QVERIFY(empty.error().fieldErrors.contains(QStringLiteral("password")));
        QCOMPARE(sql::scalar(s.db->connection(), QStringLiteral("SELECT count(*) FROM users"))->toInt(), 1);
    }

    void signUpKeepsPatientDetailsOnTheProfileOnly()
    {
        TestStation s;
        const Actor admin = s.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        const QVariantMap details{{QStringLiteral("gender"), QStringLiteral("F")},
                                  {QStringLiteral("phone"), QStringLiteral("+49 30 123456")},
                                  {QStringLiteral("medical_history"),
                                   QVariantMap{{QStringLiteral("text"), QStringLiteral("Asthma")}}}};
        auto form = [&](const QString& email, QVariantMap extra = {}) {
            QVariantMap fields = details;
            fields.insert(QStringLiteral("email"), email);
            fields.insert(QStringLiteral("password"), QStringLiteral("long-enough-1"));
            for (auto it = extra.cbegin(); it != extra.cend(); ++it)
                fields.insert(it.key(), it.value());
            return RegistrationInput{fields};
        };
        auto patient =
            s.services->signUp(form(QStringLiteral("pat@x.org")), Actor::system(QStringLiteral("t")));
        QVERIFY(patient.ok());
        auto profile = s.services->patients.get(admin, patient->value(QStringLiteral("id")).toString());
        QVERIFY(profile.ok());
        QCOMPARE(profile->value(QStringLiteral("medical_history")).toString(), QStringLiteral("Asthma"));

        // An admin making a dentist account: no patient profile for it.
        auto dentist = s.services->signUp(
            form(QStringLiteral("dr@x.org"), {{QStringLiteral("role"), QStringLiteral("dentist")},
                                              {QStringLiteral("phone"), QStringLiteral("+49 30 654321")}}),
            admin);
        QVERIFY(dentist.ok());
        QCOMPARE(
            s.services->patients.get(admin, dentist->value(QStringLiteral("id")).toString()).error().code,
            Error::Code::NotFound);

        // A bad detail: refused under its field, and no account.
        auto refused = s.services->signUp(form(QStringLiteral("bad@x.org"), {{QStringLiteral("gender"), 7}}),
                                          Actor::system(QStringLiteral("t")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().fieldErrors.contains(QStringLiteral("gender")));
        QVERIFY(!s.services->accounts.login(QStringLiteral("bad@x.org"), QStringLiteral("long-enough-1"), {})
                     .ok());
    }

    void usernamesAreDerivedUniquely()
    {
        TestStation s;
        auto a = s.services->accounts.registerUser(reg(QStringLiteral("sam@one.org")), kAnonymous);
        auto b = s.services->accounts.registerUser(reg(QStringLiteral("sam@two.org")), kAnonymous);
        QCOMPARE(a->value(QStringLiteral("username")).toString(), QStringLiteral("sam"));
        QCOMPARE(b->value(QStringLiteral("username")).toString(), QStringLiteral("sam2"));
    }

    void onlyAdminsChooseRoles()
    {
        TestStation s;
        RegistrationInput wantsAdmin = reg(QStringLiteral("eve@x.org"));
        wantsAdmin.fields.insert(QStringLiteral("role"), QStringLiteral("admin"));
        wantsAdmin.fields.insert(QStringLiteral("is_staff"), true);
        QCOMPARE(s.services->accounts.registerUser(wantsAdmin, kAnonymous)
                     ->value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("patient"));
        const Actor receptionist = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        wantsAdmin.fields.insert(QStringLiteral("email"), QStringLiteral("eve2@x.org"));
        QCOMPARE(s.services->accounts.registerUser(wantsAdmin, receptionist)
                     ->value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("patient"));
        const Actor admin = s.addUser(QStringLiteral("boss@x.org"), Role::Admin);
        RegistrationInput dentist = reg(QStringLiteral("dr@x.org"));
        dentist.fields.insert(QStringLiteral("role"), QStringLiteral("Doctor"));
        QCOMPARE(s.services->accounts.registerUser(dentist, admin)->value(QStringLiteral("role")).toString(),
                 QStringLiteral("dentist"));
    }

    void loginByEmailOrUsername()
    {
        TestStation s;
        s.services->accounts.registerUser(reg(QStringLiteral("jo@x.org")), kAnonymous);
        QVERIFY(
            s.services->accounts.login(QStringLiteral("JO@x.org"), QStringLiteral("password123"), {}).ok());
        QVERIFY(s.services->accounts.login(QStringLiteral("jo"), QStringLiteral("password123"), {}).ok());
        auto wrong = s.services->accounts.login(QStringLiteral("jo@x.org"), QStringLiteral("nope-nope"), {});
        QCOMPARE(wrong.error().code, Error::Code::Unauthenticated);
        QCOMPARE(s.services->accounts.login(QStringLiteral("ghost@x.org"), QStringLiteral("password123"), {})
                     .error()
                     .code,
                 Error::Code::Unauthenticated);
    }

    void loginIsThrottledPerAccountAndAddress()
    {
        TestStation s;
        s.services->accounts.registerUser(reg(QStringLiteral("jo@x.org")), kAnonymous);
        for (int i = 0; i < LoginThrottle::kMaxFailures; ++i)
            s.services->accounts.login(QStringLiteral("jo@x.org"), QStringLiteral("guess-%1").arg(i),
                                       QStringLiteral("10.0.0.9"));
        auto locked = s.services->accounts.login(QStringLiteral("jo@x.org"), QStringLiteral("password123"),
                                                 QStringLiteral("10.0.0.1"));
        QCOMPARE(locked.error().code, Error::Code::TooManyRequests);
        QVERIFY(locked.error().retryAfterSeconds > 0);
        // The guessing address is locked for other accounts too.
        s.services->accounts.registerUser(reg(QStringLiteral("al@x.org")), kAnonymous);
        QCOMPARE(
            s.services->accounts
                .login(QStringLiteral("al@x.org"), QStringLiteral("password123"), QStringLiteral("10.0.0.9"))
                .error()
                .code,
            Error::Code::TooManyRequests);
        s.clock.advanceSeconds(LoginThrottle::kLockSeconds + 1);
        QVERIFY(
            s.services->accounts
                .login(QStringLiteral("jo@x.org"), QStringLiteral("password123"), QStringLiteral("10.0.0.1"))
                .ok());
    }

    // Five guesses per account, however it is named: by email or by username.
    void theAccountLockHoldsForEveryNameOfTheAccount()
    {
        TestStation s;
        const Actor jo = s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        const QString username =
            s.services->accounts.user(jo, jo.userId)->value(QStringLiteral("username")).toString();
        QVERIFY(!username.isEmpty() && username != QLatin1String("jo@x.org"));
        for (int i = 0; i < LoginThrottle::kMaxFailures; ++i) {
            const QString name = i % 2 ? username : QStringLiteral("JO@x.org");
            QCOMPARE(s.services->accounts.login(name, QStringLiteral("guess-%1").arg(i), {}).error().code,
                     Error::Code::Unauthenticated);
        }
        QCOMPARE(s.services->accounts.login(username, QStringLiteral("password123"), {}).error().code,
                 Error::Code::TooManyRequests);
        QCOMPARE(
            s.services->accounts.loginBasic(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {})
                .error()
                .code,
            Error::Code::TooManyRequests);
    }

    void tokensCarrySimplejwtClaimsAndExpire()
    {
        TestStation s;
        const Actor jo = s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        auto tokens = s.services->accounts.issueTokens(jo.userId);
        QVERIFY(tokens.ok());
        auto claims = Jwt::decode(tokens->access, s.ctx->signingKey);
        QCOMPARE(claims->value(QStringLiteral("token_type")).toString(), QStringLiteral("access"));
        QCOMPARE(claims->value(QStringLiteral("user_id")).toString(), jo.userId);
        QVERIFY(!claims->value(QStringLiteral("jti")).toString().isEmpty());
        QCOMPARE(claims->value(QStringLiteral("exp")).toInteger() -
                     claims->value(QStringLiteral("iat")).toInteger(),
                 3600);
        QCOMPARE(tokens->opaque.size(), 64);

        QCOMPARE(s.services->accounts.authenticateToken(tokens->access)->actor.userId, jo.userId);
        QCOMPARE(s.services->accounts.authenticateToken(tokens->opaque)->actor.userId, jo.userId);
        QVERIFY(
            !s.services->accounts.authenticateToken(tokens->refresh).ok()); // refresh is not an access token
        // Only hashes are stored.
        QCOMPARE(sql::scalar(s.db->connection(),
                             QStringLiteral("SELECT count(*) FROM auth_tokens WHERE token_hash = ?"),
                             {tokens->opaque})
                     ->toInt(),
                 0);

        s.clock.advanceSeconds(3601);
        QVERIFY(!s.services->accounts.authenticateToken(tokens->access).ok());
        QVERIFY(s.services->accounts.authenticateToken(tokens->opaque).ok()); // 10 days
        s.clock.advanceSeconds(10 * 86400);
        QVERIFY(!s.services->accounts.authenticateToken(tokens->opaque).ok());
    }

    void refreshRotatesWithoutRevokingAndLogoutRevokes()
    {
        TestStation s;
        const Actor jo = s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        auto tokens = s.services->accounts.issueTokens(jo.userId);
        auto refreshed = s.services->accounts.refresh(tokens->refresh);
        QVERIFY(refreshed.ok());
        QVERIFY(refreshed->access != tokens->access);
        QVERIFY(
            s.services->accounts.refresh(tokens->refresh).ok()); // the old refresh still works (004 clients)
        QVERIFY(!s.services->accounts.refresh(tokens->access).ok());
        QVERIFY(!s.services->accounts.refresh(QStringLiteral("garbage")).ok());

        s.services->accounts.revoke({tokens->access, tokens->refresh, tokens->opaque});
        QVERIFY(!s.services->accounts.authenticateToken(tokens->access).ok());
        QVERIFY(!s.services->accounts.authenticateToken(tokens->opaque).ok());
        QVERIFY(!s.services->accounts.refresh(tokens->refresh).ok());
        QVERIFY(s.services->accounts.authenticateToken(refreshed->access).ok());
    }

    void aTokenCheckedBeforeIsStillRefusedOnceRevokedOrItsUserIsGone()
    {
        TestStation s;
        const Actor jo = s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        const Actor ann = s.addUser(QStringLiteral("ann@x.org"), Role::Patient);
        const Actor admin = s.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        auto mine = s.services->accounts.issueTokens(jo.userId);
        auto hers = s.services->accounts.issueTokens(ann.userId);
        // Checked twice each: the second answer comes from the remembered check.
        for (int i = 0; i < 2; ++i) {
            QVERIFY(s.services->accounts.authenticateToken(mine->access).ok());
            QVERIFY(s.services->accounts.authenticateToken(mine->opaque).ok());
            QCOMPARE(s.services->accounts.authenticateToken(hers->access)->actor.userId, ann.userId);
        }
        s.services->accounts.revoke({mine->access, mine->opaque});
        QVERIFY(!s.services->accounts.authenticateToken(mine->access).ok());
        QVERIFY(!s.services->accounts.authenticateToken(mine->opaque).ok());

        QVERIFY(s.services->accounts.authenticateToken(hers->access).ok());
        QVERIFY(!s.services->accounts.deleteUser(admin, ann.userId));
        QVERIFY(!s.services->accounts.authenticateToken(hers->access).ok());
    }

    void anAdminChangesAnotherAccountsRoleAndItsSessionsEnd()
    {
        TestStation s;
        const Actor admin = s.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const Actor jo = s.addUser(QStringLiteral("jo@x.org"), Role::Receptionist);
        auto& accounts = s.services->accounts;
        auto tokens = accounts.issueTokens(jo.userId);
        QCOMPARE(accounts.authenticateToken(tokens->access)->actor.role, Role::Receptionist);

        QCOMPARE(accounts.setRole(desk, jo.userId, Role::Admin)->code, Error::Code::Forbidden);
        QCOMPARE(accounts.setRole(admin, admin.userId, Role::Dentist)->code, Error::Code::Forbidden);
        QCOMPARE(accounts.setRole(admin, QStringLiteral("no-such-user"), Role::Dentist)->code,
                 Error::Code::NotFound);
        QCOMPARE(accounts.user(admin, jo.userId)->value(QStringLiteral("role")).toString(),
                 QStringLiteral("receptionist"));
        QVERIFY(accounts.authenticateToken(tokens->access).ok());

        QVERIFY(!accounts.setRole(admin, jo.userId, Role::Dentist));
        QCOMPARE(accounts.user(admin, jo.userId)->value(QStringLiteral("role")).toString(),
                 QStringLiteral("dentist"));
        QVERIFY(!accounts.authenticateToken(tokens->access).ok());
        auto again = accounts.login(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {});
        QVERIFY(again);
        QCOMPARE(again->actor.role, Role::Dentist);
        // The change is a row change like any other: audited and replicated.
        QCOMPARE(sql::scalar(s.db->connection(),
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'users' AND "
                                            "row_id = ? AND actor_id = ? AND action = 'users.update'"),
                             {jo.userId, admin.userId})
                     ->toInt(),
                 1);
    }

    void passwordChangeRevokesEverySession()
    {
        TestStation s;
        const Actor jo = s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        auto tokens = s.services->accounts.issueTokens(jo.userId);
        auto wrongOld = s.services->accounts.changePassword(jo, QStringLiteral("not-it-1"),
                                                            QStringLiteral("newpassword1"));
        QVERIFY(wrongOld && wrongOld->fieldErrors.contains(QStringLiteral("old_password")));
        QVERIFY(s.services->accounts.authenticateToken(tokens->access).ok());
        QVERIFY(!s.services->accounts.changePassword(jo, QStringLiteral("password123"),
                                                     QStringLiteral("newpassword1")));
        QVERIFY(!s.services->accounts.authenticateToken(tokens->access).ok());
        QVERIFY(
            !s.services->accounts.login(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {}).ok());
        QVERIFY(
            s.services->accounts.login(QStringLiteral("jo@x.org"), QStringLiteral("newpassword1"), {}).ok());
    }

    // A password changed on another station ends the sessions issued here once the change arrives by sync:
    // access, refresh and opaque tokens, and Basic credentials checked before.
    void aPasswordChangedOnAnotherStationEndsSessionsHere()
    {
        TestStation a;
        TestStation b;
        const Actor jo = a.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        QVERIFY(pullChanges(a, b) > 0);
        auto& here = b.services->accounts;
        auto tokens = here.issueTokens(jo.userId);
        QVERIFY(tokens.ok());
        QVERIFY(here.authenticateToken(tokens->access).ok()); // remembered as checked from now on
        QVERIFY(here.authenticateToken(tokens->opaque).ok());
        QVERIFY(here.loginBasic(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {}).ok());

        a.clock.advanceSeconds(60);
        b.clock.advanceSeconds(60);
        QVERIFY(!a.services->accounts.changePassword(jo, QStringLiteral("password123"),
                                                     QStringLiteral("newpassword1")));
        QVERIFY(pullChanges(a, b) > 0);
        QCOMPARE(here.authenticateToken(tokens->access).error().code, Error::Code::Unauthenticated);
        QCOMPARE(here.authenticateToken(tokens->opaque).error().code, Error::Code::Unauthenticated);
        QVERIFY(!here.refresh(tokens->refresh).ok());
        QVERIFY(!here.loginBasic(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {}).ok());
        // The new password works, and what it is issued is valid.
        QVERIFY(here.loginBasic(QStringLiteral("jo@x.org"), QStringLiteral("newpassword1"), {}).ok());
        auto fresh = here.issueTokens(jo.userId);
        QVERIFY(here.authenticateToken(fresh->access).ok());
        QVERIFY(here.refresh(fresh->refresh).ok());
    }

    void basicCredentialsAreCachedButPasswordChangeClearsThem()
    {
        TestStation s;
        const Actor jo = s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        QVERIFY(s.services->accounts.loginBasic(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {})
                    .ok());
        QVERIFY(s.services->accounts.loginBasic(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {})
                    .ok());
        QVERIFY(!s.services->accounts.changePassword(jo, QStringLiteral("password123"),
                                                     QStringLiteral("newpassword1")));
        QVERIFY(
            !s.services->accounts.loginBasic(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {})
                 .ok());
    }

    void emailVerificationLinks()
    {
        CoreConfig strict;
        strict.requireEmailVerification = true;
        TestStation s(strict);
        const Actor jo = s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        QVERIFY(
            !s.services->accounts.login(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {}).ok());
        const QString token = s.services->accounts.emailVerificationToken(jo.userId);
        QVERIFY(token.contains(QLatin1Char('-')));
        QVERIFY(!s.services->accounts.verifyEmail(jo.userId, token + QStringLiteral("0")).ok());
        QVERIFY(!s.services->accounts.verifyEmail(QStringLiteral("not-a-uuid"), token).ok());

        s.clock.advanceSeconds(3 * 86400 + 10);
        QVERIFY(!s.services->accounts.verifyEmail(jo.userId, token).ok()); // expired
        const QString fresh = s.services->accounts.emailVerificationToken(jo.userId);
        auto verified = s.services->accounts.verifyEmail(jo.userId, fresh);
        QVERIFY(verified.ok() && *verified);
        QCOMPARE(*s.services->accounts.verifyEmail(jo.userId, fresh), false); // already done
        QVERIFY(
            s.services->accounts.login(QStringLiteral("jo@x.org"), QStringLiteral("password123"), {}).ok());
    }

    void userReadsAreOwnerOrStaff()
    {
        TestStation s;
        const Actor a = s.addUser(QStringLiteral("a@x.org"), Role::Patient);
        const Actor b = s.addUser(QStringLiteral("b@x.org"), Role::Patient);
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        QVERIFY(s.services->accounts.user(a, a.userId).ok());
        QCOMPARE(s.services->accounts.user(a, b.userId).error().code, Error::Code::Forbidden);
        QVERIFY(s.services->accounts.user(desk, b.userId).ok());
        QCOMPARE(s.services->accounts.listUsers(a).error().code, Error::Code::Forbidden);
        QCOMPARE(s.services->accounts.listUsers(desk)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"

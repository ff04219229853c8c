#include "TestStation.h"
#include "auth/Jwt.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"

#include <QJsonDocument>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

class TestAuthPrimitives : public QObject
{
    Q_OBJECT
private slots:
    void passwordHashIsArgon2idSaltedAndVerifies()
    {
        const QString a = PasswordHasher::hash(QStringLiteral("correct horse"));
        const QString b = PasswordHasher::hash(QStringLiteral("correct horse"));
        QVERIFY(a.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(a != b); // salted
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), a));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horsE"), a));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QString()));
        QVERIFY(!PasswordHasher::needsRehash(a));
    }

    void jwtRoundTripsAndMatchesTheStandardShape()
    {
        const QByteArray key("0123456789abcdef0123456789abcdef");
        const QJsonObject claims{{QStringLiteral("token_type"), QStringLiteral("access")},
                                 {QStringLiteral("user_id"), QStringLiteral("u1")},
                                 {QStringLiteral("exp"), 2000000000}};
        const QString token = Jwt::encode(claims, key);
        QCOMPARE(token.count(QLatin1Char('.')), 2);
        const QByteArray header = QByteArray::fromBase64(token.section(QLatin1Char('.'), 0, 0).toLatin1(),
                                                         QByteArray::Base64UrlEncoding);
        QCOMPARE(QJsonDocument::fromJson(header).object().value(QStringLiteral("alg")).toString(),
                 QStringLiteral("HS256"));
        auto decoded = Jwt::decode(token, key);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, claims);
    }

    void jwtKnownVector()
    {
        // RFC 7515 style check against an HS256 token computed independently (jwt.io, key "secret").
        const QString token =
            QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                           "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                           "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
        auto decoded = Jwt::decode(token, "your-256-bit-secret");
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->value(QStringLiteral("name")).toString(), QStringLiteral("John Doe"));
    }

    void jwtRejectsTamperingAndOtherAlgorithms()
    {
        const QByteArray key("k1k1k1k1k1k1k1k1k1k1k1k1k1k1k1k1");
        const QString token = Jwt::encode({{QStringLiteral("user_id"), QStringLiteral("a")}}, key);
        QVERIFY(!Jwt::decode(token, "another-key-another-key-another!!").ok());
        QString tampered = token;
        tampered[tampered.indexOf(QLatin1Char('.')) + 2] =
            tampered[tampered.indexOf(QLatin1Char('.')) + 2] == QLatin1Char('A') ? QLatin1Char('B')
                                                                                 : QLatin1Char('A');
        QVERIFY(!Jwt::decode(tampered, key).ok());
        // alg "none" with an empty signature must never pass.
        const QString none = QStringLiteral("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.") +
                             token.section(QLatin1Char('.'), 1, 1) + QLatin1Char('.');
        QVERIFY(!Jwt::decode(none, key).ok());
        QVERIFY(!Jwt::decode(QStringLiteral("a.b"), key).ok());
        QVERIFY(!Jwt::decode(QStringLiteral("!!.??.**"), key).ok());
    }

    void permissionTable()
    {
        QVERIFY(allows(Role::Receptionist, Permission::WriteDoctors));
        QVERIFY(allows(Role::Admin, Permission::WriteDoctors));
        QVERIFY(!allows(Role::Dentist, Permission::WriteDoctors));
        QVERIFY(!allows(Role::Patient, Permission::WriteDoctors));
        QVERIFY(allows(Role::Patient, Permission::ReadDoctors));
        QVERIFY(!allows(Role::Patient, Permission::SeeAllPatients));
        QVERIFY(!allows(Role::Dentist, Permission::SeeAllPatients));
        QVERIFY(allows(Role::Admin, Permission::ManageUsers));
        QVERIFY(!allows(Role::Receptionist, Permission::ManageUsers));
        QCOMPARE(permissionName(Permission::WriteDoctors), QStringLiteral("doctors.write"));
    }

    // Rules naming one role and rules naming all four are read whole (the roles were once kept in a way that
    // clang under the sanitizers read back as a null pointer; this suite runs in that build too).
    void permissionTableReadsRulesOfEveryLength()
    {
        QVERIFY(allows(Role::Dentist, Permission::WriteConsultations));
        QVERIFY(!allows(Role::Admin, Permission::WriteConsultations));
        QVERIFY(allows(Role::Admin, Permission::PairStations));
        QVERIFY(!allows(Role::Dentist, Permission::PairStations));
        for (Role role : {Role::Patient, Role::Receptionist, Role::Dentist, Role::Admin}) {
            QVERIFY(allows(role, Permission::CreatePatient));
            QVERIFY(allows(role, Permission::BookAppointments));
        }
    }

    void throttleLocksAfterRepeatedFailuresAndExpires()
    {
        ManualClock clock;
        LoginThrottle throttle(clock);
        for (int i = 0; i < LoginThrottle::kMaxFailures - 1; ++i)
            throttle.recordFailure(QStringLiteral("k"));
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("k")), 0);
        throttle.recordFailure(QStringLiteral("k"));
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("k")), LoginThrottle::kLockSeconds);
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("other")), 0);
        clock.advanceSeconds(LoginThrottle::kLockSeconds);
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("k")), 0);
        // Failures spread beyond the window never add up to a lock.
        for (int i = 0; i < LoginThrottle::kMaxFailures * 2; ++i) {
            throttle.recordFailure(QStringLiteral("slow"));
            clock.advanceSeconds(LoginThrottle::kWindowSeconds / 2);
        }
        QCOMPARE(throttle.lockedForSeconds(QStringLiteral("slow")), 0);
    }

    // The one comparison of secrets (token hashes, MACs, JWT signatures, pairing codes, peer proofs).
    void secretsAreComparedWholeAndInConstantTime()
    {
        const QByteArray mac = QByteArray("a3f1").repeated(16);
        QVERIFY(Crypto::equalConstantTime(mac, QByteArray(mac)));
        QVERIFY(Crypto::equalConstantTime(QByteArray(), QByteArray()));
        QByteArray lastDiffers = mac;
        lastDiffers.back() = 'x';
        QVERIFY(!Crypto::equalConstantTime(mac, lastDiffers));
        QByteArray firstDiffers = mac;
        firstDiffers.front() = 'x';
        QVERIFY(!Crypto::equalConstantTime(mac, firstDiffers));
        // A prefix is not a match, nor is a longer string that starts with the secret.
        QVERIFY(!Crypto::equalConstantTime(mac, mac.left(mac.size() - 1)));
        QVERIFY(!Crypto::equalConstantTime(mac, mac + 'a'));
        QVERIFY(!Crypto::equalConstantTime(mac, QByteArray()));
    }

    void fieldRulesUseDrfWording()
    {
        const QList<FieldSpec> specs{{QStringLiteral("age"), FieldType::Integer, 0, 0, 150},
                                     {QStringLiteral("dob"), FieldType::Date},
                                     {QStringLiteral("email"), FieldType::Email},
                                     {QStringLiteral("gender"), FieldType::Gender},
                                     {QStringLiteral("fee"), FieldType::Decimal},
                                     {QStringLiteral("name"), FieldType::Text, 5}};
        FieldErrors errors;
        const QVariantMap out = normalizeFields(specs,
                                                {{QStringLiteral("age"), QStringLiteral("abc")},
                                                 {QStringLiteral("dob"), QStringLiteral("2020-13-01")},
                                                 {QStringLiteral("email"), QStringLiteral("nope")},
                                                 {QStringLiteral("gender"), QStringLiteral("x")},
                                                 {QStringLiteral("fee"), QStringLiteral("-1")},
                                                 {QStringLiteral("name"), QStringLiteral("toolong")},
                                                 {QStringLiteral("unknown"), 1}},
                                                errors);
        const Error e = errors.toError();
        QCOMPARE(e.fieldErrors.value(QStringLiteral("age")),
                 QStringList{QStringLiteral("A valid integer is required.")});
        QVERIFY(e.fieldErrors.value(QStringLiteral("dob"))
                    .first()
                    .startsWith(QStringLiteral("Date has wrong format")));
        QCOMPARE(e.fieldErrors.value(QStringLiteral("email")),
                 QStringList{QStringLiteral("Enter a valid email address.")});
        QCOMPARE(e.fieldErrors.value(QStringLiteral("gender")),
                 QStringList{QStringLiteral("\"x\" is not a valid choice.")});
        QVERIFY(e.fieldErrors.contains(QStringLiteral("fee")));
        QVERIFY(e.fieldErrors.contains(QStringLiteral("name")));
        QVERIFY(!out.contains(QStringLiteral("unknown")));

        FieldErrors none;
        const QVariantMap good = normalizeFields(specs,
                                                 {{QStringLiteral("age"), 41.0},
                                                  {QStringLiteral("gender"), QStringLiteral("f")},
                                                  {QStringLiteral("fee"), QStringLiteral("150")},
                                                  {QStringLiteral("dob"), QVariant::fromValue(nullptr)}},
                                                 none);
        QVERIFY(none.isEmpty());
        QCOMPARE(good.value(QStringLiteral("age")).toLongLong(), 41);
        QCOMPARE(good.value(QStringLiteral("gender")).toString(), QStringLiteral("f"));
        QCOMPARE(canonicalGender(QStringLiteral("f")), QStringLiteral("Female"));
        QCOMPARE(good.value(QStringLiteral("fee")).toString(), QStringLiteral("150.00"));
        QVERIFY(good.contains(QStringLiteral("dob")) && good.value(QStringLiteral("dob")).isNull());

        FieldErrors range;
        normalizeFields(specs, {{QStringLiteral("age"), 151}}, range);
        QCOMPARE(range.toError().fieldErrors.value(QStringLiteral("age")),
                 QStringList{QStringLiteral("Ensure this value is less than or equal to 150.")});
    }

    void ageIsComputedFromBirthday()
    {
        QCOMPARE(ageOn(QStringLiteral("2000-11-23"), QDate(2026, 11, 22)), 25);
        QCOMPARE(ageOn(QStringLiteral("2000-11-22"), QDate(2026, 11, 22)), 26);
        QCOMPARE(ageOn(QStringLiteral("bad"), QDate(2026, 11, 22)), -1);
    }
};

QTEST_GUILESS_MAIN(TestAuthPrimitives)
#include "tst_auth_primitives.moc"

#include "AccountService.h"

#include "Uuid.h"
#include "auth/Jwt.h"
#include "auth/PasswordHasher.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "store/Query.h"
#include "store/UniqueRules.h"
#include "store/UnitOfWork.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSqlQuery>

namespace chairside {

namespace {

const QString kInvalidCredentials = QStringLiteral("Invalid credentials.");
const QString kInvalidJwt = QStringLiteral("Given token not valid for any token type");
const QString kInvalidOpaque = QStringLiteral("Invalid token.");
const QString kRequired = QStringLiteral("This field is required.");
constexpr int kBasicCacheSeconds = 300;

const QList<FieldSpec>& userFieldSpecs()
{
    static const QList<FieldSpec> specs{
        {QStringLiteral("email"), FieldType::Email, 254},
        {QStringLiteral("username"), FieldType::Text, 150},
        {QStringLiteral("first_name"), FieldType::Text, 150},
        {QStringLiteral("last_name"), FieldType::Text, 150},
        {QStringLiteral("phone"), FieldType::Phone, 30},
    };
    return specs;
}

QString text(const QVariantMap& m, const QString& key)
{
    const QVariant v = m.value(key);
    return isNullValue(v) ? QString() : v.toString();
}

// Django's username rule; empty when the name is acceptable.
QString usernameProblem(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w.@+-]+$"));
    if (username.isEmpty() || pattern.match(username).hasMatch())
        return {};
    return QStringLiteral("Enter a valid username. This value may contain only letters, numbers, and "
                          "@/./+/-/_ characters.");
}

// The messages a duplicated account value gets, as Django words them.
QString duplicateMessage(const QString& column)
{
    return column == QLatin1String("username")
               ? QStringLiteral("A user with that username already exists.")
               : QStringLiteral("user with this email address already exists.");
}

// Django's token generator counts seconds from 2001-01-01; we keep its "<base36>-<hash>" shape.
const QDateTime kLinkEpoch(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);

QString base36(qint64 value)
{
    return QString::number(value, 36);
}

} // namespace

QVariantMap publicUser(const QVariantMap& row)
{
    QVariantMap user = row;
    user.remove(QStringLiteral("password_hash"));
    const QString first = text(row, QStringLiteral("first_name"));
    const QString last = text(row, QStringLiteral("last_name"));
    user.insert(QStringLiteral("name"), personName(first, last, text(row, QStringLiteral("username"))));
    const auto role = parseRole(text(row, QStringLiteral("role"))).value_or(Role::Patient);
    user.insert(QStringLiteral("is_staff"), isStaff(role));
    user.insert(QStringLiteral("is_active"), row.value(QStringLiteral("is_active")).toInt() != 0);
    user.insert(QStringLiteral("email_verified"),
                !isNullValue(row.value(QStringLiteral("email_verified_at"))));
    return user;
}

Result<QVariantMap> AccountService::registerUser(const RegistrationInput& input, const Actor& caller)
{
    const QVariantMap& in = input.fields;
    FieldErrors errors;
    QVariantMap fields = normalizeFields(userFieldSpecs(), in, errors);

    // `name` is an alias of first_name + last_name, split at the first space (seed-contracts 6.1).
    const QString name = text(in, QStringLiteral("name")).trimmed();
    if (!name.isEmpty() && !in.contains(QStringLiteral("first_name")) &&
        !in.contains(QStringLiteral("last_name"))) {
        fields.insert(QStringLiteral("first_name"), name.section(QLatin1Char(' '), 0, 0));
        const QString rest = name.section(QLatin1Char(' '), 1).trimmed();
        fields.insert(QStringLiteral("last_name"), rest.isEmpty() ? QVariant() : QVariant(rest));
    }

    const QString email = text(fields, QStringLiteral("email"));
    if (email.isEmpty() && !errors.has(QStringLiteral("email")))
        errors.add(QStringLiteral("email"), kRequired);

    const QVariant rawPassword = in.value(QStringLiteral("password"));
    const QString password = isNullValue(rawPassword) ? QString() : rawPassword.toString();
    if (password.isEmpty())
        errors.add(QStringLiteral("password"), kRequired);
    else if (rawPassword.metaType().id() != QMetaType::QString)
        errors.add(QStringLiteral("password"), QStringLiteral("Not a valid string."));
    else if (password.size() < input.minimumPasswordLength)
        errors.add(QStringLiteral("password"),
                   QStringLiteral("This password is too short. It must contain at least "
                                  "%1 characters.")
                       .arg(input.minimumPasswordLength));
    else if (password.size() > 4096)
        errors.add(QStringLiteral("password"), QStringLiteral("This password is too long."));
    if (in.contains(QStringLiteral("password_confirm")) &&
        text(in, QStringLiteral("password_confirm")) != password)
        errors.add(QStringLiteral("password_confirm"), QStringLiteral("Passwords do not match."));

    const QString username = text(fields, QStringLiteral("username"));
    if (const QString problem = usernameProblem(username); !problem.isEmpty())
        errors.add(QStringLiteral("username"), problem);

    Role role = Role::Patient;
    const QString requestedRole = !text(in, QStringLiteral("role")).isEmpty()
                                      ? text(in, QStringLiteral("role"))
                                      : text(in, QStringLiteral("user_type"));
    if (!requestedRole.isEmpty() && allows(caller.role, Permission::ManageUsers)) {
        if (auto parsed = parseRole(requestedRole))
            role = *parsed;
        else
            errors.add(QStringLiteral("role"),
                       QStringLiteral("\"%1\" is not a valid choice.").arg(requestedRole));
    }

    const QSqlDatabase db = m_ctx.db.connection();
    if (!email.isEmpty()) {
        auto taken =
            sql::scalar(db, QStringLiteral("SELECT 1 FROM users WHERE lower(email) = lower(?)"), {email});
        if (!taken)
            return taken.error();
        if (taken->isValid())
            errors.add(QStringLiteral("email"),
                       QStringLiteral("user with this email address already exists."));
    }
    if (!username.isEmpty()) {
        auto taken = sql::scalar(db, QStringLiteral("SELECT 1 FROM users WHERE lower(username) = lower(?)"),
                                 {username});
        if (!taken)
            return taken.error();
        if (taken->isValid())
            errors.add(QStringLiteral("username"),
                       QStringLiteral("A user with that username already exists."));
    }
    if (!errors.isEmpty())
        return errors.toError();

    if (username.isEmpty()) {
        // Derived from the email's local part, made unique with a number (seed 001's behaviour).
        const QString base = email.section(QLatin1Char('@'), 0, 0).left(140);
        QString candidate = base;
        for (int n = 2;; ++n) {
            auto taken = sql::scalar(
                db, QStringLiteral("SELECT 1 FROM users WHERE lower(username) = lower(?)"), {candidate});
            if (!taken)
                return taken.error();
            if (!taken->isValid())
                break;
            candidate = base + QString::number(n);
        }
        fields.insert(QStringLiteral("username"), candidate);
    }

    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::internal(QStringLiteral("Could not hash the password."));

    const QString id = Uuid::v7(m_ctx.clock.nowUtc());
    const Actor actor = caller.userId.isEmpty() ? Actor{id, role, caller.source} : caller;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    fields.insert(QStringLiteral("role"), roleName(role));
    fields.insert(QStringLiteral("password_hash"), hash);
    fields.insert(QStringLiteral("is_active"), 1);
    fields.insert(QStringLiteral("created_at"), uow.nowIso());
    fields.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("users"), id, fields)) {
        if (e->code == Error::Code::Conflict)
            return Error::field(QStringLiteral("email"),
                                QStringLiteral("user with this email address already exists."));
        return *e;
    }
    // Seed 000's activation mail (seed-contracts 1.4); the link host is the station's public URL. Not
    // optional: it is how the account is opened. Queued with the account, so neither exists without the
    // other.
    const QString link =
        QStringLiteral("%1/auth/activate/?user_id=%2&confirmation_token=%3")
            .arg(m_ctx.config.publicUrl.endsWith(QLatin1Char('/')) ? m_ctx.config.publicUrl.chopped(1)
                                                                   : m_ctx.config.publicUrl,
                 id, emailVerificationToken(id));
    if (Status e = m_notifications.recordEmail(
            uow, {QStringLiteral("activation"), id, QString(), QString(), email,
                  QStringLiteral("Verify Email"), QStringLiteral("Here is your activation link: ") + link}))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return user(Actor{id, role, caller.source}, id);
}

Result<PreparedAccount> AccountService::prepareAccount(const QVariantMap& in, Role role, const Actor& caller,
                                                       bool passwordRequired)
{
    if (role != Role::Patient && !allows(caller.role, Permission::ManageUsers))
        return Error::forbidden(
            QStringLiteral("Only an administrator may create a login account with the role %1.")
                .arg(roleName(role)));
    FieldErrors errors;
    QVariantMap row = normalizeFields(userFieldSpecs(), in, errors);
    const QString username = text(row, QStringLiteral("username"));
    if (username.isEmpty() && !errors.has(QStringLiteral("username")))
        errors.add(QStringLiteral("username"), kRequired);
    else if (const QString problem = usernameProblem(username); !problem.isEmpty())
        errors.add(QStringLiteral("username"), problem);

    const QVariant rawPassword = in.value(QStringLiteral("password"));
    const QString password = isNullValue(rawPassword) ? QString() : rawPassword.toString();
    if (password.isEmpty()) {
        if (passwordRequired)
            errors.add(QStringLiteral("password"), kRequired);
    } else if (rawPassword.metaType().id() != QMetaType::QString) {
        errors.add(QStringLiteral("password"), QStringLiteral("Not a valid string."));
    } else if (password.size() < RegistrationInput().minimumPasswordLength) {
        errors.add(QStringLiteral("password"),
                   QStringLiteral("This password is too short. It must contain at least %1 characters.")
                       .arg(RegistrationInput().minimumPasswordLength));
    } else if (password.size() > 4096) {
        errors.add(QStringLiteral("password"), QStringLiteral("This password is too long."));
    }

    // users.email is NOT NULL; an account without one (seed 004's email is optional) stores "", which no
    // uniqueness rule and no login ever matches.
    if (isNullValue(row.value(QStringLiteral("email"))))
        row.insert(QStringLiteral("email"), QStringLiteral(""));
    auto duplicated = duplicatedRules(m_ctx.db.connection(), QStringLiteral("users"), QString(), row,
                                      {QStringLiteral("username"), QStringLiteral("email")});
    if (!duplicated)
        return duplicated.error();
    for (const UniqueRule& rule : *duplicated) {
        if (!errors.has(rule.columns.first()))
            errors.add(rule.columns.first(), duplicateMessage(rule.columns.first()));
    }
    if (!errors.isEmpty())
        return errors.toError();

    // "!" never starts an Argon2 string, so no password verifies against it (Django's unusable password).
    const QString hash =
        password.isEmpty() ? QStringLiteral("!") + Crypto::randomHex(20) : PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::internal(QStringLiteral("Could not hash the password."));
    row.insert(QStringLiteral("role"), roleName(role));
    row.insert(QStringLiteral("password_hash"), hash);
    row.insert(QStringLiteral("is_active"), 1);
    return PreparedAccount{row};
}

Result<QVariantMap> AccountService::createPrepared(const Actor& caller, const PreparedAccount& account)
{
    const QString id = Uuid::v7(m_ctx.clock.nowUtc());
    const Role role = parseRole(account.row.value(QStringLiteral("role")).toString()).value_or(Role::Patient);
    const Actor actor = caller.userId.isEmpty() ? Actor{id, role, caller.source} : caller;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    QVariantMap row = account.row;
    row.insert(QStringLiteral("created_at"), uow.nowIso());
    row.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.insert(QStringLiteral("users"), id, row)) {
        // Taken between the check and the write (another request): the same answer as the check's.
        if (e->code == Error::Code::Conflict)
            return Error::field(QStringLiteral("username"), duplicateMessage(QStringLiteral("username")));
        return *e;
    }
    if (Status e = uow.commit())
        return *e;
    auto stored =
        sql::selectOne(m_ctx.db.connection(), QStringLiteral("SELECT * FROM users WHERE id = ?"), {id});
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::internal(QStringLiteral("The new account cannot be read back."));
    return publicUser(**stored);
}

Status AccountService::updateIdentity(const Actor& actor, const QString& userId, const QVariantMap& in)
{
    if (!Uuid::isValid(userId))
        return Error::notFound();
    auto current =
        sql::selectOne(m_ctx.db.connection(),
                       QStringLiteral("SELECT * FROM users WHERE id = ? AND deleted_at IS NULL"), {userId});
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::notFound();
    const bool patientAccount = text(**current, QStringLiteral("role")) == roleName(Role::Patient);
    const bool may = actor.userId == userId || allows(actor.role, Permission::ManageUsers) ||
                     (patientAccount && allows(actor.role, Permission::EditAllPatients));
    if (!may)
        return Error::forbidden(
            QStringLiteral("Only the account itself or an administrator may change its username or email."));
    QVariantMap subset;
    for (const QString& key : {QStringLiteral("username"), QStringLiteral("email")}) {
        if (in.contains(key))
            subset.insert(key, in.value(key));
    }
    FieldErrors errors;
    QVariantMap changes = normalizeFields(userFieldSpecs(), subset, errors);
    if (changes.contains(QStringLiteral("username"))) {
        const QString username = text(changes, QStringLiteral("username"));
        if (username.isEmpty())
            errors.add(QStringLiteral("username"), QStringLiteral("This field may not be blank."));
        else if (const QString problem = usernameProblem(username); !problem.isEmpty())
            errors.add(QStringLiteral("username"), problem);
    }
    if (changes.contains(QStringLiteral("email")) && isNullValue(changes.value(QStringLiteral("email"))))
        changes.insert(QStringLiteral("email"), QStringLiteral(""));
    QVariantMap wouldBe = **current;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        wouldBe.insert(it.key(), it.value());
    auto duplicated =
        duplicatedRules(m_ctx.db.connection(), QStringLiteral("users"), userId, wouldBe, changes.keys());
    if (!duplicated)
        return duplicated.error();
    for (const UniqueRule& rule : *duplicated) {
        if (!errors.has(rule.columns.first()))
            errors.add(rule.columns.first(), duplicateMessage(rule.columns.first()));
    }
    if (!errors.isEmpty())
        return errors.toError();
    if (changes.isEmpty())
        return std::nullopt;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    changes.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(QStringLiteral("users"), userId, changes))
        return e;
    return uow.commit();
}

Result<AuthenticatedUser> AccountService::checkPassword(const QString& identifier, const QString& password,
                                                        const QString& clientKey)
{
    auto row =
        sql::selectOne(m_ctx.db.connection(),
                       QStringLiteral("SELECT id, password_hash, is_active, email_verified_at FROM users "
                                      "WHERE (lower(email) = lower(?) OR lower(username) = lower(?)) "
                                      "AND deleted_at IS NULL"),
                       {identifier.trimmed(), identifier.trimmed()});
    if (!row)
        return row.error();
    // An account is counted by its id, so guesses by email and by username share its five tries.
    const QString accountKey =
        QStringLiteral("account:") +
        (row->has_value() ? (*row)->value(QStringLiteral("id")).toString() : identifier.trimmed().toLower());
    const QString addressKey = QStringLiteral("address:") + clientKey;
    const int wait = std::max(m_ctx.throttle.lockedForSeconds(accountKey),
                              clientKey.isEmpty() ? 0 : m_ctx.throttle.lockedForSeconds(addressKey));
    if (wait > 0) {
        Error e{Error::Code::TooManyRequests,
                QStringLiteral("Too many failed login attempts. Try again in %1 seconds.").arg(wait),
                {}};
        e.retryAfterSeconds = wait;
        return e;
    }
    // Without an account we still pay for one hash, so response time does not reveal which emails exist.
    static const QString dummyHash = PasswordHasher::hash(QStringLiteral("not-a-real-password"));
    const QString stored =
        row->has_value() ? (*row)->value(QStringLiteral("password_hash")).toString() : dummyHash;
    const bool passwordOk = PasswordHasher::verify(password, stored) && row->has_value();
    if (!passwordOk) {
        m_ctx.throttle.recordFailure(accountKey);
        if (!clientKey.isEmpty())
            m_ctx.throttle.recordFailure(addressKey);
        return Error::unauthenticated(kInvalidCredentials);
    }
    m_ctx.throttle.recordSuccess(accountKey);
    const QVariantMap& found = **row;
    if (found.value(QStringLiteral("is_active")).toInt() == 0)
        return Error::unauthenticated(QStringLiteral("User inactive or deleted."));
    if (m_ctx.config.requireEmailVerification &&
        isNullValue(found.value(QStringLiteral("email_verified_at"))))
        return Error::unauthenticated(
            QStringLiteral("E-mail address is not verified. Follow the activation link "
                           "sent to it first."));
    return activeUser(found.value(QStringLiteral("id")).toString());
}

Result<AuthenticatedUser> AccountService::login(const QString& identifier, const QString& password,
                                                const QString& clientKey, const QString& client)
{
    auto result = checkPassword(identifier, password, clientKey);
    if (result) {
        Actor signedIn = result->actor;
        signedIn.client = client;
        UnitOfWork uow(m_ctx.db, m_ctx.clock, signedIn);
        uow.audit(QStringLiteral("auth.login"), QStringLiteral("users"), result->actor.userId);
        uow.commit();
    }
    return result;
}

Result<AuthenticatedUser> AccountService::loginBasic(const QString& identifier, const QString& password,
                                                     const QString& clientKey)
{
    const QString cacheKey = Crypto::sha256Hex(identifier.trimmed().toLower() + QLatin1Char('\n') + password);
    {
        QMutexLocker lock(&m_basicCacheMutex);
        const auto it = m_basicCache.constFind(cacheKey);
        if (it != m_basicCache.constEnd() && it->until > m_ctx.clock.nowUtc()) {
            const CachedBasic cached = *it;
            lock.unlock();
            // A password changed since (here or, through sync, on another station) sends the credentials
            // back to the full check.
            if (auto user = activeUser(cached.userId, cached.checkedAt))
                return user;
        }
    }
    const QDateTime checkedAt = m_ctx.clock.nowUtc();
    auto result = checkPassword(identifier, password, clientKey);
    if (result) {
        QMutexLocker lock(&m_basicCacheMutex);
        if (m_basicCache.size() > 10000)
            m_basicCache.clear();
        m_basicCache.insert(cacheKey,
                            {result->actor.userId, checkedAt.addSecs(kBasicCacheSeconds), checkedAt});
    }
    return result;
}

Result<AuthenticatedUser> AccountService::activeUser(const QString& userId, const QDateTime& credentialTime)
{
    // A dentist who applied through a sign-up form (seed 002's register/doctor, seed 003's user_type doctor)
    // has a doctor profile awaiting approval; until staff approve it the account acts with a patient's
    // rights, so an anonymous sign-up never opens the clinic's calendar, records or stock. Read on every
    // request, so an approval takes effect at once.
    auto row = sql::selectOne(
        m_ctx.db.connection(),
        QStringLiteral("SELECT u.*, EXISTS (SELECT 1 FROM doctors d WHERE d.user_id = u.id AND "
                       "d.deleted_at IS NULL AND d.is_approved = 0) AS awaiting_approval FROM users u "
                       "WHERE u.id = ? AND u.deleted_at IS NULL"),
        {userId});
    if (!row)
        return row.error();
    if (!row->has_value() || (*row)->value(QStringLiteral("is_active")).toInt() == 0)
        return Error::unauthenticated(QStringLiteral("User inactive or deleted."));
    QVariantMap r = **row;
    if (credentialTime.isValid()) {
        const QDateTime passwordChanged = QDateTime::fromString(
            r.value(QStringLiteral("password_changed_at")).toString(), Qt::ISODateWithMs);
        if (passwordChanged.isValid() && credentialTime < passwordChanged)
            return Error::unauthenticated(
                QStringLiteral("The password of this account has changed since; sign in again."));
    }
    Role role = parseRole(r.value(QStringLiteral("role")).toString()).value_or(Role::Patient);
    if (role == Role::Dentist && r.take(QStringLiteral("awaiting_approval")).toInt() == 1)
        role = Role::Patient;
    r.remove(QStringLiteral("awaiting_approval"));
    return AuthenticatedUser{Actor{userId, role, QStringLiteral("api")}, publicUser(r)};
}

QString AccountService::storeToken(const QString& userId, const QString& kind, const QString& secretPart,
                                   const QDateTime& expiry)
{
    // auth_tokens is station-local (tokens are not replicated), so it is written directly, not via
    // UnitOfWork.
    QSqlQuery q(m_ctx.db.connection());
    q.prepare(QStringLiteral("INSERT INTO auth_tokens (token_hash, user_id, kind, created_at, expires_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    const QString hash = Crypto::sha256Hex(secretPart);
    q.addBindValue(hash);
    q.addBindValue(userId);
    q.addBindValue(kind);
    q.addBindValue(toIsoUtc(m_ctx.clock.nowUtc()));
    q.addBindValue(toIsoUtc(expiry));
    return q.exec() ? hash : QString();
}

Result<TokenBundle> AccountService::issueTokens(const QString& userId)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    TokenBundle bundle;
    auto jwt = [&](const QString& type, const QDateTime& expiry) -> QString {
        const QString jti = Crypto::randomHex(16);
        if (storeToken(userId, type, jti, expiry).isEmpty())
            return {};
        return Jwt::encode({{QStringLiteral("token_type"), type},
                            {QStringLiteral("exp"), expiry.toSecsSinceEpoch()},
                            {QStringLiteral("iat"), now.toSecsSinceEpoch()},
                            {QStringLiteral("jti"), jti},
                            {QStringLiteral("user_id"), userId}},
                           m_ctx.signingKey);
    };
    bundle.accessExpiry = now.addSecs(qint64(m_ctx.config.accessTokenMinutes) * 60);
    bundle.access = jwt(QStringLiteral("access"), bundle.accessExpiry);
    bundle.refresh = jwt(QStringLiteral("refresh"), now.addDays(m_ctx.config.refreshTokenDays));
    bundle.opaque = Crypto::randomHex(32);
    bundle.opaqueExpiry = now.addDays(m_ctx.config.opaqueTokenDays);
    if (bundle.access.isEmpty() || bundle.refresh.isEmpty() ||
        storeToken(userId, QStringLiteral("opaque"), bundle.opaque, bundle.opaqueExpiry).isEmpty())
        return Error::unavailable(QStringLiteral("Could not record the new tokens; try again."));
    return bundle;
}

std::optional<QDateTime> AccountService::liveTokenIssuedAt(const QString& tokenHash, const QString& kind)
{
    // Looked up by hash: the database compares hashes, never the token a client presented.
    auto row = sql::selectOne(m_ctx.db.connection(),
                              QStringLiteral("SELECT created_at, expires_at, revoked_at FROM auth_tokens "
                                             "WHERE token_hash = ? AND kind = ?"),
                              {tokenHash, kind});
    if (!row || !row->has_value())
        return std::nullopt;
    if (!isNullValue((*row)->value(QStringLiteral("revoked_at"))))
        return std::nullopt;
    const QDateTime expires =
        QDateTime::fromString((*row)->value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    if (!expires.isValid() || expires <= m_ctx.clock.nowUtc())
        return std::nullopt;
    return QDateTime::fromString((*row)->value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
}

Result<AuthenticatedUser> AccountService::authenticateToken(const QString& token)
{
    if (token.isEmpty() || token.size() > 4096)
        return Error::unauthenticated(kInvalidOpaque);
    const QString tokenHash = Crypto::sha256Hex(token);
    if (auto checked = checkedToken(tokenHash))
        return activeUser(checked->userId, checked->issuedAt);
    quint64 revocationsBefore = 0;
    {
        QMutexLocker lock(&m_checkedMutex);
        revocationsBefore = m_revocations;
    }
    if (token.count(QLatin1Char('.')) == 2) {
        auto claims = Jwt::decode(token, m_ctx.signingKey);
        if (!claims)
            return claims.error();
        const QDateTime exp =
            QDateTime::fromSecsSinceEpoch(claims->value(QStringLiteral("exp")).toInteger(), Qt::UTC);
        if (claims->value(QStringLiteral("token_type")).toString() != QLatin1String("access") ||
            exp <= m_ctx.clock.nowUtc())
            return Error::unauthenticated(kInvalidJwt);
        const auto issuedAt = liveTokenIssuedAt(
            Crypto::sha256Hex(claims->value(QStringLiteral("jti")).toString()), QStringLiteral("access"));
        if (!issuedAt)
            return Error::unauthenticated(kInvalidJwt);
        const QString userId = claims->value(QStringLiteral("user_id")).toString();
        rememberCheckedToken(tokenHash, {userId, exp, *issuedAt}, revocationsBefore);
        return activeUser(userId, *issuedAt);
    }
    if (token.size() > 256)
        return Error::unauthenticated(kInvalidOpaque);
    auto row = sql::selectOne(m_ctx.db.connection(),
                              QStringLiteral("SELECT user_id, created_at, expires_at FROM auth_tokens WHERE "
                                             "token_hash = ? AND kind = 'opaque' AND revoked_at IS NULL"),
                              {tokenHash});
    if (!row)
        return row.error();
    const QDateTime expires =
        *row
            ? QDateTime::fromString((*row)->value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs)
            : QDateTime();
    if (!expires.isValid() || expires <= m_ctx.clock.nowUtc())
        return Error::unauthenticated(kInvalidOpaque);
    const QString userId = (*row)->value(QStringLiteral("user_id")).toString();
    const QDateTime issuedAt =
        QDateTime::fromString((*row)->value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    rememberCheckedToken(tokenHash, {userId, expires, issuedAt}, revocationsBefore);
    return activeUser(userId, issuedAt);
}

std::optional<AccountService::CheckedToken> AccountService::checkedToken(const QString& tokenHash)
{
    QMutexLocker lock(&m_checkedMutex);
    const auto it = m_checkedTokens.constFind(tokenHash);
    if (it == m_checkedTokens.cend() || it->validUntil <= m_ctx.clock.nowUtc())
        return std::nullopt;
    return *it;
}

void AccountService::rememberCheckedToken(const QString& tokenHash, const CheckedToken& checked,
                                          quint64 revocationsBefore)
{
    QMutexLocker lock(&m_checkedMutex);
    if (m_revocations != revocationsBefore)
        return;
    if (m_checkedTokens.size() >= 10000) // a bound on memory; the busiest tokens come back at once
        m_checkedTokens.clear();
    m_checkedTokens.insert(tokenHash, checked);
}

void AccountService::forgetCheckedTokens()
{
    QMutexLocker lock(&m_checkedMutex);
    ++m_revocations;
    m_checkedTokens.clear();
}

Result<TokenBundle> AccountService::refresh(const QString& refreshToken)
{
    const Error invalid = Error::unauthenticated(QStringLiteral("Token is invalid or expired"));
    auto claims = Jwt::decode(refreshToken, m_ctx.signingKey);
    if (!claims || claims->value(QStringLiteral("token_type")).toString() != QLatin1String("refresh") ||
        claims->value(QStringLiteral("exp")).toInteger() <= m_ctx.clock.nowUtc().toSecsSinceEpoch())
        return invalid;
    const auto issuedAt = liveTokenIssuedAt(
        Crypto::sha256Hex(claims->value(QStringLiteral("jti")).toString()), QStringLiteral("refresh"));
    const QString userId = claims->value(QStringLiteral("user_id")).toString();
    if (!issuedAt || !activeUser(userId, *issuedAt))
        return invalid;
    return issueTokens(userId);
}

void AccountService::revoke(const QStringList& tokens)
{
    QSqlQuery q(m_ctx.db.connection());
    q.prepare(
        QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    for (const QString& token : tokens) {
        if (token.isEmpty())
            continue;
        QString secretPart = token;
        if (auto claims = Jwt::decode(token, m_ctx.signingKey))
            secretPart = claims->value(QStringLiteral("jti")).toString();
        q.bindValue(0, toIsoUtc(m_ctx.clock.nowUtc()));
        q.bindValue(1, Crypto::sha256Hex(secretPart));
        q.exec();
    }
    forgetCheckedTokens();
}

void AccountService::revokeAll(const QString& userId)
{
    QSqlQuery q(m_ctx.db.connection());
    q.prepare(
        QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"));
    q.addBindValue(toIsoUtc(m_ctx.clock.nowUtc()));
    q.addBindValue(userId);
    q.exec();
    forgetCheckedTokens();
    QMutexLocker lock(&m_basicCacheMutex);
    for (auto it = m_basicCache.begin(); it != m_basicCache.end();) {
        if (it->userId == userId)
            it = m_basicCache.erase(it);
        else
            ++it;
    }
}

Status AccountService::changePassword(const Actor& actor, const QString& oldPassword,
                                      const QString& newPassword)
{
    auto row =
        sql::selectOne(m_ctx.db.connection(),
                       QStringLiteral("SELECT password_hash FROM users WHERE id = ? AND deleted_at IS NULL"),
                       {actor.userId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::unauthenticated(QStringLiteral("User inactive or deleted."));
    FieldErrors errors;
    if (oldPassword.isEmpty())
        errors.add(QStringLiteral("old_password"), kRequired);
    else if (!PasswordHasher::verify(oldPassword, (*row)->value(QStringLiteral("password_hash")).toString()))
        errors.add(QStringLiteral("old_password"), QStringLiteral("Current password does not match"));
    if (newPassword.isEmpty())
        errors.add(QStringLiteral("new_password"), kRequired);
    else if (newPassword.size() < 8)
        errors.add(QStringLiteral("new_password"),
                   QStringLiteral("This password is too short. It must contain at least 8 characters."));
    if (!errors.isEmpty())
        return errors.toError();

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.update(QStringLiteral("users"), actor.userId,
                              {{QStringLiteral("password_hash"), PasswordHasher::hash(newPassword)},
                               {QStringLiteral("password_changed_at"), uow.nowIso()},
                               {QStringLiteral("updated_at"), uow.nowIso()}}))
        return e;
    if (Status e = uow.commit())
        return e;
    // Every session of the account ends with the old password.
    revokeAll(actor.userId);
    return std::nullopt;
}

QString AccountService::signLink(const QString& userId, qint64 timestamp, const QVariantMap& userRow) const
{
    // The verification state is part of the signed text, so a link stops working once it has been used.
    const QByteArray message =
        QStringLiteral("email-verification|%1|%2|%3|%4")
            .arg(userId, QString::number(timestamp), text(userRow, QStringLiteral("email")),
                 text(userRow, QStringLiteral("email_verified_at")))
            .toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, m_ctx.signingKey, QCryptographicHash::Sha256)
            .toHex()
            .left(40));
}

QString AccountService::emailVerificationToken(const QString& userId)
{
    auto row =
        sql::selectOne(m_ctx.db.connection(), QStringLiteral("SELECT * FROM users WHERE id = ?"), {userId});
    if (!row || !row->has_value())
        return {};
    const qint64 ts = kLinkEpoch.secsTo(m_ctx.clock.nowUtc());
    return base36(ts) + QLatin1Char('-') + signLink(userId, ts, **row);
}

Result<bool> AccountService::verifyEmail(const QString& userId, const QString& token)
{
    const Error invalid = Error::field(QStringLiteral("confirmation_token"),
                                       QStringLiteral("The activation link is invalid or has expired."));
    if (!Uuid::isValid(userId))
        return Error::field(QStringLiteral("user_id"), QStringLiteral("Unknown user."));
    auto row =
        sql::selectOne(m_ctx.db.connection(),
                       QStringLiteral("SELECT * FROM users WHERE id = ? AND deleted_at IS NULL"), {userId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::field(QStringLiteral("user_id"), QStringLiteral("Unknown user."));
    const QVariantMap& user = **row;
    if (!isNullValue(user.value(QStringLiteral("email_verified_at"))))
        return false;

    bool ok = false;
    const qint64 ts = token.section(QLatin1Char('-'), 0, 0).toLongLong(&ok, 36);
    const QString mac = token.section(QLatin1Char('-'), 1);
    const qint64 age = kLinkEpoch.secsTo(m_ctx.clock.nowUtc()) - ts;
    if (!ok || age < 0 || age > qint64(m_ctx.config.emailLinkDays) * 86400 ||
        !Crypto::equalConstantTime(mac.toLatin1(), signLink(userId, ts, user).toLatin1()))
        return invalid;

    const Role role = parseRole(user.value(QStringLiteral("role")).toString()).value_or(Role::Patient);
    UnitOfWork uow(m_ctx.db, m_ctx.clock, Actor{userId, role, QStringLiteral("api")});
    if (Status e = uow.update(QStringLiteral("users"), userId,
                              {{QStringLiteral("email_verified_at"), uow.nowIso()},
                               {QStringLiteral("is_active"), 1},
                               {QStringLiteral("updated_at"), uow.nowIso()}}))
        return *e;
    if (Status e = uow.commit())
        return *e;
    return true;
}

Result<QVariantMap> AccountService::user(const Actor& actor, const QString& userId)
{
    if (actor.userId != userId && !allows(actor.role, Permission::ListUsers))
        return Error::forbidden();
    if (!Uuid::isValid(userId))
        return Error::notFound();
    auto row =
        sql::selectOne(m_ctx.db.connection(),
                       QStringLiteral("SELECT * FROM users WHERE id = ? AND deleted_at IS NULL"), {userId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound();
    return publicUser(**row);
}

Status AccountService::deleteUser(const Actor& actor, const QString& userId)
{
    if (!allows(actor.role, Permission::ListUsers))
        return Error::forbidden();
    if (actor.userId == userId)
        return Error::forbidden(QStringLiteral("You cannot delete your own account."));
    auto target = user(actor, userId);
    if (!target)
        return target.error();
    // Only an admin may remove staff accounts; the front desk may remove patient accounts.
    if (target->value(QStringLiteral("is_staff")).toBool() && !allows(actor.role, Permission::ManageUsers))
        return Error::forbidden();
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e =
            uow.update(QStringLiteral("users"), userId,
                       {{QStringLiteral("is_active"), 0}, {QStringLiteral("updated_at"), uow.nowIso()}}))
        return e;
    if (Status e = uow.softDelete(QStringLiteral("users"), userId))
        return e;
    if (Status e = uow.commit())
        return e;
    revokeAll(userId);
    return std::nullopt;
}

Status AccountService::setRole(const Actor& actor, const QString& userId, Role role)
{
    if (!allows(actor.role, Permission::ManageUsers))
        return Error::forbidden();
    if (actor.userId == userId)
        return Error::forbidden(QStringLiteral("You cannot change the role of your own account."));
    auto target = user(actor, userId);
    if (!target)
        return target.error();
    if (target->value(QStringLiteral("role")).toString() == roleName(role))
        return std::nullopt;
    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    if (Status e = uow.update(
            QStringLiteral("users"), userId,
            {{QStringLiteral("role"), roleName(role)}, {QStringLiteral("updated_at"), uow.nowIso()}}))
        return e;
    if (Status e = uow.commit())
        return e;
    revokeAll(userId);
    return std::nullopt;
}

Result<QList<QVariantMap>> AccountService::listUsers(const Actor& actor)
{
    if (!allows(actor.role, Permission::ListUsers))
        return Error::forbidden();
    auto rows = sql::select(m_ctx.db.connection(),
                            QStringLiteral("SELECT * FROM users WHERE deleted_at IS NULL AND is_active = 1 "
                                           "ORDER BY created_at"));
    if (!rows)
        return rows.error();
    QList<QVariantMap> users;
    for (const QVariantMap& r : *rows)
        users.append(publicUser(r));
    return users;
}

Result<QVariantMap> AccountService::updateUser(const Actor& actor, const QString& userId,
                                               const QVariantMap& input)
{
    auto target = user(actor, userId);
    if (!target)
        return target.error();
    if (actor.userId != userId && target->value(QStringLiteral("is_staff")).toBool() &&
        !allows(actor.role, Permission::ManageUsers))
        return Error::forbidden();

    FieldErrors errors;
    QVariantMap fields = normalizeFields(userFieldSpecs(), input, errors);
    const QString name = text(input, QStringLiteral("name")).trimmed();
    if (!name.isEmpty() && !input.contains(QStringLiteral("first_name")) &&
        !input.contains(QStringLiteral("last_name"))) {
        fields.insert(QStringLiteral("first_name"), name.section(QLatin1Char(' '), 0, 0));
        const QString rest = name.section(QLatin1Char(' '), 1).trimmed();
        fields.insert(QStringLiteral("last_name"), rest.isEmpty() ? QVariant() : QVariant(rest));
    }
    // The sign-in names may change but not disappear.
    for (const QString& key : {QStringLiteral("email"), QStringLiteral("username")}) {
        if (fields.contains(key) && text(fields, key).isEmpty() && !errors.has(key))
            errors.add(key, QStringLiteral("This field may not be blank."));
    }
    static const QRegularExpression usernamePattern(QStringLiteral("^[\\w.@+-]+$"));
    const QString username = text(fields, QStringLiteral("username"));
    if (!username.isEmpty() && !usernamePattern.match(username).hasMatch())
        errors.add(QStringLiteral("username"),
                   QStringLiteral("Enter a valid username. This value may contain only "
                                  "letters, numbers, and @/./+/-/_ characters."));
    const QSqlDatabase db = m_ctx.db.connection();
    const std::pair<QString, QString> unique[] = {
        {QStringLiteral("email"), QStringLiteral("user with this email address already exists.")},
        {QStringLiteral("username"), QStringLiteral("A user with that username already exists.")}};
    for (const auto& [column, message] : unique) {
        const QString value = text(fields, column);
        if (value.isEmpty() || errors.has(column))
            continue;
        auto taken = sql::scalar(
            db, QStringLiteral("SELECT 1 FROM users WHERE lower(%1) = lower(?) AND id <> ?").arg(column),
            {value, userId});
        if (!taken)
            return taken.error();
        if (taken->isValid())
            errors.add(column, message);
    }
    if (!errors.isEmpty())
        return errors.toError();
    if (fields.isEmpty())
        return *target;

    UnitOfWork uow(m_ctx.db, m_ctx.clock, actor);
    fields.insert(QStringLiteral("updated_at"), uow.nowIso());
    if (Status e = uow.update(QStringLiteral("users"), userId, fields)) {
        if (e->code == Error::Code::Conflict)
            return Error::field(QStringLiteral("email"),
                                QStringLiteral("user with this email address already exists."));
        return *e;
    }
    if (Status e = uow.commit())
        return *e;
    return user(actor, userId);
}

} // namespace chairside

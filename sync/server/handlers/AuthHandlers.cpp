#include "AccountRenderers.h"
#include "Handlers.h"
#include "Renderers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chairside::api {

namespace {

QJsonObject tokenFields(const TokenBundle& t)
{
    return {{QStringLiteral("access"), t.access},
            {QStringLiteral("refresh"), t.refresh},
            {QStringLiteral("tokens"),
             QJsonObject{{QStringLiteral("access"), t.access}, {QStringLiteral("refresh"), t.refresh}}}};
}

// One body every seed's client can read: the user at the top level (002) and nested (000/003), the JWT pair
// (001/004), the Knox token and expiry (000).
QJsonObject loginBody(const QVariantMap& user, const TokenBundle& t, const QString& message)
{
    QJsonObject body = renderUser(user);
    const QJsonObject tokens = tokenFields(t);
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        body.insert(it.key(), it.value());
    body.insert(QStringLiteral("token"), t.opaque);
    body.insert(QStringLiteral("expiry"), toIsoUtc(t.opaqueExpiry));
    body.insert(QStringLiteral("message"), message);
    body.insert(QStringLiteral("success"), true);
    body.insert(QStringLiteral("user_id"), user.value(QStringLiteral("id")).toString());
    body.insert(QStringLiteral("user"), renderUser(user));
    return body;
}

QString fieldText(const ApiRequest& req, const QString& key)
{
    const QVariant v = req.fields.value(key);
    return v.metaType().id() == QMetaType::QString ? v.toString() : QString();
}

} // namespace

std::optional<std::pair<QString, QString>> basicCredentials(const ApiRequest& req)
{
    const QByteArray header = req.headers.value("authorization").trimmed();
    if (!header.toLower().startsWith("basic "))
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    return std::make_pair(text.left(colon), text.mid(colon + 1));
}

ApiResponse AuthHandlers::registerUser(const ApiRequest& req)
{
    return registerWithMessage(req, QStringLiteral("User registered successfully"));
}

ApiResponse AuthHandlers::registerWithMessage(const ApiRequest& req, const QString& message)
{
    const QVariantMap fields = accountInput(req.fields);
    // A form asking for a doctor's account (seed 003's user_type "doctor") signs a dentist up with the
    // doctor profile that holds the approval; anyone else gets a patient account (decision 7).
    auto user =
        ProfileService::asksForDoctor(fields)
            ? m_s.profiles.signUpDoctor({RegistrationInput{registrationInput(fields)}, {}}, req.actor())
            : m_s.signUp(RegistrationInput{registrationInput(fields)}, req.actor());
    if (!user)
        return ApiResponse::fromError(user.error());
    const QString id = user->value(QStringLiteral("id")).toString();
    auto tokens = m_s.accounts.issueTokens(id);
    if (!tokens)
        return ApiResponse::fromError(tokens.error());
    QJsonObject body = loginBody(*user, *tokens, message);
    // Knox tokens are handed out by login only; a registration answers with the JWT pair like seed 003.
    body.remove(QStringLiteral("token"));
    body.remove(QStringLiteral("expiry"));
    // Seed 003's client reads its UserSerializer in `user` (full_name, date_of_birth, specialization, ...);
    // role and user_type keep the superset's words.
    const Role role = parseRole(user->value(QStringLiteral("role")).toString()).value_or(Role::Patient);
    if (auto profile = m_s.profiles.profile(Actor{id, role, req.actor().source}, id)) {
        QJsonObject nested = body.value(QStringLiteral("user")).toObject();
        const QJsonObject full = renderUser003(*profile);
        for (auto it = full.begin(); it != full.end(); ++it) {
            if (it.key() != QLatin1String("user_type") && it.key() != QLatin1String("role"))
                nested.insert(it.key(), it.value());
        }
        body.insert(QStringLiteral("user"), nested);
    }
    return ApiResponse::json(201, body);
}

ApiResponse AuthHandlers::login(const ApiRequest& req)
{
    QString identifier;
    QString password;
    if (auto basic = basicCredentials(req)) {
        identifier = basic->first;
        password = basic->second;
    } else {
        for (const QString& key :
             {QStringLiteral("email"), QStringLiteral("username"), QStringLiteral("login")}) {
            if (identifier.isEmpty())
                identifier = fieldText(req, key);
        }
        password = fieldText(req, QStringLiteral("password"));
        FieldErrors errors;
        if (identifier.isEmpty())
            errors.add(req.fields.contains(QStringLiteral("username")) ? QStringLiteral("username")
                                                                       : QStringLiteral("email"),
                       QStringLiteral("This field is required."));
        if (password.isEmpty())
            errors.add(QStringLiteral("password"), QStringLiteral("This field is required."));
        if (!errors.isEmpty())
            return ApiResponse::fromError(errors.toError());
    }
    auto who = m_s.accounts.login(identifier, password, req.remote.toString(), req.client);
    if (!who) {
        if (who.error().code != Error::Code::Unauthenticated)
            return ApiResponse::fromError(who.error());
        // Every seed's reader finds its key: detail (DRF), non_field_errors (003), error (001 variants).
        const QString m = who.error().message;
        ApiResponse r =
            ApiResponse::json(401, QJsonObject{{QStringLiteral("detail"), m},
                                               {QStringLiteral("non_field_errors"), QJsonArray{m}},
                                               {QStringLiteral("error"), m},
                                               {QStringLiteral("success"), false}});
        r.headers.emplaceBack(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"api\""));
        return r;
    }
    auto tokens = m_s.accounts.issueTokens(who->actor.userId);
    if (!tokens)
        return ApiResponse::fromError(tokens.error());
    return ApiResponse::json(200, loginBody(who->user, *tokens, QStringLiteral("Login successful")));
}

ApiResponse AuthHandlers::refresh(const ApiRequest& req)
{
    QString token = fieldText(req, QStringLiteral("refresh"));
    if (token.isEmpty())
        token = fieldText(req, QStringLiteral("refresh_token"));
    if (token.isEmpty())
        return ApiResponse::fromError(
            Error::field(QStringLiteral("refresh"), QStringLiteral("This field is required.")));
    auto tokens = m_s.accounts.refresh(token);
    if (!tokens) {
        return ApiResponse::json(401,
                                 QJsonObject{{QStringLiteral("detail"), tokens.error().message},
                                             {QStringLiteral("code"), QStringLiteral("token_not_valid")}});
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("access"), tokens->access},
                                              {QStringLiteral("refresh"), tokens->refresh}});
}

} // namespace chairside::api

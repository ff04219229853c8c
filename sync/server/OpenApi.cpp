#include "OpenApi.h"

#include "Router.h"
#include "handlers/FhirHandlers.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace chairside::api {

namespace {

// The order operations are listed in on a path, and on the docs page.
const QStringList kMethods{u"get"_s, u"post"_s, u"put"_s, u"patch"_s, u"delete"_s};

// What the tags say; a dialect not named here (a new one) is tagged with its name alone.
QString dialectDescription(const QString& dialect)
{
    static const QHash<QString, QString> descriptions{
        {u"seed000"_s, u"Seed 000, \"Clinic Backend API\": its paths at the root and under /api."_s},
        {u"seed001"_s, u"Seed 001, \"Healthcare Backend API\"."_s},
        {u"seed002"_s, u"Seed 002, \"Clinic Web App API\"."_s},
        {u"seed003"_s, u"Seed 003, \"Medical Platform Backend\"."_s},
        {u"seed004"_s, u"Seed 004, \"Healthcare System Backend\": its paths at the root and under /api."_s},
        {u"fhir"_s, u"FHIR R4, read and search: Patient, Practitioner, Appointment, Slot, Schedule; the "
                    u"CapabilityStatement at /fhir/metadata. Refusals are OperationOutcomes."_s},
        {u"station"_s,
         u"Chairside's own: station-to-station sync, pairing, the change feed and this document."_s},
    };
    return descriptions.value(dialect);
}

QStringList parameterNames(const QString& pattern)
{
    QStringList names;
    for (const QString& segment : Router::segments(pattern))
        if (Router::isParameter(segment))
            names.append(segment.mid(1, segment.size() - 2));
    return names;
}

// The documented form of a pattern: with the trailing slash, as the seeds' clients write their paths (both
// forms are served).
QString pathKey(const QString& pattern)
{
    return u"/"_s + Router::segments(pattern).join(QLatin1Char('/')) + u"/"_s;
}

QString operationId(const QString& method, const QString& key, QSet<QString>& taken)
{
    QString id = method;
    for (const QString& segment : Router::segments(key)) {
        QString word = segment;
        word.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"_"_s);
        id += u"_"_s + word;
    }
    id.replace(QRegularExpression(u"_+"_s), u"_"_s);
    if (id.endsWith(QLatin1Char('_')))
        id.chop(1);
    const QString base = id;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u"_"_s + QString::number(n);
    taken.insert(id);
    return id;
}

QJsonObject stringSchema()
{
    return {{u"type"_s, u"string"_s}};
}

QJsonObject errorResponse(const QString& description)
{
    return {{u"description"_s, description},
            {u"content"_s,
             QJsonObject{
                 {u"application/json"_s,
                  QJsonObject{{u"schema"_s, QJsonObject{{u"$ref"_s, u"#/components/schemas/Error"_s}}}}}}}};
}

// A refusal on a route whose refusals are in its own media type (FHIR's OperationOutcome).
QJsonObject errorResponse(const QString& description, const char* mediaType)
{
    if (!mediaType)
        return errorResponse(description);
    return {{u"description"_s, description},
            {u"content"_s,
             QJsonObject{
                 {QString::fromLatin1(mediaType),
                  QJsonObject{{u"schema"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                        {u"description"_s, u"An OperationOutcome."_s}}}}}}}};
}

QJsonObject queryParameter(const QString& name, const QString& description)
{
    return {{u"name"_s, name},
            {u"in"_s, u"query"_s},
            {u"required"_s, false},
            {u"schema"_s, stringSchema()},
            {u"description"_s, description}};
}

// The query parameters of a FHIR route: `_format` on every one, and a search's own (the table its handler
// checks, FhirHandlers::searchParameters) with the paging ones.
QJsonArray fhirQueryParameters(const QString& pattern)
{
    QJsonArray parameters{queryParameter(
        u"_format"_s,
        u"json, application/json or application/fhir+json; another format is refused (406)."_s)};
    const QStringList segments = Router::segments(pattern);
    for (const auto& [type, searchParameters] : FhirHandlers::searchParameters()) {
        if (segments != QStringList{u"fhir"_s, type})
            continue;
        for (const FhirHandlers::SearchParameter& p : searchParameters)
            parameters.append(queryParameter(p.name, u"%1 (FHIR %2)."_s.arg(p.documentation, p.type)));
        parameters.append(
            queryParameter(u"_count"_s, u"Page size, 1-%1 (default %2)."_s.arg(FhirHandlers::kMaxCount)
                                            .arg(FhirHandlers::kDefaultCount)));
        parameters.append(queryParameter(u"_offset"_s, u"Where the page starts (the `next` link has it)."_s));
    }
    return parameters;
}

QJsonObject requestBody(const Route& route)
{
    if (route.rawBody)
        return {{u"description"_s, u"The bytes themselves; the handler reads them as sent."_s},
                {u"content"_s,
                 QJsonObject{{u"application/octet-stream"_s,
                              QJsonObject{{u"schema"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                                    {u"format"_s, u"binary"_s}}}}}}}};
    // Every other route reads the same three body types (ApiServer::parseBody): a JSON object, a form, or
    // multipart/form-data whose file parts are uploads.
    const QJsonObject object{{u"schema"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
    return {{u"description"_s, u"The fields, as a JSON object, a form or multipart/form-data (files as file "
                               u"parts). Which fields a route takes is in its dialect's contract."_s},
            {u"content"_s, QJsonObject{{u"application/json"_s, object},
                                       {u"application/x-www-form-urlencoded"_s, object},
                                       {u"multipart/form-data"_s, object}}}};
}

QString accessSentence(Access access)
{
    switch (access) {
    case Access::Anonymous:
        return u"Anyone may call it; credentials, when sent, are checked and name the caller."_s;
    case Access::Authenticated:
        return u"Signed-in callers. Which roles may do what is the services' permission table: another "
               u"owner's object answers 404, a role that may not answers 403."_s;
    case Access::Peer:
        return u"Paired stations only (`Authorization: Peer <site id> <token>`); user tokens are refused."_s;
    }
    return {};
}

QJsonObject operation(const Route& route, const QString& method, const QString& key, QSet<QString>& ids)
{
    QJsonObject op{
        {u"operationId"_s, operationId(method, key, ids)},
        {u"summary"_s, QString::fromLatin1(route.method) + QLatin1Char(' ') + pathKey(route.pattern)},
        {u"tags"_s, QJsonArray{route.dialect}}};
    QStringList description{accessSentence(route.access)};

    QJsonArray parameters;
    const QStringList documented = parameterNames(key);
    const QStringList own = parameterNames(route.pattern);
    for (qsizetype i = 0; i < documented.size(); ++i) {
        QJsonObject parameter{{u"name"_s, documented[i]},
                              {u"in"_s, u"path"_s},
                              {u"required"_s, true},
                              {u"schema"_s, stringSchema()}};
        if (own.value(i) != documented[i])
            parameter.insert(u"description"_s, u"This route's `%1`."_s.arg(own.value(i)));
        parameters.append(parameter);
    }
    if (route.dialect == u"fhir"_s)
        for (const QJsonValue& parameter : fhirQueryParameters(route.pattern))
            parameters.append(parameter);
    if (route.changeFeed) {
        parameters.append(queryParameter(
            u"changed_since"_s,
            u"Only the rows changed since: the `X-Chairside-Watermark` an earlier answer "
            u"carried (exact), or an ISO-8601 time with its offset (changes stamped later)."_s));
        description.append(
            u"Part of the change feed: answers `X-Chairside-Watermark`; with `changed_since` "
            u"only the rows changed since. Deleted rows are listed at `/api/changes/deleted/`."_s);
    }
    if (!parameters.isEmpty())
        op.insert(u"parameters"_s, parameters);

    if (method == u"post"_s || method == u"put"_s || method == u"patch"_s)
        op.insert(u"requestBody"_s, requestBody(route));

    QJsonObject done{{u"description"_s, u"Done: JSON, unless the route answers with a file (a PDF, an image, "
                                        u"a chunk of one)."_s}};
    if (route.answers)
        done = QJsonObject{
            {u"description"_s, u"Done, as %1."_s.arg(QString::fromLatin1(route.answers))},
            {u"content"_s,
             QJsonObject{{QString::fromLatin1(route.answers),
                          QJsonObject{{u"schema"_s, QString::fromLatin1(route.answers).endsWith(u"json"_s)
                                                        ? QJsonObject{{u"type"_s, u"object"_s}}
                                                        : stringSchema()}}}}}};
    if (route.changeFeed)
        done.insert(u"headers"_s,
                    QJsonObject{{u"X-Chairside-Watermark"_s,
                                 QJsonObject{{u"description"_s, u"The store's newest change: pass it as "
                                                                u"`changed_since` next time."_s},
                                             {u"schema"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                                       {u"pattern"_s, u"^[0-9]+$"_s}}}}}});
    const char* refusals = route.reshapeRefusal ? route.answers : nullptr;
    QJsonObject responses{
        {u"2XX"_s, done},
        {u"4XX"_s, refusals ? errorResponse(u"Refused, with an OperationOutcome saying why."_s, refusals)
                            : errorResponse(u"Refused: `{\"detail\": ...}`, or `{\"field\": [messages]}` for "
                                            u"invalid fields."_s)}};
    switch (route.access) {
    case Access::Anonymous:
        op.insert(u"security"_s, QJsonArray{}); // overrides the document's: no credentials needed
        break;
    case Access::Peer:
        op.insert(u"security"_s, QJsonArray{QJsonObject{{u"peer"_s, QJsonArray{}}}});
        Q_FALLTHROUGH();
    case Access::Authenticated:
        responses.insert(u"401"_s,
                         errorResponse(u"No credentials, or credentials not valid here."_s, refusals));
        break;
    }
    op.insert(u"responses"_s, responses);
    op.insert(u"description"_s, description.join(u"\n\n"_s));
    return op;
}

QJsonObject components()
{
    const QJsonObject error{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"detail"_s, stringSchema()}}},
        {u"additionalProperties"_s,
         QJsonObject{{u"description"_s, u"A field's messages, or a nested object's fields."_s}}}};
    const QJsonObject schemes{
        {u"bearer"_s, QJsonObject{{u"type"_s, u"http"_s},
                                  {u"scheme"_s, u"bearer"_s},
                                  {u"description"_s, u"`Bearer <token>`: the JWT access token or the opaque "
                                                     u"token `POST /api/auth/login/` answers."_s}}},
        {u"token"_s, QJsonObject{{u"type"_s, u"apiKey"_s},
                                 {u"in"_s, u"header"_s},
                                 {u"name"_s, u"Authorization"_s},
                                 {u"description"_s, u"`Token <token>`: the same tokens."_s}}},
        {u"basic"_s, QJsonObject{{u"type"_s, u"http"_s},
                                 {u"scheme"_s, u"basic"_s},
                                 {u"description"_s, u"The account's email and password."_s}}},
        {u"peer"_s, QJsonObject{{u"type"_s, u"apiKey"_s},
                                {u"in"_s, u"header"_s},
                                {u"name"_s, u"Authorization"_s},
                                {u"description"_s, u"`Peer <site id> <token>`: a paired station."_s}}},
    };
    return {{u"schemas"_s, QJsonObject{{u"Error"_s, error}}}, {u"securitySchemes"_s, schemes}};
}

const QString kIntroduction =
    u"The REST API every Chairside station serves: the endpoints of the five backends it replaces (one tag "
    u"per seed dialect, all over the same data) and Chairside's own. Paths answer with and without the "
    u"trailing slash; a known path with another method answers 405 with `Allow`. Authentication is by header "
    u"(`Bearer`, `Token` or `Basic`); `POST /api/auth/login/` hands out tokens. Lists of records are a "
    u"change "
    u"feed: each answers `X-Chairside-Watermark`, and given it back as `changed_since` lists only the rows "
    u"changed since; `/api/changes/deleted/` lists the rows deleted since."_s;

} // namespace

QJsonObject openApiDocument(const QList<Route>& routes, const QString& version)
{
    QJsonObject paths;
    QHash<QString, QString> keyOfShape;
    QSet<QString> operations; // method and shape
    QSet<QString> ids;
    QStringList dialects;
    for (const Route& route : routes) {
        // OpenAPI treats paths that differ only in their parameters' names as one path: routes are grouped by
        // shape and the first route of a shape names its parameters.
        const QString shape = Router::shape(route.pattern);
        const QString method = QString::fromLatin1(route.method).toLower();
        // The router answers with the first of two identical routes; so does the document.
        if (!kMethods.contains(method) || operations.contains(method + QLatin1Char(' ') + shape))
            continue;
        operations.insert(method + QLatin1Char(' ') + shape);
        if (!keyOfShape.contains(shape))
            keyOfShape.insert(shape, pathKey(route.pattern));
        const QString key = keyOfShape.value(shape);
        QJsonObject item = paths.value(key).toObject();
        item.insert(method, operation(route, method, key, ids));
        paths.insert(key, item);
        if (!dialects.contains(route.dialect))
            dialects.append(route.dialect);
    }
    QJsonArray tags;
    for (const QString& dialect : dialects) {
        QJsonObject tag{{u"name"_s, dialect}};
        if (const QString description = dialectDescription(dialect); !description.isEmpty())
            tag.insert(u"description"_s, description);
        tags.append(tag);
    }
    return {
        {u"openapi"_s, u"3.0.3"_s},
        {u"info"_s, QJsonObject{{u"title"_s, u"Chairside REST API"_s},
                                {u"version"_s, version},
                                {u"description"_s, kIntroduction},
                                {u"license"_s, QJsonObject{{u"name"_s, u"GPL-3.0-or-later"_s}}}}},
        {u"servers"_s,
         QJsonArray{QJsonObject{{u"url"_s, u"/"_s},
                                {u"description"_s, u"The station that served this document"_s}}}},
        {u"tags"_s, tags},
        {u"paths"_s, paths},
        {u"components"_s, components()},
        // Signed in unless an operation says otherwise (anonymous ones carry an empty list, peer ones
        // "peer").
        {u"security"_s,
         QJsonArray{QJsonObject{{u"bearer"_s, QJsonArray{}}}, QJsonObject{{u"token"_s, QJsonArray{}}},
                    QJsonObject{{u"basic"_s, QJsonArray{}}}}},
    };
}

namespace {

QString who(const QJsonObject& op)
{
    if (!op.contains(u"security"_s))
        return u"signed in"_s;
    const QJsonArray security = op.value(u"security"_s).toArray();
    return security.isEmpty() ? u"anyone"_s : u"paired stations"_s;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray openApiHtml(const QJsonObject& document)
{
    const QJsonObject info = document.value(u"info"_s).toObject();
    // Rows per tag, in the document's tag order; paths in the document's (alphabetical) order.
    QMap<QString, QStringList> rows;
    const QJsonObject paths = document.value(u"paths"_s).toObject();
    int count = 0;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        for (const QString& method : kMethods) {
            if (!item.contains(method))
                continue;
            const QJsonObject op = item.value(method).toObject();
            const QString tag = op.value(u"tags"_s).toArray().first().toString();
            QStringList notes;
            for (const QJsonValue& p : op.value(u"parameters"_s).toArray())
                if (p.toObject().value(u"in"_s).toString() == u"query"_s)
                    notes.append(
                        u"<code>?%1=</code>"_s.arg(escaped(p.toObject().value(u"name"_s).toString())));
            rows[tag].append(
                u"<tr><td class=\"m %1\">%2</td><td><code>%3</code></td><td>%4</td><td>%5</td></tr>"_s.arg(
                    method, method.toUpper(), escaped(it.key()), who(op), notes.join(u" "_s)));
            ++count;
        }
    }
    QString html =
        u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>\n"
        u"<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;width:"
        u"100%}"
        u"td,th{border-bottom:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}"
        u".m{font-weight:bold;font-family:monospace}.get{color:#06c}.post{color:#080}.put,.patch{color:#a60}"
        u".delete{color:#c00}</style></head><body>\n<h1>%1 <small>%2</small></h1>\n<p>%3</p>\n"
        u"<p>The machine-readable document (OpenAPI 3.0): <a href=\"/api/schema/\">/api/schema/</a>. "
        u"%4 operations.</p>\n"_s
            .arg(escaped(info.value(u"title"_s).toString()), escaped(info.value(u"version"_s).toString()),
                 escaped(info.value(u"description"_s).toString()))
            .arg(count);
    for (const QJsonValue& t : document.value(u"tags"_s).toArray()) {
        const QJsonObject tag = t.toObject();
        const QString name = tag.value(u"name"_s).toString();
        html += u"<h2 id=\"%1\">%1</h2>\n"_s.arg(escaped(name));
        if (tag.contains(u"description"_s))
            html += u"<p>%1</p>\n"_s.arg(escaped(tag.value(u"description"_s).toString()));
        html += u"<table><tr><th>method</th><th>path</th><th>who</th><th>query</th></tr>\n"_s +
                rows.value(name).join(QLatin1Char('\n')) + u"\n</table>\n"_s;
    }
    html += u"</body></html>\n"_s;
    return html.toUtf8();
}

} // namespace chairside::api

#include "Router.h"
#include "ServedStation.h"
#include "handlers/Handlers.h"
#include "routes/Routes.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

struct Validation
{
    int exitCode = -1;
    QString output;
};

// Runs the OpenAPI 3.0 schema check (validate_openapi.pl, JSON::Validator) on `document`.
Validation validate(const QByteArray& document)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("openapi.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size())
        return {-1, QStringLiteral("cannot write %1").arg(path)};
    file.close();
    QProcess perl;
    perl.setProcessChannelMode(QProcess::MergedChannels);
    perl.start(QStringLiteral("perl"), {QStringLiteral(CHAIRSIDE_OPENAPI_VALIDATOR), path});
    if (!perl.waitForFinished(60000) || perl.exitStatus() != QProcess::NormalExit)
        return {-1, QStringLiteral("perl did not run: ") + perl.errorString()};
    return {perl.exitCode(), QString::fromUtf8(perl.readAll())};
}

} // namespace

// Issue #8, item 2: the OpenAPI document a station serves at /api/schema/ is valid OpenAPI 3.0 and names
// every route the server registers, with who may call it; /api/docs/ lists them for people.
class TestOpenApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServedStation> m_served;
    QJsonObject m_document;
    QByteArray m_documentBytes;
    QList<api::Route> m_routes;

    // The document's operation for a route, found by path shape; empty when missing.
    QJsonObject operationFor(const api::Route& route, QString* key = nullptr) const
    {
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        const QString method = QString::fromLatin1(route.method).toLower();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            if (api::Router::shape(it.key()) != api::Router::shape(route.pattern))
                continue;
            if (key)
                *key = it.key();
            return it.value().toObject().value(method).toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_served = std::make_unique<ServedStation>(QStringLiteral("openapi"));
        const HttpReply reply = m_served->http().get(QStringLiteral("/api/schema/"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        m_documentBytes = reply.body;
        m_document = reply.object();
        QVERIFY(!m_document.isEmpty());
        api::ApiHandlers handlers(*m_served->station.services);
        m_routes = api::allRoutes(handlers);
        QVERIFY(m_routes.size() > 100);
    }

    void cleanupTestCase() { m_served.reset(); }

    void isValidOpenApi3()
    {
        QCOMPARE(m_document.value(QStringLiteral("openapi")).toString().left(4), QStringLiteral("3.0."));
        const Validation result = validate(m_documentBytes);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    // The check above can fail: the same validator refuses the document with an operation missing its
    // responses and with a parameter of an unknown kind.
    void validatorRefusesABrokenDocument()
    {
        QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        QJsonObject item = paths.value(QStringLiteral("/api/patients/{id}/")).toObject();
        QJsonObject get = item.value(QStringLiteral("get")).toObject();
        QVERIFY(get.contains(QStringLiteral("responses")));
        get.remove(QStringLiteral("responses"));
        QJsonArray parameters = get.value(QStringLiteral("parameters")).toArray();
        QJsonObject first = parameters.first().toObject();
        first.insert(QStringLiteral("in"), QStringLiteral("body"));
        parameters.replace(0, first);
        get.insert(QStringLiteral("parameters"), parameters);
        item.insert(QStringLiteral("get"), get);
        paths.insert(QStringLiteral("/api/patients/{id}/"), item);
        QJsonObject broken = m_document;
        broken.insert(QStringLiteral("paths"), paths);
        const Validation result = validate(QJsonDocument(broken).toJson());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("/get/responses: Missing property")),
                 qPrintable(result.output));
    }

    // Every registered route (method and path) is an operation, tagged with its dialect, with its path
    // parameters and who may call it; and the document names nothing that is not served.
    void namesEveryRoute()
    {
        QStringList problems;
        QSet<QString> served;
        for (const api::Route& route : m_routes) {
            QString key;
            const QJsonObject op = operationFor(route, &key);
            const QString name = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
            served.insert(QString::fromLatin1(route.method).toLower() + QLatin1Char(' ') +
                          api::Router::shape(route.pattern));
            if (op.isEmpty()) {
                problems.append(QStringLiteral("not in the document: ") + name);
                continue;
            }
            if (!op.value(QStringLiteral("tags")).toArray().contains(route.dialect))
                problems.append(QStringLiteral("%1: not tagged %2").arg(name, route.dialect));
            int pathParameters = 0;
            for (const QJsonValue& p : op.value(QStringLiteral("parameters")).toArray())
                if (p.toObject().value(QStringLiteral("in")).toString() == QStringLiteral("path"))
                    ++pathParameters;
            if (pathParameters != route.pattern.count(QLatin1Char('{')))
                problems.append(
                    QStringLiteral("%1: %2 path parameters documented").arg(name).arg(pathParameters));
            const bool hasSecurity = op.contains(QStringLiteral("security"));
            const QJsonArray security = op.value(QStringLiteral("security")).toArray();
            const bool documentedRight =
                route.access == api::Access::Anonymous ? hasSecurity && security.isEmpty()
                : route.access == api::Access::Peer
                    ? security.size() == 1 && security.first().toObject().contains(QStringLiteral("peer"))
                    : !hasSecurity; // the document's: bearer, token or basic
            if (!documentedRight)
                problems.append(name + QStringLiteral(": its access is documented wrong"));
        }
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        int operations = 0;
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QJsonObject item = it.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                ++operations;
                if (!served.contains(op.key() + QLatin1Char(' ') + api::Router::shape(it.key())))
                    problems.append(
                        QStringLiteral("documented but not served: %1 %2").arg(op.key(), it.key()));
            }
        }
        QCOMPARE(operations, served.size());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The document is the server's own: its schema and docs routes are in it.
        QVERIFY(paths.value(QStringLiteral("/api/schema/")).toObject().contains(QStringLiteral("get")));
        QVERIFY(paths.value(QStringLiteral("/api/docs/")).toObject().contains(QStringLiteral("get")));
    }

    // Writes take the body types the server reads; peer routes that read their body themselves take bytes.
    void describesRequestBodies()
    {
        for (const api::Route& route : m_routes) {
            const QJsonObject op = operationFor(route);
            const QJsonObject content = op.value(QStringLiteral("requestBody"))
                                            .toObject()
                                            .value(QStringLiteral("content"))
                                            .toObject();
            if (route.method == "GET" || route.method == "DELETE") {
                QVERIFY2(content.isEmpty(), route.pattern.toUtf8());
            } else if (route.rawBody) {
                QCOMPARE(content.keys(), QStringList{QStringLiteral("application/octet-stream")});
            } else {
                QVERIFY2(content.contains(QStringLiteral("application/json")) &&
                             content.contains(QStringLiteral("multipart/form-data")),
                         route.pattern.toUtf8());
            }
        }
    }

    // Answers that are not JSON are documented as what they are: FHIR's media type (refusals included, as
    // OperationOutcomes) with each search's parameters, and the calendar feeds as text/calendar.
    void describesFhirAndCalendarAnswers()
    {
        const auto mediaTypes = [](const QJsonObject& op, const QString& status) {
            return op.value(QStringLiteral("responses"))
                .toObject()
                .value(status)
                .toObject()
                .value(QStringLiteral("content"))
                .toObject()
                .keys();
        };
        int fhirRoutes = 0;
        for (const api::Route& route : m_routes) {
            const QJsonObject op = operationFor(route);
            QStringList queryParameters;
            for (const QJsonValue& p : op.value(QStringLiteral("parameters")).toArray())
                if (p.toObject().value(QStringLiteral("in")).toString() == QLatin1String("query"))
                    queryParameters.append(p.toObject().value(QStringLiteral("name")).toString());
            if (route.dialect == QLatin1String("fhir")) {
                ++fhirRoutes;
                const QStringList fhirJson{QStringLiteral("application/fhir+json")};
                QCOMPARE(mediaTypes(op, QStringLiteral("2XX")), fhirJson);
                QCOMPARE(mediaTypes(op, QStringLiteral("4XX")), fhirJson);
                QVERIFY2(queryParameters.contains(QStringLiteral("_format")), qPrintable(route.pattern));
            } else if (route.pattern.startsWith(QLatin1String("/calendar/"))) {
                QCOMPARE(mediaTypes(op, QStringLiteral("2XX")), QStringList{QStringLiteral("text/calendar")});
            } else {
                QVERIFY2(mediaTypes(op, QStringLiteral("2XX")).isEmpty(), qPrintable(route.pattern));
            }
        }
        QCOMPARE(fhirRoutes, 11);
        // A search lists the parameters its handler takes, from the same table, and the paging ones.
        for (const auto& [type, parameters] : api::FhirHandlers::searchParameters()) {
            const QJsonObject search = m_document.value(QStringLiteral("paths"))
                                           .toObject()
                                           .value(QStringLiteral("/fhir/%1/").arg(type))
                                           .toObject()
                                           .value(QStringLiteral("get"))
                                           .toObject();
            QStringList documented;
            for (const QJsonValue& p : search.value(QStringLiteral("parameters")).toArray())
                documented.append(p.toObject().value(QStringLiteral("name")).toString());
            QStringList expected{QStringLiteral("_format")};
            for (const api::FhirHandlers::SearchParameter& p : parameters)
                expected.append(p.name);
            expected << QStringLiteral("_count") << QStringLiteral("_offset");
            QCOMPARE(documented, expected);
        }
    }

    // The page lists every operation of the document, for anyone, as HTML with nothing fetched from
    // elsewhere.
    void docsPageListsEveryRoute()
    {
        const HttpReply reply = m_served->http().get(QStringLiteral("/api/docs"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        const QString page = QString::fromUtf8(reply.body);
        QVERIFY(page.contains(QStringLiteral("href=\"/api/schema/\"")));
        QVERIFY(!page.contains(QStringLiteral("http://")) && !page.contains(QStringLiteral("https://")));
        QVERIFY(!page.contains(QStringLiteral("<script")));
        QStringList missing;
        for (const api::Route& route : m_routes) {
            QString key;
            operationFor(route, &key);
            const QString row = QStringLiteral(">%1</td><td><code>%2</code>")
                                    .arg(QString::fromLatin1(route.method), key.toHtmlEscaped());
            if (!page.contains(row))
                missing.append(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"

#include "Router.h"

#include <QTest>

using namespace chairside::api;

namespace {

Route route(const QByteArray& method, const QString& pattern, int tag)
{
    return Route{method, pattern, Access::Anonymous,
                 [tag](const ApiRequest&) { return ApiResponse::json(200 + tag, QJsonValue()); },
                 QStringLiteral("t")};
}

int tagOf(const Router::Match& m)
{
    ApiRequest dummy;
    return m.route ? m.route->handler(dummy).status - 200 : -1;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT
private slots:
    void literalSegmentsBeatParameters()
    {
        Router r;
        r.add({route("GET", QStringLiteral("/api/mappings/{patient_id}"), 1),
               route("DELETE", QStringLiteral("/api/mappings/{id}"), 2),
               route("DELETE", QStringLiteral("/api/mappings/delete/{id}"), 3),
               route("GET", QStringLiteral("/api/doctors/list"), 4),
               route("GET", QStringLiteral("/api/doctors/{id}"), 5)});
        QCOMPARE(tagOf(r.match("DELETE", QStringLiteral("/api/mappings/delete/abc/"))), 3);
        QCOMPARE(tagOf(r.match("DELETE", QStringLiteral("/api/mappings/abc"))), 2);
        const auto m = r.match("GET", QStringLiteral("/api/mappings/p-1/"));
        QCOMPARE(tagOf(m), 1);
        QCOMPARE(m.params.value(QStringLiteral("patient_id")), QStringLiteral("p-1"));
        QCOMPARE(tagOf(r.match("GET", QStringLiteral("/api/doctors/list"))), 4);
        QCOMPARE(tagOf(r.match("GET", QStringLiteral("/api/doctors/xyz"))), 5);
    }

    // A literal path owns every method: another method there is a 405, not a fall-through to a parameter.
    void literalPathIsNotReachedThroughAParameter()
    {
        Router r;
        r.add({route("POST", QStringLiteral("/api/auth/login"), 1),
               route("GET", QStringLiteral("/api/auth/{id}"), 2)});
        const auto m = r.match("GET", QStringLiteral("/api/auth/login/"));
        QVERIFY(!m.route);
        QCOMPARE(m.allowedMethods, QList<QByteArray>{"POST"});
        QCOMPARE(tagOf(r.match("POST", QStringLiteral("/api/auth/login"))), 1);
        QCOMPARE(tagOf(r.match("GET", QStringLiteral("/api/auth/someone"))), 2);
        QCOMPARE(r.match("GET", QStringLiteral("/api/auth/someone")).allowedMethods,
                 QList<QByteArray>{"GET"});
    }

    void trailingSlashIsOptional()
    {
        Router r;
        r.add({route("POST", QStringLiteral("/api/auth/login"), 1)});
        QCOMPARE(tagOf(r.match("POST", QStringLiteral("/api/auth/login"))), 1);
        QCOMPARE(tagOf(r.match("POST", QStringLiteral("/api/auth/login/"))), 1);
    }

    void knownPathWithOtherMethodReportsAllowedMethods()
    {
        Router r;
        r.add({route("GET", QStringLiteral("/api/patients"), 1),
               route("POST", QStringLiteral("/api/patients"), 2)});
        const auto m = r.match("DELETE", QStringLiteral("/api/patients/"));
        QVERIFY(!m.route);
        QCOMPARE(m.allowedMethods, (QList<QByteArray>{"GET", "POST"}));
        const auto unknown = r.match("GET", QStringLiteral("/api/nothing"));
        QVERIFY(!unknown.route);
        QVERIFY(unknown.allowedMethods.isEmpty());
        QVERIFY(!r.match("GET", QStringLiteral("/api/patients/extra/segments")).route);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"

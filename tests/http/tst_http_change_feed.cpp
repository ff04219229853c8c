#include "OpenApi.h"
#include "Router.h"
#include "ServedStation.h"
#include "handlers/Handlers.h"
#include "routes/Routes.h"
#include "store/Query.h"

#include <QSet>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

// The records a list answered with: a plain array, a page's `results`, or seed 000's arrays by date.
QJsonArray itemsOf(const QJsonValue& body)
{
    if (body.isArray())
        return body.toArray();
    const QJsonObject object = body.toObject();
    if (object.contains(QStringLiteral("results")))
        return object.value(QStringLiteral("results")).toArray();
    QJsonArray items;
    for (const QJsonValue& value : object)
        for (const QJsonValue& item : value.toArray())
            items.append(item);
    return items;
}

QSet<QString> idsOf(const HttpReply& reply)
{
    QSet<QString> ids;
    if (reply.status != 200)
        return {QStringLiteral("(status %1)").arg(reply.status)};
    for (const QJsonValue& item : itemsOf(reply.json()))
        ids.insert(item.toObject().value(QStringLiteral("id")).toVariant().toString());
    return ids;
}

QString withQuery(const QString& path, const QString& query)
{
    return path + (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + query;
}

} // namespace

// Issue #8, item 3: every list of records answers the store's watermark (X-Chairside-Watermark) and, given
// it back as `changed_since`, lists only the rows changed since; /api/changes/deleted/ lists the deletions.
// Over a real socket against a real store.
class TestHttpChangeFeed : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServedStation> m_served;
    HttpClient* m_http = nullptr;
    std::unique_ptr<HttpClient> m_client;
    QHash<QString, QString> m_fixtures; // path parameter values by name, for the walk
    int m_unique = 0;

    QString admin() const { return m_served->adminToken; }

    QString created(const QString& path, const QJsonObject& body, const QString& token = {})
    {
        const HttpReply reply = m_http->post(path, body, token.isEmpty() ? admin() : token);
        if (reply.status != 201 && reply.status != 200)
            qWarning("POST %s: %d %s", qPrintable(path), reply.status, reply.body.constData());
        const QJsonObject object = reply.object();
        for (const QString& key : {QStringLiteral("id"), QStringLiteral("appointment"),
                                   QStringLiteral("consultation"), QStringLiteral("patient")}) {
            const QJsonValue value = object.value(key);
            if (value.isObject())
                return value.toObject().value(QStringLiteral("id")).toVariant().toString();
            if (key == QStringLiteral("id") && !value.isUndefined())
                return value.toVariant().toString();
        }
        return {};
    }

    QString newPatient(const QString& name)
    {
        return created(QStringLiteral("/api/patients/"),
                       QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("phone"),
                                    QStringLiteral("+61400%1").arg(++m_unique, 5, 10, QLatin1Char('0'))}});
    }

    // The list at `path` as the admin: the reply, failing the test on anything but 200.
    HttpReply list(const QString& path)
    {
        HttpReply reply = m_http->get(path, admin());
        if (reply.status != 200)
            qWarning("GET %s: %d %s", qPrintable(path), reply.status, reply.body.constData());
        return reply;
    }

    qint64 watermarkOf(const HttpReply& reply)
    {
        bool ok = false;
        const qint64 value = reply.header("X-Chairside-Watermark").toLongLong(&ok);
        return ok ? value : -1;
    }

    static constexpr qint64 kPastRepeatWindow = 61;

    qint64 lastAuditSeq() const
    {
        return sql::scalar(m_served->station.db->connection(),
                           QStringLiteral("SELECT max(seq) FROM audit_log"))
            ->toLongLong();
    }

    // The list reads recorded after `seq` that say they handed over rows ("appointments.list: 3"), if any.
    QString listsAuditedWithRowsSince(qint64 seq) const
    {
        auto rows =
            sql::select(m_served->station.db->connection(),
                        QStringLiteral("SELECT action, json_extract(detail, '$.count') AS n FROM audit_log "
                                       "WHERE seq > ? AND action LIKE '%.list' AND n > 0"),
                        {seq});
        QStringList handed;
        for (const QVariantMap& row : *rows)
            handed.append(QStringLiteral("%1: %2").arg(row.value(QStringLiteral("action")).toString(),
                                                       row.value(QStringLiteral("n")).toString()));
        return handed.join(QStringLiteral(", "));
    }

    QString filled(const QString& pattern) const
    {
        QStringList segments = api::Router::segments(pattern);
        for (QString& segment : segments) {
            if (!api::Router::isParameter(segment))
                continue;
            const QString name = segment.mid(1, segment.size() - 2);
            // {id} means the record the path is about: an appointment's history, a consultation's parts.
            const QString key = name != QStringLiteral("id") ? name
                                : pattern.contains(QStringLiteral("consultations"))
                                    ? QStringLiteral("consultation")
                                    : QStringLiteral("appointment");
            segment = m_fixtures.value(key);
        }
        return QLatin1Char('/') + segments.join(QLatin1Char('/')) + QLatin1Char('/');
    }

private slots:
    void initTestCase()
    {
        m_served = std::make_unique<ServedStation>(QStringLiteral("feed"));
        m_client = std::make_unique<HttpClient>(m_served->url);
        m_http = m_client.get();

        // One record of each kind the lists show, made over HTTP as the clinic would.
        const QString patient = newPatient(QStringLiteral("Ada Feed"));
        QVERIFY(!patient.isEmpty());
        m_fixtures.insert(QStringLiteral("patient_id"), patient);
        // The dentist's account is linked to the doctor profile, so it may write the consultation below.
        const ApiUser dentist = m_served->station.addApiUser(QStringLiteral("dent@feed.org"), Role::Dentist);
        auto doctorRow = m_served->station.services->doctors.create(
            m_served->admin, {{QStringLiteral("name"), QStringLiteral("Dr Feed")},
                              {QStringLiteral("user_id"), dentist.actor.userId}});
        QVERIFY(doctorRow.ok());
        const QString doctor = doctorRow->value(QStringLiteral("id")).toString();
        QVERIFY(!doctor.isEmpty());
        QVERIFY(
            !created(QStringLiteral("/api/mappings/"), QJsonObject{{QStringLiteral("patient_id"), patient},
                                                                   {QStringLiteral("doctor_id"), doctor}})
                 .isEmpty());
        QVERIFY(!created(QStringLiteral("/api/calendar-feeds/"),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("dentist")},
                                     {QStringLiteral("subject_id"), doctor}})
                     .isEmpty());
        QVERIFY(!created(QStringLiteral("/api/materials/"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Composite")},
                                     {QStringLiteral("quantity"), 5},
                                     {QStringLiteral("price"), 2}})
                     .isEmpty());
        // Monday 2026-11-23 10:00 UTC, in the clinic's default hours (the station's clock: Sunday 09:00).
        const QString appointment =
            created(QStringLiteral("/api/appointments/book/"),
                    QJsonObject{{QStringLiteral("patient"), patient},
                                {QStringLiteral("doctor"), doctor},
                                {QStringLiteral("appointment_date"), QStringLiteral("2026-11-23")},
                                {QStringLiteral("appointment_time"), QStringLiteral("10:00")},
                                {QStringLiteral("reason"), QStringLiteral("Check-up")}});
        QVERIFY(!appointment.isEmpty());
        m_fixtures.insert(QStringLiteral("appointment"), appointment);
        QVERIFY(m_served->station.services->appointments
                    .setStatus(m_served->admin, appointment, AppointmentStatus::Confirmed)
                    .ok());
        const QString consultation =
            created(QStringLiteral("/api/consultations/api/consultations/"),
                    QJsonObject{{QStringLiteral("appointment"), appointment},
                                {QStringLiteral("chief_complaint"), QStringLiteral("Pain")}},
                    dentist.access);
        QVERIFY(!consultation.isEmpty());
        m_fixtures.insert(QStringLiteral("consultation"), consultation);
        const QString parts = QStringLiteral("/api/consultations/api/consultations/%1/").arg(consultation);
        QVERIFY(!created(parts + QStringLiteral("vital-signs/"),
                         QJsonObject{{QStringLiteral("heart_rate"), 70}}, dentist.access)
                     .isEmpty());
        QVERIFY(!created(parts + QStringLiteral("notes/"),
                         QJsonObject{{QStringLiteral("title"), QStringLiteral("Obs")},
                                     {QStringLiteral("content"), QStringLiteral("Fine")}},
                         dentist.access)
                     .isEmpty());
        QVERIFY(!created(parts + QStringLiteral("prescriptions/"),
                         QJsonObject{{QStringLiteral("medication_name"), QStringLiteral("Ibuprofen")},
                                     {QStringLiteral("dosage"), QStringLiteral("400 mg")},
                                     {QStringLiteral("frequency"), QStringLiteral("3x daily")},
                                     {QStringLiteral("duration"), QStringLiteral("5 days")}},
                         dentist.access)
                     .isEmpty());
        QVERIFY(!created(QStringLiteral("/api/payments/charge/"),
                         QJsonObject{{QStringLiteral("patient"), patient},
                                     {QStringLiteral("amount"), 20},
                                     {QStringLiteral("payment_method"), QStringLiteral("Cash")},
                                     {QStringLiteral("transaction_status"), QStringLiteral("Completed")}})
                     .isEmpty());
        QVERIFY(!created(QStringLiteral("/api/appointments/time-slots/"),
                         QJsonObject{{QStringLiteral("doctor"), doctor},
                                     {QStringLiteral("date"), QStringLiteral("2026-11-24")},
                                     {QStringLiteral("start_time"), QStringLiteral("11:00")},
                                     {QStringLiteral("end_time"), QStringLiteral("11:30")}})
                     .isEmpty());
        QVERIFY(
            !created(QStringLiteral("/api/invoices/generate/"),
                     QJsonObject{{QStringLiteral("patient"), patient}, {QStringLiteral("total_amount"), 50}})
                 .isEmpty());
        QVERIFY(
            !created(QStringLiteral("/api/reports/upload/"),
                     QJsonObject{{QStringLiteral("patient"), patient},
                                 {QStringLiteral("report_type"), QStringLiteral("X-ray")},
                                 {QStringLiteral("file_url"), QStringLiteral("https://example.org/x.pdf")}})
                 .isEmpty());
        QVERIFY(!created(QStringLiteral("/api/notifications/send/"),
                         QJsonObject{{QStringLiteral("user"), dentist.actor.userId},
                                     {QStringLiteral("type"), QStringLiteral("Email")},
                                     {QStringLiteral("message"), QStringLiteral("See you")},
                                     {QStringLiteral("status"), QStringLiteral("sent")}})
                     .isEmpty());
        QVERIFY(!created(QStringLiteral("/api/medical-records/"),
                         QJsonObject{{QStringLiteral("patient"), patient},
                                     {QStringLiteral("appointment"), appointment},
                                     {QStringLiteral("notes"), QStringLiteral("Fine")}})
                     .isEmpty());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_served.reset();
    }

    // Walks every route marked as part of the change feed (so a new list cannot be left out): each answers
    // the watermark; given it back, nothing (nothing changed since); given 0, what it lists without.
    void everyFeedRouteFilters()
    {
        api::ApiHandlers handlers(*m_served->station.services);
        QStringList problems;
        QStringList exercised;
        int feedRoutes = 0;
        for (const api::Route& route : api::allRoutes(handlers)) {
            if (!route.changeFeed)
                continue;
            ++feedRoutes;
            QCOMPARE(route.method, QByteArray("GET"));
            const QString path = filled(route.pattern);
            const HttpReply all = list(path);
            const qint64 watermark = watermarkOf(all);
            if (all.status != 200 || watermark <= 0) {
                problems.append(
                    QStringLiteral("%1: %2, watermark %3").arg(path).arg(all.status).arg(watermark));
                continue;
            }
            // Past the audit's repeat window (the same read again within a minute is one entry), so that this
            // poll's own entry is written even when it equals the one `all` wrote.
            const qint64 auditedBefore = lastAuditSeq();
            m_served->station.clock.advanceSeconds(kPastRepeatWindow);
            const HttpReply none = list(withQuery(path, QStringLiteral("changed_since=%1").arg(watermark)));
            m_served->station.clock.advanceSeconds(-kPastRepeatWindow);
            // A list that records its read records what it answered: none, not the rows it filtered out.
            if (const QString handed = listsAuditedWithRowsSince(auditedBefore); !handed.isEmpty())
                problems.append(QStringLiteral("%1: answered nothing, audited as %2").arg(path, handed));
            const HttpReply everything = list(withQuery(path, QStringLiteral("changed_since=0")));
            if (none.status != 200 || !itemsOf(none.json()).isEmpty())
                problems.append(QStringLiteral("%1: rows unchanged since the watermark: %2")
                                    .arg(path, QString::fromUtf8(none.body.left(200))));
            if (everything.status != 200 || idsOf(everything) != idsOf(all))
                problems.append(path + QStringLiteral(": changed_since=0 is not the whole list"));
            if (!itemsOf(all.json()).isEmpty())
                exercised.append(route.pattern);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(feedRoutes > 30);
        // The fixtures make the main lists non-empty, so the filter above was seen at work on them.
        for (const QString& pattern :
             {QStringLiteral("/api/patients"),
              QStringLiteral("/api/doctors"),
              QStringLiteral("/api/mappings"),
              QStringLiteral("/materials"),
              QStringLiteral("/appointment/list_all_appointments"),
              QStringLiteral("/api/appointments"),
              QStringLiteral("/api/consultations/api/consultations"),
              QStringLiteral("/api/consultations/api/consultations/{id}/vital-signs"),
              QStringLiteral("/api/consultations/api/consultations/{id}/notes"),
              QStringLiteral("/api/payments/history"),
              QStringLiteral("/api/appointments/time-slots"),
              QStringLiteral("/api/medical-records"),
              QStringLiteral("/api/appointments/appointments"),
              QStringLiteral("/api/appointments/appointments/{id}/history"),
              QStringLiteral("/api/patients/api/patients"),
              QStringLiteral("/api/users"),
              QStringLiteral("/api/calendar-feeds"),
              QStringLiteral("/api/invoices"),
              QStringLiteral("/api/reports/patient/{patient_id}"),
              QStringLiteral("/api/notifications/list")})
            QVERIFY2(exercised.contains(pattern), qPrintable(pattern));
    }

    // Creates, changes and deletes patients over HTTP: from the watermark on, only those come back, in the
    // plain list and in both paged forms, and the deletion is listed apart.
    void onlyChangedRowsComeBack()
    {
        const QString kept = newPatient(QStringLiteral("Kept Same"));
        const QString changed = newPatient(QStringLiteral("Will Change"));
        const QString removed = newPatient(QStringLiteral("Will Go"));
        const qint64 watermark = watermarkOf(list(QStringLiteral("/api/patients/")));
        QVERIFY(watermark > 0);

        QCOMPARE(m_http
                     ->patch(QStringLiteral("/api/patients/%1/").arg(changed),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Has Changed")}}, admin())
                     .status,
                 200);
        const QString added = newPatient(QStringLiteral("Just Added"));
        QCOMPARE(m_http->del(QStringLiteral("/api/patients/%1/").arg(removed), admin()).status, 204);

        const QString since = QStringLiteral("changed_since=%1").arg(watermark);
        const HttpReply plain = list(QStringLiteral("/api/patients/?") + since);
        QCOMPARE(idsOf(plain), (QSet<QString>{changed, added}));
        QVERIFY(watermarkOf(plain) > watermark);
        const HttpReply paged = list(QStringLiteral("/api/patients/?page=1&page_size=1&") + since);
        QCOMPARE(paged.object().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(itemsOf(paged.json()).size(), 1);
        QCOMPARE(list(QStringLiteral("/api/patients/api/patients/?") + since)
                     .object()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 2);
        QVERIFY(!idsOf(list(QStringLiteral("/api/patients/"))).contains(removed));
        QVERIFY(idsOf(list(QStringLiteral("/api/patients/"))).contains(kept));

        const HttpReply deleted = list(QStringLiteral("/api/changes/deleted/?") + since);
        QCOMPARE(deleted.json().toArray().size(), 1);
        const QJsonObject gone = deleted.json().toArray().first().toObject();
        QCOMPARE(gone.value(QStringLiteral("id")).toString(), removed);
        QCOMPARE(gone.value(QStringLiteral("table")).toString(), QStringLiteral("patients"));
        QVERIFY(watermarkOf(deleted) > watermark);

        // Polling on from the newest watermark: nothing, until the next change.
        const qint64 next = watermarkOf(plain);
        QVERIFY(idsOf(list(QStringLiteral("/api/patients/?changed_since=%1").arg(next))).isEmpty());
        QVERIFY(list(QStringLiteral("/api/changes/deleted/?changed_since=%1").arg(next))
                    .json()
                    .toArray()
                    .isEmpty());
        QCOMPARE(m_http
                     ->patch(QStringLiteral("/api/patients/%1/").arg(kept),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Kept Changed")}}, admin())
                     .status,
                 200);
        QCOMPARE(idsOf(list(QStringLiteral("/api/patients/?changed_since=%1").arg(next))),
                 QSet<QString>{kept});
    }

    // A time instead of a watermark: the changes stamped after it.
    void changedSinceATime()
    {
        const QString before = newPatient(QStringLiteral("Before Noon"));
        QVERIFY(!before.isEmpty());
        m_served->station.clock.advanceSeconds(120); // tokens last an hour

        const QDateTime cut = m_served->station.clock.nowUtc();
        m_served->station.clock.advanceSeconds(60);
        const QString after = newPatient(QStringLiteral("After Noon"));
        QVERIFY(!after.isEmpty());
        const QSet<QString> ids =
            idsOf(list(QStringLiteral("/api/patients/?changed_since=%1")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(toIsoUtc(cut))))));
        QCOMPARE(ids, QSet<QString>{after});
        QVERIFY(!ids.contains(before));
        // An offset other than Z means the same moment.
        const QString plusOne = cut.toOffsetFromUtc(3600).toString(Qt::ISODate);
        QCOMPARE(idsOf(list(QStringLiteral("/api/patients/?changed_since=") +
                            QString::fromLatin1(QUrl::toPercentEncoding(plusOne)))),
                 QSet<QString>{after});
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("word") << QStringLiteral("yesterday");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("empty") << QString();
        QTest::newRow("time without offset") << QStringLiteral("2026-11-22T09:00:00");
        QTest::newRow("date only") << QStringLiteral("2026-11-22");
    }

    void badValuesAreRefused()
    {
        QFETCH(QString, value);
        for (const QString& path : {QStringLiteral("/api/patients/"), QStringLiteral("/materials/"),
                                    QStringLiteral("/api/changes/deleted/")}) {
            const HttpReply reply = m_http->get(path + QStringLiteral("?changed_since=") +
                                                    QString::fromLatin1(QUrl::toPercentEncoding(value)),
                                                admin());
            QVERIFY2(refusalProblem(reply, 400, QString(), QStringLiteral("changed_since")).isEmpty(),
                     qPrintable(path + QStringLiteral(": ") +
                                refusalProblem(reply, 400, QString(), QStringLiteral("changed_since"))));
        }
    }

    // Deletions name rows of every table: for those who work at the clinic, not patients.
    void deletionsAreForStaff()
    {
        const ApiUser patient = m_served->station.addApiUser(QStringLiteral("pat@feed.org"), Role::Patient);
        QCOMPARE(m_http->get(QStringLiteral("/api/changes/deleted/"), patient.access).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/changes/deleted/")).status, 401);
        // A patient's own lists still carry the feed.
        const HttpReply own = m_http->get(QStringLiteral("/api/patients/"), patient.access);
        QCOMPARE(own.status, 200);
        QVERIFY(watermarkOf(own) > 0);
    }

    // Scripts of other origins may read the watermark, and the OpenAPI document describes the feed on each
    // of its routes.
    void documentedAndExposed()
    {
        const HttpReply reply = m_http->request("GET", QStringLiteral("/api/patients/"), {}, admin(),
                                                {{"Origin", "http://localhost:3000"}});
        QVERIFY(reply.header("Access-Control-Expose-Headers").contains("X-Chairside-Watermark"));

        const QJsonObject paths =
            m_http->get(QStringLiteral("/api/schema/")).object().value(QStringLiteral("paths")).toObject();
        api::ApiHandlers handlers(*m_served->station.services);
        int described = 0;
        for (const api::Route& route : api::allRoutes(handlers)) {
            if (!route.changeFeed)
                continue;
            QJsonObject op;
            for (auto it = paths.begin(); it != paths.end() && op.isEmpty(); ++it)
                if (api::Router::shape(it.key()) == api::Router::shape(route.pattern))
                    op = it.value().toObject().value(QStringLiteral("get")).toObject();
            bool parameter = false;
            for (const QJsonValue& p : op.value(QStringLiteral("parameters")).toArray())
                parameter = parameter ||
                            p.toObject().value(QStringLiteral("name")) == QStringLiteral("changed_since");
            QVERIFY2(parameter, qPrintable(route.pattern));
            QVERIFY2(op.value(QStringLiteral("responses"))
                         .toObject()
                         .value(QStringLiteral("2XX"))
                         .toObject()
                         .value(QStringLiteral("headers"))
                         .toObject()
                         .contains(QStringLiteral("X-Chairside-Watermark")),
                     qPrintable(route.pattern));
            ++described;
        }
        QVERIFY(described > 30);
    }
};

QTEST_GUILESS_MAIN(TestHttpChangeFeed)
#include "tst_http_change_feed.moc"

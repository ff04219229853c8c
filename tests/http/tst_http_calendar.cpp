#include "ApiServerHost.h"
#include "HttpClient.h"
#include "ICalendar.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QDir>
#include <QProcess>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <libical/ical.h>

using namespace chairside;
using namespace chairside::test;

namespace {

// What python3-icalendar reads from a feed (tests/http/calendar/read_ics.py): {"calendar": {...}, "events":
// [...]}, or the parser's complaint.
std::pair<QJsonObject, QString> parsedByPython(const QByteArray& ics)
{
    QProcess python;
    python.start(QStringLiteral(CHAIRSIDE_PYTHON), {QStringLiteral(CHAIRSIDE_ICS_READER)});
    python.write(ics);
    python.closeWriteChannel();
    python.waitForFinished(60000);
    const QByteArray out = python.readAllStandardOutput();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return {{}, QString::fromUtf8(out + python.readAllStandardError())};
    return {QJsonDocument::fromJson(out).object(), {}};
}

// libical's parser and its RFC 5545/5546 restriction check (what Evolution and other libical programs run):
// every problem it records as an X-LIC-ERROR, empty when none.
QStringList libicalProblems(const QByteArray& ics)
{
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        return {QStringLiteral("libical could not parse the feed")};
    icalrestriction_check(calendar);
    QStringList problems;
    const auto collect = [&problems](icalcomponent* c) {
        for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
            problems << QString::fromUtf8(icalproperty_get_xlicerror(p));
    };
    collect(calendar);
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT))
        collect(c);
    if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT)
        problems << QStringLiteral("not a VCALENDAR");
    icalcomponent_free(calendar);
    return problems;
}

// RFC 5545 3.1 as bytes: every line ends with CRLF, none is longer than 75 octets, a fold never splits a
// UTF-8 sequence (each physical line is valid UTF-8 by itself).
QString wireProblem(const QByteArray& ics)
{
    if (!ics.endsWith("\r\n"))
        return QStringLiteral("the last line has no CRLF");
    const QList<QByteArray> lines = ics.chopped(1).split('\n'); // each keeps its CR
    for (const QByteArray& line : lines) {
        if (!line.endsWith('\r'))
            return QStringLiteral("a line ends without CR: ") + QString::fromUtf8(line);
        const QByteArray content = line.chopped(1);
        if (content.size() > 75)
            return QStringLiteral("a line of %1 octets: %2")
                .arg(content.size())
                .arg(QString::fromUtf8(content));
        if (!QUtf8StringView(content).isValidUtf8())
            return QStringLiteral("a fold split a UTF-8 sequence: ") + QString::fromLatin1(content.toHex());
    }
    return {};
}

// The unfolded content lines (a CRLF followed by a space or tab continues the line).
QStringList unfolded(const QByteArray& ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "").replace("\r\n\t", "");
    return QString::fromUtf8(joined).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QJsonObject eventWithUid(const QJsonObject& parsed, const QString& uid)
{
    for (const QJsonValue& e : parsed.value(QStringLiteral("events")).toArray())
        if (e.toObject().value(QStringLiteral("UID")).toString() == uid)
            return e.toObject();
    return {};
}

QStringList uids(const QJsonObject& parsed)
{
    QStringList out;
    for (const QJsonValue& e : parsed.value(QStringLiteral("events")).toArray())
        out << e.toObject().value(QStringLiteral("UID")).toString();
    out.sort();
    return out;
}

QString uid(const QString& appointmentId)
{
    return appointmentId + QStringLiteral("@chairside");
}

} // namespace

// iCalendar feeds over real HTTP: a dentist's and a chair's address made through the API, fetched without
// credentials as a calendar program does, read by two real parsers (python3-icalendar and libical with its
// iTIP restriction check), the wire form checked byte by byte (CRLF, folding at 75 octets without splitting
// UTF-8, escaping), who may make, list and revoke feeds, and a revoked or unknown address answering 404.
class TestHttpCalendar : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    ApiUser m_admin;
    ApiUser m_desk;
    ApiUser m_dentist; // linked to m_doctor
    ApiUser m_otherDentist;
    ApiUser m_patientUser;
    QString m_doctor;
    QString m_otherDoctor;
    QString m_chair; // a long name with commas, semicolons, a backslash and umlauts
    QString m_chairName;
    QString m_visit;      // 2026-11-24 09:00Z, m_doctor in m_chair, Anna Maria Berg
    QString m_cancelled;  // 2026-11-25 10:00Z, m_doctor, cancelled
    QString m_past;       // 2026-11-20 10:00Z, 2 days before now: inside the window
    QString m_otherVisit; // 2026-11-24 11:00Z, m_otherDoctor in m_chair
    QString m_farFuture;  // 2027-07-01: beyond the 180 days
    QString m_dentistFeedUrl;

    HttpReply create(const ApiUser& who, const QString& kind, const QString& subject)
    {
        return m_http->post(
            QStringLiteral("/api/calendar-feeds/"),
            QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("subject_id"), subject}}, who.access);
    }

    // The path of a feed's address (the URL the API answered, which names this server).
    static QString pathOf(const QString& url) { return QUrl(url).path(); }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>(); // now: 2026-11-22 09:00Z
        Services& s = *m_station->services;
        m_admin = m_station->addApiUser(QStringLiteral("admin@clinic.org"), Role::Admin);
        m_desk = m_station->addApiUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        m_dentist = m_station->addApiUser(QStringLiteral("kranz@clinic.org"), Role::Dentist);
        m_otherDentist = m_station->addApiUser(QStringLiteral("zahn@clinic.org"), Role::Dentist);
        m_patientUser = m_station->addApiUser(QStringLiteral("anna@example.org"), Role::Patient);
        const Actor& admin = m_admin.actor;
        m_doctor =
            must(s.doctors.createLinked(admin, {{QStringLiteral("name"), QStringLiteral("Dr. Eva Kranz")}},
                                        m_dentist.actor.userId))
                .value(QStringLiteral("id"))
                .toString();
        m_otherDoctor =
            must(s.doctors.createLinked(admin, {{QStringLiteral("name"), QStringLiteral("Olaf Zahn")}},
                                        m_otherDentist.actor.userId))
                .value(QStringLiteral("id"))
                .toString();
        m_chairName =
            QStringLiteral("Behandlungsraum Süd, Fenster; links \\ hinten – größter Stuhl der Praxis "
                           "mit Blick über den Hof");
        m_chair = must(s.schedule.createChair(admin, {{QStringLiteral("name"), m_chairName}}))
                      .value(QStringLiteral("id"))
                      .toString();
        const QString anna =
            must(s.patients.create(admin, {{QStringLiteral("name"), QStringLiteral("Anna Maria Berg")}}))
                .value(QStringLiteral("id"))
                .toString();
        const QString bernd =
            must(s.patients.create(admin, {{QStringLiteral("name"), QStringLiteral("Bernd Albers")}}))
                .value(QStringLiteral("id"))
                .toString();
        const auto book = [&](const QString& patient, const QString& doctor, const QString& start) {
            BookingRequest b;
            b.patientId = patient;
            b.dentistId = doctor;
            b.chairId = m_chair;
            b.start = utc(start);
            b.durationMinutes = 45;
            b.reason = QStringLiteral("Wurzelbehandlung");
            return must(s.appointments.book(admin, b)).value(QStringLiteral("id")).toString();
        };
        // The past visit is booked with the clock moved back (bookings in the past are refused).
        m_station->clock.set(utc(QStringLiteral("2026-11-19T09:00:00Z")));
        m_past = book(bernd, m_doctor, QStringLiteral("2026-11-20T10:00:00Z"));
        m_station->clock.set(utc(QStringLiteral("2026-11-22T09:00:00Z")));
        m_visit = book(anna, m_doctor, QStringLiteral("2026-11-24T09:00:00Z"));
        m_cancelled = book(bernd, m_doctor, QStringLiteral("2026-11-25T10:00:00Z"));
        must(s.appointments.setStatus(admin, m_cancelled, AppointmentStatus::Cancelled));
        m_otherVisit = book(bernd, m_otherDoctor, QStringLiteral("2026-11-24T11:00:00Z"));
        m_farFuture = book(anna, m_doctor, QStringLiteral("2027-07-01T09:00:00Z"));
        // Tokens issued now, after the clock moved.
        for (ApiUser* u : {&m_admin, &m_desk, &m_dentist, &m_otherDentist, &m_patientUser})
            *u = m_station->signIn(u->actor);

        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    // The writer's rules on their own, where a feed would meet them only by chance.
    void foldingAndEscaping()
    {
        QCOMPARE(api::ical::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf\rg")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf\\ng"));
        // 2-octet characters from an odd offset: a cut at 75 octets would fall inside one.
        const QString line = QStringLiteral("X:") + QString(100, QChar(0x00FC));
        const QByteArray wire = api::ical::serialize({line});
        QVERIFY2(wireProblem(wire).isEmpty(), qPrintable(wireProblem(wire)));
        QVERIFY(wire.count("\r\n ") >= 2);
        QCOMPARE(unfolded(wire), QStringList{line});
        QCOMPARE(api::ical::serialize({QString(75, QLatin1Char('a'))}),
                 QString(75, QLatin1Char('a')).toLatin1() + "\r\n");
        QCOMPARE(api::ical::utcDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 5, 7), QTimeZone(3600))),
                 QStringLiteral("20261124T090507Z"));
    }

    void dentistFeedShowsTheirBookings()
    {
        HttpReply made = create(m_dentist, QStringLiteral("dentist"), m_doctor);
        QCOMPARE(made.status, 201);
        const QString token = made.object().value(QStringLiteral("token")).toString();
        QVERIFY(token.size() >= 43); // 32 random bytes or more
        m_dentistFeedUrl = made.object().value(QStringLiteral("url")).toString();
        QCOMPARE(pathOf(m_dentistFeedUrl), QStringLiteral("/calendar/dentist/%1.ics").arg(token));

        HttpReply feed = m_http->get(pathOf(m_dentistFeedUrl)); // no credentials: the token is the key
        QCOMPARE(feed.status, 200);
        QCOMPARE(feed.header("Content-Type"), QByteArray("text/calendar; charset=utf-8"));
        const QString wire = wireProblem(feed.body);
        QVERIFY2(wire.isEmpty(), qPrintable(wire));
        const QStringList libical = libicalProblems(feed.body);
        QVERIFY2(libical.isEmpty(), qPrintable(libical.join(QLatin1Char('\n'))));
        const auto [parsed, problem] = parsedByPython(feed.body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QJsonObject calendar = parsed.value(QStringLiteral("calendar")).toObject();
        QCOMPARE(calendar.value(QStringLiteral("VERSION")).toString(), QStringLiteral("2.0"));
        QCOMPARE(calendar.value(QStringLiteral("METHOD")).toString(), QStringLiteral("PUBLISH"));
        QCOMPARE(calendar.value(QStringLiteral("CALSCALE")).toString(), QStringLiteral("GREGORIAN"));
        QCOMPARE(calendar.value(QStringLiteral("X-WR-CALNAME")).toString(),
                 QStringLiteral("Chairside: Dr. Eva Kranz"));
        // The window: 30 days back, 180 ahead; the other dentist's booking is not theirs.
        QStringList expected{uid(m_visit), uid(m_cancelled), uid(m_past)};
        expected.sort();
        QCOMPARE(uids(parsed), expected);

        const QJsonObject visit = eventWithUid(parsed, uid(m_visit));
        QCOMPARE(visit.value(QStringLiteral("DTSTART")).toString(), QStringLiteral("2026-11-24T09:00:00Z"));
        QCOMPARE(visit.value(QStringLiteral("DTEND")).toString(), QStringLiteral("2026-11-24T09:45:00Z"));
        QCOMPARE(visit.value(QStringLiteral("DTSTAMP")).toString(), QStringLiteral("2026-11-22T09:00:00Z"));
        QCOMPARE(visit.value(QStringLiteral("STATUS")).toString(), QStringLiteral("CONFIRMED"));
        // Initials, never the name or the reason: the address leaves the clinic.
        QCOMPARE(visit.value(QStringLiteral("SUMMARY")).toString(), QStringLiteral("A. M. B."));
        QVERIFY(!feed.body.contains("Berg"));
        QVERIFY(!feed.body.contains("Wurzel"));
        // The chair's name, escaped and folded on the wire, arrives whole.
        QCOMPARE(visit.value(QStringLiteral("LOCATION")).toString(), m_chairName);
        QCOMPARE(eventWithUid(parsed, uid(m_cancelled)).value(QStringLiteral("STATUS")).toString(),
                 QStringLiteral("CANCELLED"));

        // Escaping as RFC 5545 3.3.11 spells it, seen on the unfolded line.
        QVERIFY(unfolded(feed.body).contains(QStringLiteral(
            "LOCATION:Behandlungsraum Süd\\, Fenster\\; links \\\\ hinten – größter Stuhl der Praxis mit "
            "Blick über den Hof")));
        // The same request again: the same events (UIDs are the appointments' ids, stable on every station).
        const auto [again, againProblem] = parsedByPython(m_http->get(pathOf(m_dentistFeedUrl)).body);
        QVERIFY(againProblem.isEmpty());
        QCOMPARE(uids(again), expected);
    }

    void chairFeedShowsEveryDentistInTheChair()
    {
        QCOMPARE(create(m_dentist, QStringLiteral("chair"), m_chair).status, 403); // admins make chair feeds
        HttpReply made = create(m_admin, QStringLiteral("chair"), m_chair);
        QCOMPARE(made.status, 201);
        HttpReply feed = m_http->get(pathOf(made.object().value(QStringLiteral("url")).toString()));
        QCOMPARE(feed.status, 200);
        QVERIFY2(wireProblem(feed.body).isEmpty(), qPrintable(wireProblem(feed.body)));
        QVERIFY(libicalProblems(feed.body).isEmpty());
        const auto [parsed, problem] = parsedByPython(feed.body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList expected{uid(m_visit), uid(m_cancelled), uid(m_past), uid(m_otherVisit)};
        expected.sort();
        QCOMPARE(uids(parsed), expected);
        QCOMPARE(eventWithUid(parsed, uid(m_otherVisit)).value(QStringLiteral("SUMMARY")).toString(),
                 QStringLiteral("Booked: Olaf Zahn"));
        QCOMPARE(parsed.value(QStringLiteral("calendar"))
                     .toObject()
                     .value(QStringLiteral("X-WR-CALNAME"))
                     .toString(),
                 QStringLiteral("Chairside: ") + m_chairName);
        // A chair's token does not open the dentist's address, nor the other way round.
        const QString token = made.object().value(QStringLiteral("token")).toString();
        QCOMPARE(m_http->get(QStringLiteral("/calendar/dentist/%1.ics").arg(token)).status, 404);
    }

    void whoMayMakeAndSeeFeeds()
    {
        QCOMPARE(create(m_dentist, QStringLiteral("dentist"), m_otherDoctor).status, 403);
        QCOMPARE(create(m_desk, QStringLiteral("dentist"), m_doctor).status, 403);
        QCOMPARE(create(m_patientUser, QStringLiteral("dentist"), m_doctor).status, 403);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/calendar-feeds/"),
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("dentist")},
                                        {QStringLiteral("subject_id"), m_doctor}})
                     .status,
                 401);
        HttpReply badKind = create(m_admin, QStringLiteral("room"), m_chair);
        QCOMPARE(badKind.status, 400);
        QVERIFY(badKind.object().contains(QStringLiteral("kind")));
        HttpReply unknown = create(m_admin, QStringLiteral("chair"), m_doctor); // a doctor is not a chair
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.object().contains(QStringLiteral("subject_id")));
        QCOMPARE(create(m_otherDentist, QStringLiteral("dentist"), m_otherDoctor).status, 201);

        // The admin lists all three; each dentist their own; the list shows no token and no hash.
        HttpReply all = m_http->get(QStringLiteral("/api/calendar-feeds/"), m_admin.access);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().toArray().size(), 3);
        QVERIFY(!all.body.contains("token"));
        HttpReply mine = m_http->get(QStringLiteral("/api/calendar-feeds/"), m_dentist.access);
        QCOMPARE(mine.json().toArray().size(), 1);
        QCOMPARE(mine.json().toArray().first().toObject().value(QStringLiteral("subject_id")).toString(),
                 m_doctor);
        QCOMPARE(mine.json().toArray().first().toObject().value(QStringLiteral("subject_name")).toString(),
                 QStringLiteral("Dr. Eva Kranz"));
        QCOMPARE(m_http->get(QStringLiteral("/api/calendar-feeds/"), m_desk.access).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/calendar-feeds/"), m_patientUser.access).status, 403);
    }

    void theStoreKeepsNoToken()
    {
        const QString token = pathOf(m_dentistFeedUrl).section(QLatin1Char('/'), -1).chopped(4);
        QByteArray everything;
        for (const QFileInfo& file : QDir(m_station->dir.path()).entryInfoList(QDir::Files)) {
            QFile f(file.absoluteFilePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll();
        }
        QVERIFY(!everything.isEmpty());
        QVERIFY(!everything.contains(token.toLatin1()));
        auto logged = sql::scalar(
            m_station->db->connection(),
            QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'calendar_feeds'"));
        QVERIFY(logged && logged->toInt() >= 3); // replicated: every feed is in the change log
    }

    void revokedOrUnknownAddressesAreNotFound()
    {
        const QString path = pathOf(m_dentistFeedUrl);
        QCOMPARE(m_http->get(path).status, 200);
        QCOMPARE(m_http->get(path.chopped(4)).status, 404); // without .ics
        QCOMPARE(
            m_http->get(QStringLiteral("/calendar/dentist/%1.ics").arg(QString(64, QLatin1Char('a')))).status,
            404);

        HttpReply mine = m_http->get(QStringLiteral("/api/calendar-feeds/"), m_dentist.access);
        const QString id = mine.json().toArray().first().toObject().value(QStringLiteral("id")).toString();
        // Another dentist's feed is not theirs to revoke (not found); the front desk may not at all.
        QCOMPARE(m_http->del(QStringLiteral("/api/calendar-feeds/%1/").arg(id), m_otherDentist.access).status,
                 404);
        QCOMPARE(m_http->del(QStringLiteral("/api/calendar-feeds/%1/").arg(id), m_desk.access).status, 403);
        QCOMPARE(m_http->get(path).status, 200);
        QCOMPARE(m_http->del(QStringLiteral("/api/calendar-feeds/%1/").arg(id), m_dentist.access).status,
                 204);
        QCOMPARE(m_http->get(path).status, 404);
        // Listed as revoked; revoking again changes nothing.
        mine = m_http->get(QStringLiteral("/api/calendar-feeds/"), m_dentist.access);
        QCOMPARE(mine.json().toArray().first().toObject().value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(m_http->del(QStringLiteral("/api/calendar-feeds/%1/").arg(id), m_admin.access).status, 204);
        QCOMPARE(m_http->get(path).status, 404);
    }

    // Feeds replicate: an address made on one station opens on another once synced, and a revocation made
    // there holds here too.
    void aFeedHoldsOnEveryStation()
    {
        TestStation a;
        TestStation b;
        const Actor admin = a.addUser(QStringLiteral("admin@two.org"), Role::Admin);
        const QString doctor =
            must(a.services->doctors.create(admin, {{QStringLiteral("name"), QStringLiteral("Dr. Two")}}))
                .value(QStringLiteral("id"))
                .toString();
        const QVariantMap made =
            must(a.services->calendarFeeds.create(admin, QStringLiteral("dentist"), doctor));
        const QString token = made.value(QStringLiteral("token")).toString();
        QCOMPARE(b.services->calendarFeeds.open(QStringLiteral("dentist"), token).error().code,
                 Error::Code::NotFound);
        QVERIFY(pullChanges(a, b) > 0);
        QVERIFY(b.services->calendarFeeds.open(QStringLiteral("dentist"), token).ok());

        a.clock.advanceSeconds(60);
        b.clock.advanceSeconds(60);
        QVERIFY(!b.services->calendarFeeds.revoke(admin, made.value(QStringLiteral("id")).toString()));
        QVERIFY(pullChanges(b, a) > 0);
        QCOMPARE(a.services->calendarFeeds.open(QStringLiteral("dentist"), token).error().code,
                 Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestHttpCalendar)
#include "tst_http_calendar.moc"

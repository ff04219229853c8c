#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "handlers/Handlers.h"
#include "routes/Routes.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

// The roles of the matrix, in the order of its columns.
const QStringList kRoles{QStringLiteral("anonymous"),     QStringLiteral("patient"),
                         QStringLiteral("other_patient"), QStringLiteral("receptionist"),
                         QStringLiteral("dentist"),       QStringLiteral("other_dentist"),
                         QStringLiteral("admin")};
const QString kUnknownId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");
const QString kPassword = QStringLiteral("password123");

struct MatrixRow
{
    int line = 0;
    QByteArray method;
    QString pattern;
    QString request; // the path sent, with $fixtures
    QString body;    // JSON with $fixtures, or empty
    QStringList expected;
    QString note;

    QString route() const { return QString::fromLatin1(method) + QLatin1Char(' ') + pattern; }
};

// The table's outcome word for a status (the vocabulary at the top of role_matrix.tsv).
QString outcomeOf(int status)
{
    if (status >= 200 && status < 300)
        return QStringLiteral("ok");
    if (status == 400)
        return QStringLiteral("invalid");
    return QString::number(status);
}

} // namespace

// Issue #7's role matrix: tests/http/role_matrix.tsv says, for every route of every dialect, what each role
// gets; this walks it with real tokens over a real socket, with fixtures owned by "patient" and booked with
// "dentist", and fails listing every cell that differs. A refusal must also write nothing.
class TestRoleMatrix : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QHash<QString, ApiUser> m_users; // by role column, all but anonymous
    QList<MatrixRow> m_rows;
    QHash<QString, QString> m_shared; // fixtures made once, for the rows that change nothing
    QStringList m_setupProblems;
    int m_unique = 0;
    QDateTime m_nextSlot;

    Services& services() { return *m_station->services; }
    QString token(const QString& role) const { return m_users.value(role).access; }

    // The next free half hour of the clinic's default hours (Monday to Friday, 08:00-18:00 UTC): every
    // booking and time slot the test makes gets its own, so none overlaps another.
    QDateTime takeSlot()
    {
        for (;;) {
            const QDateTime slot = m_nextSlot;
            m_nextSlot = m_nextSlot.addSecs(30 * 60);
            if (m_nextSlot.time() >= QTime(18, 0) || m_nextSlot.date() != slot.date())
                m_nextSlot = QDateTime(slot.date().addDays(1), QTime(8, 0), Qt::UTC);
            if (slot.date().dayOfWeek() <= 5 && slot.time() >= QTime(8, 0) && slot.time() < QTime(18, 0))
                return slot;
        }
    }

    // POSTs `body` as `role` and answers the new row's id (or `idField` of the answer); a refusal is a setup
    // problem, reported with the mismatches.
    QString create(const QString& role, const QString& path, const QJsonObject& body,
                   const QString& idField = QStringLiteral("id"))
    {
        const HttpReply reply = m_http->post(path, body, token(role));
        QString id = reply.object().value(idField).toString();
        if (id.isEmpty())
            id = reply.object().value(QStringLiteral("data")).toObject().value(idField).toString();
        if (reply.status / 100 != 2 || id.isEmpty()) {
            m_setupProblems.append(QStringLiteral("setup POST %1 as %2: %3 %4")
                                       .arg(path, role)
                                       .arg(reply.status)
                                       .arg(QString::fromUtf8(reply.body.left(300))));
        }
        return id;
    }

    QString book(const QString& patient, bool confirmed)
    {
        BookingRequest booking;
        booking.patientId = patient;
        QHash<QString, QString> none;
        booking.dentistId = fixture(QStringLiteral("doctor"), none);
        booking.start = takeSlot();
        booking.reason = QStringLiteral("Check-up");
        const Actor desk = m_users.value(QStringLiteral("receptionist")).actor;
        auto made = services().appointments.book(desk, booking);
        if (!made) {
            m_setupProblems.append(QStringLiteral("setup booking: ") + made.error().message);
            return {};
        }
        const QString id = made->value(QStringLiteral("id")).toString();
        if (confirmed && !services().appointments.setStatus(desk, id, AppointmentStatus::Confirmed))
            m_setupProblems.append(QStringLiteral("setup confirmation refused"));
        return id;
    }

    // A fixture by name: "patient", "doctor", ... are made once and shared; "new_<name>" makes a fresh one
    // for the one request that may change or delete it. Everything is the patient's, with the dentist.
    QString fixture(const QString& name, QHash<QString, QString>& perRequest)
    {
        if (name.startsWith(QLatin1String("new_")))
            return make(name.mid(4), true, perRequest);
        if (name.startsWith(QLatin1String("slot_")))
            return slotPart(name, perRequest);
        if (name == QLatin1String("unique"))
            return QString::number(++m_unique);
        if (!m_shared.contains(name)) {
            QHash<QString, QString> own;
            m_shared.insert(name, make(name, false, own));
        }
        return m_shared.value(name);
    }

    // Parts of one half hour taken for the request: "slot_start" (ISO UTC), "slot_local" (naive ISO, the
    // clinic's time is UTC here), "slot_date", "slot_time", "slot_end_time".
    QString slotPart(const QString& name, QHash<QString, QString>& perRequest)
    {
        if (!perRequest.contains(QStringLiteral("slot"))) {
            const QDateTime start = takeSlot();
            perRequest.insert(QStringLiteral("slot"), start.toString(Qt::ISODate));
            perRequest.insert(QStringLiteral("slot_start"), start.toString(Qt::ISODate));
            perRequest.insert(QStringLiteral("slot_local"),
                              start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
            perRequest.insert(QStringLiteral("slot_date"), start.toString(QStringLiteral("yyyy-MM-dd")));
            perRequest.insert(QStringLiteral("slot_time"), start.toString(QStringLiteral("HH:mm")));
            perRequest.insert(QStringLiteral("slot_end_time"),
                              start.addSecs(30 * 60).toString(QStringLiteral("HH:mm")));
        }
        return perRequest.value(name);
    }

    QString make(const QString& kind, bool fresh, QHash<QString, QString>& perRequest)
    {
        if (kind == QLatin1String("patient")) {
            if (!fresh) { // the patient's own record, linked to the account
                auto own = services().patients.ownProfile(m_users.value(QStringLiteral("patient")).actor);
                return own ? own->value(QStringLiteral("id")).toString() : QString();
            }
            // A fresh one: created by the patient's account (so theirs) and assigned to the dentist.
            const QString id = create(
                QStringLiteral("patient"), QStringLiteral("/api/patients/"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Fresh Patient %1").arg(++m_unique)}});
            perRequest.insert(QStringLiteral("mapping"), mapTo(id));
            return id;
        }
        if (kind == QLatin1String("unmapped_patient")) { // the patient's, assigned to nobody yet
            return create(
                QStringLiteral("patient"), QStringLiteral("/api/patients/"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Fresh Patient %1").arg(++m_unique)}});
        }
        if (kind == QLatin1String("doctor")) {
            if (!fresh) {
                auto doctor = services().doctors.create(
                    m_users.value(QStringLiteral("admin")).actor,
                    {{QStringLiteral("name"), QStringLiteral("Aaron Molar")},
                     {QStringLiteral("user_id"), m_users.value(QStringLiteral("dentist")).actor.userId}});
                return doctor ? doctor->value(QStringLiteral("id")).toString() : QString();
            }
            return create(
                QStringLiteral("admin"), QStringLiteral("/api/doctors/"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Fresh %1").arg(++m_unique)}});
        }
        if (kind == QLatin1String("other_doctor")) {
            auto doctor = services().doctors.create(
                m_users.value(QStringLiteral("admin")).actor,
                {{QStringLiteral("name"), QStringLiteral("Zeta Canine")},
                 {QStringLiteral("user_id"), m_users.value(QStringLiteral("other_dentist")).actor.userId}});
            return doctor ? doctor->value(QStringLiteral("id")).toString() : QString();
        }
        const QString patient = fixture(QStringLiteral("patient"), perRequest);
        if (kind == QLatin1String("mapping")) {
            if (!fresh)
                return mapTo(patient);
            make(QStringLiteral("patient"), true, perRequest); // a fresh patient, mapped
            return perRequest.value(QStringLiteral("mapping"));
        }
        if (kind == QLatin1String("patient_account"))
            return m_users.value(QStringLiteral("patient")).actor.userId;
        if (kind == QLatin1String("dentist_account"))
            return m_users.value(QStringLiteral("dentist")).actor.userId;
        if (kind ==
            QLatin1String("user")) { // an account to change or delete: a patient's, nobody's in the matrix
            const QString email = QStringLiteral("fresh%1@example.org").arg(++m_unique);
            perRequest.insert(QStringLiteral("user_email"), email);
            return m_station->addUser(email, Role::Patient).userId;
        }
        if (kind == QLatin1String("user_email")) {
            make(QStringLiteral("user"), true, perRequest);
            return perRequest.value(QStringLiteral("user_email"));
        }
        if (kind == QLatin1String("appointment"))
            return book(patient, false);
        if (kind == QLatin1String("confirmed_appointment"))
            return book(patient, true);
        if (kind == QLatin1String("consultation")) {
            return create(QStringLiteral("dentist"), QStringLiteral("/api/consultations/api/consultations/"),
                          QJsonObject{{QStringLiteral("appointment"), book(patient, true)},
                                      {QStringLiteral("chief_complaint"), QStringLiteral("Pain at 36")}});
        }
        if (kind == QLatin1String("vital")) {
            // A fresh one belongs to the request's fresh consultation when it names one.
            const QString consultation = fresh && perRequest.contains(QStringLiteral("new_consultation"))
                                             ? perRequest.value(QStringLiteral("new_consultation"))
                                             : fixture(QStringLiteral("consultation"), perRequest);
            return create(
                QStringLiteral("dentist"),
                QStringLiteral("/api/consultations/api/consultations/%1/vital-signs/").arg(consultation),
                QJsonObject{{QStringLiteral("heart_rate"), 72}});
        }
        if (kind == QLatin1String("prescription")) {
            return create(
                QStringLiteral("dentist"), QStringLiteral("/api/prescriptions/create/"),
                QJsonObject{{QStringLiteral("patient"), patient},
                            {QStringLiteral("medications"), QJsonArray{QStringLiteral("Ibuprofen")}},
                            {QStringLiteral("instructions"), QStringLiteral("After meals")}});
        }
        if (kind == QLatin1String("report")) {
            return create(
                QStringLiteral("dentist"), QStringLiteral("/api/reports/upload/"),
                QJsonObject{{QStringLiteral("patient"), patient},
                            {QStringLiteral("report_type"), QStringLiteral("X-ray")},
                            {QStringLiteral("file_url"), QStringLiteral("https://files.example.org/r.pdf")}});
        }
        if (kind == QLatin1String("notification")) {
            return create(
                QStringLiteral("receptionist"), QStringLiteral("/api/notifications/send/"),
                QJsonObject{{QStringLiteral("user"), m_users.value(QStringLiteral("patient")).actor.userId},
                            {QStringLiteral("type"), QStringLiteral("Email")},
                            {QStringLiteral("subject"), QStringLiteral("Your visit")},
                            {QStringLiteral("message"), QStringLiteral("See you soon.")}});
        }
        if (kind == QLatin1String("payment")) {
            return create(QStringLiteral("receptionist"), QStringLiteral("/api/payments/charge/"),
                          QJsonObject{{QStringLiteral("patient"), patient},
                                      {QStringLiteral("amount"), 150},
                                      {QStringLiteral("payment_method"), QStringLiteral("Cash")},
                                      {QStringLiteral("transaction_status"), QStringLiteral("Completed")}});
        }
        if (kind == QLatin1String("invoice")) {
            return create(QStringLiteral("receptionist"), QStringLiteral("/api/invoices/generate/"),
                          QJsonObject{{QStringLiteral("patient"), patient},
                                      {QStringLiteral("total_amount"), QStringLiteral("150.00")},
                                      {QStringLiteral("due_date"), QStringLiteral("2026-12-01")}});
        }
        if (kind == QLatin1String("audit")) { // the newest entry of the log
            const HttpReply list =
                m_http->get(QStringLiteral("/api/audit-logs/list/?limit=1"), token(QStringLiteral("admin")));
            QJsonArray entries = list.json().isArray()
                                     ? list.json().toArray()
                                     : list.object().value(QStringLiteral("results")).toArray();
            const QString id = entries.isEmpty()
                                   ? QString()
                                   : entries.first().toObject().value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                m_setupProblems.append(QStringLiteral("setup audit entry: ") +
                                       QString::fromUtf8(list.body.left(300)));
            return id;
        }
        if (kind == QLatin1String("time_slot")) {
            const QDateTime start = takeSlot();
            return create(
                QStringLiteral("dentist"), QStringLiteral("/api/appointments/time-slots/"),
                QJsonObject{{QStringLiteral("date"), start.toString(QStringLiteral("yyyy-MM-dd"))},
                            {QStringLiteral("start_time"), start.toString(QStringLiteral("HH:mm:ss"))},
                            {QStringLiteral("end_time"),
                             start.addSecs(30 * 60).toString(QStringLiteral("HH:mm:ss"))}});
        }
        if (kind == QLatin1String("booked_on_slot")) { // seed 003's: booked on a time slot of the dentist
            return create(
                QStringLiteral("patient"), QStringLiteral("/api/appointments/appointments/"),
                QJsonObject{
                    {QStringLiteral("patient"), m_users.value(QStringLiteral("patient")).actor.userId},
                    {QStringLiteral("doctor"), m_users.value(QStringLiteral("dentist")).actor.userId},
                    {QStringLiteral("time_slot"), make(QStringLiteral("time_slot"), true, perRequest)},
                    {QStringLiteral("reason_for_visit"), QStringLiteral("Check-up")},
                    {QStringLiteral("contact_phone"), QStringLiteral("+61400000000")}});
        }
        if (kind == QLatin1String("medical_record")) {
            return create(QStringLiteral("dentist"), QStringLiteral("/api/medical-records/"),
                          QJsonObject{{QStringLiteral("patient"), patient},
                                      {QStringLiteral("appointment"), book(patient, false)},
                                      {QStringLiteral("notes"), QStringLiteral("Sensitive 36")}});
        }
        if (kind == QLatin1String("material")) {
            return create(QStringLiteral("receptionist"), QStringLiteral("/api/materials/"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Gloves %1").arg(++m_unique)},
                                      {QStringLiteral("quantity"), 10},
                                      {QStringLiteral("price"), 5}});
        }
        if (kind == QLatin1String("file_report")) { // a report with a file, for the download
            const Actor dentist = m_users.value(QStringLiteral("dentist")).actor;
            auto made = services().documents.upload(
                dentist,
                {{QStringLiteral("patient_id"), patient},
                 {QStringLiteral("report_type"), QStringLiteral("X-ray")}},
                DocumentFile{QStringLiteral("r.pdf"), QStringLiteral("application/pdf"),
                             QByteArrayLiteral("%PDF-1.4\n%%EOF\n")});
            if (!made)
                m_setupProblems.append(QStringLiteral("setup report file: ") + made.error().message);
            return made ? made->value(QStringLiteral("id")).toString() : QString();
        }
        if (kind == QLatin1String("record_appointment")) { // an appointment with seed 000's record
            const QString appointment = book(patient, false);
            auto made = services().records.create(m_users.value(QStringLiteral("dentist")).actor, appointment,
                                                  QStringLiteral("Filled 36"), {});
            if (!made)
                m_setupProblems.append(QStringLiteral("setup record: ") + made.error().message);
            return appointment;
        }
        if (kind == QLatin1String("calendar_feed") || kind == QLatin1String("calendar_token")) {
            // The dentist's calendar feed, made by the administrator: its id, or the token of its address.
            QHash<QString, QString> none;
            auto feed = services().calendarFeeds.create(m_users.value(QStringLiteral("admin")).actor,
                                                        QStringLiteral("dentist"),
                                                        fixture(QStringLiteral("doctor"), none));
            if (!feed) {
                m_setupProblems.append(QStringLiteral("setup calendar feed: ") + feed.error().message);
                return {};
            }
            return feed
                ->value(kind == QLatin1String("calendar_feed") ? QStringLiteral("id")
                                                               : QStringLiteral("token"))
                .toString();
        }
        if (kind == QLatin1String("refresh")) { // a refresh token of an account nobody else uses
            const Actor someone =
                m_station->addUser(QStringLiteral("fresh%1@example.org").arg(++m_unique), Role::Patient);
            return m_station->signIn(someone).refresh;
        }
        if (kind == QLatin1String("unknown"))
            return kUnknownId;
        if (kind == QLatin1String("sha256"))
            return QString(64, QLatin1Char('a'));
        m_setupProblems.append(QStringLiteral("the table names an unknown fixture $") + kind);
        return {};
    }

    QString mapTo(const QString& patient)
    {
        QHash<QString, QString> none;
        return create(QStringLiteral("receptionist"), QStringLiteral("/api/mappings/"),
                      QJsonObject{{QStringLiteral("patient_id"), patient},
                                  {QStringLiteral("doctor_id"), fixture(QStringLiteral("doctor"), none)}});
    }

    // `text` with every $name replaced by its fixture.
    QString filled(const QString& text, QHash<QString, QString>& perRequest)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\$([a-z_0-9]+)"));
        QString out;
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out += text.mid(at, m.capturedStart() - at);
            const QString name = m.captured(1);
            if (!perRequest.contains(name) || name == QLatin1String("unique"))
                perRequest.insert(name, fixture(name, perRequest));
            out += perRequest.value(name);
            at = m.capturedEnd();
        }
        return out + text.mid(at);
    }

    void readTable()
    {
        QFile file(QStringLiteral(CHAIRSIDE_ROLE_MATRIX));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        bool header = true;
        for (int i = 0; i < lines.size(); ++i) {
            const QString& line = lines[i];
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (header) {
                QCOMPARE(cells.mid(4, kRoles.size()), kRoles);
                header = false;
                continue;
            }
            QVERIFY2(cells.size() >= 4 + kRoles.size(), qPrintable(QStringLiteral("line %1").arg(i + 1)));
            MatrixRow row;
            row.line = i + 1;
            row.method = cells[0].toLatin1();
            row.pattern = cells[1];
            row.request = cells[2];
            row.body = cells[3] == QLatin1String("-") ? QString() : cells[3];
            row.expected = cells.mid(4, kRoles.size());
            row.note = cells.value(4 + kRoles.size());
            m_rows.append(row);
        }
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>(); // the clock: Sunday 2026-11-22 09:00 UTC
        m_nextSlot = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
        m_users.insert(QStringLiteral("patient"),
                       m_station->addApiUser(QStringLiteral("alice@example.org"), Role::Patient));
        m_users.insert(QStringLiteral("other_patient"),
                       m_station->addApiUser(QStringLiteral("bob@example.org"), Role::Patient));
        m_users.insert(QStringLiteral("receptionist"),
                       m_station->addApiUser(QStringLiteral("desk@clinic.org"), Role::Receptionist));
        m_users.insert(QStringLiteral("dentist"),
                       m_station->addApiUser(QStringLiteral("molar@clinic.org"), Role::Dentist));
        m_users.insert(QStringLiteral("other_dentist"),
                       m_station->addApiUser(QStringLiteral("canine@clinic.org"), Role::Dentist));
        m_users.insert(QStringLiteral("admin"),
                       m_station->addApiUser(QStringLiteral("boss@clinic.org"), Role::Admin));
        // The other patient has a record of their own and the other dentist a doctor profile, so neither
        // is refused for lacking one.
        QVERIFY(services().patients.ownProfile(m_users.value(QStringLiteral("other_patient")).actor));

        m_host = std::make_unique<api::ApiServerHost>(services(), api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));

        QHash<QString, QString> none;
        QVERIFY(!fixture(QStringLiteral("patient"), none).isEmpty());
        QVERIFY(!fixture(QStringLiteral("doctor"), none).isEmpty());
        QVERIFY(!fixture(QStringLiteral("other_doctor"), none).isEmpty());
        QVERIFY(!fixture(QStringLiteral("mapping"), none).isEmpty());
        readTable();
        QVERIFY(!m_rows.isEmpty());
    }

    void cleanupTestCase()
    {
        m_host.reset();
        m_station.reset();
    }

    // Every route the server registers has exactly one row, and every row is a registered route.
    void tableCoversEveryRoute()
    {
        api::ApiHandlers handlers(services());
        QSet<QString> served;
        for (const api::Route& r : api::allRoutes(handlers))
            served.insert(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.pattern);
        QSet<QString> listed;
        QStringList problems;
        for (const MatrixRow& row : m_rows) {
            if (listed.contains(row.route()))
                problems.append(QStringLiteral("line %1: %2 is listed twice").arg(row.line).arg(row.route()));
            listed.insert(row.route());
        }
        for (const QString& r : served - listed)
            problems.append(QStringLiteral("served but not in the table: ") + r);
        for (const QString& r : listed - served)
            problems.append(QStringLiteral("in the table but not served: ") + r);
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Each row, as each role, over the socket.
    void everyRoleOnEveryRoute()
    {
        const bool dump = qEnvironmentVariableIsSet("CHAIRSIDE_ROLE_MATRIX_DUMP");
        QStringList mismatches;
        QStringList dumped;
        int cells = 0;
        for (const MatrixRow& row : m_rows) {
            QStringList got;
            for (int r = 0; r < kRoles.size(); ++r) {
                const QString& role = kRoles[r];
                QHash<QString, QString> perRequest;
                const QString path = filled(row.request, perRequest);
                const QByteArray body = filled(row.body, perRequest).toUtf8();
                QList<std::pair<QByteArray, QByteArray>> headers;
                if (!body.isEmpty())
                    headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
                const int before = m_station->changeCount();
                const HttpReply reply = m_http->request(row.method, path, body, token(role), headers);
                const QString outcome = outcomeOf(reply.status);
                got.append(outcome);
                ++cells;
                if (outcome != row.expected.value(r)) {
                    mismatches.append(QStringLiteral("%1 (line %2) as %3: expected %4, got %5 at %7: %6")
                                          .arg(row.route())
                                          .arg(row.line)
                                          .arg(role, row.expected.value(r), outcome,
                                               QString::fromUtf8(reply.body.left(200)), path));
                } else if (outcome != QLatin1String("ok") && m_station->changeCount() != before) {
                    mismatches.append(
                        QStringLiteral("%1 (line %2) as %3: refused with %4 but wrote %5 changes")
                            .arg(row.route())
                            .arg(row.line)
                            .arg(role, outcome)
                            .arg(m_station->changeCount() - before));
                }
                // Logout, password changes and the like end the caller's sessions: the next row gets a new
                // pair of tokens.
                if (row.method != "GET" && role != QLatin1String("anonymous")) {
                    ApiUser& user = m_users[role];
                    const ApiUser fresh = m_station->signIn(user.actor);
                    user.access = fresh.access;
                    user.refresh = fresh.refresh;
                }
            }
            if (dump)
                dumped.append(QStringList{QString::fromLatin1(row.method), row.pattern, row.request,
                                          row.body.isEmpty() ? QStringLiteral("-") : row.body}
                                  .join(QLatin1Char('\t')) +
                              QLatin1Char('\t') + got.join(QLatin1Char('\t')) + QLatin1Char('\t') + row.note);
        }
        if (dump) {
            QFile out(qEnvironmentVariable("CHAIRSIDE_ROLE_MATRIX_DUMP"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(dumped.join(QLatin1Char('\n')).toUtf8());
        }
        qInfo("role matrix: %lld routes x %lld roles = %d requests, %lld mismatches",
              qlonglong(m_rows.size()), qlonglong(kRoles.size()), cells, qlonglong(mismatches.size()));
        // One line each: a QVERIFY2 message would be cut short.
        const QStringList problems = m_setupProblems + mismatches;
        for (const QString& problem : problems)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), "the cells listed above differ from role_matrix.tsv");
    }
};

QTEST_MAIN(TestRoleMatrix)
#include "tst_role_matrix.moc"

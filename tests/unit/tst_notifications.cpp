#include "HttpClient.h"
#include "TestStation.h"
#include "TwilioSmsSender.h"
#include "store/Query.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace chairside;
using namespace chairside::outbound;
using namespace chairside::test;

namespace {

// A Twilio-compatible Messages endpoint on a loopback socket, in the test's thread: it keeps each request
// (path, Authorization, form fields) and answers 201 with a message sid, as Twilio does.
class FakeTwilio : public QObject
{
public:
    struct Request
    {
        QByteArray path;
        QByteArray authorization;
        QUrlQuery form;
    };
    QList<Request> requests;

    void listen(quint16 port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                serve(s);
        });
        if (!m_server.listen(QHostAddress::LocalHost, port))
            qFatal("fake Twilio: %s", qPrintable(m_server.errorString()));
    }

private:
    void serve(QTcpSocket* socket)
    {
        auto* buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            qsizetype length = 0;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            r.path = lines.first().split(' ').value(1);
            for (const QByteArray& line : lines) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "authorization")
                    r.authorization = value;
            }
            if (buffer->size() < end + 4 + length)
                return;
            r.form = QUrlQuery(QString::fromLatin1(buffer->mid(end + 4, length)));
            requests.append(r);
            const QByteArray body =
                "{\"sid\": \"SM" + QByteArray::number(requests.size()) + "\", \"status\": \"queued\"}";
            socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
};

CoreConfig smsOnly()
{
    CoreConfig config;
    config.smsEnabled = true;
    return config;
}

} // namespace

// Notifications and their delivery: text messages through a Twilio-compatible service (a fake on a real
// socket), appointment confirmations and reminders made once, by the booking station only, respecting
// opt-outs, and a reminder due while the service is unreachable sent exactly once when it is back.
class TestNotifications : public QObject
{
    Q_OBJECT
private:
    TwilioConfig twilio(quint16 port) const
    {
        TwilioConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        c.accountSid = QStringLiteral("AC123");
        c.authToken = QStringLiteral("secret-token");
        c.from = QStringLiteral("+61255501234");
        c.timeoutMs = 3000;
        return c;
    }

    static QString book(TestStation& s, const Actor& desk, const QString& patient, qint64 secondsAhead)
    {
        BookingRequest booking;
        booking.patientId = patient;
        booking.start = s.clock.nowUtc().addSecs(secondsAhead);
        // Book on the half hour inside clinic hours, whatever the test clock says.
        booking.start = QDateTime(booking.start.date(), QTime(10, 0), Qt::UTC);
        auto made = s.services->appointments.book(desk, booking);
        if (!made)
            qWarning("booking failed: %s", qPrintable(made.error().message));
        return made ? made->value(QStringLiteral("id")).toString() : QString();
    }

    static QList<QVariantMap> notificationsOf(TestStation& s, const QString& appointment)
    {
        auto rows = sql::select(s.db->connection(),
                                QStringLiteral("SELECT * FROM notifications WHERE appointment_id = ? "
                                               "ORDER BY created_at, kind, channel"),
                                {appointment});
        return rows ? *rows : QList<QVariantMap>{};
    }

private slots:
    void manualTextMessageSpeaksTwilio()
    {
        TestStation s(smsOnly());
        const Actor desk = s.addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        const Actor ana = s.addUser(QStringLiteral("ana@example.org"), Role::Patient);
        QVERIFY(s.services->accounts.updateUser(Actor::system(), ana.userId,
                                                {{QStringLiteral("phone"), QStringLiteral("+61400111222")}}));
        auto sent =
            s.services->notifications.send(desk, {{QStringLiteral("user_id"), ana.userId},
                                                  {QStringLiteral("type"), QStringLiteral("SMS")},
                                                  {QStringLiteral("message"), QStringLiteral("Hi & bye+1")}});
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
        QCOMPARE(sent->value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

        FakeTwilio fake;
        const quint16 port = freeLoopbackPort();
        fake.listen(port);
        TwilioSmsSender sender(twilio(port));
        QCOMPARE(s.services->outbox.deliverDue(nullptr, &sender, QString()), 1);
        QCOMPARE(fake.requests.size(), 1);
        const FakeTwilio::Request& r = fake.requests.first();
        QCOMPARE(r.path, QByteArray("/2010-04-01/Accounts/AC123/Messages.json"));
        QCOMPARE(r.authorization, "Basic " + QByteArray("AC123:secret-token").toBase64());
        QCOMPARE(r.form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded),
                 QStringLiteral("+61400111222"));
        QCOMPARE(r.form.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded),
                 QStringLiteral("+61255501234"));
        QCOMPARE(r.form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded),
                 QStringLiteral("Hi & bye+1"));

        auto row = s.services->notifications.get(desk, sent->value(QStringLiteral("id")).toString());
        QVERIFY(row);
        QCOMPARE(row->value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QCOMPARE(row->value(QStringLiteral("provider_message_id")).toString(), QStringLiteral("SM1"));
        QCOMPARE(s.services->outbox.deliverDue(nullptr, &sender, QString()), 0); // never twice

        // Email is not configured here: such a message is recorded as failed, with the reason.
        auto email = s.services->notifications.send(desk, {{QStringLiteral("user_id"), ana.userId},
                                                           {QStringLiteral("type"), QStringLiteral("Email")},
                                                           {QStringLiteral("message"), QStringLiteral("x")}});
        QVERIFY(email);
        QCOMPARE(email->value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(email->value(QStringLiteral("error_message"))
                    .toString()
                    .contains(QStringLiteral("not configured")));
    }

    void reminderDueWhileOfflineIsSentOnceWhenBack()
    {
        TestStation s(smsOnly());
        const Actor desk = s.addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        auto patient =
            s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                               {QStringLiteral("phone"), QStringLiteral("+61400111333")}});
        QVERIFY(patient);
        const QString appointment = book(s, desk, patient->value(QStringLiteral("id")).toString(), 3 * 86400);
        QVERIFY(!appointment.isEmpty());

        // Booked now: a confirmation, and no reminder yet (the visit is days away).
        QCOMPARE(s.services->notifications.queueAppointmentMessages(), 1);
        QCOMPARE(s.services->notifications.queueAppointmentMessages(), 0);
        FakeTwilio fake;
        const quint16 port = freeLoopbackPort();
        TwilioSmsSender sender(twilio(port));
        QCOMPARE(s.services->outbox.deliverDue(nullptr, &sender, QString()), 0); // nobody listens yet
        fake.listen(port);
        s.clock.advanceSeconds(60);
        QCOMPARE(s.services->outbox.deliverDue(nullptr, &sender, QString()), 1);
        QCOMPARE(fake.requests.size(), 1);
        QVERIFY(fake.requests[0]
                    .form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("is confirmed")));

        // A day before the visit the reminder is due; the service is unreachable then ("offline").
        s.clock.set(
            QDateTime::fromString(
                s.services->appointments.get(desk, appointment)->value(QStringLiteral("start_at")).toString(),
                Qt::ISODateWithMs)
                .addSecs(-20 * 3600));
        QCOMPARE(s.services->notifications.queueAppointmentMessages(), 1);
        TwilioSmsSender unreachable(twilio(freeLoopbackPort()));
        QCOMPARE(s.services->outbox.deliverDue(nullptr, &unreachable, QString()), 0);
        QList<QVariantMap> rows = notificationsOf(s, appointment);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].value(QStringLiteral("kind")).toString(), QStringLiteral("reminder"));
        QCOMPARE(rows[1].value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(!rows[1].value(QStringLiteral("error_message")).toString().isEmpty());

        // Back online: the retry waits for its backoff, then goes once, and the row says sent.
        QCOMPARE(s.services->outbox.deliverDue(nullptr, &sender, QString()), 0);
        s.clock.advanceSeconds(31);
        QCOMPARE(s.services->outbox.deliverDue(nullptr, &sender, QString()), 1);
        QCOMPARE(s.services->notifications.queueAppointmentMessages(), 0);
        s.clock.advanceSeconds(3600);
        QCOMPARE(s.services->outbox.deliverDue(nullptr, &sender, QString()), 0);
        QCOMPARE(fake.requests.size(), 2);
        QVERIFY(fake.requests[1]
                    .form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("reminder")));
        rows = notificationsOf(s, appointment);
        QCOMPARE(rows[1].value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    }

    void optedOutPatientGetsNothingAndStaffSeeWhy()
    {
        TestStation s(smsOnly());
        const Actor desk = s.addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        auto patient =
            s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Bo Ng")},
                                               {QStringLiteral("phone"), QStringLiteral("+61400111444")},
                                               {QStringLiteral("sms_opt_out"), true}});
        QVERIFY(patient);
        const QString appointment = book(s, desk, patient->value(QStringLiteral("id")).toString(), 2 * 86400);
        QCOMPARE(s.services->notifications.queueAppointmentMessages(), 0);
        const QList<QVariantMap> rows = notificationsOf(s, appointment);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(
            rows[0].value(QStringLiteral("error_message")).toString().contains(QStringLiteral("opted out")));
        auto outbox = s.services->outbox.messages();
        QVERIFY(outbox && outbox->isEmpty());
        QCOMPARE(s.services->notifications.queueAppointmentMessages(), 0); // asked once, not every round
        QCOMPARE(notificationsOf(s, appointment).size(), 1);
    }

    void onlyTheBookingStationSends()
    {
        TestStation front(smsOnly());
        TestStation chairside(smsOnly());
        const Actor desk = front.addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist);
        auto patient = front.services->patients.create(
            desk, {{QStringLiteral("name"), QStringLiteral("Cy Ho")},
                   {QStringLiteral("phone"), QStringLiteral("+61400111555")}});
        QVERIFY(patient);
        const QString appointment =
            book(front, desk, patient->value(QStringLiteral("id")).toString(), 2 * 86400);
        QVERIFY(pullChanges(front, chairside) > 0);
        QCOMPARE(chairside.services->notifications.queueAppointmentMessages(), 0);
        QCOMPARE(front.services->notifications.queueAppointmentMessages(), 1);
        // Once the confirmation row reaches the other station, it knows it was made.
        QVERIFY(pullChanges(front, chairside) > 0);
        QCOMPARE(notificationsOf(chairside, appointment).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"

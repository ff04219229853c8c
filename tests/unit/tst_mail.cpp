#include "FileMailSender.h"
#include "MailWorker.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace chairside;
using namespace chairside::test;

namespace {

CoreConfig mailOn()
{
    CoreConfig c;
    c.mailEnabled = true;
    c.publicUrl = QStringLiteral("https://clinic.example/");
    return c;
}

// A transport that fails until told otherwise, and remembers what it was asked to send.
class FlakySender : public MailSender
{
public:
    bool up = false;
    QList<MailMessage> sent;
    QString send(const MailMessage& m) override
    {
        if (!up)
            return QStringLiteral("connection refused");
        sent.append(m);
        return {};
    }
    QString describe() const override { return QStringLiteral("flaky"); }
};

QStringList emlFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files);
}

} // namespace

class TestMail : public QObject
{
    Q_OBJECT
private slots:
    void nothingIsQueuedWithoutATransport()
    {
        TestStation s;
        s.addUser(QStringLiteral("a@x.org"), Role::Patient);
        QCOMPARE(s.services->outbox.messages()->size(), 0);
    }

    void registrationQueuesAWorkingActivationLink()
    {
        TestStation s(mailOn());
        const Actor jo = s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        auto queued = s.services->outbox.messages();
        QCOMPARE(queued->size(), 1);
        const QVariantMap m = queued->first();
        QCOMPARE(m.value(QStringLiteral("recipient")).toString(), QStringLiteral("jo@x.org"));
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), QStringLiteral("Verify Email"));
        const QString body = m.value(QStringLiteral("body")).toString();
        QVERIFY(body.startsWith(
            QStringLiteral("Here is your activation link: https://clinic.example/auth/activate/?")));
        const QUrlQuery link(QUrl(body.section(QLatin1Char(' '), -1)));
        QCOMPARE(link.queryItemValue(QStringLiteral("user_id")), jo.userId);
        auto verified = s.services->accounts.verifyEmail(
            jo.userId, link.queryItemValue(QStringLiteral("confirmation_token")));
        QVERIFY(verified.ok() && *verified);
    }

    void fileTransportWritesOneEmlPerMessageOnce()
    {
        TestStation s(mailOn());
        s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        s.addUser(QStringLiteral("al@x.org"), Role::Patient);
        QTemporaryDir outbox;
        outbound::FileMailSender sender(outbox.path());
        QCOMPARE(s.services->outbox.deliverDue(sender, QStringLiteral("Clinic <c@x.org>")), 2);
        QCOMPARE(s.services->outbox.deliverDue(sender, QStringLiteral("Clinic <c@x.org>")), 0);
        const QStringList files = emlFiles(outbox.path());
        QCOMPARE(files.size(), 2);
        QFile eml(QDir(outbox.path()).filePath(files.first()));
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const QByteArray text = eml.readAll();
        QVERIFY(text.contains("Subject: Verify Email\r\n"));
        QVERIFY(text.contains("From: Clinic <c@x.org>\r\n"));
        QVERIFY(text.contains("Content-Type: text/plain; charset=utf-8\r\n"));
        QVERIFY(text.contains("\r\n\r\nHere is your activation link: "));
    }

    void headersAreEncodedAndCannotBeInjected()
    {
        const QByteArray text = outbound::FileMailSender::format(
            {QStringLiteral("m1"), QStringLiteral("c@x.org"), QStringLiteral("a@x.org\r\nBcc: evil@x.org"),
             QStringLiteral("Rendez-vous annulé"), QStringLiteral("Bonjour")},
            QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        QVERIFY(text.contains("Subject: =?UTF-8?B?"));
        QVERIFY(!text.contains("\r\nBcc:"));
        QVERIFY(text.contains("Date: Sun, 22 Nov 2026 09:00:00 +0000\r\n"));
    }

    void failuresAreRetriedWithBackoff()
    {
        TestStation s(mailOn());
        s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        FlakySender sender;
        QCOMPARE(s.services->outbox.deliverDue(sender, QString()), 0);
        auto row = s.services->outbox.messages()->first();
        QCOMPARE(row.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("last_error")).toString(), QStringLiteral("connection refused"));
        QCOMPARE(s.services->outbox.deliverDue(sender, QString()), 0); // not due yet: no second attempt
        QCOMPARE(s.services->outbox.messages()->first().value(QStringLiteral("attempts")).toInt(), 1);
        s.clock.advanceSeconds(31);
        QCOMPARE(s.services->outbox.deliverDue(sender, QString()), 0);
        QCOMPARE(s.services->outbox.messages()->first().value(QStringLiteral("attempts")).toInt(), 2);
        sender.up = true;
        s.clock.advanceSeconds(61);
        QCOMPARE(s.services->outbox.deliverDue(sender, QString()), 1);
        QCOMPARE(sender.sent.size(), 1);
        QVERIFY(!s.services->outbox.messages()->first().value(QStringLiteral("sent_at")).isNull());
    }

    void staffCancellationTellsThePatient()
    {
        TestStation s(mailOn());
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const Actor owner = s.addUser(QStringLiteral("owner@x.org"), Role::Patient);
        const QString patient = s.services->patients
                                    .create(desk, {{QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                                   {QStringLiteral("email"), QStringLiteral("ana@x.org")}})
                                    ->value(QStringLiteral("id"))
                                    .toString();
        const QString own = s.services->patients
                                .create(owner, {{QStringLiteral("name"), QStringLiteral("Own One")},
                                                {QStringLiteral("email"), QStringLiteral("own@x.org")}})
                                ->value(QStringLiteral("id"))
                                .toString();
        BookingRequest r;
        r.patientId = patient;
        r.start = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        const QString a = s.services->appointments.book(desk, r)->value(QStringLiteral("id")).toString();
        r.patientId = own;
        r.start = r.start.addSecs(3600);
        const QString b = s.services->appointments.book(owner, r)->value(QStringLiteral("id")).toString();
        const int before = int(s.services->outbox.messages()->size());

        QVERIFY(!s.services->appointments.remove(owner, b)); // the patient's own deletion sends nothing
        QCOMPARE(int(s.services->outbox.messages()->size()), before);
        QVERIFY(!s.services->appointments.remove(desk, a));
        const QVariantMap mail = s.services->outbox.messages()->last();
        QCOMPARE(mail.value(QStringLiteral("recipient")).toString(), QStringLiteral("ana@x.org"));
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Your appointment has been canceled"));
        QCOMPARE(
            mail.value(QStringLiteral("body")).toString(),
            QStringLiteral(
                "Dear Ana Lima, your dental appointment scheduled for 2026-11-23 10:00 has been canceled. "
                "Please contact us to reschedule. Sincerely, The Clinic"));
    }

    void workerDeliversInTheBackground()
    {
        TestStation s(mailOn());
        QTemporaryDir folder;
        outbound::MailWorker worker(*s.db, s.services->outbox, s.services->notifications,
                                    std::make_unique<outbound::FileMailSender>(folder.path()), nullptr,
                                    QStringLiteral("c@x.org"), 50, 200);
        worker.start();
        s.addUser(QStringLiteral("jo@x.org"), Role::Patient);
        QTRY_COMPARE_WITH_TIMEOUT(emlFiles(folder.path()).size(), 1, 10000);

        // A booking made here: the worker's first round finds its confirmation and sends it.
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto patient =
            s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                               {QStringLiteral("email"), QStringLiteral("ana@x.org")}});
        QVERIFY(patient);
        BookingRequest booking;
        booking.patientId = patient->value(QStringLiteral("id")).toString();
        booking.start = QDateTime(s.clock.nowUtc().date().addDays(2), QTime(10, 0), Qt::UTC);
        QVERIFY(s.services->appointments.book(desk, booking));
        const auto confirmation = [&s] {
            auto status =
                sql::scalar(s.db->connection(),
                            QStringLiteral("SELECT status FROM notifications WHERE kind = 'confirmation'"));
            return status ? status->toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(confirmation(), QStringLiteral("sent"), 10000);
        worker.stop();
        bool found = false;
        for (const QString& file : emlFiles(folder.path())) {
            QFile eml(folder.filePath(file));
            QVERIFY(eml.open(QIODevice::ReadOnly));
            const QByteArray text = eml.readAll();
            found = found || (text.contains("To: ana@x.org") && text.contains("is confirmed for"));
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"

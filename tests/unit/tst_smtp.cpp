#include "FakeSmtpServer.h"
#include "MailWorker.h"
#include "SmtpMailSender.h"
#include "TestStation.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <atomic>
#include <thread>

using namespace chairside;
using namespace chairside::outbound;
using namespace chairside::test;

namespace {

// Sends in another thread (libcurl blocks) while this thread's event loop runs the fake server.
QString sendWhileServing(SmtpMailSender& sender, const MailMessage& message)
{
    QString result;
    std::atomic_bool done = false;
    std::thread worker([&] {
        result = sender.send(message);
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 20'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    worker.join();
    return result;
}

MailMessage message()
{
    return {QStringLiteral("0190a1b2-0000-7000-8000-000000000001"),
            QStringLiteral("Chairside <noreply@clinic.test>"), QStringLiteral("ana@patient.test"),
            QStringLiteral("Your appointment on Tuesday"),
            QStringLiteral("Dear Ana,\nsee you at 9:00.\n.\nA line with only a dot stays in the text.")};
}

} // namespace

// Mail by SMTP (libcurl) against a small SMTP server on a loopback socket.
class TestSmtp : public QObject
{
    Q_OBJECT
private slots:
    void aMessageIsDeliveredWithItsHeadersAndBody()
    {
        FakeSmtpServer server;
        SmtpConfig config;
        config.url = QUrl(QStringLiteral("smtp://clinic@127.0.0.1:%1?tls=off").arg(server.port()));
        config.password = QStringLiteral("s3cret");
        SmtpMailSender sender(config);
        QCOMPARE(sendWhileServing(sender, message()), QString());
        QCOMPARE(server.received.size(), 1);
        const auto& mail = server.received.first();
        QCOMPARE(mail.from, QByteArray("<noreply@clinic.test>"));
        QCOMPARE(mail.to, QList<QByteArray>{"<ana@patient.test>"});
        QVERIFY(mail.data.contains("Subject: Your appointment on Tuesday\r\n"));
        QVERIFY(mail.data.contains("To: ana@patient.test\r\n"));
        QVERIFY(mail.data.contains("Dear Ana,\r\nsee you at 9:00.\r\n.\r\nA line with only a dot"));
        QCOMPARE(server.credentials, QByteArray("clinic:s3cret"));
        QVERIFY(!sender.describe().contains(QStringLiteral("s3cret")));
    }

    void withoutStartTlsNothingGoesOutInTheClear()
    {
        FakeSmtpServer server;
        SmtpMailSender sender({QUrl(QStringLiteral("smtp://clinic@127.0.0.1:%1").arg(server.port())),
                               QStringLiteral("s3cret")});
        const QString problem = sendWhileServing(sender, message());
        QVERIFY2(problem.contains(QStringLiteral("STARTTLS")), qPrintable(problem));
        QVERIFY(server.received.isEmpty());
        QVERIFY(server.credentials.isEmpty()); // the password never went out
    }

    void refusalsAndUnreachableServersComeBackAsReasons()
    {
        FakeSmtpServer server;
        server.refusedRecipient = "ana@patient.test";
        SmtpMailSender sender({QUrl(QStringLiteral("smtp://127.0.0.1:%1?tls=off").arg(server.port())), {}});
        const QString refused = sendWhileServing(sender, message());
        QVERIFY2(refused.contains(QStringLiteral("550")), qPrintable(refused));
        QVERIFY(server.received.isEmpty());

        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close();
        SmtpMailSender nobody({QUrl(QStringLiteral("smtp://127.0.0.1:%1?tls=off").arg(port)), {}, 5000});
        const QString unreachable = sendWhileServing(nobody, message());
        QVERIFY2(unreachable.contains(QStringLiteral("SMTP to smtp://127.0.0.1")), qPrintable(unreachable));

        // An address that would smuggle a command is not sent at all.
        MailMessage injected = message();
        injected.to = QStringLiteral("ana@patient.test>\r\nRCPT TO:<all@clinic.test");
        QVERIFY(sendWhileServing(sender, injected).contains(QStringLiteral("not a mail address")));
    }

    // The outbox through the worker: a message queued while the mail server is down goes out once it is
    // back, and once only.
    void aMessageQueuedWhileTheServerIsDownIsSentOnceWhenItIsBack()
    {
        TestStation s;
        s.config.mailEnabled = true;
        s.reopen();
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        s.services->outbox.enqueue(QStringLiteral("reminder"), QStringLiteral("ana@patient.test"),
                                   QStringLiteral("Reminder"), QStringLiteral("Tomorrow at 9:00."));
        MailWorker worker(*s.db, s.services->outbox, s.services->notifications,
                          std::make_unique<SmtpMailSender>(SmtpConfig{
                              QUrl(QStringLiteral("smtp://127.0.0.1:%1?tls=off").arg(port)), {}, 2000}),
                          nullptr, QStringLiteral("Clinic <desk@clinic.test>"), 50);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            s.services->outbox.messages()->first().value(QStringLiteral("attempts")).toInt() >= 1, 10000);
        QVERIFY(s.services->outbox.messages()->first().value(QStringLiteral("sent_at")).isNull());

        FakeSmtpServer server(port);
        s.clock.advanceSeconds(3600); // the retry is due
        QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 1, 10000);
        QTRY_VERIFY(
            !s.services->outbox.messages()->first().value(QStringLiteral("sent_at")).toString().isEmpty());
        s.clock.advanceSeconds(3600);
        QTest::qWait(300);
        worker.stop();
        QCOMPARE(server.received.size(), 1);
        QVERIFY(server.received.first().data.contains("Tomorrow at 9:00."));
        QCOMPARE(server.received.first().from, QByteArray("<desk@clinic.test>"));
    }

    void theAddressIsTakenFromAMailbox()
    {
        QCOMPARE(SmtpMailSender::addressOf(QStringLiteral("Chairside <noreply@clinic.test>")),
                 QStringLiteral("noreply@clinic.test"));
        QCOMPARE(SmtpMailSender::addressOf(QStringLiteral(" ana@patient.test ")),
                 QStringLiteral("ana@patient.test"));
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"

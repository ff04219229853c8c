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

// A small SMTP server speaking enough of RFC 5321 (EHLO, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA, QUIT) to
// receive what the sender sends, in the test's thread. No STARTTLS: the sender must refuse to go on in the
// clear unless told to.
class FakeSmtpServer : public QObject
{
public:
    struct Received
    {
        QByteArray from;
        QList<QByteArray> to;
        QByteArray data;
    };

    QList<Received> received;
    QByteArray credentials; // the decoded AUTH PLAIN / LOGIN user and password, "user:password"
    QByteArray refusedRecipient;

    explicit FakeSmtpServer(quint16 port = 0)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                serve(s);
        });
        if (!m_server.listen(QHostAddress::LocalHost, port))
            qFatal("fake SMTP server: %s", qPrintable(m_server.errorString()));
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket* socket)
    {
        auto* state = new Session;
        connect(socket, &QObject::destroyed, this, [state] { delete state; });
        socket->write("220 fake.test ESMTP\r\n");
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, state] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine().chopped(2);
                socket->write(answer(*state, line));
                if (line.toUpper() == "QUIT")
                    socket->disconnectFromHost();
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    struct Session
    {
        Received mail;
        bool inData = false;
        QByteArray authStep; // "plain", "login-user", "login-password"
        QByteArray loginUser;
    };

    QByteArray answer(Session& s, const QByteArray& line)
    {
        if (s.inData) {
            if (line == ".") {
                s.inData = false;
                received.append(s.mail);
                s.mail = {};
                return "250 2.0.0 queued\r\n";
            }
            s.mail.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            return {};
        }
        if (s.authStep == "plain") {
            s.authStep.clear();
            return plain(line);
        }
        if (s.authStep == "login-user") {
            s.loginUser = QByteArray::fromBase64(line);
            s.authStep = "login-password";
            return "334 UGFzc3dvcmQ6\r\n";
        }
        if (s.authStep == "login-password") {
            s.authStep.clear();
            credentials = s.loginUser + ':' + QByteArray::fromBase64(line);
            return "235 2.7.0 ok\r\n";
        }
        const QByteArray upper = line.toUpper();
        if (upper.startsWith("EHLO"))
            return "250-fake.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n";
        if (upper.startsWith("AUTH PLAIN")) {
            if (line.size() > 11)
                return plain(line.mid(11));
            s.authStep = "plain";
            return "334 \r\n";
        }
        if (upper.startsWith("AUTH LOGIN")) {
            s.authStep = "login-user";
            return "334 VXNlcm5hbWU6\r\n";
        }
        if (upper.startsWith("MAIL FROM:")) {
            s.mail.from = line.mid(10).split(' ').first();
            return "250 2.1.0 ok\r\n";
        }
        if (upper.startsWith("RCPT TO:")) {
            const QByteArray to = line.mid(8).split(' ').first();
            if (!refusedRecipient.isEmpty() && to.contains(refusedRecipient))
                return "550 5.1.1 no such mailbox\r\n";
            s.mail.to.append(to);
            return "250 2.1.5 ok\r\n";
        }
        if (upper == "DATA") {
            s.inData = true;
            return "354 go on\r\n";
        }
        if (upper == "QUIT")
            return "221 2.0.0 bye\r\n";
        if (upper == "RSET" || upper == "NOOP")
            return "250 ok\r\n";
        return "502 5.5.2 not here\r\n";
    }

    QByteArray plain(const QByteArray& base64)
    {
        const QList<QByteArray> parts = QByteArray::fromBase64(base64).split('\0');
        credentials = parts.size() == 3 ? parts[1] + ':' + parts[2] : QByteArray("malformed");
        return "235 2.7.0 ok\r\n";
    }

    QTcpServer m_server;
};

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

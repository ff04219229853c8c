#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace chairside::test {

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

} // namespace chairside::test

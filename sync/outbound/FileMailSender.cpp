#include "FileMailSender.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace chairside::outbound {

namespace {

QByteArray encodedHeader(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (char c : utf8)
        ascii = ascii && uchar(c) < 128 && c != '\r' && c != '\n';
    return ascii ? utf8 : "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

// Header values never carry line breaks (header injection).
QByteArray singleLine(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.toUtf8();
}

} // namespace

FileMailSender::FileMailSender(QString folder)
    : m_folder(std::move(folder))
{}

QByteArray FileMailSender::format(const MailMessage& m, const QDateTime& date)
{
    QByteArray body = m.body.toUtf8();
    body.replace("\r\n", "\n").replace("\n", "\r\n");
    QByteArray out;
    out += "From: " + singleLine(m.from) + "\r\n";
    out += "To: " + singleLine(m.to) + "\r\n";
    out += "Subject: " + encodedHeader(QString::fromUtf8(singleLine(m.subject))) + "\r\n";
    out += "Date: " +
           QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000\r\n";
    out += "Message-ID: <" + m.id.toLatin1() + "@chairside>\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "\r\n" + body + "\r\n";
    return out;
}

QString FileMailSender::send(const MailMessage& message)
{
    if (!QDir().mkpath(m_folder))
        return QStringLiteral("cannot create the outbox folder %1").arg(m_folder);
    QSaveFile file(QDir(m_folder).filePath(message.id + QStringLiteral(".eml")));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(format(message, QDateTime::currentDateTimeUtc()));
    return file.commit() ? QString() : file.errorString();
}

} // namespace chairside::outbound

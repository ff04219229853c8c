#include "SmtpMailSender.h"

#include "FileMailSender.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>
#include <cstring>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace chairside::outbound {

namespace {

// The message being uploaded, handed to libcurl piece by piece.
struct Upload
{
    QByteArray data;
    qsizetype sent = 0;
};

size_t readPayload(char* buffer, size_t size, size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->sent);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->sent, n);
    upload->sent += qsizetype(n);
    return n;
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

SmtpMailSender::SmtpMailSender(SmtpConfig config)
    : m_config(std::move(config))
{
    initCurlOnce();
}

QString SmtpMailSender::addressOf(const QString& mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

QString SmtpMailSender::describe() const
{
    return m_config.url.toString(QUrl::RemovePassword | QUrl::RemoveQuery);
}

QString SmtpMailSender::send(const MailMessage& message)
{
    const QString from = addressOf(message.from);
    const QString to = addressOf(message.to);
    // Addresses go into SMTP commands: a line break or angle bracket there would be a command of its own.
    static const QRegularExpression unsendable(QStringLiteral("[\\r\\n<>\\s]"));
    for (const QString& address : {from, to})
        if (address.isEmpty() || address.contains(unsendable))
            return QStringLiteral("\"%1\" is not a mail address that can be sent to").arg(address);

    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        return QStringLiteral("libcurl could not start");
    QUrl server = m_config.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemovePath);
    const bool tlsOff = QUrlQuery(m_config.url).queryItemValue(QStringLiteral("tls")) == QLatin1String("off");
    if (tlsOff && server.scheme() == QLatin1String("smtps"))
        server.setScheme(QStringLiteral("smtp")); // smtps://...?tls=off: the same server, in the clear
    const QByteArray url = server.toEncoded();
    const QByteArray user = m_config.url.userName().toUtf8();
    const QByteArray password = m_config.password.toUtf8();
    const QByteArray mailFrom = '<' + from.toUtf8() + '>';
    const QByteArray rcptTo = '<' + to.toUtf8() + '>';
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, rcptTo.constData()), curl_slist_free_all);
    Upload upload{FileMailSender::format(message, QDateTime::currentDateTimeUtc()), 0};
    char errorText[CURL_ERROR_SIZE] = {};

    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(tlsOff ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(m_config.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(m_config.timeoutMs, 10'000)));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // this runs in a worker thread
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode result = curl_easy_perform(c);
    if (result == CURLE_OK)
        return {};
    long reply = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply);
    QString reason = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result));
    if (result == CURLE_USE_SSL_FAILED)
        reason = QStringLiteral("the server does not offer STARTTLS, and mail is not sent in the clear "
                                "(add ?tls=off to the mail URL only for a relay on this machine)");
    return QStringLiteral("SMTP to %1 failed: %2%3")
        .arg(describe(), reason, reply > 0 ? QStringLiteral(" (server reply %1)").arg(reply) : QString());
}

} // namespace chairside::outbound

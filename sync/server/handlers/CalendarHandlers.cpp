#include "CalendarHandlers.h"

#include "ICalendar.h"
#include "handlers/Responses.h"

#include <QJsonObject>

namespace chairside::api {

namespace {

QString str(const QVariantMap& m, const QString& key)
{
    return m.value(key).toString();
}

QJsonObject renderFeed(const QVariantMap& row)
{
    QJsonObject out = QJsonObject::fromVariantMap(row);
    out.insert(QStringLiteral("active"), row.value(QStringLiteral("revoked_at")).isNull());
    return out;
}

QString eventStatus(const QString& status)
{
    if (status == QLatin1String("cancelled"))
        return QStringLiteral("CANCELLED");
    if (status == QLatin1String("requested"))
        return QStringLiteral("TENTATIVE");
    return QStringLiteral("CONFIRMED");
}

// A quoted parameter value (RFC 5545 3.2): DQUOTE and control characters cannot be in one.
QString quotedParameter(QString text)
{
    text.removeIf([](QChar c) { return c == QLatin1Char('"') || c.category() == QChar::Other_Control; });
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QByteArray calendarText(const CalendarFeed& feed, const QDateTime& now)
{
    QStringList lines{
        QStringLiteral("BEGIN:VCALENDAR"),
        QStringLiteral("VERSION:2.0"),
        QStringLiteral("PRODID:-//Chairside//Chairside station//EN"),
        QStringLiteral("CALSCALE:GREGORIAN"),
        QStringLiteral("METHOD:PUBLISH"),
        QStringLiteral("X-WR-CALNAME:") + ical::escapeText(QStringLiteral("Chairside: ") + feed.subjectName),
        // How often subscribers should look again (RFC 7986, and the older name some programs read).
        QStringLiteral("REFRESH-INTERVAL;VALUE=DURATION:PT15M"),
        QStringLiteral("X-PUBLISHED-TTL:PT15M"),
    };
    const QString stamp = ical::utcDateTime(now);
    // What each event says (and does not) is decided in core (CalendarEvent); here it is only written down.
    for (const CalendarEvent& e : feed.events) {
        lines << QStringLiteral("BEGIN:VEVENT")
              // The appointment's id is the same on every station, so the event is too.
              << QStringLiteral("UID:%1@chairside").arg(e.id) << QStringLiteral("DTSTAMP:") + stamp
              << QStringLiteral("DTSTART:") + ical::utcDateTime(e.start)
              << QStringLiteral("DTEND:") + ical::utcDateTime(e.end)
              << QStringLiteral("CREATED:") + ical::utcDateTime(e.created)
              << QStringLiteral("LAST-MODIFIED:") + ical::utcDateTime(e.updated)
              << QStringLiteral("SUMMARY:") + ical::escapeText(e.summary);
        // iTIP's PUBLISH wants an organizer (RFC 5546 3.2.1): the dentist, named by their profile's id since
        // a dentist need not have an address to write to.
        lines << QStringLiteral("ORGANIZER;CN=%1:urn:uuid:%2")
                     .arg(quotedParameter(e.dentistId.isEmpty() ? feed.subjectName : e.dentistName),
                          e.dentistId.isEmpty() ? feed.subjectId : e.dentistId);
        if (!e.location.isEmpty())
            lines << QStringLiteral("LOCATION:") + ical::escapeText(e.location);
        lines << QStringLiteral("STATUS:") + eventStatus(e.status) << QStringLiteral("TRANSP:OPAQUE")
              << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");
    return ical::serialize(lines);
}

ApiResponse CalendarHandlers::list(const ApiRequest& req)
{
    return many(req, m_s.calendarFeeds.list(req.actor()), renderFeed);
}

ApiResponse CalendarHandlers::create(const ApiRequest& req)
{
    auto made = m_s.calendarFeeds.create(req.actor(), req.fields.value(QStringLiteral("kind")).toString(),
                                         req.fields.value(QStringLiteral("subject_id")).toString());
    if (!made)
        return ApiResponse::fromError(made.error());
    QJsonObject out = renderFeed(*made);
    out.insert(QStringLiteral("url"),
               CalendarFeedService::feedUrl(req.baseUrl, str(*made, QStringLiteral("kind")),
                                            str(*made, QStringLiteral("token"))));
    return ApiResponse::json(201, out);
}

ApiResponse CalendarHandlers::revoke(const ApiRequest& req)
{
    return deleted(m_s.calendarFeeds.revoke(req.actor(), req.param(QStringLiteral("id"))));
}

ApiResponse CalendarHandlers::feed(const ApiRequest& req, const QString& kind)
{
    const QString file = req.param(QStringLiteral("file"));
    if (!file.endsWith(QLatin1String(".ics")))
        return ApiResponse::fromError(Error::notFound());
    auto opened = m_s.calendarFeeds.open(kind, file.chopped(4));
    if (!opened)
        return ApiResponse::fromError(opened.error());
    ApiResponse r =
        ApiResponse::bytes(calendarText(*opened, m_s.ctx.clock.nowUtc()), "text/calendar; charset=utf-8");
    // A schedule changes by the minute; no shared cache should keep one.
    r.headers.emplaceBack(QByteArray("Cache-Control"), QByteArray("private, no-cache"));
    return r;
}

ApiResponse CalendarHandlers::dentistFeed(const ApiRequest& req)
{
    return feed(req, QStringLiteral("dentist"));
}

ApiResponse CalendarHandlers::chairFeed(const ApiRequest& req)
{
    return feed(req, QStringLiteral("chair"));
}

} // namespace chairside::api

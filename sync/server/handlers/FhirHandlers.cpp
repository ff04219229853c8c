#include "FhirHandlers.h"

#include "FhirResources.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace chairside::api {

namespace {

// Parameters every search takes besides its own: the page size and where the page starts.
const QString kCount = QStringLiteral("_count");
const QString kOffset = QStringLiteral("_offset");

ApiResponse badRequest(const QString& message)
{
    return fhir::answer(400, fhir::operationOutcome(QStringLiteral("invalid"), message));
}

// A search as asked: its parameters (each with every value given), the page, and the links of the Bundle.
struct Search
{
    QString base; // ".../fhir"
    QString type;
    QUrlQuery query;
    QHash<QString, QStringList> values;
    int count = FhirHandlers::kDefaultCount;
    int offset = 0;

    QString value(const QString& name) const { return values.value(name).value(0); }
    QString url(int pageOffset) const
    {
        QUrlQuery q = query;
        q.removeAllQueryItems(kOffset);
        if (pageOffset > 0)
            q.addQueryItem(kOffset, QString::number(pageOffset));
        const QString text = q.toString(QUrl::FullyEncoded);
        return base + QLatin1Char('/') + type + (text.isEmpty() ? QString() : QLatin1Char('?') + text);
    }
    // The Bundle of one page. `rows` may hold one more than the page (the sign of a next page); `total` < 0
    // when the service did not count: then it is known only on the last page.
    ApiResponse bundle(QList<QJsonObject> rows, int total) const
    {
        const bool more = rows.size() > count || (total >= 0 && offset + count < total);
        if (rows.size() > count)
            rows.resize(count);
        if (total < 0 && !more && (offset == 0 || !rows.isEmpty()))
            total = offset + int(rows.size());
        QJsonArray resources;
        for (const QJsonObject& r : rows)
            resources.append(r);
        return fhir::answer(200, fhir::searchset(base, url(offset), more ? url(offset + count) : QString(),
                                                 resources, total));
    }
};

// Reads and checks the parameters of a search of `type`; a refusal names the parameter.
std::variant<Search, ApiResponse> readSearch(const ApiRequest& req, const QString& type)
{
    Search s;
    s.base = req.baseUrl + QStringLiteral("/fhir");
    s.type = type;
    s.query = req.query;
    QStringList known{kCount, kOffset, FhirHandlers::kFormatParameter};
    for (const auto& [resource, parameters] : FhirHandlers::searchParameters()) {
        if (resource == type)
            for (const FhirHandlers::SearchParameter& p : parameters)
                known << p.name;
    }
    for (const auto& [name, value] : req.query.queryItems(QUrl::FullyDecoded)) {
        // FHIR lets a server ignore what it does not know; a clinic's integrator is better told at once
        // that a filter was not applied than handed everyone (strict handling).
        if (!known.contains(name))
            return badRequest(QStringLiteral("Unknown search parameter \"%1\" for %2; supported: %3.")
                                  .arg(name, type, known.join(QStringLiteral(", "))));
        s.values[name].append(value.trimmed());
    }
    for (auto it = s.values.cbegin(); it != s.values.cend(); ++it) {
        // Only dates narrow by repeating (date=ge...&date=lt...); a list of alternatives is not supported.
        const bool repeatable = it.key() == QLatin1String("date") || it.key() == QLatin1String("birthdate") ||
                                it.key() == QLatin1String("start");
        if (it.value().size() > 1 && !repeatable)
            return badRequest(QStringLiteral("The parameter \"%1\" is given more than once.").arg(it.key()));
        for (const QString& v : it.value()) {
            if (v.isEmpty())
                return badRequest(QStringLiteral("The parameter \"%1\" has no value.").arg(it.key()));
            if (v.contains(QLatin1Char(',')) && it.key() != kCount)
                return badRequest(
                    QStringLiteral("The parameter \"%1\" lists alternatives (a comma); give one value.")
                        .arg(it.key()));
        }
    }
    for (const auto& [name, into, lowest, highest] :
         {std::tuple{kCount, &s.count, 1, FhirHandlers::kMaxCount},
          {kOffset, &s.offset, 0, INT_MAX - 1000}}) {
        if (!s.values.contains(name))
            continue;
        bool ok = false;
        *into = s.value(name).toInt(&ok);
        if (!ok || *into < lowest || *into > highest)
            return badRequest(QStringLiteral("The parameter \"%1\" must be a whole number from %2 to %3.")
                                  .arg(name)
                                  .arg(lowest)
                                  .arg(highest));
    }
    return s;
}

// [from, before) in UTC; invalid ends are open.
struct Range
{
    QDateTime from;
    QDateTime before;
};

// Narrows `range` by one FHIR date search value: an optional prefix (eq, ge, gt, le, lt; sa and eb, which
// mean gt and lt for a point in time) and a date or time of any precision (2026, 2026-11, 2026-11-23,
// 2026-11-23T09:30, ...:00, ...:00.000, with Z or an offset; without one, clinic time). The value stands
// for the whole span its precision names: eq is inside it, ge from its start, gt after its end.
std::optional<QString> narrow(Range& range, const QString& name, const QString& value, const QTimeZone& zone,
                              bool dateOnly)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(eq|ne|gt|lt|ge|le|sa|eb|ap)?([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2}):(["
                       "0-9]{2})(?::([0-9]{2})"
                       "(?:\\.([0-9]{1,9}))?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?$"));
    const QRegularExpressionMatch m = pattern.match(value);
    const QString malformed =
        QStringLiteral(
            "The parameter \"%1\" is not a FHIR %2 (with an optional prefix eq, ge, gt, le or lt): \"%3\".")
            .arg(name, dateOnly ? QStringLiteral("date") : QStringLiteral("date or dateTime"), value);
    if (!m.hasMatch())
        return malformed;
    if (dateOnly && m.hasCaptured(5))
        return malformed;
    const int year = m.captured(2).toInt();
    const int month = m.hasCaptured(3) ? m.captured(3).toInt() : 1;
    const int day = m.hasCaptured(4) ? m.captured(4).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid())
        return malformed;
    QDateTime low;
    QDateTime high;
    if (m.hasCaptured(5)) {
        const QTime time(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt(),
                         m.captured(8).left(3).leftJustified(3, QLatin1Char('0')).toInt());
        if (!time.isValid())
            return malformed;
        QTimeZone at = zone;
        if (const QString offset = m.captured(9); offset == QLatin1String("Z"))
            at = QTimeZone::utc();
        else if (!offset.isEmpty())
            at = QTimeZone((offset.at(0) == QLatin1Char('-') ? -1 : 1) *
                           (offset.mid(1, 2).toInt() * 3600 + offset.mid(4, 2).toInt() * 60));
        low = QDateTime(date, time, at).toUTC();
        high = m.hasCaptured(8) ? low.addMSecs(1) : m.hasCaptured(7) ? low.addSecs(1) : low.addSecs(60);
    } else {
        low = QDateTime(date, QTime(0, 0), zone).toUTC();
        const QDate end = m.hasCaptured(4)   ? date.addDays(1)
                          : m.hasCaptured(3) ? date.addMonths(1)
                                             : date.addYears(1);
        high = QDateTime(end, QTime(0, 0), zone).toUTC();
    }
    const QString prefix = m.captured(1).isEmpty() ? QStringLiteral("eq") : m.captured(1);
    const auto raiseFrom = [&range](const QDateTime& t) {
        if (!range.from.isValid() || t > range.from)
            range.from = t;
    };
    const auto lowerBefore = [&range](const QDateTime& t) {
        if (!range.before.isValid() || t < range.before)
            range.before = t;
    };
    if (prefix == QLatin1String("eq")) {
        raiseFrom(low);
        lowerBefore(high);
    } else if (prefix == QLatin1String("ge")) {
        raiseFrom(low);
    } else if (prefix == QLatin1String("gt") || prefix == QLatin1String("sa")) {
        raiseFrom(high);
    } else if (prefix == QLatin1String("le")) {
        lowerBefore(high);
    } else if (prefix == QLatin1String("lt") || prefix == QLatin1String("eb")) {
        lowerBefore(low);
    } else {
        return QStringLiteral("The prefix \"%1\" of \"%2\" is not supported; use eq, ge, gt, le or lt.")
            .arg(prefix, name);
    }
    return std::nullopt;
}

// Every value of a date parameter, narrowing one range.
std::optional<QString> dateRange(const Search& s, const QString& name, const QTimeZone& zone, bool dateOnly,
                                 Range& range)
{
    for (const QString& value : s.values.value(name))
        if (auto problem = narrow(range, name, value, zone, dateOnly))
            return problem;
    return std::nullopt;
}

// The id a reference parameter names: "Practitioner/<id>", a full URL ending so, or the bare id. Empty
// with `problem` set when it names another type.
QString referencedId(const QString& value, const QString& type, const QString& name, QString& problem)
{
    const QStringList parts = value.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.at(parts.size() - 2) != type) {
        problem = QStringLiteral("The parameter \"%1\" refers to a %2, not a %3.")
                      .arg(name, parts.at(parts.size() - 2), type);
        return {};
    }
    return parts.isEmpty() ? QString() : parts.last();
}

// The FHIR name search: a case-insensitive prefix of any word of the name.
bool nameMatches(const QString& name, const QString& prefix)
{
    for (const QString& word : name.split(QRegularExpression(QStringLiteral("[\\s.,]+")), Qt::SkipEmptyParts))
        if (word.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    return name.startsWith(prefix, Qt::CaseInsensitive);
}

template <typename Render> ApiResponse read(const Result<QVariantMap>& row, Render render)
{
    if (!row)
        return fhir::outcomeFrom(row.error());
    return fhir::answer(200, render(*row));
}

} // namespace

const QString FhirHandlers::kFormatParameter = QStringLiteral("_format");

std::optional<ApiResponse> FhirHandlers::unservedFormat(const ApiRequest& req)
{
    static const QStringList json{QStringLiteral("json"), QStringLiteral("application/json"),
                                  QStringLiteral("application/fhir+json")};
    const auto refused = [](const QString& asked) {
        return fhir::answer(406, fhir::operationOutcome(
                                     QStringLiteral("not-supported"),
                                     QStringLiteral("%1 is not served: every answer is JSON (_format json, "
                                                    "application/json or application/fhir+json).")
                                         .arg(asked)));
    };
    for (const QString& format : req.query.allQueryItemValues(kFormatParameter, QUrl::FullyDecoded)) {
        // A media type may carry parameters ("application/fhir+json; fhirVersion=4.0").
        if (!json.contains(format.section(QLatin1Char(';'), 0, 0).trimmed().toLower()))
            return refused(QStringLiteral("_format=") + format);
    }
    const QString accept = req.header("accept").toLower();
    if (!accept.isEmpty() && !accept.contains(QLatin1String("json")) &&
        !accept.contains(QLatin1String("*/*")) && !accept.contains(QLatin1String("application/*")))
        return refused(QStringLiteral("Accept: ") + accept);
    return std::nullopt;
}

const QList<std::pair<QString, QList<FhirHandlers::SearchParameter>>>& FhirHandlers::searchParameters()
{
    static const QList<std::pair<QString, QList<SearchParameter>>> parameters{
        {QStringLiteral("Patient"),
         {{QStringLiteral("name"), QStringLiteral("string"),
           QStringLiteral("A case-insensitive prefix of the full, given or family name.")},
          {QStringLiteral("birthdate"), QStringLiteral("date"),
           QStringLiteral("The date of birth; prefixes eq, ge, gt, le, lt; repeat to give a range.")}}},
        {QStringLiteral("Practitioner"),
         {{QStringLiteral("name"), QStringLiteral("string"),
           QStringLiteral("A case-insensitive prefix of any word of the name.")}}},
        {QStringLiteral("Appointment"),
         {{QStringLiteral("date"), QStringLiteral("date"),
           QStringLiteral("Appointment.start; prefixes eq, ge, gt, le, lt; repeat to give a range. A date or "
                          "time without an offset is clinic time.")},
          {QStringLiteral("practitioner"), QStringLiteral("reference"),
           QStringLiteral("The dentist: Practitioner/<id> or the id.")},
          {QStringLiteral("patient"), QStringLiteral("reference"),
           QStringLiteral("The patient: Patient/<id> or the id.")}}},
        {QStringLiteral("Slot"),
         {{QStringLiteral("schedule"), QStringLiteral("reference"),
           QStringLiteral("The dentist's schedule: Schedule/<id> (the Practitioner's id) or the id.")},
          {QStringLiteral("start"), QStringLiteral("date"),
           QStringLiteral("Slot.start; prefixes eq, ge, gt, le, lt; repeat to give a range.")}}},
        {QStringLiteral("Schedule"),
         {{QStringLiteral("actor"), QStringLiteral("reference"),
           QStringLiteral("The dentist: Practitioner/<id> or the id.")}}},
    };
    return parameters;
}

ApiResponse FhirHandlers::metadata(const ApiRequest& req)
{
    QJsonArray resources;
    for (const auto& [type, parameters] : searchParameters()) {
        QJsonArray params;
        for (const SearchParameter& p : parameters)
            params.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("type"), p.type},
                                      {QStringLiteral("documentation"), p.documentation}});
        resources.append(QJsonObject{
            {QStringLiteral("type"), type},
            {QStringLiteral("profile"), QStringLiteral("http://hl7.org/fhir/StructureDefinition/") + type},
            {QStringLiteral("interaction"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("read")}},
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("search-type")}}}},
            {QStringLiteral("searchParam"), params}});
    }
    const QJsonObject statement{
        {QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("date"), toIsoUtc(m_s.ctx.clock.nowUtc())},
        {QStringLiteral("publisher"), m_s.schedule.setting(QStringLiteral("clinic_name")).isEmpty()
                                          ? QStringLiteral("Chairside")
                                          : m_s.schedule.setting(QStringLiteral("clinic_name"))},
        {QStringLiteral("kind"), QStringLiteral("instance")},
        {QStringLiteral("software"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Chairside")}}},
        {QStringLiteral("implementation"),
         QJsonObject{{QStringLiteral("description"),
                      QStringLiteral("Chairside station ") + m_s.ctx.config.stationName},
                     {QStringLiteral("url"), req.baseUrl + QStringLiteral("/fhir")}}},
        {QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
        {QStringLiteral("format"), QJsonArray{QStringLiteral("json"), QStringLiteral("application/fhir+json"),
                                              QStringLiteral("application/json")}},
        {QStringLiteral("rest"),
         QJsonArray{QJsonObject{
             {QStringLiteral("mode"), QStringLiteral("server")},
             {QStringLiteral("documentation"),
              QStringLiteral(
                  "Read only, JSON only (_format json; another format is refused with 406). Searches "
                  "page with _count (1-%1, default %2) and _offset; an unknown parameter is refused.")
                  .arg(kMaxCount)
                  .arg(kDefaultCount)},
             {QStringLiteral("security"),
              QJsonObject{
                  {QStringLiteral("cors"), true},
                  {QStringLiteral("description"),
                   QStringLiteral("Authorization: Bearer <token> (a token from any login route of the "
                                  "station's API, e.g. POST /api/auth/login/) or Basic; each account "
                                  "sees what the station's API shows it.")}}},
             {QStringLiteral("resource"), resources}}}}};
    return fhir::answer(200, statement);
}

ApiResponse FhirHandlers::readPatient(const ApiRequest& req)
{
    return read(m_s.patients.get(req.actor(), req.param(QStringLiteral("id"))), fhir::patient);
}

ApiResponse FhirHandlers::searchPatients(const ApiRequest& req)
{
    auto parsed = readSearch(req, QStringLiteral("Patient"));
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Search& s = std::get<Search>(parsed);
    Range born;
    if (auto problem = dateRange(s, QStringLiteral("birthdate"), QTimeZone::utc(), true, born))
        return badRequest(*problem);
    PatientQuery q;
    q.namePrefix = s.value(QStringLiteral("name"));
    q.bornFrom = born.from.date();
    q.bornBefore = born.before.date();
    q.limit = s.count + 1;
    q.offset = s.offset;
    auto rows = m_s.patients.list(req.actor(), q);
    if (!rows)
        return fhir::outcomeFrom(rows.error());
    QList<QJsonObject> resources;
    for (const QVariantMap& row : *rows)
        resources.append(fhir::patient(row));
    return s.bundle(resources, -1);
}

ApiResponse FhirHandlers::readPractitioner(const ApiRequest& req)
{
    return read(m_s.doctors.get(req.actor(), req.param(QStringLiteral("id"))), fhir::practitioner);
}

ApiResponse FhirHandlers::searchPractitioners(const ApiRequest& req)
{
    auto parsed = readSearch(req, QStringLiteral("Practitioner"));
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Search& s = std::get<Search>(parsed);
    auto doctors = m_s.doctors.list(req.actor());
    if (!doctors)
        return fhir::outcomeFrom(doctors.error());
    const QString name = s.value(QStringLiteral("name"));
    QList<QJsonObject> matches;
    for (const QVariantMap& doctor : *doctors)
        if (name.isEmpty() || nameMatches(doctor.value(QStringLiteral("name")).toString(), name))
            matches.append(fhir::practitioner(doctor));
    return s.bundle(matches.mid(s.offset, s.count), int(matches.size()));
}

ApiResponse FhirHandlers::readAppointment(const ApiRequest& req)
{
    return read(m_s.appointments.get(req.actor(), req.param(QStringLiteral("id"))), fhir::appointment);
}

ApiResponse FhirHandlers::searchAppointments(const ApiRequest& req)
{
    auto parsed = readSearch(req, QStringLiteral("Appointment"));
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Search& s = std::get<Search>(parsed);
    Range starts;
    if (auto problem = dateRange(s, QStringLiteral("date"), m_s.schedule.timeZone(), false, starts))
        return badRequest(*problem);
    AppointmentQuery q;
    QString problem;
    if (s.values.contains(QStringLiteral("practitioner")))
        q.dentistId = referencedId(s.value(QStringLiteral("practitioner")), QStringLiteral("Practitioner"),
                                   QStringLiteral("practitioner"), problem);
    if (problem.isEmpty() && s.values.contains(QStringLiteral("patient")))
        q.patientId = referencedId(s.value(QStringLiteral("patient")), QStringLiteral("Patient"),
                                   QStringLiteral("patient"), problem);
    if (!problem.isEmpty())
        return badRequest(problem);
    q.startsFrom = starts.from;
    q.startsBefore = starts.before;
    q.limit = s.count + 1;
    q.offset = s.offset;
    auto rows = m_s.appointments.list(req.actor(), q);
    if (!rows)
        return fhir::outcomeFrom(rows.error());
    QList<QJsonObject> resources;
    for (const QVariantMap& row : *rows)
        resources.append(fhir::appointment(row));
    return s.bundle(resources, -1);
}

ApiResponse FhirHandlers::readSlot(const ApiRequest& req)
{
    return read(m_s.timeSlots.get(req.actor(), req.param(QStringLiteral("id"))), fhir::slot);
}

ApiResponse FhirHandlers::searchSlots(const ApiRequest& req)
{
    auto parsed = readSearch(req, QStringLiteral("Slot"));
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Search& s = std::get<Search>(parsed);
    Range starts;
    if (auto problem = dateRange(s, QStringLiteral("start"), m_s.schedule.timeZone(), false, starts))
        return badRequest(*problem);
    TimeSlotQuery q;
    QString problem;
    if (s.values.contains(QStringLiteral("schedule")))
        q.doctorId = referencedId(s.value(QStringLiteral("schedule")), QStringLiteral("Schedule"),
                                  QStringLiteral("schedule"), problem);
    if (!problem.isEmpty())
        return badRequest(problem);
    q.startsFrom = starts.from;
    q.startsBefore = starts.before;
    q.limit = s.count;
    q.offset = s.offset;
    auto page = m_s.timeSlots.list(req.actor(), q);
    if (!page)
        return fhir::outcomeFrom(page.error());
    QList<QJsonObject> resources;
    for (const QVariantMap& row : page->rows)
        resources.append(fhir::slot(row));
    return s.bundle(resources, page->total);
}

ApiResponse FhirHandlers::readSchedule(const ApiRequest& req)
{
    auto doctor = m_s.doctors.get(req.actor(), req.param(QStringLiteral("id")));
    if (!doctor)
        return fhir::outcomeFrom(doctor.error());
    auto hours = m_s.schedule.weeklyHours(doctor->value(QStringLiteral("id")).toString());
    if (!hours)
        return fhir::outcomeFrom(hours.error());
    return fhir::answer(200, fhir::schedule(*doctor, *hours));
}

ApiResponse FhirHandlers::searchSchedules(const ApiRequest& req)
{
    auto parsed = readSearch(req, QStringLiteral("Schedule"));
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Search& s = std::get<Search>(parsed);
    QString problem;
    const QString actor = s.values.contains(QStringLiteral("actor"))
                              ? referencedId(s.value(QStringLiteral("actor")), QStringLiteral("Practitioner"),
                                             QStringLiteral("actor"), problem)
                              : QString();
    if (!problem.isEmpty())
        return badRequest(problem);
    auto doctors = m_s.doctors.list(req.actor());
    if (!doctors)
        return fhir::outcomeFrom(doctors.error());
    QList<QVariantMap> matches;
    for (const QVariantMap& doctor : *doctors)
        if (actor.isEmpty() || doctor.value(QStringLiteral("id")).toString() == actor)
            matches.append(doctor);
    QList<QJsonObject> resources;
    for (const QVariantMap& doctor : matches.mid(s.offset, s.count)) {
        auto hours = m_s.schedule.weeklyHours(doctor.value(QStringLiteral("id")).toString());
        if (!hours)
            return fhir::outcomeFrom(hours.error());
        resources.append(fhir::schedule(doctor, *hours));
    }
    return s.bundle(resources, int(matches.size()));
}

} // namespace chairside::api

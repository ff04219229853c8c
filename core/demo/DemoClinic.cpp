#include "DemoClinic.h"

#include "store/Query.h"
#include "store/UnitOfWork.h"

#include <QFile>
#include <QRandomGenerator>
#include <array>
#include <tuple>

namespace chairside {

namespace {

const std::array kFirstNames{"Amelia", "Noah",  "Léa",   "Omar",  "Sofia", "Lucas", "Mia",  "Yusuf",
                             "Hannah", "Mateo", "Chloé", "Elias", "Aisha", "Jonas", "Nora", "Karim",
                             "Emma",   "Ivan",  "Zoe",   "Ravi",  "Ines",  "Felix", "Maya", "Tariq",
                             "Clara",  "Hugo",  "Layla", "Anton", "Freya", "Samir"};
const std::array kLastNames{"Schneider", "Dubois", "Haddad", "Rossi",    "Nowak", "García", "Khan",
                            "Müller",    "Martin", "Yilmaz", "Jensen",   "Costa", "Novak",  "Bernard",
                            "Fischer",   "Silva",  "Weber",  "Petit",    "Ahmed", "Larsen", "Moreau",
                            "Kowalski",  "Becker", "Lopez",  "Hoffmann", "Roux"};
const std::array kHistories{"No relevant history.",
                            "Type 2 diabetes, on metformin.",
                            "Hypertension, controlled.",
                            "Asthma; carries an inhaler.",
                            "Pregnant (second trimester).",
                            "Heart valve replacement 2019.",
                            "Bruxism; night guard since 2021.",
                            "Smoker, 10 per day."};
const std::array kReasons{"Check-up",
                          "Toothache, lower left",
                          "Cleaning",
                          "Filling",
                          "Crown fitting",
                          "Root canal, second visit",
                          "Wisdom tooth consultation",
                          "Whitening"};
const std::array kAllergies{
    "", "", "", "Penicillin", "Latex", "Lidocaine with epinephrine", "Ibuprofen", "Chlorhexidine"};

struct DemoDentist
{
    const char* first;
    const char* last;
    const char* email;
    const char* specialization;
    const char* licence;
};
// One per chair, in this order.
const std::array kDentists{
    DemoDentist{"Clara", "Weiss", "dr.weiss@demo.chairside", "General dentistry", "DE-ZA-10234"},
    DemoDentist{"Omar", "Haddad", "dr.haddad@demo.chairside", "Orthodontics", "DE-ZA-20871"},
    DemoDentist{"Lena", "Novak", "dr.novak@demo.chairside", "Endodontics", "DE-ZA-31552"},
    DemoDentist{"Jonas", "Becker", "dr.becker@demo.chairside", "Periodontics", "DE-ZA-40918"},
    DemoDentist{"Aisha", "Khan", "dr.khan@demo.chairside", "Oral surgery", "DE-ZA-52307"},
    DemoDentist{"Mateo", "Rossi", "dr.rossi@demo.chairside", "Prosthodontics", "DE-ZA-61145"},
    DemoDentist{"Freya", "Larsen", "dr.larsen@demo.chairside", "Paediatric dentistry", "DE-ZA-70462"},
    DemoDentist{"Karim", "Moreau", "dr.moreau@demo.chairside", "General dentistry", "DE-ZA-83019"},
    DemoDentist{"Ines", "Costa", "dr.costa@demo.chairside", "General dentistry", "DE-ZA-90876"},
    DemoDentist{"Elias", "Fischer", "dr.fischer@demo.chairside", "Implantology", "DE-ZA-99213"},
};
static_assert(kDentists.size() == DemoSize::kMaxChairs);

// Dentist n's week: most work Monday to Friday 08:00-17:00; every third starts at nine, every third after
// that has Fridays off.
QList<WorkingInterval> demoWeek(int n)
{
    QList<WorkingInterval> week;
    const int startHour = n % 3 == 1 ? 9 : 8;
    for (int day = 1; day <= (n % 3 == 2 ? 4 : 5); ++day)
        week.append({day, QTime(startHour, 0), QTime(startHour + 9, 0)});
    return week;
}

// "Léa García" -> "lea.garcia": email local parts stay ASCII.
QString asciiFold(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

const QString kPassword = QStringLiteral("chairside-demo");

// Service calls are committed in batches of this many, one transaction each (nested units of work): what
// makes a large demo quick, while every row still goes through the services and the change log.
constexpr int kBatch = 1000;

Result<QString> ensureUser(Services& s, const QString& email, const QString& first, const QString& last,
                           Role role)
{
    if (auto existing = s.accounts.login(email, kPassword, QString()))
        return existing->actor.userId;
    RegistrationInput in{{{QStringLiteral("email"), email},
                          {QStringLiteral("password"), kPassword},
                          {QStringLiteral("first_name"), first},
                          {QStringLiteral("last_name"), last},
                          {QStringLiteral("role"), roleName(role)}}};
    auto created = s.accounts.registerUser(in, Actor::system(QStringLiteral("demo")));
    if (!created)
        return created.error();
    return created->value(QStringLiteral("id")).toString();
}

// The clinic's dentists (one per chair, each with an account and a week of hours), created on first run.
Result<QStringList> ensureDentists(Services& s, const Actor& staff, int count)
{
    auto doctors = s.doctors.list(staff);
    if (!doctors)
        return doctors.error();
    QStringList ids;
    for (const QVariantMap& d : *doctors)
        ids.append(d.value(QStringLiteral("id")).toString());
    if (!ids.isEmpty())
        return ids;
    for (int n = 0; n < count; ++n) {
        const DemoDentist& d = kDentists[size_t(n)];
        auto user = ensureUser(s, QString::fromUtf8(d.email), QString::fromUtf8(d.first),
                               QString::fromUtf8(d.last), Role::Dentist);
        if (!user)
            return user.error();
        auto doctor = s.doctors.create(
            staff, {{QStringLiteral("name"),
                     QStringLiteral("Dr. %1 %2").arg(QString::fromUtf8(d.first), QString::fromUtf8(d.last))},
                    {QStringLiteral("specialization"), QString::fromUtf8(d.specialization)},
                    {QStringLiteral("license_number"), QString::fromUtf8(d.licence)},
                    {QStringLiteral("email"), QString::fromUtf8(d.email)},
                    {QStringLiteral("experience"), 5 + n * 3},
                    {QStringLiteral("user_id"), *user}});
        if (!doctor)
            return doctor.error();
        const QString id = doctor->value(QStringLiteral("id")).toString();
        if (Status e = s.schedule.setWorkingHours(staff, id, demoWeek(n)))
            return *e;
        ids.append(id);
    }
    return ids;
}

// The chairs, created on first run; returned in their display order.
Result<QStringList> ensureChairs(Services& s, const Actor& staff, int count)
{
    auto chairs = s.schedule.chairs();
    if (!chairs)
        return chairs.error();
    for (int c = 1; chairs->isEmpty() && c <= count; ++c) {
        if (auto chair =
                s.schedule.createChair(staff, {{QStringLiteral("name"), QStringLiteral("Chair %1").arg(c)},
                                               {QStringLiteral("sort_order"), c}});
            !chair)
            return chair.error();
    }
    if (chairs->isEmpty())
        chairs = s.schedule.chairs();
    if (!chairs)
        return chairs.error();
    QStringList ids;
    for (const QVariantMap& c : *chairs)
        ids.append(c.value(QStringLiteral("id")).toString());
    return ids;
}

Status ensureMaterials(Services& s, const Actor& staff)
{
    auto materials = s.materials.count(staff);
    if (!materials)
        return materials.error();
    if (*materials > 0)
        return std::nullopt;
    const std::array stock{std::tuple{"Nitrile gloves M", "box", 24, "7.90", 6},
                           std::tuple{"Composite A2 syringe", "piece", 12, "31.50", 4},
                           std::tuple{"Articaine 4% cartridges", "box", 8, "42.00", 3},
                           std::tuple{"Cotton rolls", "pack", 30, "3.20", 10},
                           std::tuple{"Impression alginate", "bag", 5, "18.40", 2},
                           std::tuple{"Saliva ejectors", "pack", 2, "6.10", 3}};
    for (const auto& [name, unit, quantity, price, reorder] : stock) {
        if (auto m = s.materials.create(staff, {{QStringLiteral("name"), QString::fromUtf8(name)},
                                                {QStringLiteral("unit"), QString::fromUtf8(unit)},
                                                {QStringLiteral("quantity"), quantity},
                                                {QStringLiteral("price"), QString::fromUtf8(price)},
                                                {QStringLiteral("reorder_level"), reorder}});
            !m)
            return m.error();
    }
    return std::nullopt;
}

QString pick(QRandomGenerator& rng, const auto& names)
{
    return QString::fromUtf8(names[size_t(rng.bounded(int(names.size())))]);
}

// The clinical record of a completed visit: a note and, for one visit in four, the sample bitewing X-ray
// tagged with the teeth it shows (stored once, by hash, however many records use it).
Status writeVisitRecord(Services& s, const Actor& staff, const QString& appointmentId, const QString& reason,
                        QRandomGenerator& rng)
{
    static const std::array kFindings{"No caries found; gums healthy.",
                                      "Early caries distal 26; fluoride varnish applied.",
                                      "Composite filling placed, occlusion checked.",
                                      "Tartar removed; advised interdental brushes.",
                                      "Sensitivity on cold at 36; review in three months.",
                                      "Crown margin sound; no pain on percussion."};
    QList<RecordImageInput> images;
    if (rng.bounded(4) == 0) {
        static const QByteArray bitewing = [] {
            QFile file(QStringLiteral(":/chairside/demo/bitewing-16bit.png"));
            return file.open(QIODevice::ReadOnly) ? file.readAll().toBase64() : QByteArray();
        }();
        if (!bitewing.isEmpty())
            images.append(
                {QString::fromLatin1(bitewing), QStringLiteral("image/png"), QStringLiteral("16,15,46,45")});
    }
    auto record = s.records.create(staff, appointmentId,
                                   QStringLiteral("%1: %2").arg(reason, pick(rng, kFindings)), images);
    return record ? Status() : Status(record.error());
}

// Patients with histories and assignments; the first ones get a visit in the month around today.
// Returns the new patients' ids.
Result<QStringList> seedPatients(Services& s, const Actor& staff, const DemoSize& size,
                                 const QStringList& dentistIds, QRandomGenerator& rng,
                                 const DemoClinic::Progress& progress)
{
    const QDate today = QDate::currentDate();
    const QTimeZone zone = s.schedule.timeZone();
    // Phone numbers are unique per patient, also across repeated runs.
    const auto existing = s.patients.count(staff);
    if (!existing)
        return existing.error();
    // About 350 visits per chair fill the month around today; later patients have none.
    const int withMonthVisit = 700 * size.chairs;
    QStringList ids;
    std::unique_ptr<UnitOfWork> batch;
    for (int i = 0; i < size.patients; ++i) {
        if (!batch)
            batch = std::make_unique<UnitOfWork>(s.ctx.db, s.ctx.clock, staff);
        const QString first = pick(rng, kFirstNames);
        const QString last = pick(rng, kLastNames);
        const QDate dob = today.addDays(-qint64(rng.bounded(365 * 4, 365 * 90)));
        const QVariantMap fields{
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("date_of_birth"), dob.toString(Qt::ISODate)},
            {QStringLiteral("gender"), rng.bounded(2) ? QStringLiteral("Female") : QStringLiteral("Male")},
            {QStringLiteral("email"), QStringLiteral("%1.%2.%3@example.org")
                                          .arg(asciiFold(first), asciiFold(last))
                                          .arg(*existing + i)},
            {QStringLiteral("medical_history"), pick(rng, kHistories)},
            {QStringLiteral("allergies"), pick(rng, kAllergies)},
            {QStringLiteral("emergency_contact_name"),
             QStringLiteral("%1 %2").arg(pick(rng, kFirstNames), last)},
            {QStringLiteral("phone"), QStringLiteral("+49 151 %1").arg(20000000 + *existing + i)},
            {QStringLiteral("emergency_contact_phone"),
             QStringLiteral("+49 30 %1").arg(rng.bounded(1000000, 9999999))},
        };
        auto patient = s.patients.create(staff, fields);
        if (!patient)
            return patient.error();
        const QString patientId = patient->value(QStringLiteral("id")).toString();
        ids.append(patientId);
        // Patients seen in the last years have a regular dentist; about a third of the list.
        if (rng.bounded(3) == 0) {
            if (auto mapped =
                    s.mappings.create(staff, patientId, dentistIds[rng.bounded(int(dentistIds.size()))]);
                !mapped)
                return mapped.error();
        }
        // Half of the first patients book a visit; the station picks a free dentist and chair, and a taken
        // time is simply skipped.
        if (i < withMonthVisit && rng.bounded(2) == 0) {
            const QDate day = today.addDays(rng.bounded(-15, 16));
            BookingRequest visit;
            visit.patientId = patientId;
            visit.start = QDateTime(day, QTime(8 + rng.bounded(9), rng.bounded(2) * 30), zone).toUTC();
            visit.durationMinutes = rng.bounded(3) == 0 ? 60 : 30;
            visit.reason = pick(rng, kReasons);
            if (auto booked = s.appointments.book(staff, visit); booked && day < today) {
                const QString id = booked->value(QStringLiteral("id")).toString();
                s.appointments.setStatus(staff, id, AppointmentStatus::Arrived);
                s.appointments.setStatus(staff, id, AppointmentStatus::Completed);
                if (Status e = writeVisitRecord(s, staff, id, visit.reason, rng))
                    return *e;
            }
        }
        if (i % kBatch == kBatch - 1 || i + 1 == size.patients) {
            if (Status e = batch->commit())
                return *e;
            batch.reset();
            if (progress && !progress(QStringLiteral("patients"), i + 1, size.patients))
                return Error::unavailable(DemoClinic::kStopped);
        }
    }
    return ids;
}

// Completed visits before the month around today: each dentist at their own chair, slot after slot through
// their working days, going back a day at a time until `size.pastVisits` are booked. Every visit is an
// ordinary booking, so the overlap rules hold; a slot whose patient is busy elsewhere stays empty.
Status seedHistory(Services& s, const Actor& staff, const DemoSize& size, const QStringList& dentistIds,
                   const QStringList& chairIds, const QStringList& patientIds, QRandomGenerator& rng,
                   const DemoClinic::Progress& progress)
{
    if (size.pastVisits <= 0 || patientIds.isEmpty() || chairIds.isEmpty())
        return std::nullopt;
    const QTimeZone zone = s.schedule.timeZone();
    const int pairs = int(std::min(dentistIds.size(), chairIds.size()));
    QList<QList<WorkingInterval>> weeks;
    for (int n = 0; n < pairs; ++n)
        weeks.append(demoWeek(n));
    int booked = 0;
    std::unique_ptr<UnitOfWork> batch;
    const QDate oldest = QDate::currentDate().addYears(-100);
    for (QDate day = QDate::currentDate().addDays(-16); booked < size.pastVisits && day > oldest;
         day = day.addDays(-1)) {
        for (int n = 0; n < pairs && booked < size.pastVisits; ++n) {
            for (const WorkingInterval& hours : weeks[n]) {
                if (hours.weekday != day.dayOfWeek())
                    continue;
                for (QTime t = hours.start; booked < size.pastVisits;) {
                    const int minutes = rng.bounded(3) == 0 ? 60 : 30;
                    if (t.addSecs(minutes * 60) > hours.end || t.addSecs(minutes * 60) < t)
                        break;
                    // One slot in seven stays free, as in a real day.
                    if (rng.bounded(7) != 0) {
                        if (!batch)
                            batch = std::make_unique<UnitOfWork>(s.ctx.db, s.ctx.clock, staff);
                        BookingRequest visit;
                        visit.patientId = patientIds[rng.bounded(int(patientIds.size()))];
                        visit.dentistId = dentistIds[n];
                        visit.chairId = chairIds[n];
                        visit.start = QDateTime(day, t, zone).toUTC();
                        visit.durationMinutes = minutes;
                        visit.reason = pick(rng, kReasons);
                        visit.status = AppointmentStatus::Completed;
                        if (s.appointments.book(staff, visit) && ++booked % kBatch == 0) {
                            if (Status e = batch->commit())
                                return e;
                            batch.reset();
                            if (progress && !progress(QStringLiteral("past visits"), booked, size.pastVisits))
                                return Error::unavailable(DemoClinic::kStopped);
                        }
                    }
                    t = t.addSecs(minutes * 60);
                }
            }
        }
    }
    if (batch) {
        if (Status e = batch->commit())
            return e;
    }
    if (progress)
        progress(QStringLiteral("past visits"), booked, size.pastVisits);
    return std::nullopt;
}

} // namespace

const QString DemoClinic::kStopped =
    QStringLiteral("The demo data run was stopped; what was added so far is kept.");

DemoAccounts DemoClinic::accounts()
{
    return {QStringLiteral("admin@demo.chairside"), QStringLiteral("frontdesk@demo.chairside"),
            QStringLiteral("dr.weiss@demo.chairside"), kPassword};
}

bool DemoClinic::isDemoStore(Services& s)
{
    auto found = sql::scalar(
        s.ctx.db.connection(),
        QStringLiteral("SELECT 1 FROM users WHERE lower(email) = lower(?) AND deleted_at IS NULL"),
        {accounts().adminEmail});
    return found && found->isValid();
}

Status DemoClinic::seed(Services& s, const DemoSize& size, const Progress& progress)
{
    if (size.patients < 0 || size.pastVisits < 0 || size.chairs < 1 || size.chairs > DemoSize::kMaxChairs)
        return Error::invalid(QStringLiteral("A demo clinic has 1 to %1 chairs and no negative counts.")
                                  .arg(DemoSize::kMaxChairs));
    const DemoAccounts demo = accounts();
    auto admin = ensureUser(s, demo.adminEmail, QStringLiteral("Ada"), QStringLiteral("Admin"), Role::Admin);
    if (!admin)
        return admin.error();
    if (auto r = ensureUser(s, demo.receptionistEmail, QStringLiteral("Rita"), QStringLiteral("Frontdesk"),
                            Role::Receptionist);
        !r)
        return r.error();
    const Actor staff{*admin, Role::Admin, QStringLiteral("demo")};

    if (s.schedule.setting(QStringLiteral("time_zone")).isEmpty()) {
        if (Status e =
                s.schedule.setSetting(staff, QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")))
            return e;
    }
    auto dentistIds = ensureDentists(s, staff, size.chairs);
    if (!dentistIds)
        return dentistIds.error();
    auto chairIds = ensureChairs(s, staff, size.chairs);
    if (!chairIds)
        return chairIds.error();
    if (Status e = ensureMaterials(s, staff))
        return e;

    // A fixed seed per run size keeps demo stores comparable between machines.
    QRandomGenerator rng(quint32(20261122 + size.patients));
    auto patientIds = seedPatients(s, staff, size, *dentistIds, rng, progress);
    if (!patientIds)
        return patientIds.error();
    return seedHistory(s, staff, size, *dentistIds, *chairIds, *patientIds, rng, progress);
}

} // namespace chairside

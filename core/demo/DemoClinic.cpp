#include "DemoClinic.h"

#include "store/UnitOfWork.h"

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
const std::array kDentists{
    DemoDentist{"Clara", "Weiss", "dr.weiss@demo.chairside", "General dentistry", "DE-ZA-10234"},
    DemoDentist{"Omar", "Haddad", "dr.haddad@demo.chairside", "Orthodontics", "DE-ZA-20871"},
    DemoDentist{"Lena", "Novak", "dr.novak@demo.chairside", "Endodontics", "DE-ZA-31552"},
};

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

} // namespace

DemoAccounts DemoClinic::accounts()
{
    return {QStringLiteral("admin@demo.chairside"), QStringLiteral("frontdesk@demo.chairside"),
            QStringLiteral("dr.weiss@demo.chairside"), QStringLiteral("chairside-demo")};
}

Status DemoClinic::seed(Services& s, int patientCount, const std::function<void(int, int)>& progress)
{
    const Actor system = Actor::system(QStringLiteral("demo"));
    const DemoAccounts demo = accounts();
    auto ensureUser = [&](const QString& email, const QString& first, const QString& last,
                          Role role) -> Result<QString> {
        auto existing = s.accounts.login(email, demo.password, QString());
        if (existing)
            return existing->actor.userId;
        RegistrationInput in{{{QStringLiteral("email"), email},
                              {QStringLiteral("password"), demo.password},
                              {QStringLiteral("first_name"), first},
                              {QStringLiteral("last_name"), last},
                              {QStringLiteral("role"), roleName(role)}}};
        auto created = s.accounts.registerUser(in, system);
        if (!created)
            return created.error();
        return created->value(QStringLiteral("id")).toString();
    };

    auto admin = ensureUser(demo.adminEmail, QStringLiteral("Ada"), QStringLiteral("Admin"), Role::Admin);
    if (!admin)
        return admin.error();
    if (auto r = ensureUser(demo.receptionistEmail, QStringLiteral("Rita"), QStringLiteral("Frontdesk"),
                            Role::Receptionist);
        !r)
        return r.error();
    const Actor staff{*admin, Role::Admin, QStringLiteral("demo")};

    QStringList doctorIds;
    auto doctors = s.doctors.list(staff);
    if (!doctors)
        return doctors.error();
    for (const QVariantMap& d : *doctors)
        doctorIds.append(d.value(QStringLiteral("id")).toString());
    if (doctorIds.isEmpty()) {
        for (const DemoDentist& d : kDentists) {
            auto user = ensureUser(QString::fromUtf8(d.email), QString::fromUtf8(d.first),
                                   QString::fromUtf8(d.last), Role::Dentist);
            if (!user)
                return user.error();
            auto doctor = s.doctors.create(
                staff,
                {{QStringLiteral("name"),
                  QStringLiteral("Dr. %1 %2").arg(QString::fromUtf8(d.first), QString::fromUtf8(d.last))},
                 {QStringLiteral("specialization"), QString::fromUtf8(d.specialization)},
                 {QStringLiteral("license_number"), QString::fromUtf8(d.licence)},
                 {QStringLiteral("email"), QString::fromUtf8(d.email)},
                 {QStringLiteral("experience"), 5 + int(doctorIds.size()) * 7},
                 {QStringLiteral("user_id"), *user}});
            if (!doctor)
                return doctor.error();
            doctorIds.append(doctor->value(QStringLiteral("id")).toString());
        }
    }

    // The clinic's calendar: a time zone, three chairs, each dentist's week.
    if (s.schedule.setting(QStringLiteral("time_zone")).isEmpty()) {
        if (Status e =
                s.schedule.setSetting(staff, QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")))
            return e;
    }
    auto chairs = s.schedule.chairs();
    if (!chairs)
        return chairs.error();
    if (chairs->isEmpty()) {
        for (int c = 1; c <= 3; ++c) {
            if (auto chair = s.schedule.createChair(
                    staff, {{QStringLiteral("name"), QStringLiteral("Chair %1").arg(c)},
                            {QStringLiteral("sort_order"), c}});
                !chair)
                return chair.error();
        }
        for (int d = 0; d < doctorIds.size(); ++d) {
            QList<WorkingInterval> week;
            for (int day = 1; day <= (d == 2 ? 4 : 5); ++day)
                week.append({day, QTime(d == 1 ? 9 : 8, 0), QTime(d == 1 ? 18 : 17, 0)});
            if (Status e = s.schedule.setWorkingHours(staff, doctorIds[d], week))
                return e;
        }
    }
    auto materials = s.materials.count(staff);
    if (materials && *materials == 0) {
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
    }

    // A fixed seed per run size keeps demo stores comparable between machines.
    QRandomGenerator rng(quint32(20261122 + patientCount));
    const QDate today = QDate::currentDate();
    // Phone numbers are unique per patient, also across repeated runs.
    const auto existing = s.patients.count(staff);
    const int firstNumber = existing ? *existing : 0;
    // Patients are written in batches of one transaction each (nested units), which is what makes a
    // 100,000-patient demo quick; every row still goes through the services and the change log.
    constexpr int kBatch = 1000;
    std::unique_ptr<UnitOfWork> batch;
    for (int i = 0; i < patientCount; ++i) {
        if (!batch)
            batch = std::make_unique<UnitOfWork>(s.ctx.db, s.ctx.clock, staff);
        const QString first = QString::fromUtf8(kFirstNames[rng.bounded(int(kFirstNames.size()))]);
        const QString last = QString::fromUtf8(kLastNames[rng.bounded(int(kLastNames.size()))]);
        const QDate dob = today.addDays(-qint64(rng.bounded(365 * 4, 365 * 90)));
        QVariantMap fields{
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("date_of_birth"), dob.toString(Qt::ISODate)},
            {QStringLiteral("gender"), rng.bounded(2) ? QStringLiteral("Female") : QStringLiteral("Male")},
            {QStringLiteral("email"),
             QStringLiteral("%1.%2.%3@example.org").arg(asciiFold(first), asciiFold(last)).arg(i)},
            {QStringLiteral("medical_history"),
             QString::fromUtf8(kHistories[rng.bounded(int(kHistories.size()))])},
            {QStringLiteral("allergies"), QString::fromUtf8(kAllergies[rng.bounded(int(kAllergies.size()))])},
            {QStringLiteral("emergency_contact_name"),
             QStringLiteral("%1 %2").arg(QString::fromUtf8(kFirstNames[rng.bounded(int(kFirstNames.size()))]),
                                         last)},
            {QStringLiteral("phone"), QStringLiteral("+49 151 %1").arg(20000000 + firstNumber + i)},
            {QStringLiteral("emergency_contact_phone"),
             QStringLiteral("+49 30 %1").arg(rng.bounded(1000000, 9999999))},
        };
        auto patient = s.patients.create(staff, fields);
        if (!patient)
            return patient.error();
        // Patients seen in the last years have a regular dentist; about a third of the list.
        if (rng.bounded(3) == 0) {
            auto mapped = s.mappings.create(staff, patient->value(QStringLiteral("id")).toString(),
                                            doctorIds[rng.bounded(int(doctorIds.size()))]);
            if (!mapped)
                return mapped.error();
        }
        // About half the patients get a visit somewhere in the month around today; taken times are skipped.
        // (A month holds about a thousand visits for three dentists; later patients have none.)
        if (i < 2000 && rng.bounded(2) == 0) {
            const QTimeZone zone = s.schedule.timeZone();
            const QDate day = today.addDays(rng.bounded(-15, 16));
            BookingRequest visit;
            visit.patientId = patient->value(QStringLiteral("id")).toString();
            visit.start = QDateTime(day, QTime(8 + rng.bounded(9), rng.bounded(2) * 30), zone).toUTC();
            visit.durationMinutes = rng.bounded(3) == 0 ? 60 : 30;
            visit.reason = QString::fromUtf8(kReasons[rng.bounded(int(kReasons.size()))]);
            if (auto booked = s.appointments.book(staff, visit); booked && day < today) {
                s.appointments.setStatus(staff, booked->value(QStringLiteral("id")).toString(),
                                         AppointmentStatus::Arrived);
                s.appointments.setStatus(staff, booked->value(QStringLiteral("id")).toString(),
                                         AppointmentStatus::Completed);
            }
        }
        if (i % kBatch == kBatch - 1 || i + 1 == patientCount) {
            if (Status e = batch->commit())
                return e;
            batch.reset();
            if (progress)
                progress(i + 1, patientCount);
        }
    }
    return std::nullopt;
}

} // namespace chairside

// Store and service timings on a demo clinic: patient search, calendar ranges, one patient's chart.
// Built with the tests, never run by CTest. Prints p50/p99 per query. Usage:
//   bench_store [--patients N] [--chairs C] [--past-visits V] [--data-dir DIR]
// The store is --patients 100000 --chairs 10 --past-visits 1000000. An existing DIR is reused, so a
// large store is seeded once (chairs and past visits only on the first run).
#include "Clock.h"
#include "demo/DemoClinic.h"
#include "services/Services.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <numeric>

using namespace chairside;

namespace {

void report(const QString& name, const std::function<void(int)>& run, int iterations)
{
    // A few untimed runs first: the figures are for a station that has been open a while (warm page cache).
    for (int i = 0; i < 10; ++i)
        run(i);
    QList<double> ms;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        run(i);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) {
        return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size()))];
    };
    QTextStream(stdout) << QStringLiteral("%1  p50 %2 ms  p99 %3 ms  (n=%4)\n")
                               .arg(name, -34)
                               .arg(at(0.50), 0, 'f', 3)
                               .arg(at(0.99), 0, 'f', 3)
                               .arg(iterations);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addOptions(
        {{QStringLiteral("patients"), QStringLiteral("Patients to seed."), QStringLiteral("N"),
          QStringLiteral("20000")},
         {QStringLiteral("chairs"), QStringLiteral("Chairs (one dentist each)."), QStringLiteral("C"),
          QStringLiteral("10")},
         {QStringLiteral("past-visits"), QStringLiteral("Completed visits before this month."),
          QStringLiteral("V"), QStringLiteral("0")},
         {QStringLiteral("data-dir"), QStringLiteral("Store folder to reuse."), QStringLiteral("DIR")}});
    args.process(app);
    QTemporaryDir scratch;
    const QString dir =
        args.isSet(QStringLiteral("data-dir")) ? args.value(QStringLiteral("data-dir")) : scratch.path();
    auto db = Database::open(dir + QStringLiteral("/chairside.db"));
    if (!db) {
        QTextStream(stderr) << db.error().message << Qt::endl;
        return 1;
    }
    SystemClock clock;
    ServiceContext ctx(**db, clock, QByteArray(32, 'b'));
    Services s(ctx);
    const Actor staff = Actor::system(QStringLiteral("bench"));
    QTextStream out(stdout);

    const int wanted = args.value(QStringLiteral("patients")).toInt();
    const int have = *s.patients.count(staff);
    if (have < wanted) {
        DemoSize size;
        size.patients = wanted - have;
        size.chairs = args.value(QStringLiteral("chairs")).toInt();
        size.pastVisits = have == 0 ? args.value(QStringLiteral("past-visits")).toInt() : 0;
        QElapsedTimer t;
        t.start();
        if (Status e = DemoClinic::seed(s, size)) {
            QTextStream(stderr) << e->message << Qt::endl;
            return 1;
        }
        out << QStringLiteral("seeded %1 patients and %2 past visits in %3 s\n")
                   .arg(size.patients)
                   .arg(size.pastVisits)
                   .arg(t.elapsed() / 1000.0, 0, 'f', 1);
    }
    out << QStringLiteral("store: %1 patients, %2 appointments, %3 chairs\n")
               .arg(*s.patients.count(staff))
               .arg(sql::scalar(db->get()->connection(),
                                QStringLiteral("SELECT count(*) FROM appointments WHERE deleted_at IS NULL"))
                        ->toInt())
               .arg(s.schedule.chairs()->size());

    const QStringList prefixes{QStringLiteral("Ai"),       QStringLiteral("Mül"), QStringLiteral("Sofia"),
                               QStringLiteral("Noah Sch"), QStringLiteral("Ra"),  QStringLiteral("Em"),
                               QStringLiteral("Layla K"),  QStringLiteral("Ca")};
    report(
        QStringLiteral("search name prefix (page of 50)"),
        [&](int i) {
            PatientQuery q;
            q.search = prefixes[i % prefixes.size()];
            q.limit = 50;
            s.patients.list(staff, q);
        },
        400);
    report(
        QStringLiteral("search phone prefix (page of 50)"),
        [&](int i) {
            PatientQuery q;
            // Demo numbers run from +49 151 20000000 up; nine digits typed match about ten patients at 100k.
            q.search = QStringLiteral("+49 151 200%1").arg(i * 37 % 10000, 4, 10, QLatin1Char('0'));
            q.limit = 50;
            s.patients.list(staff, q);
        },
        400);
    report(
        QStringLiteral("count matching a name prefix"),
        [&](int i) { s.patients.count(staff, prefixes[i % prefixes.size()]); }, 200);

    // Weeks four and five ago: full days of past visits on a store with history, else the month's bookings.
    const auto doctors = *s.doctors.list(staff);
    const QDate thisMonday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    const QDateTime monday(thisMonday.addDays(-28), QTime(0, 0), Qt::UTC);
    QList<int> sizes;
    report(
        QStringLiteral("one dentist's week"),
        [&](int i) {
            AppointmentQuery q;
            q.dentistId = doctors[i % doctors.size()].value(QStringLiteral("id")).toString();
            q.from = monday.addDays(7 * (i % 2));
            q.to = q.from.addDays(7);
            sizes.append(int(s.appointments.list(staff, q)->size()));
        },
        400);
    out << QStringLiteral("  (%1 appointments per week on average)\n")
               .arg(std::accumulate(sizes.begin(), sizes.end(), 0) / std::max<qsizetype>(1, sizes.size()));
    sizes.clear();
    report(
        QStringLiteral("the whole clinic's day (%1 chairs)").arg(s.schedule.chairs()->size()),
        [&](int i) {
            AppointmentQuery q;
            q.from = monday.addDays(7 * (i % 2) + i % 5);
            q.to = q.from.addDays(1);
            sizes.append(int(s.appointments.list(staff, q)->size()));
        },
        400);
    out << QStringLiteral("  (%1 appointments per day on average)\n")
               .arg(std::accumulate(sizes.begin(), sizes.end(), 0) / std::max<qsizetype>(1, sizes.size()));

    // Charts of patients seen lately: each has the visits of a long-standing patient of the store.
    const auto recent = sql::select(
        db->get()->connection(), QStringLiteral("SELECT DISTINCT patient_id FROM appointments "
                                                "WHERE deleted_at IS NULL ORDER BY start_at DESC LIMIT 100"));
    sizes.clear();
    report(
        QStringLiteral("one patient's chart"),
        [&](int i) {
            const QString someone =
                recent->value(i % recent->size()).value(QStringLiteral("patient_id")).toString();
            s.patients.get(staff, someone);
            AppointmentQuery q;
            q.patientId = someone;
            const auto visits = s.appointments.list(staff, q);
            for (const QVariantMap& a : *visits)
                s.records.forAppointment(staff, a.value(QStringLiteral("id")).toString());
            s.mappings.listForPatient(staff, someone);
            sizes.append(int(visits->size()));
        },
        400);
    out << QStringLiteral("  (%1 visits per chart on average)\n")
               .arg(std::accumulate(sizes.begin(), sizes.end(), 0) / std::max<qsizetype>(1, sizes.size()));
    return 0;
}

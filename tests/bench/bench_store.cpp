// Store and service timings on a demo clinic: patient search, calendar ranges, one patient's chart.
// Built with the tests, never run by CTest. Usage: bench_store [--patients N] [--data-dir DIR]
// (an existing DIR is reused, so a large store is seeded once). Prints p50/p99 per query.
#include "Clock.h"
#include "demo/DemoClinic.h"
#include "services/Services.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace chairside;

namespace {

void report(const QString& name, const std::function<void(int)>& run, int iterations)
{
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
        QElapsedTimer t;
        t.start();
        if (Status e = DemoClinic::seed(s, wanted - have)) {
            QTextStream(stderr) << e->message << Qt::endl;
            return 1;
        }
        out << QStringLiteral("seeded %1 patients in %2 s\n")
                   .arg(wanted - have)
                   .arg(t.elapsed() / 1000.0, 0, 'f', 1);
    }
    out << QStringLiteral("store: %1 patients, %2 appointments\n")
               .arg(*s.patients.count(staff))
               .arg(s.appointments.list(staff, {}).value().size());

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
        QStringLiteral("search phone (page of 50)"),
        [&](int i) {
            PatientQuery q;
            q.search = QStringLiteral("+49 151 2%1").arg(QRandomGenerator::global()->bounded(1000, 9999)) +
                       QString::number(i % 10);
            q.limit = 50;
            s.patients.list(staff, q);
        },
        400);
    report(
        QStringLiteral("count matching a name prefix"),
        [&](int i) { s.patients.count(staff, prefixes[i % prefixes.size()]); }, 200);

    const auto doctors = *s.doctors.list(staff);
    const QDateTime monday =
        QDateTime(QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek()), QTime(0, 0), Qt::UTC);
    report(
        QStringLiteral("one dentist's week"),
        [&](int i) {
            AppointmentQuery q;
            q.dentistId = doctors[i % doctors.size()].value(QStringLiteral("id")).toString();
            q.from = monday;
            q.to = monday.addDays(7);
            s.appointments.list(staff, q);
        },
        400);
    report(
        QStringLiteral("the whole clinic's day"),
        [&](int i) {
            AppointmentQuery q;
            q.from = monday.addDays(i % 5);
            q.to = q.from.addDays(1);
            s.appointments.list(staff, q);
        },
        400);
    const auto all = s.appointments.list(staff, {});
    const QString someone = all->value(0).value(QStringLiteral("patient_id")).toString();
    report(
        QStringLiteral("one patient's chart"),
        [&](int) {
            s.patients.get(staff, someone);
            AppointmentQuery q;
            q.patientId = someone;
            const auto visits = s.appointments.list(staff, q);
            for (const QVariantMap& a : *visits)
                s.records.forAppointment(staff, a.value(QStringLiteral("id")).toString());
            s.mappings.listForPatient(staff, someone);
        },
        400);
    return 0;
}

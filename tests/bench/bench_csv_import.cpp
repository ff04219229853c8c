// Patient import and export through CSV on a real store file: reading the file, checking every row (the
// plan: field rules, duplicates among the clinic's patients and within the file), the import itself (one
// unit of work, each row a PatientService::create with its change-log and audit entries) and the export of
// the whole list. Prints rows per second for each step; asserts nothing about time.
//
//   bench_csv_import [patients] [existing]     (default 10000 patients into a store holding 10000)

#include "Csv.h"
#include "services/CsvExport.h"
#include "services/PatientImport.h"
#include "services/Services.h"
#include "store/UnitOfWork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace chairside;

namespace {

const QStringList kFirst{QStringLiteral("Anna"),  QStringLiteral("Jörg"), QStringLiteral("Émilie"),
                         QStringLiteral("Lars"),  QStringLiteral("Zoë"),  QStringLiteral("Mehmet"),
                         QStringLiteral("Sofia"), QStringLiteral("Luc")};
const QStringList kLast{QStringLiteral("Müller"), QStringLiteral("Durand"), QStringLiteral("Schmidt"),
                        QStringLiteral("Øberg"),  QStringLiteral("Rossi"),  QStringLiteral("Novak")};

// A European spreadsheet's patient list: semicolons, German headers, dotted dates; `offset` keeps phones
// and insurance numbers apart from another list's.
QByteArray patientList(int count, int offset)
{
    QList<QStringList> rows{{QStringLiteral("Nachname"), QStringLiteral("Vorname"),
                             QStringLiteral("Geburtsdatum"), QStringLiteral("Telefon"),
                             QStringLiteral("E-Mail"), QStringLiteral("Versichertennummer"),
                             QStringLiteral("Allergien")}};
    for (int i = 0; i < count; ++i) {
        const int n = offset + i;
        const QDate born = QDate(1940, 1, 1).addDays(n % 25000);
        rows.append({kLast[n % kLast.size()] + QString::number(n / 48), kFirst[n % kFirst.size()],
                     born.toString(QStringLiteral("dd.MM.yyyy")),
                     QStringLiteral("+49 30 %1").arg(n, 8, 10, QLatin1Char('0')),
                     QStringLiteral("p%1@example.org").arg(n),
                     QStringLiteral("K%1").arg(n, 9, 10, QLatin1Char('0')),
                     n % 7 == 0 ? QStringLiteral("Penicillin; Latex") : QString()});
    }
    return csv::write(rows, QLatin1Char(';'));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int patients = args.size() > 1 ? args[1].toInt() : 10000;
    const int existing = args.size() > 2 ? args[2].toInt() : 10000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("chairside.db")));
    if (!db) {
        out << "cannot open a store: " << db.error().message << Qt::endl;
        return 1;
    }
    SystemClock clock;
    ServiceContext ctx(**db, clock, QByteArray(32, 'k'));
    Services services(ctx);
    const Actor actor = Actor::system(QStringLiteral("bench"));

    // The clinic's own patients, imported the same way (and timed too: a second import into a fuller store).
    QElapsedTimer timer;
    if (existing > 0) {
        auto table = csv::read(patientList(existing, 1'000'000));
        PatientImport seed(services, actor);
        timer.start();
        auto seeded = seed.run(*table, {});
        if (!seeded) {
            out << "seeding failed: " << seeded.error().message << Qt::endl;
            return 1;
        }
        out << "store seeded with " << existing
            << " patients by import: " << qRound(existing / (double(timer.elapsed()) / 1000.0)) << " rows/s"
            << Qt::endl;
    }

    const QByteArray bytes = patientList(patients, 0);
    timer.start();
    auto table = csv::read(bytes);
    const qint64 readMs = timer.elapsed();
    if (!table) {
        out << "read failed: " << table.error().message << Qt::endl;
        return 1;
    }
    PatientImport import(services, actor);
    timer.start();
    auto plan = import.plan(*table, {});
    const qint64 planMs = timer.elapsed();
    if (!plan || plan->ready != patients) {
        out << "plan failed" << Qt::endl;
        return 1;
    }
    timer.start();
    auto done = import.run(*table, {});
    const qint64 runMs = timer.elapsed();
    if (!done) {
        out << "import failed: " << done.error().message << Qt::endl;
        return 1;
    }
    timer.start();
    auto exported = CsvExport(services, actor).patients();
    const qint64 exportMs = timer.elapsed();

    auto rate = [](int rows, qint64 ms) { return qRound(rows / (std::max<qint64>(ms, 1) / 1000.0)); };
    out << "file: " << patients << " patients, " << bytes.size() / 1024 << " KiB" << Qt::endl
        << "read:              " << readMs << " ms (" << rate(patients, readMs) << " rows/s)" << Qt::endl
        << "check (preview):   " << planMs << " ms (" << rate(patients, planMs) << " rows/s)" << Qt::endl
        << "import (check and write, one transaction): " << runMs << " ms (" << rate(patients, runMs)
        << " rows/s)" << Qt::endl
        << "export of all " << exported->rows << ": " << exportMs << " ms (" << rate(exported->rows, exportMs)
        << " rows/s)" << Qt::endl;
    return 0;
}

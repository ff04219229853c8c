#include "CommandLine.h"

#include "ApiServerHost.h"
#include "Csv.h"
#include "HostPort.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SignalWatcher.h"
#include "Station.h"
#include "Translations.h"
#include "demo/DemoClinic.h"
#include "domain/Fields.h"
#include "services/CsvExport.h"
#include "services/PatientImport.h"
#include "store/Backup.h"
#include "store/StationLock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHostAddress>
#include <QIcon>
#include <QTextStream>
#include <QThread>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace chairside::app {

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
// `import`: the file has duplicates or rows with problems, and nothing was imported.
constexpr int kExitRowProblems = 3;

void printError(const QString& text)
{
    QTextStream(stderr) << "chairside: " << text << Qt::endl;
}

void printError(const Error& error)
{
    if (error.fieldErrors.isEmpty()) {
        printError(error.message);
        return;
    }
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        for (const QString& m : it.value())
            printError(QStringLiteral("%1: %2").arg(it.key(), m));
    }
}

int userAdd(const QCommandLineParser& args, const QString& dataDir)
{
    const QString email = args.value(QStringLiteral("email"));
    const QString roleText = args.value(QStringLiteral("role"));
    if (email.isEmpty() || roleText.isEmpty() || !args.isSet(QStringLiteral("password-stdin"))) {
        printError(QStringLiteral("usage: chairside [--data-dir DIR] user add --email E "
                                  "--role admin|dentist|receptionist|patient [--name N] --password-stdin"));
        return kExitUsage;
    }
    const QStringList roles{QStringLiteral("admin"), QStringLiteral("dentist"),
                            QStringLiteral("receptionist"), QStringLiteral("patient")};
    if (!roles.contains(roleText)) {
        printError(QStringLiteral("unknown role \"%1\"; use one of: %2")
                       .arg(roleText, roles.join(QStringLiteral(", "))));
        return kExitUsage;
    }
    std::string line;
    std::getline(std::cin, line);
    const QString password = QString::fromStdString(line).remove(QLatin1Char('\r'));

    auto station = Station::open(dataDir, SecretStoreKind::Ephemeral);
    if (!station) {
        printError(station.error());
        return kExitFailure;
    }
    QVariantMap fields{{QStringLiteral("email"), email},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("role"), roleText}};
    if (args.isSet(QStringLiteral("name")))
        fields.insert(QStringLiteral("name"), args.value(QStringLiteral("name")));
    auto user = (*station)->services().accounts.registerUser({fields}, Actor::system(QStringLiteral("cli")));
    if (!user) {
        printError(user.error());
        return kExitFailure;
    }
    QTextStream(stdout) << "Created " << roleText << " " << email << " (id "
                        << user->value(QStringLiteral("id")).toString() << ")" << Qt::endl;
    return 0;
}

// The secrets an administrator may set from the command line: the ones the station reads. Others (the
// signing key) are the station's own, and a misspelt name must not be stored as junk nobody reads.
const QStringList kSettableSecrets{smtpPasswordSecret(), geminiApiKeySecret(), smsAuthTokenSecret()};

const QString kSecretUsage = QStringLiteral(
    "usage: chairside [--data-dir DIR] [--headless] secret set|clear "
    "smtp_password|gemini_api_key|sms_auth_token\n"
    "  set reads the value from the first line of stdin (without echo on a terminal).\n"
    "  Without --headless it goes where the desktop window reads it: the desktop keychain, or\n"
    "  secrets.json in the data folder when no keychain answers (run it in the desktop session,\n"
    "  where the keychain is unlocked). With --headless it goes to secrets.json, where\n"
    "  `chairside --headless` reads it. The station reads it when it starts.");

// The first line of stdin; when stdin is a terminal, asked for with `prompt` on stderr and not echoed.
QString readSecretLine(const QString& prompt)
{
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        QTextStream(stderr) << prompt << Qt::flush;
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << "\n" << Qt::flush; // the Enter that was not echoed
    }
    QString value = QString::fromStdString(line);
    if (value.endsWith(QLatin1Char('\r')))
        value.chop(1);
    return value;
}

// `secret set|clear KEY`, in the store the station will read: the keychain with its file fallback for the
// desktop (the same choice Station::open makes), the file for --headless.
int secretCommand(const QCommandLineParser& args, const QStringList& command, const QString& dataDir)
{
    if (command.size() < 3 || (command[1] != QLatin1String("set") && command[1] != QLatin1String("clear"))) {
        printError(kSecretUsage);
        return kExitUsage;
    }
    const QString key = command[2];
    if (!kSettableSecrets.contains(key)) {
        printError(QStringLiteral("unknown secret \"%1\"; the station reads only: %2")
                       .arg(key, kSettableSecrets.join(QStringLiteral(", "))));
        return kExitUsage;
    }
    if (command.size() > 3) {
        printError(QStringLiteral("the value is read from stdin, never from the command line, where shell "
                                  "history and `ps` would keep it\n") +
                   kSecretUsage);
        return kExitUsage;
    }
    const bool set = command[1] == QLatin1String("set");
    QString value;
    if (set) {
        value = readSecretLine(QStringLiteral("%1: ").arg(key));
        if (key == geminiApiKeySecret())
            value = value.trimmed(); // as the admin screen stores it; keys hold no spaces
        if (value.isEmpty()) {
            printError(
                QStringLiteral("no value on stdin; nothing stored (`secret clear %1` removes one)").arg(key));
            return kExitFailure;
        }
    }
    const SecretStoreKind kind =
        args.isSet(QStringLiteral("headless")) ? SecretStoreKind::File : SecretStoreKind::Keychain;
    auto station = Station::open(dataDir, kind);
    if (!station) {
        printError(station.error());
        return kExitFailure;
    }
    SecretStore& secrets = (*station)->secrets();
    if (set ? !secrets.write(key, value.toUtf8()) : !secrets.remove(key)) {
        printError(QStringLiteral("%1 was not %2 in %3: %4")
                       .arg(key, set ? QStringLiteral("stored") : QStringLiteral("removed"),
                            secrets.describe(), secrets.errorString()));
        return kExitFailure;
    }
    // Named in the audit log like a secret stored at the admin screen (the name, never the value).
    if (Status e = (*station)->services().audit.recordEvent(Actor::system(QStringLiteral("cli")),
                                                            set ? QStringLiteral("secrets.store")
                                                                : QStringLiteral("secrets.remove"),
                                                            {{QStringLiteral("name"), key}}))
        printError(
            QStringLiteral("%1 was changed, but the audit log could not record it: %2").arg(key, e->message));
    QTextStream(stdout) << (set ? QStringLiteral("Stored %1 in %2; the station uses it from its next start.")
                                : QStringLiteral(
                                      "Removed %1 from %2; the station goes without it from its next "
                                      "start."))
                               .arg(key, secrets.describe())
                        << Qt::endl;
    return 0;
}

const QString kSecretsNotInBackups =
    QStringLiteral("Secrets (the desktop keychain, secrets.json) are not in backups: keep them apart.");

// Progress of a backup or restore, a line at a time on stderr (stdout keeps the outcome).
void printProgress(const QString& line)
{
    QTextStream(stderr) << line << Qt::endl;
}

// `backup FILE`: online, beside a running station.
int backupCommand(const QStringList& command, const QString& dataDir)
{
    if (command.size() != 2) {
        printError(QStringLiteral("usage: chairside [--data-dir DIR] backup FILE"));
        return kExitUsage;
    }
    const SystemClock clock;
    auto made = Backup::create(dataDir, command[1], clock, printProgress);
    if (!made) {
        printError(made.error());
        return kExitFailure;
    }
    QTextStream out(stdout);
    out << "Backup written to " << command[1] << ": the store (schema " << made->schemaVersion << ", site "
        << made->siteId << ") and " << made->files.size() - 1 << " image files." << Qt::endl;
    if (!made->missingFiles.isEmpty())
        out << made->missingFiles.size()
            << " image files named by the store are not on this station yet (still to come from a peer) and "
               "are not in the backup."
            << Qt::endl;
    out << kSecretsNotInBackups << Qt::endl;
    return 0;
}

// `restore FILE`: with no station running on the data folder.
int restoreCommand(const QStringList& command, const QString& dataDir)
{
    if (command.size() != 2) {
        printError(QStringLiteral("usage: chairside [--data-dir DIR] restore FILE"));
        return kExitUsage;
    }
    const SystemClock clock;
    auto restored = Backup::restore(command[1], dataDir, clock, printProgress);
    if (!restored) {
        printError(restored.error());
        return kExitFailure;
    }
    // Named in the restored store's audit log, so its history says where it began again.
    if (auto station = Station::open(dataDir, SecretStoreKind::Ephemeral)) {
        if (Status e = (*station)->services().audit.recordEvent(
                Actor::system(QStringLiteral("cli")), QStringLiteral("store.restore"),
                {{QStringLiteral("backup"), QFileInfo(command[1]).fileName()},
                 {QStringLiteral("backup_site_id"), restored->manifest.siteId},
                 {QStringLiteral("created_at"), toIsoUtc(restored->manifest.createdAt)}}))
            printError(QStringLiteral("restored, but the audit log could not record it: %1").arg(e->message));
    }
    QTextStream out(stdout);
    out << "Restored " << command[1] << " (made " << toIsoUtc(restored->manifest.createdAt) << ") into "
        << dataDir << "." << Qt::endl;
    if (!restored->keptAt.isEmpty())
        out << "The data it replaced is kept in " << restored->keptAt << "." << Qt::endl;
    out << "This station now has the new site id " << restored->siteId << " (the backup's was "
        << restored->manifest.siteId
        << "). Its pairings were removed: pair it with its peers again (Admin > Stations) and unpair the old "
           "id "
           "there; it then catches up with what they hold."
        << Qt::endl
        << kSecretsNotInBackups << " Set them again if this station lost them (`chairside secret set`)."
        << Qt::endl;
    return 0;
}

// The station's API at `listen`: one server thread per core (at most eight), all on the one port, with the
// limits of its environment, speaking HTTPS with the station's certificate unless it is on loopback or plain
// HTTP is asked for (warned: then passwords, tokens and patient data cross the LAN in the clear).
Result<api::ApiServerConfig> stationServerConfig(Station& station, const HostPort& listen, bool plainHttp)
{
    api::ApiServerConfig config;
    config.limits = station.environment().serverLimits;
    config.threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    if (!station.servesTls(listen.address, plainHttp)) {
        if (!listen.address.isLoopback())
            qWarning("Chairside: the API on %s speaks plain HTTP, as configured (--plain-http or "
                     "CHAIRSIDE_PLAIN_HTTP): passwords, tokens and patient data cross the network "
                     "unencrypted, and other stations cannot pin this one's certificate.",
                     qPrintable(listen.address.toString()));
        return config;
    }
    auto certificate = station.certificate();
    if (!certificate)
        return certificate.error();
    config.tls = certificate->serverConfiguration();
    station.services().sync.setCertificateFingerprint(certificate->fingerprint);
    return config;
}

// `fingerprint`: this station's certificate fingerprint, for the admins of other stations to compare when
// they pair (made now if the station has none yet), from the store the station form reads.
int fingerprintCommand(const QCommandLineParser& args, const QString& dataDir)
{
    const SecretStoreKind kind =
        args.isSet(QStringLiteral("headless")) ? SecretStoreKind::File : SecretStoreKind::Keychain;
    auto station = Station::open(dataDir, kind);
    if (!station) {
        printError(station.error());
        return kExitFailure;
    }
    auto certificate = (*station)->certificate();
    if (!certificate) {
        printError(certificate.error());
        return kExitFailure;
    }
    QTextStream(stdout) << certificate->fingerprint << Qt::endl;
    return 0;
}

const QString kImportUsage = QStringLiteral(
    "usage: chairside [--data-dir DIR] import patients FILE [--map COLUMN=FIELD]... "
    "[--date-order day-first|month-first] [--dry-run] [--skip-duplicates] [--skip-errors]\n"
    "  COLUMN is a header of the file or a column number (1 is the first); FIELD a patient field, or\n"
    "  nothing to leave the column out. Columns are mapped by their headers otherwise.");

// A duplicate as people read it: who, and what the two share.
QString duplicateText(const PatientImportRow& row)
{
    const PatientMatch& match = row.duplicateOf;
    const QString who = match.dateOfBirth.isEmpty()
                            ? match.name
                            : QStringLiteral("%1, born %2").arg(match.name, match.dateOfBirth);
    const QString same =
        QStringLiteral("same %1").arg(QString(match.reason).replace(QLatin1Char('_'), QLatin1Char(' ')));
    return row.duplicateLine > 0
               ? QStringLiteral("duplicate of line %1 (%2; %3)").arg(row.duplicateLine).arg(who, same)
               : QStringLiteral("duplicate of %1, a patient at the clinic (%2)").arg(who, same);
}

// `import patients FILE`: checks the whole file, lists every duplicate and problem on stderr, and imports
// all of it or nothing (unless told to skip what is not ready).
int importCommand(const QCommandLineParser& args, const QStringList& command, const QString& dataDir)
{
    if (command.size() != 3 || command[1] != QLatin1String("patients")) {
        printError(kImportUsage);
        return kExitUsage;
    }
    const QString path = command[2];
    PatientImportOptions options;
    options.skipDuplicates = args.isSet(QStringLiteral("skip-duplicates"));
    options.skipInvalid = args.isSet(QStringLiteral("skip-errors"));
    if (args.isSet(QStringLiteral("date-order"))) {
        const QString order = args.value(QStringLiteral("date-order"));
        if (order == QLatin1String("day-first"))
            options.dateOrder = DateOrder::DayFirst;
        else if (order == QLatin1String("month-first"))
            options.dateOrder = DateOrder::MonthFirst;
        else {
            printError(QStringLiteral("--date-order takes day-first or month-first"));
            return kExitUsage;
        }
    }
    auto table = csv::readFile(path);
    if (!table) {
        printError(table.error());
        return kExitFailure;
    }
    options.columns = PatientImport::guessColumns(table->header);
    for (const QString& map : args.values(QStringLiteral("map"))) {
        const qsizetype eq = map.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(QStringLiteral("--map takes COLUMN=FIELD, not \"%1\"\n").arg(map) + kImportUsage);
            return kExitUsage;
        }
        const QString column = map.left(eq).trimmed();
        QString field = map.mid(eq + 1).trimmed();
        if (field == QLatin1String("-"))
            field.clear();
        bool isNumber = false;
        int index = column.toInt(&isNumber) - 1;
        if (!isNumber) {
            index = -1;
            // Named as automatic mapping reads headings: case, accents and punctuation aside.
            for (int i = 0; i < table->header.size(); ++i) {
                if (foldedKey(table->header[i]) == foldedKey(column))
                    index = i;
            }
        }
        if (index < 0 || index >= table->header.size()) {
            printError(QStringLiteral("--map %1: the file has no column \"%2\"; its columns are: %3")
                           .arg(map, column, table->header.join(QStringLiteral(", "))));
            return kExitUsage;
        }
        if (!field.isEmpty() && !PatientImport::fields().contains(field)) {
            printError(QStringLiteral("--map %1: there is no patient field \"%2\"; the fields are: %3")
                           .arg(map, field, PatientImport::fields().join(QStringLiteral(", "))));
            return kExitUsage;
        }
        PatientImport::assign(options.columns, index, field);
    }

    auto station = Station::open(dataDir, SecretStoreKind::Ephemeral);
    if (!station) {
        printError(station.error());
        return kExitFailure;
    }
    PatientImport importer((*station)->services(), Actor::system(QStringLiteral("cli")));
    auto plan = importer.plan(*table, options);
    if (!plan) {
        printError(plan.error());
        return plan.error().code == Error::Code::Invalid ? kExitUsage : kExitFailure;
    }
    QTextStream out(stdout);
    QStringList mapped;
    for (int i = 0; i < plan->columns.size(); ++i)
        mapped << QStringLiteral("%1 -> %2")
                      .arg(plan->header[i],
                           plan->columns[i].isEmpty() ? QStringLiteral("(left out)") : plan->columns[i]);
    out << "Columns: " << mapped.join(QStringLiteral(", ")) << Qt::endl;
    for (const PatientImportRow& row : plan->rows) {
        if (row.verdict == PatientImportRow::Verdict::Duplicate)
            printError(QStringLiteral("line %1: %2").arg(row.line).arg(duplicateText(row)));
        else if (row.verdict == PatientImportRow::Verdict::Invalid)
            for (auto it = row.problems.cbegin(); it != row.problems.cend(); ++it)
                printError(QStringLiteral("line %1: %2: %3")
                               .arg(row.line)
                               .arg(it.key(), it.value().join(QLatin1Char(' '))));
    }
    out << plan->rows.size() << " rows: " << plan->ready << " ready, " << plan->duplicates << " duplicates, "
        << plan->invalid << " with problems." << Qt::endl;
    const bool canImport = plan->canImport(options);
    if (args.isSet(QStringLiteral("dry-run"))) {
        out << (canImport
                    ? QStringLiteral("Dry run: nothing was imported; without --dry-run %1 patients would be.")
                          .arg(plan->ready)
                    : QStringLiteral(
                          "Dry run: nothing was imported, and without --dry-run nothing would be."))
            << Qt::endl;
        return canImport ? 0 : kExitRowProblems;
    }
    if (!canImport) {
        // Only the options not given yet are suggested: leaving out is no help when no row is ready.
        QStringList leaveOut;
        if (plan->duplicates > 0 && !options.skipDuplicates)
            leaveOut << QStringLiteral("--skip-duplicates");
        if (plan->invalid > 0 && !options.skipInvalid)
            leaveOut << QStringLiteral("--skip-errors");
        printError(
            plan->rows.isEmpty() ? QStringLiteral("the file holds no patients; nothing was imported")
            : plan->ready == 0 || leaveOut.isEmpty()
                ? QStringLiteral("no row is ready to import; nothing was imported")
                : QStringLiteral("nothing was imported: correct the rows above, or leave them out with %1")
                      .arg(leaveOut.join(QStringLiteral(" and "))));
        return kExitRowProblems;
    }
    auto done = importer.run(*table, options, QFileInfo(path).fileName());
    if (!done) {
        printError(done.error());
        return done.error().code == Error::Code::Invalid ? kExitRowProblems : kExitFailure;
    }
    out << "Imported " << done->imported << (done->imported == 1 ? " patient" : " patients") << " from "
        << path << " (left out: " << done->skippedDuplicates << " duplicates, " << done->skippedInvalid
        << " rows with problems)." << Qt::endl;
    return 0;
}

const QString kExportUsage = QStringLiteral(
    "usage: chairside [--data-dir DIR] export patients|appointments|materials FILE "
    "[--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
    "  FILE - writes to standard output; --from and --to (appointments) are clinic days, both included.");

// `export patients|appointments|materials FILE`, as the station itself (recorded in the audit log).
int exportCommand(const QCommandLineParser& args, const QStringList& command, const QString& dataDir)
{
    const QStringList kinds{QStringLiteral("patients"), QStringLiteral("appointments"),
                            QStringLiteral("materials")};
    if (command.size() != 3 || !kinds.contains(command[1])) {
        printError(kExportUsage);
        return kExitUsage;
    }
    QDate days[2];
    const QString bounds[2]{QStringLiteral("from"), QStringLiteral("to")};
    for (int i = 0; i < 2; ++i) {
        if (!args.isSet(bounds[i]))
            continue;
        if (command[1] != QLatin1String("appointments")) {
            printError(QStringLiteral("--%1 is for appointments only\n").arg(bounds[i]) + kExportUsage);
            return kExitUsage;
        }
        days[i] = QDate::fromString(args.value(bounds[i]), Qt::ISODate);
        if (!days[i].isValid()) {
            printError(QStringLiteral("--%1 takes a date like 2026-01-31").arg(bounds[i]));
            return kExitUsage;
        }
    }
    auto station = Station::open(dataDir, SecretStoreKind::Ephemeral);
    if (!station) {
        printError(station.error());
        return kExitFailure;
    }
    const QString path = command[2];
    CsvExport exporter((*station)->services(), Actor::system(QStringLiteral("cli")));
    auto file = command[1] == QLatin1String("patients")       ? exporter.patients()
                : command[1] == QLatin1String("appointments") ? exporter.appointments(days[0], days[1])
                                                              : exporter.materials();
    if (!file) {
        printError(file.error());
        return kExitFailure;
    }
    if (Status e = exporter.save(*file, path)) {
        printError(*e);
        return kExitFailure;
    }
    if (path == QLatin1String("-"))
        return 0;
    QTextStream(stdout) << "Exported " << file->rows << " " << command[1] << " to " << path << "."
                        << Qt::endl;
    return 0;
}

int seedDemo(const QCommandLineParser& args, const QString& dataDir)
{
    DemoSize size;
    // A whole number in [low, high] from an option, or the usage error that names it.
    auto readCount = [&args](const QString& option, int& into, int low, int high) {
        if (!args.isSet(option))
            return true;
        bool ok = false;
        const int value = args.value(option).toInt(&ok);
        if (!ok || value < low || value > high) {
            printError(
                QStringLiteral("--%1 takes a whole number from %2 to %3").arg(option).arg(low).arg(high));
            return false;
        }
        into = value;
        return true;
    };
    if (!readCount(QStringLiteral("patients"), size.patients, 0, 10'000'000) ||
        !readCount(QStringLiteral("chairs"), size.chairs, 1, DemoSize::kMaxChairs) ||
        !readCount(QStringLiteral("past-visits"), size.pastVisits, 0, 100'000'000))
        return kExitUsage;
    auto station = Station::open(dataDir, SecretStoreKind::Ephemeral);
    if (!station) {
        printError(station.error());
        return kExitFailure;
    }
    QTextStream out(stdout);
    QString stage;
    const Status seeded = DemoClinic::seed(
        (*station)->services(), size, [&out, &stage](const QString& what, int done, int total) {
            if (!stage.isEmpty() && stage != what)
                out << Qt::endl;
            stage = what;
            out << "\r" << what << ": " << done << " / " << total << Qt::flush;
            return true;
        });
    out << Qt::endl;
    if (seeded) {
        printError(*seeded);
        return kExitFailure;
    }
    const DemoAccounts demo = DemoClinic::accounts();
    out << "Demo clinic ready in " << dataDir << "\n"
        << "  admin:        " << demo.adminEmail << "\n"
        << "  front desk:   " << demo.receptionistEmail << "\n"
        << "  dentist:      " << demo.dentistEmail << "\n"
        << "  password (all): " << demo.password << Qt::endl;
    return 0;
}

// Each main screen of a demo store, signed in as the front desk, drawn to <out>/<view>.png (README pictures).
int takeScreenshots(const QString& dataDir, const QString& outDir)
{
    auto station = Station::open(dataDir, SecretStoreKind::Ephemeral);
    if (!station) {
        printError(station.error());
        return kExitFailure;
    }
    const DemoAccounts demo = DemoClinic::accounts();
    auto deskUser = (*station)->services().accounts.login(demo.receptionistEmail, demo.password, QString());
    if (!deskUser) {
        printError(QStringLiteral("screenshots need a demo store; fill one with `chairside --data-dir %1 "
                                  "seed-demo` first")
                       .arg(dataDir));
        return kExitFailure;
    }
    if (!QDir().mkpath(outDir)) {
        printError(QStringLiteral("cannot create %1").arg(outDir));
        return kExitFailure;
    }
    ui::MainWindow window((*station)->services(), *deskUser);
    window.setServerStatus({true, QStringLiteral("http://127.0.0.1:8000"), {}});
    window.resize(1280, 800);
    window.show();
    QStringList written;
    for (const QString& view : window.viewKeys()) {
        window.showView(view);
        for (int i = 0; i < 5; ++i) // let lazy models fetch their first page
            QCoreApplication::processEvents();
        const QString path = QDir(outDir).filePath(view + QStringLiteral(".png"));
        if (!window.grab().save(path)) {
            printError(QStringLiteral("cannot write %1").arg(path));
            return kExitFailure;
        }
        written << path;
    }
    QTextStream(stdout) << written.join(QLatin1Char('\n')) << Qt::endl;
    return 0;
}

int headless(const QCommandLineParser& args, const QString& dataDir, const HostPort& listen)
{
    StationLock running(dataDir);
    if (Status held = running.acquire()) {
        printError(*held);
        return kExitFailure;
    }
    auto station = Station::open(dataDir, SecretStoreKind::File);
    if (!station) {
        printError(station.error());
        return kExitFailure;
    }
    auto config = stationServerConfig(**station, listen, args.isSet(QStringLiteral("plain-http")));
    if (!config) {
        printError(config.error());
        return kExitFailure;
    }
    const bool tls = config->tls.has_value();
    api::ApiServerHost server((*station)->services(), *config);
    auto port = server.start(listen.address, listen.port);
    if (!port) {
        printError(port.error());
        return kExitFailure;
    }
    auto mail = (*station)->startMailWorker();
    auto analysis = (*station)->startAnalysisWorker();
    auto sync = (*station)->startSyncEngine();
    auto beacon = (*station)->startBeacon(listen.address, *port, tls);
    auto backups = (*station)->startDailyBackup();
    SignalWatcher watcher;
    // The application object, not qApp: with QApplication's header included, qApp casts to QApplication, and
    // a headless station runs a QGuiApplication (undefined behaviour the sanitized build caught).
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, QCoreApplication::instance(),
                     [](int) { QCoreApplication::quit(); });
    QTextStream out(stdout);
    out << "Chairside API listening on " << server.address() << " (data " << dataDir << ")" << Qt::endl;
    if (tls)
        out << "Certificate fingerprint (SHA-256): " << (*station)->services().sync.certificateFingerprint()
            << Qt::endl;
    std::fflush(stdout); // scripts and supervisors wait for this line, even through a pipe
    const int code = QCoreApplication::exec();
    backups.reset();
    beacon.reset();
    sync.reset();
    server.stop();
    mail.reset();
    analysis.reset();
    QTextStream(stdout) << "Chairside stopped." << Qt::endl;
    std::fflush(stdout);
    return code;
}

int desktop(const QString& dataDir, const HostPort& listen, bool plainHttp)
{
    StationLock running(dataDir);
    if (Status held = running.acquire()) {
        printError(*held);
        return kExitFailure;
    }
    auto station = Station::open(dataDir, SecretStoreKind::Keychain);
    if (!station) {
        printError(station.error());
        return kExitFailure;
    }
    auto config = stationServerConfig(**station, listen, plainHttp);
    api::ApiServerHost server((*station)->services(), config ? *config : api::ApiServerConfig{});
    ui::ServerStatus status;
    std::unique_ptr<discovery::StationBeacon> beacon;
    if (!config) {
        status.problem = config.error().message; // the window opens; the API stays off
    } else if (auto port = server.start(listen.address, listen.port)) {
        status.running = true;
        status.address = server.address();
        beacon = (*station)->startBeacon(listen.address, *port, config->tls.has_value());
    } else {
        status.problem = port.error().message;
    }

    auto mail = (*station)->startMailWorker();
    auto analysis = (*station)->startAnalysisWorker();
    auto sync = (*station)->startSyncEngine();
    auto backups = (*station)->startDailyBackup();
    ui::LoginDialog login((*station)->services().accounts);
    if (auto users = (*station)->services().accounts.listUsers(Actor::system()); users && users->isEmpty()) {
        login.setHint(QCoreApplication::translate(
                          "chairside", "This station has no accounts yet. Create one with\n"
                                       "  chairside --data-dir %1 user add --email you@clinic --role admin "
                                       "--password-stdin\nor fill a demo clinic with `chairside seed-demo`.")
                          .arg(dataDir));
    }
    if (login.exec() != QDialog::Accepted || !login.signedIn())
        return 0;
    ui::MainWindow window((*station)->services(), *login.signedIn(), &(*station)->secrets());
    window.setServerStatus(status);
    window.show();
    const int code = QApplication::exec();
    server.stop();
    return code;
}

} // namespace

int run(int argc, char** argv)
{
    // The desktop needs QApplication; every other form (a command word, --headless, --help) runs without a
    // display. Decided before any Qt object exists, so the options' values are skipped by hand.
    static const QList<QByteArray> optionsWithValue{
        "--data-dir",    "--listen", "--email", "--role",       "--name", "--patients", "--chairs",
        "--past-visits", "--out",    "--map",   "--date-order", "--from", "--to"};
    bool needsGui = true;
    bool screenshots = false;
    bool headlessOption = false;
    bool commandWord = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (optionsWithValue.contains(a)) {
            ++i;
        } else if (a == "screenshots") {
            screenshots = true;
        } else if (a == "--headless" || a == "--help" || a == "-h" || a == "--version" || a == "-v" ||
                   !a.startsWith('-')) {
            needsGui = false;
            headlessOption = headlessOption || a == "--headless";
            commandWord = commandWord || !a.startsWith('-');
        }
    }
    // The headless station draws invoices and prescriptions as PDFs, which needs the fonts only a
    // QGuiApplication provides; the offscreen platform provides them without a display.
    const bool headlessStation = headlessOption && !commandWord && !screenshots;
    if (headlessStation && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Screenshots draw the real widgets, with or without a display (offscreen).
    if (screenshots && needsGui && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (needsGui && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        printError(QStringLiteral(
            "no display to open the desktop window on; run `chairside --headless` to serve the "
            "API without one"));
        return kExitUsage;
    }
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QApplication>(argc, argv);
    else if (headlessStation)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    if (needsGui) {
        ui::installTranslations(QLocale());
        // The installed desktop entry and icon (installer/Packaging.cmake): the window's icon, and on Wayland
        // the entry the compositor matches the window to.
        QGuiApplication::setDesktopFileName(QStringLiteral("org.chairside.Chairside"));
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.chairside.Chairside")));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Chairside"));
    QCoreApplication::setApplicationName(QStringLiteral("chairside"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "Chairside dental clinic station.\n\nCommands:\n"
        "  (none)        open the desktop window\n"
        "  user add      create an account (password on stdin)\n"
        "  secret set KEY | secret clear KEY\n"
        "                store or remove smtp_password, gemini_api_key or sms_auth_token (stdin;\n"
        "                add --headless for the store a headless station reads)\n"
        "  fingerprint   print this station's certificate fingerprint (SHA-256), which other\n"
        "                stations pin when they pair (add --headless for a headless station's)\n"
        "  backup FILE   write a backup of the store and its image files (while the station runs)\n"
        "  restore FILE  replace the store with a backup's (stop the station first)\n"
        "  import patients FILE\n"
        "                add the patients of a CSV file, all or none (see --map, --dry-run)\n"
        "  export patients|appointments|materials FILE\n"
        "                write them to a CSV file for spreadsheets (- for standard output)\n"
        "  seed-demo     fill the store with a demo clinic\n"
        "  screenshots   draw each main screen of a demo store to PNG"));
    args.addHelpOption();
    args.addVersionOption();
    args.addOptions({
        {QStringLiteral("data-dir"),
         QStringLiteral("Station data folder (default: %1).").arg(Station::defaultDataDir()),
         QStringLiteral("DIR")},
        {QStringLiteral("headless"),
         QStringLiteral("Serve the API without a window until SIGINT/SIGTERM. With `secret`: use the "
                        "headless station's secret store.")},
        {QStringLiteral("listen"),
         QStringLiteral("API address (default 127.0.0.1:8000). On any address but loopback the API "
                        "speaks HTTPS with the station's own certificate (see `fingerprint`)."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8000")},
        {QStringLiteral("plain-http"),
         QStringLiteral("Serve plain HTTP on a LAN address too (unencrypted; also CHAIRSIDE_PLAIN_HTTP=1).")},
        {QStringLiteral("email"), QStringLiteral("user add: the account's email."), QStringLiteral("E")},
        {QStringLiteral("role"), QStringLiteral("user add: admin, dentist, receptionist or patient."),
         QStringLiteral("ROLE")},
        {QStringLiteral("name"), QStringLiteral("user add: the person's name."), QStringLiteral("N")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("user add: read the password from the first line of stdin.")},
        {QStringLiteral("patients"), QStringLiteral("seed-demo: how many patients (default 200)."),
         QStringLiteral("N")},
        {QStringLiteral("chairs"),
         QStringLiteral("seed-demo: chairs, one dentist each (1 to 10, default 3; first run only)."),
         QStringLiteral("C")},
        {QStringLiteral("past-visits"),
         QStringLiteral("seed-demo: completed visits before the month around today (default 0)."),
         QStringLiteral("V")},
        {QStringLiteral("out"), QStringLiteral("screenshots: the folder for the PNG files (default: .)."),
         QStringLiteral("DIR")},
        {QStringLiteral("map"),
         QStringLiteral(
             "import: send a column (its header or number) to a patient field; FIELD empty or - leaves "
             "it out. Repeat for more columns."),
         QStringLiteral("COLUMN=FIELD")},
        {QStringLiteral("date-order"),
         QStringLiteral("import: read dates like 03/04/1980 as day-first or month-first."),
         QStringLiteral("ORDER")},
        {QStringLiteral("dry-run"),
         QStringLiteral("import: check the file and say what would happen; write nothing.")},
        {QStringLiteral("skip-duplicates"),
         QStringLiteral(
             "import: leave out rows that are patients already (same phone, email, insurance number, or "
             "name and birth date), instead of importing nothing.")},
        {QStringLiteral("skip-errors"),
         QStringLiteral("import: leave out rows with problems, instead of importing nothing.")},
        {QStringLiteral("from"), QStringLiteral("export appointments: the first day (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), QStringLiteral("export appointments: the last day (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
    });
    args.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("user add | secret set|clear KEY | fingerprint | backup FILE | restore FILE | "
                       "import patients FILE | export patients|appointments|materials FILE | seed-demo | "
                       "screenshots"),
        QStringLiteral("[command]"));
    if (!args.parse(QCoreApplication::arguments())) {
        printError(args.errorText());
        return kExitUsage;
    }
    if (args.isSet(QStringLiteral("help")))
        args.showHelp(0);
    if (args.isSet(QStringLiteral("version")))
        args.showVersion();

    const QString dataDir =
        QDir(args.isSet(QStringLiteral("data-dir")) ? args.value(QStringLiteral("data-dir"))
                                                    : Station::defaultDataDir())
            .absolutePath();
    const auto listen = parseHostPort(args.value(QStringLiteral("listen")));
    if (!listen) {
        printError(QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8000 or [::1]:8000"));
        return kExitUsage;
    }

    const QStringList command = args.positionalArguments();
    if (command == QStringList{QStringLiteral("user"), QStringLiteral("add")})
        return userAdd(args, dataDir);
    if (!command.isEmpty() && command.first() == QLatin1String("secret"))
        return secretCommand(args, command, dataDir);
    if (command == QStringList{QStringLiteral("fingerprint")})
        return fingerprintCommand(args, dataDir);
    if (!command.isEmpty() && command.first() == QLatin1String("backup"))
        return backupCommand(command, dataDir);
    if (!command.isEmpty() && command.first() == QLatin1String("restore"))
        return restoreCommand(command, dataDir);
    if (!command.isEmpty() && command.first() == QLatin1String("import"))
        return importCommand(args, command, dataDir);
    if (!command.isEmpty() && command.first() == QLatin1String("export"))
        return exportCommand(args, command, dataDir);
    if (command == QStringList{QStringLiteral("seed-demo")})
        return seedDemo(args, dataDir);
    if (command == QStringList{QStringLiteral("screenshots")})
        return takeScreenshots(dataDir, args.isSet(QStringLiteral("out")) ? args.value(QStringLiteral("out"))
                                                                          : QStringLiteral("."));
    if (!command.isEmpty()) {
        printError(QStringLiteral("unknown command \"%1\"; see chairside --help")
                       .arg(command.join(QLatin1Char(' '))));
        return kExitUsage;
    }
    if (args.isSet(QStringLiteral("headless")))
        return headless(args, dataDir, *listen);
    return desktop(dataDir, *listen, args.isSet(QStringLiteral("plain-http")));
}

} // namespace chairside::app

#include "Csv.h"
#include "TestStation.h"
#include "services/CsvExport.h"
#include "services/PatientImport.h"
#include "store/Query.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

csv::Table table(const QByteArray& text)
{
    auto t = csv::read(text);
    if (!t)
        qFatal("test file does not parse: %s", qPrintable(t.error().message));
    return *t;
}

int patientCount(TestStation& s)
{
    return sql::scalar(s.db->connection(),
                       QStringLiteral("SELECT count(*) FROM patients WHERE deleted_at IS NULL"))
        ->toInt();
}

QVariantMap patientNamed(TestStation& s, const Actor& actor, const QString& name)
{
    PatientQuery query;
    query.search = name;
    auto rows = s.services->patients.list(actor, query);
    return rows && rows->size() == 1 ? rows->first() : QVariantMap();
}

} // namespace

// Patients from CSV files and patient lists, appointments and materials out to them: the mapping of headers
// in three languages, dates, duplicates among the clinic's patients and within the file, all or nothing on
// a real store file, who may, and that an exported list imports again.
class TestPatientImport : public QObject
{
    Q_OBJECT
private slots:
    void headersInThreeLanguagesFindTheirFields()
    {
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("Nachname"), QStringLiteral("last_name")},
            {QStringLiteral("Vorname"), QStringLiteral("first_name")},
            {QStringLiteral("Geburtsdatum"), QStringLiteral("date_of_birth")},
            {QStringLiteral("E-Mail"), QStringLiteral("email")},
            {QStringLiteral("Date de naissance"), QStringLiteral("date_of_birth")},
            {QStringLiteral("Prénom"), QStringLiteral("first_name")},
            {QStringLiteral("Nom"), QStringLiteral("last_name")},
            {QStringLiteral("Téléphone"), QStringLiteral("phone")},
            {QStringLiteral("  Date of Birth "), QStringLiteral("date_of_birth")},
            {QStringLiteral("Surname"), QStringLiteral("last_name")},
            {QStringLiteral("insurance_number"), QStringLiteral("insurance_number")},
            {QStringLiteral("Krankenkasse"), QStringLiteral("insurance_provider")},
            {QStringLiteral("Geschlecht"), QStringLiteral("gender")},
            {QStringLiteral("Patient ID"), QString()},
            {QStringLiteral("created_at"), QString()},
        };
        for (const auto& [header, field] : expected)
            QVERIFY2(PatientImport::guessField(header) == field, qPrintable(header));
    }

    void datesInIsoDottedAndSlashForms()
    {
        const auto automatic = DateOrder::Automatic;
        QCOMPARE(PatientImport::parseDate(QStringLiteral("1980-04-23"), automatic),
                 QStringLiteral("1980-04-23"));
        QCOMPARE(PatientImport::parseDate(QStringLiteral("1980-04-23 00:00:00"), automatic),
                 QStringLiteral("1980-04-23"));
        QCOMPARE(PatientImport::parseDate(QStringLiteral("3.4.1980"), automatic),
                 QStringLiteral("1980-04-03"));
        QCOMPARE(PatientImport::parseDate(QStringLiteral("23/04/1980"), automatic),
                 QStringLiteral("1980-04-23"));
        QCOMPARE(PatientImport::parseDate(QStringLiteral("04/23/1980"), automatic),
                 QStringLiteral("1980-04-23"));
        QCOMPARE(PatientImport::parseDate(QStringLiteral("05/05/1980"), automatic),
                 QStringLiteral("1980-05-05"));
        // Day and month both 12 or less: only an order says which.
        QCOMPARE(PatientImport::parseDate(QStringLiteral("03/04/1980"), automatic), std::nullopt);
        QCOMPARE(PatientImport::parseDate(QStringLiteral("03/04/1980"), DateOrder::DayFirst),
                 QStringLiteral("1980-04-03"));
        QCOMPARE(PatientImport::parseDate(QStringLiteral("03/04/1980"), DateOrder::MonthFirst),
                 QStringLiteral("1980-03-04"));
        for (const QString& bad : {QStringLiteral("31.02.1980"), QStringLiteral("yesterday"),
                                   QStringLiteral("1980-13-01"), QStringLiteral("3/4/80")})
            QVERIFY2(!PatientImport::parseDate(bad, automatic), qPrintable(bad));
    }

    void theFileDecidesTheOrderOfItsSlashDates()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        PatientImport import(*s.services, desk);
        // 25/12 can only be day first, so 03/04 in the same column is the 3rd of April.
        auto plan = import.plan(table("name,dob\nA One,25/12/1980\nB Two,03/04/1981\n"), {});
        QVERIFY(plan.ok());
        QCOMPARE(plan->ready, 2);
        QCOMPARE(plan->rows[1].fields.value(QStringLiteral("date_of_birth")).toString(),
                 QStringLiteral("1981-04-03"));
        // Nothing decides: the unclear date is the row's problem until an order is chosen.
        auto unclear = import.plan(table("name,dob\nA One,05/05/1980\nB Two,03/04/1981\n"), {});
        QCOMPARE(unclear->ready, 1);
        QCOMPARE(unclear->invalid, 1);
        QVERIFY(unclear->rows[1]
                    .problems.value(QStringLiteral("date_of_birth"))
                    .first()
                    .contains(QStringLiteral("choose the date order")));
        PatientImportOptions monthFirst;
        monthFirst.dateOrder = DateOrder::MonthFirst;
        auto chosen = import.plan(table("name,dob\nA One,05/05/1980\nB Two,03/04/1981\n"), monthFirst);
        QCOMPARE(chosen->ready, 2);
        QCOMPARE(chosen->rows[1].fields.value(QStringLiteral("date_of_birth")).toString(),
                 QStringLiteral("1981-03-04"));
    }

    void mappingByHeaderAndByHand()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        PatientImport import(*s.services, desk);
        const csv::Table file = table("Nachname;Vorname;Geburtsdatum;Telefon;Handy;Kundennr\n"
                                      "Müller;Jörg;03.04.1980;030 1234;0170 1;K-7\n");
        auto guessed = import.plan(file, {});
        QVERIFY(guessed.ok());
        // The second phone column is left out (the first one has the field); the customer number is unknown.
        QCOMPARE(guessed->columns,
                 (QStringList{"last_name", "first_name", "date_of_birth", "phone", "", ""}));
        QCOMPARE(guessed->rows[0].verdict, PatientImportRow::Verdict::Ready);

        PatientImportOptions byHand;
        byHand.columns = {"last_name", "first_name", "date_of_birth", "", "phone", "insurance_number"};
        auto mapped = import.plan(file, byHand);
        QVERIFY(mapped.ok());
        QCOMPARE(mapped->rows[0].fields.value(QStringLiteral("phone")).toString(), QStringLiteral("0170 1"));
        QCOMPARE(mapped->rows[0].fields.value(QStringLiteral("insurance_number")).toString(),
                 QStringLiteral("K-7"));

        byHand.columns = {"last_name", "first_name", "date_of_birth", "phone", "phone"};
        QVERIFY(import.plan(file, byHand).error().message.contains(QStringLiteral("both go to phone")));
        byHand.columns = {"surname_typo"};
        QVERIFY(import.plan(file, byHand).error().message.contains(QStringLiteral("no patient field")));
        byHand.columns = {"", "", "date_of_birth"};
        QVERIFY(import.plan(file, byHand)
                    .error()
                    .message.contains(QStringLiteral("No column holds the patient's name")));
    }

    void rowsAreCheckedByThePatientRules()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        PatientImport import(*s.services, desk);
        auto plan = import.plan(table("first_name,last_name,email,gender,date_of_birth\n"
                                      "Ann,Ok,ann@x.org,weiblich,1990-01-02\n"
                                      "Bad,Mail,not-an-email,robot,2999-01-01\n"
                                      ",,nobody@x.org,,\n"
                                      "Extra,Cells,e@x.org,,,surprise\n"
                                      ",,,,\n"
                                      "Only,,,homme,\n"),
                                {});
        QVERIFY(plan.ok());
        QCOMPARE(plan->ready, 2);
        QCOMPARE(plan->invalid, 3);
        QCOMPARE(plan->rows[0].fields.value(QStringLiteral("gender")).toString(), QStringLiteral("Female"));
        const auto& bad = plan->rows[1].problems;
        QVERIFY(bad.contains(QStringLiteral("email")));
        QVERIFY(bad.contains(QStringLiteral("gender")));
        QVERIFY(bad.contains(QStringLiteral("date_of_birth")));
        QVERIFY(plan->rows[2].problems.contains(QStringLiteral("name")));
        QVERIFY(plan->rows[3].problems.contains(QStringLiteral("row")));
        QCOMPARE(plan->rows[4].verdict, PatientImportRow::Verdict::Ready);
        QCOMPARE(plan->rows[4].line, 7); // the empty row before it is no row of the list
        QVERIFY(!plan->canImport({}));
    }

    void duplicatesAmongTheClinicsPatientsAndWithinTheFile()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto anna = s.services->patients.create(
            desk, {{QStringLiteral("name"), QStringLiteral("Anna Meier")},
                   {QStringLiteral("date_of_birth"), QStringLiteral("1980-02-01")},
                   {QStringLiteral("phone"), QStringLiteral("+49 30 111")},
                   {QStringLiteral("email"), QStringLiteral("anna@x.org")}});
        QVERIFY(anna.ok());
        auto juergen = s.services->patients.create(
            desk, {{QStringLiteral("name"), QStringLiteral("Jürgen Müller")},
                   {QStringLiteral("date_of_birth"), QStringLiteral("1975-03-04")}});
        QVERIFY(juergen.ok());
        PatientImport import(*s.services, desk);
        auto plan = import.plan(table("name,date_of_birth,phone,email\n"
                                      "ANNA MEIER,01.02.1980,,\n"    // same name and birth date
                                      "Someone Else,,+49 30 111,\n"  // same phone
                                      "Third Person,,,Anna@X.org\n"  // same email, other case
                                      "Anna Meier,1981-02-01,,\n"    // another Anna Meier
                                      "New One,,+49 40 2,\n"         // ready
                                      "New Two,,+49 40 2,\n"         // the row above's phone
                                      "new one,1970-01-01,,\n"       // only the name: not the same
                                      "JÜRGEN MÜLLER,1975-03-04,,\n" // capitals beyond ASCII
                                      "Zoë Brontë,1990-01-01,,\n"    // ready
                                      "zoe bronte,1990-01-01,,\n"),  // the row above without accents
                                {});
        QVERIFY(plan.ok());
        QCOMPARE(plan->duplicates, 6);
        QCOMPARE(plan->ready, 4);
        const QString annaId = anna->value(QStringLiteral("id")).toString();
        QCOMPARE(plan->rows[0].duplicateOf.id, annaId);
        QCOMPARE(plan->rows[0].duplicateOf.reason, QStringLiteral("name and date_of_birth"));
        QCOMPARE(plan->rows[1].duplicateOf.reason, QStringLiteral("phone"));
        QCOMPARE(plan->rows[2].duplicateOf.reason, QStringLiteral("email"));
        QCOMPARE(plan->rows[3].verdict, PatientImportRow::Verdict::Ready);
        QCOMPARE(plan->rows[5].verdict, PatientImportRow::Verdict::Duplicate);
        QCOMPARE(plan->rows[5].duplicateLine, 6);
        QVERIFY(plan->rows[5].duplicateOf.id.isEmpty());
        QCOMPARE(plan->rows[5].duplicateOf.name, QStringLiteral("New One"));
        QCOMPARE(plan->rows[6].verdict, PatientImportRow::Verdict::Ready);
        QCOMPARE(plan->rows[7].duplicateOf.id, juergen->value(QStringLiteral("id")).toString());
        QCOMPARE(plan->rows[7].duplicateOf.reason, QStringLiteral("name and date_of_birth"));
        QCOMPARE(plan->rows[8].verdict, PatientImportRow::Verdict::Ready);
        QCOMPARE(plan->rows[9].duplicateLine, 10);
        QVERIFY(!plan->canImport({}));
        PatientImportOptions skip;
        skip.skipDuplicates = true;
        QVERIFY(plan->canImport(skip));
    }

    void anyProblemWritesNothingOnTheStoreFile()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        createPatient(s, desk, QStringLiteral("Existing Patient"));
        const int changesBefore = s.changeCount();
        const csv::Table file = table("name,phone,email\n"
                                      "Good One,+1 555 0001,\n"
                                      "Good Two,+1 555 0002,\n"
                                      "Bad Three,,broken-address\n"
                                      "Good Four,+1 555 0001,\n");
        PatientImport import(*s.services, desk);
        auto refused = import.run(file, {}, QStringLiteral("list.csv"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("Nothing was imported")),
                 qPrintable(refused.error().message));
        s.reopen(); // what is on disk, not what a connection might still hold
        QCOMPARE(patientCount(s), 1);
        QCOMPARE(s.changeCount(), changesBefore);

        // Stopped after the first row: still nothing, though that row had been written in the transaction.
        PatientImportOptions lenient;
        lenient.skipDuplicates = true;
        lenient.skipInvalid = true;
        PatientImport again(*s.services, desk);
        auto stopped = again.run(file, lenient, {}, [](int done, int) { return done < 1; });
        QCOMPARE(stopped.error().code, Error::Code::Unavailable);
        s.reopen();
        QCOMPARE(patientCount(s), 1);
        QCOMPARE(s.changeCount(), changesBefore);

        // Skipping the duplicate and the bad row imports the two good ones, each an ordinary creation: in
        // the change log for sync, in the audit log, findable by the search.
        PatientImport third(*s.services, desk);
        int reported = 0;
        auto done = third.run(file, lenient, QStringLiteral("list.csv"), [&](int n, int total) {
            reported = n;
            return total == 2;
        });
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QCOMPARE(done->imported, 2);
        QCOMPARE(done->skippedDuplicates, 1);
        QCOMPARE(done->skippedInvalid, 1);
        QCOMPARE(reported, 2);
        s.reopen();
        QCOMPARE(patientCount(s), 3);
        QCOMPARE(sql::scalar(
                     s.db->connection(),
                     QStringLiteral(
                         "SELECT count(*) FROM change_log WHERE table_name = 'patients' AND op = 'insert'"))
                     ->toInt(),
                 3);
        QCOMPARE(sql::scalar(
                     s.db->connection(),
                     QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE action = 'patients.insert' AND actor_id = ?"),
                     {desk.userId})
                     ->toInt(),
                 3);
        auto event = sql::selectOne(
            s.db->connection(),
            QStringLiteral("SELECT detail, kind FROM audit_log WHERE action = 'patients.import'"));
        QVERIFY(event && event->has_value());
        QVERIFY((**event).value(QStringLiteral("detail")).toString().contains(QStringLiteral("list.csv")));
        QCOMPARE(
            patientNamed(s, desk, QStringLiteral("+1 555 0002")).value(QStringLiteral("name")).toString(),
            QStringLiteral("Good Two"));
        QCOMPARE(
            patientNamed(s, desk, QStringLiteral("Good Two")).value(QStringLiteral("owner_id")).toString(),
            desk.userId);
    }

    // Another process holding the store: the import says so before writing anything (without the batch
    // open, each patient would be written on its own).
    void aBusyStoreImportsNothing()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        QVERIFY(QSqlQuery(s.db->connection()).exec(QStringLiteral("PRAGMA busy_timeout=100")));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(s.dbPath());
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
        PatientImport import(*s.services, desk);
        auto refused = import.run(table("name\nBusy One\nBusy Two\n"), {}, QStringLiteral("list.csv"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("busy")),
                 qPrintable(refused.error().message));
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(patientCount(s), 0);
    }

    void aFileWithNoPatientsImportsNothing()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        PatientImport import(*s.services, desk);
        auto none = import.run(table("name,phone\n"), {});
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QStringLiteral("no patients")));
    }

    void onlyTheFrontDeskAndTheAdministratorMoveListsInAndOut()
    {
        TestStation s;
        const Actor dentist = s.addUser(QStringLiteral("dr@x.org"), Role::Dentist);
        const Actor patient = s.addUser(QStringLiteral("p@x.org"), Role::Patient);
        const Actor admin = s.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        const csv::Table file = table("name\nSomebody New\n");
        for (const Actor& refused : {dentist, patient}) {
            PatientImport import(*s.services, refused);
            QCOMPARE(import.plan(file, {}).error().code, Error::Code::Forbidden);
            QCOMPARE(import.run(file, {}).error().code, Error::Code::Forbidden);
            CsvExport out(*s.services, refused);
            QCOMPARE(out.patients().error().code, Error::Code::Forbidden);
            QCOMPARE(out.appointments({}, {}).error().code, Error::Code::Forbidden);
        }
        QCOMPARE(patientCount(s), 0);
        PatientImport byAdmin(*s.services, admin);
        QVERIFY(byAdmin.run(file, {}).ok());
        QCOMPARE(patientCount(s), 1);
        // Materials are stock, not patient data: the dentist who uses them may list them.
        QVERIFY(CsvExport(*s.services, dentist).materials().ok());
        QCOMPARE(CsvExport(*s.services, patient).materials().error().code, Error::Code::Forbidden);
    }

    void anExportedListImportsAgainAsTheSamePatients()
    {
        TestStation from;
        const Actor desk = from.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        QVERIFY(from.services->patients
                    .create(desk,
                            {{QStringLiteral("first_name"), QStringLiteral("Ødegård")},
                             {QStringLiteral("last_name"), QStringLiteral("=HYPERLINK(\"x\")")},
                             {QStringLiteral("date_of_birth"), QStringLiteral("1975-06-30")},
                             {QStringLiteral("gender"), QStringLiteral("F")},
                             {QStringLiteral("phone"), QStringLiteral("+47 22 33 44")},
                             {QStringLiteral("allergies"), QStringLiteral("Penicillin;\nLatex, \"severe\"")},
                             {QStringLiteral("sms_opt_out"), true},
                             {QStringLiteral("insurance_number"), QStringLiteral("-77")}})
                    .ok());
        QVERIFY(from.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Plain Name")}})
                    .ok());
        CsvExport out(*from.services, desk);
        auto file = out.patients();
        QVERIFY(file.ok());
        QCOMPARE(file->rows, 2);
        QVERIFY(file->bytes.startsWith("\xEF\xBB\xBF"));
        // The formula is guarded in the file: a spreadsheet shows it as text.
        QVERIFY(file->bytes.contains("'=HYPERLINK"));
        // Saved whole or not at all, and recorded as exported only once saved.
        const auto exports = [&from] {
            return sql::scalar(
                       from.db->connection(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patients.export'"))
                ->toInt();
        };
        QTemporaryDir folder;
        QVERIFY(out.save(*file, folder.filePath(QStringLiteral("no/such/folder/patients.csv"))).has_value());
        QCOMPARE(exports(), 0);
        const QString saved = folder.filePath(QStringLiteral("patients.csv"));
        QVERIFY(!out.save(*file, saved));
        QCOMPARE(exports(), 1);
        QFile written(saved);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), file->bytes);
        auto exported =
            sql::selectOne(from.db->connection(),
                           QStringLiteral("SELECT detail FROM audit_log WHERE action = 'patients.export'"));
        QVERIFY(exported && exported->has_value());
        QVERIFY(
            (**exported).value(QStringLiteral("detail")).toString().contains(QStringLiteral("\"rows\":2")));
        QVERIFY((**exported).value(QStringLiteral("detail")).toString().contains(saved));

        TestStation to;
        const Actor admin = to.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        PatientImport import(*to.services, admin);
        auto imported = import.run(table(file->bytes), {});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported->imported, 2);
        const QVariantMap original = patientNamed(from, desk, QStringLiteral("Ødegård"));
        const QVariantMap copy = patientNamed(to, admin, QStringLiteral("Ødegård"));
        for (const QString& field : PatientImport::fields())
            QVERIFY2(original.value(field).toString() == copy.value(field).toString(), qPrintable(field));
        QVERIFY(copy.value(QStringLiteral("id")) != original.value(QStringLiteral("id")));
        // Imported twice, Ødegård is a duplicate (phone, insurance number); a name alone does not make the
        // same person, so Plain Name would be imported again.
        PatientImport twice(*to.services, admin);
        auto plan = twice.plan(table(file->bytes), {});
        QCOMPARE(plan->duplicates, 1);
        for (const PatientImportRow& row : plan->rows) {
            if (row.verdict == PatientImportRow::Verdict::Duplicate) {
                QCOMPARE(row.duplicateOf.id, copy.value(QStringLiteral("id")).toString());
                QCOMPARE(row.duplicateOf.reason, QStringLiteral("insurance_number"));
            }
        }
        QCOMPARE(plan->ready, 1);
    }

    void appointmentsOfADateRangeAndMaterials()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString patient = createPatient(s, desk, QStringLiteral("Booked Patient"));
        auto doctor =
            s.services->doctors.create(desk, {{QStringLiteral("name"), QStringLiteral("Dr Weiss")}});
        const Actor admin = s.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        QVERIFY(s.services->schedule.setSetting(admin, QStringLiteral("time_zone"),
                                                QStringLiteral("Europe/Berlin")) == std::nullopt);
        for (const QString& start :
             {QStringLiteral("2026-11-23T09:00:00Z"), QStringLiteral("2026-11-24T09:00:00Z"),
              QStringLiteral("2026-11-26T09:00:00Z")}) {
            BookingRequest r;
            r.patientId = patient;
            r.dentistId = doctor->value(QStringLiteral("id")).toString();
            r.start = QDateTime::fromString(start, Qt::ISODate);
            r.reason = QStringLiteral("Check-up, \"yearly\"");
            auto booked = s.services->appointments.book(desk, r);
            QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().message));
        }
        CsvExport out(*s.services, desk);
        auto file = out.appointments(QDate(2026, 11, 23), QDate(2026, 11, 24));
        QVERIFY(file.ok());
        QCOMPARE(file->rows, 2);
        auto back = csv::read(file->bytes);
        QCOMPARE(back->header.mid(0, 5), (QStringList{"id", "start", "end", "duration_minutes", "status"}));
        // Clinic time (Berlin, UTC+1 in November) and the UTC instant.
        QCOMPARE(back->rows[0][1], QStringLiteral("2026-11-23 10:00"));
        QCOMPARE(back->rows[0][back->header.indexOf(QStringLiteral("patient_name"))],
                 QStringLiteral("Booked Patient"));
        QCOMPARE(back->rows[1][back->header.indexOf(QStringLiteral("reason"))],
                 QStringLiteral("Check-up, \"yearly\""));
        QCOMPARE(back->rows[1][back->header.indexOf(QStringLiteral("start_at"))].left(19),
                 QStringLiteral("2026-11-24T09:00:00"));
        QCOMPARE(out.appointments({}, {})->rows, 3);

        auto material =
            s.services->materials.create(desk, {{QStringLiteral("name"), QStringLiteral("Gloves")},
                                                {QStringLiteral("unit"), QStringLiteral("box")},
                                                {QStringLiteral("quantity"), 3},
                                                {QStringLiteral("price"), QStringLiteral("4.50")},
                                                {QStringLiteral("reorder_level"), 5}});
        QVERIFY(material.ok());
        auto materials = out.materials();
        QCOMPARE(materials->rows, 1);
        auto stock = csv::read(materials->bytes);
        QCOMPARE(stock->rows[0][stock->header.indexOf(QStringLiteral("quantity"))], QStringLiteral("3"));
        QCOMPARE(stock->rows[0][stock->header.indexOf(QStringLiteral("needs_reorder"))], QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestPatientImport)
#include "tst_patient_import.moc"

#pragma once

#include "Csv.h"
#include "Error.h"
#include "domain/Role.h"
#include "services/PatientService.h"

#include <QMap>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace chairside {

struct Services;

// How slash dates (03/04/1980) are read. Dotted dates (03.04.1980) are always day first, ISO dates are
// ISO. Automatic: the file's own dates decide (a first number above 12 means day first, a second one
// above 12 month first); when none decides, each date whose day and month differ is a problem of its row,
// to be settled by choosing an order.
enum class DateOrder
{
    Automatic,
    DayFirst,
    MonthFirst,
};

struct PatientImportOptions
{
    // The patient field each column goes to, by column; "" leaves the column out. Columns beyond the list
    // (or all of them, when it is empty) take the field their header names (PatientImport::guessField).
    QStringList columns;
    DateOrder dateOrder = DateOrder::Automatic;
    // Without these, one duplicate or one row with a problem stops the whole import (nothing is written).
    bool skipDuplicates = false;
    bool skipInvalid = false;
};

// What the import makes of one row of the file.
struct PatientImportRow
{
    enum class Verdict
    {
        Ready,     // would be imported
        Duplicate, // the same person as a patient at the clinic or as an earlier row of the file
        Invalid,   // a field breaks a rule (problems say which)
    };

    int line = 0; // where the row begins in the file (the header is line 1)
    QStringList cells;
    QVariantMap fields; // as the patient service would take them (field name -> text)
    Verdict verdict = Verdict::Ready;
    // Field name -> messages, the patient service's own wording plus the import's (dates, extra cells).
    QMap<QString, QStringList> problems;
    // For a duplicate: the person it is the same as and what they share; a patient at the clinic (its id
    // set), or an earlier row of the file (duplicateLine set, no id).
    PatientMatch duplicateOf;
    int duplicateLine = 0;
};

struct PatientImportPlan
{
    QStringList header;
    QStringList columns; // the field of each column, "" when left out
    QList<PatientImportRow> rows;
    int ready = 0;
    int duplicates = 0;
    int invalid = 0;

    // Whether the options let the import go ahead: every row is ready, or the rows that are not are to be
    // skipped; and there is at least one row to import.
    bool canImport(const PatientImportOptions& options) const;
};

struct PatientImportOutcome
{
    int imported = 0;
    int skippedDuplicates = 0;
    int skippedInvalid = 0;
};

// Patients from a CSV file (a list moved over from another program, or a spreadsheet): columns mapped to
// patient fields by their headers (English, German and French words) or by hand, dates in the usual
// European and ISO forms, every row checked by the patient service's own rules, duplicates found among
// the clinic's patients and within the file. All or nothing: the rows are written in one unit of work,
// through PatientService::create, so the change log (sync), the audit log and the search indexes see
// ordinary creations; a row that fails, or a stop, leaves the store as it was.
//
// Moving whole patient lists in or out is for those with Permission::TransferPatients (the front desk and
// the administrator): it needs seeing every patient, and a file of them leaves the station's control.
class PatientImport
{
public:
    using Progress = std::function<bool(int done, int total)>;

    PatientImport(Services& services, Actor actor);

    // The fields a column may go to.
    static QStringList fields();
    // The field a header names, or "" ("Nachname" -> last_name, "Date de naissance" -> date_of_birth).
    static QString guessField(const QString& header);
    // The field of each column as the headers name them; of two columns naming one field, the first gets it.
    static QStringList guessColumns(const QStringList& header);
    // Sends `column` to `field` ("" leaves it out) in a mapping like guessColumns', taking the field from
    // any other column that had it: what choosing a field for a column by hand means.
    static void assign(QStringList& columns, int column, const QString& field);
    // A date as written in a file, as ISO yyyy-MM-dd; nothing when it is no date this import reads.
    // `order` decides slash dates; Automatic reads them only when day and month are the same number.
    static std::optional<QString> parseDate(const QString& text, DateOrder order);

    // Checks the whole table and says what importing it would do; writes nothing. Fails when the actor may
    // not import, or when the mapping is unusable (a field twice, an unknown field, no name column).
    Result<PatientImportPlan> plan(const csv::Table& table, const PatientImportOptions& options);
    // Checks again and imports, all of it or nothing. `progress` (may be null) hears of each row written
    // and stops the import, writing nothing, when it answers false. `source` (the file's name) goes into
    // the audit log's entry for the import.
    Result<PatientImportOutcome> run(const csv::Table& table, const PatientImportOptions& options,
                                     const QString& source = {}, const Progress& progress = {});

private:
    Result<QStringList> mapColumns(const QStringList& header, const QStringList& chosen) const;
    DateOrder dateOrderOf(const csv::Table& table, int dateColumn, DateOrder asked) const;

    Services& m_services;
    Actor m_actor;
};

} // namespace chairside

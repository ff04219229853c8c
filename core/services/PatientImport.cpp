#include "PatientImport.h"

#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/Services.h"
#include "store/UnitOfWork.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace chairside {

namespace {

const QString kName = QStringLiteral("name");
const QString kFirstName = QStringLiteral("first_name");
const QString kLastName = QStringLiteral("last_name");
const QString kBirthDate = QStringLiteral("date_of_birth");
const QString kGender = QStringLiteral("gender");
// Problems of the row as a whole (cells beyond the header), not of one field.
const QString kRowProblem = QStringLiteral("row");

// Header words of other programs and of clinics' own spreadsheets, in English, German and French, as
// foldedKey gives them. The fields' own names (our export's header) are found without this table.
const QHash<QString, QString>& headerWords()
{
    static const QHash<QString, QString> words = [] {
        const QList<std::pair<QString, QStringList>> byField{
            {kName,
             {QStringLiteral("full name"), QStringLiteral("patient"), QStringLiteral("patient name"),
              QStringLiteral("patientenname"), QStringLiteral("nom complet"),
              QStringLiteral("nom du patient")}},
            {kFirstName,
             {QStringLiteral("first name"), QStringLiteral("firstname"), QStringLiteral("given name"),
              QStringLiteral("forename"), QStringLiteral("vorname"), QStringLiteral("prenom")}},
            {kLastName,
             {QStringLiteral("last name"), QStringLiteral("lastname"), QStringLiteral("surname"),
              QStringLiteral("family name"), QStringLiteral("nachname"), QStringLiteral("familienname"),
              QStringLiteral("zuname"), QStringLiteral("nom"), QStringLiteral("nom de famille")}},
            {kBirthDate,
             {QStringLiteral("date of birth"), QStringLiteral("dob"), QStringLiteral("birth date"),
              QStringLiteral("birthdate"), QStringLiteral("birthday"), QStringLiteral("born"),
              QStringLiteral("geburtsdatum"), QStringLiteral("geboren"), QStringLiteral("geburtstag"),
              QStringLiteral("date de naissance"), QStringLiteral("naissance"), QStringLiteral("ne le"),
              QStringLiteral("nee le")}},
            {kGender,
             {QStringLiteral("sex"), QStringLiteral("geschlecht"), QStringLiteral("sexe"),
              QStringLiteral("genre")}},
            {QStringLiteral("age"), {QStringLiteral("alter")}},
            {QStringLiteral("phone"),
             {QStringLiteral("telephone"), QStringLiteral("tel"), QStringLiteral("phone number"),
              QStringLiteral("mobile"), QStringLiteral("mobile phone"), QStringLiteral("cell"),
              QStringLiteral("cell phone"), QStringLiteral("telefon"), QStringLiteral("telefonnummer"),
              QStringLiteral("handy"), QStringLiteral("mobil"), QStringLiteral("mobiltelefon"),
              QStringLiteral("numero de telephone"), QStringLiteral("portable")}},
            {QStringLiteral("email"),
             {QStringLiteral("e mail"), QStringLiteral("mail"), QStringLiteral("email address"),
              QStringLiteral("e mail address"), QStringLiteral("e mail adresse"),
              QStringLiteral("emailadresse"), QStringLiteral("courriel"), QStringLiteral("adresse e mail"),
              QStringLiteral("adresse email")}},
            {QStringLiteral("address"),
             {QStringLiteral("street address"), QStringLiteral("postal address"), QStringLiteral("adresse"),
              QStringLiteral("anschrift"), QStringLiteral("adresse postale")}},
            {QStringLiteral("medical_history"),
             {QStringLiteral("history"), QStringLiteral("anamnese"), QStringLiteral("anamnesis"),
              QStringLiteral("vorgeschichte"), QStringLiteral("krankengeschichte"),
              QStringLiteral("antecedents"), QStringLiteral("antecedents medicaux")}},
            {QStringLiteral("allergies"),
             {QStringLiteral("allergy"), QStringLiteral("allergien"), QStringLiteral("allergie")}},
            {QStringLiteral("current_medications"),
             {QStringLiteral("medications"), QStringLiteral("medication"), QStringLiteral("medikamente"),
              QStringLiteral("medikation"), QStringLiteral("medicaments"), QStringLiteral("traitement"),
              QStringLiteral("traitement en cours")}},
            {QStringLiteral("blood_type"),
             {QStringLiteral("blood group"), QStringLiteral("blutgruppe"), QStringLiteral("groupe sanguin")}},
            {QStringLiteral("emergency_contact"),
             {QStringLiteral("notfallkontakt"), QStringLiteral("contact d urgence"),
              QStringLiteral("personne a prevenir")}},
            {QStringLiteral("emergency_contact_phone"),
             {QStringLiteral("emergency phone"), QStringLiteral("notfalltelefon"),
              QStringLiteral("notfallnummer"), QStringLiteral("telephone d urgence")}},
            {QStringLiteral("insurance_provider"),
             {QStringLiteral("insurance"), QStringLiteral("insurer"), QStringLiteral("insurance company"),
              QStringLiteral("krankenkasse"), QStringLiteral("versicherung"), QStringLiteral("kasse"),
              QStringLiteral("assurance"), QStringLiteral("mutuelle"), QStringLiteral("caisse")}},
            {QStringLiteral("insurance_number"),
             {QStringLiteral("insurance no"), QStringLiteral("policy number"),
              QStringLiteral("versichertennummer"), QStringLiteral("versicherungsnummer"),
              QStringLiteral("numero de securite sociale"), QStringLiteral("numero d assure"),
              QStringLiteral("numero de secu")}},
            {QStringLiteral("notes"),
             {QStringLiteral("note"), QStringLiteral("comment"), QStringLiteral("comments"),
              QStringLiteral("remarks"), QStringLiteral("bemerkung"), QStringLiteral("bemerkungen"),
              QStringLiteral("notizen"), QStringLiteral("anmerkungen"), QStringLiteral("remarques"),
              QStringLiteral("commentaire"), QStringLiteral("commentaires")}},
        };
        QHash<QString, QString> table;
        for (const auto& [field, spellings] : byField) {
            for (const QString& s : spellings)
                table.insert(s, field);
        }
        return table;
    }();
    return words;
}

// Words for a gender in the files of German and French clinics, as the patient rules take them.
QString genderWord(const QString& text)
{
    const QString key = foldedKey(text);
    static const QHash<QString, QString> words{
        {QStringLiteral("w"), QStringLiteral("Female")},
        {QStringLiteral("weiblich"), QStringLiteral("Female")},
        {QStringLiteral("frau"), QStringLiteral("Female")},
        {QStringLiteral("femme"), QStringLiteral("Female")},
        {QStringLiteral("feminin"), QStringLiteral("Female")},
        {QStringLiteral("mannlich"), QStringLiteral("Male")},
        {QStringLiteral("mann"), QStringLiteral("Male")},
        {QStringLiteral("homme"), QStringLiteral("Male")},
        {QStringLiteral("h"), QStringLiteral("Male")},
        {QStringLiteral("masculin"), QStringLiteral("Male")},
        {QStringLiteral("d"), QStringLiteral("Other")},
        {QStringLiteral("divers"), QStringLiteral("Other")},
        {QStringLiteral("autre"), QStringLiteral("Other")},
    };
    return words.value(key, text);
}

struct DateParts
{
    int first = 0;
    int second = 0;
    int year = 0;
};

// d/M/yyyy or d-M-yyyy: the two numbers whose order the file's country decides.
std::optional<DateParts> slashDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return DateParts{m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
}

std::optional<QString> isoOf(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date.toString(Qt::ISODate);
}

QString str(const QVariantMap& m, const QString& key)
{
    return m.value(key).toString();
}

// The keys by which two rows of one file are the same person (PatientService::likelySame's rules).
QList<std::pair<QString, QString>> sameness(const QVariantMap& fields)
{
    QList<std::pair<QString, QString>> keys;
    for (const QString& column :
         {QStringLiteral("insurance_number"), QStringLiteral("phone"), QStringLiteral("email")}) {
        const QString value = str(fields, column).trimmed();
        if (!value.isEmpty())
            keys.append({column, column + QLatin1Char(':') +
                                     (column == QLatin1String("email") ? value.toLower() : value)});
    }
    const QString name = str(fields, kName).trimmed();
    const QString born = str(fields, kBirthDate);
    if (!name.isEmpty() && !born.isEmpty())
        keys.append({QStringLiteral("name and date_of_birth"),
                     QStringLiteral("name:") + foldedKey(name) + QLatin1Char('|') + born});
    return keys;
}

} // namespace

bool PatientImportPlan::canImport(const PatientImportOptions& options) const
{
    return ready > 0 && (duplicates == 0 || options.skipDuplicates) && (invalid == 0 || options.skipInvalid);
}

PatientImport::PatientImport(Services& services, Actor actor)
    : m_services(services)
    , m_actor(std::move(actor))
{}

QStringList PatientImport::fields()
{
    QStringList names;
    for (const FieldSpec& spec : PatientService::fieldSpecs())
        names.append(spec.name);
    return names;
}

QString PatientImport::guessField(const QString& header)
{
    const QString key = foldedKey(header);
    for (const QString& field : fields()) {
        if (foldedKey(field) == key)
            return field;
    }
    return headerWords().value(key);
}

QStringList PatientImport::guessColumns(const QStringList& header)
{
    QStringList columns;
    for (const QString& h : header) {
        const QString field = guessField(h);
        columns.append(columns.contains(field) ? QString() : field);
    }
    return columns;
}

void PatientImport::assign(QStringList& columns, int column, const QString& field)
{
    if (column < 0 || column >= columns.size())
        return;
    if (!field.isEmpty()) {
        for (QString& other : columns) {
            if (other == field)
                other.clear();
        }
    }
    columns[column] = field;
}

std::optional<QString> PatientImport::parseDate(const QString& raw, DateOrder order)
{
    const QString text = raw.trimmed();
    // ISO, also with a time of day after it, as spreadsheets write a date cell ("1980-04-03 00:00:00"),
    // and yyyy/MM/dd.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})([ T].*)?$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return isoOf(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    // dd.MM.yyyy: German, Swiss, Austrian, also French in places; always day first.
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})$"));
    if (const auto m = dotted.match(text); m.hasMatch())
        return isoOf(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    const std::optional<DateParts> parts = slashDate(text);
    if (!parts)
        return std::nullopt;
    const auto dayFirst = isoOf(parts->year, parts->second, parts->first);
    const auto monthFirst = isoOf(parts->year, parts->first, parts->second);
    switch (order) {
    case DateOrder::DayFirst:
        return dayFirst;
    case DateOrder::MonthFirst:
        return monthFirst;
    case DateOrder::Automatic:
        break;
    }
    if (dayFirst && monthFirst)
        return dayFirst == monthFirst ? dayFirst : std::nullopt; // 03/04/1980: April or March?
    return dayFirst ? dayFirst : monthFirst;
}

DateOrder PatientImport::dateOrderOf(const csv::Table& table, int dateColumn, DateOrder asked) const
{
    if (asked != DateOrder::Automatic || dateColumn < 0)
        return asked;
    bool dayFirst = false;
    bool monthFirst = false;
    for (const QStringList& row : table.rows) {
        if (dateColumn >= row.size())
            continue;
        if (const std::optional<DateParts> parts = slashDate(row[dateColumn].trimmed())) {
            dayFirst = dayFirst || (parts->first > 12 && parts->second <= 12);
            monthFirst = monthFirst || (parts->second > 12 && parts->first <= 12);
        }
    }
    if (dayFirst != monthFirst)
        return dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    return DateOrder::Automatic; // nothing decides, or the file mixes both: each unclear date is a problem
}

Result<QStringList> PatientImport::mapColumns(const QStringList& header, const QStringList& chosen) const
{
    const QStringList known = fields();
    QStringList columns;
    QHash<QString, int> taken; // field -> column
    for (int i = 0; i < header.size(); ++i) {
        const bool byHand = i < chosen.size();
        QString field = byHand ? chosen[i] : guessField(header[i]);
        if (!field.isEmpty() && !known.contains(field))
            return Error::invalid(QStringLiteral("Column %1 (\"%2\"): there is no patient field \"%3\"; the "
                                                 "fields are: %4.")
                                      .arg(i + 1)
                                      .arg(header[i], field, known.join(QStringLiteral(", "))));
        if (!field.isEmpty() && taken.contains(field)) {
            if (byHand)
                return Error::invalid(QStringLiteral("Columns %1 and %2 both go to %3; choose one.")
                                          .arg(taken.value(field) + 1)
                                          .arg(i + 1)
                                          .arg(field));
            field.clear(); // a second "Phone" column guessed: the first one is taken, this one left out
        }
        if (!field.isEmpty())
            taken.insert(field, i);
        columns.append(field);
    }
    if (!taken.contains(kName) && !taken.contains(kFirstName) && !taken.contains(kLastName))
        return Error::invalid(QStringLiteral("No column holds the patient's name: choose name, first_name or "
                                             "last_name for one."));
    return columns;
}

Result<PatientImportPlan> PatientImport::plan(const csv::Table& table, const PatientImportOptions& options)
{
    if (!allows(m_actor.role, Permission::TransferPatients))
        return Error::forbidden(QStringLiteral("Only the front desk and the administrator move patient lists "
                                               "in and out."));
    auto columns = mapColumns(table.header, options.columns);
    if (!columns)
        return columns.error();
    PatientImportPlan plan;
    plan.header = table.header;
    plan.columns = *columns;
    const bool splitName = columns->contains(kFirstName) || columns->contains(kLastName);
    const DateOrder order = dateOrderOf(table, int(columns->indexOf(kBirthDate)), options.dateOrder);

    QHash<QString, int> seen; // sameness key -> index of the ready row that has it
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        // Spreadsheets write rows of empty cells (";;;;") below the data: nothing to import, nothing wrong.
        if (std::all_of(table.rows[r].cbegin(), table.rows[r].cend(),
                        [](const QString& cell) { return cell.trimmed().isEmpty(); }))
            continue;
        PatientImportRow row;
        row.line = table.lines.value(r);
        row.cells = table.rows[r];
        for (qsizetype c = columns->size(); c < row.cells.size(); ++c) {
            if (!row.cells[c].trimmed().isEmpty()) {
                row.problems[kRowProblem].append(QStringLiteral("The row has %1 cells, the header %2.")
                                                     .arg(row.cells.size())
                                                     .arg(columns->size()));
                break;
            }
        }
        if (splitName) { // both, so a row with only one of them still names the patient
            row.fields.insert(kFirstName, QString());
            row.fields.insert(kLastName, QString());
        }
        for (qsizetype c = 0; c < columns->size(); ++c) {
            const QString& field = (*columns)[c];
            if (field.isEmpty())
                continue;
            QString value = c < row.cells.size() ? row.cells[c].trimmed() : QString();
            if (field == kBirthDate && !value.isEmpty()) {
                if (const auto iso = parseDate(value, order)) {
                    value = *iso;
                } else {
                    row.problems[field].append(
                        parseDate(value, DateOrder::DayFirst) && parseDate(value, DateOrder::MonthFirst)
                            ? QStringLiteral("\"%1\" may be day/month or month/day: choose the date order.")
                                  .arg(value)
                            : QStringLiteral(
                                  "\"%1\" is not a date (write 1980-04-23, 23.04.1980 or 23/04/1980).")
                                  .arg(value));
                    continue;
                }
            } else if (field == kGender && !value.isEmpty()) {
                value = genderWord(value);
            }
            if (!value.isEmpty()) // an empty cell is a field left out, not an empty value to check
                row.fields.insert(field, value);
        }

        auto checked = m_services.patients.checkNew(m_actor, row.fields);
        QVariantMap probe = row.fields;
        if (checked) {
            probe = *checked;
        } else if (checked.error().code != Error::Code::Invalid) {
            return checked.error();
        } else {
            for (auto it = checked.error().fieldErrors.cbegin(); it != checked.error().fieldErrors.cend();
                 ++it)
                row.problems[it.key()] += it.value();
            if (!probe.contains(kName))
                probe.insert(kName, QStringList{str(probe, kFirstName), str(probe, kLastName)}
                                        .join(QLatin1Char(' '))
                                        .trimmed());
        }
        if (!probe.contains(kBirthDate) || !QDate::fromString(str(probe, kBirthDate), Qt::ISODate).isValid())
            probe.remove(kBirthDate);

        auto existing = m_services.patients.likelySame(m_actor, probe);
        if (!existing)
            return existing.error();
        const QList<std::pair<QString, QString>> keys = sameness(probe);
        if (existing->has_value()) {
            row.verdict = PatientImportRow::Verdict::Duplicate;
            row.duplicateOf = **existing;
        } else {
            for (const auto& [reason, key] : keys) {
                const auto earlier = seen.constFind(key);
                if (earlier == seen.constEnd())
                    continue;
                const PatientImportRow& first = plan.rows[*earlier];
                row.verdict = PatientImportRow::Verdict::Duplicate;
                row.duplicateLine = first.line;
                row.duplicateOf = PatientMatch{
                    {},
                    str(first.fields, kName).isEmpty()
                        ? QStringList{str(first.fields, kFirstName), str(first.fields, kLastName)}
                              .join(QLatin1Char(' '))
                              .trimmed()
                        : str(first.fields, kName),
                    str(first.fields, kBirthDate),
                    reason};
                break;
            }
        }
        if (row.verdict != PatientImportRow::Verdict::Duplicate && !row.problems.isEmpty())
            row.verdict = PatientImportRow::Verdict::Invalid;
        if (row.verdict == PatientImportRow::Verdict::Ready) {
            for (const auto& key : keys)
                seen.insert(key.second, int(plan.rows.size()));
        }
        switch (row.verdict) {
        case PatientImportRow::Verdict::Ready:
            ++plan.ready;
            break;
        case PatientImportRow::Verdict::Duplicate:
            ++plan.duplicates;
            break;
        case PatientImportRow::Verdict::Invalid:
            ++plan.invalid;
            break;
        }
        plan.rows.append(row);
    }
    return plan;
}

Result<PatientImportOutcome> PatientImport::run(const csv::Table& table, const PatientImportOptions& options,
                                                const QString& source, const Progress& progress)
{
    // Checked again inside the unit of work: what it sees cannot change before the rows are written.
    UnitOfWork batch(m_services.ctx.db, m_services.ctx.clock, m_actor);
    if (Status busy = batch.beginError())
        return *busy;
    auto checked = plan(table, options);
    if (!checked)
        return checked.error();
    if (!checked->canImport(options)) {
        if (checked->ready == 0 && checked->duplicates == 0 && checked->invalid == 0)
            return Error::invalid(QStringLiteral("The file holds no patients."));
        return Error::invalid(QStringLiteral("Nothing was imported: %1 duplicate(s) and %2 row(s) with "
                                             "problems, %3 ready.")
                                  .arg(checked->duplicates)
                                  .arg(checked->invalid)
                                  .arg(checked->ready));
    }
    PatientImportOutcome outcome;
    outcome.skippedDuplicates = checked->duplicates;
    outcome.skippedInvalid = checked->invalid;
    for (const PatientImportRow& row : checked->rows) {
        if (row.verdict != PatientImportRow::Verdict::Ready)
            continue;
        auto created = m_services.patients.create(m_actor, row.fields);
        if (!created) {
            Error e = created.error();
            e.message = QStringLiteral("Line %1: %2 Nothing was imported.").arg(row.line).arg(e.message);
            return e;
        }
        ++outcome.imported;
        if (progress && !progress(outcome.imported, checked->ready))
            return Error::unavailable(QStringLiteral("The import was stopped; nothing was imported."));
    }
    // Who brought the list in, from which file: the rows themselves are each in the log as creations.
    if (Status e = batch.audit(QStringLiteral("patients.import"), QStringLiteral("patients"), {},
                               QJsonObject{{QStringLiteral("file"), source},
                                           {QStringLiteral("imported"), outcome.imported},
                                           {QStringLiteral("skipped_duplicates"), outcome.skippedDuplicates},
                                           {QStringLiteral("skipped_invalid"), outcome.skippedInvalid}}))
        return *e;
    if (Status e = batch.commit())
        return *e;
    return outcome;
}

} // namespace chairside

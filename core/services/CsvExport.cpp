#include "CsvExport.h"

#include "Csv.h"
#include "auth/Permissions.h"
#include "domain/Fields.h"
#include "services/Services.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace chairside {

namespace {

// A stored value as a cell: numbers without a locale's grouping or decimal comma, so any program reads
// them back; NULL as nothing.
QString cell(const QVariant& value)
{
    if (isNullValue(value))
        return {};
    if (value.metaType().id() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    if (value.metaType().id() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

QList<QStringList> table(const QStringList& header, const QList<QVariantMap>& rows)
{
    QList<QStringList> out{header};
    out.reserve(rows.size() + 1);
    for (const QVariantMap& row : rows) {
        QStringList cells;
        cells.reserve(header.size());
        for (const QString& column : header)
            cells.append(cell(row.value(column)));
        out.append(cells);
    }
    return out;
}

} // namespace

CsvExport::CsvExport(Services& services, Actor actor)
    : m_services(services)
    , m_actor(std::move(actor))
{}

Status CsvExport::save(const CsvFile& file, const QString& path)
{
    const bool toStdout = path == QLatin1String("-");
    if (toStdout) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size())
            return Error::unavailable(QStringLiteral("Could not write to standard output."));
    } else {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size() || !out.commit())
            return Error::unavailable(QStringLiteral("Could not write %1: %2").arg(path, out.errorString()));
    }
    if (file.auditAction.isEmpty())
        return std::nullopt;
    return m_services.audit.recordEvent(
        m_actor, file.auditAction,
        {{QStringLiteral("rows"), file.rows},
         {QStringLiteral("file"),
          toStdout ? QStringLiteral("(standard output)") : QFileInfo(path).absoluteFilePath()}});
}

Result<CsvFile> CsvExport::patients()
{
    if (!allows(m_actor.role, Permission::TransferPatients))
        return Error::forbidden(
            QStringLiteral("Only the front desk and the administrator move patient lists in and out."));
    auto rows = m_services.patients.list(m_actor);
    if (!rows)
        return rows.error();
    QStringList header{QStringLiteral("id")};
    for (const FieldSpec& spec : PatientService::fieldSpecs())
        header.append(spec.name);
    header << QStringLiteral("created_at") << QStringLiteral("updated_at");
    return CsvFile{csv::write(table(header, *rows)), int(rows->size()), QStringLiteral("patients.export")};
}

Result<CsvFile> CsvExport::appointments(const QDate& from, const QDate& to)
{
    if (!allows(m_actor.role, Permission::TransferPatients))
        return Error::forbidden(
            QStringLiteral("Only the front desk and the administrator move patient lists in and out."));
    const QTimeZone zone = m_services.schedule.timeZone();
    // What starts on the days (not what merely overlaps them), chosen in SQL: only those are read.
    AppointmentQuery query;
    if (from.isValid())
        query.startsFrom = QDateTime(from, QTime(0, 0), zone).toUTC();
    if (to.isValid())
        query.startsBefore = QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC();
    auto found = m_services.appointments.list(m_actor, query);
    if (!found)
        return found.error();
    QList<QVariantMap> rows;
    for (QVariantMap row : *found) {
        const QDateTime start =
            QDateTime::fromString(row.value(QStringLiteral("start_at")).toString(), Qt::ISODateWithMs);
        const QDateTime end =
            QDateTime::fromString(row.value(QStringLiteral("end_at")).toString(), Qt::ISODateWithMs);
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        row.insert(QStringLiteral("start"), start.toTimeZone(zone).toString(format));
        row.insert(QStringLiteral("end"), end.toTimeZone(zone).toString(format));
        rows.append(row);
    }
    const QStringList header{QStringLiteral("id"),           QStringLiteral("start"),
                             QStringLiteral("end"),          QStringLiteral("duration_minutes"),
                             QStringLiteral("status"),       QStringLiteral("patient_id"),
                             QStringLiteral("patient_name"), QStringLiteral("dentist_id"),
                             QStringLiteral("dentist_name"), QStringLiteral("chair_id"),
                             QStringLiteral("chair_name"),   QStringLiteral("reason"),
                             QStringLiteral("notes"),        QStringLiteral("start_at"),
                             QStringLiteral("end_at")};
    return CsvFile{csv::write(table(header, rows)), int(rows.size()), QStringLiteral("appointments.export")};
}

Result<CsvFile> CsvExport::materials()
{
    auto rows = m_services.materials.list(m_actor);
    if (!rows)
        return rows.error();
    const QStringList header{
        QStringLiteral("id"),    QStringLiteral("name"),          QStringLiteral("quantity"),
        QStringLiteral("unit"),  QStringLiteral("reorder_level"), QStringLiteral("needs_reorder"),
        QStringLiteral("price"), QStringLiteral("description")};
    return CsvFile{csv::write(table(header, *rows)), int(rows->size()), QString()}; // stock: not recorded
}

} // namespace chairside

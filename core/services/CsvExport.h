#pragma once

#include "Error.h"
#include "domain/Role.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace chairside {

struct Services;

// A file made by CsvExport: its bytes (csv::write), how many rows it holds besides the header, and the audit
// action its export is recorded as (empty: not recorded).
struct CsvFile
{
    QByteArray bytes;
    int rows = 0;
    QString auditAction;
};

// Patients, appointments and materials as CSV files for spreadsheets and other programs. Every cell goes
// through csv::write (byte-order mark, quoting, the formula guard). The patients' header is the patient
// fields' own names, which PatientImport maps without help, so an exported list imports again.
//
// Patients and appointments are patient data leaving the station: they need Permission::TransferPatients,
// are read through the services' own list methods (recorded as reads for a signed-in user), and each
// export saved is an event of its own in the audit log ("patients.export", "appointments.export": how many
// rows, to which file), also when the command line exports, which reads as the station itself. Materials are
// stock, for whoever manages the inventory.
class CsvExport
{
public:
    CsvExport(Services& services, Actor actor);

    // Every live patient.
    Result<CsvFile> patients();
    // Appointments starting on the clinic's days `from` to `to` (both included; an invalid date leaves that
    // end open), oldest first, cancelled ones too; times in the clinic's time zone, and UTC.
    Result<CsvFile> appointments(const QDate& from, const QDate& to);
    Result<CsvFile> materials();

    // Writes `file` to `path` whole or not at all ("-": standard output), then records the export in the
    // audit log (rows, the file's absolute path) when the file is patient data: an export that was not
    // written is never recorded as made.
    Status save(const CsvFile& file, const QString& path);

private:
    Services& m_services;
    Actor m_actor;
};

} // namespace chairside

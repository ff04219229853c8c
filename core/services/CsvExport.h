#pragma once

#include "Error.h"
#include "domain/Role.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace chairside {

struct Services;

// A file made by CsvExport: its bytes (csv::write) and how many rows it holds besides the header.
struct CsvFile
{
    QByteArray bytes;
    int rows = 0;
};

// Patients, appointments and materials as CSV files for spreadsheets and other programs. Every cell goes
// through csv::write (byte-order mark, quoting, the formula guard). The patients' header is the patient
// fields' own names, which PatientImport maps without help, so an exported list imports again.
//
// Patients and appointments are patient data leaving the station: they need Permission::TransferPatients,
// are read through the services' own list methods (recorded as reads for a signed-in user), and each
// export is an event of its own in the audit log ("patients.export", "appointments.export": how many rows,
// to which file), also when the command line exports, which reads as the station itself. Materials are
// stock, for whoever manages the inventory.
class CsvExport
{
public:
    CsvExport(Services& services, Actor actor);

    // Every live patient. `destination` (a file name) is named in the audit log.
    Result<CsvFile> patients(const QString& destination);
    // Appointments starting on the clinic's days `from` to `to` (both included; an invalid date leaves that
    // end open), oldest first, cancelled ones too; times in the clinic's time zone, and UTC.
    Result<CsvFile> appointments(const QDate& from, const QDate& to, const QString& destination);
    Result<CsvFile> materials();

private:
    Status recordExport(const QString& action, int rows, const QString& destination);

    Services& m_services;
    Actor m_actor;
};

} // namespace chairside

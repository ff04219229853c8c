#pragma once

#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace chairside {

// Comma-separated values as spreadsheets read and write them (RFC 4180, with what Excel adds to it). The one
// place the file format's rules live: the patient import, every export and the inventory screen's export
// all go through here.
namespace csv {

// A file read: the header line and the rows after it, each as the cells it had (not padded).
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    // The line each row began on (1 = the header), for messages: a quoted cell may span lines.
    QList<int> lines;
    QChar delimiter = QLatin1Char(',');
};

// Reads a whole file. The text is UTF-8 (a byte-order mark is skipped), UTF-16 with its mark (Excel's
// "Unicode text"), or else Windows-1252, which older spreadsheets write. The delimiter is the one of
// ; , or tab that the header line holds most of outside quotes (European Excel writes ";" because the comma
// is their decimal mark). Quoted cells may hold delimiters, doubled quotes and line breaks (CRLF or LF,
// kept as they were written). Lines with no cell at all are skipped. A leading ' that write() put before
// = + - @ is taken off again (see write). Fails on a quote left open at the end of the file, on a file with
// no line at all, and on bytes that are not text (a NUL: a workbook, a PDF).
Result<Table> read(const QByteArray& bytes);

// read() of a file's contents ("-": standard input), with the file named in the errors. Files over 256 MiB
// are refused rather than read into memory (a clinic's whole patient list is a few MiB).
Result<Table> readFile(const QString& path);

// The delimiter the header line suggests (see read); the bytes are decoded text.
QChar sniffDelimiter(const QString& text);

// One file: a UTF-8 byte-order mark (so Excel opens accents right instead of guessing a code page), the
// rows joined by `delimiter`, CRLF line ends. A cell is quoted when it holds the delimiter, a quote, a line
// break or leading or trailing spaces. Formula injection: a cell starting with = + - @, a tab or a carriage
// return would be run as a formula by Excel or LibreOffice when the file is opened (patient names and notes
// come from outside the clinic), so it gets a leading apostrophe, which spreadsheets show as text; plain
// numbers ("-4.5") are left alone. read() removes that apostrophe again, so our own files round-trip.
QByteArray write(const QList<QStringList>& rows, QChar delimiter = QLatin1Char(','));

// A cell as write() puts it into the file (quoting and the formula guard), without the delimiter.
QString encodeCell(const QString& value, QChar delimiter = QLatin1Char(','));

} // namespace csv

} // namespace chairside

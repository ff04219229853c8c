#include "Csv.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <array>
#include <cstdio>

namespace chairside::csv {

namespace {

// Characters that make a spreadsheet read a cell as a formula (OWASP's list).
bool startsFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// The text after any leading apostrophes: the guard is decided on what the spreadsheet would see after one.
QString withoutApostrophes(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    return text.mid(i);
}

bool isPlainNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

QString decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                          : QStringDecoder::Utf16BE);
        return utf16(bytes.mid(2));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: a spreadsheet saved in the Windows code page (Excel's "CSV" before "CSV UTF-8").
    QStringDecoder windows("windows-1252");
    if (windows.isValid())
        return windows(bytes);
    return QString::fromLatin1(bytes);
}

} // namespace

QChar sniffDelimiter(const QString& text)
{
    const std::array<QChar, 3> candidates{QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    std::array<int, 3> counts{0, 0, 0};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice: still right
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted) {
            for (size_t i = 0; i < candidates.size(); ++i) {
                if (c == candidates[i])
                    ++counts[i];
            }
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

Result<Table> read(const QByteArray& bytes)
{
    const QString text = decode(bytes);
    // Text never holds a NUL; a workbook (.xlsx and .ods are zip files), a PDF or an image always does.
    if (text.contains(QChar(0)))
        return Error::invalid(
            QStringLiteral("This is not a CSV file. A spreadsheet must first be saved as CSV "
                           "(in Excel or LibreOffice: Save As, CSV)."));
    Table table;
    table.delimiter = sniffDelimiter(text);
    const QChar delimiter = table.delimiter;

    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool cellQuoted = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 1;
    bool headerDone = false;

    auto endCell = [&] {
        if (cell.startsWith(QLatin1Char('\'')) && startsFormula(withoutApostrophes(cell)))
            cell.remove(0, 1); // write()'s formula guard
        row.append(cell);
        cell.clear();
        cellQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        const bool blank = row.size() == 1 && row.first().isEmpty();
        if (!blank) {
            if (!headerDone) {
                table.header = row;
                headerDone = true;
            } else {
                table.rows.append(row);
                table.lines.append(rowLine);
            }
        }
        row.clear();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !cellQuoted) {
            inQuotes = true;
            cellQuoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else {
            cell += c; // a quote inside an unquoted cell is an ordinary character (as Excel reads it)
        }
    }
    if (inQuotes)
        return Error::invalid(
            QStringLiteral("Line %1: a quoted cell is never closed (a \" is missing).").arg(quoteLine));
    if (!cell.isEmpty() || !row.isEmpty() || cellQuoted)
        endRow();
    if (!headerDone)
        return Error::invalid(QStringLiteral("The file is empty: not even a line naming the columns."));
    return table;
}

Result<Table> readFile(const QString& path)
{
    constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;
    QFile file(path);
    const bool opened =
        path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return Error::invalid(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return Error::invalid(QStringLiteral("%1 is larger than 256 MiB; split it.").arg(path));
    if (file.error() != QFileDevice::NoError)
        return Error::invalid(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    auto table = read(bytes);
    if (!table)
        return Error::invalid(QStringLiteral("%1: %2").arg(path, table.error().message));
    return table;
}

QString encodeCell(const QString& value, QChar delimiter)
{
    QString text = value;
    if (startsFormula(withoutApostrophes(text)) && !isPlainNumber(text))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(delimiter) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray write(const QList<QStringList>& rows, QChar delimiter)
{
    QString text;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += delimiter;
            text += encodeCell(row[i], delimiter);
        }
        text += QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace chairside::csv

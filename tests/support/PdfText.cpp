#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

namespace chairside::test {

namespace {

// Runs a poppler tool on `pdf` and answers its standard output; fails the test when the tool is missing
// (the test command installs poppler-utils, so a missing tool is a broken setup, not a reason to skip).
QString poppler(const QString& tool, const QByteArray& pdf, const QStringList& options = {})
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("%1 not found: install poppler-utils").arg(tool)), __FILE__,
                     __LINE__);
        return {};
    }
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush()) {
        QTest::qFail("cannot write the PDF to a temporary file", __FILE__, __LINE__);
        return {};
    }
    QProcess p;
    p.start(program, options + QStringList{file.fileName(), QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        QTest::qFail(
            qPrintable(tool + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError())),
            __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

QString pdfText(const QByteArray& pdf)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return poppler(QStringLiteral("pdftotext"), pdf, {QStringLiteral("-layout")})
        .replace(space, QStringLiteral(" "));
}

int pdfPages(const QByteArray& pdf)
{
    // pdfinfo takes no "-" for stdout; its report goes there anyway.
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (program.isEmpty()) {
        QTest::qFail("pdfinfo not found: install poppler-utils", __FILE__, __LINE__);
        return -1;
    }
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return -1;
    QProcess p;
    p.start(program, {file.fileName()});
    p.waitForFinished(30000);
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption);
    const auto match = pages.match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace chairside::test

#pragma once

#include <QByteArray>
#include <QString>

namespace chairside::test {

// Reading PDFs back with poppler (pdftotext, pdfinfo from poppler-utils, which the test command installs): a
// missing tool fails the test rather than skipping it, since it means a broken setup.

// The PDF's text with runs of white space made one space, so a phrase matches wherever lines broke.
QString pdfText(const QByteArray& pdf);
// The number of pages, or -1.
int pdfPages(const QByteArray& pdf);

} // namespace chairside::test

#include "PrintActions.h"

#include "ErrorText.h"
#include "print/DocumentPainter.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>

namespace chairside::ui {

PrintActions::PrintActions(Services& services, Actor actor, Kind kind, QHBoxLayout* row, QWidget* owner)
    : QObject(owner)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_kind(kind)
    , m_owner(owner)
    , m_print(new QPushButton(tr("Pri&nt…")))
    , m_save(new QPushButton(tr("Save as PD&F…")))
{
    const bool invoice = kind == Kind::Invoice;
    m_print->setObjectName(invoice ? QStringLiteral("printInvoice") : QStringLiteral("printPrescription"));
    m_save->setObjectName(invoice ? QStringLiteral("saveInvoicePdf") : QStringLiteral("savePrescriptionPdf"));
    m_print->setToolTip(invoice ? tr("Print the selected invoice") : tr("Print the selected prescription"));
    m_save->setToolTip(invoice ? tr("Save the selected invoice as a PDF file")
                               : tr("Save the selected prescription as a PDF file"));
    row->addWidget(m_print);
    row->addWidget(m_save);
    connect(m_print, &QPushButton::clicked, this, &PrintActions::printWithDialog);
    connect(m_save, &QPushButton::clicked, this, &PrintActions::saveWithDialog);
    setDocument({});
}

void PrintActions::setDocument(const QString& id)
{
    m_documentId = id;
    m_print->setEnabled(!id.isEmpty());
    m_save->setEnabled(!id.isEmpty());
}

Status PrintActions::print(QPrinter& printer)
{
    // Read first: a document the actor may not read is refused before the printer starts a job.
    std::optional<InvoiceView> invoice;
    std::optional<PrescriptionView> prescription;
    if (m_kind == Kind::Invoice) {
        auto view = m_services.printing.invoice(m_actor, m_documentId);
        if (!view)
            return view.error();
        invoice = *view;
    } else {
        auto view = m_services.printing.prescription(m_actor, m_documentId);
        if (!view)
            return view.error();
        prescription = *view;
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::unavailable(tr("The printer could not be started."));
    if (invoice)
        DocumentPainter::paint(painter, printer, *invoice);
    else
        DocumentPainter::paint(painter, printer, *prescription);
    if (!painter.end())
        return Error::unavailable(tr("The printer did not take the pages."));
    return {};
}

Result<PrintedFile> PrintActions::render()
{
    return m_kind == Kind::Invoice ? m_services.printing.invoicePdf(m_actor, m_documentId)
                                   : m_services.printing.prescriptionPdf(m_actor, m_documentId);
}

Status PrintActions::savePdf(const QString& path)
{
    auto printed = render();
    if (!printed)
        return printed.error();
    return write(*printed, path);
}

Status PrintActions::write(const PrintedFile& printed, const QString& path)
{
    // Written whole or not at all: a half-written PDF would look like the document.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(printed.pdf) != printed.pdf.size() || !file.commit())
        return Error::unavailable(tr("%1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

void PrintActions::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_owner);
    dialog.setWindowTitle(m_kind == Kind::Invoice ? tr("Print invoice") : tr("Print prescription"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(print(printer), tr("Sent to the printer."));
}

void PrintActions::saveWithDialog()
{
    // Drawn once, before asking where: a refusal shows at once, and the name comes with the document.
    auto printed = render();
    if (!printed) {
        report(printed.error(), {});
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_owner, tr("Save as PDF"), QDir::home().filePath(printed->fileName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    report(write(*printed, path), tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void PrintActions::report(const Status& status, const QString& done)
{
    if (status)
        emit reported(errorText(*status), true);
    else
        emit reported(done, false);
}

} // namespace chairside::ui

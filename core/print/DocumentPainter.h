#pragma once

#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace chairside {

// What heads every printed document. Texts are ready to print (dates already in clinic time); an empty one
// is left out.
struct DocumentHeading
{
    QString clinicName;
    QString title;  // "Invoice", "Prescription"
    QString number; // the invoice number, the prescription's reference
    QString date;   // issued on, clinic local date
    QString patientName;
    QString patientDateOfBirth;
    QString dentistName;
};

struct InvoiceLine
{
    QString description;
    QString amount; // "150.00"
};

struct InvoicePaymentLine
{
    QString date;
    QString method;    // "Credit card"
    QString reference; // the transaction id
    QString status;    // "Completed"
    QString amount;
};

struct InvoiceView
{
    DocumentHeading heading;
    QString status; // "Unpaid"
    QString dueDate;
    QString currency; // "AUD"
    QList<InvoiceLine> lines;
    QString total;
    QList<InvoicePaymentLine> payments;
    QString paid;
    QString balance;
};

struct PrescriptionItemView
{
    QString medication;
    QString form; // tablet, syrup, ...
    QString dosage;
    QString frequency;
    QString duration;
    QString quantity;
    QString instructions;
};

struct PrescriptionView
{
    DocumentHeading heading;
    QString dentistLicence;
    QString instructions; // general instructions for the whole prescription
    QList<PrescriptionItemView> items;
};

// Lays out invoices and prescriptions and paints them page by page: the one drawing the REST API sends as a
// PDF and the desktop sends to a printer. Text wraps within the page; a document longer than a page goes
// on over as many pages as it needs, each with a footer naming the document and "page n of m".
//
// Painting needs a QGuiApplication (fonts come from the platform); a headless station starts one on the
// offscreen platform. Painting may run on any thread.
class DocumentPainter
{
public:
    // Paints onto `painter`, which must be active on `device` (QPainter::begin) and is left active; calls
    // device.newPage() between pages. The page is the device's paint rectangle, so a QPrinter's page size and
    // margins, chosen in a print dialog, are kept. For the desktop's Print:
    //     QPrinter printer; ... QPainter painter(&printer); DocumentPainter::paint(painter, printer, view);
    static void paint(QPainter& painter, QPagedPaintDevice& device, const InvoiceView& invoice);
    static void paint(QPainter& painter, QPagedPaintDevice& device, const PrescriptionView& prescription);

    // The document as an A4 PDF (20 mm margins), titled with the heading. Unavailable without a
    // QGuiApplication.
    static Result<QByteArray> pdf(const InvoiceView& invoice);
    static Result<QByteArray> pdf(const PrescriptionView& prescription);
};

} // namespace chairside

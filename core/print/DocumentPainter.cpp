#include "DocumentPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <functional>

namespace chairside {

namespace {

// DejaVu Sans is on every Debian system with fonts (and covers Latin, Greek and Cyrillic names); any sans
// serif stands in for it elsewhere.
QFont documentFont(qreal pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

constexpr qreal kBodyPointSize = 10;
constexpr qreal kFooterPointSize = 8;

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// "Label: value" lines, leaving out those without a value.
QString facts(const QList<std::pair<QString, QString>>& rows)
{
    QString out;
    for (const auto& [label, value] : rows) {
        if (value.isEmpty())
            continue;
        out += QStringLiteral("<tr><td style=\"color: #555555; padding-right: 12px\">%1</td><td>%2</td></tr>")
                   .arg(esc(label), esc(value));
    }
    return out.isEmpty() ? QString()
                         : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(out);
}

QString headingHtml(const DocumentHeading& h)
{
    const QString clinic =
        h.clinicName.isEmpty()
            ? QString()
            : QStringLiteral("<span style=\"font-size: 15pt; font-weight: bold\">%1</span>")
                  .arg(esc(h.clinicName));
    QString html =
        QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
            "<td valign=\"top\">%1</td>"
            "<td valign=\"top\" align=\"right\"><span style=\"font-size: 18pt; font-weight: bold\">%2"
            "</span></td></tr></table>")
            .arg(clinic, esc(h.title));
    html += QStringLiteral("<hr>");
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">%1"
                       "</td><td valign=\"top\" align=\"right\">%2</td></tr></table>")
            .arg(facts({{QStringLiteral("Patient"), h.patientName},
                        {QStringLiteral("Date of birth"), h.patientDateOfBirth},
                        {QStringLiteral("Dentist"), h.dentistName}}),
                 facts({{QStringLiteral("Number"), h.number}, {QStringLiteral("Date"), h.date}}));
    return html;
}

// A table with a header row repeated on every page it spans.
QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& rightAligned = {})
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                                  "style=\"border-collapse: collapse; border-color: #999999\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th bgcolor=\"#eeeeee\" align=\"%1\">%2</th>")
                    .arg(rightAligned.contains(i) ? QStringLiteral("right") : QStringLiteral("left"),
                         esc(headers[i]));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i) // cells are HTML already
            html +=
                QStringLiteral("<td valign=\"top\"%1>%2</td>")
                    .arg(rightAligned.contains(i) ? QStringLiteral(" align=\"right\"") : QString(), row[i]);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString invoiceHtml(const InvoiceView& v)
{
    QString html = headingHtml(v.heading);
    html += QStringLiteral("<p>%1</p>")
                .arg(facts({{QStringLiteral("Status"), v.status},
                            {QStringLiteral("Due date"), v.dueDate},
                            {QStringLiteral("Currency"), v.currency}}));
    QList<QStringList> lines;
    for (const InvoiceLine& line : v.lines)
        lines.append({esc(line.description), esc(line.amount)});
    lines.append(
        {QStringLiteral("<b>Total</b>"), QStringLiteral("<b>%1 %2</b>").arg(esc(v.currency), esc(v.total))});
    html += table({QStringLiteral("Description"), QStringLiteral("Amount (%1)").arg(v.currency)}, lines, {1});

    html += QStringLiteral("<h3 style=\"margin-top: 14px\">Payments</h3>");
    if (v.payments.isEmpty()) {
        html += QStringLiteral("<p>No payment recorded.</p>");
    } else {
        QList<QStringList> rows;
        for (const InvoicePaymentLine& p : v.payments)
            rows.append({esc(p.date), esc(p.method), esc(p.reference), esc(p.status), esc(p.amount)});
        html += table({QStringLiteral("Date"), QStringLiteral("Method"), QStringLiteral("Reference"),
                       QStringLiteral("Status"), QStringLiteral("Amount")},
                      rows, {4});
    }
    html +=
        QStringLiteral("<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"
                       "<tr><td align=\"right\">Paid</td><td align=\"right\" width=\"25%\">%1 %2</td></tr>"
                       "<tr><td align=\"right\"><b>Balance due</b></td><td align=\"right\"><b>%1 %3</b></td>"
                       "</tr></table>")
            .arg(esc(v.currency), esc(v.paid), esc(v.balance));
    return html;
}

QString prescriptionHtml(const PrescriptionView& v)
{
    QString html = headingHtml(v.heading);
    html += QStringLiteral("<h3 style=\"margin-top: 14px\">Medications</h3>");
    QList<QStringList> rows;
    int position = 0;
    for (const PrescriptionItemView& item : v.items) {
        QString medication = QStringLiteral("<b>%1</b>").arg(esc(item.medication));
        if (!item.form.isEmpty())
            medication += QStringLiteral(" (%1)").arg(esc(item.form));
        if (!item.instructions.isEmpty())
            medication += QStringLiteral("<br><i>%1</i>").arg(esc(item.instructions));
        rows.append({QString::number(++position), medication, esc(item.dosage), esc(item.frequency),
                     esc(item.duration), esc(item.quantity)});
    }
    if (rows.isEmpty())
        html += QStringLiteral("<p>No medication.</p>");
    else
        html += table({QStringLiteral("#"), QStringLiteral("Medication"), QStringLiteral("Dosage"),
                       QStringLiteral("Frequency"), QStringLiteral("Duration"), QStringLiteral("Quantity")},
                      rows, {0, 5});
    if (!v.instructions.isEmpty())
        html += QStringLiteral("<h3 style=\"margin-top: 14px\">Instructions</h3><p>%1</p>")
                    .arg(esc(v.instructions));
    html +=
        QStringLiteral("<p></p><p>Prescribed by %1%2</p>")
            .arg(v.heading.dentistName.isEmpty() ? QStringLiteral("the clinic") : esc(v.heading.dentistName),
                 v.dentistLicence.isEmpty() ? QString()
                                            : QStringLiteral(", licence %1").arg(esc(v.dentistLicence)));
    html += QStringLiteral("<p><br><br>Signature: ________________________________</p>");
    return html;
}

QString footerTitle(const DocumentHeading& h)
{
    QStringList parts;
    for (const QString& part : {h.clinicName, h.title, h.number})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QStringLiteral(" \u00b7 "));
}

// Lays `html` out on pages of the device's paint rectangle less a footer, and paints each page with its
// footer. The layout measures with the device's resolution, so point sizes come out as printed.
void paintPages(QPainter& painter, QPagedPaintDevice& device, const QString& html, const QString& footer)
{
    const qreal width = device.width();
    const qreal height = device.height();
    const QFont footerFont = documentFont(kFooterPointSize);
    painter.save();
    painter.setFont(footerFont);
    const qreal footerHeight = painter.fontMetrics().height() * 2.5;
    painter.restore();
    const qreal bodyHeight = height - footerHeight;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(documentFont(kBodyPointSize));
    QTextOption wrapping;
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long references break too
    document.setDefaultTextOption(wrapping);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(width, bodyHeight));
    document.setHtml(html);

    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        const QRectF body(0, page * bodyHeight, width, bodyHeight);
        painter.save();
        painter.translate(0, -body.top());
        painter.setClipRect(body);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = body;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF area(0, height - footerHeight, width, footerHeight);
        painter.drawLine(
            QLineF(area.left(), area.top() + footerHeight / 5, area.right(), area.top() + footerHeight / 5));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, footer);
        painter.drawText(area, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages));
        painter.restore();
    }
}

Result<QByteArray> renderPdf(const DocumentHeading& heading,
                             const std::function<void(QPainter&, QPagedPaintDevice&)>& paint)
{
    // Fonts come from the platform integration, which only a QGuiApplication starts; without one Qt would
    // abort the process rather than fail.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::unavailable(
            QStringLiteral("This station cannot draw documents: it runs without a GUI application."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(footerTitle(heading));
    writer.setCreator(QStringLiteral("Chairside"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::internal(QStringLiteral("The PDF could not be started."));
    paint(painter, writer);
    if (!painter.end())
        return Error::internal(QStringLiteral("The PDF could not be finished."));
    return bytes;
}

} // namespace

void DocumentPainter::paint(QPainter& painter, QPagedPaintDevice& device, const InvoiceView& invoice)
{
    paintPages(painter, device, invoiceHtml(invoice), footerTitle(invoice.heading));
}

void DocumentPainter::paint(QPainter& painter, QPagedPaintDevice& device,
                            const PrescriptionView& prescription)
{
    paintPages(painter, device, prescriptionHtml(prescription), footerTitle(prescription.heading));
}

Result<QByteArray> DocumentPainter::pdf(const InvoiceView& invoice)
{
    return renderPdf(invoice.heading, [&invoice](QPainter& painter, QPagedPaintDevice& device) {
        paint(painter, device, invoice);
    });
}

Result<QByteArray> DocumentPainter::pdf(const PrescriptionView& prescription)
{
    return renderPdf(prescription.heading, [&prescription](QPainter& painter, QPagedPaintDevice& device) {
        paint(painter, device, prescription);
    });
}

} // namespace chairside

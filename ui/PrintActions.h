#pragma once

#include "services/PrintService.h"
#include "services/Services.h"

#include <QObject>

class QHBoxLayout;
class QPrinter;
class QPushButton;
class QWidget;

namespace chairside::ui {

// Print… and Save as PDF… for the one invoice or prescription selected in the chart. The pages are the ones
// the API sends as a PDF (DocumentPainter, fed by PrintService), so whoever may read the document may print
// it, and the paper matches the download. Print paints onto the printer chosen in the print dialog, keeping
// its page size and margins; Save writes the PDF to a file the user names.
class PrintActions : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Invoice,
        Prescription
    };

    // Adds the two buttons to `row`, at its end. `owner` parents the dialogs. Both are disabled until
    // setDocument() names one.
    PrintActions(Services& services, Actor actor, Kind kind, QHBoxLayout* row, QWidget* owner);

    QString document() const { return m_documentId; }
    // The steps behind the buttons without their dialogs: paint the document onto a printer that is set up
    // (its page size and margins kept), or write its PDF to `path`.
    Status print(QPrinter& printer);
    Status savePdf(const QString& path);

public slots:
    // The document the buttons act on; empty: none (the buttons are disabled).
    void setDocument(const QString& id);

signals:
    // What happened, for the section's message line (`problem` when it did not work).
    void reported(const QString& text, bool problem);

private:
    // The document as the API's PDF, with the file name to save it under.
    Result<PrintedFile> render();
    Status write(const PrintedFile& printed, const QString& path);
    void printWithDialog();
    void saveWithDialog();
    void report(const Status& status, const QString& done);

    Services& m_services;
    const Actor m_actor;
    const Kind m_kind;
    QWidget* m_owner;
    QPushButton* m_print;
    QPushButton* m_save;
    QString m_documentId;
};

} // namespace chairside::ui

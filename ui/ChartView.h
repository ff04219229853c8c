#pragma once

#include "services/Services.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace chairside::ui {

class BillingSection;
class ChartSection;
class ConsultationsSection;
class DocumentsSection;
class PrescriptionsSection;
class XrayWindow;

// The patient chart, the dentist's workstation: the patient's header (allergies in a warning style, medical
// history), a timeline of appointments newest first with each one's clinical notes and images and their AI
// readings, a note for today's appointment, confirming or rejecting a draft reading, and opening an image in
// the X-ray viewer. Everything is read and written through the services, which decide what the actor may see
// and do; the chart only leaves out controls the permission table would refuse anyway. Problems show inline.
//
// Beside the visits, tabs show the patient's prescriptions, consultations, documents, and payments and
// invoices (ChartSection), each through its own service.
//
// The timeline is a tree (appointment rows with their notes and images as children) so it is navigated with
// the arrow keys like any list; the selected appointment's record is shown in full beside it, with the
// buttons for its images.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    ChartView(Services& services, Actor actor, QWidget* parent = nullptr);
    ~ChartView() override; // out of line: the viewer window is only declared here

    // Shows the patient; an empty id clears the chart.
    void setPatient(const QString& patientId);
    QString patientId() const { return m_patientId; }
    // Reads the patient and the timeline again, keeping the selected appointment; the chart is rebuilt only
    // when something changed. Runs by itself when the store changes while the chart is shown.
    void reload();
    // The appointment a note goes to: the patient's appointment today in the clinic's time zone (the one
    // nearest to now when there are several), not cancelled; empty when there is none.
    QString todaysAppointmentId() const { return m_todayId; }
    // The viewer window, once an image was opened.
    XrayWindow* xrayWindow() const;
    // Opens an image row of RecordService (one just imported, say) in the X-ray window.
    void openImageRow(const QVariantMap& image);
    QTabWidget* tabs() const { return m_tabs; }
    PrescriptionsSection* prescriptions() const { return m_prescriptions; }
    ConsultationsSection* consultations() const { return m_consultations; }
    DocumentsSection* documents() const { return m_documents; }
    BillingSection* billing() const { return m_billing; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Entry
    {
        QVariantMap appointment;
        std::optional<RecordView> record;

        friend bool operator==(const Entry&, const Entry&) = default;
    };

    QString todaysAppointment(const QList<Entry>& entries) const;
    void showPatient(const QVariantMap& patient);
    void clearPatient(const QString& why);
    void fillTimeline();
    // Gives the tabs beside the visits the patient (empty: none), or reloads the one shown.
    void showSectionsOf(const QString& patientId);
    QList<ChartSection*> sections() const;
    // Makes the appointment (or one of its images) current; false when the timeline does not hold it.
    bool selectEntry(const QString& appointmentId, const QString& imageId = {});
    void currentItemChanged(QTreeWidgetItem* item);
    void showDetail(int entry);
    QWidget* imagePanel(int entry, int image);
    void updateNoteTarget();
    void addNote();
    void review(const QString& readingId, bool confirm);
    void openImage(int entry, int image);
    Status showInXrayWindow(const QVariantMap& image, const QString& caption);
    void showMessage(const QString& text, bool problem);

    QString localTime(const QString& isoUtc, const QString& format) const;
    QString appointmentSummary(const QVariantMap& appointment) const;
    static QString statusText(const QString& status);
    static QString readingStatusText(const QString& status);
    static QString teethText(const QString& toothNumbers);

    Services& m_services;
    Actor m_actor;
    const bool m_mayWrite;
    const bool m_mayReview;
    QString m_patientId;
    // What the chart shows, to tell a change from a reload that found everything as it was.
    bool m_loaded = false;
    QVariantMap m_patient;
    QString m_patientName;
    QList<Entry> m_entries;
    QString m_todayId;
    int m_detailEntry = -1;

    QLabel* m_name;
    QLabel* m_details;
    QLabel* m_allergies;
    QLabel* m_history;
    QLabel* m_message;
    QTreeWidget* m_timeline;
    QScrollArea* m_detail;
    QWidget* m_noteArea;
    QLabel* m_noteTarget;
    QPlainTextEdit* m_noteEditor;
    QPushButton* m_addNote;
    QTabWidget* m_tabs;
    PrescriptionsSection* m_prescriptions;
    ConsultationsSection* m_consultations;
    DocumentsSection* m_documents;
    BillingSection* m_billing;
    QPointer<XrayWindow> m_xray;
};

} // namespace chairside::ui

#pragma once

#include "SecretStore.h"
#include "services/Services.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace chairside::ui {

class InventoryView;
class PatientTableModel;

// What the window shows about the API server; the app fills it (ui does not depend on sync).
struct ServerStatus
{
    bool running = false;
    QString address;
    QString problem;
};

// The station's main window: a navigation list of the views the signed-in role may use (Front desk,
// Calendar, Patients, Chart, Inventory, Messages, Admin), Ctrl+1..9 to switch, Ctrl+F to find a
// patient from anywhere, and a status bar with the API server. The last view and the geometry are kept.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `secrets` is where the admin view keeps the Gemini key (the desktop keychain); null leaves it out.
    MainWindow(Services& services, AuthenticatedUser user, SecretStore* secrets = nullptr,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    void setServerStatus(const ServerStatus& status);
    PatientTableModel* patientModel() const { return m_model; }
    // The views in navigation order, by their stable keys ("frontdesk", "calendar", "patients", "chart",
    // "inventory", "messages", "admin").
    QStringList viewKeys() const;
    QString currentViewKey() const;
    void showView(const QString& key);
    // New patient, or edit the one selected in the list; the form opens without blocking.
    class PatientForm* openPatientForm(bool editSelected);
    // The DICOM import (Ctrl+Shift+I); an imported X-ray opens in the patient's chart.
    class DicomImportDialog* openDicomImport();
    // The chart of the patient selected in the list (Enter or double-click there).
    void openSelectedChart();
    QUndoStack* undoStack() const { return m_undo; }
    // File › Import patients…: the import dialog, opened without blocking.
    class PatientImportDialog* openPatientImport();
    // File › Export …: writes "patients", "appointments" (starting on the days from..to, both included;
    // invalid leaves an end open) or "materials" as CSV to `path`; the outcome shows in the status bar.
    // File › Calendar subscriptions…: the iCalendar addresses of the calendars this user may publish.
    class CalendarFeedsDialog* openCalendarFeeds();
    bool exportCsv(const QString& kind, const QString& path, const QDate& from = {}, const QDate& to = {});

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildPatientsView();
    void buildFileMenu();
    void chooseExport(const QString& kind);
    void addView(const QString& key, const QString& title, QWidget* view);

    Services& m_services;
    AuthenticatedUser m_user;
    PatientTableModel* m_model;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_serverStatus;
    QString m_serverAddress; // the running API's, for the addresses handed out; empty when it is not running
    QListWidget* m_navigation;
    QStackedWidget* m_views;
    InventoryView* m_inventory = nullptr;
    class ChartView* m_chart = nullptr;
    QUndoStack* m_undo;
};

} // namespace chairside::ui

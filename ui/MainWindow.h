#pragma once

#include "services/Services.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;

namespace chairside::ui {

class PatientTableModel;

// What the window shows about the API server; the app fills it (ui does not depend on sync).
struct ServerStatus
{
    bool running = false;
    QString address;
    QString problem;
};

// The station's main window. In this first form: the patient list with search-as-you-type; the front desk,
// calendar, chart and admin views join it as their issues land.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Services& services, AuthenticatedUser user, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setServerStatus(const ServerStatus& status);
    PatientTableModel* patientModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    Services& m_services;
    AuthenticatedUser m_user;
    PatientTableModel* m_model;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_serverStatus;
};

} // namespace chairside::ui

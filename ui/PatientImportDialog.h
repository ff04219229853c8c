#pragma once

#include "Csv.h"
#include "services/PatientImport.h"
#include "services/Services.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace chairside::ui {

class BackgroundTask;
class PatientImportModel;

// Patients from a CSV file: choose the file, see which field each column goes to (and change it), see
// every row's fate in a preview (duplicates and problems coloured, "only rows with problems" to find them),
// then import. Import stays disabled while a row has a problem or is a duplicate, unless the options leave
// those rows out; the import is all or nothing and runs in the background with a progress dialog whose
// Stop writes nothing. Everything is reachable by keyboard (Alt+letters, Tab; the mapping combos in
// their table).
class PatientImportDialog : public QDialog
{
    Q_OBJECT
public:
    PatientImportDialog(Services& services, Actor actor, QWidget* parent = nullptr);
    ~PatientImportDialog() override;

    // Reads the file and shows its mapping and preview; false (with the reason shown) when it cannot.
    bool openFile(const QString& path);
    // Sends column `column` of the file to `field` ("" leaves it out), as its combo does.
    void setColumnField(int column, const QString& field);
    const std::optional<PatientImportPlan>& plan() const { return m_plan; }
    // Starts the import (the Import button); the task is running until imported() or the message says.
    void startImport();

signals:
    // The import has finished: `count` patients were written.
    void imported(int count);

private:
    void chooseFile();
    void fillMapping();
    void replan();
    // Whether Import is possible with the plan and the options ("leave out ..."), and why not.
    void showImportState();
    PatientImportOptions options() const;
    void showMessage(const QString& text, bool problem);

    Services& m_services;
    Actor m_actor;
    QLineEdit* m_path;
    QTableWidget* m_mapping;
    QComboBox* m_dateOrder;
    QCheckBox* m_skipDuplicates;
    QCheckBox* m_skipInvalid;
    QCheckBox* m_onlyProblems;
    PatientImportModel* m_model;
    QTableView* m_preview;
    QLabel* m_summary;
    QLabel* m_message;
    QPushButton* m_import;
    std::optional<csv::Table> m_table;
    QString m_fileName;
    QStringList m_columns;
    std::optional<PatientImportPlan> m_plan;
    QPointer<BackgroundTask> m_task;
};

} // namespace chairside::ui

#pragma once

#include "ChartSection.h"

class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace chairside::ui {

class PrintActions;

// The chart's prescriptions: the patient's prescriptions newest first, each with its medications as child
// rows, the selected one in full beside the list, and for those who prescribe (PrescriptionService decides;
// the form is left out for the others) a new prescription with its medications in a small table.
class PrescriptionsSection : public ChartSection
{
    Q_OBJECT
public:
    PrescriptionsSection(Services& services, Actor actor, QWidget* parent = nullptr);

    void reload() override;
    // Writes the prescription in the form through the service (the rows with a medication name); on success
    // the form is cleared and the new prescription selected; a refusal is shown and nothing is written.
    bool createPrescription();
    QString currentPrescriptionId() const { return currentId(m_list); }
    QVariantMap currentPrescription() const;
    // The buttons beside the selected prescription's detail, a row of its own: Print… and Save as PDF…
    // (PrintActions).
    QHBoxLayout* detailActions() const { return m_detailActions; }
    PrintActions* printActions() const { return m_print; }

signals:
    void currentPrescriptionChanged(const QString& prescriptionId);

private:
    void fill();
    void showDetail();
    void addMedicationRow();
    void removeMedicationRow();
    QString doctorName(const QString& doctorId) const;
    static QString itemLine(const QVariantMap& item);

    QTreeWidget* m_list;
    QLabel* m_detail;
    QHBoxLayout* m_detailActions;
    PrintActions* m_print = nullptr;
    QGroupBox* m_form;
    QLineEdit* m_instructions;
    QTableWidget* m_items;
    QList<QVariantMap> m_rows;
    QString m_shownPatient; // whose rows the list holds
    QHash<QString, QString> m_doctorNames;
};

} // namespace chairside::ui

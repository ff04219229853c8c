#pragma once

#include "services/PatientImport.h"

#include <QAbstractTableModel>

namespace chairside::ui {

// The preview of a patient import: one row per row of the file (or only those with a duplicate or a
// problem), its line, what the import makes of it, and its cells under the file's own headers with the
// field each goes to. Duplicates and problems are coloured, the cell a problem is about more strongly, and
// the problems are each row's tooltip.
class PatientImportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Line,
        Status,
        FirstCell, // the file's columns follow
    };

    explicit PatientImportModel(QObject* parent = nullptr);

    void setPlan(const PatientImportPlan& plan);
    void setOnlyProblems(bool only);
    // The plan row shown at `row`.
    const PatientImportRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What the preview's Status column says of a row, and its problems as one text.
    static QString statusText(const PatientImportRow& row);
    static QString problemText(const PatientImportRow& row);
    // The name a patient field goes by on screen: the patient form's label, else the field's name.
    static QString fieldTitle(const QString& field);

private:
    void refilter();

    PatientImportPlan m_plan;
    QList<int> m_shown; // indexes into m_plan.rows
    bool m_onlyProblems = false;
};

} // namespace chairside::ui

#pragma once

#include "services/PatientService.h"

#include <QAbstractTableModel>

namespace chairside::ui {

// Patients the signed-in user may see, loaded a page at a time as the view scrolls (canFetchMore/fetchMore,
// answered from the event loop), so a 100k-patient store never loads whole.
class PatientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        DateOfBirth,
        Phone,
        Email,
        Allergies,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    PatientTableModel(PatientService& patients, Actor actor, QObject* parent = nullptr);

    void setSearch(const QString& text);
    QString patientId(int row) const;
    // The total matching the search (rowCount() grows towards it as pages arrive).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void loadNextPage();

    PatientService& m_patients;
    Actor m_actor;
    QString m_search;
    QList<QVariantMap> m_rows;
    int m_total = 0;
    bool m_fetchPending = false;
};

} // namespace chairside::ui

#pragma once

#include "services/MaterialService.h"

#include <QAbstractTableModel>

namespace chairside::ui {

// The clinic's materials with their stock (the sum of movements). A clinic keeps hundreds of materials, not
// thousands, so the list is loaded whole and sorted or filtered in a proxy. A material at or below its
// reorder level is highlighted. Qt::EditRole gives numbers for the numeric columns, so they sort as numbers.
class MaterialTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Quantity,
        Unit,
        ReorderLevel,
        Price,
        Description,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int NeedsReorderRole = Qt::UserRole + 1;

    MaterialTableModel(MaterialService& materials, Actor actor, QObject* parent = nullptr);

    // Reads the list again (after a change here or elsewhere); the error, if the store refused.
    Status reload();
    // Records a movement and updates that row; the service's error (e.g. "Only 3 in stock.") otherwise.
    Status recordMovement(const QString& materialId, StockMovementKind kind, double quantity,
                          const QString& note);
    int rowOf(const QString& materialId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    MaterialService& m_materials;
    Actor m_actor;
    QList<QVariantMap> m_rows;
};

// The rows as CSV, the way csv::write writes every file (a header line, quoting, the formula guard).
QByteArray materialsCsv(const QAbstractItemModel& model);

} // namespace chairside::ui

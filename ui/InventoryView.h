#pragma once

#include "services/Services.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace chairside::ui {

class MaterialTableModel;

// Inventory: the materials table (sortable, filtered as you type, low stock highlighted), recording stock
// received or used for the selected material, and export to CSV. Problems show inline, not in message boxes.
class InventoryView : public QWidget
{
    Q_OBJECT
public:
    InventoryView(Services& services, const Actor& actor, QWidget* parent = nullptr);

    MaterialTableModel* model() const { return m_model; }
    // Writes what the table shows (filtered, in its order) to `path`; false with the reason shown inline.
    bool exportCsv(const QString& path);
    // Re-reads the materials (the window calls it when the view is shown).
    void reload();

private:
    void record(StockMovementKind kind);
    void showMessage(const QString& text, bool problem);
    QString selectedMaterialId() const;

    MaterialTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QDoubleSpinBox* m_quantity;
    QLineEdit* m_note;
    QLabel* m_message;
};

} // namespace chairside::ui

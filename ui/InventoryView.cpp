#include "InventoryView.h"

#include "ErrorText.h"
#include "MaterialTableModel.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace chairside::ui {

InventoryView::InventoryView(Services& services, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_model(new MaterialTableModel(services.materials, actor, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
    , m_quantity(new QDoubleSpinBox)
    , m_note(new QLineEdit)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("inventoryView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("inventoryFilter"));
    m_filter->setAccessibleName(tr("Filter materials"));
    m_filter->setPlaceholderText(tr("Filter materials"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setAccessibleName(tr("Materials"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MaterialTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(MaterialTableModel::Name, 260);

    m_quantity->setObjectName(QStringLiteral("movementQuantity"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setRange(0, 1'000'000);
    m_quantity->setDecimals(2);
    m_quantity->setValue(1);
    m_note->setObjectName(QStringLiteral("movementNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Note (supplier, patient, reason)"));

    auto* received = new QPushButton(tr("&Received"));
    received->setObjectName(QStringLiteral("recordReceived"));
    connect(received, &QPushButton::clicked, this, [this] { record(StockMovementKind::Received); });
    auto* used = new QPushButton(tr("&Used"));
    used->setObjectName(QStringLiteral("recordUsed"));
    connect(used, &QPushButton::clicked, this, [this] { record(StockMovementKind::Used); });
    auto* exportButton = new QPushButton(tr("&Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export materials"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                             QStringLiteral("/materials.csv"),
                                         tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    m_message->setObjectName(QStringLiteral("inventoryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* movement = new QHBoxLayout;
    movement->addWidget(new QLabel(tr("Stock for the selected material:")));
    movement->addWidget(m_quantity);
    movement->addWidget(m_note, 1);
    movement->addWidget(received);
    movement->addWidget(used);
    movement->addSpacing(24);
    movement->addWidget(exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(movement);
    layout->addWidget(m_message);
}

void InventoryView::reload()
{
    const QString selected = selectedMaterialId();
    if (Status e = m_model->reload())
        showMessage(e->message, true);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

QString InventoryView::selectedMaterialId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(MaterialTableModel::IdRole).toString();
}

void InventoryView::record(StockMovementKind kind)
{
    const QString id = selectedMaterialId();
    if (id.isEmpty()) {
        showMessage(tr("Select a material first."), true);
        return;
    }
    const QString name = m_model->index(m_model->rowOf(id), MaterialTableModel::Name).data().toString();
    if (Status e = m_model->recordMovement(id, kind, m_quantity->value(), m_note->text().trimmed())) {
        const QStringList reasons = e->fieldErrors.value(QStringLiteral("quantity"));
        showMessage(tr("%1: %2").arg(name, reasons.isEmpty() ? e->message : reasons.join(QLatin1Char(' '))),
                    true);
        return;
    }
    m_note->clear();
    const QString amount = QLocale().toString(m_quantity->value());
    showMessage(kind == StockMovementKind::Received ? tr("%1: received %2.").arg(name, amount)
                                                    : tr("%1: used %2.").arg(name, amount),
                false);
}

bool InventoryView::exportCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(materialsCsv(*m_proxy)) < 0 || !file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    showMessage(tr("Exported %n material(s) to %1.", nullptr, m_proxy->rowCount()).arg(path), false);
    return true;
}

void InventoryView::showMessage(const QString& text, bool problem)
{
    showInline(m_message, text, problem);
}

} // namespace chairside::ui

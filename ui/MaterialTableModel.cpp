#include "MaterialTableModel.h"

#include "Csv.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace chairside::ui {

namespace {

QString text(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return v.isNull() ? QString() : v.toString();
}

} // namespace

MaterialTableModel::MaterialTableModel(MaterialService& materials, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_materials(materials)
    , m_actor(std::move(actor))
{
    reload();
}

Status MaterialTableModel::reload()
{
    auto rows = m_materials.list(m_actor);
    beginResetModel();
    m_rows = rows ? *rows : QList<QVariantMap>();
    endResetModel();
    return rows ? Status() : Status(rows.error());
}

Status MaterialTableModel::recordMovement(const QString& materialId, StockMovementKind kind, double quantity,
                                          const QString& note)
{
    auto updated = m_materials.addMovement(m_actor, materialId, kind, quantity, note);
    if (!updated)
        return updated.error();
    const int row = rowOf(materialId);
    if (row >= 0) {
        m_rows[row] = *updated;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return std::nullopt;
}

int MaterialTableModel::rowOf(const QString& materialId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (text(m_rows[row], QStringLiteral("id")) == materialId)
            return row;
    }
    return -1;
}

int MaterialTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaterialTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaterialTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap& row = m_rows[index.row()];
    const bool low = row.value(QStringLiteral("needs_reorder")).toBool();
    switch (role) {
    case IdRole:
        return row.value(QStringLiteral("id"));
    case NeedsReorderRole:
        return low;
    case Qt::EditRole:
        switch (index.column()) {
        case Quantity:
            return row.value(QStringLiteral("quantity")).toDouble();
        case ReorderLevel:
            return row.value(QStringLiteral("reorder_level")).isNull()
                       ? QVariant()
                       : QVariant(row.value(QStringLiteral("reorder_level")).toDouble());
        case Price:
            return row.value(QStringLiteral("price")).toDouble();
        case Description:
            return text(row, QStringLiteral("description")); // every line, for the CSV export
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return text(row, QStringLiteral("name"));
        case Quantity:
            return QLocale().toString(row.value(QStringLiteral("quantity")).toDouble());
        case Unit:
            return text(row, QStringLiteral("unit"));
        case ReorderLevel:
            return row.value(QStringLiteral("reorder_level")).isNull()
                       ? QString()
                       : QLocale().toString(row.value(QStringLiteral("reorder_level")).toDouble());
        case Price:
            return row.value(QStringLiteral("price")).isNull()
                       ? QString()
                       : QLocale().toString(row.value(QStringLiteral("price")).toDouble(), 'f', 2);
        case Description:
            return text(row, QStringLiteral("description")).section(QLatin1Char('\n'), 0, 0);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Quantity || index.column() == ReorderLevel || index.column() == Price)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        return low ? QVariant(QBrush(QColor(255, 236, 204))) : QVariant();
    case Qt::FontRole:
        if (low && index.column() == Quantity) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return low ? tr("At or below the reorder level: time to order more.") : QVariant();
    }
    return {};
}

QVariant MaterialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Material");
    case Quantity:
        return tr("In stock");
    case Unit:
        return tr("Unit");
    case ReorderLevel:
        return tr("Reorder at");
    case Price:
        return tr("Price");
    case Description:
        return tr("Description");
    }
    return {};
}

QByteArray materialsCsv(const QAbstractItemModel& model)
{
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    rows << header;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(); ++column) {
            // Numbers unformatted (EditRole), so a spreadsheet reads them as numbers in any locale.
            const QVariant value = model.index(row, column).data(Qt::EditRole);
            fields << (value.metaType().id() == QMetaType::Double ? QString::number(value.toDouble())
                                                                  : value.toString());
        }
        rows << fields;
    }
    return csv::write(rows);
}

} // namespace chairside::ui

#include "PatientImportModel.h"

#include "PatientForm.h"

#include <QBrush>
#include <QColor>

namespace chairside::ui {

PatientImportModel::PatientImportModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PatientImportModel::setPlan(const PatientImportPlan& plan)
{
    beginResetModel();
    m_plan = plan;
    refilter();
    endResetModel();
}

void PatientImportModel::setOnlyProblems(bool only)
{
    beginResetModel();
    m_onlyProblems = only;
    refilter();
    endResetModel();
}

void PatientImportModel::refilter()
{
    m_shown.clear();
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        if (!m_onlyProblems || m_plan.rows[i].verdict != PatientImportRow::Verdict::Ready)
            m_shown.append(i);
    }
}

const PatientImportRow* PatientImportModel::rowAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_plan.rows[m_shown[row]] : nullptr;
}

int PatientImportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PatientImportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstCell + int(m_plan.header.size());
}

QString PatientImportModel::fieldTitle(const QString& field)
{
    // The fields the patient form does not show, named here.
    if (field == QLatin1String("name"))
        return tr("Full name");
    if (field == QLatin1String("age"))
        return tr("Age");
    if (field == QLatin1String("blood_type"))
        return tr("Blood type");
    if (field == QLatin1String("email_opt_out"))
        return tr("No email reminders");
    if (field == QLatin1String("sms_opt_out"))
        return tr("No text reminders");
    const QString label = PatientForm::fieldLabel(field);
    return label.isEmpty() ? field : label;
}

QString PatientImportModel::statusText(const PatientImportRow& row)
{
    switch (row.verdict) {
    case PatientImportRow::Verdict::Ready:
        return tr("Ready");
    case PatientImportRow::Verdict::Duplicate: {
        const PatientMatch& match = row.duplicateOf;
        const QString who =
            match.dateOfBirth.isEmpty() ? match.name : tr("%1, born %2").arg(match.name, match.dateOfBirth);
        QString same;
        if (match.reason == QLatin1String("phone"))
            same = tr("same phone");
        else if (match.reason == QLatin1String("email"))
            same = tr("same email");
        else if (match.reason == QLatin1String("insurance_number"))
            same = tr("same insurance number");
        else
            same = tr("same name and date of birth");
        return row.duplicateLine > 0 ? tr("Same as line %1: %2 (%3)").arg(row.duplicateLine).arg(who, same)
                                     : tr("Already a patient: %1 (%2)").arg(who, same);
    }
    case PatientImportRow::Verdict::Invalid:
        return tr("Problem: %1").arg(problemText(row));
    }
    return {};
}

QString PatientImportModel::problemText(const PatientImportRow& row)
{
    QStringList parts;
    for (auto it = row.problems.cbegin(); it != row.problems.cend(); ++it) {
        const QString field = it.key() == QLatin1String("row") ? tr("Row") : fieldTitle(it.key());
        parts << QStringLiteral("%1: %2").arg(field, it.value().join(QLatin1Char(' ')));
    }
    return parts.join(QLatin1Char(' '));
}

QVariant PatientImportModel::data(const QModelIndex& index, int role) const
{
    const PatientImportRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const int cell = index.column() - FirstCell;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Line)
            return row->line;
        if (index.column() == Status)
            return statusText(*row);
        return cell < row->cells.size() ? row->cells[cell] : QString();
    case Qt::ToolTipRole:
        return row->verdict == PatientImportRow::Verdict::Ready ? QVariant() : QVariant(statusText(*row));
    case Qt::BackgroundRole: {
        const bool problemCell =
            cell >= 0 && cell < m_plan.columns.size() && row->problems.contains(m_plan.columns[cell]);
        if (problemCell)
            return QBrush(QColor(0xf4, 0xb4, 0xb4));
        if (row->verdict == PatientImportRow::Verdict::Invalid)
            return QBrush(QColor(0xfb, 0xe3, 0xe3));
        if (row->verdict == PatientImportRow::Verdict::Duplicate)
            return QBrush(QColor(0xfd, 0xf1, 0xc8));
        return {};
    }
    case Qt::ForegroundRole:
        // Columns left out are greyed: they show what the file holds, not what is imported.
        if (cell >= 0 && cell < m_plan.columns.size() && m_plan.columns[cell].isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    default:
        return {};
    }
}

QVariant PatientImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Line)
        return tr("Line");
    if (section == Status)
        return tr("Status");
    const int cell = section - FirstCell;
    if (cell < 0 || cell >= m_plan.header.size())
        return {};
    const QString field = cell < m_plan.columns.size() ? m_plan.columns[cell] : QString();
    return field.isEmpty() ? tr("%1\n(left out)").arg(m_plan.header[cell])
                           : QStringLiteral("%1\n→ %2").arg(m_plan.header[cell], fieldTitle(field));
}

} // namespace chairside::ui

#include "PatientTableModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace chairside::ui {

PatientTableModel::PatientTableModel(PatientService& patients, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_patients(patients)
    , m_actor(std::move(actor))
{
    setSearch(QString());
}

void PatientTableModel::setSearch(const QString& text)
{
    beginResetModel();
    m_search = text;
    m_fetchPending = false;
    m_rows.clear();
    auto total = m_patients.count(m_actor, m_search);
    m_total = total ? *total : 0;
    endResetModel();
}

QString PatientTableModel::patientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].value(QStringLiteral("id")).toString() : QString();
}

int PatientTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap& p = m_rows[index.row()];
    const QString allergies = p.value(QStringLiteral("allergies")).toString();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            return p.value(QStringLiteral("name"));
        case DateOfBirth:
            return p.value(QStringLiteral("date_of_birth"));
        case Phone: {
            // A phone number reads left to right in every language: isolated (LRI ... PDI), its digit groups
            // keep their order on a right-to-left screen instead of being laid out as separate runs.
            const QString phone = p.value(QStringLiteral("phone")).toString();
            return role == Qt::DisplayRole && !phone.isEmpty() ? QChar(0x2066) + phone + QChar(0x2069)
                                                               : phone;
        }
        case Email:
            return p.value(QStringLiteral("email"));
        case Allergies:
            return allergies;
        default:
            return {};
        }
    }
    // Allergies are what a dentist must not miss: bold and in the highlight colour.
    if (role == Qt::FontRole && index.column() == Allergies && !allergies.isEmpty()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == Allergies && !allergies.isEmpty())
        return QGuiApplication::palette().brush(QPalette::Highlight);
    return {};
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case Allergies:
        return tr("Allergies");
    default:
        return {};
    }
}

bool PatientTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetchPending && m_rows.size() < m_total;
}

void PatientTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_fetchPending)
        return;
    // The page is loaded from the event loop, not inside the view's (or a reset handler's) call: rows are
    // then inserted outside any other model change, and a search keystroke is never blocked behind a page
    // load.
    m_fetchPending = true;
    QMetaObject::invokeMethod(this, &PatientTableModel::loadNextPage, Qt::QueuedConnection);
}

void PatientTableModel::loadNextPage()
{
    m_fetchPending = false;
    PatientQuery q;
    q.search = m_search;
    q.limit = kPageSize;
    q.offset = int(m_rows.size());
    auto page = m_patients.list(m_actor, q);
    if (!page || page->isEmpty()) {
        // The store shrank under us (another station deleted patients): stop asking for more.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
}

} // namespace chairside::ui

#include "AppointmentDayModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace chairside::ui {

QString statusLabel(const QString& status)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("requested"), QT_TRANSLATE_NOOP("chairside::ui::AppointmentDayModel", "Requested")},
        {QStringLiteral("scheduled"), QT_TRANSLATE_NOOP("chairside::ui::AppointmentDayModel", "Scheduled")},
        {QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("chairside::ui::AppointmentDayModel", "Confirmed")},
        {QStringLiteral("arrived"), QT_TRANSLATE_NOOP("chairside::ui::AppointmentDayModel", "Arrived")},
        {QStringLiteral("in_chair"), QT_TRANSLATE_NOOP("chairside::ui::AppointmentDayModel", "In chair")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("chairside::ui::AppointmentDayModel", "Completed")},
        {QStringLiteral("no_show"), QT_TRANSLATE_NOOP("chairside::ui::AppointmentDayModel", "No-show")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("chairside::ui::AppointmentDayModel", "Cancelled")},
    };
    const char* label = labels.value(status);
    return label ? AppointmentDayModel::tr(label) : status;
}

AppointmentDayModel::AppointmentDayModel(AppointmentService& appointments, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_appointments(appointments)
    , m_actor(std::move(actor))
{}

void AppointmentDayModel::setDay(const QDate& clinicDate, const QTimeZone& zone)
{
    m_day = clinicDate;
    m_zone = zone;
    reload();
}

Status AppointmentDayModel::reload()
{
    AppointmentQuery query;
    query.from = QDateTime(m_day, QTime(0, 0), m_zone).toUTC();
    query.to = QDateTime(m_day.addDays(1), QTime(0, 0), m_zone).toUTC();
    auto rows = m_day.isValid() ? m_appointments.list(m_actor, query)
                                : Result<QList<QVariantMap>>(QList<QVariantMap>());
    beginResetModel();
    m_rows.clear();
    if (rows) {
        for (const QVariantMap& row : *rows) {
            if (row.value(QStringLiteral("status")).toString() != QLatin1String("cancelled"))
                m_rows.append(row);
        }
    }
    endResetModel();
    return rows ? Status() : Status(rows.error());
}

int AppointmentDayModel::rowOf(const QString& appointmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].value(QStringLiteral("id")).toString() == appointmentId)
            return row;
    }
    return -1;
}

int AppointmentDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppointmentDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentDayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap& row = m_rows[index.row()];
    const QString status = row.value(QStringLiteral("status")).toString();
    const QVariant allergiesValue = row.value(QStringLiteral("patient_allergies"));
    const QString allergies = allergiesValue.isNull() ? QString() : allergiesValue.toString();
    switch (role) {
    case IdRole:
        return row.value(QStringLiteral("id"));
    case StatusRole:
        return status;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Time: {
            const auto at = [&](const char* key) {
                return QDateTime::fromString(row.value(QString::fromLatin1(key)).toString(),
                                             Qt::ISODateWithMs)
                    .toTimeZone(m_zone)
                    .time()
                    .toString(QStringLiteral("HH:mm"));
            };
            return QStringLiteral("%1–%2").arg(at("start_at"), at("end_at"));
        }
        case Patient:
            return row.value(QStringLiteral("patient_name"));
        case Allergies:
            return allergies;
        case Dentist:
            return row.value(QStringLiteral("dentist_name"));
        case Chair:
            return row.value(QStringLiteral("chair_name"));
        case State:
            return statusLabel(status);
        case Reason:
            return row.value(QStringLiteral("reason"));
        }
        return {};
    case Qt::FontRole:
        if ((index.column() == Allergies && !allergies.isEmpty()) ||
            (index.column() == State &&
             (status == QLatin1String("arrived") || status == QLatin1String("in_chair")))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Allergies && !allergies.isEmpty())
            return QBrush(QColor(0xa6, 0x1b, 0x1b));
        if (status == QLatin1String("completed") || status == QLatin1String("no_show"))
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    }
    return {};
}

QVariant AppointmentDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Patient:
        return tr("Patient");
    case Allergies:
        return tr("Allergies");
    case Dentist:
        return tr("Dentist");
    case Chair:
        return tr("Chair");
    case State:
        return tr("Status");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace chairside::ui

#include "BookingDialog.h"

#include "ErrorText.h"
#include "PatientTableModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

// "Any free" first, then the rows by name; the id is the item data.
void fill(QComboBox* box, const QString& anyText, const QList<QVariantMap>& rows, const QString& selectedId)
{
    box->addItem(anyText, QString());
    for (const QVariantMap& row : rows) {
        box->addItem(row.value(QStringLiteral("name")).toString(), row.value(QStringLiteral("id")));
        if (row.value(QStringLiteral("id")).toString() == selectedId)
            box->setCurrentIndex(box->count() - 1);
    }
}

} // namespace

BookingDialog::BookingDialog(Services& services, Actor actor, const QDateTime& startUtc,
                             const QString& dentistId, const QString& chairId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_zone(services.schedule.timeZone())
    , m_patients(new PatientTableModel(services.patients, m_actor, this))
    , m_search(new QLineEdit)
    , m_patientList(new QListView)
    , m_dentist(new QComboBox)
    , m_chair(new QComboBox)
    , m_start(new QDateTimeEdit)
    , m_duration(new QSpinBox)
    , m_reason(new QLineEdit)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(tr("Book an appointment"));
    setMinimumWidth(460);

    m_search->setObjectName(QStringLiteral("bookingPatientSearch"));
    m_search->setAccessibleName(tr("Search patient"));
    m_search->setPlaceholderText(tr("Name, phone, email or date of birth"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_patients, &PatientTableModel::setSearch);
    m_patientList->setObjectName(QStringLiteral("bookingPatientList"));
    m_patientList->setAccessibleName(tr("Patients"));
    m_patientList->setModel(m_patients);
    m_patientList->setMinimumHeight(160);
    m_search->installEventFilter(this);

    m_dentist->setObjectName(QStringLiteral("bookingDentist"));
    m_dentist->setAccessibleName(tr("Dentist"));
    const auto dentists = services.doctors.list(m_actor);
    fill(m_dentist, tr("Any free dentist"), dentists ? *dentists : QList<QVariantMap>(), dentistId);
    m_chair->setObjectName(QStringLiteral("bookingChair"));
    m_chair->setAccessibleName(tr("Chair"));
    const auto chairs = services.schedule.chairs();
    fill(m_chair, tr("Any free chair"), chairs ? *chairs : QList<QVariantMap>(), chairId);

    m_start->setObjectName(QStringLiteral("bookingStart"));
    m_start->setAccessibleName(tr("Start (clinic time)"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    // The edit holds clinic wall-clock time; it is turned into UTC with the clinic's zone on booking.
    const QDateTime local = startUtc.toTimeZone(m_zone);
    m_start->setDateTime(QDateTime(local.date(), local.time()));
    m_duration->setObjectName(QStringLiteral("bookingDuration"));
    m_duration->setAccessibleName(tr("Length in minutes"));
    m_duration->setRange(AppointmentService::kMinimumMinutes, AppointmentService::kMaximumMinutes);
    m_duration->setSingleStep(5);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" min"));
    m_reason->setObjectName(QStringLiteral("bookingReason"));
    m_reason->setAccessibleName(tr("Reason"));

    m_error->setObjectName(QStringLiteral("bookingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Patient:"), m_search);
    form->addRow(QString(), m_patientList);
    form->addRow(tr("&Dentist:"), m_dentist);
    form->addRow(tr("C&hair:"), m_chair);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Length:"), m_duration);
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bookingConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_search->setFocus();
}

bool BookingDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            m_patientList->setFocus();
            if (!m_patientList->currentIndex().isValid() && m_patients->rowCount() > 0)
                m_patientList->setCurrentIndex(m_patients->index(0, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BookingDialog::accept()
{
    const QModelIndex patient = m_patientList->currentIndex();
    if (!patient.isValid()) {
        m_error->setText(tr("Choose the patient first: search, then pick one from the list."));
        m_error->show();
        m_search->setFocus();
        return;
    }
    BookingRequest request;
    request.patientId = m_patients->patientId(patient.row());
    request.dentistId = m_dentist->currentData().toString();
    request.chairId = m_chair->currentData().toString();
    const QDateTime wallClock = m_start->dateTime();
    request.start = QDateTime(wallClock.date(), wallClock.time(), m_zone).toUTC();
    request.durationMinutes = m_duration->value();
    request.reason = m_reason->text().trimmed();
    auto booked = m_services.appointments.book(m_actor, request);
    if (!booked) {
        m_error->setText(errorText(booked.error()));
        m_error->show();
        return;
    }
    m_booked = *booked;
    QDialog::accept();
}

} // namespace chairside::ui

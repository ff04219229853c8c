#include "ChartView.h"

#include "BillingSection.h"
#include "ConsultationsSection.h"
#include "DisplayText.h"
#include "DocumentsSection.h"
#include "ErrorText.h"
#include "PrescriptionsSection.h"
#include "StoreWatcher.h"
#include "XrayWindow.h"
#include "auth/Permissions.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <iterator>
#include <limits>

namespace chairside::ui {

namespace {

enum Column
{
    DateColumn,
    TimeColumn,
    DentistColumn,
    ChairColumn,
    StatusColumn,
    ReasonColumn,
    ColumnCount
};

enum class RowKind
{
    Appointment,
    Notes,
    Image
};

constexpr int kKindRole = Qt::UserRole;
constexpr int kEntryRole = Qt::UserRole + 1;
constexpr int kAppointmentRole = Qt::UserRole + 2;
constexpr int kImageRole = Qt::UserRole + 3; // index of the image in its record
constexpr int kImageIdRole = Qt::UserRole + 4;

// Allergies must be seen before anything is done at the chair, so they stand out from everything else.
const QString kWarningStyle =
    QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 2px solid #c0392b; "
                   "border-radius: 4px; padding: 4px 8px; font-weight: bold; }");
const QString kHistoryStyle = QStringLiteral(
    "QLabel { background: #fff8e1; border: 1px solid #e0b400; border-radius: 4px; padding: 4px 8px; }");
const QString kQuietStyle = QStringLiteral("QLabel { color: #555; padding: 2px 8px; }");

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

QString readingColour(const QString& status)
{
    if (status == QLatin1String("draft"))
        return QStringLiteral("#8a5a00");
    if (status == QLatin1String("confirmed"))
        return QStringLiteral("#1e6b34");
    if (status == QLatin1String("rejected") || status == QLatin1String("failed"))
        return QStringLiteral("#8a1c1c");
    return QStringLiteral("#555");
}

} // namespace

ChartView::~ChartView() = default;

XrayWindow* ChartView::xrayWindow() const
{
    return m_xray;
}

ChartView::ChartView(Services& services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_mayWrite(allows(m_actor.role, Permission::WriteRecords))
    , m_mayReview(allows(m_actor.role, Permission::ReviewReadings))
    , m_name(plainLabel())
    , m_details(plainLabel())
    , m_allergies(plainLabel())
    , m_history(plainLabel())
    , m_message(new QLabel)
    , m_timeline(new QTreeWidget)
    , m_detail(new QScrollArea)
    , m_noteArea(new QWidget)
    , m_noteTarget(new QLabel)
    , m_noteEditor(new QPlainTextEdit)
    , m_addNote(new QPushButton(tr("Add note")))
    , m_tabs(new QTabWidget)
    , m_prescriptions(new PrescriptionsSection(services, m_actor))
    , m_consultations(new ConsultationsSection(services, m_actor))
    , m_documents(new DocumentsSection(services, m_actor))
    , m_billing(new BillingSection(services, m_actor))
{
    setObjectName(QStringLiteral("chartView"));
    setAccessibleName(tr("Patient chart"));

    m_name->setObjectName(QStringLiteral("chartPatientName"));
    m_name->setAccessibleName(tr("Patient"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("chartPatientDetails"));
    m_details->setAccessibleName(tr("Date of birth and phone"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_allergies->setObjectName(QStringLiteral("chartAllergies"));
    m_allergies->setAccessibleName(tr("Allergies"));
    m_history->setObjectName(QStringLiteral("chartMedicalHistory"));
    m_history->setAccessibleName(tr("Medical history"));
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_timeline->setObjectName(QStringLiteral("chartTimeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setAccessibleDescription(tr(
        "The patient's appointments, newest first, each with its notes and images. Enter opens an image."));
    m_timeline->setColumnCount(ColumnCount);
    m_timeline->setHeaderLabels(
        {tr("Date"), tr("Time"), tr("Dentist"), tr("Chair"), tr("Status"), tr("Reason")});
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setAllColumnsShowFocus(true);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setWordWrap(false);
    m_timeline->header()->setStretchLastSection(true);
    const int widths[] = {190, 100, 140, 90, 100}; // the reason takes the rest
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_timeline->setColumnWidth(column, widths[column]);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { currentItemChanged(current); });
    connect(m_timeline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (RowKind(item->data(0, kKindRole).toInt()) == RowKind::Image)
            openImage(item->data(0, kEntryRole).toInt(), item->data(0, kImageRole).toInt());
    });

    m_detail->setObjectName(QStringLiteral("chartDetail"));
    m_detail->setAccessibleName(tr("Appointment record"));
    m_detail->setWidgetResizable(true);
    // Its contents take the focus; the scroll area itself would be one more stop without anything to do.
    m_detail->setFocusPolicy(Qt::NoFocus);
    // The record wraps to the pane's width instead of scrolling sideways.
    m_detail->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("chartSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Stretch factors share only the space beyond the size hints, and the timeline's hint is all its columns;
    // sizes in proportion give the record its share from the start.
    splitter->setSizes({3000, 2000});

    // The note for today's appointment; Alt+N (the label's mnemonic) jumps to it, Ctrl+Return adds it.
    m_noteArea->setObjectName(QStringLiteral("chartNoteArea"));
    m_noteTarget->setObjectName(QStringLiteral("chartNoteTarget"));
    m_noteTarget->setBuddy(m_noteEditor);
    m_noteEditor->setObjectName(QStringLiteral("chartNoteEditor"));
    m_noteEditor->setAccessibleName(tr("Note for today's appointment"));
    m_noteEditor->setPlaceholderText(tr("Write a note… (Ctrl+Return adds it)"));
    m_noteEditor->setTabChangesFocus(true);
    m_noteEditor->setFixedHeight(72);
    m_addNote->setObjectName(QStringLiteral("chartAddNote"));
    m_addNote->setToolTip(tr("Add the note to today's appointment (Ctrl+Return)"));
    connect(m_addNote, &QPushButton::clicked, this, &ChartView::addNote);
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_noteEditor);
    submit->setContext(Qt::WidgetShortcut);
    connect(submit, &QShortcut::activated, this, &ChartView::addNote);
    auto* noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(0, 0, 0, 0);
    noteRow->addWidget(m_noteEditor, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignTop);
    auto* noteLayout = new QVBoxLayout(m_noteArea);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(m_noteTarget);
    noteLayout->addLayout(noteRow);
    // Those who may not write records see the chart without a note field rather than one that always fails.
    m_noteArea->setVisible(m_mayWrite);

    auto* reloadAction = new QAction(tr("Reload chart"), this);
    reloadAction->setObjectName(QStringLiteral("chartReloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadAction, &QAction::triggered, this, &ChartView::reload);
    addAction(reloadAction);

    // Readings the analyzer finishes, notes written at another station: shown within a second.
    connect(new StoreWatcher(m_services.ctx.db, this), &StoreWatcher::changed, this, [this] {
        if (isVisible())
            reload();
    });

    // The visits (timeline, record, today's note) and a tab per clinical and billing service; each tab reads
    // and writes through its own service. Alt and the underlined letter, or Ctrl+Tab, switch tabs.
    auto* visits = new QWidget;
    visits->setObjectName(QStringLiteral("chartVisits"));
    auto* visitsLayout = new QVBoxLayout(visits);
    visitsLayout->addWidget(splitter, 1);
    visitsLayout->addWidget(m_noteArea);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setAccessibleName(tr("Chart sections"));
    m_tabs->addTab(visits, tr("&Visits"));
    m_tabs->addTab(m_prescriptions, tr("&Prescriptions"));
    m_tabs->addTab(m_consultations, tr("&Consultations"));
    m_tabs->addTab(m_documents, tr("&Documents"));
    m_tabs->addTab(m_billing, tr("Pa&yments and invoices"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_allergies);
    layout->addWidget(m_history);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_timeline, m_noteEditor);
    setTabOrder(m_noteEditor, m_addNote);
    setFocusProxy(m_timeline);
    clearPatient({});
}

void ChartView::setPatient(const QString& patientId)
{
    m_patientId = patientId;
    m_loaded = false;
    m_message->hide();
    m_timeline->clear(); // a new patient starts at today's (or the latest) appointment, not the old selection
    if (patientId.isEmpty())
        clearPatient({});
    else
        reload();
}

void ChartView::reload()
{
    if (m_patientId.isEmpty()) {
        clearPatient({});
        return;
    }
    auto patient = m_services.patients.get(m_actor, m_patientId);
    if (!patient) {
        clearPatient(patient.error().code == Error::Code::NotFound
                         ? tr("This patient does not exist or is not one you may see.")
                         : tr("The patient cannot be read: %1").arg(errorText(patient.error())));
        return;
    }
    showSectionsOf(m_patientId);

    QList<Entry> entries;
    QStringList problems;
    AppointmentQuery query;
    query.patientId = m_patientId;
    auto appointments = m_services.appointments.list(m_actor, query);
    if (!appointments) {
        problems << tr("The appointments cannot be read: %1").arg(errorText(appointments.error()));
    } else {
        // The service lists oldest first; a chart is read from the latest visit down.
        for (auto it = appointments->crbegin(); it != appointments->crend(); ++it) {
            Entry entry{*it, std::nullopt};
            auto record = m_services.records.forAppointment(m_actor, fieldText(*it, QStringLiteral("id")));
            if (record)
                entry.record = *record;
            else
                problems << tr("The record of %1 cannot be read: %2")
                                .arg(localTime(fieldText(*it, QStringLiteral("start_at")),
                                               QStringLiteral("yyyy-MM-dd HH:mm")),
                                     errorText(record.error()));
            entries.append(entry);
        }
    }
    const QString todayId = todaysAppointment(entries);

    // Any change in the store brings the chart here (StoreWatcher); rebuilding an unchanged chart would only
    // take the focus and the scroll position away from whoever is reading it.
    if (m_loaded && *patient == m_patient && entries == m_entries && todayId == m_todayId &&
        problems.isEmpty())
        return;

    QString selectedAppointment;
    QString selectedImage;
    if (const QTreeWidgetItem* item = m_timeline->currentItem()) {
        selectedAppointment = item->data(0, kAppointmentRole).toString();
        selectedImage = item->data(0, kImageIdRole).toString();
    }
    m_loaded = true;
    m_patient = *patient;
    m_entries = entries;
    m_todayId = todayId;
    showPatient(m_patient);
    fillTimeline();
    updateNoteTarget();
    if (!selectEntry(selectedAppointment, selectedImage) && !selectEntry(m_todayId) &&
        m_timeline->topLevelItemCount() > 0)
        m_timeline->setCurrentItem(m_timeline->topLevelItem(0));
    if (!problems.isEmpty())
        showMessage(problems.join(QLatin1Char('\n')), true);
}

QString ChartView::todaysAppointment(const QList<Entry>& entries) const
{
    // Today is the clinic's day, whatever this computer's zone; of several visits today the note belongs to
    // the one at hand (running now, or the nearest before or after).
    QString id;
    const QTimeZone zone = m_services.schedule.timeZone();
    const QDateTime now = m_services.ctx.clock.nowUtc();
    const QDate today = now.toTimeZone(zone).date();
    qint64 nearest = std::numeric_limits<qint64>::max();
    for (const Entry& entry : entries) {
        const QString status = fieldText(entry.appointment, QStringLiteral("status"));
        if (status == statusName(AppointmentStatus::Cancelled) ||
            status == statusName(AppointmentStatus::NoShow))
            continue;
        const QDateTime start = utc(fieldText(entry.appointment, QStringLiteral("start_at")));
        const QDateTime end = utc(fieldText(entry.appointment, QStringLiteral("end_at")));
        if (!start.isValid() || start.toTimeZone(zone).date() != today)
            continue;
        const qint64 distance = now < start ? now.secsTo(start) : (now < end ? 0 : end.secsTo(now));
        if (distance < nearest) {
            nearest = distance;
            id = fieldText(entry.appointment, QStringLiteral("id"));
        }
    }
    return id;
}

void ChartView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_patientId.isEmpty())
        reload(); // changes made while another screen was shown
}

void ChartView::showPatient(const QVariantMap& patient)
{
    QString name = fieldText(patient, QStringLiteral("name"));
    if (name.isEmpty())
        name = QStringList{fieldText(patient, QStringLiteral("first_name")),
                           fieldText(patient, QStringLiteral("last_name"))}
                   .join(QLatin1Char(' '))
                   .trimmed();
    m_patientName = name;
    m_name->setText(name.isEmpty() ? tr("Unnamed patient") : name);

    QStringList details;
    const QString born = fieldText(patient, QStringLiteral("date_of_birth"));
    const bool hasAge =
        patient.contains(QStringLiteral("age")) && !patient.value(QStringLiteral("age")).isNull();
    const int age = patient.value(QStringLiteral("age")).toInt();
    if (!born.isEmpty() && hasAge)
        details << tr("Born %1, %n year(s) old", nullptr, age).arg(born);
    else if (!born.isEmpty())
        details << tr("Born %1").arg(born);
    else if (hasAge)
        details << tr("%n year(s) old", nullptr, age);
    const QString phone = fieldText(patient, QStringLiteral("phone"));
    if (!phone.isEmpty())
        details << tr("Phone %1").arg(phone);
    m_details->setText(details.isEmpty() ? tr("No date of birth or phone recorded.")
                                         : details.join(QStringLiteral("  ·  ")));
    m_details->show();

    const QString allergies = fieldText(patient, QStringLiteral("allergies")).trimmed();
    m_allergies->setProperty("warning", !allergies.isEmpty());
    m_allergies->setText(allergies.isEmpty() ? tr("No allergies recorded.")
                                             : tr("⚠ Allergies: %1").arg(allergies));
    m_allergies->setStyleSheet(allergies.isEmpty() ? kQuietStyle : kWarningStyle);
    m_allergies->show();

    const QString history = fieldText(patient, QStringLiteral("medical_history")).trimmed();
    m_history->setText(history.isEmpty() ? tr("No medical history recorded.")
                                         : tr("Medical history: %1").arg(history));
    m_history->setStyleSheet(history.isEmpty() ? kQuietStyle : kHistoryStyle);
    m_history->show();
}

void ChartView::clearPatient(const QString& why)
{
    m_loaded = false;
    m_patient.clear();
    m_entries.clear();
    m_todayId.clear();
    m_patientName.clear();
    m_name->setText(tr("No patient selected"));
    m_details->hide();
    m_allergies->hide();
    m_history->hide();
    m_message->hide();
    fillTimeline();
    updateNoteTarget();
    showSectionsOf({});
    if (!why.isEmpty())
        showMessage(why, true);
}

void ChartView::showSectionsOf(const QString& patientId)
{
    for (ChartSection* section : sections()) {
        if (section->patientId() != patientId)
            section->setPatient(patientId);
        else if (section->isVisible())
            section->reload();
    }
}

QList<ChartSection*> ChartView::sections() const
{
    return {m_prescriptions, m_consultations, m_documents, m_billing};
}

void ChartView::fillTimeline()
{
    m_timeline->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const QVariantMap& a = m_entries.at(i).appointment;
        const QString id = fieldText(a, QStringLiteral("id"));
        const QString status = fieldText(a, QStringLiteral("status"));
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setData(0, kKindRole, int(RowKind::Appointment));
        item->setData(0, kEntryRole, i);
        item->setData(0, kAppointmentRole, id);
        const QString date =
            localTime(fieldText(a, QStringLiteral("start_at")), QStringLiteral("ddd yyyy-MM-dd"));
        item->setText(DateColumn, id == m_todayId ? tr("%1 (today)").arg(date) : date);
        item->setText(
            TimeColumn,
            tr("%1–%2").arg(localTime(fieldText(a, QStringLiteral("start_at")), QStringLiteral("HH:mm")),
                            localTime(fieldText(a, QStringLiteral("end_at")), QStringLiteral("HH:mm"))));
        const QString dentist = fieldText(a, QStringLiteral("dentist_name"));
        const QString chair = fieldText(a, QStringLiteral("chair_name"));
        item->setText(DentistColumn, dentist.isEmpty() ? tr("—") : dentist);
        item->setText(ChairColumn, chair.isEmpty() ? tr("—") : chair);
        item->setText(StatusColumn, statusText(status));
        item->setText(ReasonColumn, fieldText(a, QStringLiteral("reason")));
        if (id == m_todayId) {
            QFont bold = item->font(DateColumn);
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, bold);
        } else if (status == statusName(AppointmentStatus::Cancelled) ||
                   status == statusName(AppointmentStatus::NoShow)) {
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, QColor(0x80, 0x80, 0x80));
        }

        const std::optional<RecordView>& record = m_entries.at(i).record;
        if (!record)
            continue;
        const QString notes = fieldText(record->record, QStringLiteral("text_note")).trimmed();
        if (!notes.isEmpty()) {
            auto* child = new QTreeWidgetItem(item);
            child->setData(0, kKindRole, int(RowKind::Notes));
            child->setData(0, kEntryRole, i);
            child->setData(0, kAppointmentRole, id);
            // One line here (the view elides it); the record beside the timeline shows the whole text.
            child->setText(0, tr("Notes: %1").arg(notes.simplified()));
            child->setToolTip(0, notes);
            child->setFirstColumnSpanned(true);
        }
        for (int j = 0; j < record->images.size(); ++j) {
            const QVariantMap& image = record->images.at(j);
            auto* child = new QTreeWidgetItem(item);
            child->setData(0, kKindRole, int(RowKind::Image));
            child->setData(0, kEntryRole, i);
            child->setData(0, kAppointmentRole, id);
            child->setData(0, kImageRole, j);
            child->setData(0, kImageIdRole, fieldText(image, QStringLiteral("id")));
            const QString reading = fieldText(image, QStringLiteral("reading_text")).simplified();
            QString line =
                tr("Image %1, %2 — AI reading %3")
                    .arg(QString::number(j + 1), teethText(fieldText(image, QStringLiteral("tooth_numbers"))),
                         readingStatusText(fieldText(image, QStringLiteral("reading_status"))));
            if (!reading.isEmpty())
                line += tr(": %1").arg(reading);
            child->setText(0, line);
            child->setForeground(0,
                                 QColor(readingColour(fieldText(image, QStringLiteral("reading_status")))));
            child->setFirstColumnSpanned(true);
        }
        item->setExpanded(true);
    }
    // clear() resets the current item without a signal, so the record beside it is reset here.
    showDetail(-1);
}

bool ChartView::selectEntry(const QString& appointmentId, const QString& imageId)
{
    if (appointmentId.isEmpty())
        return false;
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_timeline->topLevelItem(i);
        if (item->data(0, kAppointmentRole).toString() != appointmentId)
            continue;
        QTreeWidgetItem* target = item;
        for (int c = 0; !imageId.isEmpty() && c < item->childCount(); ++c) {
            if (item->child(c)->data(0, kImageIdRole).toString() == imageId)
                target = item->child(c);
        }
        m_timeline->setCurrentItem(target);
        m_timeline->scrollToItem(target);
        return true;
    }
    return false;
}

void ChartView::currentItemChanged(QTreeWidgetItem* item)
{
    const int entry = item ? item->data(0, kEntryRole).toInt() : -1;
    if (entry != m_detailEntry)
        showDetail(entry);
    if (item && RowKind(item->data(0, kKindRole).toInt()) == RowKind::Image && m_detail->widget()) {
        const int image = item->data(0, kImageRole).toInt();
        for (QGroupBox* box : m_detail->widget()->findChildren<QGroupBox*>(QStringLiteral("chartImage"))) {
            if (box->property("imageIndex").toInt() == image)
                m_detail->ensureWidgetVisible(box);
        }
    }
}

void ChartView::showDetail(int entry)
{
    m_detailEntry = entry;
    // The old page may hold the button whose click led here, so it is deleted once that click is done.
    if (QWidget* old = m_detail->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("chartDetailPage"));
    auto* layout = new QVBoxLayout(page);
    QList<QWidget*> tabChain;

    if (entry < 0 || entry >= m_entries.size()) {
        auto* hint = plainLabel(m_patientId.isEmpty() ? QString()
                                : m_entries.isEmpty() ? tr("No appointments yet.")
                                                      : tr("Select an appointment in the timeline."));
        hint->setStyleSheet(kQuietStyle);
        layout->addWidget(hint);
    } else {
        const Entry& e = m_entries.at(entry);
        auto* heading = plainLabel(appointmentSummary(e.appointment));
        heading->setObjectName(QStringLiteral("chartDetailHeading"));
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        layout->addWidget(heading);
        const QString reason = fieldText(e.appointment, QStringLiteral("reason"));
        if (!reason.isEmpty())
            layout->addWidget(plainLabel(tr("Reason: %1").arg(reason)));
        const QString bookingNote = fieldText(e.appointment, QStringLiteral("notes"));
        if (!bookingNote.isEmpty())
            layout->addWidget(plainLabel(tr("Booking note: %1").arg(bookingNote)));

        auto* notesTitle = new QLabel(tr("Clinical notes"));
        notesTitle->setFont(bold);
        layout->addWidget(notesTitle);
        const QString notes = e.record ? fieldText(e.record->record, QStringLiteral("text_note")) : QString();
        if (notes.trimmed().isEmpty()) {
            auto* none = plainLabel(tr("No notes yet."));
            none->setObjectName(QStringLiteral("chartNoNotes"));
            none->setStyleSheet(kQuietStyle);
            layout->addWidget(none);
        } else {
            auto* notesView = new QPlainTextEdit(notes);
            notesView->setObjectName(QStringLiteral("chartNotes"));
            notesView->setAccessibleName(tr("Clinical notes"));
            notesView->setReadOnly(true);
            notesView->setTabChangesFocus(true);
            notesView->setMinimumHeight(140);
            layout->addWidget(notesView);
            tabChain << notesView;
        }

        if (e.record && !e.record->images.isEmpty()) {
            auto* imagesTitle = new QLabel(tr("Images"));
            imagesTitle->setFont(bold);
            layout->addWidget(imagesTitle);
            for (int j = 0; j < e.record->images.size(); ++j) {
                QWidget* panel = imagePanel(entry, j);
                layout->addWidget(panel);
                for (QPushButton* button : panel->findChildren<QPushButton*>())
                    tabChain << button;
            }
        }
    }
    layout->addStretch(1);
    m_detail->setWidget(page);

    // Widgets made now would come last in the focus chain; Tab should go from the timeline through the record
    // to the note, as they are laid out.
    QWidget* previous = m_timeline;
    for (QWidget* w : std::as_const(tabChain)) {
        setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, m_noteEditor);
    setTabOrder(m_noteEditor, m_addNote);
}

QWidget* ChartView::imagePanel(int entry, int index)
{
    const QVariantMap& image = m_entries.at(entry).record->images.at(index);
    const QString status = fieldText(image, QStringLiteral("reading_status"));
    const QString readingId = fieldText(image, QStringLiteral("reading_id"));
    const QString number = QString::number(index + 1);

    auto* box = new QGroupBox(
        tr("Image %1, %2").arg(number, teethText(fieldText(image, QStringLiteral("tooth_numbers")))));
    box->setObjectName(QStringLiteral("chartImage"));
    box->setProperty("imageIndex", index);
    box->setProperty("readingId", readingId);
    auto* layout = new QVBoxLayout(box);

    auto* statusLabel = plainLabel(tr("AI reading: %1").arg(readingStatusText(status)));
    statusLabel->setObjectName(QStringLiteral("chartReadingStatus"));
    statusLabel->setProperty("status", status);
    statusLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(readingColour(status)));
    layout->addWidget(statusLabel);
    if (status == QLatin1String("pending")) {
        // The analysis runs in the background (and retries while Gemini is unreachable); the chart is
        // rebuilt with the draft as soon as it is stored.
        auto* busy = new QProgressBar;
        busy->setObjectName(QStringLiteral("chartReadingBusy"));
        busy->setAccessibleName(tr("AI reading of image %1 in progress").arg(number));
        busy->setRange(0, 0);
        busy->setMaximumHeight(8);
        busy->setTextVisible(false);
        layout->addWidget(busy);
    }

    const QString reading = fieldText(image, QStringLiteral("reading_text"));
    auto* readingLabel = plainLabel(reading.isEmpty() ? tr("No reading text.") : reading);
    readingLabel->setObjectName(QStringLiteral("chartReadingText"));
    readingLabel->setAccessibleName(tr("AI reading of image %1").arg(number));
    readingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(readingLabel);

    QStringList meta;
    const QString model = fieldText(image, QStringLiteral("reading_model"));
    const QString analysed = fieldText(image, QStringLiteral("reading_completed_at"));
    if (!model.isEmpty() && !analysed.isEmpty())
        meta << tr("Model %1, analysed %2")
                    .arg(model, localTime(analysed, QStringLiteral("yyyy-MM-dd HH:mm")));
    else if (!model.isEmpty())
        meta << tr("Model %1").arg(model);
    const QString reviewedAt = fieldText(image, QStringLiteral("reading_reviewed_at"));
    if (!reviewedAt.isEmpty()) {
        QString reviewer = fieldText(image, QStringLiteral("reading_reviewed_by_name"));
        if (reviewer.isEmpty())
            reviewer = tr("an unknown user");
        const QString when = localTime(reviewedAt, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (status == QLatin1String("confirmed"))
            meta << tr("Confirmed by %1 on %2").arg(reviewer, when);
        else if (status == QLatin1String("rejected"))
            meta << tr("Rejected by %1 on %2").arg(reviewer, when);
        else
            meta << tr("Reviewed by %1 on %2").arg(reviewer, when);
    }
    if (!meta.isEmpty()) {
        auto* metaLabel = plainLabel(meta.join(QLatin1Char('\n')));
        metaLabel->setObjectName(QStringLiteral("chartReadingMeta"));
        metaLabel->setStyleSheet(kQuietStyle);
        layout->addWidget(metaLabel);
    }

    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open in viewer"));
    open->setObjectName(QStringLiteral("chartOpenImage"));
    open->setAccessibleName(tr("Open image %1 in the X-ray viewer").arg(number));
    connect(open, &QPushButton::clicked, this, [this, entry, index] { openImage(entry, index); });
    buttons->addWidget(open);
    // Only a draft waits for a decision, and only those the permission table lets review see the buttons;
    // the service checks both again.
    if (status == QLatin1String("draft") && m_mayReview && !readingId.isEmpty()) {
        auto* confirm = new QPushButton(tr("Confirm reading"));
        confirm->setObjectName(QStringLiteral("chartConfirmReading"));
        confirm->setAccessibleName(tr("Confirm the AI reading of image %1").arg(number));
        confirm->setProperty("readingId", readingId);
        connect(confirm, &QPushButton::clicked, this, [this, readingId] { review(readingId, true); });
        auto* reject = new QPushButton(tr("Reject reading"));
        reject->setObjectName(QStringLiteral("chartRejectReading"));
        reject->setAccessibleName(tr("Reject the AI reading of image %1").arg(number));
        reject->setProperty("readingId", readingId);
        connect(reject, &QPushButton::clicked, this, [this, readingId] { review(readingId, false); });
        buttons->addWidget(confirm);
        buttons->addWidget(reject);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

void ChartView::updateNoteTarget()
{
    const bool hasToday = !m_todayId.isEmpty();
    m_noteEditor->setEnabled(hasToday);
    m_addNote->setEnabled(hasToday);
    if (m_patientId.isEmpty()) {
        m_noteTarget->setText(tr("&Note: no patient selected."));
        return;
    }
    if (!hasToday) {
        m_noteTarget->setText(tr("&Note: this patient has no appointment today."));
        return;
    }
    for (const Entry& e : std::as_const(m_entries)) {
        if (fieldText(e.appointment, QStringLiteral("id")) != m_todayId)
            continue;
        const QString dentist = fieldText(e.appointment, QStringLiteral("dentist_name"));
        const QString at =
            localTime(fieldText(e.appointment, QStringLiteral("start_at")), QStringLiteral("HH:mm"));
        m_noteTarget->setText(dentist.isEmpty()
                                  ? tr("&Note for today's appointment at %1:").arg(at)
                                  : tr("&Note for today's appointment at %1 with %2:").arg(at, dentist));
    }
}

void ChartView::addNote()
{
    if (m_todayId.isEmpty()) {
        showMessage(tr("This patient has no appointment today to add a note to."), true);
        return;
    }
    const QString appointment = m_todayId;
    auto added = m_services.records.addNote(m_actor, appointment, m_noteEditor->toPlainText());
    if (!added) {
        showMessage(tr("The note was not added: %1").arg(errorText(added.error())), true);
        m_noteEditor->setFocus();
        return;
    }
    m_noteEditor->clear();
    reload();
    selectEntry(appointment);
    showMessage(tr("Note added to today's appointment."), false);
}

void ChartView::review(const QString& readingId, bool confirm)
{
    auto reviewed = m_services.records.review(m_actor, readingId, confirm);
    reload(); // the stored state either way: someone else may have decided meanwhile
    if (!reviewed) {
        showMessage(tr("The reading was not changed: %1").arg(errorText(reviewed.error())), true);
        return;
    }
    showMessage(confirm ? tr("AI reading confirmed.") : tr("AI reading rejected."), false);
    // The clicked button is gone with the old page; keyboard users carry on at the same image.
    if (QWidget* page = m_detail->widget()) {
        for (QGroupBox* box : page->findChildren<QGroupBox*>(QStringLiteral("chartImage"))) {
            if (box->property("readingId").toString() == readingId)
                if (auto* open = box->findChild<QPushButton*>(QStringLiteral("chartOpenImage")))
                    open->setFocus();
        }
    }
}

void ChartView::openImage(int entry, int index)
{
    if (entry < 0 || entry >= m_entries.size() || !m_entries.at(entry).record || index < 0 ||
        index >= m_entries.at(entry).record->images.size())
        return;
    const QVariantMap& appointment = m_entries.at(entry).appointment;
    const QVariantMap& image = m_entries.at(entry).record->images.at(index);
    const QString number = QString::number(index + 1);
    const QString toothNumbers = fieldText(image, QStringLiteral("tooth_numbers"));
    const QString caption =
        tr("%1, %2, image %3, %4")
            .arg(m_patientName,
                 localTime(fieldText(appointment, QStringLiteral("start_at")), QStringLiteral("yyyy-MM-dd")),
                 number, teethText(toothNumbers));
    if (Status problem = showInXrayWindow(image, caption))
        showMessage(tr("Image %1 cannot be shown: %2").arg(number, errorText(*problem)), true);
}

void ChartView::openImageRow(const QVariantMap& image)
{
    const QString caption = tr("%1, %2").arg(
        m_patientName, localTime(fieldText(image, QStringLiteral("start_at")), QStringLiteral("yyyy-MM-dd")));
    if (Status problem = showInXrayWindow(image, caption))
        showMessage(tr("The image cannot be shown: %1").arg(errorText(*problem)), true);
}

Status ChartView::showInXrayWindow(const QVariantMap& image, const QString& caption)
{
    if (!m_xray)
        m_xray = new XrayWindow(m_services, m_actor, this);
    if (Status problem = m_xray->showRecordImage(image, caption))
        return problem;
    m_xray->show();
    m_xray->raise();
    m_xray->activateWindow();
    return std::nullopt;
}

void ChartView::showMessage(const QString& message, bool problem)
{
    showInline(m_message, message, problem);
}

QString ChartView::localTime(const QString& isoUtc, const QString& format) const
{
    const QDateTime at = utc(isoUtc);
    if (!at.isValid())
        return isoUtc;
    return QLocale().toString(at.toTimeZone(m_services.schedule.timeZone()), format);
}

QString ChartView::appointmentSummary(const QVariantMap& a) const
{
    QStringList parts{tr("%1–%2").arg(
        localTime(fieldText(a, QStringLiteral("start_at")), QStringLiteral("dddd yyyy-MM-dd, HH:mm")),
        localTime(fieldText(a, QStringLiteral("end_at")), QStringLiteral("HH:mm")))};
    const QString dentist = fieldText(a, QStringLiteral("dentist_name"));
    if (!dentist.isEmpty())
        parts << dentist;
    const QString chair = fieldText(a, QStringLiteral("chair_name"));
    if (!chair.isEmpty())
        parts << chair;
    parts << statusText(fieldText(a, QStringLiteral("status")));
    return parts.join(QStringLiteral("  ·  "));
}

QString ChartView::statusText(const QString& status)
{
    const auto parsed = parseStatus(status);
    if (!parsed)
        return status;
    switch (*parsed) {
    case AppointmentStatus::Requested:
        return tr("Requested");
    case AppointmentStatus::Scheduled:
        return tr("Scheduled");
    case AppointmentStatus::Confirmed:
        return tr("Confirmed");
    case AppointmentStatus::Arrived:
        return tr("Arrived");
    case AppointmentStatus::InChair:
        return tr("In chair");
    case AppointmentStatus::Completed:
        return tr("Completed");
    case AppointmentStatus::Cancelled:
        return tr("Cancelled");
    case AppointmentStatus::NoShow:
        return tr("No-show");
    }
    return status;
}

QString ChartView::readingStatusText(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("pending analysis");
    if (status == QLatin1String("draft"))
        return tr("draft, awaiting review");
    if (status == QLatin1String("confirmed"))
        return tr("confirmed");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("skipped"))
        return tr("skipped");
    return status.isEmpty() ? tr("none") : status;
}

QString ChartView::teethText(const QString& toothNumbers)
{
    const QStringList teeth = toothNumbers.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (teeth.isEmpty())
        return tr("no teeth tagged");
    return tr("teeth %1").arg(teeth.join(QStringLiteral(", ")));
}

} // namespace chairside::ui

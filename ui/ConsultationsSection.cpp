#include "ConsultationsSection.h"

#include "DisplayText.h"
#include "ErrorText.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

// How many consultations the tab lists: a patient has a handful; this only bounds a pathological store.
constexpr int kListLimit = 500;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

ConsultationsSection::ConsultationsSection(Services& services, Actor actor, QWidget* parent)
    : ChartSection(services, std::move(actor), parent)
    , m_list(makeList(QStringLiteral("chartConsultationList"), tr("Consultations"),
                      {tr("Date"), tr("Dentist"), tr("Status"), tr("Chief complaint")}))
    , m_findings(plainLabel())
    , m_vitals(new QTableWidget(0, 9))
    , m_notes(plainLabel())
{
    setObjectName(QStringLiteral("chartConsultations"));
    messageLine()->setObjectName(QStringLiteral("chartConsultationMessage"));
    m_list->setColumnWidth(0, 150);
    m_list->setColumnWidth(1, 160);
    m_list->setColumnWidth(2, 110);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConsultationsSection::showDetail);

    m_findings->setObjectName(QStringLiteral("chartConsultationFindings"));
    m_findings->setAccessibleName(tr("Findings of the selected consultation"));
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_vitals->setObjectName(QStringLiteral("chartConsultationVitals"));
    m_vitals->setAccessibleName(tr("Vital signs"));
    m_vitals->setHorizontalHeaderLabels({tr("Recorded"), tr("Blood pressure"), tr("Heart rate"),
                                         tr("Temperature"), tr("Respiratory rate"), tr("SpO₂"), tr("Weight"),
                                         tr("Height"), tr("BMI")});
    m_vitals->verticalHeader()->hide();
    m_vitals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_vitals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vitals->setTabKeyNavigation(false);
    m_vitals->setMinimumHeight(90);
    m_notes->setObjectName(QStringLiteral("chartConsultationNotes"));
    m_notes->setAccessibleName(tr("Notes of the selected consultation"));
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    auto* vitalsTitle = new QLabel(tr("Vital signs"));
    auto* notesTitle = new QLabel(tr("Notes"));
    QFont bold = vitalsTitle->font();
    bold.setBold(true);
    vitalsTitle->setFont(bold);
    notesTitle->setFont(bold);
    detailLayout->addWidget(m_findings);
    detailLayout->addWidget(vitalsTitle);
    detailLayout->addWidget(m_vitals);
    detailLayout->addWidget(notesTitle);
    detailLayout->addWidget(m_notes);
    detailLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("chartConsultationDetail"));
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(detail);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setSizes({2500, 2500});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(messageLine());
    setFocusProxy(m_list);
}

void ConsultationsSection::reload()
{
    QList<QVariantMap> rows;
    if (!m_patientId.isEmpty()) {
        ConsultationQuery query;
        query.patientId = m_patientId;
        query.limit = kListLimit;
        auto page = m_services.consultations.list(m_actor, query);
        if (!page)
            showMessage(tr("The consultations cannot be read: %1").arg(errorText(page.error())), true);
        else
            rows = page->rows;
    }
    if (m_shownPatient != m_patientId || rows != m_rows) {
        m_shownPatient = m_patientId;
        m_rows = rows;
        fill();
        return;
    }
    showDetail(); // vital signs and notes may have been added to the selected one
}

void ConsultationsSection::fill()
{
    const QString selected = currentConsultationId();
    m_list->clear();
    for (const QVariantMap& c : std::as_const(m_rows)) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setData(0, kIdRole, fieldText(c, QStringLiteral("id")));
        row->setText(0, localTime(fieldText(c, QStringLiteral("appointment_start"))));
        const QString doctor = fieldText(c, QStringLiteral("doctor_name"));
        row->setText(1, doctor.isEmpty() ? tr("—") : doctor);
        row->setText(2, statusText(fieldText(c, QStringLiteral("status"))));
        row->setText(3, fieldText(c, QStringLiteral("chief_complaint")).simplified());
    }
    if (!selectId(m_list, selected) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetail();
}

void ConsultationsSection::showDetail()
{
    const QString id = currentConsultationId();
    if (id.isEmpty()) {
        m_detailId.clear();
        m_detailRow.clear();
        m_findings->setText(m_patientId.isEmpty() ? QString()
                            : m_rows.isEmpty()    ? tr("No consultations yet.")
                                                  : tr("Select a consultation."));
        m_vitals->setRowCount(0);
        m_notes->clear();
        return;
    }
    auto consultation = m_services.consultations.get(m_actor, id);
    if (!consultation) {
        showMessage(tr("The consultation cannot be read: %1").arg(errorText(consultation.error())), true);
        return;
    }
    if (id == m_detailId && *consultation == m_detailRow)
        return;
    m_detailId = id;
    m_detailRow = *consultation;
    const QVariantMap& c = *consultation;

    QStringList lines{tr("%1 · %2").arg(localTime(fieldText(c, QStringLiteral("appointment_start"))),
                                        statusText(fieldText(c, QStringLiteral("status"))))};
    const std::pair<QString, QString> fields[] = {
        {QStringLiteral("chief_complaint"), tr("Chief complaint")},
        {QStringLiteral("history_of_present_illness"), tr("History of present illness")},
        {QStringLiteral("physical_examination"), tr("Examination")},
        {QStringLiteral("assessment"), tr("Assessment")},
        {QStringLiteral("diagnosis"), tr("Diagnosis")},
        {QStringLiteral("treatment_plan"), tr("Treatment plan")},
        {QStringLiteral("prescriptions_text"), tr("Prescriptions")},
        {QStringLiteral("follow_up_instructions"), tr("Follow-up")},
        {QStringLiteral("follow_up_date"), tr("Follow-up date")},
        {QStringLiteral("doctor_notes"), tr("Dentist's notes")},
    };
    for (const auto& [key, title] : fields) {
        const QString value = fieldText(c, key).trimmed();
        if (!value.isEmpty())
            lines << tr("%1: %2").arg(title, value);
    }
    m_findings->setText(lines.join(QLatin1Char('\n')));

    const QVariantList vitals = c.value(QStringLiteral("vital_signs_rows")).toList();
    m_vitals->setRowCount(int(vitals.size()));
    for (int row = 0; row < vitals.size(); ++row) {
        const QVariantMap v = vitals.at(row).toMap();
        const QString systolic = fieldText(v, QStringLiteral("systolic_bp"));
        const QString diastolic = fieldText(v, QStringLiteral("diastolic_bp"));
        const auto withUnit = [&v](const QString& key, const QString& unit) {
            const QString value = fieldText(v, key);
            return value.isEmpty() ? QString() : value + unit;
        };
        const QStringList values{
            localTime(fieldText(v, QStringLiteral("recorded_at"))),
            systolic.isEmpty() && diastolic.isEmpty() ? QString() : tr("%1/%2 mmHg").arg(systolic, diastolic),
            withUnit(QStringLiteral("heart_rate"), tr(" /min")),
            withUnit(QStringLiteral("temperature"), tr(" °C")),
            withUnit(QStringLiteral("respiratory_rate"), tr(" /min")),
            withUnit(QStringLiteral("oxygen_saturation"), tr(" %")),
            withUnit(QStringLiteral("weight"), tr(" kg")),
            withUnit(QStringLiteral("height"), tr(" cm")),
            fieldText(v, QStringLiteral("bmi")),
        };
        for (int column = 0; column < values.size(); ++column)
            m_vitals->setItem(row, column, cell(values.at(column)));
    }

    QStringList notes;
    for (const QVariant& n : c.value(QStringLiteral("notes")).toList()) {
        const QVariantMap note = n.toMap();
        const QString title = fieldText(note, QStringLiteral("title"));
        const QString head = tr("%1, %2").arg(localTime(fieldText(note, QStringLiteral("created_at"))),
                                              fieldText(note, QStringLiteral("author_name")));
        notes << (title.isEmpty() ? head : tr("%1 — %2").arg(head, title)) + QLatin1Char('\n') +
                     fieldText(note, QStringLiteral("text"));
    }
    m_notes->setText(notes.isEmpty() ? tr("No notes.") : notes.join(QStringLiteral("\n\n")));
}

QString ConsultationsSection::statusText(const QString& status)
{
    if (status == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

} // namespace chairside::ui

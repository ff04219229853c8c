#include "PrescriptionsSection.h"

#include "DisplayText.h"
#include "ErrorText.h"
#include "PrintActions.h"
#include "auth/Permissions.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

enum ItemColumn
{
    NameColumn,
    DosageColumn,
    FrequencyColumn,
    DurationColumn,
    QuantityColumn,
    ItemColumnCount
};

const QStringList kItemKeys{QStringLiteral("medication_name"), QStringLiteral("dosage"),
                            QStringLiteral("frequency"), QStringLiteral("duration"),
                            QStringLiteral("quantity")};

} // namespace

PrescriptionsSection::PrescriptionsSection(Services& services, Actor actor, QWidget* parent)
    : ChartSection(services, std::move(actor), parent)
    , m_list(makeList(QStringLiteral("chartPrescriptionList"), tr("Prescriptions"),
                      {tr("Prescribed"), tr("Prescriber"), tr("Medications"), tr("Instructions")}))
    , m_detail(plainLabel())
    , m_detailActions(new QHBoxLayout)
    , m_form(new QGroupBox(tr("New prescription")))
    , m_instructions(new QLineEdit)
    , m_items(new QTableWidget(0, ItemColumnCount))
{
    setObjectName(QStringLiteral("chartPrescriptions"));
    messageLine()->setObjectName(QStringLiteral("chartPrescriptionMessage"));
    m_list->setRootIsDecorated(true);
    m_list->setAccessibleDescription(
        tr("The patient's prescriptions, newest first, each with its medications."));
    m_list->setColumnWidth(0, 150);
    m_list->setColumnWidth(1, 160);
    m_list->setColumnWidth(2, 260);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showDetail();
        emit currentPrescriptionChanged(currentPrescriptionId());
    });

    m_detail->setObjectName(QStringLiteral("chartPrescriptionDetail"));
    m_detail->setAccessibleName(tr("Selected prescription"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailActions->setObjectName(QStringLiteral("chartPrescriptionActions"));
    m_detailActions->addStretch(1);
    m_print = new PrintActions(m_services, m_actor, PrintActions::Kind::Prescription, m_detailActions, this);
    connect(this, &PrescriptionsSection::currentPrescriptionChanged, m_print, &PrintActions::setDocument);
    connect(m_print, &PrintActions::reported, this,
            [this](const QString& text, bool problem) { showMessage(text, problem); });
    auto* detailPane = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(m_detailActions);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(detailPane);
    splitter->setSizes({3000, 2000});

    // The new prescription: one row per medication; Tab walks the cells, Add medication starts another row.
    m_form->setObjectName(QStringLiteral("chartNewPrescription"));
    m_instructions->setObjectName(QStringLiteral("chartPrescriptionInstructions"));
    m_instructions->setPlaceholderText(tr("General instructions (optional)"));
    m_items->setObjectName(QStringLiteral("chartPrescriptionItems"));
    m_items->setAccessibleName(tr("Medications of the new prescription"));
    m_items->setHorizontalHeaderLabels(
        {tr("Medication"), tr("Dosage"), tr("Frequency"), tr("Duration"), tr("Quantity")});
    // The medication's name takes the width; a few rows are in view and the list above keeps the height.
    m_items->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->setColumnWidth(DosageColumn, 140);
    m_items->setColumnWidth(FrequencyColumn, 140);
    m_items->setColumnWidth(DurationColumn, 120);
    m_items->setColumnWidth(QuantityColumn, 90);
    m_items->setFixedHeight(130);
    m_items->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    auto* itemsLabel = new QLabel(tr("Medica&tions:"));
    itemsLabel->setBuddy(m_items);
    auto* add = new QPushButton(tr("Add &medication"));
    add->setObjectName(QStringLiteral("chartAddMedication"));
    connect(add, &QPushButton::clicked, this, &PrescriptionsSection::addMedicationRow);
    auto* remove = new QPushButton(tr("R&emove medication"));
    remove->setObjectName(QStringLiteral("chartRemoveMedication"));
    connect(remove, &QPushButton::clicked, this, &PrescriptionsSection::removeMedicationRow);
    auto* save = new QPushButton(tr("&Save prescription"));
    save->setObjectName(QStringLiteral("chartSavePrescription"));
    connect(save, &QPushButton::clicked, this, &PrescriptionsSection::createPrescription);
    auto* formLayout = new QFormLayout(m_form);
    formLayout->addRow(tr("&Instructions:"), m_instructions);
    formLayout->addRow(itemsLabel, m_items);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(save);
    formLayout->addRow(buttons);
    addMedicationRow();
    // Those who may not prescribe see the prescriptions without a form that would always be refused.
    m_form->setVisible(allows(m_actor.role, Permission::Prescribe));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_form);
    layout->addWidget(messageLine());
    setFocusProxy(m_list);
}

void PrescriptionsSection::reload()
{
    QList<QVariantMap> rows;
    if (!m_patientId.isEmpty()) {
        auto listed = m_services.prescriptions.listForPatient(m_actor, m_patientId);
        if (!listed) {
            showMessage(tr("The prescriptions cannot be read: %1").arg(errorText(listed.error())), true);
        } else {
            rows = *listed;
        }
        if (auto doctors = m_services.doctors.list(m_actor)) {
            m_doctorNames.clear();
            for (const QVariantMap& d : *doctors)
                m_doctorNames.insert(fieldText(d, QStringLiteral("id")),
                                     fieldText(d, QStringLiteral("name")));
        }
    }
    if (m_shownPatient == m_patientId && rows == m_rows)
        return; // unchanged: keep the selection and the focus
    m_shownPatient = m_patientId;
    m_rows = rows;
    fill();
}

void PrescriptionsSection::fill()
{
    const QString selected = currentPrescriptionId();
    m_list->clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const QVariantMap& p = m_rows.at(i);
        const QVariantList items = p.value(QStringLiteral("items")).toList();
        QStringList names;
        for (const QVariant& item : items)
            names << fieldText(item.toMap(), QStringLiteral("medication_name"));
        auto* row = new QTreeWidgetItem(m_list);
        row->setData(0, kIdRole, fieldText(p, QStringLiteral("id")));
        row->setText(0, localTime(fieldText(p, QStringLiteral("issued_at"))));
        row->setText(1, doctorName(fieldText(p, QStringLiteral("doctor_id"))));
        row->setText(2, names.join(QStringLiteral(", ")));
        row->setText(3, fieldText(p, QStringLiteral("instructions")).simplified());
        for (const QVariant& item : items) {
            auto* child = new QTreeWidgetItem(row);
            child->setText(0, itemLine(item.toMap()));
            child->setFirstColumnSpanned(true);
        }
        row->setExpanded(true);
    }
    if (!selectId(m_list, selected) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetail();
}

QVariantMap PrescriptionsSection::currentPrescription() const
{
    const QString id = currentPrescriptionId();
    for (const QVariantMap& p : m_rows) {
        if (fieldText(p, QStringLiteral("id")) == id)
            return p;
    }
    return {};
}

void PrescriptionsSection::showDetail()
{
    const QVariantMap p = currentPrescription();
    if (p.isEmpty()) {
        m_detail->setText(m_patientId.isEmpty() ? QString()
                          : m_rows.isEmpty()    ? tr("No prescriptions yet.")
                                                : tr("Select a prescription."));
        return;
    }
    QStringList lines{tr("Prescribed %1 by %2")
                          .arg(localTime(fieldText(p, QStringLiteral("issued_at"))),
                               doctorName(fieldText(p, QStringLiteral("doctor_id"))))};
    const QString instructions = fieldText(p, QStringLiteral("instructions"));
    if (!instructions.isEmpty())
        lines << tr("Instructions: %1").arg(instructions);
    const QVariantList items = p.value(QStringLiteral("items")).toList();
    for (int i = 0; i < items.size(); ++i)
        lines << tr("%1. %2").arg(i + 1).arg(itemLine(items.at(i).toMap()));
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

QString PrescriptionsSection::doctorName(const QString& doctorId) const
{
    const QString name = m_doctorNames.value(doctorId);
    return name.isEmpty() ? tr("—") : name;
}

QString PrescriptionsSection::itemLine(const QVariantMap& item)
{
    QStringList parts{fieldText(item, QStringLiteral("medication_name"))};
    for (const QString& key :
         {QStringLiteral("dosage"), QStringLiteral("frequency"), QStringLiteral("duration")}) {
        const QString value = fieldText(item, key);
        if (!value.isEmpty())
            parts << value;
    }
    const QString quantity = fieldText(item, QStringLiteral("quantity"));
    if (!quantity.isEmpty())
        parts << tr("quantity %1").arg(quantity);
    const QString instructions = fieldText(item, QStringLiteral("instructions"));
    if (!instructions.isEmpty())
        parts << instructions;
    return parts.join(QStringLiteral(" · "));
}

void PrescriptionsSection::addMedicationRow()
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    for (int column = 0; column < ItemColumnCount; ++column)
        m_items->setItem(row, column, new QTableWidgetItem);
    m_items->setCurrentCell(row, NameColumn);
    if (isVisible())
        m_items->setFocus();
}

void PrescriptionsSection::removeMedicationRow()
{
    const int row = m_items->currentRow();
    if (row < 0)
        return;
    m_items->removeRow(row);
    if (m_items->rowCount() == 0)
        addMedicationRow();
}

bool PrescriptionsSection::createPrescription()
{
    QVariantList medications;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        QVariantMap medication;
        for (int column = 0; column < ItemColumnCount; ++column) {
            const QTableWidgetItem* cell = m_items->item(row, column);
            const QString value = cell ? cell->text().trimmed() : QString();
            if (!value.isEmpty())
                medication.insert(kItemKeys.at(column), value);
        }
        if (!medication.value(QStringLiteral("medication_name")).toString().isEmpty())
            medications << medication;
    }
    QVariantMap input{{QStringLiteral("patient_id"), m_patientId},
                      {QStringLiteral("medications"), medications}};
    if (!m_instructions->text().trimmed().isEmpty())
        input.insert(QStringLiteral("instructions"), m_instructions->text().trimmed());
    auto created = m_services.prescriptions.create(m_actor, input);
    if (!created) {
        showMessage(tr("The prescription was not saved: %1").arg(errorText(created.error())), true);
        return false;
    }
    m_instructions->clear();
    m_items->setRowCount(0);
    addMedicationRow();
    reload();
    selectId(m_list, fieldText(*created, QStringLiteral("id")));
    showMessage(tr("Prescription saved."), false);
    return true;
}

} // namespace chairside::ui

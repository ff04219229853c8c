#include "PatientImportDialog.h"

#include "BackgroundTask.h"
#include "ErrorText.h"
#include "PatientImportModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace chairside::ui {

PatientImportDialog::PatientImportDialog(Services& services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_path(new QLineEdit)
    , m_mapping(new QTableWidget(0, 3))
    , m_dateOrder(new QComboBox)
    , m_skipDuplicates(new QCheckBox(tr("Leave out &duplicates")))
    , m_skipInvalid(new QCheckBox(tr("Leave out rows with &problems")))
    , m_onlyProblems(new QCheckBox(tr("Show &only duplicates and problems")))
    , m_model(new PatientImportModel(this))
    , m_preview(new QTableView)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_import(new QPushButton(tr("&Import")))
{
    setObjectName(QStringLiteral("patientImportDialog"));
    setWindowTitle(tr("Import patients"));
    resize(1000, 700);

    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("A CSV file: one patient per line, the first line naming the columns"));
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    auto* choose = new QPushButton(tr("&Choose…"));
    choose->setObjectName(QStringLiteral("chooseImportFile"));
    connect(choose, &QPushButton::clicked, this, &PatientImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);

    m_mapping->setObjectName(QStringLiteral("columnMapping"));
    m_mapping->setAccessibleName(tr("Columns"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setColumnWidth(0, 220);
    m_mapping->setColumnWidth(1, 260);
    m_mapping->setMaximumHeight(220);
    auto* mappingLabel = new QLabel(tr("Colu&mns:"));
    mappingLabel->setBuddy(m_mapping);

    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    m_dateOrder->addItem(tr("As the file shows"), int(DateOrder::Automatic));
    m_dateOrder->addItem(tr("Day first (31/12/1980)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/1980)"), int(DateOrder::MonthFirst));
    auto* dateLabel = new QLabel(tr("Dates like 03/04/1980 &are:"));
    dateLabel->setBuddy(m_dateOrder);
    m_skipDuplicates->setObjectName(QStringLiteral("skipDuplicates"));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblems"));
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &PatientImportDialog::replan);
    for (QCheckBox* box : {m_skipDuplicates, m_skipInvalid})
        connect(box, &QCheckBox::toggled, this,
                &PatientImportDialog::showImportState); // the rows stay as checked
    connect(m_onlyProblems, &QCheckBox::toggled, m_model, &PatientImportModel::setOnlyProblems);
    auto* optionRow = new QHBoxLayout;
    optionRow->addWidget(dateLabel);
    optionRow->addWidget(m_dateOrder);
    optionRow->addSpacing(16);
    optionRow->addWidget(m_skipDuplicates);
    optionRow->addWidget(m_skipInvalid);
    optionRow->addStretch(1);
    optionRow->addWidget(m_onlyProblems);

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setModel(m_model);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->setColumnWidth(PatientImportModel::Line, 50);
    m_preview->setColumnWidth(PatientImportModel::Status, 320);
    auto* previewLabel = new QLabel(tr("Pre&view:"));
    previewLabel->setBuddy(m_preview);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_import->setObjectName(QStringLiteral("importPatients"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &PatientImportDialog::startImport);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(mappingLabel);
    layout->addWidget(m_mapping);
    layout->addLayout(optionRow);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    choose->setFocus();
}

PatientImportDialog::~PatientImportDialog()
{
    delete m_task; // stops a running import (writing nothing) and waits for it
}

void PatientImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import patients"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool PatientImportDialog::openFile(const QString& path)
{
    m_path->setText(path);
    auto table = csv::readFile(path);
    if (!table) {
        m_table.reset();
        m_plan.reset();
        m_model->setPlan({});
        m_mapping->setRowCount(0);
        m_summary->clear();
        m_import->setEnabled(false);
        showMessage(errorText(table.error()), true);
        return false;
    }
    m_table = *table;
    m_fileName = QFileInfo(path).fileName();
    m_columns = PatientImport::guessColumns(m_table->header);
    m_message->hide();
    fillMapping();
    replan();
    return true;
}

void PatientImportDialog::fillMapping()
{
    m_mapping->setRowCount(int(m_table->header.size()));
    for (int column = 0; column < m_table->header.size(); ++column) {
        m_mapping->setItem(column, 0, new QTableWidgetItem(m_table->header[column]));
        const QString example = m_table->rows.isEmpty() ? QString() : m_table->rows.first().value(column);
        m_mapping->setItem(column, 1, new QTableWidgetItem(example));
        auto* field = new QComboBox;
        field->setObjectName(QStringLiteral("mapColumn%1").arg(column + 1));
        field->setAccessibleName(tr("Column %1 is imported as").arg(m_table->header[column]));
        field->addItem(tr("(left out)"), QString());
        for (const QString& name : PatientImport::fields())
            field->addItem(PatientImportModel::fieldTitle(name), name);
        field->setCurrentIndex(field->findData(m_columns.value(column)));
        connect(field, &QComboBox::activated, this,
                [this, column, field] { setColumnField(column, field->currentData().toString()); });
        m_mapping->setCellWidget(column, 2, field);
    }
}

void PatientImportDialog::setColumnField(int column, const QString& field)
{
    if (!m_table)
        return;
    PatientImport::assign(m_columns, column, field);
    // The field may have left another column: every combo shows the mapping as it now is.
    for (int c = 0; c < m_columns.size(); ++c) {
        if (auto* box = qobject_cast<QComboBox*>(m_mapping->cellWidget(c, 2)))
            box->setCurrentIndex(box->findData(m_columns[c]));
    }
    replan();
}

PatientImportOptions PatientImportDialog::options() const
{
    PatientImportOptions o;
    o.columns = m_columns;
    o.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    o.skipDuplicates = m_skipDuplicates->isChecked();
    o.skipInvalid = m_skipInvalid->isChecked();
    return o;
}

void PatientImportDialog::replan()
{
    if (!m_table)
        return;
    // Checking 10,000 rows takes about half a second: short enough to wait for, not worth a thread.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto planned = PatientImport(m_services, m_actor).plan(*m_table, options());
    QApplication::restoreOverrideCursor();
    if (!planned) {
        m_plan.reset();
        PatientImportPlan columnsOnly;
        columnsOnly.header = m_table->header;
        columnsOnly.columns = m_columns;
        m_model->setPlan(columnsOnly);
        m_summary->clear();
        m_import->setEnabled(false);
        showMessage(errorText(planned.error()), true);
        return;
    }
    m_plan = *planned;
    m_model->setPlan(*m_plan);
    m_summary->setText(tr("%1 rows: %2 ready, %3 duplicates, %4 with problems.")
                           .arg(m_plan->rows.size())
                           .arg(m_plan->ready)
                           .arg(m_plan->duplicates)
                           .arg(m_plan->invalid));
    showImportState();
}

void PatientImportDialog::showImportState()
{
    if (!m_plan)
        return;
    const bool ok = m_plan->canImport(options());
    m_import->setEnabled(ok && !m_task);
    if (ok)
        m_message->hide();
    else if (m_plan->ready == 0 && m_plan->duplicates == 0 && m_plan->invalid == 0)
        showMessage(tr("The file holds no patients."), true);
    else if (m_plan->ready == 0)
        showMessage(tr("No row is ready to import."), true);
    else
        showMessage(tr("Correct the rows marked in the file, or leave them out, to import; the import is all "
                       "or nothing."),
                    true);
}

void PatientImportDialog::startImport()
{
    if (!m_table || !m_plan || !m_plan->canImport(options()) || m_task)
        return;
    m_import->setEnabled(false);
    auto outcome = std::make_shared<PatientImportOutcome>();
    Services& services = m_services;
    const Actor actor = m_actor;
    const csv::Table table = *m_table;
    const PatientImportOptions chosen = options();
    const QString fileName = m_fileName;
    m_task = BackgroundTask::start(
        this, tr("Importing patients"), m_services.ctx.db,
        [&services, actor, table, chosen, fileName, outcome](const BackgroundTask::Report& report) -> Status {
            auto done =
                PatientImport(services, actor).run(table, chosen, fileName, [&report](int n, int total) {
                    return report(tr("Patients"), n, total);
                });
            if (!done)
                return done.error();
            *outcome = *done;
            return std::nullopt;
        });
    connect(m_task, &BackgroundTask::finished, this, [this, outcome](const Status& result, bool stopped) {
        m_task.clear();
        if (stopped) {
            replan();
            showMessage(tr("Stopped; nothing was imported."), false);
            return;
        }
        if (result) {
            replan();
            showMessage(tr("Nothing was imported: %1").arg(errorText(*result)), true);
            return;
        }
        replan(); // the imported rows now show as patients of the clinic
        showMessage(tr("Imported %n patient(s).", nullptr, outcome->imported), false);
        emit imported(outcome->imported);
    });
}

void PatientImportDialog::showMessage(const QString& text, bool problem)
{
    showInline(m_message, text, problem);
}

} // namespace chairside::ui

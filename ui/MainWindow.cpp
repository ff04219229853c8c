#include "MainWindow.h"

#include "AdminView.h"
#include "CalendarFeedsDialog.h"
#include "CalendarPage.h"
#include "ChartView.h"
#include "DicomImportDialog.h"
#include "ErrorText.h"
#include "FrontDeskView.h"
#include "InventoryView.h"
#include "NotificationsView.h"
#include "PatientEditCommand.h"
#include "PatientForm.h"
#include "PatientImportDialog.h"
#include "PatientTableModel.h"
#include "SyncStatusLabel.h"
#include "auth/Permissions.h"
#include "services/CsvExport.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

constexpr int kViewKeyRole = Qt::UserRole;

} // namespace

MainWindow::MainWindow(Services& services, AuthenticatedUser user, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_user(std::move(user))
    , m_model(new PatientTableModel(services.patients, m_user.actor, this))
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_count(new QLabel)
    , m_serverStatus(new QLabel)
    , m_navigation(new QListWidget)
    , m_views(new QStackedWidget)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        tr("Chairside — %1 (%2)")
            .arg(m_user.user.value(QStringLiteral("name")).toString(), roleName(m_user.actor.role)));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setFixedWidth(170);
    m_views->setObjectName(QStringLiteral("views"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_views, &QStackedWidget::setCurrentIndex);
    connect(m_views, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_inventory && m_views->widget(index) == m_inventory)
            m_inventory->reload(); // stock may have changed through the API meanwhile
    });

    if (allows(m_user.actor.role, Permission::SeeAllAppointments)) {
        addView(QStringLiteral("frontdesk"), tr("Front desk"), new FrontDeskView(services, m_user.actor));
        addView(QStringLiteral("calendar"), tr("Calendar"), new CalendarPage(services, m_user.actor));
    }
    addView(QStringLiteral("patients"), tr("Patients"), buildPatientsView());
    m_chart = new ChartView(services, m_user.actor);
    addView(QStringLiteral("chart"), tr("Chart"), m_chart);
    if (allows(m_user.actor.role, Permission::ManageInventory)) {
        m_inventory = new InventoryView(services, m_user.actor);
        addView(QStringLiteral("inventory"), tr("Inventory"), m_inventory);
    }
    if (NotificationService::seesEveryMessage(m_user.actor))
        addView(QStringLiteral("messages"), tr("Messages"), new NotificationsView(services, m_user.actor));
    if (allows(m_user.actor.role, Permission::ManageSettings))
        addView(QStringLiteral("admin"), tr("Admin"), new AdminView(services, m_user.actor, secrets));

    buildFileMenu();

    // Undo and redo of patient edits, from anywhere in the window.
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    // Both common spellings: the platform's own list may hold only one of them.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(redo);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { m_model->setSearch(m_search->text()); });

    auto* findPatient = new QAction(tr("Find patient"), this);
    findPatient->setShortcut(QKeySequence::Find);
    connect(findPatient, &QAction::triggered, this, [this] {
        showView(QStringLiteral("patients"));
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findPatient);

    m_count->setObjectName(QStringLiteral("patientCount"));
    m_count->setText(tr("%n patient(s)", nullptr, m_model->totalCount()));
    m_serverStatus->setObjectName(QStringLiteral("apiStatus"));
    m_serverStatus->setAccessibleName(tr("API server status"));
    statusBar()->addWidget(m_count);
    if (allows(m_user.actor.role, Permission::SeeSyncState))
        statusBar()->addPermanentWidget(new SyncStatusLabel(services.sync, m_user.actor));
    statusBar()->addPermanentWidget(m_serverStatus);
    setServerStatus({});

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
    m_navigation->setCurrentRow(0);
    showView(settings.value(QStringLiteral("mainWindow/lastView")).toString());
    if (currentViewKey() == QLatin1String("patients"))
        m_search->setFocus();
}

MainWindow::~MainWindow()
{
    // The undo stack announces its clearing while the window's children are going; nobody should listen.
    disconnect(m_undo, nullptr, this, nullptr);
}

QWidget* MainWindow::buildPatientsView()
{
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setPlaceholderText(tr("Search by name, phone, email or date of birth (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_model, &PatientTableModel::setSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%n patient(s)", nullptr, m_model->totalCount())); });

    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setAccessibleName(tr("Patients"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {240, 110, 150, 280}; // name, date of birth, phone, email; allergies take the rest
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_table->verticalHeader()->hide();

    auto* newPatient = new QPushButton(tr("&New patient"));
    newPatient->setObjectName(QStringLiteral("newPatient"));
    newPatient->setToolTip(tr("New patient (Ctrl+N)"));
    newPatient->setEnabled(allows(m_user.actor.role, Permission::CreatePatient));
    connect(newPatient, &QPushButton::clicked, this, [this] { openPatientForm(false); });
    // Keys are window actions, not button shortcuts, so they work wherever the focus is in the window.
    if (newPatient->isEnabled()) {
        auto* create = new QAction(tr("New patient"), this);
        create->setShortcut(QKeySequence::New);
        connect(create, &QAction::triggered, this, [this] { openPatientForm(false); });
        addAction(create);
    }
    auto* editPatient = new QPushButton(tr("&Edit patient"));
    editPatient->setObjectName(QStringLiteral("editPatient"));
    editPatient->setToolTip(tr("Edit the selected patient (F2)"));
    connect(editPatient, &QPushButton::clicked, this, [this] { openPatientForm(true); });
    auto* edit = new QAction(tr("Edit patient"), this);
    edit->setShortcut(Qt::Key_F2);
    connect(edit, &QAction::triggered, this, [this] {
        if (currentViewKey() == QLatin1String("patients"))
            openPatientForm(true);
    });
    addAction(edit);
    auto* openChart = new QPushButton(tr("Open &chart"));
    openChart->setObjectName(QStringLiteral("openChart"));
    openChart->setToolTip(tr("The selected patient's chart (Enter or double-click)"));
    connect(openChart, &QPushButton::clicked, this, &MainWindow::openSelectedChart);
    connect(m_table, &QTableView::activated, this, &MainWindow::openSelectedChart);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(newPatient);
    bar->addWidget(editPatient);
    bar->addWidget(openChart);
    if (allows(m_user.actor.role, Permission::WriteRecords)) {
        auto* importDicom = new QPushButton(tr("Import &DICOM…"));
        importDicom->setObjectName(QStringLiteral("importDicom"));
        importDicom->setToolTip(tr("Import a DICOM X-ray into a patient's visit (Ctrl+Shift+I)"));
        connect(importDicom, &QPushButton::clicked, this, &MainWindow::openDicomImport);
        auto* importAction = new QAction(tr("Import a DICOM X-ray"), this);
        importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        connect(importAction, &QAction::triggered, this, &MainWindow::openDicomImport);
        addAction(importAction);
        bar->addWidget(importDicom);
    }
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("patientsView"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    return page;
}

void MainWindow::buildFileMenu()
{
    const bool transfer = allows(m_user.actor.role, Permission::TransferPatients);
    const bool stock = allows(m_user.actor.role, Permission::ManageInventory);
    const bool feeds = allows(m_user.actor.role, Permission::ManageCalendarFeeds);
    if (!transfer && !stock && !feeds)
        return;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    auto add = [this, file](const QString& key, const QString& text, auto slot) {
        QAction* action = file->addAction(text);
        action->setObjectName(key);
        connect(action, &QAction::triggered, this, slot);
    };
    if (transfer) {
        add(QStringLiteral("importPatientsAction"), tr("&Import patients…"), [this] { openPatientImport(); });
        file->addSeparator();
        add(QStringLiteral("exportPatientsAction"), tr("Export &patients…"),
            [this] { chooseExport(QStringLiteral("patients")); });
        add(QStringLiteral("exportAppointmentsAction"), tr("Export &appointments…"),
            [this] { chooseExport(QStringLiteral("appointments")); });
    }
    if (stock)
        add(QStringLiteral("exportMaterialsAction"), tr("Export &materials…"),
            [this] { chooseExport(QStringLiteral("materials")); });
    if (feeds) {
        file->addSeparator();
        add(QStringLiteral("calendarFeedsAction"), tr("Calendar &subscriptions…"),
            [this] { openCalendarFeeds(); });
    }
}

CalendarFeedsDialog* MainWindow::openCalendarFeeds()
{
    auto* dialog = new CalendarFeedsDialog(m_services, m_user.actor, m_serverAddress, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

PatientImportDialog* MainWindow::openPatientImport()
{
    auto* dialog = new PatientImportDialog(m_services, m_user.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PatientImportDialog::imported, this, [this] { m_model->setSearch(m_search->text()); });
    dialog->show();
    return dialog;
}

void MainWindow::chooseExport(const QString& kind)
{
    const QString title = kind == QLatin1String("patients")       ? tr("Export patients")
                          : kind == QLatin1String("appointments") ? tr("Export appointments")
                                                                  : tr("Export materials");
    QDate from;
    QDate to;
    if (kind == QLatin1String("appointments")) {
        QDialog range(this);
        range.setWindowTitle(title);
        auto* first = new QDateEdit(QDate::currentDate());
        auto* last = new QDateEdit(QDate::currentDate().addDays(30));
        for (QDateEdit* edit : {first, last})
            edit->setCalendarPopup(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, &range, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &range, &QDialog::reject);
        auto* form = new QFormLayout(&range);
        form->addRow(tr("&From:"), first);
        form->addRow(tr("&To:"), last);
        form->addRow(buttons);
        if (range.exec() != QDialog::Accepted)
            return;
        from = first->date();
        to = last->date();
    }
    const QString path = QFileDialog::getSaveFileName(
        this, title, QDir::homePath() + QStringLiteral("/%1.csv").arg(kind), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(kind, path, from, to);
}

bool MainWindow::exportCsv(const QString& kind, const QString& path, const QDate& from, const QDate& to)
{
    CsvExport exporter(m_services, m_user.actor);
    auto file = kind == QLatin1String("patients")       ? exporter.patients()
                : kind == QLatin1String("appointments") ? exporter.appointments(from, to)
                                                        : exporter.materials();
    const Status problem = file ? exporter.save(*file, path) : Status(file.error());
    if (problem) {
        statusBar()->showMessage(tr("Nothing was exported: %1").arg(errorText(*problem)));
        return false;
    }
    statusBar()->showMessage(tr("Exported %n row(s) to %1.", nullptr, file->rows).arg(path), 10000);
    return true;
}

void MainWindow::addView(const QString& key, const QString& title, QWidget* view)
{
    const int position = m_views->addWidget(view);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(kViewKeyRole, key);
    if (position < 9) {
        item->setToolTip(tr("Ctrl+%1").arg(position + 1));
        auto* jump = new QAction(title, this);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + position)));
        connect(jump, &QAction::triggered, this, [this, key] { showView(key); });
        addAction(jump);
    }
}

void MainWindow::openSelectedChart()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("Select a patient in the list first."), 5000);
        return;
    }
    m_chart->setPatient(m_model->patientId(rows.first().row()));
    showView(QStringLiteral("chart"));
}

DicomImportDialog* MainWindow::openDicomImport()
{
    auto* dialog = new DicomImportDialog(m_services, m_user.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The imported X-ray opens at once in the patient's chart, calibrated when the file was.
    connect(dialog, &DicomImportDialog::imported, this,
            [this](const QString& patientId, const QVariantMap& image) {
                m_chart->setPatient(patientId);
                showView(QStringLiteral("chart"));
                m_chart->openImageRow(image);
            });
    dialog->open();
    return dialog;
}

PatientForm* MainWindow::openPatientForm(bool editSelected)
{
    QString id;
    if (editSelected) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            statusBar()->showMessage(tr("Select a patient in the list first."), 5000);
            return nullptr;
        }
        id = m_model->patientId(rows.first().row());
    }
    auto* form = new PatientForm(m_services, m_user.actor, id, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &PatientForm::saved, this,
            [this, id](const QVariantMap& patient, const QVariantMap& before, const QVariantMap& after) {
                const QString name = patient.value(QStringLiteral("name")).toString();
                if (!id.isEmpty() && !after.isEmpty()) {
                    auto* step = new PatientEditCommand(
                        m_services.patients, m_user.actor, id, before, after, [this](const Error& e) {
                            statusBar()->showMessage(tr("Could not undo: %1").arg(errorText(e)), 8000);
                            m_model->setSearch(m_search->text());
                        });
                    step->setText(tr("edit of %1").arg(name));
                    m_undo->push(step);
                }
                m_model->setSearch(m_search->text());
                statusBar()->showMessage(id.isEmpty() ? tr("%1 added.").arg(name) : tr("%1 saved.").arg(name),
                                         5000);
            });
    form->open();
    return form;
}

QStringList MainWindow::viewKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_navigation->count(); ++row)
        keys << m_navigation->item(row)->data(kViewKeyRole).toString();
    return keys;
}

QString MainWindow::currentViewKey() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(kViewKeyRole).toString() : QString();
}

void MainWindow::showView(const QString& key)
{
    const int row = int(viewKeys().indexOf(key));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::setServerStatus(const ServerStatus& status)
{
    m_serverAddress = status.running ? status.address : QString();
    if (status.running)
        m_serverStatus->setText(tr("API: %1").arg(status.address));
    else if (!status.problem.isEmpty())
        m_serverStatus->setText(tr("API not running: %1").arg(status.problem));
    else
        m_serverStatus->setText(tr("API not running"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/lastView"), currentViewKey());
    event->accept();
}

} // namespace chairside::ui

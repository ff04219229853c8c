#include "MainWindow.h"

#include "PatientTableModel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace chairside::ui {

MainWindow::MainWindow(Services& services, AuthenticatedUser user, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_user(std::move(user))
    , m_model(new PatientTableModel(services.patients, m_user.actor, this))
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_count(new QLabel)
    , m_serverStatus(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        tr("Chairside — %1 (%2)")
            .arg(m_user.user.value(QStringLiteral("name")).toString(), roleName(m_user.actor.role)));

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

    auto* findPatient = new QAction(tr("Find patient"), this);
    findPatient->setShortcut(QKeySequence::Find);
    connect(findPatient, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findPatient);

    m_count->setObjectName(QStringLiteral("patientCount"));
    m_count->setText(tr("%n patient(s)", nullptr, m_model->totalCount()));
    m_serverStatus->setObjectName(QStringLiteral("apiStatus"));
    m_serverStatus->setAccessibleName(tr("API server status"));
    statusBar()->addWidget(m_count);
    statusBar()->addPermanentWidget(m_serverStatus);
    setServerStatus({});

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    setCentralWidget(central);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1000, 680);
    m_search->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setServerStatus(const ServerStatus& status)
{
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
    event->accept();
}

} // namespace chairside::ui

#include "InventoryView.h"
#include "MainWindow.h"
#include "MaterialTableModel.h"
#include "TestStation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

// The inventory screen driven through its widgets: filter, low-stock highlight, stock received and used
// (refused beyond what is in stock), CSV export; and the main window's navigation by role.
class TestInventoryView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    Actor m_desk;

    QString addMaterial(const QString& name, int quantity, int reorderLevel, const QString& description = {})
    {
        auto m =
            m_station->services->materials.create(m_desk, {{QStringLiteral("name"), name},
                                                           {QStringLiteral("unit"), QStringLiteral("box")},
                                                           {QStringLiteral("quantity"), quantity},
                                                           {QStringLiteral("reorder_level"), reorderLevel},
                                                           {QStringLiteral("price"), QStringLiteral("4.50")},
                                                           {QStringLiteral("description"), description}});
        return m ? m->value(QStringLiteral("id")).toString() : QString();
    }

    // The view's row showing `name`, or -1.
    static int rowNamed(QTableView* table, const QString& name)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, ui::MaterialTableModel::Name).data() == name)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the window's QSettings stay out of ~

    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_desk = m_station->addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        QVERIFY(!addMaterial(QStringLiteral("Nitrile gloves M"), 24, 6).isEmpty());
        QVERIFY(!addMaterial(QStringLiteral("Saliva ejectors"), 2, 3, QStringLiteral("Pack of 100, \"soft\""))
                     .isEmpty());
        QVERIFY(!addMaterial(QStringLiteral("Cotton rolls"), 30, 10).isEmpty());
    }

    void cleanup() { m_station.reset(); }

    void modelIsSoundAndFlagsLowStock()
    {
        ui::MaterialTableModel model(m_station->services->materials, m_desk);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex name = model.index(row, ui::MaterialTableModel::Name);
            const bool low = name.data().toString() == QLatin1String("Saliva ejectors");
            QCOMPARE(name.data(ui::MaterialTableModel::NeedsReorderRole).toBool(), low);
            QCOMPARE(name.data(Qt::BackgroundRole).isValid(), low);
        }
        model.reload();
        QCOMPARE(model.rowCount(), 3);
    }

    void filtersSortsAndRecordsStock()
    {
        ui::InventoryView view(*m_station->services, m_desk);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("inventoryTable"));
        auto* filter = view.findChild<QLineEdit*>(QStringLiteral("inventoryFilter"));
        auto* quantity = view.findChild<QDoubleSpinBox*>(QStringLiteral("movementQuantity"));
        auto* received = view.findChild<QPushButton*>(QStringLiteral("recordReceived"));
        auto* used = view.findChild<QPushButton*>(QStringLiteral("recordUsed"));
        auto* message = view.findChild<QLabel*>(QStringLiteral("inventoryMessage"));
        QVERIFY(table && filter && quantity && received && used && message);

        // Sorted by name; by stock as numbers (2 < 24 < 30) when that header is clicked.
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Cotton rolls"));
        table->sortByColumn(ui::MaterialTableModel::Quantity, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Saliva ejectors"));
        QCOMPARE(table->model()->index(2, 0).data().toString(), QStringLiteral("Cotton rolls"));

        QTest::keyClicks(filter, QStringLiteral("glov"));
        QCOMPARE(table->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(table->model()->rowCount(), 3);

        // Received 10 ejectors: 2 -> 12, no longer below the reorder level.
        table->selectRow(rowNamed(table, QStringLiteral("Saliva ejectors")));
        quantity->setValue(10);
        QTest::mouseClick(received, Qt::LeftButton);
        const int ejectors = rowNamed(table, QStringLiteral("Saliva ejectors"));
        QCOMPARE(
            table->model()->index(ejectors, ui::MaterialTableModel::Quantity).data(Qt::EditRole).toDouble(),
            12.0);
        QVERIFY(!table->model()->index(ejectors, 0).data(ui::MaterialTableModel::NeedsReorderRole).toBool());
        QVERIFY(message->isVisible());
        QVERIFY(!message->property("problem").toBool());

        // Using more than is in stock is refused inline and changes nothing.
        quantity->setValue(50);
        QTest::mouseClick(used, Qt::LeftButton);
        QVERIFY(message->property("problem").toBool());
        QVERIFY2(message->text().contains(QStringLiteral("Only 12 in stock")), qPrintable(message->text()));
        QCOMPARE(
            table->model()->index(rowNamed(table, QStringLiteral("Saliva ejectors")), 1).data(Qt::EditRole),
            QVariant(12.0));
        auto stored = m_station->services->materials.list(m_desk);
        for (const QVariantMap& m : *stored) {
            if (m.value(QStringLiteral("name")) == QStringLiteral("Saliva ejectors"))
                QCOMPARE(m.value(QStringLiteral("quantity")).toDouble(), 12.0);
        }
        // Used 4: 12 -> 8, and the movement is on record.
        quantity->setValue(4);
        QTest::mouseClick(used, Qt::LeftButton);
        QCOMPARE(
            table->model()->index(rowNamed(table, QStringLiteral("Saliva ejectors")), 1).data(Qt::EditRole),
            QVariant(8.0));
    }

    void exportsWhatTheTableShowsAsCsv()
    {
        ui::InventoryView view(*m_station->services, m_desk);
        view.findChild<QLineEdit*>(QStringLiteral("inventoryFilter"))->setText(QStringLiteral("s"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("materials.csv"));
        QVERIFY(view.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        // A byte-order mark first, so Excel reads the file as UTF-8.
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("\xEF\xBB\xBFMaterial,In stock,Unit,Reorder at,Price,Description"));
        // Filtered to names or texts with an "s" (all three), sorted by name; the quote is escaped.
        QCOMPARE(lines.size(), 5); // header, three rows, and the empty rest after the last line break
        QCOMPARE(lines[3].trimmed(), QByteArray("Saliva ejectors,2,box,3,4.5,\"Pack of 100, \"\"soft\"\"\""));

        QVERIFY(!view.exportCsv(dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("inventoryMessage"))->property("problem").toBool());
    }

    void navigationShowsWhatTheRoleMayUse()
    {
        auto desk = m_station->services->accounts.login(QStringLiteral("desk@x.org"),
                                                        QStringLiteral("password123"), {});
        ui::MainWindow window(*m_station->services, *desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QCOMPARE(window.viewKeys(), (QStringList{QStringLiteral("frontdesk"), QStringLiteral("calendar"),
                                                 QStringLiteral("patients"), QStringLiteral("chart"),
                                                 QStringLiteral("inventory"), QStringLiteral("messages")}));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentViewKey(), QStringLiteral("inventory"));
        QVERIFY(window.findChild<ui::InventoryView*>()->isVisible());
        // Ctrl+F goes back to the patient search from any view.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentViewKey(), QStringLiteral("patients"));

        m_station->addUser(QStringLiteral("pat@x.org"), Role::Patient);
        auto patient = m_station->services->accounts.login(QStringLiteral("pat@x.org"),
                                                           QStringLiteral("password123"), {});
        ui::MainWindow theirs(*m_station->services, *patient);
        QCOMPARE(theirs.viewKeys(), (QStringList{QStringLiteral("patients"), QStringLiteral("chart")}));
        QVERIFY(!theirs.findChild<ui::InventoryView*>());
    }
};

QTEST_MAIN(TestInventoryView)
#include "tst_inventory_view.moc"

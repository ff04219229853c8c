#include "Csv.h"
#include "MainWindow.h"
#include "PatientImportDialog.h"
#include "PatientTableModel.h"
#include "TestStation.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

// The import dialog offscreen: a file's columns mapped by their headers, a combo changing one, the preview
// marking duplicates and problems with Import disabled, the options that leave them out, the import in the
// background and the patient list after it; the File menu's exports and who sees which entries.
class TestPatientImportDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    Actor m_desk;
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<ui::MainWindow> openWindow(const QString& email)
    {
        auto who = m_station->services->accounts.login(email, QStringLiteral("password123"), {});
        auto window = std::make_unique<ui::MainWindow>(*m_station->services, *who);
        window->show();
        QApplication::setActiveWindow(window.get());
        return window;
    }

    static QStringList actionNames(ui::MainWindow& window)
    {
        QStringList names;
        for (QAction* a : window.menuBar()->findChildren<QAction*>()) {
            if (a->objectName().endsWith(QLatin1String("Action")))
                names << a->objectName();
        }
        names.sort();
        return names;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_desk = m_station->addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
    }

    void cleanup() { m_station.reset(); }

    void previewMarksProblemsAndImportsWhenTheyAreLeftOut()
    {
        createPatient(*m_station, m_desk, QStringLiteral("Already Here"));
        QVERIFY(m_station->services->patients
                    .update(m_desk,
                            m_station->services->patients.list(m_desk)->first().value("id").toString(),
                            {{QStringLiteral("phone"), QStringLiteral("030 111")}}, true)
                    .ok());
        const QString path = writeFile(QStringLiteral("liste.csv"), "Nachname;Vorname;Telefon;Kundennr\r\n"
                                                                    "Neu;Nina;030 222;K1\r\n"
                                                                    "Doppelt;Dora;030 111;K2\r\n"
                                                                    "Kaputt;Karl;not a phone;K3\r\n");
        auto window = openWindow(QStringLiteral("desk@x.org"));
        ui::PatientImportDialog* dialog = window->openPatientImport();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->openFile(path));

        // Columns by their headers; the customer number is left out until chosen.
        auto* phone = dialog->findChild<QComboBox*>(QStringLiteral("mapColumn3"));
        QCOMPARE(phone->currentData().toString(), QStringLiteral("phone"));
        auto* number = dialog->findChild<QComboBox*>(QStringLiteral("mapColumn4"));
        QCOMPARE(number->currentData().toString(), QString());

        auto* preview = dialog->findChild<QTableView*>(QStringLiteral("importPreview"));
        auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importPatients"));
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
        QCOMPARE(preview->model()->rowCount(), 3);
        QVERIFY2(summary->text().contains(QStringLiteral("1 ready, 1 duplicates, 1 with problems")),
                 qPrintable(summary->text()));
        QVERIFY(!import->isEnabled());
        // The duplicate names the patient; the problem row its field and the cell is marked.
        const QAbstractItemModel* model = preview->model();
        QVERIFY(model->index(1, 1).data().toString().contains(QStringLiteral("Already Here")));
        QVERIFY(model->index(2, 1).data().toString().contains(QStringLiteral("valid phone")));
        QVERIFY(model->index(2, 4).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(0, 4).data(Qt::BackgroundRole).isValid());

        // Only problems: the ready row is hidden.
        dialog->findChild<QCheckBox*>(QStringLiteral("onlyProblems"))->setChecked(true);
        QCOMPARE(preview->model()->rowCount(), 2);

        // Choosing a field for a column, by its combo: the insurance number comes along.
        number->setCurrentIndex(number->findData(QStringLiteral("insurance_number")));
        emit number->activated(number->currentIndex());
        QCOMPARE(dialog->plan()->columns.value(3), QStringLiteral("insurance_number"));

        dialog->findChild<QCheckBox*>(QStringLiteral("skipDuplicates"))->setChecked(true);
        QVERIFY(!import->isEnabled());
        dialog->findChild<QCheckBox*>(QStringLiteral("skipInvalid"))->setChecked(true);
        QVERIFY(import->isEnabled());

        QSignalSpy imported(dialog, &ui::PatientImportDialog::imported);
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toInt(), 1);
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("importMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("Imported 1 patient")), qPrintable(message->text()));
        QCOMPARE(*m_station->services->patients.count(m_desk), 2);
        PatientQuery query;
        query.search = QStringLiteral("Nina");
        QCOMPARE(
            m_station->services->patients.list(m_desk, query)->first().value("insurance_number").toString(),
            QStringLiteral("K1"));
        // Shown again, the imported row is a patient of the clinic now: nothing left to import.
        QVERIFY(!import->isEnabled());
        QCOMPARE(window->patientModel()->totalCount(), 2);
    }

    void anUnreadableFileSaysWhy()
    {
        auto window = openWindow(QStringLiteral("desk@x.org"));
        ui::PatientImportDialog* dialog = window->openPatientImport();
        QVERIFY(!dialog->openFile(writeFile(QStringLiteral("open.csv"), "name\n\"never closed\n")));
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("importMessage"));
        QVERIFY(message->property("problem").toBool());
        QVERIFY(message->text().contains(QStringLiteral("never closed")));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("importPatients"))->isEnabled());
    }

    void fileMenuExportsAndOffersWhatTheRoleMay()
    {
        createPatient(*m_station, m_desk, QStringLiteral("Exported Person"));
        auto window = openWindow(QStringLiteral("desk@x.org"));
        QCOMPARE(actionNames(*window), (QStringList{"exportAppointmentsAction", "exportMaterialsAction",
                                                    "exportPatientsAction", "importPatientsAction"}));
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(window->exportCsv(QStringLiteral("patients"), path));
        auto table = csv::readFile(path);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 1);
        QVERIFY(table->rows[0].contains(QStringLiteral("Exported Person")));
        QVERIFY(window->statusBar()->currentMessage().contains(path));
        QVERIFY(
            !window->exportCsv(QStringLiteral("patients"), m_dir.filePath(QStringLiteral("no/dir/x.csv"))));

        // A dentist manages stock (and publishes their calendar) but moves no patient lists.
        m_station->addUser(QStringLiteral("dr@x.org"), Role::Dentist);
        auto dentist = openWindow(QStringLiteral("dr@x.org"));
        QCOMPARE(actionNames(*dentist), (QStringList{"calendarFeedsAction", "exportMaterialsAction"}));
        QVERIFY(!dentist->exportCsv(QStringLiteral("patients"), path));
    }
};

QTEST_MAIN(TestPatientImportDialog)
#include "tst_patient_import_dialog.moc"

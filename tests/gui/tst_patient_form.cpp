#include "MainWindow.h"
#include "PatientForm.h"
#include "TestStation.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace chairside;
using namespace chairside::test;

// New and edited patients through the form in the main window: problems shown under their fields with
// nothing written, the list updated after a save, and undo/redo of an edit.
class TestPatientForm : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    Actor m_desk;

    std::unique_ptr<ui::MainWindow> openWindow()
    {
        auto who = m_station->services->accounts.login(QStringLiteral("desk@x.org"),
                                                       QStringLiteral("password123"), {});
        auto window = std::make_unique<ui::MainWindow>(*m_station->services, *who);
        window->show();
        window->showView(QStringLiteral("patients"));
        QApplication::setActiveWindow(window.get());
        return window;
    }

    static void setLine(ui::PatientForm* form, const QString& field, const QString& text)
    {
        auto* line = form->findChild<QLineEdit*>(QStringLiteral("patient_") + field);
        QVERIFY2(line, qPrintable(field));
        line->setText(text);
    }

    int patients() { return *m_station->services->patients.count(m_desk); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_desk = m_station->addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
    }

    void cleanup() { m_station.reset(); }

    void newPatientShowsProblemsUnderTheirFields()
    {
        auto window = openWindow();
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("newPatient")), Qt::LeftButton);
        auto* form = window->findChild<ui::PatientForm*>();
        QVERIFY(form);
        setLine(form, QStringLiteral("first_name"), QStringLiteral("Lina"));
        setLine(form, QStringLiteral("last_name"), QStringLiteral("Haddad"));
        setLine(form, QStringLiteral("email"), QStringLiteral("not-an-address"));
        setLine(form, QStringLiteral("date_of_birth"), QStringLiteral("1990-13-40"));
        form->findChild<QPlainTextEdit*>(QStringLiteral("patient_allergies"))
            ->setPlainText(QStringLiteral("Latex"));
        auto* save = form->findChild<QPushButton*>(QStringLiteral("patientSave"));
        QTest::mouseClick(save, Qt::LeftButton);

        QVERIFY(form->isVisible());
        auto* emailError = form->findChild<QLabel*>(QStringLiteral("patientError_email"));
        auto* dateError = form->findChild<QLabel*>(QStringLiteral("patientError_date_of_birth"));
        QVERIFY(emailError->isVisible() && !emailError->text().isEmpty());
        QVERIFY(dateError->isVisible() && !dateError->text().isEmpty());
        QVERIFY(!form->findChild<QLabel*>(QStringLiteral("patientError_phone"))->isVisible());
        QCOMPARE(patients(), 0);

        setLine(form, QStringLiteral("email"), QStringLiteral("lina@example.org"));
        setLine(form, QStringLiteral("date_of_birth"), QStringLiteral("1990-03-14"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<ui::PatientForm*>());
        QCOMPARE(patients(), 1);
        auto* table = window->findChild<QTableView*>(QStringLiteral("patientTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Lina Haddad"));
        auto stored = m_station->services->patients.list(m_desk)->first();
        QCOMPARE(stored.value(QStringLiteral("allergies")).toString(), QStringLiteral("Latex"));
        QCOMPARE(stored.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("1990-03-14"));
    }

    void enterOnAPatientOpensTheirChart()
    {
        QVERIFY(m_station->services->patients
                    .create(m_desk, {{QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                     {QStringLiteral("allergies"), QStringLiteral("Latex")}})
                    .ok());
        auto window = openWindow();
        auto* table = window->findChild<QTableView*>(QStringLiteral("patientTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window->currentViewKey(), QStringLiteral("chart"));
        QTRY_VERIFY(window->findChild<QLabel*>(QStringLiteral("chartPatientName"))
                        ->text()
                        .contains(QStringLiteral("Ana Lima")));
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("chartAllergies"))
                    ->text()
                    .contains(QStringLiteral("Latex")));
    }

    void anEditCanBeUndoneAndRedone()
    {
        auto created = m_station->services->patients.create(
            m_desk, {{QStringLiteral("name"), QStringLiteral("Ana Lima")},
                     {QStringLiteral("phone"), QStringLiteral("+49 30 1111")},
                     {QStringLiteral("allergies"), QStringLiteral("Penicillin")}});
        const QString id = created->value(QStringLiteral("id")).toString();
        auto window = openWindow();
        auto* table = window->findChild<QTableView*>(QStringLiteral("patientTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->selectRow(0);
        QApplication::setActiveWindow(window.get());
        QTest::keyClick(table, Qt::Key_F2); // opens the edit form
        auto* form = window->findChild<ui::PatientForm*>();
        QVERIFY(form);
        QCOMPARE(form->findChild<QPlainTextEdit*>(QStringLiteral("patient_allergies"))->toPlainText(),
                 QStringLiteral("Penicillin"));
        setLine(form, QStringLiteral("phone"), QStringLiteral("+49 30 2222"));
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("patientSave")), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<ui::PatientForm*>());
        auto phone = [&] {
            return m_station->services->patients.get(m_desk, id)->value(QStringLiteral("phone")).toString();
        };
        QCOMPARE(phone(), QStringLiteral("+49 30 2222"));
        QCOMPARE(window->undoStack()->count(), 1);

        QApplication::setActiveWindow(window.get()); // back from the form (offscreen does not do it)
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(phone(), QStringLiteral("+49 30 1111"));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(phone(), QStringLiteral("+49 30 2222"));
        // Only the edited field was written: the other fields kept their values.
        QCOMPARE(m_station->services->patients.get(m_desk, id)->value(QStringLiteral("allergies")).toString(),
                 QStringLiteral("Penicillin"));
    }
};

QTEST_MAIN(TestPatientForm)
#include "tst_patient_form.moc"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "PatientTableModel.h"
#include "TestStation.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

class TestGuiStation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the window's QSettings stay out of ~

    void loginShowsProblemsInlineAndSignsIn()
    {
        TestStation s;
        s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        ui::LoginDialog dialog(s.services->accounts);
        dialog.show();
        auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("loginEmail"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("loginPassword"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("loginError"));
        QVERIFY(email && password && error);
        QTest::keyClicks(email, QStringLiteral("desk@x.org"));
        QTest::keyClicks(password, QStringLiteral("wrong-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Invalid credentials."));
        QVERIFY(!dialog.signedIn());

        password->clear();
        QTest::keyClicks(password, QStringLiteral("password123"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.signedIn());
        QCOMPARE(dialog.signedIn()->actor.role, Role::Receptionist);
    }

    void patientModelPagesLazilyAndSearches()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const int total = ui::PatientTableModel::kPageSize + 50;
        for (int i = 0; i < total; ++i) {
            auto created = s.services->patients.create(
                desk, {{QStringLiteral("name"), QStringLiteral("Patient %1").arg(i, 4, 10, QLatin1Char('0'))},
                       {QStringLiteral("allergies"), i == 3 ? QStringLiteral("Latex") : QString()}});
            QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));
        }
        ui::PatientTableModel model(s.services->patients, desk);
        QCOMPARE(model.totalCount(), total);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE(model.rowCount(), ui::PatientTableModel::kPageSize);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(3, ui::PatientTableModel::Allergies).data().toString(), QStringLiteral("Latex"));
        QVERIFY(model.index(3, ui::PatientTableModel::Allergies).data(Qt::FontRole).value<QFont>().bold());

        // The tester checks the model's invariants from here on (it fetches pages itself, so it comes after
        // the paging checks above).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(QStringLiteral("Patient 001"));
        QCOMPARE(model.totalCount(), 10); // 0010..0019
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, ui::PatientTableModel::Name).data().toString(),
                 QStringLiteral("Patient 0010"));
    }

    void mainWindowSearchesAsYouTypeAndShowsServerStatus()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        QVERIFY(
            s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Ana Lima")}}).ok());
        QVERIFY(s.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Bruno Costa")}})
                    .ok());
        auto who =
            s.services->accounts.login(QStringLiteral("desk@x.org"), QStringLiteral("password123"), {});
        ui::MainWindow window(*s.services, *who);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(QStringLiteral("patients"));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("patientSearch"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("patientTable"));
        QVERIFY(search && table);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTest::keyClicks(search, QStringLiteral("bru"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Bruno Costa"));

        window.setServerStatus({true, QStringLiteral("http://127.0.0.1:8000"), {}});
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("apiStatus"))->text(),
                 QStringLiteral("API: http://127.0.0.1:8000"));
        window.setServerStatus({false, {}, QStringLiteral("port in use")});
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("apiStatus"))
                    ->text()
                    .contains(QStringLiteral("port in use")));

        // Ctrl+F returns to the search field from anywhere in the window.
        table->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }
};

QTEST_MAIN(TestGuiStation)
#include "tst_gui_station.moc"

#include "AdminView.h"
#include "BackgroundTask.h"
#include "MainWindow.h"
#include "TestStation.h"
#include "WidgetLookup.h"
#include "demo/DemoClinic.h"
#include "store/Query.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

// The admin screen through its widgets: accounts, clinic settings and chairs, the Gemini key and the SMTP
// password kept only in the secret store, and the audit log with filters and paging; and who gets to see it.
class TestAdminView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestStation> m_station;
    Actor m_admin;
    InMemorySecretStore m_secrets;

    static QStringList column(QTableWidget* table, int column)
    {
        QStringList out;
        for (int row = 0; row < table->rowCount(); ++row)
            out << table->item(row, column)->text();
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_station = std::make_unique<TestStation>();
        m_admin = m_station->addUser(QStringLiteral("admin@x.org"), Role::Admin);
    }

    void cleanup() { m_station.reset(); }

    void accountsAreAddedAndRemoved()
    {
        ui::AdminView view(*m_station->services, m_admin, &m_secrets);
        auto* users = child<QTableWidget>(&view, QStringLiteral("adminUsers"));
        auto* message = child<QLabel>(&view, QStringLiteral("adminUsersMessage"));
        QCOMPARE(column(users, 0), QStringList{QStringLiteral("admin@x.org")});

        child<QLineEdit>(&view, QStringLiteral("adminNewEmail"))->setText(QStringLiteral("desk@x.org"));
        child<QLineEdit>(&view, QStringLiteral("adminNewName"))->setText(QStringLiteral("Rita Frontdesk"));
        auto* role = child<QComboBox>(&view, QStringLiteral("adminNewRole"));
        role->setCurrentIndex(role->findData(QStringLiteral("receptionist")));
        auto* password = child<QLineEdit>(&view, QStringLiteral("adminNewPassword"));
        password->setText(QStringLiteral("short"));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminAddUser")), Qt::LeftButton);
        QVERIFY(message->property("problem").toBool());
        QVERIFY2(message->text().contains(QStringLiteral("too short")), qPrintable(message->text()));
        QCOMPARE(users->rowCount(), 1);

        password->setText(QStringLiteral("long-enough-1"));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminAddUser")), Qt::LeftButton);
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        QCOMPARE(users->rowCount(), 2);
        auto signedIn = m_station->services->accounts.login(QStringLiteral("desk@x.org"),
                                                            QStringLiteral("long-enough-1"), {});
        QVERIFY(signedIn.ok());
        QCOMPARE(signedIn->actor.role, Role::Receptionist);

        // Not oneself; the other one goes and can no longer sign in.
        users->selectRow(int(column(users, 0).indexOf(QStringLiteral("admin@x.org"))));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminRemoveUser")), Qt::LeftButton);
        QVERIFY(message->property("problem").toBool());
        QVERIFY2(message->text().contains(QStringLiteral("own account")), qPrintable(message->text()));
        QCOMPARE(users->rowCount(), 2);
        users->selectRow(int(column(users, 0).indexOf(QStringLiteral("desk@x.org"))));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminRemoveUser")), Qt::LeftButton);
        QCOMPARE(column(users, 0), QStringList{QStringLiteral("admin@x.org")});
        QVERIFY(!m_station->services->accounts
                     .login(QStringLiteral("desk@x.org"), QStringLiteral("long-enough-1"), {})
                     .ok());
    }

    void anAccountsRoleIsChangedButNeverOnesOwn()
    {
        const Actor desk = m_station->addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        ui::AdminView view(*m_station->services, m_admin, &m_secrets);
        auto* users = child<QTableWidget>(&view, QStringLiteral("adminUsers"));
        auto* role = child<QComboBox>(&view, QStringLiteral("adminChangeRole"));
        auto* message = child<QLabel>(&view, QStringLiteral("adminUsersMessage"));
        users->selectRow(int(column(users, 0).indexOf(QStringLiteral("desk@x.org"))));
        QCOMPARE(role->currentData().toString(), QStringLiteral("receptionist")); // follows the selection
        role->setCurrentIndex(role->findData(QStringLiteral("dentist")));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminChangeRoleButton")), Qt::LeftButton);
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        QCOMPARE(m_station->services->accounts.user(m_admin, desk.userId)->value(QStringLiteral("role")),
                 QVariant(QStringLiteral("dentist")));
        QCOMPARE(column(users, 2).at(column(users, 0).indexOf(QStringLiteral("desk@x.org"))),
                 QStringLiteral("dentist"));

        users->selectRow(int(column(users, 0).indexOf(QStringLiteral("admin@x.org"))));
        role->setCurrentIndex(role->findData(QStringLiteral("patient")));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminChangeRoleButton")), Qt::LeftButton);
        QVERIFY(message->property("problem").toBool());
        QVERIFY2(message->text().contains(QStringLiteral("own account")), qPrintable(message->text()));
        QCOMPARE(m_station->services->accounts.user(m_admin, m_admin.userId)->value(QStringLiteral("role")),
                 QVariant(QStringLiteral("admin")));
    }

    void demoPatientsAreAddedInTheBackgroundOnADemoStoreOnly()
    {
        Services& s = *m_station->services;
        {
            ui::AdminView clinicView(s, m_admin, &m_secrets);
            QVERIFY(!clinicView.findChild<QPushButton*>(QStringLiteral("adminSeedDemo")));
        }
        DemoSize small;
        small.patients = 5;
        small.chairs = 1;
        QVERIFY(!DemoClinic::seed(s, small));
        auto demoAdmin =
            s.accounts.login(DemoClinic::accounts().adminEmail, DemoClinic::accounts().password, {});
        QVERIFY(demoAdmin);
        const auto patients = [this] {
            return sql::scalar(m_station->db->connection(), QStringLiteral("SELECT COUNT(*) FROM patients"))
                ->toInt();
        };
        const int before = patients();

        ui::AdminView view(s, demoAdmin->actor, &m_secrets);
        view.show();
        auto* add = child<QPushButton>(&view, QStringLiteral("adminSeedDemo"));
        auto* message = child<QLabel>(&view, QStringLiteral("adminDemoMessage"));
        child<QSpinBox>(&view, QStringLiteral("adminDemoPatients"))->setValue(30);
        QTest::mouseClick(add, Qt::LeftButton);
        auto* task = view.findChild<ui::BackgroundTask*>();
        QVERIFY(task);
        QVERIFY(task->dialog());
        QVERIFY(!add->isEnabled()); // one run at a time
        QSignalSpy progressed(task, &ui::BackgroundTask::progressed);
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), 60000);
        QCOMPARE(patients(), before + 30);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(1).toInt(), 30);
        QCOMPARE(progressed.last().at(2).toInt(), 30);
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("30")), qPrintable(message->text()));
        QTRY_VERIFY(!view.findChild<ui::BackgroundTask*>()); // gone once done, with its dialog
        QVERIFY(!view.findChild<QProgressDialog*>());

        // Stop ends a big run after the batch in hand; what was committed stays.
        child<QSpinBox>(&view, QStringLiteral("adminDemoPatients"))->setValue(100000);
        QTest::mouseClick(add, Qt::LeftButton);
        task = view.findChild<ui::BackgroundTask*>();
        QVERIFY(task);
        auto* stop = task->dialog()->findChild<QPushButton*>();
        QVERIFY(stop);
        QCOMPARE(stop->text(), QStringLiteral("&Stop"));
        stop->click();
        QVERIFY(task->isStopRequested());
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), 60000);
        QVERIFY2(message->text().contains(QStringLiteral("Stopped")), qPrintable(message->text()));
        const int added = patients() - before - 30;
        QVERIFY2(added > 0 && added < 100000, qPrintable(QString::number(added)));
    }

    void clinicSettingsAndChairs()
    {
        ui::AdminView view(*m_station->services, m_admin, &m_secrets);
        auto* message = child<QLabel>(&view, QStringLiteral("adminClinicMessage"));
        auto* zone = child<QComboBox>(&view, QStringLiteral("adminTimeZone"));
        auto* monday = child<QLineEdit>(&view, QStringLiteral("adminHours_1"));
        QCOMPARE(monday->text(), QStringLiteral("08:00-18:00")); // the default until set
        QVERIFY(child<QLineEdit>(&view, QStringLiteral("adminHours_7"))->text().isEmpty());

        zone->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminSaveClinic")), Qt::LeftButton);
        QVERIFY(message->property("problem").toBool());
        QVERIFY(m_station->services->schedule.setting(QStringLiteral("time_zone"))
                    .isEmpty()); // still the default

        child<QLineEdit>(&view, QStringLiteral("adminClinicName"))
            ->setText(QStringLiteral("Praxis am Markt"));
        zone->setCurrentText(QStringLiteral("Europe/Berlin"));
        monday->setText(QStringLiteral("09:00-17:00"));
        child<QLineEdit>(&view, QStringLiteral("adminHours_6"))->setText(QStringLiteral("09:00-12:00"));
        child<QLineEdit>(&view, QStringLiteral("adminHours_3"))->clear();
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminSaveClinic")), Qt::LeftButton);
        QVERIFY2(!message->property("problem").toBool(), qPrintable(message->text()));
        Services& s = *m_station->services;
        QCOMPARE(s.schedule.setting(QStringLiteral("clinic_name")), QStringLiteral("Praxis am Markt"));
        QCOMPARE(s.schedule.timeZone().id(), QByteArray("Europe/Berlin"));
        const auto saturday = s.schedule.hoursOn(QString(), QDate(2026, 11, 28));
        QCOMPARE(saturday.size(), 1);
        QCOMPARE(saturday.first().second, QTime(12, 0));
        QVERIFY(s.schedule.hoursOn(QString(), QDate(2026, 11, 25)).isEmpty()); // Wednesday emptied: closed

        auto* chairs = child<QListWidget>(&view, QStringLiteral("adminChairs"));
        child<QLineEdit>(&view, QStringLiteral("adminChairName"))->setText(QStringLiteral("Chair A"));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminAddChair")), Qt::LeftButton);
        QCOMPARE(chairs->count(), 1);
        QCOMPARE(s.schedule.chairs()->size(), 1);
        chairs->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminRemoveChair")), Qt::LeftButton);
        QCOMPARE(chairs->count(), 0);
        QVERIFY(s.schedule.chairs()->isEmpty());
    }

    void theGeminiKeyGoesToTheSecretStoreOnly()
    {
        ui::AdminView view(*m_station->services, m_admin, &m_secrets);
        const QString key = QStringLiteral("AIzaSy-test-key-0123456789");
        auto* field = child<QLineEdit>(&view, QStringLiteral("adminGeminiKey"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        field->setText(key);
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminSaveGeminiKey")), Qt::LeftButton);
        QCOMPARE(m_secrets.read(geminiApiKeySecret()), std::optional<QByteArray>(key.toUtf8()));
        QVERIFY(field->text().isEmpty());
        // Nowhere in the database file (nor its write-ahead log).
        for (const QString& path : {m_station->dbPath(), m_station->dbPath() + QStringLiteral("-wal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY(!file.readAll().contains(key.toUtf8()));
        }

        ui::AdminView withoutStore(*m_station->services, m_admin, nullptr);
        QVERIFY(!child<QPushButton>(&withoutStore, QStringLiteral("adminSaveGeminiKey"))->isEnabled());
    }

    void theSmtpPasswordIsStoredButNeverShownBack()
    {
        InMemorySecretStore secrets;
        const QString password = QStringLiteral(" smtp pass 7 ");
        // Every text the screen shows, to look for the password in.
        auto shownTexts = [](QWidget* view) {
            QStringList texts;
            for (auto* edit : view->findChildren<QLineEdit*>())
                texts << edit->text() << edit->displayText() << edit->placeholderText();
            for (auto* label : view->findChildren<QLabel*>())
                texts << label->text();
            return texts.join(QLatin1Char('\n'));
        };
        {
            ui::AdminView view(*m_station->services, m_admin, &secrets);
            auto* field = child<QLineEdit>(&view, QStringLiteral("adminSmtpPassword"));
            auto* state = child<QLabel>(&view, QStringLiteral("adminSmtpState"));
            auto* message = child<QLabel>(&view, QStringLiteral("adminSmtpMessage"));
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            QVERIFY2(state->text().contains(QStringLiteral("No password is stored")),
                     qPrintable(state->text()));

            // Saving nothing is refused inline and stores nothing.
            auto* save = child<QPushButton>(&view, QStringLiteral("adminSaveSmtpPassword"));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(!message->isHidden());
            QVERIFY(message->property("problem").toBool());
            QVERIFY(!secrets.read(smtpPasswordSecret()).has_value());

            field->setText(password);
            QTest::mouseClick(save, Qt::LeftButton);
            // Stored as typed (spaces belong to a password), under the name the mail worker reads.
            QCOMPARE(secrets.read(smtpPasswordSecret()), std::optional<QByteArray>(password.toUtf8()));
            QVERIFY(field->text().isEmpty());
            QVERIFY(!message->property("problem").toBool());
            QVERIFY2(message->text().contains(QStringLiteral("memory")), qPrintable(message->text()));
            QVERIFY2(state->text().contains(QStringLiteral("A password is stored")),
                     qPrintable(state->text()));
            QVERIFY(!shownTexts(&view).contains(password.trimmed()));
        }
        // A fresh screen says a password is stored and does not fill it in.
        ui::AdminView again(*m_station->services, m_admin, &secrets);
        QVERIFY(child<QLineEdit>(&again, QStringLiteral("adminSmtpPassword"))->text().isEmpty());
        QVERIFY(child<QLabel>(&again, QStringLiteral("adminSmtpState"))
                    ->text()
                    .contains(QStringLiteral("A password is stored")));
        QVERIFY(!shownTexts(&again).contains(password.trimmed()));
        // Nowhere in the database file (nor its write-ahead log).
        for (const QString& path : {m_station->dbPath(), m_station->dbPath() + QStringLiteral("-wal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY(!file.readAll().contains(password.trimmed().toUtf8()));
        }

        ui::AdminView withoutStore(*m_station->services, m_admin, nullptr);
        QVERIFY(!child<QLineEdit>(&withoutStore, QStringLiteral("adminSmtpPassword"))->isEnabled());
        QVERIFY(!child<QPushButton>(&withoutStore, QStringLiteral("adminSaveSmtpPassword"))->isEnabled());
    }

    void aStoreThatRefusesSaysSoInline()
    {
        // A keychain that is locked or gone: the write fails with a reason.
        class RefusingStore : public InMemorySecretStore
        {
        public:
            bool write(const QString&, const QByteArray&) override { return false; }
            QString errorString() const override { return QStringLiteral("the keyring is locked"); }
        } refusing;
        ui::AdminView view(*m_station->services, m_admin, &refusing);
        auto* field = child<QLineEdit>(&view, QStringLiteral("adminSmtpPassword"));
        field->setText(QStringLiteral("pass"));
        // Enter in the field saves, as the button does.
        QTest::keyClick(field, Qt::Key_Return);
        auto* message = child<QLabel>(&view, QStringLiteral("adminSmtpMessage"));
        QVERIFY(message->property("problem").toBool());
        QVERIFY2(message->text().contains(QStringLiteral("the keyring is locked")),
                 qPrintable(message->text()));
        QCOMPARE(field->text(), QStringLiteral("pass")); // kept, to try again
        QVERIFY(child<QLabel>(&view, QStringLiteral("adminSmtpState"))
                    ->text()
                    .contains(QStringLiteral("No password is stored")));
    }

    // The labels' accelerators reach their fields; no two on the tab (or the tab bar) share a letter.
    void theSecretsTabIsKeyboardFriendly()
    {
        ui::AdminView view(*m_station->services, m_admin, &m_secrets);
        auto* smtp = child<QLineEdit>(&view, QStringLiteral("adminSmtpPassword"));
        auto* gemini = child<QLineEdit>(&view, QStringLiteral("adminGeminiKey"));
        QWidget* page = smtp->parentWidget()->parentWidget();
        QStringList letters;
        auto letterOf = [](const QString& text) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            return amp < 0 ? QString() : text.mid(amp + 1, 1).toLower();
        };
        bool smtpHasBuddy = false;
        bool geminiHasBuddy = false;
        for (auto* label : page->findChildren<QLabel*>()) {
            if (label->buddy() == smtp)
                smtpHasBuddy = true;
            if (label->buddy() == gemini)
                geminiHasBuddy = true;
            if (label->buddy())
                letters << letterOf(label->text());
        }
        for (auto* button : page->findChildren<QPushButton*>())
            letters << letterOf(button->text());
        auto* tabs = child<QTabWidget>(&view, QStringLiteral("adminTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            letters << letterOf(tabs->tabText(i));
        QVERIFY(smtpHasBuddy && geminiHasBuddy);
        letters.removeAll(QString());
        const QStringList unique(QSet<QString>(letters.begin(), letters.end()).values());
        QVERIFY2(unique.size() == letters.size(), qPrintable(letters.join(QLatin1Char(','))));
    }

    void theAuditLogFiltersAndPages()
    {
        Services& s = *m_station->services;
        for (int i = 0; i < 205; ++i)
            QVERIFY(
                s.patients.create(m_admin, {{QStringLiteral("name"), QStringLiteral("P %1").arg(i)}}).ok());
        QVERIFY(s.schedule.createChair(m_admin, {{QStringLiteral("name"), QStringLiteral("Chair")}}).ok());

        ui::AdminView view(s, m_admin, &m_secrets);
        auto* table = child<QTableWidget>(&view, QStringLiteral("adminAuditTable"));
        QCOMPARE(table->rowCount(), 200); // a page, newest first
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("chairs.insert"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("admin@x.org"));

        child<QLineEdit>(&view, QStringLiteral("adminAuditAction"))->setText(QStringLiteral("patients."));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminAuditFilter")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 200);
        QVERIFY(!column(table, 4).contains(QStringLiteral("chairs.insert")));
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("adminAuditMore")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 205); // the older five follow
        QCOMPARE(column(table, 4).count(QStringLiteral("patients.insert")), 205);

        // Reads of patient data are listed too, alone under their filter, and the other filter leaves them
        // out.
        auto patients = s.patients.list(m_admin, {});
        QVERIFY(patients && !patients->isEmpty());
        const QString patientId = patients->first().value(QStringLiteral("id")).toString();
        QVERIFY(s.patients.get(m_admin, patientId));
        child<QLineEdit>(&view, QStringLiteral("adminAuditAction"))->clear();
        auto* kind = child<QComboBox>(&view, QStringLiteral("adminAuditKind"));
        kind->setCurrentIndex(kind->findData(int(AuditQuery::Kind::Reads)));
        QVERIFY(table->rowCount() >= 2);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("patients.read"));
        QCOMPARE(table->item(0, 5)->text(), patientId);
        for (const QString& action : column(table, 4))
            QVERIFY2(action.endsWith(QStringLiteral(".read")) || action.endsWith(QStringLiteral(".list")),
                     qPrintable(action));
        QVERIFY(column(table, 4).contains(QStringLiteral("audit_log.list"))); // the viewer's own reading
        kind->setCurrentIndex(kind->findData(int(AuditQuery::Kind::Changes)));
        QVERIFY(table->rowCount() > 0);
        QVERIFY(!column(table, 4).contains(QStringLiteral("patients.read")));
        kind->setCurrentIndex(kind->findData(int(AuditQuery::Kind::All)));

        AuditQuery tooBig;
        tooBig.limit = AuditService::kMaximumPage + 1;
        QVERIFY(s.audit.entries(m_admin, tooBig).error().fieldErrors.contains(QStringLiteral("limit")));

        // Only an administrator reads it, in the service as on screen.
        const Actor desk = m_station->addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        QCOMPARE(s.audit.entries(desk, {}).error().code, Error::Code::Forbidden);
        auto deskUser = s.accounts.login(QStringLiteral("desk@x.org"), QStringLiteral("password123"), {});
        ui::MainWindow deskWindow(s, *deskUser, &m_secrets);
        QVERIFY(!deskWindow.viewKeys().contains(QStringLiteral("admin")));
        auto adminUser = s.accounts.login(QStringLiteral("admin@x.org"), QStringLiteral("password123"), {});
        ui::MainWindow adminWindow(s, *adminUser, &m_secrets);
        QVERIFY(adminWindow.viewKeys().contains(QStringLiteral("admin")));
    }
};

QTEST_MAIN(TestAdminView)
#include "tst_admin_view.moc"

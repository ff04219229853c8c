#include "CalendarFeedsDialog.h"
#include "MainWindow.h"
#include "TestStation.h"
#include "WidgetLookup.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace chairside;
using namespace chairside::test;

// File › Calendar subscriptions…: addresses made on the desktop open the feed the API serves, show once, are
// listed and revoked; a dentist publishes only their own calendar.
class TstCalendarFeedsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStation> m_station;
    Actor m_admin;
    Actor m_dentist;
    Actor m_desk;
    QString m_doctor;
    QString m_chair;

    static QStringList items(QComboBox* box)
    {
        QStringList out;
        for (int i = 0; i < box->count(); ++i)
            out << box->itemText(i);
        return out;
    }

private slots:
    void init()
    {
        m_station = std::make_unique<TestStation>();
        Services& s = *m_station->services;
        m_admin = m_station->addUser(QStringLiteral("admin@x.org"), Role::Admin);
        m_dentist = m_station->addUser(QStringLiteral("kranz@x.org"), Role::Dentist);
        m_desk = m_station->addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        m_doctor = s.doctors
                       .createLinked(m_admin, {{QStringLiteral("name"), QStringLiteral("Dr. Eva Kranz")}},
                                     m_dentist.userId)
                       ->value(QStringLiteral("id"))
                       .toString();
        QVERIFY(s.doctors.create(m_admin, {{QStringLiteral("name"), QStringLiteral("Olaf Zahn")}}).ok());
        m_chair = s.schedule.createChair(m_admin, {{QStringLiteral("name"), QStringLiteral("Chair 1")}})
                      ->value(QStringLiteral("id"))
                      .toString();
    }

    void aDentistMakesCopiesAndRevokesTheirOwnAddress()
    {
        ui::CalendarFeedsDialog dialog(*m_station->services, m_dentist,
                                       QStringLiteral("http://127.0.0.1:8000"));
        auto* subject = child<QComboBox>(&dialog, QStringLiteral("calendarFeedSubject"));
        QCOMPARE(items(subject), QStringList{QStringLiteral("Dentist: Dr. Eva Kranz")});
        // An API on loopback serves this computer only, which the dialog says before anything is made.
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("calendarFeedMessage"))
                    ->text()
                    .contains(QStringLiteral("this computer only")));
        auto* url = child<QLineEdit>(&dialog, QStringLiteral("calendarFeedUrl"));
        auto* copy = child<QPushButton>(&dialog, QStringLiteral("calendarFeedCopy"));
        QVERIFY(!copy->isEnabled());

        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("calendarFeedMake")), Qt::LeftButton);
        const QRegularExpression shape(
            QStringLiteral("^http://127\\.0\\.0\\.1:8000/calendar/dentist/([0-9a-f]{64})\\.ics$"));
        const auto match = shape.match(url->text());
        QVERIFY2(match.hasMatch(), qPrintable(url->text()));
        // The address opens the dentist's feed, as the API serves it.
        auto feed = m_station->services->calendarFeeds.open(QStringLiteral("dentist"), match.captured(1));
        QVERIFY(feed.ok());
        QCOMPARE(feed->subjectId, m_doctor);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), url->text());

        auto* table = child<QTableWidget>(&dialog, QStringLiteral("calendarFeedTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Dentist: Dr. Eva Kranz"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Active"));
        auto* revoke = child<QPushButton>(&dialog, QStringLiteral("calendarFeedRevoke"));
        QVERIFY(!revoke->isEnabled());
        table->selectRow(0);
        QVERIFY(revoke->isEnabled());

        QVERIFY(dialog.revokeRow(0));
        QCOMPARE(m_station->services->calendarFeeds.open(QStringLiteral("dentist"), match.captured(1))
                     .error()
                     .code,
                 Error::Code::NotFound);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("Revoked ")));
        table->selectRow(0);
        QVERIFY(!revoke->isEnabled()); // nothing left to revoke

        // A dialog opened later lists the address but can never show it again.
        ui::CalendarFeedsDialog later(*m_station->services, m_dentist,
                                      QStringLiteral("http://127.0.0.1:8000"));
        QCOMPARE(child<QTableWidget>(&later, QStringLiteral("calendarFeedTable"))->rowCount(), 1);
        QVERIFY(child<QLineEdit>(&later, QStringLiteral("calendarFeedUrl"))->text().isEmpty());
    }

    void anAdministratorPublishesAnyDentistOrChair()
    {
        ui::CalendarFeedsDialog dialog(*m_station->services, m_admin,
                                       QStringLiteral("https://127.0.0.1:8443"));
        auto* subject = child<QComboBox>(&dialog, QStringLiteral("calendarFeedSubject"));
        QCOMPARE(items(subject),
                 (QStringList{QStringLiteral("Dentist: Dr. Eva Kranz"), QStringLiteral("Dentist: Olaf Zahn"),
                              QStringLiteral("Chair: Chair 1")}));
        subject->setCurrentIndex(2);
        QVERIFY(dialog.makeAddress());
        const QString url = child<QLineEdit>(&dialog, QStringLiteral("calendarFeedUrl"))->text();
        QVERIFY2(url.startsWith(QStringLiteral("https://127.0.0.1:8443/calendar/chair/")), qPrintable(url));
        auto feed = m_station->services->calendarFeeds.open(
            QStringLiteral("chair"), QUrl(url).fileName().chopped(int(strlen(".ics"))));
        QVERIFY(feed.ok());
        QCOMPARE(feed->subjectId, m_chair);
        // The dentist does not see the chair's address among theirs.
        ui::CalendarFeedsDialog dentist(*m_station->services, m_dentist,
                                        QStringLiteral("http://127.0.0.1:8000"));
        QCOMPARE(child<QTableWidget>(&dentist, QStringLiteral("calendarFeedTable"))->rowCount(), 0);
    }

    void withoutARunningApiNoAddressIsMade()
    {
        ui::CalendarFeedsDialog dialog(*m_station->services, m_dentist, QString());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("calendarFeedMake"))->isEnabled());
        QVERIFY(!dialog.makeAddress());
        auto* message = child<QLabel>(&dialog, QStringLiteral("calendarFeedMessage"));
        QVERIFY(message->property("problem").toBool());
        QVERIFY2(message->text().contains(QStringLiteral("not running")), qPrintable(message->text()));
        QVERIFY(m_station->services->calendarFeeds.list(m_dentist)->isEmpty());
    }

    void aDentistWithoutAProfileHasNothingToPublish()
    {
        const Actor unlinked = m_station->addUser(QStringLiteral("new@x.org"), Role::Dentist);
        ui::CalendarFeedsDialog dialog(*m_station->services, unlinked,
                                       QStringLiteral("http://127.0.0.1:8000"));
        QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("calendarFeedSubject"))->count(), 0);
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("calendarFeedMake"))->isEnabled());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("calendarFeedMessage"))->property("problem").toBool());
    }

    void anApiOnEveryInterfaceIsGivenOutAtTheMachinesAddress()
    {
        QCOMPARE(ui::CalendarFeedsDialog::reachableBase(QStringLiteral("http://192.168.1.20:8000")),
                 QStringLiteral("http://192.168.1.20:8000"));
        QCOMPARE(ui::CalendarFeedsDialog::reachableBase(QStringLiteral("http://127.0.0.1:8000")),
                 QStringLiteral("http://127.0.0.1:8000"));
        bool networked = false;
        for (const QHostAddress& a : QNetworkInterface::allAddresses())
            networked |= a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback();
        if (!networked)
            QSKIP("this machine has no network address besides loopback");
        for (const QString& any :
             {QStringLiteral("https://0.0.0.0:8443"), QStringLiteral("https://[::]:8443")}) {
            const QUrl given(ui::CalendarFeedsDialog::reachableBase(any));
            QCOMPARE(given.scheme(), QStringLiteral("https"));
            QCOMPARE(given.port(), 8443);
            const QHostAddress host(given.host());
            QVERIFY2(!host.isNull() && !host.isLoopback() && host != QHostAddress::AnyIPv4 &&
                         host != QHostAddress::AnyIPv6,
                     qPrintable(given.toString()));
            QVERIFY(QNetworkInterface::allAddresses().contains(host));
        }
    }

    void theFileMenuOffersItToThoseWhoMayPublish()
    {
        for (const auto& [email, offered] :
             {std::pair{QStringLiteral("kranz@x.org"), true}, std::pair{QStringLiteral("admin@x.org"), true},
              std::pair{QStringLiteral("desk@x.org"), false}}) {
            auto user = m_station->services->accounts.login(email, QStringLiteral("password123"), {});
            QVERIFY(user.ok());
            ui::MainWindow window(*m_station->services, *user);
            auto* action = window.findChild<QAction*>(QStringLiteral("calendarFeedsAction"));
            QCOMPARE(action != nullptr, offered);
            if (!action)
                continue;
            window.setServerStatus({true, QStringLiteral("http://127.0.0.1:8000"), {}});
            auto* dialog = window.openCalendarFeeds();
            QVERIFY(child<QPushButton>(dialog, QStringLiteral("calendarFeedMake"))->isEnabled());
        }
    }
};

QTEST_MAIN(TstCalendarFeedsDialog)
#include "tst_calendar_feeds_dialog.moc"

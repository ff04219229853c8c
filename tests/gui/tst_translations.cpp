#include "MainWindow.h"
#include "TestStation.h"
#include "Translations.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace chairside;
using namespace chairside::test;

// The German translation is complete and what a German desktop loads: the screens speak German.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyMessageOfTheGermanFileIsTranslated()
    {
        QFile file(QStringLiteral(CHAIRSIDE_SOURCE_DIR "/translations/chairside_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    missing << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 300);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
    }

    void aGermanDesktopSpeaksGerman()
    {
        QCOMPARE(ui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)), QString());
        QCOMPARE(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
        TestStation s;
        s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto desk =
            s.services->accounts.login(QStringLiteral("desk@x.org"), QStringLiteral("password123"), {});
        ui::MainWindow window(*s.services, *desk);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QStringList views;
        for (int row = 0; row < navigation->count(); ++row)
            views << navigation->item(row)->text();
        QVERIFY2(views.contains(QStringLiteral("Patienten")), qPrintable(views.join(QLatin1Char(','))));
        QVERIFY(!views.contains(QStringLiteral("Patients")));
        // Plurals follow German rules too.
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("patientCount"))->text(),
                 QStringLiteral("0 Patienten"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

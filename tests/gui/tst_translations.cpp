#include "MainWindow.h"
#include "TestStation.h"
#include "Translations.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace chairside;
using namespace chairside::test;

namespace {

// Every (context, source) pair of a .ts file, as "Context: source".
QSet<QString> messagesOf(const QString& path)
{
    QSet<QString> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            messages.insert(context + QStringLiteral(": ") + xml.readElementText());
    }
    return messages;
}

} // namespace

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

    // The check above only sees what is in the file; this one asks lupdate what the sources hold today, so a
    // new tr() string nobody carried into the file fails here instead of showing up in English.
    void theGermanFileHoldsEveryStringOfTheSources()
    {
        QTemporaryDir scratch;
        const QString fresh = scratch.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(CHAIRSIDE_SOURCE_DIR "/ui"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate (qt6-l10n-tools) did not run");
        QCOMPARE(lupdate.exitCode(), 0);
        const QSet<QString> inSources = messagesOf(fresh);
        QVERIFY(inSources.size() > 300);
        const QSet<QString> inFile =
            messagesOf(QStringLiteral(CHAIRSIDE_SOURCE_DIR "/translations/chairside_de.ts"));
        QStringList missing = (inSources - inFile).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run lupdate and translate: ") +
                                               missing.join(QStringLiteral(" | "))));
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

#include "MainWindow.h"
#include "TestStation.h"
#include "Translations.h"

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>

using namespace chairside;
using namespace chairside::test;

namespace {

QString tsPath(const QString& language)
{
    return QStringLiteral(CHAIRSIDE_SOURCE_DIR "/translations/chairside_%1.ts").arg(language);
}

// One message of a .ts file: its context and source, and each form of its translation (one, or one per
// plural form of the language).
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms;
};

QList<Message> readMessages(const QString& path, QString* language = nullptr)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS") && language)
            *language = xml.attributes().value(QStringLiteral("language")).toString();
        else if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            messages.append({context,
                             {},
                             xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes"),
                             false,
                             {}});
        else if (xml.name() == QLatin1String("source"))
            messages.last().source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            messages.last().unfinished =
                xml.attributes().value(QStringLiteral("type")) == QLatin1String("unfinished");
            if (!messages.last().numerus)
                messages.last().forms << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform"))
            messages.last().forms << xml.readElementText();
    }
    if (xml.hasError())
        messages.clear();
    return messages;
}

// Every (context, source) pair of a .ts file, as "Context: source".
QSet<QString> messagesOf(const QString& path)
{
    QSet<QString> keys;
    for (const Message& m : readMessages(path))
        keys.insert(m.context + QStringLiteral(": ") + m.source);
    return keys;
}

// The numbered placeholders (%1, %2, ...) of a text; %n is checked on its own.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression numbered(QStringLiteral("%(\\d+)"));
    QStringList found;
    for (const QRegularExpressionMatch& m : numbered.globalMatch(text))
        found << m.captured();
    found.sort();
    return found;
}

// The languages the station speaks besides English, with the number of plural forms Qt has for each.
void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("German") << QStringLiteral("de") << 2;
    QTest::newRow("French") << QStringLiteral("fr") << 2;
    QTest::newRow("Arabic") << QStringLiteral("ar") << 6;
}

QStringList navigationOf(const ui::MainWindow& window)
{
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QStringList views;
    for (int row = 0; row < navigation->count(); ++row)
        views << navigation->item(row)->text();
    return views;
}

} // namespace

// Each translation (German, French, Arabic) is complete, keeps what the code fills in and what the keyboard
// reaches, and is what a desktop in that language loads.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { ui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyMessageIsTranslatedFaithfully_data() { addLanguages(); }
    void everyMessageIsTranslatedFaithfully()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString fileLanguage;
        const QList<Message> messages = readMessages(tsPath(language), &fileLanguage);
        QVERIFY(messages.size() > 300);
        QCOMPARE(fileLanguage.section(QLatin1Char('_'), 0, 0), language);
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source + QStringLiteral(" -> ");
            if (m.unfinished || m.forms.isEmpty())
                problems << where + QStringLiteral("unfinished");
            if (m.numerus && m.forms.size() != pluralForms)
                problems << where + QStringLiteral("%1 plural forms").arg(m.forms.size());
            if (m.numerus && m.source.contains(QLatin1String("%n")) &&
                !m.forms.last().contains(QLatin1String("%n")))
                problems << where + QStringLiteral("the general plural form lacks %n");
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << where + QStringLiteral("empty");
                else if (placeholders(form) != placeholders(m.source))
                    problems << where + form + QStringLiteral(" (placeholders differ)");
                else if (QKeySequence::mnemonic(form).isEmpty() != QKeySequence::mnemonic(m.source).isEmpty())
                    problems << where + form + QStringLiteral(" (accelerator differs)");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // French puts a (no-break) space before : ; ? and !; an ordinary one would let the sign wrap alone.
    void frenchHighPunctuationKeepsToItsWord()
    {
        static const QRegularExpression breakable(QStringLiteral(" [:;?!]"));
        QStringList problems;
        for (const Message& m : readMessages(tsPath(QStringLiteral("fr")))) {
            for (const QString& form : m.forms) {
                if (form.contains(breakable))
                    problems << form;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The checks above only see what is in the files; this one asks lupdate what the sources hold today, so a
    // new tr() string nobody carried into a file fails here instead of showing up in English.
    void eachFileHoldsEveryStringOfTheSources_data() { addLanguages(); }
    void eachFileHoldsEveryStringOfTheSources()
    {
        QFETCH(QString, language);
        QTemporaryDir scratch;
        const QString fresh = scratch.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(CHAIRSIDE_SOURCE_DIR "/ui"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate (qt6-l10n-tools) did not run");
        QCOMPARE(lupdate.exitCode(), 0);
        const QSet<QString> inSources = messagesOf(fresh);
        QVERIFY(inSources.size() > 300);
        QStringList missing = (inSources - messagesOf(tsPath(language))).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("run the update_translations target and translate: ") +
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
        const QStringList views = navigationOf(window);
        QVERIFY2(views.contains(QStringLiteral("Patienten")), qPrintable(views.join(QLatin1Char(','))));
        QVERIFY(!views.contains(QStringLiteral("Patients")));
        // Plurals follow German rules too.
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("patientCount"))->text(),
                 QStringLiteral("0 Patienten"));
    }

    void aFrenchDesktopSpeaksFrench()
    {
        QCOMPARE(ui::installTranslations(QLocale(QLocale::French, QLocale::Canada)), QStringLiteral("fr"));
        TestStation s;
        s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto desk =
            s.services->accounts.login(QStringLiteral("desk@x.org"), QStringLiteral("password123"), {});
        ui::MainWindow window(*s.services, *desk);
        const QStringList views = navigationOf(window);
        QVERIFY2(views.contains(QStringLiteral("Agenda")), qPrintable(views.join(QLatin1Char(','))));
        // French counts zero as singular.
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("patientCount"))->text(),
                 QStringLiteral("0 patient"));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    }

    // Arabic turns the whole window right to left (the translation says so through Qt's QT_LAYOUT_DIRECTION
    // marker), writes dates and numbers with the Latin digits the rest of the screen uses, and counts with
    // Arabic's six plural forms.
    void anArabicDesktopIsRightToLeft()
    {
        QCOMPARE(ui::installTranslations(QLocale(QLocale::Arabic, QLocale::Egypt)), QStringLiteral("ar"));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().zeroDigit(), QStringLiteral("0"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 23), QStringLiteral("d MMMM yyyy")),
                 QStringLiteral("23 نوفمبر 2026"));
        TestStation s;
        s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto desk =
            s.services->accounts.login(QStringLiteral("desk@x.org"), QStringLiteral("password123"), {});
        QVERIFY(s.services->patients
                    .create(desk->actor, {{QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                          {QStringLiteral("phone"), QStringLiteral("+49 151 2000")}})
                    .ok());
        ui::MainWindow window(*s.services, *desk);
        QVERIFY(window.isRightToLeft());
        const QStringList views = navigationOf(window);
        QVERIFY2(views.contains(QStringLiteral("التقويم")), qPrintable(views.join(QLatin1Char(','))));
        const auto patients = [](int n) {
            return QCoreApplication::translate("chairside::ui::MainWindow", "%n patient(s)", nullptr, n);
        };
        QCOMPARE(patients(2), QStringLiteral("مريضان"));
        QCOMPARE(patients(7), QStringLiteral("7 مرضى"));
        QCOMPARE(patients(12), QStringLiteral("12 مريضًا"));
        QCOMPARE(patients(100), QStringLiteral("100 مريض"));

        // A phone number in the patient list keeps its digit groups in order on the right-to-left screen.
        auto* table = window.findChild<QTableView*>(QStringLiteral("patientTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QString phone = table->model()->index(0, 2).data().toString();
        QTextLayout layout(phone, window.font());
        QTextOption rightToLeft;
        rightToLeft.setTextDirection(Qt::RightToLeft);
        layout.setTextOption(rightToLeft);
        layout.beginLayout();
        const QTextLine line = layout.createLine();
        layout.endLayout();
        // The groups' starts run left to right (without the isolation they would run right to left).
        const qreal country = line.cursorToX(int(phone.indexOf(QStringLiteral("49"))));
        const qreal area = line.cursorToX(int(phone.indexOf(QStringLiteral("151"))));
        const qreal number = line.cursorToX(int(phone.indexOf(QStringLiteral("2000"))));
        QVERIFY2(country < area && area < number,
                 qPrintable(QStringLiteral("%1: %2 %3 %4").arg(phone).arg(country).arg(area).arg(number)));

        // Back to a left-to-right language, left to right again.
        QCOMPARE(ui::installTranslations(QLocale(QLocale::French, QLocale::France)), QStringLiteral("fr"));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    }

    // Choosing another language replaces the one in use: nothing of the previous one is left underneath to
    // answer for strings the new one lacks (English lacks them all).
    void aNewLanguageReplacesThePreviousOne()
    {
        const auto calendar = [] {
            return QCoreApplication::translate("chairside::ui::MainWindow", "Calendar");
        };
        const auto cancel = [] { return QCoreApplication::translate("QPlatformTheme", "Cancel"); };
        ui::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(calendar(), QStringLiteral("Kalender"));
        QCOMPARE(cancel(),
                 QStringLiteral("Abbrechen")); // Qt's own dialogs speak it too (qt6-translations-l10n)
        ui::installTranslations(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(calendar(), QStringLiteral("Agenda"));
        QCOMPARE(cancel(), QStringLiteral("Annuler"));
        ui::installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(calendar(), QStringLiteral("Calendar"));
        QCOMPARE(cancel(), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

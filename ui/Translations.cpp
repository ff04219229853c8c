#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>
#include <memory>

namespace chairside::ui {

namespace {

// The translators of the language in use: a new language replaces them instead of stacking on top, where
// the old one would still answer for any string the new one lacks.
QPointer<QTranslator> g_station;
QPointer<QTranslator> g_qt;

// Qt's convention: each translation says which way its language is written by translating this marker as
// "LTR" or "RTL". Qt reads it itself only on a language change while the event loop runs; the station sets
// the direction at start, before that.
const char* const kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

// Dates, times and amounts in Arabic are written with Latin digits, as the rest of the screen is: tooth
// numbers, phone numbers, the YYYY-MM-DD fields and the counts in translated sentences. Most Arabic locales
// default to Arabic-Indic digits; the United Arab Emirates' conventions are Modern Standard Arabic month
// names with Latin digits.
QLocale formattingLocale(const QLocale& locale)
{
    if (locale.language() == QLocale::Arabic && locale.zeroDigit() != QLatin1Char('0'))
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    return locale;
}

void uninstall(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString installTranslations(const QLocale& locale)
{
    uninstall(g_station);
    uninstall(g_qt);
    QLocale::setDefault(formattingLocale(locale));
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    auto station = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!station->load(locale, QStringLiteral("chairside"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return {}; // English, the source language
    g_station = station.release();
    QCoreApplication::installTranslator(g_station);
    // Qt's standard buttons and dialogs in the same language (qt6-translations-l10n), and only then: a
    // desktop in a language the station does not speak stays wholly English.
    auto qt = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        g_qt = qt.release();
        QCoreApplication::installTranslator(g_qt);
    }
    if (QCoreApplication::translate("QGuiApplication", kLayoutDirection) == QLatin1String("RTL"))
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    return g_station->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace chairside::ui

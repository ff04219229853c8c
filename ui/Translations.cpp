#include "Translations.h"

#include <QCoreApplication>
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
    return g_station->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace chairside::ui

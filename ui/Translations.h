#pragma once

#include <QLocale>
#include <QString>

namespace chairside::ui {

// Installs the station's translation for `locale` (built into the binary from translations/*.ts) and Qt's own
// (standard buttons and dialogs) into the running application, replacing the ones a previous call installed.
// Sets the layout direction the translation asks for (right to left for Arabic) and the locale dates and
// numbers are written in. Returns the language whose station translation was loaded ("de", "fr"), or an empty
// string when there is none (English, the source language).
QString installTranslations(const QLocale& locale);

} // namespace chairside::ui

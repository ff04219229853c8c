#pragma once

#include "Error.h"

#include <QLabel>
#include <QStringList>

namespace chairside::ui {

// An error as one sentence for the screen: the field messages when there are any (they say what is wrong,
// e.g. the booking a time overlaps), else the message. The one place errors become UI text.
inline QString errorText(const Error& error)
{
    QStringList parts;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        parts += it.value();
    return parts.isEmpty() ? error.message : parts.join(QLatin1Char(' '));
}

// Shows a line under a form or table: a problem in the warning colour, anything else plainly. The one way
// screens report inline (the "problem" property lets tests tell the two apart).
inline void showInline(QLabel* label, const QString& text, bool problem)
{
    label->setText(text);
    label->setProperty("problem", problem);
    label->setStyleSheet(problem ? QStringLiteral("color: #a61b1b;") : QString());
    label->show();
}

} // namespace chairside::ui

#pragma once

#include "Error.h"

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

} // namespace chairside::ui

#pragma once

#include <QLabel>
#include <QVariantMap>

namespace chairside::ui {

// A field of a service's row as text; a null value (SQL NULL) is empty, never "0" or a type name.
inline QString fieldText(const QVariantMap& row, const QString& key)
{
    const QVariant v = row.value(key);
    return v.isNull() ? QString() : v.toString();
}

// Patients' and clinicians' words are shown as typed, never interpreted as markup.
inline QLabel* plainLabel(const QString& content = {})
{
    auto* label = new QLabel(content);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace chairside::ui

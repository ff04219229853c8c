#pragma once

#include <QObject>
#include <QString>

namespace chairside::test {

// The widget (or action) named `name` below `parent`, for screen tests. A missing one stops the test with its
// type and name instead of crashing on a null pointer further on.
template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace chairside::test

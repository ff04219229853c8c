#pragma once

#include "Error.h"

#include <QMainWindow>

class QLabel;

namespace chairside::ui {

class XrayView;

// A window of its own around one XrayView, for reading an image of a patient's record: the viewer's commands
// in a toolbar, the image's FDI teeth in the title, on the image and in the status bar. Separate from the
// chart so a dentist can keep the image on a second screen next to the notes.
class XrayWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit XrayWindow(QWidget* parent = nullptr);

    // Replaces the image; on failure the window keeps what it showed and the error says why.
    Status showImage(const QByteArray& bytes, const QList<int>& teeth, const QString& caption);
    XrayView* view() const { return m_view; }

private:
    void updateTeeth();

    XrayView* m_view;
    QLabel* m_teeth;
};

} // namespace chairside::ui

#pragma once

#include "services/Services.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace chairside::ui {

// One tab of the patient chart beside the visits (prescriptions, consultations, documents, payments): the
// patient's rows of one service, read and written through that service, which decides what the actor may
// see and do. The chart sets the patient and asks the shown tab to reload when the store changes; a reload
// that finds what is shown keeps the selection and the focus. Problems show inline under the tab.
class ChartSection : public QWidget
{
    Q_OBJECT
public:
    ChartSection(Services& services, Actor actor, QWidget* parent = nullptr);

    // Shows the patient's rows; an empty id clears the tab.
    void setPatient(const QString& patientId);
    QString patientId() const { return m_patientId; }
    // Reads the rows again (also run when the tab is shown).
    virtual void reload() = 0;

protected:
    // Where each list keeps its row's id (first column).
    static constexpr int kIdRole = Qt::UserRole;

    void showEvent(QShowEvent* event) override;
    // A UTC ISO time in the clinic's time zone.
    QString localTime(const QString& isoUtc,
                      const QString& format = QStringLiteral("yyyy-MM-dd HH:mm")) const;
    void showMessage(const QString& text, bool problem);
    void hideMessage();
    // The message line, for the subclass to place (under its controls).
    QLabel* messageLine() const { return m_message; }
    // The id in the first column's user data of the current row (or of its parent row), or empty.
    static QString currentId(const QTreeWidget* list);
    // Makes the row with that id current again after a refill; false when it is gone.
    static bool selectId(QTreeWidget* list, const QString& id);
    static QTreeWidget* makeList(const QString& objectName, const QString& accessibleName,
                                 const QStringList& headers);

    Services& m_services;
    const Actor m_actor;
    QString m_patientId;

private:
    QLabel* m_message;
};

} // namespace chairside::ui

#pragma once

#include "services/Services.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace chairside::ui {

// Every message the clinic sent or tried to send (NotificationService), for the staff: newest first with
// channel, recipient, kind, when, delivery state (queued, sent, failed; this station's attempts; the last
// error), filtered by state and by patient (search, then pick), and the selected message in full. A message
// is marked read here (the service allows staff to mark anyone's). Refreshed when the store changes.
class NotificationsView : public QWidget
{
    Q_OBJECT
public:
    NotificationsView(Services& services, Actor actor, QWidget* parent = nullptr);

    void reload();
    // "" for every state, else pending, sent or failed.
    void setStateFilter(const QString& status);
    // Lists the patients whose name, phone or email starts with `text` to pick from; picking one filters.
    void searchPatients(const QString& text);
    // Shows only this patient's messages; empty shows everyone's.
    void setPatientFilter(const QString& patientId);
    QString patientFilter() const { return m_patientId; }
    QString currentNotificationId() const;
    bool markCurrentRead();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();
    void showCurrent();
    static QString stateText(const QString& status);
    static QString kindText(const QString& kind);
    static QString channelText(const QString& channel);

    Services& m_services;
    const Actor m_actor;
    QComboBox* m_state;
    QLineEdit* m_patientSearch;
    QComboBox* m_patient;
    QTableWidget* m_table;
    QPlainTextEdit* m_text;
    QPushButton* m_markRead;
    QLabel* m_message;
    QString m_patientId;
    QList<QVariantMap> m_rows;
    bool m_loaded = false;
};

} // namespace chairside::ui

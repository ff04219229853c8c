#pragma once

#include "SecretStore.h"
#include "services/Services.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace chairside::ui {

// The administrator's screen: accounts and roles, the clinic's settings (name, time zone, opening hours,
// chairs), the stations this one syncs with (StationsTab), the Gemini API key and the SMTP password (kept in
// the secret store, that is the desktop keychain, never in the database or a settings file, and never shown
// back) and the audit log with filters. On a
// demo store (one `seed-demo` filled) a tab adds more demo patients in the background; a real clinic's store
// never shows it, so it never gets the demo accounts and their published password. Every change goes through
// the services, which check the permissions again; problems show inline on each tab.
class AdminView : public QWidget
{
    Q_OBJECT
public:
    // `secrets` may be null (no keychain): the AI and mail tab then says so and stores nothing.
    AdminView(Services& services, Actor actor, SecretStore* secrets, QWidget* parent = nullptr);

    void reloadUsers();
    void reloadClinic();
    // The newest entries matching the filters; `more` appends the next page.
    void reloadAudit(bool more = false);

private:
    QWidget* buildUsersTab();
    QWidget* buildClinicTab();
    QWidget* buildSecretsTab();
    QWidget* buildGeminiBox();
    QWidget* buildSmtpBox();
    QWidget* buildAuditTab();
    QWidget* buildDemoTab();
    void addUser();
    void removeUser();
    void changeRole();
    void selectedUserChanged();
    QString selectedUserId() const;
    void addDemoPatients();
    void saveClinic();
    void addChair();
    void removeChair();
    void saveGeminiKey();
    void saveSmtpPassword();
    void recordSecretStored(const QString& name);
    void showSmtpState();

    Services& m_services;
    Actor m_actor;
    SecretStore* m_secrets;

    QTableWidget* m_users = nullptr;
    QLineEdit* m_newEmail = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newRole = nullptr;
    QComboBox* m_changeRole = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLabel* m_usersMessage = nullptr;

    QLineEdit* m_clinicName = nullptr;
    QComboBox* m_timeZone = nullptr;
    QList<QLineEdit*> m_hours; // Monday..Sunday
    QListWidget* m_chairs = nullptr;
    QLineEdit* m_chairName = nullptr;
    QLabel* m_clinicMessage = nullptr;

    QLineEdit* m_geminiKey = nullptr;
    QLabel* m_geminiMessage = nullptr;

    QLineEdit* m_smtpPassword = nullptr;
    QLabel* m_smtpState = nullptr;
    QLabel* m_smtpMessage = nullptr;

    QComboBox* m_auditKind = nullptr;
    QLineEdit* m_auditAction = nullptr;
    QLineEdit* m_auditRow = nullptr;
    QTableWidget* m_audit = nullptr;
    QLabel* m_auditMessage = nullptr;
    qint64 m_auditOldestSeq = 0;

    QSpinBox* m_demoPatients = nullptr;
    QPushButton* m_demoAdd = nullptr;
    QLabel* m_demoMessage = nullptr;
};

} // namespace chairside::ui

#pragma once

#include "services/AccountService.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace chairside::ui {

// Signs a station user in. Wrong credentials are shown inline under the fields, not in a message box.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(AccountService& accounts, QWidget* parent = nullptr);
    const std::optional<AuthenticatedUser>& signedIn() const { return m_user; }
    // A line above the fields, e.g. how to create the first account on an empty store.
    void setHint(const QString& text);

    void accept() override;

private:
    AccountService& m_accounts;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLabel* m_error;
    QLabel* m_hint;
    std::optional<AuthenticatedUser> m_user;
};

} // namespace chairside::ui

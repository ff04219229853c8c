#include "LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chairside::ui {

LoginDialog::LoginDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Chairside"));
    setMinimumWidth(380);
    m_email->setObjectName(QStringLiteral("loginEmail"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("name@clinic.example"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_hint->setObjectName(QStringLiteral("loginHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LoginDialog::setHint(const QString& text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void LoginDialog::accept()
{
    auto result = m_accounts.login(m_email->text(), m_password->text(), QStringLiteral("desktop"));
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_user = *result;
    m_user->actor.source = QStringLiteral("desktop");
    QDialog::accept();
}

} // namespace chairside::ui

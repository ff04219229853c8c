#include "AdminView.h"

#include "BackgroundTask.h"
#include "ErrorText.h"
#include "StationsTab.h"
#include "demo/DemoClinic.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

QLabel* messageLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QPushButton* button(const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

QTableWidgetItem* cell(const QVariant& value)
{
    auto* item = new QTableWidgetItem(value.isNull() ? QString() : value.toString());
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// A date that falls on `weekday` (1 = Monday), to ask the schedule for that weekday's hours.
QDate someDayOfWeek(int weekday)
{
    return QDate(2024, 1, 1).addDays(weekday - 1); // 2024-01-01 was a Monday
}

} // namespace

AdminView::AdminView(Services& services, Actor actor, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("adminView"));
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("adminTabs"));
    tabs->addTab(buildUsersTab(), tr("&Users"));
    tabs->addTab(buildClinicTab(), tr("&Clinic"));
    tabs->addTab(buildSecretsTab(), tr("&AI and mail"));
    tabs->addTab(buildAuditTab(), tr("Audit &log"));
    tabs->addTab(new StationsTab(m_services.sync, m_actor), tr("&Stations"));
    if (DemoClinic::isDemoStore(m_services))
        tabs->addTab(buildDemoTab(), tr("&Demo data"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    reloadUsers();
    reloadClinic();
    reloadAudit();
}

// ---- Users ----

QWidget* AdminView::buildUsersTab()
{
    m_users = new QTableWidget(0, 3);
    m_users->setObjectName(QStringLiteral("adminUsers"));
    m_users->setAccessibleName(tr("Accounts"));
    m_users->setHorizontalHeaderLabels({tr("Email"), tr("Name"), tr("Role")});
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->verticalHeader()->hide();
    m_users->setColumnWidth(0, 280);
    m_users->setColumnWidth(1, 220);

    m_newEmail = new QLineEdit;
    m_newEmail->setObjectName(QStringLiteral("adminNewEmail"));
    m_newName = new QLineEdit;
    m_newName->setObjectName(QStringLiteral("adminNewName"));
    m_newRole = new QComboBox;
    m_newRole->setObjectName(QStringLiteral("adminNewRole"));
    for (Role role : {Role::Receptionist, Role::Dentist, Role::Admin, Role::Patient})
        m_newRole->addItem(roleName(role), roleName(role));
    m_newPassword = new QLineEdit;
    m_newPassword->setObjectName(QStringLiteral("adminNewPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(tr("at least 8 characters"));
    auto* add = button(tr("&Add account"), QStringLiteral("adminAddUser"));
    connect(add, &QPushButton::clicked, this, &AdminView::addUser);
    auto* remove = button(tr("&Remove selected account"), QStringLiteral("adminRemoveUser"));
    connect(remove, &QPushButton::clicked, this, &AdminView::removeUser);
    m_usersMessage = messageLabel(QStringLiteral("adminUsersMessage"));

    auto* form = new QFormLayout;
    form->addRow(tr("Email:"), m_newEmail);
    form->addRow(tr("Name:"), m_newName);
    form->addRow(tr("Role:"), m_newRole);
    form->addRow(tr("Password:"), m_newPassword);
    m_changeRole = new QComboBox;
    m_changeRole->setObjectName(QStringLiteral("adminChangeRole"));
    m_changeRole->setAccessibleName(tr("New role of the selected account"));
    for (Role role : {Role::Receptionist, Role::Dentist, Role::Admin, Role::Patient})
        m_changeRole->addItem(roleName(role), roleName(role));
    auto* changeRole = button(tr("Change r&ole of selected"), QStringLiteral("adminChangeRoleButton"));
    connect(changeRole, &QPushButton::clicked, this, &AdminView::changeRole);
    connect(m_users, &QTableWidget::itemSelectionChanged, this, &AdminView::selectedUserChanged);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(m_changeRole);
    buttons->addWidget(changeRole);
    buttons->addWidget(remove);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_users, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_usersMessage);
    return page;
}

void AdminView::reloadUsers()
{
    auto users = m_services.accounts.listUsers(m_actor);
    m_users->setRowCount(0);
    if (!users) {
        showInline(m_usersMessage, errorText(users.error()), true);
        return;
    }
    for (const QVariantMap& u : *users) {
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        auto* email = cell(u.value(QStringLiteral("email")));
        email->setData(Qt::UserRole, u.value(QStringLiteral("id")));
        m_users->setItem(row, 0, email);
        m_users->setItem(row, 1, cell(u.value(QStringLiteral("name"))));
        m_users->setItem(row, 2, cell(u.value(QStringLiteral("role"))));
    }
}

void AdminView::addUser()
{
    RegistrationInput input{{{QStringLiteral("email"), m_newEmail->text().trimmed()},
                             {QStringLiteral("name"), m_newName->text().trimmed()},
                             {QStringLiteral("role"), m_newRole->currentData()},
                             {QStringLiteral("password"), m_newPassword->text()}}};
    auto created = m_services.accounts.registerUser(input, m_actor);
    if (!created) {
        showInline(m_usersMessage, errorText(created.error()), true);
        return;
    }
    m_newEmail->clear();
    m_newName->clear();
    m_newPassword->clear();
    reloadUsers();
    showInline(m_usersMessage,
               tr("%1 can sign in now as %2.")
                   .arg(created->value(QStringLiteral("email")).toString(),
                        created->value(QStringLiteral("role")).toString()),
               false);
}

QString AdminView::selectedUserId() const
{
    const QList<QTableWidgetItem*> selected = m_users->selectedItems();
    return selected.isEmpty() ? QString()
                              : m_users->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
}

void AdminView::selectedUserChanged()
{
    const QList<QTableWidgetItem*> selected = m_users->selectedItems();
    if (!selected.isEmpty())
        m_changeRole->setCurrentIndex(
            m_changeRole->findData(m_users->item(selected.first()->row(), 2)->text()));
}

void AdminView::changeRole()
{
    const QString userId = selectedUserId();
    if (userId.isEmpty()) {
        showInline(m_usersMessage, tr("Select an account first."), true);
        return;
    }
    const auto role = parseRole(m_changeRole->currentData().toString());
    if (Status e = m_services.accounts.setRole(m_actor, userId, role.value_or(Role::Patient))) {
        showInline(m_usersMessage, errorText(*e), true);
        return;
    }
    const QString email = m_users->item(m_users->selectedItems().first()->row(), 0)->text();
    reloadUsers();
    showInline(m_usersMessage,
               tr("%1 is now %2; its sessions are ended, so it signs in again with the new role.")
                   .arg(email, m_changeRole->currentText()),
               false);
}

void AdminView::removeUser()
{
    const QList<QTableWidgetItem*> selected = m_users->selectedItems();
    if (selected.isEmpty()) {
        showInline(m_usersMessage, tr("Select an account first."), true);
        return;
    }
    // The service refuses one's own account, and only an admin removes staff.
    const QTableWidgetItem* email = m_users->item(selected.first()->row(), 0);
    if (Status e = m_services.accounts.deleteUser(m_actor, email->data(Qt::UserRole).toString())) {
        showInline(m_usersMessage, errorText(*e), true);
        return;
    }
    const QString gone = email->text();
    reloadUsers();
    showInline(m_usersMessage, tr("%1 was removed; its sessions are ended.").arg(gone), false);
}

// ---- Clinic ----

QWidget* AdminView::buildClinicTab()
{
    m_clinicName = new QLineEdit;
    m_clinicName->setObjectName(QStringLiteral("adminClinicName"));
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("adminTimeZone"));
    m_timeZone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    auto* form = new QFormLayout;
    form->addRow(tr("Clinic &name:"), m_clinicName);
    form->addRow(tr("&Time zone:"), m_timeZone);
    for (int day = 1; day <= 7; ++day) {
        auto* hours = new QLineEdit;
        hours->setObjectName(QStringLiteral("adminHours_%1").arg(day));
        hours->setPlaceholderText(tr("closed"));
        hours->setToolTip(tr("HH:MM-HH:MM, or empty when closed"));
        const QString dayName = QLocale().dayName(day);
        hours->setAccessibleName(tr("Opening hours on %1").arg(dayName));
        form->addRow(dayName + QLatin1Char(':'), hours);
        m_hours.append(hours);
    }
    auto* save = button(tr("&Save settings"), QStringLiteral("adminSaveClinic"));
    connect(save, &QPushButton::clicked, this, &AdminView::saveClinic);

    m_chairs = new QListWidget;
    m_chairs->setObjectName(QStringLiteral("adminChairs"));
    m_chairs->setAccessibleName(tr("Chairs"));
    m_chairName = new QLineEdit;
    m_chairName->setObjectName(QStringLiteral("adminChairName"));
    m_chairName->setPlaceholderText(tr("New chair's name"));
    auto* addChairButton = button(tr("Add c&hair"), QStringLiteral("adminAddChair"));
    connect(addChairButton, &QPushButton::clicked, this, &AdminView::addChair);
    auto* removeChairButton = button(tr("Remove chair"), QStringLiteral("adminRemoveChair"));
    connect(removeChairButton, &QPushButton::clicked, this, &AdminView::removeChair);
    m_clinicMessage = messageLabel(QStringLiteral("adminClinicMessage"));

    auto* chairRow = new QHBoxLayout;
    chairRow->addWidget(m_chairName, 1);
    chairRow->addWidget(addChairButton);
    chairRow->addWidget(removeChairButton);
    auto* chairs = new QVBoxLayout;
    chairs->addWidget(new QLabel(tr("Chairs:")));
    chairs->addWidget(m_chairs, 1);
    chairs->addLayout(chairRow);
    auto* columns = new QHBoxLayout;
    auto* settings = new QVBoxLayout;
    settings->addLayout(form);
    settings->addWidget(save, 0, Qt::AlignLeft);
    settings->addStretch(1);
    columns->addLayout(settings, 1);
    columns->addLayout(chairs, 1);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(columns, 1);
    layout->addWidget(m_clinicMessage);
    return page;
}

void AdminView::reloadClinic()
{
    m_clinicName->setText(m_services.schedule.setting(QStringLiteral("clinic_name")));
    m_timeZone->setCurrentText(QString::fromLatin1(m_services.schedule.timeZone().id()));
    for (int day = 1; day <= 7; ++day) {
        const auto hours = m_services.schedule.hoursOn(QString(), someDayOfWeek(day));
        m_hours[day - 1]->setText(
            hours.isEmpty()
                ? QString()
                : QStringLiteral("%1-%2").arg(hours.first().first.toString(QStringLiteral("HH:mm")),
                                              hours.first().second.toString(QStringLiteral("HH:mm"))));
    }
    m_chairs->clear();
    if (auto chairs = m_services.schedule.chairs()) {
        for (const QVariantMap& c : *chairs) {
            auto* item = new QListWidgetItem(c.value(QStringLiteral("name")).toString(), m_chairs);
            item->setData(Qt::UserRole, c.value(QStringLiteral("id")));
        }
    }
}

void AdminView::saveClinic()
{
    QJsonObject hours;
    for (int day = 1; day <= 7; ++day) {
        const QString text = m_hours[day - 1]->text().trimmed();
        if (!text.isEmpty())
            hours.insert(QString::number(day), text);
    }
    const QList<std::pair<QString, QString>> settings{
        {QStringLiteral("clinic_name"), m_clinicName->text().trimmed()},
        {QStringLiteral("time_zone"), m_timeZone->currentText().trimmed()},
        {QStringLiteral("opening_hours"),
         QString::fromUtf8(QJsonDocument(hours).toJson(QJsonDocument::Compact))}};
    QStringList problems;
    for (const auto& [key, value] : settings) {
        if (key == QLatin1String("clinic_name") && value.isEmpty() &&
            m_services.schedule.setting(key).isEmpty())
            continue; // never named, still unnamed: nothing to save
        if (value == m_services.schedule.setting(key))
            continue;
        if (Status e = m_services.schedule.setSetting(m_actor, key, value))
            problems << errorText(*e);
    }
    if (!problems.isEmpty()) {
        showInline(m_clinicMessage, problems.join(QLatin1Char(' ')), true);
        return;
    }
    reloadClinic();
    showInline(m_clinicMessage, tr("Settings saved."), false);
}

void AdminView::addChair()
{
    auto chair =
        m_services.schedule.createChair(m_actor, {{QStringLiteral("name"), m_chairName->text().trimmed()},
                                                  {QStringLiteral("sort_order"), m_chairs->count() + 1}});
    if (!chair) {
        showInline(m_clinicMessage, errorText(chair.error()), true);
        return;
    }
    m_chairName->clear();
    reloadClinic();
    showInline(m_clinicMessage, tr("%1 added.").arg(chair->value(QStringLiteral("name")).toString()), false);
}

void AdminView::removeChair()
{
    const QListWidgetItem* item = m_chairs->currentItem();
    if (!item) {
        showInline(m_clinicMessage, tr("Select a chair first."), true);
        return;
    }
    const QString name = item->text();
    if (Status e = m_services.schedule.removeChair(m_actor, item->data(Qt::UserRole).toString())) {
        showInline(m_clinicMessage, errorText(*e), true);
        return;
    }
    reloadClinic();
    showInline(m_clinicMessage, tr("%1 removed.").arg(name), false);
}

// ---- Keys and passwords of outside services ----

QWidget* AdminView::buildSecretsTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(buildGeminiBox());
    layout->addWidget(buildSmtpBox());
    layout->addStretch(1);
    return page;
}

QWidget* AdminView::buildGeminiBox()
{
    m_geminiKey = new QLineEdit;
    m_geminiKey->setObjectName(QStringLiteral("adminGeminiKey"));
    m_geminiKey->setAccessibleName(tr("Gemini API key"));
    m_geminiKey->setEchoMode(QLineEdit::Password);
    auto* save = button(tr("Sa&ve key"), QStringLiteral("adminSaveGeminiKey"));
    connect(save, &QPushButton::clicked, this, &AdminView::saveGeminiKey);
    m_geminiMessage = messageLabel(QStringLiteral("adminGeminiMessage"));
    auto* where = new QLabel;
    where->setWordWrap(true);
    if (m_secrets) {
        const bool stored = m_secrets->read(geminiApiKeySecret()).has_value();
        where->setText(
            tr("X-rays of new records are sent to Google's Gemini for a draft reading when a key is "
               "set. The key is kept in %1, never in the database or a settings file. %2")
                .arg(m_secrets->describe(), stored ? tr("A key is stored.") : tr("No key is stored yet.")));
    } else {
        where->setText(tr("This station has no secret store, so no key can be kept here."));
        m_geminiKey->setEnabled(false);
        save->setEnabled(false);
    }
    auto* box = new QGroupBox(tr("AI readings (Gemini)"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(where);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("API &key:"));
    label->setBuddy(m_geminiKey);
    row->addWidget(label);
    row->addWidget(m_geminiKey, 1);
    row->addWidget(save);
    layout->addLayout(row);
    layout->addWidget(m_geminiMessage);
    return box;
}

void AdminView::saveGeminiKey()
{
    const QString key = m_geminiKey->text().trimmed();
    if (key.isEmpty()) {
        showInline(m_geminiMessage, tr("Paste the key first."), true);
        return;
    }
    if (!m_secrets->write(geminiApiKeySecret(), key.toUtf8())) {
        showInline(m_geminiMessage, tr("The key was not stored: %1").arg(m_secrets->errorString()), true);
        return;
    }
    m_geminiKey->clear();
    recordSecretStored(geminiApiKeySecret());
    showInline(m_geminiMessage,
               tr("Key stored in %1. Readings use it from the next start of the station.")
                   .arg(m_secrets->describe()),
               false);
}

void AdminView::recordSecretStored(const QString& name)
{
    // The secret is in the keychain, not the store, so the write path never sees it; the log names which
    // secret was stored, never its value.
    if (Status e = m_services.audit.recordEvent(m_actor, QStringLiteral("secrets.store"),
                                                {{QStringLiteral("name"), name}}))
        qWarning("Chairside: storing %s was not recorded in the audit log: %s", qPrintable(name),
                 qPrintable(e->message));
}

QWidget* AdminView::buildSmtpBox()
{
    m_smtpPassword = new QLineEdit;
    m_smtpPassword->setObjectName(QStringLiteral("adminSmtpPassword"));
    m_smtpPassword->setAccessibleName(tr("SMTP password"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    auto* save = button(tr("Save pass&word"), QStringLiteral("adminSaveSmtpPassword"));
    connect(save, &QPushButton::clicked, this, &AdminView::saveSmtpPassword);
    connect(m_smtpPassword, &QLineEdit::returnPressed, this, &AdminView::saveSmtpPassword);
    m_smtpMessage = messageLabel(QStringLiteral("adminSmtpMessage"));
    m_smtpState = new QLabel;
    m_smtpState->setObjectName(QStringLiteral("adminSmtpState"));
    m_smtpState->setWordWrap(true);
    if (m_secrets) {
        showSmtpState();
    } else {
        m_smtpState->setText(tr("This station has no secret store, so no password can be kept here."));
        m_smtpPassword->setEnabled(false);
        save->setEnabled(false);
    }
    auto* box = new QGroupBox(tr("Outgoing mail (SMTP)"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_smtpState);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("SMTP &password:"));
    label->setBuddy(m_smtpPassword);
    row->addWidget(label);
    row->addWidget(m_smtpPassword, 1);
    row->addWidget(save);
    layout->addLayout(row);
    layout->addWidget(m_smtpMessage);
    return box;
}

// Says whether a password is stored, never what it is.
void AdminView::showSmtpState()
{
    const bool stored = m_secrets->read(smtpPasswordSecret()).has_value();
    m_smtpState->setText(
        tr("Mail goes out through the server named in CHAIRSIDE_MAIL_URL, which also names the user. Its "
           "password is kept in %1, never in the database or a settings file. %2")
            .arg(m_secrets->describe(), stored ? tr("A password is stored.")
                                               : tr("No password is stored; only a server that "
                                                    "asks for none can be used.")));
}

void AdminView::saveSmtpPassword()
{
    if (!m_secrets)
        return;
    // Not trimmed: spaces at either end may belong to the password.
    const QString password = m_smtpPassword->text();
    if (password.isEmpty()) {
        showInline(m_smtpMessage, tr("Type the password first."), true);
        return;
    }
    if (!m_secrets->write(smtpPasswordSecret(), password.toUtf8())) {
        showInline(m_smtpMessage, tr("The password was not stored: %1").arg(m_secrets->errorString()), true);
        return;
    }
    m_smtpPassword->clear();
    recordSecretStored(smtpPasswordSecret());
    showSmtpState();
    showInline(m_smtpMessage,
               tr("Password stored in %1. Mail uses it from the next start of the station.")
                   .arg(m_secrets->describe()),
               false);
}

// ---- Audit log ----

QWidget* AdminView::buildAuditTab()
{
    m_auditAction = new QLineEdit;
    m_auditAction->setObjectName(QStringLiteral("adminAuditAction"));
    m_auditAction->setPlaceholderText(tr("Action starts with, e.g. appointments."));
    m_auditRow = new QLineEdit;
    m_auditRow->setObjectName(QStringLiteral("adminAuditRow"));
    m_auditRow->setPlaceholderText(tr("Row id"));
    auto* apply = button(tr("&Filter"), QStringLiteral("adminAuditFilter"));
    connect(apply, &QPushButton::clicked, this, [this] { reloadAudit(false); });
    connect(m_auditAction, &QLineEdit::returnPressed, this, [this] { reloadAudit(false); });
    connect(m_auditRow, &QLineEdit::returnPressed, this, [this] { reloadAudit(false); });
    m_auditKind = new QComboBox;
    m_auditKind->setObjectName(QStringLiteral("adminAuditKind"));
    m_auditKind->setAccessibleName(tr("Entries to show"));
    m_auditKind->addItem(tr("All entries"), int(AuditQuery::Kind::All));
    m_auditKind->addItem(tr("Reads of patient data"), int(AuditQuery::Kind::Reads));
    m_auditKind->addItem(tr("Changes and sign-ins"), int(AuditQuery::Kind::Changes));
    connect(m_auditKind, &QComboBox::currentIndexChanged, this, [this] { reloadAudit(false); });
    auto* more = button(tr("Older &entries"), QStringLiteral("adminAuditMore"));
    connect(more, &QPushButton::clicked, this, [this] { reloadAudit(true); });

    m_audit = new QTableWidget(0, 6);
    m_audit->setObjectName(QStringLiteral("adminAuditTable"));
    m_audit->setAccessibleName(tr("Audit log"));
    m_audit->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("From"), tr("Client"), tr("Action"), tr("Row")});
    m_audit->horizontalHeader()->setStretchLastSection(true);
    m_audit->verticalHeader()->hide();
    m_audit->setColumnWidth(0, 170);
    m_audit->setColumnWidth(1, 230);
    m_audit->setColumnWidth(3, 220);
    m_audit->setColumnWidth(4, 220);
    m_auditMessage = messageLabel(QStringLiteral("adminAuditMessage"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_auditKind, 1);
    filters->addWidget(m_auditAction, 2);
    filters->addWidget(m_auditRow, 2);
    filters->addWidget(apply);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_audit, 1);
    layout->addWidget(more, 0, Qt::AlignLeft);
    layout->addWidget(m_auditMessage);
    return page;
}

void AdminView::reloadAudit(bool more)
{
    AuditQuery query;
    query.actionPrefix = m_auditAction->text();
    query.rowId = m_auditRow->text().trimmed();
    query.kind = AuditQuery::Kind(m_auditKind->currentData().toInt());
    query.before = more ? m_auditOldestSeq : 0;
    auto entries = m_services.audit.entries(m_actor, query);
    if (!more)
        m_audit->setRowCount(0);
    if (!entries) {
        showInline(m_auditMessage, errorText(entries.error()), true);
        return;
    }
    const QTimeZone zone = m_services.schedule.timeZone();
    for (const QVariantMap& e : *entries) {
        const int row = m_audit->rowCount();
        m_audit->insertRow(row);
        const QDateTime at =
            QDateTime::fromString(e.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                .toTimeZone(zone);
        m_audit->setItem(row, 0, cell(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_audit->setItem(row, 1,
                         cell(e.value(QStringLiteral("actor_email")).isNull()
                                  ? e.value(QStringLiteral("actor_id"))
                                  : e.value(QStringLiteral("actor_email"))));
        m_audit->setItem(row, 2, cell(e.value(QStringLiteral("source"))));
        m_audit->setItem(row, 3, cell(e.value(QStringLiteral("client"))));
        // What a list held (how many rows, whose) and which fields a change wrote, at a glance.
        auto* action = cell(e.value(QStringLiteral("action")));
        action->setToolTip(e.value(QStringLiteral("detail")).toString());
        m_audit->setItem(row, 4, action);
        m_audit->setItem(row, 5, cell(e.value(QStringLiteral("row_id"))));
        m_auditOldestSeq = e.value(QStringLiteral("seq")).toLongLong();
    }
    showInline(m_auditMessage,
               entries->isEmpty() ? tr("No more entries.")
                                  : tr("%n entries shown.", nullptr, m_audit->rowCount()),
               false);
}

// ---- Demo data ----

QWidget* AdminView::buildDemoTab()
{
    auto* page = new QWidget;
    auto* about =
        new QLabel(tr("This is a demo store. More demo patients, each with visits in the month around "
                      "today, can be added while you keep working."));
    about->setWordWrap(true);
    m_demoPatients = new QSpinBox;
    m_demoPatients->setObjectName(QStringLiteral("adminDemoPatients"));
    m_demoPatients->setRange(1, 100000);
    m_demoPatients->setValue(200);
    m_demoPatients->setAccessibleName(tr("Demo patients to add"));
    m_demoAdd = button(tr("Add demo &patients"), QStringLiteral("adminSeedDemo"));
    connect(m_demoAdd, &QPushButton::clicked, this, &AdminView::addDemoPatients);
    m_demoMessage = messageLabel(QStringLiteral("adminDemoMessage"));

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Patients:"));
    label->setBuddy(m_demoPatients);
    row->addWidget(label);
    row->addWidget(m_demoPatients);
    row->addWidget(m_demoAdd);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(about);
    layout->addLayout(row);
    layout->addWidget(m_demoMessage);
    layout->addStretch(1);
    return page;
}

void AdminView::addDemoPatients()
{
    DemoSize size;
    size.patients = m_demoPatients->value();
    Services& services = m_services;
    m_demoAdd->setEnabled(false);
    showInline(m_demoMessage, tr("Adding demo patients: %1…").arg(size.patients), false);
    auto* task = BackgroundTask::start(
        this, tr("Adding demo patients"), m_services.ctx.db,
        [&services, size](const BackgroundTask::Report& report) {
            return DemoClinic::seed(services, size, [&report](const QString& what, int done, int total) {
                const QString stage =
                    what == QLatin1String("patients") ? tr("Patients with their visits") : tr("Past visits");
                return report(stage, done, total);
            });
        });
    connect(task, &BackgroundTask::finished, this, [this, size](const Status& result, bool stopped) {
        m_demoAdd->setEnabled(true);
        if (stopped)
            showInline(m_demoMessage, tr("Stopped; the patients added so far are kept."), false);
        else if (result)
            showInline(m_demoMessage, errorText(*result), true);
        else
            showInline(m_demoMessage, tr("Demo patients added: %1.").arg(size.patients), false);
        reloadAudit();
    });
}

} // namespace chairside::ui

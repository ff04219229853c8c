#include "PatientForm.h"

#include "ErrorText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace chairside::ui {

namespace {

enum class Kind
{
    Line,
    Text,
    Gender
};

struct FormField
{
    const char* name;
    const char* label;
    Kind kind;
};

// Allergies first: the one thing nobody may miss.
const std::array kFields{
    FormField{"allergies", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "&Allergies:"), Kind::Text},
    FormField{"first_name", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "&First name:"), Kind::Line},
    FormField{"last_name", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "&Last name:"), Kind::Line},
    FormField{"date_of_birth", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "Date of &birth:"),
              Kind::Line},
    FormField{"gender", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "&Gender:"), Kind::Gender},
    FormField{"phone", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "&Phone:"), Kind::Line},
    FormField{"email", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "&Email:"), Kind::Line},
    FormField{"address", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "A&ddress:"), Kind::Line},
    FormField{"medical_history", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "&Medical history:"),
              Kind::Text},
    FormField{"current_medications", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "Medi&cations:"),
              Kind::Line},
    FormField{"emergency_contact_name",
              QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "Emergency &contact:"), Kind::Line},
    FormField{"emergency_contact_phone", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "Emergency p&hone:"),
              Kind::Line},
    FormField{"insurance_provider", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "&Insurer:"), Kind::Line},
    FormField{"insurance_number", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "Insurance &number:"),
              Kind::Line},
    FormField{"notes", QT_TRANSLATE_NOOP("chairside::ui::PatientForm", "N&otes:"), Kind::Text},
};

} // namespace

const QStringList& PatientForm::fieldNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const FormField& f : kFields)
            out << QString::fromLatin1(f.name);
        return out;
    }();
    return names;
}

QString PatientForm::fieldLabel(const QString& name)
{
    for (const FormField& f : kFields) {
        if (name == QLatin1String(f.name))
            return tr(f.label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
    }
    return {};
}

PatientForm::PatientForm(Services& services, Actor actor, const QString& patientId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_patientId(patientId)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("patientForm"));
    setWindowTitle(patientId.isEmpty() ? tr("New patient") : tr("Edit patient"));
    setMinimumWidth(520);
    if (!patientId.isEmpty()) {
        if (auto current = services.patients.get(m_actor, patientId))
            m_before = *current;
    }

    auto* form = new QFormLayout;
    for (const FormField& f : kFields) {
        const QString name = QString::fromLatin1(f.name);
        QWidget* input = nullptr;
        const QString value = m_before.value(name).isNull() ? QString() : m_before.value(name).toString();
        if (f.kind == Kind::Text) {
            auto* edit = new QPlainTextEdit(value);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(name == QLatin1String("allergies") ? 48 : 72);
            if (name == QLatin1String("allergies"))
                edit->setStyleSheet(QStringLiteral("QPlainTextEdit { border: 2px solid #c0392b; }"));
            input = edit;
        } else if (f.kind == Kind::Gender) {
            auto* box = new QComboBox;
            box->addItem(tr("Not given"), QString());
            box->addItem(tr("Female"), QStringLiteral("Female"));
            box->addItem(tr("Male"), QStringLiteral("Male"));
            box->addItem(tr("Other"), QStringLiteral("Other"));
            const QString g = canonicalGender(value);
            box->setCurrentIndex(std::max(0, box->findData(g)));
            input = box;
        } else {
            auto* line = new QLineEdit(value);
            if (name == QLatin1String("date_of_birth"))
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            input = line;
        }
        input->setObjectName(QStringLiteral("patient_") + name);
        input->setAccessibleName(tr(f.label).remove(QLatin1Char('&')).chopped(1));
        auto* error = new QLabel;
        error->setObjectName(QStringLiteral("patientError_") + name);
        error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
        error->setWordWrap(true);
        error->hide();
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(input);
        cell->addWidget(error);
        form->addRow(tr(f.label), cell);
        m_inputs.insert(name, input);
        m_errors.insert(name, error);
    }

    m_problem->setObjectName(QStringLiteral("patientFormProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("patientSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* fields = new QWidget;
    fields->setLayout(form);
    auto* scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 720);
    m_inputs.value(QStringLiteral("first_name"))->setFocus();
}

QVariantMap PatientForm::values() const
{
    QVariantMap out;
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        QString value;
        if (auto* line = qobject_cast<QLineEdit*>(it.value()))
            value = line->text();
        else if (auto* text = qobject_cast<QPlainTextEdit*>(it.value()))
            value = text->toPlainText();
        else if (auto* box = qobject_cast<QComboBox*>(it.value()))
            value = box->currentData().toString();
        value = value.trimmed();
        // Unchanged fields are left out, so an edit keeps the seed's spelling of what it did not touch.
        const QVariant before = m_before.value(it.key());
        if (!m_patientId.isEmpty() && value == (before.isNull() ? QString() : before.toString().trimmed()))
            continue;
        if (it.key() == QLatin1String("gender") && !m_patientId.isEmpty() &&
            value == canonicalGender(before.toString()))
            continue;
        out.insert(it.key(), value.isEmpty() ? QVariant() : QVariant(value));
    }
    return out;
}

void PatientForm::showErrors(const Error& error)
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    QStringList elsewhere;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        // The name fields are checked as "name" by the core; show it under the first name.
        const QString field = it.key() == QLatin1String("name") ? QStringLiteral("first_name") : it.key();
        if (QLabel* label = m_errors.value(field)) {
            label->setText(it.value().join(QLatin1Char(' ')));
            label->show();
        } else {
            elsewhere += it.value();
        }
    }
    m_problem->setText(error.fieldErrors.isEmpty() ? error.message : elsewhere.join(QLatin1Char(' ')));
    m_problem->setVisible(!m_problem->text().isEmpty());
}

void PatientForm::accept()
{
    const QVariantMap input = values();
    auto result = m_patientId.isEmpty() ? m_services.patients.create(m_actor, input)
                                        : m_services.patients.update(m_actor, m_patientId, input, true);
    if (!result) {
        showErrors(result.error());
        return;
    }
    QVariantMap before;
    for (auto it = input.cbegin(); it != input.cend(); ++it)
        before.insert(it.key(), m_before.value(it.key()));
    emit saved(*result, before, input);
    QDialog::accept();
}

} // namespace chairside::ui

#include "PatientEditCommand.h"

namespace chairside::ui {

PatientEditCommand::PatientEditCommand(PatientService& patients, Actor actor, QString patientId,
                                       QVariantMap before, QVariantMap after,
                                       std::function<void(const Error&)> failed)
    : m_patients(patients)
    , m_actor(std::move(actor))
    , m_patientId(std::move(patientId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_failed(std::move(failed))
{}

void PatientEditCommand::undo()
{
    write(m_before);
}

void PatientEditCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    write(m_after);
}

void PatientEditCommand::write(const QVariantMap& values)
{
    if (auto written = m_patients.update(m_actor, m_patientId, values, true); !written && m_failed)
        m_failed(written.error());
}

} // namespace chairside::ui

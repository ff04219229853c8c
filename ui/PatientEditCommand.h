#pragma once

#include "services/PatientService.h"

#include <QUndoCommand>

namespace chairside::ui {

// A saved edit of a patient as an undo step: undo writes back the values the changed fields had, redo the
// new ones, both through the service (so the change log and audit record them too). The edit itself was
// already written by the form, so the first redo (QUndoStack::push) does nothing. A refused step is
// reported through `failed`, e.g. when another patient has taken the old phone number meanwhile.
class PatientEditCommand : public QUndoCommand
{
public:
    PatientEditCommand(PatientService& patients, Actor actor, QString patientId, QVariantMap before,
                       QVariantMap after, std::function<void(const Error&)> failed);

    void undo() override;
    void redo() override;

private:
    void write(const QVariantMap& values);

    PatientService& m_patients;
    Actor m_actor;
    QString m_patientId;
    QVariantMap m_before;
    QVariantMap m_after;
    std::function<void(const Error&)> m_failed;
    bool m_alreadyApplied = true;
};

} // namespace chairside::ui

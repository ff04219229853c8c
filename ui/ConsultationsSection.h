#pragma once

#include "ChartSection.h"

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace chairside::ui {

// The chart's consultations (read here; the consultation's own dentist writes them over the API): the
// patient's consultations newest first, and the selected one with its findings, vital signs and notes.
class ConsultationsSection : public ChartSection
{
    Q_OBJECT
public:
    ConsultationsSection(Services& services, Actor actor, QWidget* parent = nullptr);

    void reload() override;
    QString currentConsultationId() const { return currentId(m_list); }

private:
    void fill();
    void showDetail();
    static QString statusText(const QString& status);

    QTreeWidget* m_list;
    QLabel* m_findings;
    QTableWidget* m_vitals;
    QLabel* m_notes;
    QList<QVariantMap> m_rows;
    QString m_shownPatient; // whose rows the list holds
    QString m_detailId;
    QVariantMap m_detailRow;
};

} // namespace chairside::ui

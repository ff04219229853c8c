#pragma once

#include "ChartSection.h"

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace chairside::ui {

// The chart's documents: the patient's reports and other files (PDF or image), newest first with type, file,
// size and date; add a file chosen in a file dialog, open one in the desktop's viewer or save a copy, and
// remove one. DocumentService checks the bytes and the permissions; adding and removing are left out for
// those the permission table refuses.
class DocumentsSection : public ChartSection
{
    Q_OBJECT
public:
    DocumentsSection(Services& services, Actor actor, QWidget* parent = nullptr);

    void reload() override;
    QString currentDocumentId() const { return currentId(m_list); }
    // The steps behind the buttons, without their file dialogs (tests call them with a path of their own).
    bool addDocument(const QString& path);
    bool saveCopy(const QString& path);
    bool removeCurrent();

private:
    void fill();
    void updateButtons();
    void openCurrent();
    void chooseFileToAdd();
    void chooseWhereToSave();
    QVariantMap currentDocument() const;
    static QString sizeText(qint64 bytes);

    QTreeWidget* m_list;
    QLineEdit* m_type;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_remove;
    QList<QVariantMap> m_rows;
    QString m_shownPatient; // whose rows the list holds
    const bool m_mayWrite;
};

} // namespace chairside::ui

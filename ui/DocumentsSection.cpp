#include "DocumentsSection.h"

#include "DisplayText.h"
#include "ErrorText.h"
#include "auth/Permissions.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace chairside::ui {

DocumentsSection::DocumentsSection(Services& services, Actor actor, QWidget* parent)
    : ChartSection(services, std::move(actor), parent)
    , m_list(makeList(QStringLiteral("chartDocumentList"), tr("Documents"),
                      {tr("Added"), tr("Type"), tr("File"), tr("Format"), tr("Size")}))
    , m_type(new QLineEdit)
    , m_add(new QPushButton(tr("Add &file…")))
    , m_open(new QPushButton(tr("&Open")))
    , m_save(new QPushButton(tr("&Save a copy…")))
    , m_remove(new QPushButton(tr("De&lete")))
    , m_mayWrite(allows(m_actor.role, Permission::WriteRecords))
{
    setObjectName(QStringLiteral("chartDocuments"));
    messageLine()->setObjectName(QStringLiteral("chartDocumentMessage"));
    m_list->setAccessibleDescription(tr("The patient's documents, newest first. Enter opens one."));
    m_list->setColumnWidth(0, 150);
    m_list->setColumnWidth(1, 150);
    m_list->setColumnWidth(2, 260);
    m_list->setColumnWidth(3, 90);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DocumentsSection::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &DocumentsSection::openCurrent);

    m_type->setObjectName(QStringLiteral("chartDocumentType"));
    m_type->setPlaceholderText(tr("e.g. referral, lab report"));
    m_type->setMaxLength(50);
    auto* typeLabel = new QLabel(tr("Document &type:"));
    typeLabel->setBuddy(m_type);
    m_add->setObjectName(QStringLiteral("chartAddDocument"));
    m_add->setToolTip(tr("Add a PDF or an image to the patient's documents"));
    connect(m_add, &QPushButton::clicked, this, &DocumentsSection::chooseFileToAdd);
    m_open->setObjectName(QStringLiteral("chartOpenDocument"));
    connect(m_open, &QPushButton::clicked, this, &DocumentsSection::openCurrent);
    m_save->setObjectName(QStringLiteral("chartSaveDocument"));
    connect(m_save, &QPushButton::clicked, this, &DocumentsSection::chooseWhereToSave);
    m_remove->setObjectName(QStringLiteral("chartDeleteDocument"));
    connect(m_remove, &QPushButton::clicked, this, &DocumentsSection::removeCurrent);
    // Those who may not add or remove documents read them without buttons that would always be refused.
    typeLabel->setVisible(m_mayWrite);
    m_type->setVisible(m_mayWrite);
    m_add->setVisible(m_mayWrite);
    m_remove->setVisible(m_mayWrite);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(typeLabel);
    buttons->addWidget(m_type);
    buttons->addWidget(m_add);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(messageLine());
    setFocusProxy(m_list);
    updateButtons();
}

void DocumentsSection::reload()
{
    QList<QVariantMap> rows;
    if (!m_patientId.isEmpty()) {
        auto listed = m_services.documents.listForPatient(m_actor, m_patientId);
        if (!listed)
            showMessage(tr("The documents cannot be read: %1").arg(errorText(listed.error())), true);
        else
            rows = *listed;
    }
    if (m_shownPatient == m_patientId && rows == m_rows)
        return;
    m_shownPatient = m_patientId;
    m_rows = rows;
    fill();
}

void DocumentsSection::fill()
{
    const QString selected = currentDocumentId();
    m_list->clear();
    for (const QVariantMap& d : std::as_const(m_rows)) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setData(0, kIdRole, fieldText(d, QStringLiteral("id")));
        row->setText(0, localTime(fieldText(d, QStringLiteral("uploaded_at"))));
        row->setText(1, fieldText(d, QStringLiteral("report_type")));
        const QString name = fieldText(d, QStringLiteral("file_name"));
        row->setText(2, name.isEmpty() ? fieldText(d, QStringLiteral("file_url")) : name);
        const QString mime = fieldText(d, QStringLiteral("mime_type"));
        row->setText(3, mime.isEmpty() ? tr("link") : mime.section(QLatin1Char('/'), 1).toUpper());
        const QVariant size = d.value(QStringLiteral("size_bytes"));
        row->setText(4, size.isNull() ? QString() : sizeText(size.toLongLong()));
        row->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!selectId(m_list, selected) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void DocumentsSection::updateButtons()
{
    const QVariantMap d = currentDocument();
    const bool hasFile = !fieldText(d, QStringLiteral("sha256")).isEmpty();
    // A link has no file here; the desktop opens the link instead.
    m_open->setEnabled(!d.isEmpty());
    m_save->setEnabled(hasFile);
    m_remove->setEnabled(!d.isEmpty());
    m_add->setEnabled(!m_patientId.isEmpty());
}

QVariantMap DocumentsSection::currentDocument() const
{
    const QString id = currentDocumentId();
    for (const QVariantMap& d : m_rows) {
        if (fieldText(d, QStringLiteral("id")) == id)
            return d;
    }
    return {};
}

QString DocumentsSection::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void DocumentsSection::chooseFileToAdd()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add a document"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp);;All files (*)"));
    if (!path.isEmpty())
        addDocument(path);
}

bool DocumentsSection::addDocument(const QString& path)
{
    QFile file(path);
    if (file.size() > DocumentService::kMaxFileBytes) {
        // Said before the whole file is read into memory; the service says the same for what it is given.
        showMessage(tr("The document was not added: the file is larger than %1 MB.")
                        .arg(DocumentService::kMaxFileBytes / (1024 * 1024)),
                    true);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return false;
    }
    const DocumentFile upload{QFileInfo(path).fileName(), QString(), file.readAll()};
    QVariantMap input{{QStringLiteral("patient_id"), m_patientId}};
    if (!m_type->text().trimmed().isEmpty())
        input.insert(QStringLiteral("report_type"), m_type->text().trimmed());
    auto added = m_services.documents.upload(m_actor, input, upload);
    if (!added) {
        showMessage(tr("The document was not added: %1").arg(errorText(added.error())), true);
        return false;
    }
    m_type->clear();
    reload();
    selectId(m_list, fieldText(*added, QStringLiteral("id")));
    showMessage(tr("%1 added.").arg(upload.fileName), false);
    return true;
}

void DocumentsSection::openCurrent()
{
    const QVariantMap d = currentDocument();
    if (d.isEmpty())
        return;
    if (fieldText(d, QStringLiteral("sha256")).isEmpty()) {
        QDesktopServices::openUrl(QUrl(fieldText(d, QStringLiteral("file_url"))));
        return;
    }
    auto content = m_services.documents.content(m_actor, fieldText(d, QStringLiteral("id")));
    if (!content) {
        showMessage(tr("The document cannot be opened: %1").arg(errorText(content.error())), true);
        return;
    }
    // The desktop's viewer needs a file: a copy in this user's temporary folder, named by the document's id
    // so two documents of the same name do not overwrite each other.
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
            .filePath(QStringLiteral("chairside-documents/") + fieldText(d, QStringLiteral("id")));
    QDir().mkpath(folder);
    const QString name = QFileInfo(content->fileName).fileName();
    const QString path = QDir(folder).filePath(name.isEmpty() ? QStringLiteral("document") : name);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content->data) != content->data.size() ||
        !out.commit()) {
        showMessage(tr("The document cannot be opened: %1").arg(out.errorString()), true);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showMessage(tr("No program opens %1 here; use Save a copy instead.").arg(name), true);
}

void DocumentsSection::chooseWhereToSave()
{
    const QVariantMap d = currentDocument();
    if (d.isEmpty())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(fieldText(d, QStringLiteral("file_name")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the document"), suggested);
    if (!path.isEmpty())
        saveCopy(path);
}

bool DocumentsSection::saveCopy(const QString& path)
{
    const QString id = currentDocumentId();
    if (id.isEmpty())
        return false;
    auto content = m_services.documents.content(m_actor, id);
    if (!content) {
        showMessage(tr("The document was not saved: %1").arg(errorText(content.error())), true);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content->data) != content->data.size() ||
        !out.commit()) {
        showMessage(tr("The document was not saved: %1").arg(out.errorString()), true);
        return false;
    }
    showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool DocumentsSection::removeCurrent()
{
    const QVariantMap d = currentDocument();
    if (d.isEmpty())
        return false;
    if (Status refused = m_services.documents.remove(m_actor, fieldText(d, QStringLiteral("id")))) {
        showMessage(tr("The document was not deleted: %1").arg(errorText(*refused)), true);
        return false;
    }
    reload();
    const QString name = fieldText(d, QStringLiteral("file_name"));
    showMessage(tr("%1 deleted.").arg(name.isEmpty() ? tr("The document") : name), false);
    return true;
}

} // namespace chairside::ui

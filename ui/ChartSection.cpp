#include "ChartSection.h"

#include "ErrorText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>

namespace chairside::ui {

ChartSection::ChartSection(Services& services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_message(new QLabel)
{
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
}

void ChartSection::setPatient(const QString& patientId)
{
    if (patientId == m_patientId)
        return;
    m_patientId = patientId;
    hideMessage();
    reload();
}

void ChartSection::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // changes made while another tab was shown
}

QString ChartSection::localTime(const QString& isoUtc, const QString& format) const
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return isoUtc;
    return QLocale().toString(at.toTimeZone(m_services.schedule.timeZone()), format);
}

void ChartSection::showMessage(const QString& text, bool problem)
{
    showInline(m_message, text, problem);
}

void ChartSection::hideMessage()
{
    m_message->hide();
}

QString ChartSection::currentId(const QTreeWidget* list)
{
    const QTreeWidgetItem* item = list->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kIdRole).toString() : QString();
}

bool ChartSection::selectId(QTreeWidget* list, const QString& id)
{
    if (id.isEmpty())
        return false;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, kIdRole).toString() == id) {
            list->setCurrentItem(list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QTreeWidget* ChartSection::makeList(const QString& objectName, const QString& accessibleName,
                                    const QStringList& headers)
{
    auto* list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setColumnCount(int(headers.size()));
    list->setHeaderLabels(headers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setAllColumnsShowFocus(true);
    list->setUniformRowHeights(true);
    list->setRootIsDecorated(false);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace chairside::ui

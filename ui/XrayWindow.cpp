#include "XrayWindow.h"

#include "XrayView.h"

#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

namespace chairside::ui {

XrayWindow::XrayWindow(QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_view(new XrayView)
    , m_teeth(new QLabel)
{
    setObjectName(QStringLiteral("xrayWindow"));
    setWindowTitle(tr("X-ray"));
    auto* tools = addToolBar(tr("X-ray tools"));
    tools->setObjectName(QStringLiteral("xrayToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions(m_view->actions());
    setCentralWidget(m_view);
    m_teeth->setObjectName(QStringLiteral("xrayTeeth"));
    m_teeth->setAccessibleName(tr("Teeth on this image"));
    statusBar()->addWidget(m_teeth);
    connect(m_view, &XrayView::toothTagsChanged, this, &XrayWindow::updateTeeth);
    updateTeeth();
    resize(1000, 750);
}

Status XrayWindow::showImage(const QByteArray& bytes, const QList<int>& teeth, const QString& caption)
{
    if (Status problem = m_view->loadFromData(bytes))
        return problem;
    // Loading forgets the previous image's tags, so the record's teeth go on afterwards.
    m_view->setToothTags(teeth);
    setWindowTitle(tr("X-ray — %1").arg(caption));
    updateTeeth();
    m_view->setFocus();
    return std::nullopt;
}

void XrayWindow::updateTeeth()
{
    QStringList numbers;
    for (int tooth : m_view->toothTags())
        numbers.append(QString::number(tooth));
    m_teeth->setText(numbers.isEmpty() ? tr("No teeth tagged")
                                       : tr("Teeth (FDI): %1").arg(numbers.join(QStringLiteral(", "))));
}

} // namespace chairside::ui

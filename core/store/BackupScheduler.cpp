#include "BackupScheduler.h"

#include "store/Backup.h"

#include <QDir>
#include <QRegularExpression>
#include <QTimer>

namespace chairside {

namespace {

const QString kPrefix = QStringLiteral("chairside-backup-");
const QString kSuffix = QStringLiteral(".tar");

// Only files of this pattern are ever removed from the directory.
const QRegularExpression& dailyName()
{
    static const QRegularExpression pattern(QStringLiteral("^chairside-backup-(\\d{8})-\\d{6}\\.tar$"));
    return pattern;
}

} // namespace

BackupScheduler::BackupScheduler(BackupScheduleConfig config, const Clock& clock)
    : m_config(std::move(config))
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("backup"));
    QObject::connect(
        &m_thread, &QThread::finished, &m_thread,
        [this] {
            delete m_context;
            m_context = nullptr;
        },
        Qt::DirectConnection);
}

BackupScheduler::~BackupScheduler()
{
    stop();
}

QString BackupScheduler::fileNameFor(const QDateTime& utc)
{
    return kPrefix + utc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix;
}

void BackupScheduler::start()
{
    if (m_thread.isRunning())
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this] {
        auto* timer = new QTimer(m_context);
        const auto check = [this] {
            auto made = runIfDue();
            if (!made)
                qWarning("Chairside: the daily backup failed: %s", qPrintable(made.error().message));
            else if (!made->isEmpty())
                qInfo("Chairside: daily backup written to %s.", qPrintable(*made));
        };
        QObject::connect(timer, &QTimer::timeout, m_context, check);
        timer->start(m_config.checkIntervalMs);
        check();
    });
}

void BackupScheduler::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

Result<QString> BackupScheduler::runIfDue()
{
    QDir dir(m_config.directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error::unavailable(
            QStringLiteral("Cannot create the backup folder %1.").arg(m_config.directory));
    const QDateTime now = m_clock.nowUtc();
    const QString today = now.toLocalTime().toString(QStringLiteral("yyyyMMdd"));
    QStringList daily;
    for (const QString& name : dir.entryList({kPrefix + QLatin1Char('*')}, QDir::Files, QDir::Name)) {
        if (dailyName().match(name).hasMatch())
            daily.append(name);
        else if (name.contains(kSuffix + QStringLiteral(".partial")))
            dir.remove(name); // left by a backup cut short (only this worker writes here)
    }
    QString made;
    if (daily.isEmpty() || dailyName().match(daily.last()).captured(1) < today) {
        const QString path = dir.filePath(fileNameFor(now));
        auto manifest = Backup::create(m_config.dataDir, path, m_clock);
        if (!manifest)
            return manifest.error();
        made = path;
        daily.append(fileNameFor(now));
    }
    // Oldest first (the names sort by time); the newest `keep` stay.
    for (qsizetype i = 0; i + std::max(1, m_config.keep) < daily.size(); ++i)
        dir.remove(daily[i]);
    return made;
}

} // namespace chairside

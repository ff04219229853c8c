#include "HttpClient.h"
#include "PeriodicWorker.h"
#include "TestStation.h"
#include "store/Backup.h"
#include "store/BackupScheduler.h"
#include "store/Query.h"
#include "store/Replica.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QMutex>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace chairside;
using namespace chairside::test;

namespace {

// A clock moved by the test while the backup worker's thread reads it.
class SharedClock : public Clock
{
public:
    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advanceDays(int days)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addDays(days);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now{QDate(2026, 11, 22), QTime(12, 0), Qt::UTC};
};

// Closes a test station's store, as a stopped station would leave its folder.
void closeStation(TestStation& s)
{
    s.services.reset();
    s.ctx.reset();
    s.db.reset();
}

QString digestOf(TestStation& s)
{
    auto digest = Replica(*s.db, s.clock).digest();
    if (!digest)
        qFatal("no digest: %s", qPrintable(digest.error().message));
    return *digest;
}

int count(TestStation& s, const QString& sqlText)
{
    auto n = sql::scalar(s.db->connection(), sqlText);
    return n ? n->toInt() : -1;
}

// Every file under `dir` (relative path -> SHA-256 of its bytes).
QMap<QString, QByteArray> filesUnder(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        files.insert(QDir(dir).relativeFilePath(path),
                     QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
}

// The tar members of a backup, in order: name and the range of blocks (header and data) each takes.
struct Member
{
    QString name;
    qsizetype start;
    qsizetype end;
};

QList<Member> membersOf(const QByteArray& tar)
{
    QList<Member> members;
    for (qsizetype at = 0; at + 512 <= tar.size();) {
        const QByteArray header = tar.mid(at, 512);
        if (header.count('\0') == 512)
            break;
        const QString name = QString::fromUtf8(header.left(100).constData());
        const qint64 size = QByteArray(header.constData() + 124, 11).toLongLong(nullptr, 8);
        const qsizetype end = at + 512 + (size + 511) / 512 * 512;
        members.append({name, at, end});
        at = end;
    }
    return members;
}

// A patient with a document file, so the station holds an image file too.
QString addPatientWithFile(TestStation& s, const Actor& desk, const QString& name, const QByteArray& file)
{
    auto patient = s.services->patients.create(desk, {{QStringLiteral("name"), name}});
    if (!patient)
        qFatal("no patient: %s", qPrintable(patient.error().message));
    auto document = s.services->documents.upload(
        desk, {{QStringLiteral("patient_id"), patient->value(QStringLiteral("id"))}},
        DocumentFile{name + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), file});
    if (!document)
        qFatal("no document: %s", qPrintable(document.error().message));
    return document->value(QStringLiteral("sha256")).toString();
}

} // namespace

// Backups (docs/architecture.md "Backups"): online and consistent, checked whole before a restore, and a
// restored station a new one for sync. The command line is driven through the real binary.
class TestBackup : public QObject
{
    Q_OBJECT
private:
    QString m_binary = qEnvironmentVariable("CHAIRSIDE_BINARY");

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& args)
    {
        QProcess p;
        p.start(m_binary, args);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    Run backup(const QString& dataDir, const QString& file)
    {
        return run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("backup"), file});
    }
    Run restore(const QString& dataDir, const QString& file)
    {
        return run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("restore"), file});
    }

    // A restore that must be refused: exit 1 with `why` in the message, and the data folder as it was.
    void expectRefused(const QString& dataDir, const QString& file, const QString& why)
    {
        const auto before = filesUnder(dataDir);
        const Run r = restore(dataDir, file);
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(why), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was restored"), Qt::CaseInsensitive),
                 qPrintable(r.err));
        QCOMPARE(filesUnder(dataDir), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_binary), "CHAIRSIDE_BINARY must name the built chairside");
    }

    void backupAndRestoreGiveEqualDataAndANewSiteId()
    {
        TestStation original;
        const Actor desk = original.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QByteArray file1 = "%PDF-1.4\n" + QByteArray(300000, 'a');
        const QByteArray file2 = "%PDF-1.4\n" + QByteArray(70000, 'b');
        const QString sha1 = addPatientWithFile(original, desk, QStringLiteral("Ana Sousa"), file1);
        const QString sha2 = addPatientWithFile(original, desk, QStringLiteral("Rui Lima"), file2);
        const QString originalDigest = digestOf(original);
        const QString originalSite = original.db->siteId();

        QTemporaryDir out;
        const QString archive = out.filePath(QStringLiteral("clinic.tar"));
        // Online: the original's store stays open.
        const Run made = backup(original.dir.path(), archive);
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        QVERIFY(made.out.contains(QStringLiteral("2 image files")));
        QVERIFY(made.out.contains(QStringLiteral("Secrets")));
        QVERIFY(made.err.contains(QStringLiteral("Copying the store")));
        QVERIFY(!QFile::exists(archive + QStringLiteral(".partial")));
        auto manifest = Backup::verify(archive);
        QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message));
        QCOMPARE(manifest->siteId, originalSite);
        QCOMPARE(manifest->schemaVersion, Database::latestSchemaVersion());
        QCOMPARE(manifest->files.size(), 3);

        // Into a fresh folder.
        QTemporaryDir fresh;
        const Run restored = restore(fresh.path(), archive);
        QVERIFY2(restored.code == 0, qPrintable(restored.out + restored.err));
        QVERIFY(restored.out.contains(QStringLiteral("new site id")));
        auto opened = Database::open(QDir(fresh.path()).filePath(QStringLiteral("chairside.db")));
        QVERIFY(opened);
        std::unique_ptr<Database> db = std::move(opened).value();
        QVERIFY(db->siteId() != originalSite);
        QCOMPARE(*Replica(*db, original.clock).digest(), originalDigest);
        // The restore is in the restored store's audit log.
        QCOMPARE(sql::scalar(db->connection(),
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'store.restore'"))
                     ->toInt(),
                 1);
        db.reset();
        for (const auto& [sha, bytes] : {std::pair{sha1, file1}, std::pair{sha2, file2}})
            QCOMPARE(
                readAll(QDir(fresh.path()).filePath(QStringLiteral("blobs/%1/%2").arg(sha.left(2), sha))),
                bytes);

        // Over the original itself (stopped): its data is kept aside, and it too becomes a new station, so
        // two stations restored from one backup never share an id.
        const QString idAfterFirstRestore = [&] {
            auto again = Database::open(QDir(fresh.path()).filePath(QStringLiteral("chairside.db")));
            return (*again)->siteId();
        }();
        closeStation(original);
        const Run over = restore(original.dir.path(), archive);
        QVERIFY2(over.code == 0, qPrintable(over.out + over.err));
        const QStringList kept =
            QDir(original.dir.path()).entryList({QStringLiteral("before-restore-*")}, QDir::Dirs);
        QCOMPARE(kept.size(), 1);
        QVERIFY(QFile::exists(
            QDir(original.dir.path()).filePath(kept.first() + QStringLiteral("/chairside.db"))));
        original.reopen();
        QVERIFY(original.db->siteId() != originalSite);
        QVERIFY(original.db->siteId() != idAfterFirstRestore);
        QCOMPARE(digestOf(original), originalDigest);
        QVERIFY(original.services->accounts.login(QStringLiteral("desk@x.org"), QStringLiteral("password123"),
                                                  {}));
    }

    void damagedNewerAndUnreadableBackupsAreRefusedWithTheDataUntouched()
    {
        TestStation source;
        const Actor desk = source.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString sha = addPatientWithFile(source, desk, QStringLiteral("Ana Sousa"),
                                               "%PDF-1.4\n" + QByteArray(5000, 'c'));
        QTemporaryDir out;
        const QString archive = out.filePath(QStringLiteral("good.tar"));
        QCOMPARE(backup(source.dir.path(), archive).code, 0);
        const QByteArray good = readAll(archive);

        // The folder restored into holds a station of its own, which must survive every refusal.
        TestStation target;
        target.addUser(QStringLiteral("other@x.org"), Role::Admin);
        closeStation(target);

        QByteArray flipped = good;
        flipped[flipped.size() / 3] = char(flipped[flipped.size() / 3] ^ 0x20);
        writeAll(out.filePath(QStringLiteral("flipped.tar")), flipped);
        expectRefused(target.dir.path(), out.filePath(QStringLiteral("flipped.tar")),
                      QStringLiteral("damaged"));

        writeAll(out.filePath(QStringLiteral("truncated.tar")), good.left(good.size() - 2000));
        expectRefused(target.dir.path(), out.filePath(QStringLiteral("truncated.tar")),
                      QStringLiteral("damaged"));

        QByteArray withoutBlob;
        for (const Member& m : membersOf(good)) {
            if (!m.name.endsWith(sha))
                withoutBlob += good.mid(m.start, m.end - m.start);
        }
        withoutBlob += QByteArray(1024, '\0');
        QVERIFY(withoutBlob.size() < good.size());
        writeAll(out.filePath(QStringLiteral("noblob.tar")), withoutBlob);
        expectRefused(target.dir.path(), out.filePath(QStringLiteral("noblob.tar")),
                      QStringLiteral("is missing"));

        writeAll(out.filePath(QStringLiteral("other.tar")), "just some text\n");
        expectRefused(target.dir.path(), out.filePath(QStringLiteral("other.tar")),
                      QStringLiteral("damaged"));
        expectRefused(target.dir.path(), out.filePath(QStringLiteral("absent.tar")),
                      QStringLiteral("Cannot read"));

        // A store written by a newer Chairside: its backup is refused by name.
        TestStation newer;
        closeStation(newer);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(newer.dbPath());
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QString newerArchive = out.filePath(QStringLiteral("newer.tar"));
        QCOMPARE(backup(newer.dir.path(), newerArchive).code, 0);
        expectRefused(target.dir.path(), newerArchive, QStringLiteral("newer Chairside"));

        // And after all that, the good one restores.
        const Run r = restore(target.dir.path(), archive);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void aRunningStationTakesBackupsButRefusesARestore()
    {
        TestStation s;
        s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        closeStation(s);
        QProcess station;
        station.start(m_binary,
                      {QStringLiteral("--headless"), QStringLiteral("--data-dir"), s.dir.path(),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort())},
                      QIODevice::ReadOnly);
        QVERIFY(station.waitForStarted());
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += station.readAllStandardOutput()).contains("listening"),
                                  qPrintable(QString::fromUtf8(output + station.readAllStandardError())),
                                  15000);

        QTemporaryDir out;
        const QString archive = out.filePath(QStringLiteral("online.tar"));
        const Run made = backup(s.dir.path(), archive);
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        const Run refused = restore(s.dir.path(), archive);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("station is running")), qPrintable(refused.err));

        // A second station on the same folder is refused as well.
        const Run second =
            run({QStringLiteral("--headless"), QStringLiteral("--data-dir"), s.dir.path(),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort())});
        QCOMPARE(second.code, 1);
        QVERIFY2(second.err.contains(QStringLiteral("station is running")), qPrintable(second.err));

        station.terminate();
        QVERIFY(station.waitForFinished(15000));
        const Run restored = restore(s.dir.path(), archive);
        QVERIFY2(restored.code == 0, qPrintable(restored.out + restored.err));
    }

    void aBackupTakenWhileWritingIsConsistent()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        QThread* writer = QThread::create([&] {
            while (!stop) {
                auto p = s.services->patients.create(
                    desk, {{QStringLiteral("name"), QStringLiteral("Patient %1").arg(written.load())}});
                if (!p)
                    qFatal("writer: %s", qPrintable(p.error().message));
                ++written;
            }
            s.db->releaseThreadConnection();
        });
        writer->start();
        QTRY_VERIFY(written > 20);

        QTemporaryDir out;
        const QString archive = out.filePath(QStringLiteral("busy.tar"));
        auto made = Backup::create(s.dir.path(), archive, s.clock);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        const int atBackup = written;
        QTRY_VERIFY(written > atBackup + 20);
        stop = true;
        writer->wait();
        delete writer;

        TestStation restored;
        closeStation(restored);
        auto outcome = Backup::restore(archive, restored.dir.path(), restored.clock);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        restored.reopen();
        // Each write is whole: every patient with its log entry and audit entry, none without.
        const int patients = count(restored, QStringLiteral("SELECT count(*) FROM patients"));
        QVERIFY(patients > 20);
        QVERIFY(patients < count(s, QStringLiteral("SELECT count(*) FROM patients")));
        QCOMPARE(
            count(restored, QStringLiteral("SELECT count(DISTINCT row_id) FROM change_log WHERE table_name = "
                                           "'patients'")),
            patients);
        QCOMPARE(
            count(restored, QStringLiteral("SELECT count(DISTINCT row_id) FROM audit_log WHERE table_name = "
                                           "'patients'")),
            patients);
        QCOMPARE(sql::scalar(restored.db->connection(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
    }

    void aRestoredStationSyncsWithItsPeerWithoutDuplicates()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        addPatientWithFile(a, desk, QStringLiteral("Ana Sousa"), "%PDF-1.4\n" + QByteArray(4000, 'd'));
        pullChanges(a, b);
        const Actor deskOnB{desk.userId, Role::Receptionist, QStringLiteral("test")};
        QVERIFY(b.services->patients.create(deskOnB, {{QStringLiteral("name"), QStringLiteral("Bea Reis")}}));
        pullChanges(b, a);

        QTemporaryDir out;
        const QString archive = out.filePath(QStringLiteral("a.tar"));
        QVERIFY(Backup::create(a.dir.path(), archive, a.clock));
        // After the backup: a patient on A that reaches B, then A's disk is lost.
        QVERIFY(a.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Caio Dias")}}));
        pullChanges(a, b);
        const QString lostSite = a.db->siteId();

        TestStation r;
        closeStation(r);
        auto outcome = Backup::restore(archive, r.dir.path(), r.clock);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        r.reopen();
        QVERIFY(r.db->siteId() != lostSite);
        QCOMPARE(outcome->siteId, r.db->siteId());
        QCOMPARE(count(r, QStringLiteral("SELECT count(*) FROM sync_peers")), 0);

        // R pulls from B from the checkpoint it restored: Caio comes back with his own origin.
        QVERIFY(pullChanges(b, r) > 0);
        QCOMPARE(count(r, QStringLiteral("SELECT count(*) FROM patients WHERE name = 'Caio Dias'")), 1);
        // New writes on R carry its new id; B reads R's log from the start and takes only those.
        const int logBefore = r.changeCount();
        QVERIFY(r.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Duda Neves")}}));
        const int newOnR = r.changeCount() - logBefore;
        QCOMPARE(pullChanges(r, b), newOnR);
        QCOMPARE(pullChanges(b, r), 0);
        QCOMPARE(digestOf(r), digestOf(b));
        QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM patients")), 4);
        QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM (SELECT site_id, origin_seq FROM change_log "
                                         "GROUP BY site_id, origin_seq HAVING count(*) > 1)")),
                 0);
        QCOMPARE(
            count(b,
                  QStringLiteral("SELECT count(*) FROM change_log WHERE site_id = '%1'").arg(r.db->siteId())),
            newOnR);
    }

    void theDailyBackupMakesOneADayAndKeepsTheNewest()
    {
        TestStation s;
        s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        QTemporaryDir backups;
        writeAll(backups.filePath(QStringLiteral("notes.txt")), "not a backup");
        SharedClock clock;
        BackupScheduleConfig config;
        config.dataDir = s.dir.path();
        config.directory = backups.filePath(QStringLiteral("daily"));
        config.keep = 2;
        BackupScheduler scheduler(config, clock);

        auto first = scheduler.runIfDue();
        QVERIFY2(first && !first->isEmpty(), first ? "" : qPrintable(first.error().message));
        QVERIFY(Backup::verify(*first));
        QCOMPARE(*scheduler.runIfDue(), QString()); // the same day: nothing more
        clock.advanceDays(1);
        const QString second = *scheduler.runIfDue();
        QVERIFY(!second.isEmpty());
        clock.advanceDays(1);
        const QString third = *scheduler.runIfDue();
        QDir daily(config.directory);
        QCOMPARE(daily.entryList(QDir::Files),
                 (QStringList{QFileInfo(second).fileName(), QFileInfo(third).fileName()}));
        QVERIFY(QFile::exists(backups.filePath(QStringLiteral("notes.txt"))));

        // The station runs the rule on a background worker, which looks again every interval.
        outbound::PeriodicWorker worker(*s.db, QStringLiteral("backup"), 50, [&scheduler] {
            (void)scheduler.runIfDue(); // the files it leaves are checked below
        });
        worker.start();
        QTest::qWait(200);
        QCOMPARE(daily.entryList(QDir::Files).size(), 2);
        clock.advanceDays(1);
        QTRY_VERIFY(daily.entryList(QDir::Files).contains(BackupScheduler::fileNameFor(clock.nowUtc())));
        worker.stop();
        QCOMPARE(daily.entryList(QDir::Files).size(), 2);
        QVERIFY(daily.entryList(QDir::Files).contains(QFileInfo(third).fileName()));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

#include "TestStation.h"
#include "store/Query.h"
#include "store/Replica.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <limits>

using namespace chairside;
using namespace chairside::test;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

// One fault schedule: 3-7 stations with their own SQLite files edit and sync at random while the network
// drops, repeats and reorders batches, partitions come and go, wall clocks are off by up to two hours,
// stations restart and compact their logs (retention). Then the network heals and everyone syncs until
// nothing moves.
class Simulation
{
public:
    explicit Simulation(quint32 seed)
        : m_rng(seed)
    {
        const int count = 3 + int(m_rng.bounded(5));
        for (int i = 0; i < count; ++i) {
            m_stations.push_back(std::make_unique<TestStation>());
            m_skewSeconds.append(i == 0 ? 0 : qint64(m_rng.bounded(4 * 3600 + 1)) - 2 * 3600);
            m_group.append(0);
        }
        setClocks();
        // A common start, made on station 0 and given to everyone: the front desk account and two chairs.
        TestStation& first = *m_stations[0];
        m_desk = first.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        for (int c = 0; c < 2; ++c)
            m_chairs << first.services->schedule
                            .createChair(m_desk,
                                         {{QStringLiteral("name"), QStringLiteral("Chair %1").arg(c + 1)}})
                            ->value(QStringLiteral("id"))
                            .toString();
        m_materials << first.services->materials
                           .create(m_desk, {{QStringLiteral("name"), QStringLiteral("Composite")},
                                            {QStringLiteral("quantity"), 10},
                                            {QStringLiteral("price"), QStringLiteral("12.50")}})
                           ->value(QStringLiteral("id"))
                           .toString();
        for (size_t i = 1; i < m_stations.size(); ++i)
            pullChanges(first, *m_stations[i]);
    }

    void run(int steps)
    {
        for (int step = 0; step < steps; ++step) {
            m_now = m_now.addSecs(1 + m_rng.bounded(30));
            setClocks();
            const int dice = int(m_rng.bounded(100));
            if (dice < 50)
                edit(pick(int(m_stations.size())));
            else if (dice < 86)
                faultyPull(pick(int(m_stations.size())), pick(int(m_stations.size())));
            else if (dice < 93)
                repartition();
            else if (dice < 97)
                compact(pick(int(m_stations.size())));
            else
                m_stations[size_t(pick(int(m_stations.size())))]->reopen();
        }
    }

    // Everyone reachable, pulls in every direction until a whole round brings nothing new.
    void heal()
    {
        for (int& group : m_group)
            group = 0;
        for (int round = 0; round < 20; ++round) {
            if (pick(2) == 0)
                compact(pick(int(m_stations.size()))); // in the middle of catching up, too
            int moved = 0;
            for (auto& to : m_stations)
                for (auto& from : m_stations)
                    if (to != from)
                        moved += pullChanges(*from, *to, 1 + int(m_rng.bounded(40)));
            if (moved == 0)
                return;
        }
        QFAIL("sync did not settle in 20 rounds");
    }

    // Empty when every check holds, else what failed.
    QString check()
    {
        const QString expectedDigest = digest(*m_stations[0]);
        for (size_t i = 1; i < m_stations.size(); ++i)
            if (digest(*m_stations[i]) != expectedDigest)
                return QStringLiteral("station %1 holds other data than station 0").arg(i);

        // Nothing acknowledged is missing anywhere.
        for (auto& s : m_stations) {
            for (const auto& [table, ids] :
                 {std::pair{QStringLiteral("patients"), m_ackedPatients},
                  std::pair{QStringLiteral("appointments"), m_ackedAppointments}}) {
                for (const QString& id : ids) {
                    auto found =
                        sql::scalar(s->db->connection(),
                                    QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
                    if (!found || !found->isValid())
                        return QStringLiteral("acknowledged %1 %2 is missing").arg(table, id);
                }
            }
            for (const QString& text : std::as_const(m_ackedNotes)) {
                auto found =
                    sql::scalar(s->db->connection(),
                                QStringLiteral("SELECT 1 FROM clinical_notes WHERE text = ?"), {text});
                if (!found || !found->isValid())
                    return QStringLiteral("acknowledged %1 is missing").arg(text);
            }
            // Stock is the sum of every movement made anywhere: 10 at the start, one used per acknowledged
            // use.
            const double stock = s->services->materials.get(m_desk, m_materials.first())
                                     ->value(QStringLiteral("quantity"))
                                     .toDouble();
            if (stock != 10.0 - m_acknowledgedUses)
                return QStringLiteral("stock is %1 after %2 uses of 10").arg(stock).arg(m_acknowledgedUses);
            auto fk = sql::select(s->db->connection(), QStringLiteral("PRAGMA foreign_key_check"));
            if (!fk || !fk->isEmpty())
                return QStringLiteral("a reference points nowhere after sync");
        }

        // The merged rows are what last-writer-wins says, computed here from each station's own writes.
        for (const QString& table : {QStringLiteral("patients"), QStringLiteral("appointments")}) {
            const QString problem = compareWithOwnWrites(table);
            if (!problem.isEmpty())
                return problem;
        }

        // Every overlap is flagged, the same on every station.
        auto flagged = m_stations[0]->services->conflicts.overlappingBookings(m_desk);
        if (!flagged)
            return flagged.error().message;
        const QSet<QString> expectedPairs = overlapsComputedHere();
        QSet<QString> flaggedPairs;
        for (const QVariantMap& c : *flagged)
            flaggedPairs.insert(
                pairKey(c.value(QStringLiteral("resource")).toString(),
                        c.value(QStringLiteral("first")).toMap().value(QStringLiteral("id")).toString(),
                        c.value(QStringLiteral("second")).toMap().value(QStringLiteral("id")).toString()));
        if (flaggedPairs != expectedPairs)
            return QStringLiteral("%1 overlaps flagged, %2 expected")
                .arg(flaggedPairs.size())
                .arg(expectedPairs.size());
        for (size_t i = 1; i < m_stations.size(); ++i)
            if (*m_stations[i]->services->conflicts.overlappingBookings(m_desk) != *flagged)
                return QStringLiteral("station %1 lists other conflicts").arg(i);
        return {};
    }

    qint64 compacted() const { return m_compacted; }

    int overlapCount() { return int(m_stations[0]->services->conflicts.overlappingBookings(m_desk)->size()); }

private:
    int pick(int below) { return int(m_rng.bounded(below)); }

    void setClocks()
    {
        for (size_t i = 0; i < m_stations.size(); ++i)
            m_stations[i]->clock.set(m_now.addSecs(m_skewSeconds[int(i)]));
    }

    QString knownPatient()
    {
        return m_ackedPatients.isEmpty() ? QString() : m_ackedPatients.at(pick(int(m_ackedPatients.size())));
    }

    void edit(int at)
    {
        Services& s = *m_stations[size_t(at)]->services;
        const int what = pick(100);
        if (what < 25 || m_ackedPatients.isEmpty()) {
            // Phones from a small pool, so stations apart register duplicates now and then.
            auto made = s.patients.create(
                m_desk, {{QStringLiteral("name"), QStringLiteral("P%1").arg(m_rng.generate())},
                         {QStringLiteral("phone"), QStringLiteral("+1 %1").arg(pick(40))}});
            if (made) {
                m_ackedPatients.append(made->value(QStringLiteral("id")).toString());
                if (m_busyPatient.isEmpty())
                    m_busyPatient = made->value(QStringLiteral("id")).toString();
            }
        } else if (what < 50) {
            static const QStringList fields{QStringLiteral("name"), QStringLiteral("allergies"),
                                            QStringLiteral("address"), QStringLiteral("medical_history")};
            // Half of them to one busy patient, so fields are written over and over (and compaction has
            // superseded writes to drop).
            s.patients.update(
                m_desk, pick(2) == 0 ? m_busyPatient : knownPatient(),
                {{fields.at(pick(int(fields.size()))), QStringLiteral("v%1").arg(m_rng.generate())}}, true);
        } else if (what < 55) {
            s.patients.remove(m_desk, knownPatient());
        } else if (what < 80) {
            BookingRequest r;
            r.patientId = knownPatient();
            r.chairId = m_chairs.at(pick(int(m_chairs.size())));
            r.start = QDateTime(QDate(2026, 11, 24), QTime(9 + pick(6), 15 * pick(4)), Qt::UTC);
            r.durationMinutes = 15 * (1 + pick(3));
            if (auto booked = s.appointments.book(m_desk, r))
                m_ackedAppointments.append(booked->value(QStringLiteral("id")).toString());
        } else if (what < 88 && !m_ackedAppointments.isEmpty()) {
            const QString id = m_ackedAppointments.at(pick(int(m_ackedAppointments.size())));
            if (pick(2) == 0)
                s.appointments.setStatus(m_desk, id, AppointmentStatus::Cancelled);
            else
                s.appointments.reschedule(
                    m_desk, id, QDateTime(QDate(2026, 11, 24), QTime(9 + pick(6), 15 * pick(4)), Qt::UTC),
                    30);
        } else if (what < 95 && !m_ackedAppointments.isEmpty()) {
            // Notes on the same visit from stations apart: every one must survive.
            const QString text = QStringLiteral("note %1").arg(m_rng.generate());
            if (s.records.addNote(m_desk, m_ackedAppointments.at(pick(int(m_ackedAppointments.size()))),
                                  text))
                m_ackedNotes.insert(text);
        } else {
            if (s.materials.addMovement(m_desk, m_materials.first(), StockMovementKind::Used, 1))
                ++m_acknowledgedUses;
        }
    }

    // Retention at its shortest: every superseded entry made before a cutoff up to two hours either side of
    // the station's clock goes.
    void compact(int at)
    {
        recordOwnWrites();
        TestStation& s = *m_stations[size_t(at)];
        auto dropped =
            Replica(*s.db, s.clock)
                .compact(s.clock.nowUtc().addSecs(qint64(pick(4 * 3600)) - 2 * 3600), 1 + pick(50));
        QVERIFY2(dropped, qPrintable(dropped ? QString() : dropped.error().message));
        m_compacted += dropped ? *dropped : 0;
    }

    // Each station's own writes, read from its log as they are made (before any compaction can drop them):
    // what the expected state is computed from.
    void recordOwnWrites()
    {
        for (auto& s : m_stations) {
            const QString own = s->db->siteId();
            VersionVector have = Replica(*s->db, s->clock).versionVector();
            for (qint64& seq : have)
                seq = std::numeric_limits<qint64>::max();
            have.insert(own, m_ownWritesSeen.value(own));
            const Result<ChangeBatch> fresh = Replica(*s->db, s->clock).changesSince(0, have, 1 << 30);
            QVERIFY(fresh);
            for (const Change& c : fresh->changes) {
                m_ownWrites.append(c);
                m_ownWritesSeen[own] = std::max(m_ownWritesSeen.value(own), c.originSeq);
            }
        }
    }

    // One pull of a few batches, through a network that loses, repeats and reorders them.
    void faultyPull(int from, int to)
    {
        if (from == to || m_group[from] != m_group[to])
            return;
        Replica source(*m_stations[size_t(from)]->db, m_stations[size_t(from)]->clock);
        Replica target(*m_stations[size_t(to)]->db, m_stations[size_t(to)]->clock);
        const QString peer = m_stations[size_t(from)]->db->siteId();
        for (int round = 0; round < 3; ++round) {
            const qint64 after = target.checkpoint(peer);
            const int limit = 1 + pick(15);
            auto batch = source.changesSince(after, target.versionVector(), limit);
            if (!batch)
                QFAIL(qPrintable(batch.error().message));
            const int fault = pick(10);
            if (fault == 0)
                continue; // lost on the way
            if (fault == 1 && batch->more) {
                // The next batch overtakes this one: refused, then this one, then the next again.
                auto next = source.changesSince(batch->lastSeq, target.versionVector(), limit);
                QVERIFY(!target.applyFromPeer(next->changes, peer, batch->lastSeq, next->lastSeq));
            }
            auto applied = target.applyFromPeer(batch->changes, peer, after, batch->lastSeq);
            QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
            if (fault == 2 &&
                batch->lastSeq != after) // delivered twice: the copy no longer starts at the checkpoint
                QVERIFY(!target.applyFromPeer(batch->changes, peer, after, batch->lastSeq));
            if (!batch->more)
                return;
        }
    }

    void repartition()
    {
        const bool split = pick(2) == 0;
        for (int& group : m_group)
            group = split ? pick(2) : 0;
    }

    static QString digest(TestStation& s) { return *Replica(*s.db, s.clock).digest(); }

    QString compareWithOwnWrites(const QString& table)
    {
        struct Write
        {
            qint64 hlc;
            QString site;
            QVariant value;
        };
        QHash<QString, QHash<QString, Write>> expected; // row -> field -> newest write
        QSet<QString> inserted;
        recordOwnWrites();
        for (const Change& c : std::as_const(m_ownWrites)) {
            if (c.table != table)
                continue;
            if (c.op == QLatin1String("insert"))
                inserted.insert(c.rowId);
            for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
                Write& w = expected[c.rowId][it.key()];
                if (w.site.isEmpty() || std::pair(c.hlc, c.siteId) > std::pair(w.hlc, w.site))
                    w = {c.hlc, c.siteId, it.value()};
            }
        }
        auto rows =
            sql::select(m_stations[0]->db->connection(), QStringLiteral("SELECT * FROM %1").arg(table));
        if (rows->size() != inserted.size())
            return QStringLiteral("%1: %2 rows, %3 inserted")
                .arg(table)
                .arg(rows->size())
                .arg(inserted.size());
        for (const QVariantMap& row : *rows) {
            const auto fields = expected.value(row.value(QStringLiteral("id")).toString());
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                if (row.value(it.key()).toString() != it->value.toString())
                    return QStringLiteral("%1.%2 of %3 is %4, the newest write was %5")
                        .arg(table, it.key(), row.value(QStringLiteral("id")).toString(),
                             row.value(it.key()).toString(), it->value.toString());
        }
        return {};
    }

    static QString pairKey(const QString& resource, const QString& a, const QString& b)
    {
        return resource + QLatin1Char(' ') + std::min(a, b) + QLatin1Char(' ') + std::max(a, b);
    }

    // Pairs of appointments still to happen that overlap on a chair or patient (no dentists here), by brute
    // force over every pair.
    QSet<QString> overlapsComputedHere()
    {
        auto rows = sql::select(
            m_stations[0]->db->connection(),
            QStringLiteral(
                "SELECT id, patient_id, chair_id, dentist_id, start_at, end_at FROM appointments WHERE "
                "deleted_at IS NULL AND status NOT IN ('completed', 'cancelled', 'no_show')"));
        QSet<QString> pairs;
        for (int i = 0; i < rows->size(); ++i)
            for (int j = i + 1; j < rows->size(); ++j) {
                const QVariantMap& a = rows->at(i);
                const QVariantMap& b = rows->at(j);
                if (!(a.value(QStringLiteral("start_at")).toString() <
                          b.value(QStringLiteral("end_at")).toString() &&
                      b.value(QStringLiteral("start_at")).toString() <
                          a.value(QStringLiteral("end_at")).toString()))
                    continue;
                for (const QString& resource :
                     {QStringLiteral("chair"), QStringLiteral("patient"), QStringLiteral("dentist")}) {
                    const QString column = resource + QStringLiteral("_id");
                    if (!a.value(column).toString().isEmpty() && a.value(column) == b.value(column))
                        pairs.insert(pairKey(resource, a.value(QStringLiteral("id")).toString(),
                                             b.value(QStringLiteral("id")).toString()));
                }
            }
        return pairs;
    }

    QRandomGenerator m_rng;
    std::vector<std::unique_ptr<TestStation>> m_stations;
    QList<qint64> m_skewSeconds;
    QList<int> m_group;
    QDateTime m_now = kStart;
    Actor m_desk;
    QStringList m_chairs;
    QStringList m_materials;
    // In the order made (not sets): picking from them must not depend on the random ids' hash order, so a
    // seed replays the same schedule.
    QStringList m_ackedPatients;
    QString m_busyPatient;
    QStringList m_ackedAppointments;
    QSet<QString> m_ackedNotes;
    int m_acknowledgedUses = 0;
    QList<Change> m_ownWrites;              // every station's own log entries, as they were made
    QHash<QString, qint64> m_ownWritesSeen; // per site: the last origin_seq in m_ownWrites
    qint64 m_compacted = 0;                 // log entries dropped by compaction
};

int envNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

// The deterministic simulation of issue 5: many fault schedules, each reproducible from its seed. CI runs a
// few hundred; tests/sim/run_simulation.sh runs thousands (CHAIRSIDE_SIM_SEEDS, CHAIRSIDE_SIM_FIRST_SEED).
class TestSyncSimulation : public QObject
{
    Q_OBJECT
private slots:
    void everyFaultScheduleConverges()
    {
        const int seeds = envNumber("CHAIRSIDE_SIM_SEEDS", 200);
        const int first = envNumber("CHAIRSIDE_SIM_FIRST_SEED", 1);
        const int steps = envNumber("CHAIRSIDE_SIM_STEPS", 60);
        int overlapping = 0;
        qint64 compacted = 0;
        for (int seed = first; seed < first + seeds; ++seed) {
            Simulation sim{quint32(seed)};
            sim.run(steps);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("seed %1 failed while running").arg(seed)));
            sim.heal();
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("seed %1 failed while healing").arg(seed)));
            const QString problem = sim.check();
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(problem)));
            overlapping += sim.overlapCount() > 0 ? 1 : 0;
            compacted += sim.compacted();
        }
        // The schedules do make stations book over each other, or the conflict check above proved nothing.
        qInfo("%d seeds from %d, %d with overlapping bookings after sync, %lld log entries compacted", seeds,
              first, overlapping, compacted);
        QVERIFY(seeds < 20 || (overlapping > 0 && compacted > 0));
    }
};

QTEST_GUILESS_MAIN(TestSyncSimulation)
#include "tst_sync_simulation.moc"

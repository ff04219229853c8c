// Sync figures for issue 5 (docs/performance.md): three stations converging after offline edits, the merge's
// apply rate, the metadata each change carries, an idle round on a large store and how fast a change
// reaches a peer while online. Stations are in-process stores serving their API on loopback sockets, so every
// exchange goes through HTTP. Built with the tests, never run by CTest. Usage:
//   bench_sync [--edits 10000] [--patients 100000] [--samples 40]
#include "ServedStation.h"
#include "SyncEngine.h"
#include "store/Replica.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

using namespace chairside;
using namespace chairside::test;
using namespace chairside::replication;

namespace {

// One figure per line, written at once: a long run shows its figures as they come.
void say(const QString& line)
{
    QTextStream(stdout) << line << Qt::endl;
}

double percentile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(q * values.size()))];
}

QString addPatient(TestStation& s, const Actor& actor, const QString& name)
{
    auto made = s.services->patients.create(actor, {{QStringLiteral("name"), name}});
    if (!made)
        qFatal("cannot create a patient: %s", qPrintable(made.error().message));
    return made->value(QStringLiteral("id")).toString();
}

void exchangeOrDie(ServedStation& from, ServedStation& to, PeerHttp& http)
{
    const PeerState state = SyncEngine::exchange(*from.station.services, http, from.peer(to.siteId()));
    if (!state.lastError.isEmpty())
        qFatal("exchange failed: %s", qPrintable(state.lastError));
}

// `edits` edits on each of three stations while apart (a third new patients, the rest changes to a
// random patient the station knows), then rounds of exchanges until the three digests agree.
void convergence(int edits)
{
    ServedStation front(QStringLiteral("front"));
    ServedStation chair1(QStringLiteral("chair1"));
    ServedStation chair2(QStringLiteral("chair2"));
    chair1.pairWith(front);
    chair2.pairWith(front);
    chair2.pairWith(chair1);
    std::array<ServedStation*, 3> all{&front, &chair1, &chair2};
    QRandomGenerator rng(5);
    QElapsedTimer editing;
    editing.start();
    for (ServedStation* s : all) {
        QStringList ids;
        for (int i = 0; i < edits; ++i) {
            if (i % 3 == 0 || ids.isEmpty()) {
                ids << addPatient(s->station, s->admin,
                                  QStringLiteral("%1 %2").arg(s->station.config.stationName).arg(i));
                continue;
            }
            const QString id = ids[int(rng.bounded(int(ids.size())))];
            if (!s->station.services->patients.update(
                    s->admin, id, {{QStringLiteral("phone"), QStringLiteral("+49 %1").arg(i)}}, true))
                qFatal("update failed");
        }
    }
    say(QStringLiteral("offline edits: 3 x %1 in %2 s")
            .arg(edits)
            .arg(editing.elapsed() / 1000.0, 0, 'f', 1));

    PeerHttp http(60'000);
    QElapsedTimer syncing;
    qint64 syncMs = 0;
    int rounds = 0;
    for (;;) {
        syncing.restart();
        exchangeOrDie(chair1, front, http);
        exchangeOrDie(chair2, front, http);
        exchangeOrDie(chair2, chair1, http);
        syncMs += syncing.elapsed();
        ++rounds;
        if (front.digest() == chair1.digest() && chair1.digest() == chair2.digest())
            break;
        if (rounds > 5)
            qFatal("no convergence after %d rounds", rounds);
    }
    say(QStringLiteral("converged: %1 s over HTTP in %2 round(s) of 3 exchanges (target <= 5 s)")
            .arg(syncMs / 1000.0, 0, 'f', 2)
            .arg(rounds));
}

// Merging a peer's whole log into an empty store, and the size of what travels per change.
void applyRate(int edits)
{
    TestStation source;
    const Actor desk = source.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
    QStringList ids;
    for (int i = 0; i < edits; ++i) {
        if (i % 3 == 0)
            ids << addPatient(source, desk, QStringLiteral("Patient %1").arg(i));
        else
            source.services->patients.update(
                desk, ids.last(), {{QStringLiteral("phone"), QStringLiteral("+49 %1").arg(i)}}, true);
    }
    auto batch = Replica(*source.db, source.clock).changesSince(0, {}, 1 << 30);
    qint64 fields = 0;
    qint64 wholeBytes = 0;
    qint64 fieldBytes = 0;
    for (const Change& c : batch->changes) {
        fields += c.fields.size();
        wholeBytes += QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact).size();
        fieldBytes +=
            QJsonDocument(QJsonObject::fromVariantMap(c.fields)).toJson(QJsonDocument::Compact).size();
    }
    TestStation target;
    QElapsedTimer t;
    t.start();
    auto applied = Replica(*target.db, target.clock)
                       .applyFromPeer(batch->changes, source.db->siteId(), 0, batch->lastSeq);
    const double seconds = t.nsecsElapsed() / 1e9;
    if (!applied)
        qFatal("apply failed: %s", qPrintable(applied.error().message));
    say(QStringLiteral("apply: %1 changes, %2 field changes in %3 s = %4 field changes/s (target >= 20000)")
            .arg(batch->changes.size())
            .arg(fields)
            .arg(seconds, 0, 'f', 2)
            .arg(qint64(fields / seconds)));
    say(QStringLiteral("per change on the wire (JSON): %1 bytes, of which %2 bytes metadata (ids, clock, "
                       "table, op)")
            .arg(wholeBytes / batch->changes.size())
            .arg((wholeBytes - fieldBytes) / batch->changes.size()));
}

// Two stations in step holding `patients` patients: what one round costs when nothing changed, and how
// long a change takes to show on the other station with the engine running (default interval).
void onlineFigures(int patients, int samples)
{
    ServedStation front(QStringLiteral("front"));
    ServedStation chair(QStringLiteral("chair"));
    chair.pairWith(front);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < patients; ++i)
        addPatient(front.station, front.admin, QStringLiteral("Patient %1").arg(i));
    say(QStringLiteral("store: %1 patients written in %2 s")
            .arg(patients)
            .arg(t.elapsed() / 1000.0, 0, 'f', 1));
    PeerHttp http(600'000);
    t.restart();
    exchangeOrDie(chair, front, http);
    say(QStringLiteral("first sync of that store: %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));

    QList<double> idle;
    for (int i = 0; i < 60; ++i) {
        t.restart();
        exchangeOrDie(chair, front, http);
        idle << t.nsecsElapsed() / 1e6;
    }
    say(QStringLiteral("idle round on %1 patients: p50 %2 ms  p95 %3 ms (target <= 50 ms)")
            .arg(patients)
            .arg(percentile(idle, 0.5), 0, 'f', 2)
            .arg(percentile(idle, 0.95), 0, 'f', 2));

    SyncEngine engine(*chair.station.services);
    engine.start();
    QList<double> delays;
    for (int i = 0; i < samples; ++i) {
        // Start at a random moment of the engine's cycle, as a real edit would.
        QThread::msleep(QRandomGenerator::global()->bounded(500));
        t.restart();
        const QString id = addPatient(front.station, front.admin, QStringLiteral("Online %1").arg(i));
        while (!chair.station.services->patients.get(Actor::system(), id)) {
            if (t.elapsed() > 30'000)
                qFatal("change never arrived");
            QThread::msleep(2);
        }
        delays << t.nsecsElapsed() / 1e6;
    }
    engine.stop();
    say(QStringLiteral(
            "propagation while online (interval 500 ms): p50 %1 ms  p95 %2 ms (target p95 <= 1000 ms)")
            .arg(percentile(delays, 0.5), 0, 'f', 0)
            .arg(percentile(delays, 0.95), 0, 'f', 0));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addOptions({{QStringLiteral("edits"), QStringLiteral("Offline edits per station."),
                      QStringLiteral("N"), QStringLiteral("10000")},
                     {QStringLiteral("patients"), QStringLiteral("Patients in the idle-round store."),
                      QStringLiteral("N"), QStringLiteral("100000")},
                     {QStringLiteral("samples"), QStringLiteral("Propagation samples."), QStringLiteral("N"),
                      QStringLiteral("40")}});
    args.addHelpOption();
    args.process(app);
    const int edits = args.value(QStringLiteral("edits")).toInt();
    convergence(edits);
    applyRate(edits * 3);
    onlineFigures(args.value(QStringLiteral("patients")).toInt(),
                  args.value(QStringLiteral("samples")).toInt());
    return 0;
}

#include "TestStation.h"
#include "store/Query.h"
#include "store/Replica.h"
#include "store/UnitOfWork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

int pull(TestStation& from, TestStation& to)
{
    return pullChanges(from, to);
}

QString digestOf(TestStation& s)
{
    auto digest = Replica(*s.db, s.clock).digest();
    if (!digest)
        qFatal("no digest: %s", qPrintable(digest.error().message));
    return *digest;
}

QList<Change> wholeLog(TestStation& s)
{
    return Replica(*s.db, s.clock).changesSince(0, {}, 1 << 30)->changes;
}

QString newPatient(TestStation& s, const Actor& desk, const QString& name)
{
    return s.services->patients.create(desk, {{QStringLiteral("name"), name}})
        ->value(QStringLiteral("id"))
        .toString();
}

// Compacts with the cutoff at the station's present: every superseded entry goes.
qint64 compactNow(TestStation& s)
{
    auto dropped = Replica(*s.db, s.clock).compact(s.clock.nowUtc());
    if (!dropped)
        qFatal("cannot compact: %s", qPrintable(dropped.error().message));
    return *dropped;
}

QVariantMap patient(TestStation& s, const QString& id)
{
    return sql::selectOne(s.db->connection(), QStringLiteral("SELECT * FROM patients WHERE id = ?"), {id})
        ->value_or(QVariantMap());
}

} // namespace

// The store's side of replication: the change log handed out by checkpoint and version vector, and merged
// by last writer per field, whatever the order and however often changes arrive.
class TestReplica : public QObject
{
    Q_OBJECT
private slots:
    void aPatientMadeOnOneStationArrivesOnTheOther()
    {
        TestStation a;
        TestStation b;
        QVERIFY(a.db->siteId() != b.db->siteId());
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto ana = a.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Ana Sousa")},
                                                      {QStringLiteral("phone"), QStringLiteral("+351 1")}});
        QVERIFY(ana);
        const QString id = ana->value(QStringLiteral("id")).toString();
        QVERIFY(digestOf(a) != digestOf(b));

        const int sent = pull(a, b);
        QCOMPARE(sent, wholeLog(a).size());
        QCOMPARE(patient(b, id).value(QStringLiteral("name")).toString(), QStringLiteral("Ana Sousa"));
        QCOMPARE(digestOf(a), digestOf(b));
        // The account came too, so the same person signs in on either station.
        QVERIFY(b.services->accounts.login(QStringLiteral("desk@x.org"), QStringLiteral("password123"), {}));

        // Nothing new: nothing sent, and the changes keep their origin everywhere.
        QCOMPARE(pull(a, b), 0);
        QCOMPARE(Replica(*b.db, b.clock).versionVector(), Replica(*a.db, a.clock).versionVector());
        QCOMPARE(wholeLog(b), wholeLog(a));
    }

    void aDocumentsFileFollowsItsRowLikeAnXray()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto ana = a.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Ana Sousa")}});
        QVERIFY(ana);
        const QByteArray pdf = "%PDF-1.4\n" + QByteArray(3000, 'x');
        auto document = a.services->documents.upload(
            desk, {{QStringLiteral("patient_id"), ana->value(QStringLiteral("id"))}},
            DocumentFile{QStringLiteral("report.pdf"), QStringLiteral("application/pdf"), pdf});
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        const QString sha = document->value(QStringLiteral("sha256")).toString();
        const QString id = document->value(QStringLiteral("id")).toString();

        pull(a, b);
        const Actor deskOnB{desk.userId, Role::Receptionist, QStringLiteral("test")};
        // The row is here before its file: the station asks for it, and takes only what the row names.
        QCOMPARE(b.services->documents.content(deskOnB, id).error().code, Error::Code::Unavailable);
        const QList<WantedFile> wanted = b.services->records.missingFiles(10);
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.first().sha256, sha);
        QCOMPARE(wanted.first().size, qint64(pdf.size()));
        QVERIFY(!b.services->records.receiveFileChunk(sha, 0, pdf + "more", true));
        auto held = b.services->records.receiveFileChunk(sha, 0, pdf, true);
        QVERIFY2(held, held ? "" : qPrintable(held.error().message));
        QCOMPARE(b.services->documents.content(deskOnB, id)->data, pdf);
        QVERIFY(b.services->records.missingFiles(10).isEmpty());
    }

    void theNewestWriterWinsPerFieldAndOtherFieldsMerge()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString id = newPatient(a, desk, QStringLiteral("Ana"));
        pull(a, b);
        // Apart: b changes the phone, a changes the phone later and the address.
        b.clock.advanceSeconds(60);
        QVERIFY(b.services->patients.update(desk, id,
                                            {{QStringLiteral("phone"), QStringLiteral("111")},
                                             {QStringLiteral("emergency_contact"), QStringLiteral("Rui")}},
                                            true));
        a.clock.advanceSeconds(120);
        QVERIFY(a.services->patients.update(desk, id,
                                            {{QStringLiteral("phone"), QStringLiteral("222")},
                                             {QStringLiteral("address"), QStringLiteral("Rua 1")}},
                                            true));
        pull(a, b);
        pull(b, a);
        QCOMPARE(digestOf(a), digestOf(b));
        const QVariantMap merged = patient(a, id);
        QCOMPARE(merged.value(QStringLiteral("phone")).toString(), QStringLiteral("222"));
        QCOMPARE(merged.value(QStringLiteral("address")).toString(), QStringLiteral("Rua 1"));
        QCOMPARE(merged.value(QStringLiteral("emergency_contact")).toString(), QStringLiteral("Rui"));
    }

    void aStationWhoseClockRunsAheadNeverHidesLaterLocalWrites()
    {
        TestStation a;
        TestStation b;
        b.clock.advanceSeconds(2 * 3600); // b's wall clock is two hours fast
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString id = newPatient(a, desk, QStringLiteral("Ana"));
        pull(a, b);
        QVERIFY(
            b.services->patients.update(desk, id, {{QStringLiteral("name"), QStringLiteral("Ana B")}}, true));
        pull(b, a);
        QCOMPARE(patient(a, id).value(QStringLiteral("name")).toString(), QStringLiteral("Ana B"));
        // a's next edit is made after it saw b's, so it wins although a's wall clock is two hours behind.
        a.clock.advanceSeconds(1);
        QVERIFY(
            a.services->patients.update(desk, id, {{QStringLiteral("name"), QStringLiteral("Ana A")}}, true));
        pull(a, b);
        QCOMPARE(patient(b, id).value(QStringLiteral("name")).toString(), QStringLiteral("Ana A"));
        QCOMPARE(digestOf(a), digestOf(b));
    }

    void anyOrderAndDuplicatesGiveTheSameState()
    {
        // Three stations work apart, then every change goes to fresh stations in shuffled order, some twice.
        TestStation stations[3];
        const Actor desk = stations[0].addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        pull(stations[0], stations[1]);
        pull(stations[0], stations[2]);
        QStringList ids;
        for (int s = 0; s < 3; ++s) {
            for (int i = 0; i < 5; ++i) {
                stations[s].clock.advanceSeconds(7 * (s + 1));
                ids.append(
                    stations[s]
                        .services->patients
                        .create(desk, {{QStringLiteral("name"), QStringLiteral("P%1-%2").arg(s).arg(i)},
                                       {QStringLiteral("phone"), QStringLiteral("9%1%2").arg(s).arg(i)}})
                        ->value(QStringLiteral("id"))
                        .toString());
            }
        }
        // Everyone edits patient 0 of station 0 after getting it, and some of their own.
        for (int s = 1; s < 3; ++s)
            pull(stations[0], stations[s]);
        for (int s = 0; s < 3; ++s) {
            stations[s].clock.advanceSeconds(13 * (3 - s));
            QVERIFY(stations[s].services->patients.update(
                desk, ids[0], {{QStringLiteral("allergies"), QStringLiteral("from %1").arg(s)}}, true));
            QVERIFY(!stations[s].services->patients.remove(desk, ids[s * 5 + 4]));
        }
        QList<Change> all;
        for (auto& s : stations)
            all += wholeLog(s);

        TestStation reference;
        QVERIFY(Replica(*reference.db, reference.clock).apply(all));
        const QString expected = digestOf(reference);
        QRandomGenerator rng(20261123);
        for (int round = 0; round < 20; ++round) {
            QList<Change> shuffled = all;
            for (int i = 0; i < all.size() / 3; ++i)
                shuffled.append(all.at(int(rng.bounded(qsizetype(all.size())))));
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            TestStation fresh;
            Replica replica(*fresh.db, fresh.clock);
            for (qsizetype at = 0; at < shuffled.size();) {
                const qsizetype size = 1 + rng.bounded(9);
                QVERIFY(replica.apply(shuffled.mid(at, size)));
                at += size;
            }
            QCOMPARE(digestOf(fresh), expected);
        }
        // The stations themselves, exchanging in any pattern, end there too.
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                if (i != j)
                    pull(stations[i], stations[j]);
        for (auto& s : stations)
            QCOMPARE(digestOf(s), expected);
    }

    void batchesNeverSplitATransactionAndSkipWhatTheReaderHas()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        for (int i = 0; i < 4; ++i)
            a.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("P%1").arg(i)}});
        Replica source(*a.db, a.clock);
        QList<Change> seen;
        qint64 after = 0;
        for (;;) {
            auto batch = source.changesSince(after, {}, 1);
            QVERIFY(batch);
            if (!batch->changes.isEmpty()) {
                const QString tx = batch->changes.first().txId;
                for (const Change& c : batch->changes)
                    QCOMPARE(c.txId, tx); // with a limit of 1, each batch is exactly one whole transaction
            }
            seen += batch->changes;
            after = batch->lastSeq;
            if (!batch->more)
                break;
        }
        QCOMPARE(seen, wholeLog(a));
        // A reader holding everything of a's gets nothing but the checkpoint moves to the end.
        auto none = source.changesSince(0, source.versionVector(), 1000);
        QVERIFY(none->changes.isEmpty());
        QCOMPARE(none->lastSeq, a.db->lastChangeSeq());

        // The checkpoint is committed with the data: b knows where to read on.
        pull(a, b);
        Replica target(*b.db, b.clock);
        const qint64 held = target.checkpoint(a.db->siteId());
        QCOMPARE(held, a.db->lastChangeSeq());

        // A batch that does not start at the checkpoint (a late duplicate of an earlier one) is refused
        // whole, and the checkpoint stays.
        a.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Late")}});
        auto stale = source.changesSince(0, {}, 1000);
        const qint64 before = b.db->lastChangeSeq();
        auto refused = target.applyFromPeer(stale->changes, a.db->siteId(), 0, stale->lastSeq);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(b.db->lastChangeSeq(), before);
        QCOMPARE(target.checkpoint(a.db->siteId()), held);
        QVERIFY(pull(a, b) > 0); // from the checkpoint, the new patient comes
    }

    // Retention: superseded updates older than the cutoff are dropped; what is left merges to the same state,
    // so a station far behind (or new) catches up from it as from a snapshot, and one half-way through
    // catches up too.
    void compactingTheLogKeepsTheStateAndCatchesUpStationsFarBehind()
    {
        TestStation a;
        TestStation behind;
        TestStation fresh;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        QList<QString> patients;
        for (int i = 0; i < 5; ++i)
            patients << newPatient(a, desk, QStringLiteral("Patient %1").arg(i));
        for (int round = 0; round < 10; ++round)
            for (int i = 0; i < patients.size(); ++i)
                QVERIFY(a.services->patients.update(
                    desk, patients[i],
                    {{QStringLiteral("phone"), QStringLiteral("+351 9%1%2").arg(round).arg(i)}}, true));
        QVERIFY(a.services->materials.create(desk, {{QStringLiteral("name"), QStringLiteral("Gloves")},
                                                    {QStringLiteral("quantity"), 10},
                                                    {QStringLiteral("price"), QStringLiteral("1.00")}}));
        {
            // Part of the way only: one batch.
            Replica source(*a.db, a.clock);
            auto first = source.changesSince(0, {}, 20);
            QVERIFY(Replica(*behind.db, behind.clock)
                        .applyFromPeer(first->changes, a.db->siteId(), 0, first->lastSeq));
        }
        QVERIFY(digestOf(behind) != digestOf(a));

        const QString stateBefore = digestOf(a);
        const VersionVector vectorBefore = Replica(*a.db, a.clock).versionVector();
        const qsizetype logBefore = wholeLog(a).size();
        a.clock.advanceSeconds(3600);
        // A cutoff before the writes drops nothing.
        QCOMPARE(*Replica(*a.db, a.clock).compact(a.clock.nowUtc().addDays(-1)), 0);
        // A cutoff after them drops the nine superseded phone updates of each patient.
        auto dropped = Replica(*a.db, a.clock).compact(a.clock.nowUtc(), 7);
        QVERIFY2(dropped, dropped ? "" : qPrintable(dropped.error().message));
        QCOMPARE(*dropped, 5 * 9);
        QCOMPARE(wholeLog(a).size(), logBefore - 5 * 9);
        QCOMPARE(compactNow(a), 0); // nothing more to drop
        QCOMPARE(digestOf(a), stateBefore);
        QCOMPARE(Replica(*a.db, a.clock).versionVector(), vectorBefore);
        for (const Change& c : wholeLog(a))
            QVERIFY(c.op == QLatin1String("insert") ||
                    c.fields.value(QStringLiteral("phone")).toString().startsWith(QStringLiteral("+351 99")));

        // The station far behind and a brand-new one both catch up from what is left.
        pullChanges(a, behind);
        pullChanges(a, fresh);
        QCOMPARE(digestOf(behind), stateBefore);
        QCOMPARE(digestOf(fresh), stateBefore);
        QCOMPARE(patient(fresh, patients.first()).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+351 990"));

        // The next write here takes the next sequence number, and is newest everywhere.
        QVERIFY(a.services->patients.update(desk, patients.first(),
                                            {{QStringLiteral("phone"), QStringLiteral("+351 333")}}, true));
        QCOMPARE(Replica(*a.db, a.clock).versionVector().value(a.db->siteId()),
                 vectorBefore.value(a.db->siteId()) + 1);
        pullChanges(a, fresh);
        QCOMPARE(patient(fresh, patients.first()).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+351 333"));

        // Anything but compaction still cannot delete from the log, even inside the write path.
        UnitOfWork uow(*a.db, a.clock, Actor::system(QStringLiteral("test")));
        QSqlQuery remove(a.db->connection());
        QVERIFY(!remove.exec(QStringLiteral("DELETE FROM change_log")));
        QVERIFY2(remove.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(remove.lastError().text()));
    }

    // A write that a newer one from another station overrides is dropped only once that newer one is held;
    // a tie or a field written by no later change keeps its entry.
    void compactionKeepsWhatStillDecidesAField()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString id = newPatient(a, desk, QStringLiteral("Ana"));
        pull(a, b);
        const Actor deskB = b.addUser(QStringLiteral("deskb@x.org"), Role::Receptionist);
        QVERIFY(a.services->patients.update(desk, id,
                                            {{QStringLiteral("phone"), QStringLiteral("+351 111")},
                                             {QStringLiteral("email"), QStringLiteral("a@x.org")}},
                                            true));
        b.clock.advanceSeconds(60);
        QVERIFY(b.services->patients.update(deskB, id,
                                            {{QStringLiteral("phone"), QStringLiteral("+351 222")}}, true));
        a.clock.advanceSeconds(3600);
        // Before b's write arrives, a's update decides both fields here.
        QCOMPARE(compactNow(a), 0);
        pull(b, a);
        // Now the phone is b's, but a's update still decides the email: kept.
        QCOMPARE(compactNow(a), 0);
        QVERIFY(a.services->patients.update(desk, id, {{QStringLiteral("email"), QStringLiteral("n@x.org")}},
                                            true));
        a.clock.advanceSeconds(3600);
        QCOMPARE(compactNow(a), 1);
        pull(a, b);
        QCOMPARE(digestOf(a), digestOf(b));
        QCOMPARE(patient(b, id).value(QStringLiteral("phone")).toString(), QStringLiteral("+351 222"));
        QCOMPARE(patient(b, id).value(QStringLiteral("email")).toString(), QStringLiteral("n@x.org"));
    }

    // Every write made anywhere shows in each station's audit log: who, when, what, and from which station.
    void writesFromOtherStationsAreInTheAuditLog()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString id = newPatient(a, desk, QStringLiteral("Ana"));
        pull(a, b);
        const Actor admin = b.addUser(QStringLiteral("admin@x.org"), Role::Admin);
        AuditQuery query;
        query.rowId = id;
        auto seen = b.services->audit.entries(admin, query);
        QVERIFY(seen);
        QCOMPARE(seen->size(), 1);
        const QVariantMap entry = seen->first();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("patients.insert"));
        QCOMPARE(entry.value(QStringLiteral("actor_id")).toString(), desk.userId);
        QCOMPARE(entry.value(QStringLiteral("actor_email")).toString(), QStringLiteral("desk@x.org"));
        QCOMPARE(entry.value(QStringLiteral("source")).toString(), QStringLiteral("sync"));
        const QJsonObject detail =
            QJsonDocument::fromJson(entry.value(QStringLiteral("detail")).toString().toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("site_id")).toString(), a.db->siteId());
        QVERIFY(detail.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("name")));
        // The same as the origin's own entry says, written when the change was made there.
        auto original =
            a.services->audit.entries(a.addUser(QStringLiteral("admin-a@x.org"), Role::Admin), query);
        QCOMPARE(original->first().value(QStringLiteral("at")), entry.value(QStringLiteral("at")));
        // Recorded once however often the change arrives, and nothing goes back and forth.
        pull(a, b);
        QCOMPARE(b.services->audit.entries(admin, query)->size(), 1);
        QCOMPARE(pull(b, a), 1); // only b's admin account, which a lacked
        QCOMPARE(pull(a, b), 0);
    }

    void malformedChangesAreRefusedWhole()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        a.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Ana")}});
        QList<Change> changes = wholeLog(a);
        Change unknownColumn = changes.last();
        unknownColumn.originSeq += 100;
        unknownColumn.fields.insert(QStringLiteral("shoe_size"), 44);
        Change unknownTable = changes.last();
        unknownTable.originSeq += 101;
        unknownTable.table = QStringLiteral("auth_tokens");
        Replica target(*b.db, b.clock);
        const qint64 before = b.db->lastChangeSeq();
        QCOMPARE(target.apply(changes + QList<Change>{unknownColumn}).error().code, Error::Code::Invalid);
        QCOMPARE(target.apply(changes + QList<Change>{unknownTable}).error().code, Error::Code::Invalid);
        QCOMPARE(b.db->lastChangeSeq(), before);

        // Over the wire, a change must carry its names.
        QJsonObject json = changes.first().toJson();
        QCOMPARE(*Change::fromJson(json), changes.first());
        json.remove(QStringLiteral("site_id"));
        QVERIFY(!Change::fromJson(json));
    }

    void uniqueValuesAreKeptByTheWritePathButDuplicatesFromApartStationsArrive()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        pull(a, b);
        auto first = a.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Ana")},
                                                        {QStringLiteral("phone"), QStringLiteral("555")}});
        QVERIFY(first);
        // The write path itself refuses the same phone on one station, even without the service's check.
        {
            UnitOfWork uow(*a.db, a.clock, desk);
            const Status taken = uow.insert(QStringLiteral("patients"), QStringLiteral("0190-dup"),
                                            {{QStringLiteral("name"), QStringLiteral("Dup")},
                                             {QStringLiteral("phone"), QStringLiteral("555")},
                                             {QStringLiteral("created_at"), uow.nowIso()},
                                             {QStringLiteral("updated_at"), uow.nowIso()}});
            QVERIFY(taken);
            QCOMPARE(taken->code, Error::Code::Conflict);
        }
        // The service reads the same rules for its field message: a licence number differs in case only.
        QVERIFY(
            a.services->doctors.create(desk, {{QStringLiteral("name"), QStringLiteral("Dr A")},
                                              {QStringLiteral("license_number"), QStringLiteral("LX-1")}}));
        auto sameLicence =
            a.services->doctors.create(desk, {{QStringLiteral("name"), QStringLiteral("Dr B")},
                                              {QStringLiteral("license_number"), QStringLiteral("lx-1")}});
        QVERIFY(!sameLicence);
        QVERIFY(sameLicence.error().fieldErrors.contains(QStringLiteral("license_number")));
        auto second = b.services->patients.create(desk, {{QStringLiteral("name"), QStringLiteral("Bia")},
                                                         {QStringLiteral("phone"), QStringLiteral("555")}});
        QVERIFY(second); // b could not know
        pull(a, b);
        pull(b, a);
        QCOMPARE(digestOf(a), digestOf(b));
        QCOMPARE(sql::scalar(a.db->connection(),
                             QStringLiteral("SELECT COUNT(*) FROM patients WHERE phone = '555'"))
                     ->toInt(),
                 2);
        // Both stations list the pair, the same way.
        auto onA = a.services->conflicts.duplicates(desk);
        QVERIFY(onA);
        QCOMPARE(onA->size(), 1);
        QCOMPARE(onA->first().value(QStringLiteral("table")).toString(), QStringLiteral("patients"));
        QCOMPARE(onA->first().value(QStringLiteral("value")).toString(), QStringLiteral("555"));
        QStringList both{first->value(QStringLiteral("id")).toString(),
                         second->value(QStringLiteral("id")).toString()};
        both.sort();
        QCOMPARE(onA->first().value(QStringLiteral("ids")).toStringList(), both);
        QCOMPARE(*b.services->conflicts.duplicates(desk), *onA);
        // Resolving is an ordinary edit, and it replicates.
        QVERIFY(b.services->patients.update(desk, both.last(),
                                            {{QStringLiteral("phone"), QStringLiteral("556")}}, true));
        pull(b, a);
        QVERIFY(a.services->conflicts.duplicates(desk)->isEmpty());
    }

    void bookingsMadeApartThatOverlapAreFlaggedOnEveryStationAndKept()
    {
        TestStation a;
        TestStation b;
        const Actor desk = a.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const QString chair =
            a.services->schedule.createChair(desk, {{QStringLiteral("name"), QStringLiteral("Chair 1")}})
                ->value(QStringLiteral("id"))
                .toString();
        const QString ana = newPatient(a, desk, QStringLiteral("Ana"));
        const QString bia = newPatient(a, desk, QStringLiteral("Bia"));
        pull(a, b);
        const auto book = [&](TestStation& s, const QString& patientId, int hour, int minute) {
            BookingRequest r;
            r.patientId = patientId;
            r.chairId = chair;
            r.start = QDateTime(QDate(2026, 11, 24), QTime(hour, minute), Qt::UTC);
            r.durationMinutes = 30;
            auto booked = s.services->appointments.book(desk, r);
            if (!booked)
                qFatal("cannot book: %s", qPrintable(booked.error().message));
            return booked->value(QStringLiteral("id")).toString();
        };
        // Apart, each station books chair 1 for a different patient at overlapping times.
        const QString onA = book(a, ana, 10, 0);
        const QString onB = book(b, bia, 10, 15);
        const QString laterOnB = book(b, bia, 11, 0); // no overlap with anything
        QVERIFY(a.services->conflicts.overlappingBookings(desk)->isEmpty());
        pull(a, b);
        pull(b, a);
        QCOMPARE(digestOf(a), digestOf(b));

        auto conflicts = a.services->conflicts.overlappingBookings(desk);
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        const QVariantMap c = conflicts->first();
        QCOMPARE(c.value(QStringLiteral("resource")).toString(), QStringLiteral("chair"));
        QCOMPARE(c.value(QStringLiteral("resource_id")).toString(), chair);
        QCOMPARE(c.value(QStringLiteral("first")).toMap().value(QStringLiteral("id")).toString(), onA);
        QCOMPARE(c.value(QStringLiteral("second")).toMap().value(QStringLiteral("id")).toString(), onB);
        QCOMPARE(*b.services->conflicts.overlappingBookings(desk), *conflicts);
        // Neither booking was moved or dropped.
        for (TestStation* s : {&a, &b})
            for (const QString& id : {onA, onB, laterOnB})
                QCOMPARE(s->services->appointments.get(desk, id)->value(QStringLiteral("status")).toString(),
                         QStringLiteral("scheduled"));

        // A patient account does not see them.
        const Actor patientUser = a.addUser(QStringLiteral("p@x.org"), Role::Patient);
        QCOMPARE(a.services->conflicts.overlappingBookings(patientUser).error().code, Error::Code::Forbidden);

        // The front desk on b moves Bia; the resolution reaches a.
        QVERIFY(b.services->appointments.reschedule(
            desk, onB, QDateTime(QDate(2026, 11, 24), QTime(10, 30), Qt::UTC), 30));
        pull(b, a);
        QVERIFY(a.services->conflicts.overlappingBookings(desk)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplica)
#include "tst_replica.moc"

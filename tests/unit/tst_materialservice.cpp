#include "TestStation.h"
#include "store/Query.h"

#include <QSqlQuery>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

class TestMaterialService : public QObject
{
    Q_OBJECT
private slots:
    void stockIsTheSumOfMovements()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        auto& m = s.services->materials;
        auto gloves = m.create(desk, {{QStringLiteral("name"), QStringLiteral("Nitrile gloves M")},
                                      {QStringLiteral("unit"), QStringLiteral("box")},
                                      {QStringLiteral("quantity"), 10},
                                      {QStringLiteral("price"), 7.5},
                                      {QStringLiteral("reorder_level"), 4}});
        QVERIFY(gloves.ok());
        const QString id = gloves->value(QStringLiteral("id")).toString();
        QCOMPARE(gloves->value(QStringLiteral("quantity")).toDouble(), 10.0);
        QCOMPARE(gloves->value(QStringLiteral("price")).toString(), QStringLiteral("7.50"));
        QVERIFY(!gloves->value(QStringLiteral("needs_reorder")).toBool());

        QCOMPARE(
            m.addMovement(desk, id, StockMovementKind::Used, 7)->value(QStringLiteral("quantity")).toDouble(),
            3.0);
        QVERIFY(m.get(desk, id)->value(QStringLiteral("needs_reorder")).toBool());
        QVERIFY(!m.addMovement(desk, id, StockMovementKind::Used, 4).ok()); // only 3 in stock
        QCOMPARE(m.addMovement(desk, id, StockMovementKind::Received, 20)
                     ->value(QStringLiteral("quantity"))
                     .toDouble(),
                 23.0);
        QCOMPARE(m.addMovement(desk, id, StockMovementKind::Adjusted, -1)
                     ->value(QStringLiteral("quantity"))
                     .toDouble(),
                 22.0);
        // Setting the quantity records the difference as an adjustment.
        QCOMPARE(m.update(desk, id, {{QStringLiteral("quantity"), 25}}, true)
                     ->value(QStringLiteral("quantity"))
                     .toDouble(),
                 25.0);
        auto moves = m.movements(desk, id);
        QCOMPARE(moves->size(), 5);
        double sum = 0;
        for (const QVariantMap& mv : *moves)
            sum += mv.value(QStringLiteral("quantity")).toDouble();
        QCOMPARE(sum, 25.0);
        QCOMPARE(moves->last().value(QStringLiteral("kind")).toString(), QStringLiteral("adjusted"));

        // Movements are append-only.
        QSqlQuery q(s.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE stock_movements SET quantity = 1000")));
    }

    void validationAndPermissions()
    {
        TestStation s;
        const Actor desk = s.addUser(QStringLiteral("desk@x.org"), Role::Receptionist);
        const Actor patient = s.addUser(QStringLiteral("p@x.org"), Role::Patient);
        auto& m = s.services->materials;
        auto bad = m.create(desk, {{QStringLiteral("name"), QString(51, QLatin1Char('x'))},
                                   {QStringLiteral("quantity"), -1},
                                   {QStringLiteral("price"), QStringLiteral("cheap")}});
        QVERIFY(bad.error().fieldErrors.contains(QStringLiteral("name")));
        QVERIFY(bad.error().fieldErrors.contains(QStringLiteral("quantity")));
        QVERIFY(bad.error().fieldErrors.contains(QStringLiteral("price")));
        QVERIFY(m.create(desk, {{QStringLiteral("name"), QStringLiteral("Only a name")}})
                    .error()
                    .fieldErrors.contains(QStringLiteral("quantity")));
        QCOMPARE(m.create(patient, {{QStringLiteral("name"), QStringLiteral("X")},
                                    {QStringLiteral("quantity"), 1},
                                    {QStringLiteral("price"), 1}})
                     .error()
                     .code,
                 Error::Code::Forbidden);
        QCOMPARE(m.list(patient).error().code, Error::Code::Forbidden);
        QCOMPARE(*m.count(desk), 0);

        for (int i = 0; i < 12; ++i)
            QVERIFY(m.create(desk, {{QStringLiteral("name"),
                                     QStringLiteral("Item %1").arg(i, 2, 10, QLatin1Char('0'))},
                                    {QStringLiteral("quantity"), i},
                                    {QStringLiteral("price"), 1}})
                        .ok());
        QCOMPARE(*m.count(desk), 12);
        auto page = m.list(desk, 10, 10);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().value(QStringLiteral("name")).toString(), QStringLiteral("Item 10"));
        QVERIFY(!m.remove(desk, page->first().value(QStringLiteral("id")).toString()));
        QCOMPARE(*m.count(desk), 11);
    }
};

QTEST_GUILESS_MAIN(TestMaterialService)
#include "tst_materialservice.moc"

#include "Uuid.h"

#include <QSet>
#include <QTest>

using namespace chairside;

class TestUuid : public QObject
{
    Q_OBJECT
private slots:
    void isVersion7WithTimestamp()
    {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(0x0123456789ABLL, Qt::UTC);
        const QString id = Uuid::v7(t);
        QVERIFY(Uuid::isValid(id));
        QCOMPARE(id.mid(14, 1), QStringLiteral("7"));        // version nibble
        QVERIFY(QStringLiteral("89ab").contains(id.at(19))); // RFC variant
        QCOMPARE(id.left(8) + id.mid(9, 4), QStringLiteral("0123456789ab"));
    }
    void orderedByTimeAndUnique()
    {
        QSet<QString> seen;
        QString previous;
        for (int i = 0; i < 2000; ++i) {
            const QString id = Uuid::v7(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + i, Qt::UTC));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QVERIFY(id > previous);
            previous = id;
        }
    }
    void monotonicWithinOneMillisecond()
    {
        const QDateTime frozen = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000LL, Qt::UTC);
        QString previous = Uuid::v7(frozen);
        for (int i = 0; i < 10000; ++i) { // more than the 12-bit counter holds: spills into the next ms
            const QString id = Uuid::v7(frozen);
            QVERIFY2(id > previous, qPrintable(id + QStringLiteral(" <= ") + previous));
            QCOMPARE(id.mid(14, 1), QStringLiteral("7"));
            previous = id;
        }
    }

    void rejectsMalformed()
    {
        QVERIFY(!Uuid::isValid(QStringLiteral("42")));
        QVERIFY(!Uuid::isValid(QStringLiteral("0190b7e0-0000-7000-8000-00000000000")));
        QVERIFY(!Uuid::isValid(QStringLiteral("0190b7e0-0000-7000-8000-00000000000g")));
        QVERIFY(!Uuid::isValid(QString()));
    }
};

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"

#include "domain/Fields.h"

#include <QTest>

using namespace chairside;

// The field rules every dialect shares (domain/Fields).
class TestFields : public QObject
{
    Q_OBJECT
private slots:
    // One rule for "the same name": case (beyond ASCII), accents, punctuation and spacing aside.
    void namesFoldToOneKey()
    {
        QCOMPARE(foldedKey(QStringLiteral("Müller-Lüdenscheidt")), QStringLiteral("muller ludenscheidt"));
        QCOMPARE(foldedKey(QStringLiteral("  MÜLLER   LÜDENSCHEIDT ")),
                 QStringLiteral("muller ludenscheidt"));
        QCOMPARE(foldedKey(QStringLiteral("Straße")), foldedKey(QStringLiteral("STRASSE")));
        QCOMPARE(foldedKey(QStringLiteral("E-Mail")), QStringLiteral("e mail"));
        QCOMPARE(foldedKey(QStringLiteral("ΣΩΚΡΆΤΗΣ")), foldedKey(QStringLiteral("σωκράτης")));
        QCOMPARE(foldedKey(QStringLiteral("محمد")), QStringLiteral("محمد"));
        QCOMPARE(foldedKey(QStringLiteral("𠮷野 家")),
                 QStringLiteral("𠮷野 家")); // a letter beyond the first plane
        QCOMPARE(foldedKey(QStringLiteral("GROẞ")), QStringLiteral("gross"));
        QVERIFY(foldedKey(QStringLiteral("Anna")) != foldedKey(QStringLiteral("Anne")));
        QVERIFY(foldedKey(QStringLiteral("-- ..")).isEmpty());
    }

    void aReferenceArrivesUnderEitherSpelling()
    {
        QString used;
        QCOMPARE(referenceField({{QStringLiteral("patient"), QStringLiteral("abc")}},
                                QStringLiteral("patient"), &used),
                 std::optional<QString>(QStringLiteral("abc")));
        QCOMPARE(used, QStringLiteral("patient"));
        QCOMPARE(referenceField({{QStringLiteral("patient_id"), QStringLiteral("def")}},
                                QStringLiteral("patient"), &used),
                 std::optional<QString>(QStringLiteral("def")));
        QCOMPARE(used, QStringLiteral("patient_id"));
    }

    void aNumberIsAnIdAndNullIsEmpty()
    {
        // Old clients send integer ids; JSON numbers arrive as doubles.
        QCOMPARE(referenceField({{QStringLiteral("doctor"), 7.0}}, QStringLiteral("doctor")),
                 std::optional<QString>(QStringLiteral("7")));
        QCOMPARE(referenceField({{QStringLiteral("doctor"), QVariant::fromValue(nullptr)}},
                                QStringLiteral("doctor")),
                 std::optional<QString>(QString()));
    }

    void anAbsentReferenceIsNothingAndNamesTheIdSpelling()
    {
        QString used;
        QCOMPARE(referenceField({{QStringLiteral("other"), 1}}, QStringLiteral("doctor"), &used),
                 std::nullopt);
        QCOMPARE(used, QStringLiteral("doctor_id"));
    }
};

QTEST_GUILESS_MAIN(TestFields)
#include "tst_fields.moc"

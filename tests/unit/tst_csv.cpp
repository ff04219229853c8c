#include "Csv.h"

#include <QStringEncoder>
#include <QTest>

using namespace chairside;

// The CSV reader and writer: what spreadsheets write (quotes, line breaks in cells, ";" from European
// Excel, byte-order marks, Windows-1252, UTF-16) and what we write for them (a mark, quoting, the formula
// guard), and that what we write reads back the same.
class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void readsQuotedCellsWithDelimitersQuotesAndLineBreaks()
    {
        const QByteArray file = "name,notes,phone\r\n"
                                "\"Meier, Anna\",\"said \"\"hello\"\"\r\nthen left\",+49 30 1\r\n"
                                "Bob,,\n";
        auto t = csv::read(file);
        QVERIFY(t.ok());
        QCOMPARE(t->header, (QStringList{"name", "notes", "phone"}));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows[0],
                 (QStringList{"Meier, Anna", QStringLiteral("said \"hello\"\r\nthen left"), "+49 30 1"}));
        QCOMPARE(t->rows[1], (QStringList{"Bob", "", ""}));
        // The second row begins on line 4: the first one's quoted cell took two lines.
        QCOMPARE(t->lines, (QList<int>{2, 4}));
    }

    void sniffsTheDelimiterFromTheHeader()
    {
        auto semicolons =
            csv::read("Nachname;Vorname;Notiz\nM\xC3\xBCller;Jörg;\"1,5 mg; t\xC3\xA4glich\"\n");
        QVERIFY(semicolons.ok());
        QCOMPARE(semicolons->delimiter, QLatin1Char(';'));
        QCOMPARE(semicolons->rows[0], (QStringList{QStringLiteral("Müller"), QStringLiteral("Jörg"),
                                                   QStringLiteral("1,5 mg; täglich")}));
        auto tabs = csv::read("a\tb,c\td\n1\t2,3\t4\n");
        QCOMPARE(tabs->delimiter, QLatin1Char('\t'));
        QCOMPARE(tabs->rows[0], (QStringList{"1", "2,3", "4"}));
        // A delimiter inside a quoted header cell does not count.
        QCOMPARE(csv::sniffDelimiter(QStringLiteral("\"a;b;c\",d\n")), QLatin1Char(','));
        QCOMPARE(csv::sniffDelimiter(QStringLiteral("single\n")), QLatin1Char(','));
    }

    void decodesMarksAndOldCodePages()
    {
        auto bom = csv::read("\xEF\xBB\xBFnom,pr\xC3\xA9nom\nDurand,Ren\xC3\xA9\n");
        QCOMPARE(bom->header.first(), QStringLiteral("nom")); // the mark is not part of the first header
        QCOMPARE(bom->rows[0][1], QStringLiteral("René"));
        // Excel's plain "CSV" on Windows: Windows-1252 (0x80 is the euro sign there, not in Latin-1).
        auto cp1252 = csv::read("name;price\nM\xFCller;5 \x80\n");
        QCOMPARE(cp1252->rows[0], (QStringList{QStringLiteral("Müller"), QStringLiteral("5 €")}));
        // Excel's "Unicode text": UTF-16 with its mark, tabs between cells.
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        const QByteArray wide =
            QByteArray("\xFF\xFE") + QByteArray(utf16(QStringLiteral("a\tb\r\nÅse\t2\r\n")));
        auto unicode = csv::read(wide);
        QCOMPARE(unicode->delimiter, QLatin1Char('\t'));
        QCOMPARE(unicode->rows[0], (QStringList{QStringLiteral("Åse"), QStringLiteral("2")}));
    }

    void skipsBlankLinesAndKeepsStrayQuotes()
    {
        auto t = csv::read("a,b\n\n1,2\r\n\r\nsay \"x\",3\n5,\"\"\n");
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows[1], (QStringList{"say \"x\"", "3"}));
        QCOMPARE(t->rows[2], (QStringList{"5", ""}));
        QCOMPARE(t->lines, (QList<int>{3, 5, 6}));
        // No line break at the end of the file: the last row still counts.
        QCOMPARE(csv::read("a\nlast")->rows, (QList<QStringList>{{"last"}}));
    }

    // Said as what it is, not found wanting a name column later: a file with nothing in it, and a workbook
    // or other binary file given where a CSV file belongs.
    void refusesAnEmptyFileAndOneThatIsNotText()
    {
        for (const QByteArray& nothing : {QByteArray(), QByteArray("\n\r\n\n"), QByteArray("\xEF\xBB\xBF")}) {
            auto empty = csv::read(nothing);
            QVERIFY(!empty);
            QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
        }
        const QByteArray xlsx("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml", 33);
        auto workbook = csv::read(xlsx);
        QVERIFY(!workbook);
        QVERIFY(workbook.error().message.contains(QStringLiteral("saved as CSV")));
        // UTF-16 text holds NUL bytes, but not once decoded.
        QVERIFY(csv::read(QByteArray("\xFF\xFE"
                                     "a\0,\0b\0\n\0",
                                     10))
                    .ok());
    }

    void refusesAQuoteLeftOpen()
    {
        auto t = csv::read("a,b\n1,2\n3,\"never closed\n4,5\n");
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(QStringLiteral("Line 3")), qPrintable(t.error().message));
    }

    void writesAMarkQuotesWhatNeedsItAndCrlf()
    {
        const QByteArray out =
            csv::write({{"name", "notes"}, {"Meier, Anna", "said \"hi\"\nbye"}, {" x", ""}});
        QVERIFY(out.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(out.mid(3),
                 QByteArray("name,notes\r\n\"Meier, Anna\",\"said \"\"hi\"\"\nbye\"\r\n\" x\",\r\n"));
        // With ";" a comma needs no quotes, a semicolon does.
        QCOMPARE(csv::write({{"1,5", "a;b"}}, QLatin1Char(';')).mid(3), QByteArray("1,5;\"a;b\"\r\n"));
    }

    void guardsCellsASpreadsheetWouldRunAsFormulas()
    {
        QCOMPARE(csv::encodeCell(QStringLiteral("=HYPERLINK(\"http://x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(csv::encodeCell(QStringLiteral("+49 30 123")), QStringLiteral("'+49 30 123"));
        QCOMPARE(csv::encodeCell(QStringLiteral("-cmd|' /C calc'!A0")),
                 QStringLiteral("'-cmd|' /C calc'!A0"));
        QCOMPARE(csv::encodeCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(csv::encodeCell(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
        // Plain numbers are no formulas: a negative amount stays a number.
        QCOMPARE(csv::encodeCell(QStringLiteral("-4.5")), QStringLiteral("-4.5"));
        QCOMPARE(csv::encodeCell(QStringLiteral("Anna")), QStringLiteral("Anna"));
    }

    void whatIsWrittenReadsBackTheSame_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QChar(QLatin1Char(','));
        QTest::newRow("semicolon") << QChar(QLatin1Char(';'));
        QTest::newRow("tab") << QChar(QLatin1Char('\t'));
    }

    void whatIsWrittenReadsBackTheSame()
    {
        QFETCH(QChar, delimiter);
        const QList<QStringList> rows{
            {"id", "name", "notes", "phone", "amount"},
            {"1", "Ødegård, \"Åse\"", "line one\r\nline two\nthree", "+47 22 00", "-3"},
            {"2", "=1+1", "'=already guarded", "@home", "'plain apostrophe"},
            {"3", " spaced ", "a;b\tc", "", "''=two"},
            {"4", "", "", "", ""},
        };
        auto back = csv::read(csv::write(rows, delimiter));
        QVERIFY(back.ok());
        QCOMPARE(back->delimiter, delimiter);
        QCOMPARE(back->header, rows.first());
        QCOMPARE(back->rows, rows.mid(1));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
